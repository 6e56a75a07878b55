"""Is a capitalised word at a sentence start a finite verb (``Palaa``, ``Soitin``, ``Kävimme``)?

Then it is no name and the coach is not asked about it. Decided by Finnish morphology checked against
the frequent-word lexicon, not by a list of verbs: a form is a finite verb when its person forms exist
as frequent word forms of the same stem —

* a first or second person plural (``-mme``, ``-tte``) or a third person plural (``-vat``/``-vät``)
  that is itself a frequent form (``Kävimme``, ``Soitatte``, ``Tulevat``);
* a first person singular ``X-n`` (present ``Otan``, past ``Soitin``) whose ``X-mme`` is frequent
  (``otamme``, ``soitimme``);
* a third person singular with a long final vowel (``Palaa``, ``Menee``) whose first persons
  (``palaan``/``palaamme``, ``menen``/``menemme``) are frequent.

A form that is also an inflected well-attested first name (``Annan``, ``Toivon``) stays a question.
"""

from __future__ import annotations

from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import FIRST, Lexicon

_LONG_VOWELS = ("aa", "ää", "ee", "ii", "oo", "öö", "uu", "yy")
# words that follow a Swedish finite verb and never a name: "hennes sambo ville inte", "chefen kunde nog"
SV_AFTER_VERB = frozenset(("inte", "int", "att", "nog", "ju", "aldrig", "gärna", "också", "egentligen"))
WELL_ATTESTED = 500  # bearers: a first name this common may stand in any form


def _name_reading(word: str, lex: Lexicon) -> bool:
    """Some reading of ``word`` is a well-attested first name (``annan`` → Anna)."""
    bases = [word, *(base for base, _ in analyses(word))]
    return any(lex.get(b) & FIRST and lex.counts.get(b, 0) >= WELL_ATTESTED for b in bases)


def is_finite_verb(word: str, lex: Lexicon) -> bool:
    """``word`` (any case) is a Finnish finite verb form by the rules of the module docstring."""
    w = word.lower()
    freq = lex.frequent
    if len(w) < 4 or not w.isalpha() or _name_reading(w, lex):
        return False
    if w.endswith(("mme", "tte")) and w in freq:
        return True
    if w.endswith(("vat", "vät")) and len(w) >= 6 and w in freq and (w[:-3] + "mme") in freq:
        return True
    if w.endswith("n") and w in freq and (w[:-1] + "mme") in freq:
        return True
    if w.endswith(_LONG_VOWELS) and w in freq:
        for stem in (w, w[:-1]):
            if (stem + "n") in freq and (stem + "mme") in freq:
                return True
    return False
