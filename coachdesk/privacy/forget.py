"""Forget the words of earlier texts: empty the scrubber's word caches (called when the vault locks).

For speed the scrubber remembers per word form what it has worked out: lexicon lookups, inflection
analyses, organisation head words, the name model's features and weight sums. Those caches are keyed
by words of the notes it scrubbed, so they hold fragments of note text in memory after a call
returns. :func:`forget_words` empties them all; the next scrub simply recomputes. Only modules that
are already imported are touched (nothing is loaded to be emptied), so it is cheap at any time.
"""

from __future__ import annotations

import sys


def forget_words() -> int:
    """Empty every word cache of the scrubber; the number of entries dropped (for tests and logs)."""
    dropped = 0
    mods = sys.modules
    inflection = mods.get("coachdesk.privacy.inflection")
    if inflection is not None:
        dropped += inflection.analyses.cache_info().currsize
        inflection.analyses.cache_clear()
    orgs = mods.get("coachdesk.privacy.orgs")
    if orgs is not None:
        for cached in (orgs._head_cap_at, orgs._head_low):
            dropped += cached.cache_info().currsize
            cached.cache_clear()
    lexicon = mods.get("coachdesk.privacy.lexicon")
    if lexicon is not None and lexicon._LEXICON is not None:
        dropped += lexicon._LEXICON.forget()
    ner_model = mods.get("coachdesk.privacy.ner_model")
    model = ner_model._STATE.get("model") if ner_model is not None else None
    if model is not None:
        dropped += model.forget()
    return dropped
