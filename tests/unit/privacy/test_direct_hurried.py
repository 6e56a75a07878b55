"""Direct identifiers written in a hurry (direct_hurried.py): a bare day.month after a call word, a lower-case
plate after a vehicle word, a relative's age after the given name, a chat speaker after a time stamp. Every
rule of RULES covers its span whole (the rule id in its reason, shown by --explain) and leaves its traps
alone. Every sentence is our own."""

from __future__ import annotations

from coachdesk.privacy import direct_hurried, scrub
from coachdesk.privacy.direct_hurried import RULES
from tests.support.rule_cases import rule_table_tests

# (rule, lang, text, span that one finding covers whole, its label)
POSITIVES = [
    ("day_month_call", "sv", "nytt samtal 4.11", "4.11", "DATE"),
    ("day_month_call", "fi", "ei vastannut, soitan uudestaan 17.2", "17.2", "DATE"),
    ("day_month_call", "en", "left a message, cb 3.10", "3.10", "DATE"),
    ("day_month_call", "en", "next call 28.1 then review", "28.1", "DATE"),
    ("day_month_call", "fi", "asiakas ei päässy tänään -> ok huomenna tai 12.6", "12.6", "DATE"),
    ("plate_vehicle", "fi", "auto xkt-391 takavarikossa", "xkt-391", "ID"),
    ("plate_vehicle", "sv", "bilen rbn-27 står kvar hos verkstaden", "rbn-27", "ID"),
    ("plate_vehicle", "en", "his car reg abc 123 was towed", "abc 123", "ID"),
    ("plate_vehicle", "fi", "pihalla xkt-391 (pakettiauto), omistaja ei tiedossa", "xkt-391", "ID"),
    ("plate_vehicle", "fi", "auto ABC 123 hinattu pois", "ABC 123", "ID"),
    ("plate_vehicle", "fi", "Ajoneuvo: 482 BKT (Viron rekisterissä)", "482 BKT", "ID"),
    ("plate_vehicle", "sv", "Henriks bil (MXK 47B) står kvar.", "MXK 47B", "ID"),
    ("day_month_call", "sv", "Bilen står. Nästa möte 23/3.", "23/3", "DATE"),
    ("day_month_call", "en", "worse again, on sick leave til 15/3, will call back", "15/3", "DATE"),
    ("plate_vehicle", "en", "his car 482 BKT has Estonian plates", "482 BKT", "ID"),
    ("plate_vehicle", "fi", "Auto on vielä Viron kilvissä (412 BKT), mikä hankaloittaa", "412 BKT", "ID"),
    ("kin_name_age", "fi", "lapsi Aino 3 v", "3 v", "AGE"),
    ("kin_name_age", "sv", "barn: Elis 5 år", "5 år", "AGE"),
    ("kin_name_age", "en", "son Leo, 7", "7", "AGE"),
    ("kin_name_age", "fi", "lapset Eelis 3 v ja Sara 6 v", "6 v", "AGE"),
    ("kin_name_age", "sv", "Barn:\n- Elsa 9 år\n- Max 4 år\nÖvrigt: inget", "4 år", "AGE"),
    ("chat_time_speaker", "fi", "[14:33] Anna-Kaisa: voitko soittaa asiakkaalle?", "Anna-Kaisa", "PERSON"),
    ("chat_time_speaker", "sv", "09:12 Mai-Lis: hej kan du ringa", "Mai-Lis", "PERSON"),
    ("chat_time_speaker", "en", "[10:02] Zyrielle: can you call her?\n[10:04] Admin: ok", "Zyrielle", "PERSON"),
    ("chat_time_speaker_lower", "fi", "[11.20] lumikki: huomenna palaveri\n[11.22] halla: mä tuun", "halla", "PERSON"),
    ("chat_time_speaker_lower", "en", "[14:20] hope k: anyone heard?\n[14:22] will t: not yet, will check", "will t", "PERSON"),
    ("chat_time_speaker_lower", "fi", "[09:12] ruut.k: ootko nähny sitä?\n[09:14] sade.m: joo eilen", "sade.m", "PERSON"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("day_month_call", "fi", "maksu 3.10 € ja matka 4.11 km", "3.10"),
    ("day_month_call", "fi", "maksu 3.10 € ja matka 4.11 km", "4.11"),
    ("day_month_call", "fi", "soitto klo 3.10 ja luku 4.11 luettu", "3.10"),
    ("day_month_call", "fi", "soitto klo 3.10 ja luku 4.11 luettu", "4.11"),
    ("day_month_call", "sv", "ring om kapitel 2.1 och § 3.2", "2.1"),
    ("day_month_call", "en", "call about version 2.5, PHQ 2.1", "2.5"),
    ("day_month_call", "en", "call about version 2.5, PHQ 2.1", "2.1"),
    ("day_month_call", "en", "next call 24/7 support line", "24/7"),  # a slash: after a cue only, a valid day.month
    ("day_month_call", "fi", "työaika 3/4 ja palkka ennallaan", "3/4"),  # no cue: a fraction
    ("day_month_call", "fi", "Tapaaminen 5/8. Hirvonen paikalla.", "5/8"),  # the fifth meeting of eight
    ("day_month_call", "en", "Session 4/10 with the client today.", "4/10"),
    ("day_month_call", "fi", "soitto, tulos 12.3.2024 alkaen 3.10.5", "3.10.5"),
    ("day_month_call", "fi", "soitto työnantajalle 9.10, ei vastannut", "9.10"),
    ("day_month_call", "fi", "nukkuu huonosti -> unet noin 6.5", "6.5"),
    ("plate_vehicle", "fi", "covid-19 sairastettu, sote-2 alue, ADHD-1", "covid-19"),
    ("plate_vehicle", "fi", "covid-19 sairastettu, sote-2 alue, ADHD-1", "sote-2"),
    ("plate_vehicle", "fi", "auto tv-2 mainoksessa ja gad-7 tehty", "gad-7"),
    ("plate_vehicle", "en", "the car reg is 2 weeks overdue", "is"),
    ("plate_vehicle", "fi", "auto ADHD 2 ja TE 3 kertaa", "TE 3"),
    ("kin_name_age", "fi", "lapsi Ryhmä 3 on päiväkodissa", "3"),
    ("kin_name_age", "fi", "poika Leo 12 kertaa käynyt", "12"),
    ("kin_name_age", "fi", "Lapset:\n- Ryhmä 3\n- Luokka 5", "5"),
    ("chat_time_speaker", "en", "[10:03] System: meeting started\n[10:04] Teams: recording", "System"),
    ("chat_time_speaker", "fi", "[10:03] Huom: soita huomenna\n14:00 Bot: muistutus", "Huom"),
    ("chat_time_speaker", "fi", "[9:30] Keskustelu: alkaa\n[9:45] Tiimipalaveri: aloitetaan", "Keskustelu"),
    ("chat_time_speaker", "fi", "[9:30] Keskustelu: alkaa\n[9:45] Tiimipalaveri: aloitetaan", "Tiimipalaveri"),
    ("chat_time_speaker_lower", "fi", "[9.30] huom: soita huomenna\n[9.45] kela: päätös tuli", "huom"),
    ("chat_time_speaker_lower", "fi", "[9.30] huom: soita huomenna\n[9.45] kela: päätös tuli", "kela"),
]


(
    test_identifier_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, direct_hurried)


def test_a_relatives_age_is_a_range_with_its_unit() -> None:
    assert "lapsi [Henkilö A] 0–10 v" in scrub("lapsi Aino 3 v", lang="fi").text
    assert "7" not in scrub("lapset: Aino 7 v ja Eeli 4 v", lang="fi").text
