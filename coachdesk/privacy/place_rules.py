"""Places that a hurried note writes in lower case before a public service.

``names.py`` takes a lower-case town only in chat-style text or a clear place context; a town whose
genitive is also a common word (`lahden`: of the bay, `porin`) slips through in a careful sentence.
Before a public service word the genitive names the town whose office it is (`porin
työllisyyspalveluihin`, `lahden kelassa`, `kotkan te-toimistossa`). Each rule is one row of
:data:`RULES`; the service itself (Kela, TE-toimisto) stays, only the town is replaced.

| id | shape | example |
|---|---|---|
| town_before_service | lower-case genitive of a municipality right before a public-service word | `porin työllisyyspalveluihin`, `lahden kelassa` |
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from coachdesk.privacy.lexicon import KEEP, PLACE, Lexicon
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    doc: str


RULES = {
    r.id: r
    for r in (Rule("town_before_service", "lower-case genitive of a municipality before a public-service word"),)
}

# public services a town has its own office of (any case form)
_SERVICE = re.compile(
    r"^(?:kela|te-|työllisyy|työvoimatoimisto|terveyskes|terveysase|sosiaalitoim|sosiaalipalvel|sosiaalityö|"
    r"aikuissosiaalityö|ohjaamo|nuorisopalvel|kotoutumis|mielenterveys|päihdepalvel|kirjasto|pääkirjasto|"
    r"palvelupiste|yhteispalvelupiste|asiointipiste|typ|työkykypalvel|kuntoutuspalvel|perhekeskus|neuvola|"
    r"aikuisopisto|kansalaisopisto|työpaja)"
)


def find(text: str, toks: list[Token], lex: Lexicon, lang: str) -> Iterator[Cand]:
    """LOCATION candidates of the rules in :data:`RULES` (Finnish texts)."""
    if lang != "fi":
        return
    for k in range(len(toks) - 1):
        t, nx = toks[k], toks[k + 1]
        if t.cap or t.upper or not t.lower.endswith("n") or not t.lower.isalpha() or text[t.end : nx.start] != " ":
            continue
        if not _SERVICE.match(nx.lower):
            continue
        hit = lex.find(t.text, PLACE)
        if hit is None or lex.get(hit[0]) & KEEP:
            continue
        ending = t.text[hit[1] :]
        yield Cand(t.start, t.end, "LOCATION", "place", "place (town_before_service)", PRIO_NAME,
                   ending=ending if ending.isalpha() and len(ending) <= 6 else "")
