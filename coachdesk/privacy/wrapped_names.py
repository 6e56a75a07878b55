"""Person names right after a hard line wrap in pasted prose: a line break in the middle of a sentence.

Pasted e-mails and notes keep the sender's line breaks, so a name can open a line while its sentence
began on the line before (``…med chefen\\nSten tvekar``). The name rules judge a line start as a
sentence start, where a word-like name or an unknown word stays; here such a word is judged as the
mid-sentence word it is. Runs with the late rules (``scrubber._scrub``) and only adds PERSON
candidates. Every decision is one row of :data:`RULES`.

A wrap is: a prose line (four words or more, no list marker or heading mark) ending in a lower-case
word with no `.`/`!`/`?`/`:` after it, one line break (no blank line), then a capitalised word (no
acronym, no hyphen) followed on its line by a lower-case word.

| id | shape (invented examples) | evidence |
|---|---|---|
| wrap_role_name | `…pratade med chefen\\nSten tvekar`, `…said her manager\\nBrelna would call` | the line ends in a role or person word (`[PERSON_CTX]`, `[ROLE_NOUNS]`, `[PROFESSIONS]`); the word is a name of the lists (even one that is also an ordinary word) or a word in no list, not frequent, no ordinary Finnish shape (Finnish text); no kept word or place |
| wrap_joiner_name | `…sa att\\nSten tvekar`, `…kertoi, että\\nOnni soitti` | the line ends in a word that ends no sentence (`[WRAP_OPEN_END]`: och, att, että, ja, and, that, with …); the word is a first name of the lists and no ordinary word, or one that is an ordinary word right before a person's verb (`[FI_PERSON_VERBS]`, `[EN_PERSON_VERBS]`, `[LOWER_CTX_AFTER]`) |
"""

from __future__ import annotations

from collections.abc import Iterator

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import COMMON, FIRST, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.name_words import fi_common_word
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("wrap_role_name", "a name opening a wrapped line after a role word: chefen\\nSten tvekar"),
        Rule("wrap_joiner_name", "a first name opening a wrapped line after a word that ends no sentence: att\\nSten"),
    )
}

_MARKS = frozenset("-*•#>|–—+0123456789")
_MIN_WORDS = 4


def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    roles = words("PERSON_CTX") | words("ROLE_NOUNS") | words("PROFESSIONS")
    verbs = words("FI_PERSON_VERBS") | words("EN_PERSON_VERBS") | words("LOWER_CTX_AFTER")
    return roles, words("WRAP_OPEN_END"), verbs


def _prose_line(text: str, toks: list[Token], k: int) -> bool:
    """The line that ends with ``toks[k]`` is prose: no list or heading mark, enough words."""
    line_start = text.rfind("\n", 0, toks[k].start) + 1
    head = text[line_start : toks[k].start].lstrip(" \t")
    if not head or head[0] in _MARKS:
        return False
    n = 0
    while k >= 0 and toks[k].start >= line_start:
        n += 1
        k -= 1
    return n >= _MIN_WORDS


def _wrapped(text: str, toks: list[Token], k: int) -> bool:
    """``toks[k]`` opens a line that goes on with the sentence of the line before (the shape of a wrap)."""
    t, prev, nxt = toks[k], toks[k - 1], toks[k + 1]
    if not t.cap or t.upper or "-" in t.text or not prev.text[-1:].isalpha() or not prev.text.islower():
        return False
    gap = text[prev.end : t.start]
    if gap.count("\n") != 1 or gap.strip(" \t\r\n"):
        return False
    return not text[t.end : nxt.start].strip(" \t") and nxt.text[:1].islower()


def find(text: str, toks: list[Token], lex: Lexicon, lang: str) -> Iterator[Cand]:
    """PERSON candidates of :data:`RULES`."""
    if "\n" not in text:
        return
    roles, open_end, verbs = _cues()
    for k in range(1, len(toks) - 1):
        t, prev = toks[k], toks[k - 1]
        if not (prev.lower in roles or prev.lower in open_end) or not _wrapped(text, toks, k):
            continue
        flags = lex.lookup(t.text)[0]
        if flags & (KEEP | PLACE) or not _prose_line(text, toks, k - 1):
            continue
        word_like = bool(flags & COMMON) or t.lower in lex.frequent
        if prev.lower in roles:
            if flags & NAME or not (word_like or (lang == "fi" and fi_common_word(t.lower, lex))):
                yield Cand(t.start, t.end, "PERSON", "person", "wrap_role_name", PRIO_NAME, key=(t.lower, ""))
        elif flags & FIRST and (not word_like or toks[k + 1].lower in verbs):
            yield Cand(t.start, t.end, "PERSON", "person", "wrap_joiner_name", PRIO_NAME, key=(t.lower, ""))
