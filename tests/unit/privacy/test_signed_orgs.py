"""signed_orgs.py: the organisation after a job title in a sign-off, an association written with dots, the whole
value of a school or workplace field label; a kept body, a person, a compound of ordinary words and a generic
value are not."""

from __future__ import annotations

from coachdesk.privacy import signed_orgs
from coachdesk.privacy.signed_orgs import RULES
from tests.support.rule_cases import rule_table_tests

POSITIVES = [
    ("title_then_org", "fi", "Ystävällisin terveisin\nMikko Rantala\nuraohjaaja\nKorpilahden Työpaja ry", "Korpilahden Työpaja ry", "ORG"),
    ("title_then_org", "fi", "Terveisin Sari Koivu, työvalmentaja, Lieksan Nuorten Talo", "Lieksan Nuorten Talo", "ORG"),
    ("title_then_org", "en", "Best regards,\nLiisa Korpi, Career Coach\nKoivula Timber Works", "Koivula Timber Works", "ORG"),
    ("title_then_org", "sv", "Hälsningar\nEva Lund\nstudiehandledare\nJakobstads Arbetarinstitut", "Jakobstads Arbetarinstitut", "ORG"),
    ("title_then_org", "sv", "Med vänlig hälsning\nEva Lund\narbetscoach\nKustcoach Österbotten\nStorgatan 1, Vasa",
     "Kustcoach Österbotten", "ORG"),
    ("dotted_assoc", "sv", "Han tränar hos Kvarnbo Arbetsträning r.f. varje vecka.", "Kvarnbo Arbetsträning r.f", "ORG"),
    ("form_org_value", "fi", "Nimi: Aino Koski\nOppilaitos: Kymen yrkeshögskola\nKoulutus: sosionomi", "Kymen yrkeshögskola", "ORG"),
    ("form_org_value", "en", "School: Riverside community college\nYear: 2", "Riverside community college", "ORG"),
    ("form_org_value", "fi", "Työpaikka: Lahden varaosa ja huolto (kesä)", "Lahden varaosa ja huolto", "ORG"),
]

TRAPS = [
    ("title_then_org", "fi", "Terveisin\nKaisa Niemi\nohjaaja\nPerjantaipiiri", "Perjantaipiiri"),
    ("title_then_org", "fi", "Terveisin\nKaisa Niemi\nyksilövalmentaja\nKela", "Kela"),
    ("title_then_org", "fi", "Terveisin\nKaisa Niemi\nyksilövalmentaja\nTE-palvelut", "TE-palvelut"),
    ("title_then_org", "fi", "Terveisin\nKaisa Niemi\nyksilövalmentaja\nOhjaamo Kuopio", "Ohjaamo"),
    ("title_then_org", "fi", "Terveisin\nKaisa Niemi\nuraohjaaja\nKuopion kaupunki", "kaupunki"),
    ("title_then_org", "en", "Thanks, coach, Great Session today", "Great"),
    ("title_then_org", "fi", "Terveisin\nKaisa Niemi\nuraohjaaja\nPirkanmaa", "Pirkanmaa"),
    ("title_then_org", "fi", "Terveisin\nKaisa Niemi\nuraohjaaja\nPirkanmaan hyvinvointialue", "hyvinvointialue"),
    ("dotted_assoc", "sv", "hon sa r.f. och gick", "sa"),
    ("form_org_value", "fi", "Koulu: Peruskoulu\nLuokka: 9", "Peruskoulu"),
    ("form_org_value", "fi", "Oppilaitos: Lukio, 2. vuosi", "Lukio"),
    ("form_org_value", "fi", "Työnantaja: Kela", "Kela"),
]

(
    test_org_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, signed_orgs)


def test_dotted_matches_as_the_plain_pattern() -> None:
    import re

    from coachdesk.privacy import signed_orgs

    plain = re.compile(r"(?<![\w.])[rR]\.[ ]?[yYfF]\.?(?!\w)")
    text = "Ry r.y. R.f. r. y xr.y. .r.y R.Y. r.yx (r.f.) -r.y.\nr.y"
    assert [m.span() for m in signed_orgs._DOTTED.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(plain.findall(text)) >= 5
