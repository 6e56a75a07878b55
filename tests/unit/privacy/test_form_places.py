"""Villages and districts after their field label, streets with a house number and stair letter
(form_places.py): every rule of RULES covers its span whole and leaves its traps alone."""

from __future__ import annotations

from coachdesk.privacy import form_places
from coachdesk.privacy.form_places import RULES
from tests.support.rule_cases import rule_table_tests

# (rule, lang, text, span that one finding covers whole, its label)
POSITIVES = [
    ("district_label", "fi", "Asiakastiedot\nNimi: Tuomas Rinne\nKylä: Latvakangas\nPuhelin: 040 1234567", "Latvakangas", "LOCATION"),
    ("district_label", "fi", "Asuinalue: Kotorinne\nKaupunginosa: Peltola", "Kotorinne", "LOCATION"),
    ("district_label", "sv", "Uppgifter\nBy: Östergård\nStadsdel: Norrhage", "Norrhage", "LOCATION"),
    ("district_label", "en", "Details\nVillage: Myllykylä\nDistrict: Hakaniemi", "Myllykylä", "LOCATION"),
    ("district_label", "fi", "**Kylä:** Alakorpi\n**Ikä:** 45", "Alakorpi", "LOCATION"),
    ("district_label", "fi", "| Kenttä | Arvo |\n|---|---|\n| Asuinalue | Kuusimäki |\n| Ikä | 45 |", "Kuusimäki", "LOCATION"),
    ("district_label", "fi", "Asuinalue/kylä: Hirvikoski", "Hirvikoski", "LOCATION"),
    ("street_stair_flat", "fi", "Ystävällisin terveisin\nMarja Koivisto\nKalliopuisto 5 B 14, 26100 Rauma",
     "Kalliopuisto 5 B 14", "ADDRESS"),
    ("street_stair_flat", "en", "Best regards,\nAnna Lind\nKoivuharju 12 A 7, 15100 Lahti", "Koivuharju 12 A 7", "ADDRESS"),
    ("street_stair_flat", "fi", "Mvh Kalle, Ketopuisto 3 D 22", "Ketopuisto 3 D 22", "ADDRESS"),
    ("street_stair_flat", "fi", "Terveisin Sari, Vaahterapuisto 3 as 4, 02100 Espoo", "Vaahterapuisto 3 as 4, 02100 Espoo", "ADDRESS"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("district_label", "fi", "Kaupunginosa: Keskusta\nKylä: ei tiedossa", "Keskusta"),
    ("district_label", "fi", "Kylä: Tuntematon\nHuom: asiakas muuttaa", "Tuntematon"),
    ("district_label", "en", "District: Unknown, Village: Other", "Unknown"),
    ("district_label", "en", "Written by: Anna Smith\nReviewed by: Tom", "Written"),
    ("district_label", "fi", "| Kenttä | Arvo |\n|---|---|\n| Kylä | Ei tiedossa |\n| Kaupunginosa | ei |", "Kaupunginosa"),
    ("street_stair_flat", "fi", "Kesäpuisto 7 jäi kesken, ja Sairaalanpuisto-hanke alkaa pian.", "Kesäpuisto"),
    ("street_stair_flat", "fi", "Katso luku 7 A ja liite 2 B.", "luku"),
    ("street_stair_flat", "fi", "Sairaalanpuisto-hanke 2 A on kesken.", "Sairaalanpuisto"),
]


(
    test_span_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, form_places)
