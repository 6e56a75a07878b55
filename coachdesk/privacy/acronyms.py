"""Known medical and service acronyms (ADHD, PTSD, COPD, TE, KELA …) that no name rule may take.

Read from the vocabulary the scrubber already has: an all-caps word that the lexicon keeps (``allow.txt``,
lexicon KEEP), a scale or diagnosis acronym of the cue files (``[SCALE_ACRONYMS]``), or a one-word
never-scrub phrase (``never_scrub.txt``). A new acronym goes into one of those lists, not into code.
"""

from __future__ import annotations

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import KEEP, Lexicon

_LISTED: frozenset[str] | None = None  # shipped vocabulary only, never a note's word (not a word cache)


def _listed() -> frozenset[str]:
    global _LISTED
    if _LISTED is None:
        from coachdesk.privacy.vocabulary import shipped

        kept = {w[0] for group in shipped().values() for w in group if len(w) == 1 and w[0][:1] != "="}
        _LISTED = words("SCALE_ACRONYMS") | frozenset(w.upper() for w in kept)
    return _LISTED


def known_acronym(word: str, lex: Lexicon) -> bool:
    """An all-caps word of two to six letters that is a known medical or service acronym; the part before a
    hyphen counts (``ADHD-lääkitys``)."""
    head = word.split("-", 1)[0]
    if not (2 <= len(head) <= 6 and head.isalpha() and head.isupper()):
        return False
    return head in _listed() or bool(lex.get(head.lower()) & KEEP)


_ROMAN = frozenset("II III IV VI VII VIII IX XI XII XIV XV XVI XX".split())
_NOT_PERSON_CAPS: frozenset[str] | None = None


def not_person_caps() -> frozenset[str]:
    """The listed capitals that are no person's initials or name: ``[NOT_INITIALS]``, ``[SCALE_ACRONYMS]``,
    ``[LEGAL_FORMS]``, ``[TITLE_DEGREES]``, weekday abbreviations (``MA``, ``TI``) and Roman numerals (``II``, ``IV``)."""
    global _NOT_PERSON_CAPS
    if _NOT_PERSON_CAPS is None:
        _NOT_PERSON_CAPS = (words("NOT_INITIALS") | words("SCALE_ACRONYMS") | words("LEGAL_FORMS") | _ROMAN
                            | frozenset(w.upper() for w in words("TITLE_DEGREES") | words("WEEKDAY_ABBREVS")))
    return _NOT_PERSON_CAPS


def word_caps(caps: str, lex: Lexicon) -> bool:
    """Two or three capitals that read as something other than a person's initials: a listed one
    (:func:`not_person_caps`), a known acronym, a frequent word (``OK``, ``ON``) or a kept term."""
    return (caps in not_person_caps() or known_acronym(caps, lex) or caps.lower() in lex.frequent
            or bool(lex.get(caps.lower()) & KEEP))
