"""Patterns found by an independent held-out evaluation (our own sentences, not the evaluator's)."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from tests.unit.conftest import caught


def _persons(text: str, lang: str) -> list[str]:
    return [f.text for f in scrub(text, lang=lang).findings if f.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Perhe muutti keväällä Kaarinaan ja viihtyy.", "Kaarinaan"),
        ("Asiakas asuu nyt Kaarinassa.", "Kaarinassa"),
        ("Hän on kotoisin Turun seudulta.", "Turun"),
        ("Työpaikka on Kaarinan keskustassa.", "Kaarinan"),
    ],
)
def test_place_reading_wins_in_place_context(text: str, word: str) -> None:
    res = scrub(text, lang="fi")
    hit = [f for f in res.findings if f.text == word]
    assert hit and hit[0].label == "LOCATION", res.findings


def test_person_reading_of_a_town_name_with_person_context() -> None:
    res = scrub("Soitin Kaarinalle eilen illalla.", lang="fi")
    assert [f.label for f in res.findings if f.text == "Kaarinalle"] == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Aiheena: uni ja jaksaminen. Sali: C3. Keinot: tauot ja kävely.", "fi"),
        ("Yhteyshenkilö: avoin. Asiakasnumero: tulossa. Lääkärinlausunto: haettu.", "fi"),
        ("Etävastaanotto sujui hyvin. Työterveyshoitajakäynti siirtyi.", "fi"),
        ("Ping: anyone free? Home visits are hard for her.", "en"),
        ("Notes: no. Home: quiet. Irish: fluent.", "en"),
        ("Snabb fråga: hur gör ni?", "sv"),
        ("Terveiset tiimille, palataan asiaan.", "fi"),
        ("Ensi kerralla tavoitteet. Aiheena oli myös uni.", "fi"),
        ("Huomioita:\n- Kuntoutus etenee\n- Sali kaksi kertaa viikossa", "fi"),
        ("Chronic pain is the main issue. Irish roots, she said.", "en"),
    ],
)
def test_heading_and_sentence_start_common_words_are_not_names(text: str, lang: str) -> None:
    assert _persons(text, lang) == []


def test_sentence_start_word_not_merged_into_the_following_name() -> None:
    res = scrub("Terveiset Maijalle ja kiitos avusta.", lang="fi")
    assert [f.text for f in res.findings] == ["Maijalle"]


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Toivo Ahonen tuli ajoissa. Toivo on, että kevät sujuu.", "fi", "Toivo on,"),
        ("Asiakas Lumi Nieminen soitti. Lumi oli sulanut pihalta.", "fi", "Lumi oli sulanut"),
        ("I met Will Barker on Monday. Will he cope with nights?", "en", "Will he cope"),
        ("June Parker is the client. May be worth a call.", "en", "May be worth"),
        ("Grace Holm came in. Grace under pressure is rare.", "en", "Grace under pressure"),
    ],
)
def test_name_found_elsewhere_not_propagated_to_a_common_word_start(text: str, lang: str, kept: str) -> None:
    assert kept in scrub(text, lang=lang).text


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Toivo Ahonen tuli ajoissa. Toivo kertoi unesta.", "fi", "Toivo kertoi"),
        ("I met Will Barker on Monday. Will said he is tired.", "en", "Will said"),
    ],
)
def test_name_found_elsewhere_propagates_with_own_evidence(text: str, lang: str, word: str) -> None:
    res = scrub(text, lang=lang)
    name = word.split()[0]
    second = text.index(word)
    assert any(f.start == second and f.text == name for f in res.findings), res.text


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("moi, kysyin eilen amiralta asiasta. amira sanoi että käy.", "fi", ["amiralta", "amira"]),
        ("hei, soitin yusufille, yusuf lupasi tulla", "fi", ["yusufille", "yusuf"]),
        ("moi, juttelin tuomaksen kanssa ja tuomasta jännittää", "fi", ["tuomaksen", "tuomasta"]),
        ("hei, kari sanoi ettei ehdi. palataan", "fi", ["kari"]),
        ("hey, asked anjali about shifts, anjali said maybe", "en", ["anjali", "anjali"]),
        ("hey, met with alex today, all good", "en", ["alex"]),
        ("hei, dmitrille soitin, dmitri lupasi tulla", "fi", ["dmitrille", "dmitri"]),
        ("hei, kari ja minna tulevat huomenna", "fi", ["kari", "minna"]),
    ],
)
def test_lower_case_chat_names_with_context(text: str, lang: str, names: list[str]) -> None:
    res = scrub(text, lang=lang)
    assert [f.text for f in res.findings if f.label == "PERSON"] == names, res.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("moi, siirretäänkö torstaille? en ehdi ollenkaan, max tunti. pitkiin päiviin en jaksa", "fi"),
        ("hei, kysyin siltä ja kysyin lisää. juttelin heidän kanssaan. näin unta", "fi"),
        ("moi, lumi sulaa ja aamu oli kylmä. toivo on että jaksaa", "fi"),
        ("hey team, client said sleep is bad. will check, may help. thanks all", "en"),
        ("hei, tiistaina palaveri, helmikuussa uusi yritys. kiitos paljon", "fi"),
    ],
)
def test_ordinary_lower_case_words_are_not_chat_names(text: str, lang: str) -> None:
    assert scrub(text, lang=lang).findings == ()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Vastaukset Riikalle lähtivät eilen.", "Riikalle"),
        ("Hyvä kysymys. Kysyn Outilta huomenna.", "Outilta"),
        ("Työkokeilu Kysyn Outilta vielä.", "Outilta"),
        ("Etävastaanotto Maija Lehtosen kanssa sujui.", "Maija Lehtosen"),
    ],
)
def test_name_span_starts_at_the_name(text: str, span: str) -> None:
    res = scrub(text, lang="fi")
    assert [(f.text, f.label) for f in res.findings] == [(span, "PERSON")], res.findings


@pytest.mark.parametrize(
    "text",
    [
        "Hän aloittaa TYK-kuntoutuksessa ja kävi jo KELA-kurssin.",
        "AMK-opinnot jatkuvat, TULES-vaivat hallinnassa. TE-palveluista tuli päätös.",
        "Haemme TYK-kuntoutusta. Hän työskentelee Kelassa.",
    ],
)
def test_acronym_compounds_are_not_organisations(text: str) -> None:
    assert scrub(text, lang="fi").findings == ()


def test_lower_case_name_in_no_list_before_a_persons_verb_is_asked_about(rules_alone) -> None:
    text = "hi, talked with rutendo yesterday, rutendo said the trial is fine"
    res = scrub(text, lang="en")
    assert [f.text for f in res.findings] == ["rutendo", "rutendo"]
    assert any(w.kind == "uncertain_name" for w in res.warnings)


@pytest.mark.parametrize(
    "text",
    ["moi, terkkari sanoi että lepoa", "hei, työkkäri sanoi ei", "hey, payroll said no", "moi, pomo sanoi ok"],
)
def test_roles_before_a_verb_are_not_chat_names(text: str) -> None:
    assert scrub(text).findings == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kokous alkoi myöhässä. Sulo tuli mukaan vasta iltapäivällä.", "Sulo"),
        ("Zenobia halusi aloittaa heti. Työkaverit pitivät Zenobiasta.", "Zenobia"),
    ],
)
def test_sentence_start_names_with_own_evidence(text: str, name: str) -> None:
    assert caught(scrub(text, lang="fi"), text, name)


@pytest.mark.parametrize("text", ["Sorsa ui lammella.", "Vilja kasvaa pellolla.", "Lumi tuli yöllä."])
def test_sentence_start_words_without_person_evidence(text: str) -> None:
    assert _persons(text, "fi") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a frequent word of the text's language read as an inflected or rare name (Emmi, Toimi)
        ("Hän on ollut poissa neljä kertaa. Emme oikein tiedä, miten toimia.", "fi"),
        ("soitan ensi viikolla, muistutus ei enää toimi -> tekstiviesti", "fi"),
        # a sentence-initial frequent word before an institution noun is no place (Nuorten työpaja)
        ("Nuorten työpaja, tapaaminen ensi viikolla.", "fi"),
        # a capitalised word before a number or a lower-case surname-like word (Kundnummer K-558102)
        ("Planen är klar. Kundnummer K-558102.", "sv"),
        ("Kundnummer finns i systemet.", "sv"),
    ],
)
def test_ordinary_words_found_by_the_second_held_out_round_stay(text: str, lang: str) -> None:
    assert _persons(text, lang) == [] and not [f for f in scrub(text, lang=lang).findings if f.label == "ORG"]


def test_a_place_genitive_before_an_institution_noun_is_still_an_organisation() -> None:
    found = {f.text: f.label for f in scrub("Nuorten työpaja on Kallion lukion vieressä.", lang="fi").findings}
    assert found == {"Kallion lukion": "ORG"}


def test_a_found_name_inflected_at_a_sentence_start_is_the_same_person() -> None:
    text = "Tapasin Karim Al-Khatib, 31, tänään. Al-Khatibin taustalla on sähköasentajan koulutus."
    assert "Al-Khatibin" in _persons(text, "fi")
    assert _persons("Lumi oli sulanut. Lumen alta paljastui roskia.", "fi") == []


def test_a_sentence_initial_verb_before_a_that_clause_is_not_the_name_found_elsewhere() -> None:
    text = "Isoisä Toivo kuoli viime talvena. Toivon, että seuraavalla kerralla voimme jutella."
    assert [f.start for f in scrub(text, lang="fi").findings if f.label == "PERSON"] == [text.index("Toivo")]


def test_a_word_of_a_company_name_is_not_a_name_elsewhere() -> None:
    text = "Kokemusta Kvarnbackens Snickeri Ab:stä? Min klient vill pröva på snickeri."
    assert [f.text for f in scrub(text, lang="sv").findings if f.label == "PERSON"] == []


def test_a_sentence_initial_inner_locative_is_no_person() -> None:
    text = "Hän on ollut siellä kaksi vuotta. Passissa nimi on eri kuin rekisterissä."
    assert _persons(text, "fi") == []
    assert _persons("Tapasin Mikko Passin tänään. Passi kertoi voivansa paremmin.", "fi") != []


def test_chat_speakers_are_names_wherever_they_appear() -> None:
    text = "minh: morning all! question about helmets\nouti: hi minh, employer pays\nminh: thanks!\nPlan: call"
    names = [f.text for f in scrub(text, lang="en").findings if f.label == "PERSON"]
    assert names.count("minh") == 3 and "outi" in names and "Plan" not in names


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Työnantaja: Kiimingin Kotiapu Oy (lähihoitaja, osa-aikainen)", "Kiimingin Kotiapu Oy"),
        ("Employer: Kebab & Pizza Kultamaa, closed 2023", "Kebab & Pizza Kultamaa"),
        ("Arbetsgivare: Bokhörnan i Hangö", "Bokhörnan i Hangö"),
        ("Hoivasäätiö Kotikunnas sr maksaa palkan.", "Hoivasäätiö Kotikunnas sr"),
    ],
)
def test_employers_after_a_field_label_or_with_a_foundation_form(text: str, org: str) -> None:
    assert org in [f.text for f in scrub(text).findings if f.label == "ORG"]


def test_a_public_body_after_an_employer_label_stays() -> None:
    assert scrub("Työnantaja: Kela", lang="fi").findings == ()


def test_a_name_is_ambiguous_only_in_the_language_where_it_is_also_a_word() -> None:
    sv = "Ämne: Sara. Saras arbetskamrater har märkt det. Sara har gett lov."
    assert _persons(sv, "sv") == ["Sara", "Saras", "Sara"]
    assert _persons("Sara kasvaa kosteassa maassa järven rannalla.", "fi") == []  # the sedge


def test_a_frequent_word_form_of_a_name_that_is_also_a_word_stays_in_lower_case() -> None:
    text = "Asiakas: Juha-Matti Niemi, 39 v. Aloitus niemen puoleisessa hallissa."
    assert "niemen" not in _persons(text, "fi")
    chat = "mulla on asiakas Onni (23), etsii paikkaa.\ntimo: joo! onnin kaltaisille nuorille tosi hyvä paikka"
    assert "onnin" in _persons(chat, "fi")


# Sentences written for the patterns that the independent held-out rounds 2–8 missed or over-caught
# (our own sentences, not the annotators').
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("kan någon hjälpa? tack! /pia", "sv", {"pia": "PERSON"}),  # a slash sign-off, not a path
        ("lumi ja tuuli, ehtisittekö katsoa yhden jutun?", "fi", {"lumi": "PERSON", "tuuli": "PERSON"}),
        ("lumi ja tuuli haittasivat ajoa eilen, joten myöhästyin.", "fi", {}),  # weather, not an opener
        ("klient i stan – micke (41) har adhd", "sv", {"micke": "PERSON", "41": "AGE"}),
        ("mulla on asiakas (mies, 46) jolla masennus", "fi", {"46": "AGE"}),
        ("Päätös (asianumero 2025/40718/KU) tuli helmikuussa.", "fi", {"2025/40718/KU": "ID"}),
        ("Olen toimistolla (huone B214) koko päivän.", "fi", {}),  # a room, not an identifier
        ("Hon får nya hörapparater i maj, men det löser inte allt.", "sv", {}),  # a month
        ("Plays football for FC Kypärämäki twice a week.", "en", {"FC Kypärämäki": "ORG"}),
        ("Kotikunta: Rukalla", "fi", {"Rukalla": "LOCATION"}),
        ("Tapaaminen. Jari-Pekka Kangasniemi (”J-P”) ei tullut.", "fi",
         {"Jari-Pekka Kangasniemi": "PERSON", "J-P": "PERSON"}),
        ("Hän sanoi niin. Kuraattori oli huomannut sen.", "fi", {}),  # a school counsellor, not a square
        ("Tapasimme Kauppatorilla.", "fi", {"Kauppatorilla": "ADDRESS"}),
        ("Andra mötet med klienten. Han är 56 år och trött.", "sv", {"56 år": "AGE"}),  # pronoun, ordinal
        ("tulee 😄 Jos joku on tehnyt tällaisen", "fi", {}),  # an emoji ends a sentence
        ("Client: Arben Krasniqi, 52\nEmployer: none", "en", {"Arben Krasniqi": "PERSON", "52": "AGE"}),
        ("Sosiaaliset tilanteet vaikeita. Aamut erityisen raskaita.", "fi", {}),  # a plural
        ("sofia: hej!\nrobin: hej! ha ni pratat om det?", "sv", {"sofia": "PERSON", "robin": "PERSON"}),
        ("Samtal med Johan Lindroos i går. Johans arbetsgivare erbjuder mer.", "sv",
         {"Johan Lindroos": "PERSON", "Johans": "PERSON"}),  # a genitive, not the rare surname Johans
        ("Did anyone place a client there? Will's job coach left.", "en", {"Will's": "PERSON"}),
        ("En löydä numeroa mistään. Tietääkö sirpa tai joku muu?", "fi", {"sirpa": "PERSON"}),
        ("Lupasin laittaa sen. jonnalta sain vanhan version.", "fi", {"jonnalta": "PERSON"}),
        ("Tietääkö lääkäri tai joku muu? Pihalta sain lunta.", "fi", {}),
        ("Will he manage? I will see. Hope is a strange thing.", "en", {}),
        ("Quick one: a client of mine (41) has been on sick leave.", "en", {"41": "AGE"}),
        ("Han sa att han blir 64 i augusti.", "sv", {"64": "AGE"}),
        ("I keep thinking about my session with June on Friday.", "en", {"June": "PERSON"}),
        ("The course starts in June.", "en", {}),
        ("hej sofia, har du tid att kolla emils plan före fredag?", "sv", {"sofia": "PERSON", "emils": "PERSON"}),
        ("moi jonne, ehtisitkö katsoa helmin kuntoutussuunnitelman?", "fi", {"jonne": "PERSON", "helmin": "PERSON"}),
        ("hi all, does ulla-britt still have the template?", "en", {"ulla-britt": "PERSON"}),
        ("Keskustelu Niko Laineen kanssa. Niko on 19 ja keskeytti opinnot.", "fi",
         {"Niko Laineen": "PERSON", "Niko": "PERSON", "19": "AGE"}),
        ("Keskustelu Niko Laineen kanssa. Niko on 20 tuntia viikossa töissä.", "fi",
         {"Niko Laineen": "PERSON", "Niko": "PERSON"}),  # hours, not an age
        ("Arbetsprövning hos Bokhörnan börjar i maj.", "sv", {"Bokhörnan": "ORG"}),
        ("Työajalla 1.5.–30.6. ja tapaaminen klo 9.15–10.30.", "fi", {"1.5.": "DATE", "30.6.": "DATE"}),
        ("A work trial on 8–12 April.", "en", {"8–12 April": "DATE"}),
        ("Mä oon puhunu Heidin kaa.", "fi", {"Heidin": "PERSON"}),  # colloquial pronoun
        ("Satamassa oli hiljaista. Kotkat ja lokit kaartelivat.", "fi", {}),  # a plural, no town
        ("Tapaaminen:\n- Matti: kertoi nukkuneensa huonosti\n- Sali: B12\n- Plan: jatko", "fi", {"Matti": "PERSON"}),
        ("Can someone help? Will is a 34-year-old warehouse worker.", "en",
         {"Will": "PERSON", "34-year-old": "AGE"}),
        # round 8
        ("Lasten hoito on järjestetty. Eetun (8 v) ja Ainon (5) tarhapäivät ovat pitkiä.", "fi",
         {"Eetun": "PERSON", "8 v": "AGE", "Ainon": "PERSON", "5": "AGE"}),  # children's ages, 'Lasten' a word
        ("Hän on noin 40-vuotias ja about 40 years old. Toinen on 43-vuotias.", "fi", {"43-vuotias": "AGE"}),
        ("My client is a bus driver, 47, now on sick leave. The order, 22, came late.", "en", {"47": "AGE"}),
        ("He turned 60 in March.", "en", {"60": "AGE"}),  # the verb stays outside the age
        ("Referral: Arto Laine, customer no 55871, 58. He drives a forklift.", "en",
         {"Arto Laine": "PERSON", "55871": "ID", "58": "AGE"}),
        ("Mietin sitä pitkään. Uskon itse, että kokeilu auttaa.", "fi", {}),  # a verb and its että clause
        ("Asia on kesken. Neuvoin hakemaan tukea. Kestin, mutta en helposti.", "fi", {}),  # verbs, not genitives
        ("Kävimme sen läpi. Matin kanssa sovittiin jatkosta.", "fi", {"Matin": "PERSON"}),  # Matti, not Mati
        ("Tapasin Pekka Kiven. Selkä on kuin kivi. Kiven vaimo soitti.", "fi",
         {"Pekka Kiven": "PERSON", "Kiven": "PERSON"}),
        ("Mai Anh Tran came in. Anh is from abroad.", "en", {"Mai Anh Tran": "PERSON", "Anh": "PERSON"}),
        ("Grace under pressure is rare. Grace replied late, though.", "en", {"Grace": "PERSON"}),
        ("Thanks for reading. – R. T.", "en", {"R. T.": "PERSON"}),
        ("Kiitos!\nA.-M. S.", "fi", {"A.-M. S.": "PERSON"}),
        ("Vaihtoehdot ovat A. tai B. Päätös tehdään – viimeistään.\nPHQ-9 – 14 p.", "fi", {}),
        ("Kävin Dr Lindin kanssa läpi lausunnon.", "fi", {"Lindin": "PERSON"}),  # the title stays
        # round 9
        ("Kotona on kolmevuotias ja kaksikymmentäviisivuotias. Noin viisivuotias.", "fi",
         {"kolmevuotias": "AGE", "kaksikymmentäviisivuotias": "AGE"}),
        ("She has a three-year-old and a son, twenty-one years old.", "en",
         {"three-year-old": "AGE", "twenty-one years old": "AGE"}),
        ("Hon har en treåring hemma.", "sv", {"treåring": "AGE"}),
        ("Muista: poika Eetu 6v aloittaa koulun. Tyttö on Iida, 5 v, ja reipas.", "fi",
         {"Eetu": "PERSON", "6v": "AGE", "Iida": "PERSON", "5 v": "AGE"}),
        ("Her son Daniel is 6 and her daughter Emma is just 18 months.", "en",
         {"Daniel": "PERSON", "6": "AGE", "Emma": "PERSON", "18 months": "AGE"}),
        ("The client, Sophie Grönroos, is only 22, and tired.", "en", {"Sophie Grönroos": "PERSON", "22": "AGE"}),
        ("Tom is 3 times faster now.", "en", {"Tom": "PERSON"}),
        ("fiilis better than last time, ei enää itkenyt.", "fi", {}),  # a bare English word is no form of Timi
        ("tapaaminen jussi pelkosen kanssa meni ok", "fi", {"jussi pelkosen": "PERSON"}),
        ("call w/ frank laaksonen about the trial", "en", {"frank laaksonen": "PERSON"}),
        ("lumi valkoinen ja ilo iloinen", "fi", {}),
        ("tänään aino kerto ekaa kertaa lapsuudestaan", "fi", {"aino": "PERSON"}),  # a colloquial verb
        ("Soitti Raimo Kivi. kivi ei pääse ke tapaamiseen.", "fi", {"Raimo Kivi": "PERSON", "kivi": "PERSON"}),
        ("Tapasin Eino Salon. Mökki on keskellä saloa.", "fi", {"Eino Salon": "PERSON"}),
        ("Soitto Marjatta Koskelta. Ennen hän kävi kalassa koskella.", "fi", {"Marjatta Koskelta": "PERSON"}),
        ("About Faith Okafor: Faith never complained. Hope is a strange thing.", "en",
         {"Faith Okafor": "PERSON", "Faith": "PERSON"}),
        ("CV of Will Kangas. Will has ten years in IT. Will he be judged?", "en",
         {"Will Kangas": "PERSON", "Will": "PERSON"}),
        ("Samtal med Sten Öhman. Det låg som en sten. Sten har ont i ryggen.", "sv",
         {"Sten Öhman": "PERSON", "Sten": "PERSON"}),
        ("Kaipaisin vinkkejä. Haluaisin kysyä.", "fi", {}),  # conditional verbs, not Kaipainen
        ('hän sanoo aina "next week I\'ll apply" mut ei hae', "fi", {}),
        ("uploaded to Työmarkkinatori, met at Kauppatori", "fi", {"Kauppatori": "ADDRESS"}),  # a public service
        ("a work trial from 1.8., day shifts only; call at 9.30.", "en", {"1.8.": "DATE"}),
        ("Studier vid Östra Nylands Yrkesakademi?", "sv", {"Östra Nylands Yrkesakademi": "ORG"}),
        ("kenelle tää kuuluu? t. MK", "fi", {"MK": "PERSON"}),
        ("ringer igen i augusti. /AL", "sv", {"AL": "PERSON"}),
        ("Selvä, palataan - OK", "fi", {}),
        ("ohjaaja Wilma vastaa puhelimeen. Kaikki tiedot ovat Wilmassa.", "fi", {"Wilma": "PERSON"}),
        ("Sovittu:\n1) onni hoitaa lasten kuljetukset\n2) hyvä onni on ollut matkassa", "fi", {"onni": "PERSON"}),
        ("- tiimi lupas selvittää asian ensi viikolla", "fi", {}),  # a verb before a verb
        ("enligt honom sov en björn i trädgården", "sv", {}),  # a noun after an article
        ("vaikka aino on jo 44, hän", "fi", {"aino": "PERSON", "44": "AGE"}),  # a lower-case name and its age
        ("uusi asiakas: vilja on tosi ujo mutta sinnikäs", "fi", {"vilja": "PERSON"}),
        ("lumi on tosi kiva tänä vuonna, hinta on jo 44 €", "fi", {}),
        # round 10
        ("Hetu 290667-205E. Työskentelee Savon Sähköasennus Oy:ssä.", "fi",
         {"290667-205E": "ID", "Savon Sähköasennus Oy": "ORG"}),  # a verb opening the sentence stays
        ("Tili päivitetty. Kuntoutusselvitys Kuntoutuskeskus Lehtolassa alkaa.", "fi",
         {"Kuntoutuskeskus Lehtolassa": "ORG"}),  # a compound of ordinary words stays
        ("Pekalla on 31 vuoden työura. Pekka on 19 ja opiskelee.", "fi", {"Pekalla": "PERSON", "Pekka": "PERSON",
                                                                          "19": "AGE"}),
        ("Jari Mäki (kaikille Jartsa) tuli. Jartsakin on alkanut miettiä.", "fi",
         {"Jari Mäki": "PERSON", "Jartsa": "PERSON", "Jartsakin": "PERSON"}),
        ("Olisiko etävalmennus ollut Aslakille hyvä? Hän kävi Aslak-kurssilla.", "fi", {"Aslakille": "PERSON"}),
        ("Kiitos jutusta. Onni on 17 ja keskeytti lukion.", "fi", {"Onni": "PERSON", "17": "AGE"}),
        ("The course is next week. Mark is 36 and hasn't studied since.", "en", {"Mark": "PERSON", "36": "AGE"}),
        ("I think of May Lind. I'll ask May first. The course starts in May.", "en",
         {"May Lind": "PERSON", "May": "PERSON"}),
        ("Met Hope Mwangi. Hope is a qualified nurse. Hope is a strange thing.", "en",
         {"Hope Mwangi": "PERSON", "Hope": "PERSON"}),
        ("Stig Nyman kom. Han går längs stigen vid ån.", "sv", {"Stig Nyman": "PERSON"}),
        ("paikalla tt-hoitaja Työterveys Aallosta", "fi", {"Työterveys Aallosta": "ORG"}),
        ("Paikka vahvistui: Lännen Kone ja Kuljetus Oy aloittaa.", "fi", {"Lännen Kone ja Kuljetus Oy": "ORG"}),
        # round 11
        ("Reflektio Gibbsin mallilla.\nAnalyysi: Gibbsin syklin valossa. Using Kolb, I see.", "fi", {}),
        ("Kuvassa näkyi hetun alku 070312B, poistin sen.", "fi", {"070312B": "ID"}),
        ("her son Noah, 6, who was diagnosed; scores 3, 5, 7", "en", {"Noah": "PERSON", "6": "AGE"}),
        ("a fisherman from a tiny village, Bergö, and the city council", "en", {"Bergö": "LOCATION"}),
        ("Is that our role? Will, you had something similar? Hope, you know, is fragile.", "en", {"Will": "PERSON"}),
        ("Could we take this to the Friday group?\n– Pat", "en", {"Pat": "PERSON"}),
        ("Seuraavaksi:\n- soitto\n- Palaute", "fi", {}),  # the end of a list is no signature
        ("Asiaa hoitaa Tuuli Salonen. Tuulet ovat kääntyneet.", "fi", {"Tuuli Salonen": "PERSON"}),
        ("Perheen isä on Jari Virtanen. Virtaset ovat molemmat työttömänä.", "fi",
         {"Jari Virtanen": "PERSON", "Virtaset": "PERSON"}),
        ("Björn Ek sa att han skäms. En björn i ide, kallade han sig.", "sv", {"Björn Ek": "PERSON"}),
        ("Tausta. Puheterapeutti Niina Leinonen suositteli.", "fi", {"Niina Leinonen": "PERSON"}),
        # round 12
        ("Work trial Mon–Thu 8.00–14.00, työaika ma–to.", "en", {}),  # weekdays, not the name Thu
        ("Thank you for the meeting. As agreed, the trial starts.", "en", {}),
        ("Työssä 4 h/pv. Raskaat tehtävät poistetaan. Liitteenä B-lausunto.", "fi", {}),
        ("Sovittiin 3 pv/vk. Taisto on jaksanut hyvin.", "fi", {"Taisto": "PERSON"}),
        ("Kela-päätöksen numero: KE-99-2025-00471", "fi", {"KE-99-2025-00471": "ID"}),
        ("Han säger att han är för gammal. Han är bara 59 år.", "sv", {"59 år": "AGE"}),
        ("The client, age 55, is here.", "en", {"55": "AGE"}),  # the word stays
        ("his assessment at Neuropsykiatrinen klinikka Selkeä is pending", "en",
         {"Neuropsykiatrinen klinikka Selkeä": "ORG"}),
        ("Hän kävi Oulun kipupoliklinikalla.", "fi", {"Oulun": "LOCATION"}),  # a generic unit of a place
        ("Työskennellyt Turun Kalajaloste Oy:ssä vuodesta 2010.", "fi", {"Turun Kalajaloste Oy": "ORG"}),
        ("Kiitos tapaamisesta.\nT. Mervi", "fi", {"Mervi": "PERSON"}),  # T. is terveisin, not an initial
        ("Kävimme läpi K. Virtasen lausunnon.", "fi", {"K. Virtasen": "PERSON"}),
        # round 13
        ("Han är bara 35, har två små barn. He is actually 61, and tired.", "sv", {"35": "AGE", "61": "AGE"}),
        ("She is 3 weeks into the trial.", "en", {}),
        ("Every plan stalls until August. Summer, my client, is tired.", "en", {"Summer": "PERSON"}),
        ("Help needed: Jack (Jaakko really) is stuck.", "en", {"Jack": "PERSON", "Jaakko": "PERSON"}),
        ("The review went well. Rose has done her work trial.", "en", {"Rose": "PERSON"}),
        ("Hope has lost its shine.", "en", {}),
        ("Meeting went well. Segun is 57, a bus driver.", "en", {"Segun": "PERSON", "57": "AGE"}),
        ("Tausta.\nKuntoutuja on 33-vuotias varastotyöntekijä.", "fi", {"33-vuotias": "AGE"}),
        ("Joy translated into English for us.", "en", {"Joy": "PERSON"}),
        # round 14
        ("Perhe muutti. Virtasten perheessä on kolme lasta. Miten lasten kanssa menee?", "fi",
         {"Virtasten": "PERSON"}),  # a plural genitive of a -nen surname
        ("A client of mine (29, ADHD) wants to retrain.", "en", {"29": "AGE"}),
        ("Hon var 19 år när det började. Hon har varit 19 år i firman.", "sv", {"19 år": "AGE"}),
        ("Contact her directly if needed. Mark", "en", {"Mark": "PERSON"}),  # a one-word last sentence
        ("That is all. Hope.", "en", {}),
        ("Mietin asiaa: kun molemmat vaihtuvat, uupumus iskee. Kävelin pellon laitaa; vilja oli kylvetty.", "fi",
         {}),  # lower case after a colon or a semicolon is no chat style
        # round 15
        ("Kake (virallisesti Kari-Pekka Rönkkö) tuli ajoissa.", "fi",
         {"Kake": "PERSON", "Kari-Pekka Rönkkö": "PERSON"}),
        ("Läsnä Jari Nurmi ja lääkäri Laine. Nurmi oli hiljainen, mutta hyväksyi.", "fi",
         {"Jari Nurmi": "PERSON", "Laine": "PERSON", "Nurmi": "PERSON"}),
        ("Sovittiin.\nTyöterveysneuvottelu Uudenkaupungin Telakkapalvelu Oy:ssä.", "fi",
         {"Uudenkaupungin Telakkapalvelu Oy": "ORG"}),  # an action noun opening the sentence stays
        ("Aloitti työkokeilun 3.3. Lumitähti Siivous Oy:ssä.", "fi",
         {"3.3.": "DATE", "Lumitähti Siivous Oy": "ORG"}),  # a compound company name stays whole
        # round 16
        ("Hän aloittaa syksyllä Raahen seudun aikuisopistossa.", "fi", {"Raahen seudun aikuisopistossa": "ORG"}),
        ("The trial ended on 18 March 2025. Company ID 3106482-4.", "en",
         {"18 March 2025": "DATE", "3106482-4": "ID"}),  # a field label, not a company
    ],
)
def test_patterns_from_the_held_out_rounds(text: str, lang: str, expected: dict[str, str]) -> None:
    assert {f.text: f.label for f in scrub(text, lang=lang).findings} == expected


def test_a_rare_name_that_is_a_common_names_genitive_is_that_person() -> None:
    """Timon is a listed name of 13 people and the genitive of Timo (50,000): one person, ending kept."""
    assert scrub("Sovimme Timon kanssa. Timo soitti.", lang="fi").text == "Sovimme [Henkilö A]:n kanssa. [Henkilö A] soitti."
    res = scrub("Tapasin Raimo Kiven. Kiven vaimo soitti.", lang="fi")
    assert res.text == "Tapasin [Henkilö A]:n. [Henkilö A]:n vaimo soitti.", res.text
