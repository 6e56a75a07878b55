"""Ages after a filler, spoken day numbers, digits in an e-mail's local part, Åland and diplomatic plates
(spoken_extra.py): every rule of RULES covers its identifier whole (one finding, the rule id in its reason,
shown by --explain) and leaves its traps alone."""

from __future__ import annotations

from coachdesk.privacy import scrub, spoken_extra
from coachdesk.privacy.spoken_extra import RULES
from tests.support.rule_cases import rule_table_tests

# (rule, lang, text, span that one finding covers whole, its label)
POSITIVES = [
    ("age_filler_copula", "fi", "Asiakas tuli ajoissa. Hän on niinku neljäkytseittemän ja ollu työttömänä kaks vuotta.",
     "neljäkytseittemän", "AGE"),
    ("age_filler_copula", "fi", "hän on öö viiskytkolme, asuu yksin", "viiskytkolme", "AGE"),
    ("age_filler_copula", "fi", "auto on hinattu. se on ny kolkytkolme, Kelan asiakasnumero puuttuu", "kolkytkolme", "AGE"),
    ("age_filler_copula", "sv", "han e fyrtitvå, ryggen paj, sjukskriven", "fyrtitvå", "AGE"),
    ("age_filler_copula", "fi", "hän on siis viiskyt kaheksan vuotta ja etsii töitä", "viiskyt kaheksan", "AGE"),
    ("age_filler_copula", "en", "So she's thirty-four full stop. Works part time.", "thirty-four", "AGE"),
    ("age_filler_copula", "en", "He is um fifty-one and lives alone.", "fifty-one", "AGE"),
    ("age_filler_copula", "sv", "hon är typ fyrtiotre och bor ensam", "fyrtiotre", "AGE"),
    ("age_filler_copula", "en", "she's twenty-seven comma personal identity code follows", "twenty-seven", "AGE"),
    ("age_filler_copula", "fi", "asiakas on neljäkymmentä pilkku hän asuu yksin", "neljäkymmentä", "AGE"),
    ("age_filler_copula", "sv", "Hon är alltså fyrtiotvå år. Hon bor ensam.", "fyrtiotvå", "AGE"),
    ("age_filler_copula", "fi", "hän on siis kolkytkaks vuotta ja asuu yksin", "kolkytkaks", "AGE"),
    ("age_digit_by_digit", "fi", "asiakas on öö kaksseittemän vuotta vanha ja asuu yksin", "kaksseittemän vuotta", "AGE"),
    ("age_digit_by_digit", "fi", "poika on kolme neljä vuotias, sanoi hän", "kolme neljä vuotias", "AGE"),
    ("age_digit_by_digit", "sv", "hon är två fem år gammal och studerar", "två fem år gammal", "AGE"),
    ("age_digit_by_digit", "en", "the client is four one years old and lives alone", "four one years old", "AGE"),
    ("date_spoken_day", "fi", "seuraava käynti on kakskytyks joulukuuta klo kymmenen", "kakskytyks joulukuuta", "DATE"),
    ("date_spoken_day", "fi", "aloitus yheksäntoista tammikuuta kakstuhattakakskytkuus", "yheksäntoista tammikuuta kakstuhattakakskytkuus", "DATE"),
    ("date_spoken_day", "fi", "tapaaminen kakskyt yks helmikuuta ja sitten loma", "kakskyt yks helmikuuta", "DATE"),
    ("date_spoken_day", "fi", "työkokeilu alkaa kakskytkolmas toukokuuta", "kakskytkolmas toukokuuta", "DATE"),
    ("date_cardinal_tens_ordinal", "fi", "tapaaminen oli kakskymmenes helmikuuta ja sit loma", "kakskymmenes helmikuuta", "DATE"),
    ("date_cardinal_tens_ordinal", "fi", "aloitus kakskymmenesviides toukokuuta", "kakskymmenesviides toukokuuta", "DATE"),
    ("date_spoken_day", "sv", "nästa besök är tjugoförste december och hon kommer", "tjugoförste december", "DATE"),
    ("email_local_digits", "fi", "sähköposti warda kaks nolla nolla viis ät example piste fi ja puhelin",
     "warda kaks nolla nolla viis ät example piste fi", "CONTACT"),
    ("email_initial", "en", "phone later, email k ceesay at inbox dot example full stop works nights",
     "k ceesay at inbox dot example", "CONTACT"),
    ("email_initial", "fi", "sähköposti: m virtanen ät posti piste fi ja puhelin myöhemmin",
     "m virtanen ät posti piste fi", "CONTACT"),
    ("email_initial", "en", "full stop his email is jp mbuyi at kotiposti dot example note to self",
     "jp mbuyi at kotiposti dot example", "CONTACT"),
    ("email_local_digits", "en", "her email is john two zero zero five at example dot com thanks",
     "john two zero zero five at example dot com", "CONTACT"),
    ("email_local_digits", "en", "Write to sanna double six three eight at gmail dot com, I will call back tomorrow",
     "sanna double six three eight at gmail dot com", "CONTACT"),
    ("email_local_digits", "sv", "mejlen är anna ett nio noll två snabel-a example punkt fi och telefon",
     "anna ett nio noll två snabel-a example punkt fi", "CONTACT"),
    ("aland_plate", "fi", "auton rekkari on ÅL 18 412, valkoinen", "ÅL 18 412", "ID"),
    ("aland_plate", "sv", "Bilen ÅL-3421 stod på gården.", "ÅL-3421", "ID"),
    ("diplomatic_plate", "fi", "pihalla oli diplomaattikilpi CD 1234 ja musta auto", "CD 1234", "ID"),
    ("diplomatic_plate", "en", "an embassy car with the plate C-123 parked outside", "C-123", "ID"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("age_filler_copula", "fi", "hän on niinku kaks kertaa käyny täällä", "kaks"),
    ("age_filler_copula", "fi", "hän on nyt kakskyt prosenttia työkykyinen", "kakskyt"),
    ("age_filler_copula", "fi", "hän on nyt kolmekymmentä vuotta ollut töissä", "kolmekymmentä"),
    ("age_filler_copula", "en", "she's twenty minutes late", "twenty"),
    ("age_filler_copula", "en", "he is one of the best", "one"),
    ("age_filler_copula", "en", "she is like twenty, thirty minutes away", "twenty"),
    ("age_filler_copula", "sv", "hon är typ tjugo minuter sen", "tjugo"),
    ("age_filler_copula", "fi", "tulos on kakskyt pilkku viis prosenttia", "kakskyt"),
    ("age_filler_copula", "sv", "det är alltså två år sedan hon flyttade", "två"),
    ("age_digit_by_digit", "fi", "se tapahtui kaks kolme vuotta sitten", "kaks"),
    ("age_digit_by_digit", "fi", "soitin yks kaks kertaa, ei vastausta", "yks"),
    ("age_digit_by_digit", "fi", "hän nosti kakskolme kiloa ja lepäsi", "kakskolme"),
    ("age_digit_by_digit", "en", "the course took two three years and she finished", "two"),
    ("date_spoken_day", "fi", "käy viis kertaa joulukuussa", "viis"),
    ("date_spoken_day", "fi", "vietti kolme joulukuuta ulkomailla", "kolme"),
    ("date_spoken_day", "fi", "kolme joulukuuta sitten hän muutti", "kolme"),
    ("date_spoken_day", "fi", "kakskytyks joulukuuta-tonttua oli pihalla", "kakskytyks"),
    ("date_cardinal_tens_ordinal", "fi", "tää oli kakskymmenes kerta ja viides hakemus", "kakskymmenes"),
    ("email_local_digits", "fi", "meni kaks nolla voitto ät the end", "voitto"),
    ("age_filler_copula", "fi", "vuokra? se on kolkytkolme euroa kuussa", "kolkytkolme"),
    ("email_initial", "en", "I said a smith at example dot com was wrong", "said"),
    ("email_initial", "fi", "sähköposti on matti piste virtanen ät posti piste fi kiitos", "on"),
    ("email_local_digits", "fi", "sähköposti on matti ät posti piste fi, kaks kertaa yritin", "kertaa"),
    ("aland_plate", "sv", "Ålen var stor, ål 3 kg och ÅLAND 2020 på skylten", "ål"),
    ("diplomatic_plate", "fi", "osti CD 12 kappaletta ja levysoittimen", "CD"),
    ("diplomatic_plate", "fi", "kilpailussa C 12 oli paras sarja", "C 12"),
]


(
    test_identifier_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, spoken_extra)


def test_the_age_is_a_range_and_the_date_a_placeholder() -> None:
    assert "39–50" in scrub("hän on niinku neljäkytseittemän ja ollu kotona", lang="fi").text
    assert "joulukuuta" not in scrub("seuraava käynti on kakskytyks joulukuuta", lang="fi").text
