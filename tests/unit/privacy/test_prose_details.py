"""Direct details and ages in careful prose (prose_details.py): every rule of RULES has a sentence where
it covers the detail whole and a precision trap where a neighbouring word survives."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.prose_details import RULES
from tests.support.rule_cases import assert_every_rule_has_cases

# (rule, lang, text, span that must be covered whole by one finding, its label)
POSITIVES = [
    ("occupation_age", "fi", "Asiakas (ent. lähihoitaja, 61) hakee osa-aikatyötä.", "61", "AGE"),
    ("occupation_age", "en", "The client (former welder, 58) is looking for lighter work.", "58", "AGE"),
    ("occupation_age", "sv", "Klienten (f.d. sjukskötare, 59) söker ett lättare arbete.", "59", "AGE"),
    ("occupation_age", "fi", "Asiakas (mies, ent. rakennusmies, 59) hakee eläkettä.", "59", "AGE"),
    ("occupation_age", "en", "The client (cook, 44) is looking for work.", "44", "AGE"),
    ("en_house_number", "en", "She told me that she lives at 12 Maple Road and likes it there.", "12 Maple Road", "ADDRESS"),
    ("en_house_number", "en", "She lives at twenty two Station Road with her sister.", "twenty two Station Road", "ADDRESS"),
    ("stair_after_street", "en", "He told me that he moved to 7 Rantakatu B 12 last month.", "7 Rantakatu B 12", "ADDRESS"),
    ("flat_before_number", "en", "His address is flat 3, 41 Puistokatu, and he lives alone.", "flat 3, 41 Puistokatu", "ADDRESS"),
    ("address_town", "sv", "Klienten bor på Strandvägen sju B i Vasa och vill arbeta där.", "Strandvägen sju B i Vasa", "ADDRESS"),
    ("address_town", "fi", "Hän asuu nyt osoitteessa Koivukuja 3, Kemi, ja viihtyy siellä.", "Koivukuja 3, Kemi", "ADDRESS"),
    ("address_label", "fi", "Perustiedot\nOsoite: Kivikonlaita 6 B 22, 00940 Helsinki\nPuhelin ei ole.", "Kivikonlaita 6 B 22, 00940 Helsinki",
     "ADDRESS"),
    ("address_label", "sv", "Adress: Skeppargränd 3. Hon bor ensam.", "Skeppargränd 3", "ADDRESS"),
    ("address_label", "en", "Home address: 5 Merimiehenkuja\nNext meeting soon.", "5 Merimiehenkuja", "ADDRESS"),
    ("spaced_email", "en", "The client said that her e-mail is anna smith at gmail com and she reads it.",
     "anna smith at gmail com", "CONTACT"),
    ("spaced_email", "en", "Her e-mail is anna smith at gmail.com and she reads it daily.", "anna smith at gmail.com", "CONTACT"),
    ("spaced_email", "fi", "Hänen sähköpostinsa on matti virtanen ät posti fi ja puhelin ei toimi.",
     "matti virtanen ät posti fi", "CONTACT"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("occupation_age", "fi", "Ryhmässä oli paljon osallistujia (tunnit, 20) ja hyvä henki.", "20"),
    ("occupation_age", "fi", "Katso ohje (sivu, 24) ja liite (kohta, 31).", "24"),
    ("en_house_number", "en", "She has applied to 12 jobs since May and waits for answers.", "12"),
    ("en_house_number", "en", "I met the two Maple Road neighbours today.", "two"),
    ("stair_after_street", "en", "He moved to 7 Rantakatu. A friend helped him.", "A friend"),
    ("flat_before_number", "en", "She lives at 41 Puistokatu with 3 children.", "children"),
    ("address_town", "fi", "Hän asuu osoitteessa Koivukuja 3 Kelan toimiston lähellä.", "Kelan"),
    ("address_label", "sv", "Adress: Skeppargränd 3 B. Han har depression sedan januari.", "depression"),
    ("address_label", "fi", "Osoite: ei tiedossa, kysytään ensi kerralla.", "tiedossa"),
    ("address_label", "fi", "Osoite: muuttanut 2 kk sitten, uusi ei tiedossa.", "muuttanut"),
    ("spaced_email", "en", "Her son is at school now and she is at home com.", "school"),
    ("spaced_email", "en", "The kids at school no longer tease him.", "school"),
]


def _findings(text: str, lang: str) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.label) for f in scrub(text, lang=lang).findings]


@pytest.mark.parametrize(("rule", "lang", "text", "span", "label"), POSITIVES)
def test_detail_is_covered_whole(rule: str, lang: str, text: str, span: str, label: str) -> None:
    assert rule in RULES
    s = text.index(span)
    hits = [f for f in _findings(text, lang) if f[0] <= s and s + len(span) <= f[1]]
    assert hits and hits[0][2] == label, (rule, _findings(text, lang))


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_neighbour_survives(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    s = text.index(word)
    assert not any(a < s + len(word) and s < b for a, b, _ in _findings(text, lang)), (rule, _findings(text, lang))


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)


def test_address_label_matches_as_the_plain_pattern() -> None:
    import re

    from coachdesk.privacy import prose_details

    plain = re.compile(
        r"(?<![\w-])(?:[OoKkPpHh]\w{0,6}(?:osoite|OSOITE|adress|ADRESS)|[Oo]soite|OSOITE|[Oo]s\.|[Aa]d(?:d?)ress|AD(?:D?)RESS"
        r"|[Hh]ome address)"
        r"[ \t]*:[ \t]*([^\n|;\t]{3,120}?)(?=[.!?]?[ \t]*(?:$|\n)|[.!?][ \t]+[A-ZÅÄÖ])",
        re.MULTILINE,
    )
    text = ("Osoite: Kivikonlaita 6 B 22. Kotiosoite: Tie 5\nAddress: 5 Merimiehenkuja\nHome address: Road 1. OSOITE: X Y Z\n"
            "os.: Katu 1\nADRESS : Väg 2\n-Osoite: Ei tämä\nxAddress: nor this\nPostiosoite: Box 12")
    found = [(m.span(), m.groups()) for m in prose_details._ADDRESS_LABEL.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(text)] and len(found) >= 6
