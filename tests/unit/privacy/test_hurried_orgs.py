"""Lower-case organisations in hurried lines (hurried_orgs.py): every rule fires in an invented sentence
and leaves its traps alone; `--explain` names the rule."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub, spelling
from coachdesk.privacy.hurried_orgs import RULES

PREFIX = {
    "fi": "Tapaaminen sujui hyvin. Asiakas on motivoitunut ja jaksaa paremmin. Sovimme seuraavan ajan.\n",
    "sv": "Mötet gick bra. Klienten är motiverad och orkar bättre. Vi bokade en ny tid.\n",
}

# (rule id, lang, a line where it fires, the organisation's text, a trap line, a word of it that stays)
CASES = [
    ("fi_institution", "fi", "kysy onko vanhan sahan hoivakodissa tilaa", "vanhan sahan hoivakodissa",
     "kysy onko äidin kodissa tilaa", "kodissa"),
    ("fi_institution", "fi", "joo, lehtorinteen palvelutaloon harjoitteluun ens viikol", "lehtorinteen palvelutaloon",
     "joo, kaupungin palvelutaloon harjoitteluun ens viikol", "kaupungin"),
    ("fi_institution", "fi", "joo, asuu mäntyrinteen työpajan lähellä", "",
     "joo, asuu oman kodin lähellä", "kodin"),
    ("trade_team", "fi", "puh: maalaus-veljekset lopetti sopimuksen eilen", "maalaus-veljekset",
     "puh: sote-palvelut lopetti kotikäynnit eilen", "sote-palvelut"),
    ("trade_team", "fi", "joo siivous-pojat irtisanoi hänet", "siivous-pojat",
     "joo kela-korvaukset tuli eilen", "kela-korvaukset"),
    ("sv_owner_trade", "sv", "har börjat på nyqvists plåt i maj", "nyqvists plåt",
     "har börjat på fpa i maj", "fpa"),
    ("sv_owner_trade", "sv", "jobbar hos strömbergs bil sen mars", "strömbergs bil",
     "jobbar hos kommunens städ sen mars", "kommunens"),
    ("sv_owner_trade", "sv", "hörde samma sak på pedersöre bensin igår", "pedersöre bensin",
     "hon jobbar på lager igen", "lager"),
    ("sv_owner_trade", "sv", "ring fr bosse på pedersöre träbåt kl 9.10", "pedersöre träbåt",
     "vi ringde på kommunens båt", "båt"),
    ("sv_owner_trade", "sv", "ringde lasse på nykarleby el & vvs igår", "nykarleby el & vvs",
     "ringde lasse på stan igår", "stan"),
]


@pytest.mark.parametrize(("rid", "lang", "yes", "org", "no", "kept"), CASES, ids=[c[0] for c in CASES])
def test_rule_fires_and_trap_stays(rid: str, lang: str, yes: str, org: str, no: str, kept: str) -> None:
    if org:
        text = PREFIX[lang] + yes
        r = scrub(text, lang=lang)
        start = text.index(org, len(PREFIX[lang]))
        assert any(f.label == "ORG" and f.start <= start and f.end >= start + len(org) for f in r.findings), r.text
    trap = PREFIX[lang] + no
    r = scrub(trap, lang=lang)
    at = trap.index(kept, len(PREFIX[lang]))
    assert not any(f.start <= at < f.end for f in r.findings), r.text


def test_every_rule_has_a_case_and_shows_in_explain() -> None:
    assert {c[0] for c in CASES} == set(RULES)
    for rid, lang, yes, org, _, _ in CASES:
        if org:
            r = scrub(PREFIX[lang] + yes, lang=lang)
            assert any(f"({rid})" in f.reason for f in r.findings), (rid, [f.reason for f in r.findings])


@pytest.mark.skipif(not (spelling.available("sv") and spelling.available("en")), reason="Hunspell sv/en missing")
def test_an_owner_no_dictionary_knows() -> None:
    """sv_owner_trade: with the dictionaries, a word neither knows owns the firm (`på vikbacka båt`)."""
    text = PREFIX["sv"] + "ring fr bosse på vikbacka båt kl 9.10"
    r = scrub(text, lang="sv")
    start = text.index("vikbacka båt")
    assert any(f.label == "ORG" and f.start == start and "(sv_owner_trade)" in f.reason for f in r.findings), r.text
