"""Word-names marked by an apposition (``ev.apposition_role``).

"Sunny, her peer supporter, will join", "Hope, the one who moved here": a name that is also a word,
followed by a comma and a role noun or "the one who" (fact rule, recorded as evidence of the name; a
lower-case name after a kin word is ``lower.role_name``'s). Cue words: ``[APPOSITION_HEADS]`` (fi/sv/en
cue files), ``ROLE_NOUNS``, ``PROFESSIONS``.
"""

from __future__ import annotations

import re

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import PERSON_NOUN, PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.name_context import NameCtx

# ", her peer supporter," / ", the one who": a determiner, at most two words, then the head noun
_APPOSITION = re.compile(
    r", (?:my|our|his|her|their|the|a|an|min|mitt|hans|hennes|deras|vår|hänen|meidän) "
    r"(?:[a-zåäö-]+ ){0,2}?([a-zåäö]+)(?=,| who\b| that\b| som\b| joka\b| –| -)"
)
HEADS = ROLE_NOUNS | PROFESSIONS | words("APPOSITION_HEADS")


def role_apposition(ctx: NameCtx, k: int) -> bool:
    """A comma, a determiner and a role noun, a person noun or "one who" right after word ``k``."""
    m = _APPOSITION.match(ctx.text, ctx.toks[k].end)
    if m is None:
        return False
    head = m.group(1)
    return head in HEADS or bool(PERSON_NOUN.search(head))

