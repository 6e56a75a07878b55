"""Letters said inside a run of digit words: the century sign and check character of a spoken identity code.

``hetu yks nolla kaks kuus kaheksan neljä ypsilon yks kaks kolme hoo`` and ``personnummer noll tre ett ett
åtta fem streck fyra fem sex stort K`` are identity codes read out. ``spoken._Reader._collect`` gathers the
run of numbers, dash words and letters; this module adds the letters it did not read (hooked there), and
the judge (``spoken._Reader._hetu``: the date half, the serial, a check character that holds) decides, as
for every other spoken code. A run of digit words that is a phone number or a count stays what it was:
the letter only joins the run, it never makes a code of a run the judge refuses. Every look-around is a
bounded number of tokens. Every decision is one row of :data:`RULES`; the rule id ends the reason, so
``coachdesk scrub --explain`` shows it. Cue words: the ``SPOKEN_LETTER_LEADS`` section of the cue files.

| id | shape (invented examples) | evidence |
|---|---|---|
| letter_name_more | `… kuus kaheksan neljä ypsilon yks kaks kolme hoo`, `… äffä kolme neljä yks pee`, `… äksä`, `… kaa` | the Finnish names of Y, Z, X, F and K not among the letter names before (`ypsilon`, `tset`, `äksä`, `äffä`, `kaa`), read like the others: a letter right after a number word; the judge of the run decides (`… seittemän kaa kertaa` stays a phone) |
| letter_phrase | `… streck fyra fem sex stort K`, `… stora B ett åtta tre lilla k`, `bokstaven A`, `stor bokstav X`, fi `iso koo`, en `capital X` | one or two lead words (`stort`, `lilla`, `bokstaven`, `iso`, `kirjain`, `capital` …) and one letter (a written single letter or a letter name) right after a number word |
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk.privacy import cue_words, spoken_ids
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import Cand

if TYPE_CHECKING:
    from coachdesk.privacy.spoken import _Reader

RULES = {
    r.id: r
    for r in (
        Rule("letter_name_more", "ypsilon, tset, äksä, äffä, kaa: Finnish letter names of a century sign or check character"),
        Rule("letter_phrase", "a letter said with lead words after a number word: stort K, lilla k, bokstaven A, iso koo"),
    )
}

# letter names not in spoken_numbers.LETTER_NAMES (read anywhere a letter is expected)
MORE_LETTER_NAMES = {"ypsilon": "Y", "ypsiloni": "Y", "tset": "Z", "äksä": "X", "äffä": "F", "kaa": "K"}
_LEADS = cue_words.words("SPOKEN_LETTER_LEADS")
# kinds of the run item of a letter said in two or three tokens (spoken._Reader._tok_range counts them)
PHRASE_KINDS = {2: "phrase2letter", 3: "phrase3letter"}


def phrase_letter(r: _Reader, k: int) -> tuple[str, int] | None:
    """Rule letter_phrase: the letter said from token k with one or two lead words (``stort K``, ``stor
    bokstav A``, ``lilla kå``) and the last token of it; None when token k opens no such phrase."""
    toks, j = r.toks, k
    while j < len(toks) and j - k < 2 and toks[j].low in _LEADS and r.joined(j) and not r.used[j]:
        j += 1
    if j == k or j >= len(toks) or r.used[j] or r.gap(j - 1).strip():
        return None
    raw = toks[j].raw
    if len(raw) == 1 and raw.isalpha():
        return raw.upper(), j
    named = spoken_ids.LETTERS_BY_LANG.get(r.lang, {}).get(toks[j].low) or r.letter(toks[j].low, own=True)
    if len(named) != 1:  # "vee" V or W: a lead word asks for one letter
        return None
    return named, j


def tag(r: _Reader, cand: Cand, a: int, b: int, items: list[tuple[str, object]]) -> Cand:
    """The rule ids of :data:`RULES` that read a letter of the run (tokens a..b) appended to the reason."""
    rules = []
    inside = [t for t in r.toks[a : b + 1] if cand.start <= t.start and t.end <= cand.end]
    if any(t.low in MORE_LETTER_NAMES for t in inside):
        rules.append("letter_name_more")
    if any(kind in PHRASE_KINDS.values() for kind, _ in items) and inside and inside[-1].end == r.toks[b].end:
        rules.append("letter_phrase")
    if rules:
        cand.reason = f"{cand.reason} ({', '.join(rules)})"
    return cand
