"""Codes and plates spelled with a spelling alphabet, and codes read out with letters or a year after their label.

``kilo lima tango five one eight`` (NATO), ``Aarne Bertta Celsius kolme kaks yks`` (Finnish) and ``Adam Bertil
Caesar fyra fem sex`` (Swedish) are plates or codes spelled out; ``asianumero äks yy viiva kakstuhatta
kakskytkuus viiva nolla kolme yks``, ``päätöksen numero on koo aa kaks nolla …`` and ``registernummer ÅL fem
tre noll två`` are identifiers read out after their label. Run on the token windows of ``spoken._Reader``
(hooked into ``spoken._find_spoken`` before the plates and the runs of digits, which would take a part of
them); every look-around is a bounded number of tokens. Every decision is one row of :data:`RULES`; the
rule id ends the reason, so ``coachdesk scrub --explain`` shows it. Cue words: the ``SPELLED_CODE_CUES`` and
``SPOKEN_CODE_LABELS`` sections of the cue files (with ``CASE_CUES``, ``ID_CUES``).

| id | shape (invented examples) | evidence | trap (stays) |
|---|---|---|---|
| spelling_alphabet | `rekkari kilo lima tango five one eight`, `Kalle Lauri Tyyne neljä yksi kaksi`, `reg adam bertil caesar tre två ett`, `alpha charlie seven seven two nine` | two or more words of a spelling alphabet (NATO, Finnish, Swedish; `x-ray`, `kaksois-vihtori` as one) and digits read out, only spaces, a dash or a comma between; after a plate or code word (at most five words before) any such run (`Heikki Iivari Jussi neljäsataakaksitoista`), else two or more digits said in words, each below a hundred, and the spelling words in lower case or three or more of them | `in lima, then charlie and victor went home at five` (commas and words between), `Adam Bertil kom klockan tre` (two names, one number), `Golf Hotel two nights` (a count) |
| label_code_spoken | `asianumero äks yy viiva kakstuhatta kakskytkuus viiva nolla kolme yks`, `numero on koo aa kaks nolla kaks viis viiva nolla nolla kolme`, `rekkari ÅL viis kolme nolla kaks`, `Kelan päätöksen numero on koo aa kaks nolla kaks viis viiva …`, `registernummer ÅL fem tre noll två`, `FO-nummer två åtta fyra nio noll` | an identifier label (`CASE_CUES`, `ID_CUES`, or a pair of `SPOKEN_CODE_LABELS`: `päätöksen numero`, `fo nummer`; a plain number, code or plate word of `SPELLED_CODE_CUES` only with two or more letters said), maybe `on`/`är`/`is`, then letter names or capitals, dash words, digits read out and years said as one number (`kakstuhatta kakskytkuus`), four or more digits in all; a year among them or a label of this module's own (letters and digits after a case word are the rules `case_letters` of ``spoken_ids.py`` and `letter_code` of ``spoken_more.py``) | `asianumeroa ei vielä ole, soitan kaksi kertaa`, `viiva tuli paperiin kolme kertaa`, `asianumero kakstuhatta kakskytkuus tuli` (a year alone) |
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from coachdesk.privacy import cue_words, patterns, spoken_ids
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import Cand

if TYPE_CHECKING:
    from coachdesk.privacy.spoken import _Reader

RULES = {
    r.id: r
    for r in (
        Rule("spelling_alphabet", "a plate or code spelled with a spelling alphabet: kilo lima tango five one eight"),
        Rule("label_code_spoken", "letters, dashes, digits and years read out after an identifier label: asianumero äks yy viiva …"),
    )
}

# the spelling alphabets: NATO, Finnish (radio), Swedish; the letter a word stands for
_NATO = (
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november oscar papa "
    "quebec romeo sierra tango uniform victor whiskey whisky xray yankee zulu"
)
_FINNISH = (
    "aarne bertta celsius daavid eemeli faarao gideon heikki iivari jussi kalle lauri matti niilo otto paavo risto "
    "sakari tyyne urho vihtori viski wiski yrjö åke äiti öljy"
)
_SWEDISH = (
    "adam bertil cesar caesar david erik filip gustav helge ivar johan ludvig martin niklas olof petter qvintus "
    "rudolf sigurd tore urban viktor wilhelm xerxes yngve zäta ärlig östen"
)
ALPHABET: dict[str, str] = {w: w[0].upper() for w in f"{_NATO} {_FINNISH} {_SWEDISH}".split()}
ALPHABET.update({"kuu": "Q", "äksä": "X", "tseta": "Z", "viski": "W", "xray": "X"})
# a spelling word written in two parts ("x-ray", "kaksois-vihtori")
_TWO_PART = {("x", "ray"): "X", ("kaksois", "vihtori"): "W"}
_TWO_FIRST = frozenset(a for a, _ in _TWO_PART)
_CODE_CUES = cue_words.words("SPELLED_CODE_CUES") | cue_words.words("CASE_CUES") | cue_words.words("ID_CUES")
_DASH_WORDS = cue_words.words("SPOKEN_DASH") | frozenset({"dash", "hyphen", "streck", "bindestreck"})
_MOST_TOKENS, _MOST_DIGITS = 30, 20
# "päätöksen numero", "fo nummer": two words of a label ("_" joins them in the cue files)
_LABEL_PAIRS = frozenset(tuple(w.split("_", 1)) for w in cue_words.words("SPOKEN_CODE_LABELS") if "_" in w)
_OWN_LABELS = frozenset(w for w in cue_words.words("SPOKEN_CODE_LABELS") if "_" not in w)
_LABEL_WORDS = cue_words.words("CASE_CUES") | cue_words.words("ID_CUES") | _OWN_LABELS
_LABEL_STARTS = tuple(c for c in _LABEL_WORDS if len(c) >= 4)  # a cue of 4+ letters also as a word start
_PLAIN_LABELS = frozenset("numero nro nummer numret number no".split()) | cue_words.words("SPELLED_CODE_CUES")
_PLAIN_STARTS = tuple(c for c in _PLAIN_LABELS if len(c) >= 4)
_ANY_LABEL = _LABEL_WORDS | _PLAIN_LABELS | _OWN_LABELS | frozenset(b for _, b in _LABEL_PAIRS)
_ANY_STARTS = _LABEL_STARTS + _PLAIN_STARTS
_AFTER_LABEL = frozenset("on oli is was är var nro no number numero nummer".split())


def _alphabet_at(r: _Reader, k: int) -> int | None:
    """The last token of a spelling-alphabet word at token k (``x-ray`` is two tokens), or None."""
    toks = r.toks
    if r.used[k]:
        return None
    low = toks[k].low
    if low in ALPHABET:
        return k if r.val[k] is None else None
    if low in _TWO_FIRST and k + 1 < len(toks) and (low, toks[k + 1].low) in _TWO_PART and r.gap(k) in ("-", " "):
        return None if r.used[k + 1] else k + 1
    return None


def _run_end(r: _Reader, j: int) -> bool:
    """No part of a spelled code can follow token j - 1: the end of the window, or more than a space, a dash or
    one comma ("kilo, lima, tango, five, one, eight" as dictation punctuates it)."""
    if j >= len(r.toks):
        return True
    gap = r.gap(j - 1)
    return bool(gap.strip(" -,")) or len(gap) > 3 or gap.count(",") > 1


def spelled_codes(r: _Reader) -> Iterator[Cand]:
    """Rule spelling_alphabet."""
    toks = r.toks
    k = 0
    while k < len(toks):
        if _alphabet_at(r, k) is None:
            k += 1
            continue
        a, j, last = k, k, k
        words, capital, digits, spoken, hundreds = 0, 0, "", 0, False
        while j < len(toks) and j - a < _MOST_TOKENS:
            end = _alphabet_at(r, j)
            if end is not None:
                words, capital, last, j = words + 1, capital + toks[j].raw[:1].isupper(), end, end + 1
            elif toks[j].low in _DASH_WORDS and (words or digits):
                j += 1
            else:
                d, d_last, nums = spoken_ids.nums_after(r, j, _MOST_DIGITS)
                if not d or r.counted_after(d_last):
                    break  # "Golf Hotel two nights": a count
                digits, last, j = digits + d, d_last, d_last + 1
                hundreds = hundreds or any(n.value >= 100 for n in nums)  # "neljäsataakaksitoista": a plate's 412
                spoken += sum(n.spoken for n in nums)
            if _run_end(r, j):
                break
        k = max(k + 1, last + 1)
        if words < 2 or not digits or r.counted_after(last):
            continue
        cue = r.before(a, _CODE_CUES, 5)
        if not cue and (spoken < 2 or (capital and words < 3) or hundreds):
            continue  # "Adam Bertil kom klockan tre": two names and a number are no code; "kolmesataa" an amount
        r.mark(a, last)
        kind = "plate" if words <= 3 and len(digits) <= 3 else "case"
        yield Cand(*r.span(a, last), "ID", kind, "identifier spelled with a spelling alphabet (spoken) (spelling_alphabet)", 86)


# --- label_code_spoken -------------------------------------------------------------------------


def _label_before(r: _Reader, k: int) -> int:
    """An identifier label ends right before token k, maybe with ``on``/``is``/``är`` between: 2 for a label
    of this module's own (``SPOKEN_CODE_LABELS``: ``fo nummer``, ``registernummer``), 1 for a case or identity
    word ``spoken.py`` knows too, 3 for a plain number, code or plate word (``numero``, ``koodi``, ``rekkari``:
    only letters said with the digits make a code of them), 0 for none."""
    toks = r.toks
    j, plain = k - 1, False
    while j >= 0 and k - j <= 2 and toks[j].low in _AFTER_LABEL and not r.used[j]:
        if j >= 1 and (toks[j - 1].low, toks[j].low) in _LABEL_PAIRS:
            return 2
        plain = plain or toks[j].low in _PLAIN_LABELS
        j -= 1
    if j < 0:
        return 3 if plain else 0
    low = toks[j].low
    if (j >= 1 and (toks[j - 1].low, low) in _LABEL_PAIRS) or low in _OWN_LABELS:
        return 2
    if low in _LABEL_WORDS or low.startswith(_LABEL_STARTS):
        return 1
    return 3 if plain or low in _PLAIN_LABELS or low.startswith(_PLAIN_STARTS) else 0


def _label_word(low: str) -> bool:
    """A word that may end an identifier label (the last word of a pair too): a quick look before the walk back."""
    return low in _ANY_LABEL or low.startswith(_ANY_STARTS)


def _year(r: _Reader, j: int) -> tuple[str, int] | None:
    """A year said as one number from token j (``kakstuhatta kakskytkuus``, ``kakstuhattakakskytkuus``,
    ``tjugohundratjugosex``): (its four digits, its last token), or None."""
    n = r.number(j)
    if n is None or not n.spoken or not 1900 <= n.value <= 2099:
        return None
    value, last = n.value, n.last
    if value % 100 == 0 and last + 1 < len(r.toks) and r.gap(last) == " ":
        nxt = r.number(last + 1)
        if nxt is not None and nxt.spoken and 1 <= nxt.value <= 99:
            value, last = value + nxt.value, nxt.last
    return str(value), last


def label_codes(r: _Reader) -> Iterator[Cand]:
    """Rule label_code_spoken."""
    toks = r.toks
    # a code starts at most three tokens after a label word (a label and "on", "numero on"): only there
    near = sorted({j + d for j, t in enumerate(toks) if _label_word(t.low) for d in (1, 2, 3) if j + d < len(toks)})
    for a in near:
        t = toks[a]
        opens = r.val[a] is not None or t.low in _DASH_WORDS or t.raw.isupper() or spoken_ids.letter_at(r, a)
        label = _label_before(r, a) if opens and not r.used[a - 1] else 0
        if not label:
            continue
        j, last, letters, digits, year, spoken = a, -1, 0, "", False, False
        while j < len(toks) and j - a < _MOST_TOKENS and not r.used[j]:
            t = toks[j]
            if t.low in _DASH_WORDS and (letters or digits):
                j += 1
            elif r.val[j] is None and not digits and (letter := spoken_ids.letter_at(r, j)):
                letters, last, j = letters + len(letter), j, j + 1
                spoken = spoken or (len(t.raw) > 1 and not t.raw.isupper())
            elif r.val[j] is None and not digits and 2 <= len(t.raw) <= 3 and t.raw.isalpha() and t.raw.isupper():
                letters, last, j = letters + len(t.raw), j, j + 1  # "ÅL", "FO": capitals written
            elif (y := _year(r, j)) is not None:
                digits, year, spoken, last, j = digits + y[0], True, True, y[1], y[1] + 1
            elif t.low in spoken_ids.MULT and (m := r.number(j + 1)) is not None and m.value < 10:
                # "… seven two double six": the digit as many times
                digits, spoken, last, j = digits + m.digits * spoken_ids.MULT[t.low], True, m.last, m.last + 1
            else:
                n = r.number(j)
                if n is None or n.value >= 1000 or r.counted_after(n.last):
                    break
                digits, last, j = digits + n.digits, n.last, n.last + 1
                spoken = spoken or n.spoken
            if _run_end(r, j):
                break
        if last < a or len(digits) < 4 or not spoken or r.counted_after(last):
            continue
        if not ((year and label != 3) or label == 2 or (label == 3 and letters >= 2)):
            continue
        if year and not letters and len(digits) <= 4:
            continue  # "asianumero kakstuhatta kakskytkuus tuli": a year alone is no code
        if not letters and not year and any(c.start == 0 and c.end == len(digits) for c in patterns._phones(digits)):
            continue  # digits alone that make a phone number: the phone judge of spoken.py has them
        while toks[last].low in _DASH_WORDS:
            last -= 1
        r.mark(a, last)
        yield Cand(*r.span(a, last), "ID", "case", "identifier after a label read out (spoken) (label_code_spoken)", 84)
