"""Person names in careful prose (prose_names.py): every rule of RULES has a sentence where it finds the
name whole and a precision trap where a neighbouring word survives."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.prose_names import RULES
from tests.support.rule_cases import assert_every_rule_has_cases, assert_left

# (rule, lang, text, span that one PERSON finding must cover whole)
POSITIVES = [
    ("found_initials", "fi", "Läsnä: Olavi Kettunen (valmentaja), Riikka Mäki\nVastuut: hakemus – OK, sopimus – RM ja OK", "RM"),
    ("found_initials", "fi", "Läsnä: Olavi Kettunen (valmentaja), Riikka Mäki\nTehtävät: OK varaa ajan, RM pyytää lausunnon.", "OK"),
    ("found_initials", "en", "Present: Anna-Liisa Koski (coach), Tom Berg\nActions: ALK books the room, T.B. calls.", "ALK"),
    ("form_label", "sv", "Namn: Wilma Blomqvist\nHon har varit sjukskriven sedan i våras.", "Wilma Blomqvist"),
    ("form_label", "en", "Name: Hope Adeyemi\nShe has been on sick leave since spring.", "Hope Adeyemi"),
    ("form_label", "fi", "Asiakas: Lumi Rantanen\nHän on ollut sairauslomalla keväästä.", "Lumi Rantanen"),
    ("form_label", "en", "Name: Sirikit Wongsawat (prefers \"Siri\")\nReferred by the GP.", "Sirikit Wongsawat"),
    ("word_name_repeat", "fi", "Into on ollut aktiivinen koko syksyn.\nLäsnä: Into Pulkkinen (asiakas), Riikka Mäki", "Into"),
    ("particle_bridge", "en", "Meeting with Rosalinda dela Paz and Maria de los Santos about the trial.", "Rosalinda dela Paz"),
    ("particle_bridge", "en", "Meeting with Rosalinda dela Paz and Maria de los Santos about the trial.", "Maria de los Santos"),
    ("particle_bridge", "fi", "Tapasin eilen Rosalinda dela Pazin työkokeilupaikalla.", "Rosalinda dela Pazin"),
    ("particle_bridge", "fi", "Asiakas Rosalie Dela Cruz, 38, tuli käymään.", "Rosalie Dela Cruz"),
    ("particle_bridge", "en", "Maria De Los Reyes called about the course.", "Maria De Los Reyes"),
    ("particle_bridge", "en", "Juan De La Cruz works nights at the depot.", "Juan De La Cruz"),
    ("owner_initials", "fi", "Sovitut asiat:\n- Kela-hakemus, vastuu PK\n- CV:n päivitys (vastuu TS)", "PK"),
    ("owner_initials", "fi", "Sovitut asiat:\n- Kela-hakemus, vastuu PK\n- CV:n päivitys (vastuu TS)", "TS"),
    ("owner_initials", "fi", "- soitto työnantajalle, vastuu: LS ja KJ", "KJ"),
    ("owner_initials", "sv", "- ansökan om praktik, ansvar: KJ", "KJ"),
    ("owner_initials", "en", "Actions:\n- CV review, owner: MB", "MB"),
    ("owner_initials", "fi", "- TE-toimistoon soitto (vastaa XR)\n- PHQ-9 uusitaan, hoitaa XV", "XV"),
    ("owner_initials", "en", "2. Book the OT assessment – Responsible: XL\n3. Funding – assigned to XW", "XW"),
    ("found_initials", "fi", "Sovittiin: EH hoitaa B-lausunnon.\nLäsnä: Xirja Kallio, Dr Holm (työterveys, EH)", "EH"),
    ("found_initials", "fi", "Läsnä: Outi Rantanen (ohjaaja)\nTehtävät\nlausunto;vk 24\nOR;aika;vk 25", "OR"),
    ("role_bracket", "sv", "Hej,\nAzadeh (klienten) frågar om praktik på lagret.", "Azadeh"),
    ("role_bracket", "fi", "Hei,\nYohannes (asiakas, 34) kysyy työkokeilusta.", "Yohannes"),
    ("bracketed_name", "en", "Status: client B – stuck; client C (June) – starts at the daycare next week.", "June"),
    ("bracketed_name", "fi", "Asiakas B (Lumi) aloittaa työkokeilun ensi viikolla.", "Lumi"),
    ("item_age", "en", "Clients this week:\nC: Faith, 37. Faith in the process is low, says her father.", "Faith"),
    ("item_age", "fi", "Asiakkaat:\n- Hope, 29, aloittaa kurssin.", "Hope"),
    ("preferred_name", "en", "Sasha, as he prefers to be called, is motivated but worried.", "Sasha"),
    ("attendee_item", "fi", "Läsnä: Tesfay, Riikka (valmentaja) ja allekirjoittanut\nKäytiin läpi tilanne.", "Tesfay"),
    ("attendee_item", "sv", "Närvarande: Azadeh, handläggare Sara och jag\nVi gick igenom läget.", "Azadeh"),
    ("attendee_item", "fi", "Läsnä: XK, PQ ja TE-asiantuntija\nSovittiin jatkosta.", "PQ"),
    ("attendee_item", "fi", "Läsnä: XK (valmentaja), Xelle Qoja (asiakas, työkokeilu)\nSovittiin.", "Xelle Qoja"),
    ("attendee_item", "fi", "Läsnä: QO (asiakas), A-XH (työterveyshoitaja), TK (valmentaja, kirjaaja)\nSovittiin.", "A-XH"),
    ("attendee_item", "fi", "Läsnä: QO (asiakas), A-XH (työterveyshoitaja), TK (valmentaja, kirjaaja)\nSovittiin.", "TK"),
    ("attendee_item", "fi", "Osallistujat: asiakas Q.X.; lääkäri V-X Q., valmentaja TK\nSovittiin.", "V-X Q."),
    ("attendee_item", "sv", "Närvarande: QX (klient), SE (coach)\nFrånvarande: M-QH (FPA)\nSE ringer.", "M-QH"),
    ("owner_initials", "fi", "- CV:n päivitys, tekijä: XQ", "XQ"),
    ("subject_name", "sv", "Ämne: SV: Azadeh – praktik\n\nHej,\ntack!", "Azadeh"),
    ("subject_name", "fi", "Aihe: Re: Tesfayn työkokeilu\n\nHei kaikki,\nkiitos.", "Tesfayn"),
    ("subject_name", "fi", "Aihe: Työkokeilu / XK\n\nHei kaikki,\nkiitos.", "XK"),
    ("subject_name", "fi", "Aihe: VS: QK:n työkokeilu\n\nHei kaikki,\nkiitos.", "QK"),
    ("given_before_surname", "fi", "Yevhen Pidhirnyi aloitti kielikurssin.", "Yevhen Pidhirnyi"),
    ("word_name_surname", "fi", "Palaveri pidettiin. Valo Kiven mukaan tilanne on parempi.", "Valo Kiven"),
    ("word_name_surname", "en", "Participants: Onni Saari (client); Lumi Harju (coach, minutes)", "Onni Saari"),
    ("word_name_surname", "en", "Present:\n- Lumi Harju (coach, minutes)\n- Onni Saari (client)", "Onni Saari"),
    ("part_repeat", "en", "Chornovol has a degree in engineering. We met Oleksii Chornovol on Tuesday.", "Chornovol"),
    ("part_repeat", "fi", "Yevhen on motivoitunut. Yevhen Pidhirnyi aloitti kurssin.", "Yevhen"),
    ("hyphen_role", "fi", "Sovin asiasta Anna-ohjaajan kanssa eilen.", "Anna"),
    ("hyphen_role", "fi", "Kysyin asiaa Sari-tulkilta ja Minna-esihenkilöltä.", "Sari"),
    ("opening_full_name", "en", "What happened: Zbigniew Kowalczyk (he turned 41 on 3 May) told me he wants out.",
     "Zbigniew Kowalczyk"),
    ("opening_full_name", "fi", "Kuvaus: Przemek Szczepański kertoi, että työkokeilu päättyi.", "Przemek Szczepański"),
    ("opening_full_name", "sv", "Beskrivning: Bogdan Wróbel (fyllde 44) berättade om sjukskrivningen.", "Bogdan Wróbel"),
    ("opening_full_name", "fi", "Tilanne on hyvä. Grzegorz Żmuda (täytti 37) soitti eilen.", "Grzegorz Żmuda"),
]

# (rule, lang, text, a word no finding may touch)
TRAPS = [
    ("found_initials", "fi", "Läsnä: Olavi Kettunen (valmentaja)\nTehtävät: TE varaa ajan. Kaikki on OK nyt.", "TE"),
    ("found_initials", "fi", "Läsnä: Olavi Kettunen (valmentaja)\nTehtävät: lausunto. Kaikki on OK nyt.", "OK"),
    ("found_initials", "fi", "Osallistujat: Olli Kangas (OK), ohjaaja.\nKaikki on OK. OK, jatketaan.", "OK."),
    ("found_initials", "fi", "Osallistujat: Olli Kangas (OK), ohjaaja.\nKaikki on OK. OK, jatketaan.", "OK,"),
    ("found_initials", "en", "Paula Mills 3:12 PM\nthanks, see you at 4 PM", "PM"),
    ("form_label", "fi", "Nimi: Työkokeilu Ilona\nSuunnitelma valmis.", "Työkokeilu"),
    ("form_label", "fi", "Asiakas: Kela (kuntoutus), TE-palvelut\nSuunnitelma valmis.", "Kela"),
    ("word_name_repeat", "fi", "Läsnä: Into Pulkkinen (asiakas)\nKeskusteltiin pitkään. Into työhön on kasvanut syksyn aikana.", "Into työhön"),
    ("particle_bridge", "en", "I met Maria de facto every week in May.", "facto"),
    ("particle_bridge", "fi", "Asiakas Rosalie Dela Kelaan huomenna, hän on 38.", "Kelaan"),
    ("particle_bridge", "en", "In De La Cruz case the client waited.", "In"),
    ("owner_initials", "fi", "- TE-toimiston lausunto, vastuu TE\n- kuntoutus, vastuu: TYK", "TYK"),
    ("owner_initials", "fi", "- TE-toimiston lausunto, vastuu TE\n- kuntoutus, vastuu: TYK", "vastuu TE"),
    ("owner_initials", "en", "Actions:\n- payroll, owner: HR\n- laptop, owner: IT", "HR"),
    ("owner_initials", "fi", "- lausunto, hoitaa TT\n- hakemus, vastaa KELA", "TT"),
    ("found_initials", "fi", "Läsnä: Xirja Kallio (valmentaja), Dr Holm (työterveys, TE)\nTE ja Kela hoitavat.", "TE ja"),
    ("role_bracket", "fi", "Hän (asiakas) kertoi, että Kela (etuus) maksaa.", "Kela"),
    ("role_bracket", "en", "The Client (client) form is ready.", "Client"),
    ("bracketed_name", "en", "The client (Kela) form is ready and the client B (Ryhmä) list too.", "Kela"),
    ("item_age", "en", "Clients this week:\nC: Faith, 37. Faith in the process is low, says her father.", "Faith in"),
    ("item_age", "fi", "Tulokset:\n- Kela, 45 % hakemuksista hyväksyttiin.", "Kela"),
    ("preferred_name", "en", "He, as he prefers to be called, is fine.", "He"),
    ("attendee_item", "fi", "Läsnä: Kela, TE-toimisto, Työnantaja ja Asiakas\nKäytiin läpi.", "TE-toimisto"),
    ("attendee_item", "fi", "Läsnä: Kela, TE-toimisto, Työnantaja ja Asiakas\nKäytiin läpi.", "Työnantaja"),
    ("attendee_item", "fi", "Läsnä: TE, KELA, HR ja asiakas\nKäytiin läpi.", "HR"),
    ("attendee_item", "fi", "Läsnä: QO (asiakas), TE (työllisyyspalvelut)\nKäytiin läpi.", "TE"),
    ("attendee_item", "fi", "Läsnä: QO (asiakas), TK (valmentaja)\nKäynti TK:ssa maanantaina.", "TK:ssa"),
    ("subject_name", "fi", "Aihe: VS: Verkostopalaverin muistio\n\nHei,\nkiitos.", "Verkostopalaverin"),
    ("subject_name", "sv", "Ämne: Praktikplats för hösten\n\nHej,\ntack!", "Praktikplats"),
    ("subject_name", "fi", "Aihe: OT arvio ja TE:n lausunto / CV\n\nHei,\nkiitos.", "TE"),
    ("subject_name", "fi", "Aihe: OT arvio ja TE:n lausunto / CV\n\nHei,\nkiitos.", "OT"),
    ("subject_name", "fi", "Aihe: OT arvio ja TE:n lausunto / CV\n\nHei,\nkiitos.", "CV"),
    ("given_before_surname", "fi", "Saimme B-lausunnon T. Lehtolalta eilen.", "B-lausunnon"),
    ("given_before_surname", "fi", "Neurologi Kaarina Vuorela soitti.", "Neurologi"),
    ("word_name_surname", "fi", "Toivo on, että asia etenee. Lumi satoi eilen. Onni oli matkassa.", "Toivo"),
    ("word_name_surname", "fi", "Toivo Suomen talouden mukaan on vielä.", "Toivo"),
    ("word_name_surname", "fi", "Muistio:\n- Toivo on, että Saari (asiakas) jatkaa kurssilla.", "Toivo"),
    ("part_repeat", "fi", "Chat:\nTiia Korhola: hei\nTiia Korhola: kiitos", ": hei"),
    ("hyphen_role", "fi", "Sovin asiasta Anna-ohjaajan kanssa eilen.", "ohjaajan"),
    ("hyphen_role", "fi", "Kävimme Kela-asiakkaan kanssa läpi lomakkeet.", "Kela-asiakkaan"),
    ("opening_full_name", "en", "What happened: Sick Leave Ended (after 3 months) and she told me.", "Sick Leave"),
    ("opening_full_name", "fi", "Kuvaus: Työkokeilu Keskeytyi (kesäkuussa 2024), kertoi asiakas.", "Työkokeilu"),
    ("opening_full_name", "en", "Next Steps (in 2 weeks) said the plan.", "Next Steps"),
    ("opening_full_name", "en", "The client moved from Łódź Kaliska (in 2019) and told me so.", "The client"),
]


def _persons(text: str, lang: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in scrub(text, lang=lang).findings if f.label == "PERSON"]


@pytest.mark.parametrize(("rule", "lang", "text", "span"), POSITIVES)
def test_name_is_whole(rule: str, lang: str, text: str, span: str) -> None:
    assert rule in RULES
    s = text.index(span)
    assert any(a <= s and s + len(span) <= b for a, b in _persons(text, lang)), (rule, scrub(text, lang=lang).findings)


@pytest.mark.parametrize(("rule", "lang", "text", "word"), TRAPS)
def test_neighbour_survives(rule: str, lang: str, text: str, word: str) -> None:
    assert rule in RULES
    assert_left(text, lang, word, why=rule)


def test_every_rule_has_a_positive_and_a_trap() -> None:
    assert_every_rule_has_cases(RULES, POSITIVES, TRAPS)


# Name growth and initials never take a known medical or service acronym (acronyms.py; the KEEP vocabulary)
ACRONYM_CASES = [
    ("en", "Note: Amir's ADHD medication was changed last week.", "Amir", "ADHD"),
    ("sv", "Leilas PTSD har blivit värre sedan i våras.", "Leilas", "PTSD"),
    ("en", "Met Amir COPD nurse today.", "Amir", "COPD"),
    ("fi", "Läsnä: Anna Sofia Dahl (valmentaja)\nTehtävät: esite – ASD ja KELA", "Anna Sofia Dahl", "ASD"),
    ("fi", "Läsnä: Minna Salo (valmentaja)\nMinna Salo kertoi, että asiakkaalla on MS. Hoito jatkuu.", "Minna Salo", "MS."),
    ("fi", "Sovitut asiat:\n- lausunto, vastuu ALS\n- hakemus, vastuu COPD", "", "ALS"),
]


@pytest.mark.parametrize(("lang", "text", "name", "acronym"), ACRONYM_CASES)
def test_acronym_after_a_name_survives(lang: str, text: str, name: str, acronym: str) -> None:
    found = _persons(text, lang)
    if name:
        s = text.index(name)
        assert any(a <= s and s + len(name) <= b for a, b in found), found
    s = text.index(acronym)
    assert not any(a < s + len(acronym) and s < b for a, b in found), found


def test_real_initials_after_a_name_still_found() -> None:
    text = "Läsnä: Liisa Halonen (valmentaja), Anna K.\nTehtävät: hakemus, owner: LH"
    found = [text[a:b] for a, b in _persons(text, "fi")]
    assert "LH" in found and any(f.startswith("Anna K") for f in found), found
    # two letters that are also an acronym stay a found person's initials in a list position
    text = "Läsnä: Minna Salo (valmentaja), Riikka Mäki\nVastuut: hakemus – RM ja MS"
    assert "MS" in [text[a:b] for a, b in _persons(text, "fi")]


OPENING = [  # the rule itself fires (other rules may find some of these too)
    ("What happened: Zbigniew Kowalczyk (he turned 41 on 3 May) told me he wants out.", "Zbigniew Kowalczyk"),
    ("What happened: Ştefan Ţurcanu (he turned 41 on 3 May) told me.", "Ştefan Ţurcanu"),
    ("Kuvaus: Wojsław Brzęczek kertoi, että työkokeilu päättyi.", "Wojsław Brzęczek"),
    ("Beskrivning: Dragomir Vrtačnik (fyllde 44) berättade om sjukskrivningen.", "Dragomir Vrtačnik"),
    ("Tilanne on hyvä. Radomił Chrząszcz (täytti 37) soitti eilen.", "Radomił Chrząszcz"),
    ("**What happened:** Ştefan Radu Ţurcanu (41) told me.", "Ştefan Radu Ţurcanu"),
]
OPENING_TRAPS = [
    "What happened: Sick Leave Ended (after 3 months) and she told me.",
    "Kuvaus: Työkokeilu Keskeytyi (kesäkuussa 2024), kertoi asiakas.",
    "Tapahtuma: Sairausloma Päättyi, kertoi asiakas.",
    "Next Steps (in 2 weeks) said the plan.",
    "The client moved to Łódź Kaliska (in 2019) and told me so.",
]


def _opening(text: str) -> list[str]:
    from coachdesk.privacy.lexicon import get_lexicon
    from coachdesk.privacy.prose_names import _opening_full_names
    from coachdesk.privacy.tokens import tokenize

    return [text[c.start : c.end] for c in _opening_full_names(text, tokenize(text), get_lexicon())]


@pytest.mark.parametrize(("text", "name"), OPENING)
def test_opening_full_name_fires(text: str, name: str) -> None:
    assert _opening(text) == [name]


@pytest.mark.parametrize("text", OPENING_TRAPS)
def test_opening_full_name_trap(text: str) -> None:
    assert _opening(text) == []


def test_cee_letters_are_evidence_only() -> None:
    from coachdesk.privacy.name_words import cee_letters

    assert cee_letters("Wiśniewski") and cee_letters("Łódź") and not cee_letters("Virtanen")
    # a place after a place cue keeps being a place: the letters alone decide nothing
    assert _opening("Hän muutti Łódźista Suomeen.") == []


def _repeats_by_find(text, toks, persons):
    """The rules word_name_repeat and part_repeat as they were written first (a str.find pass per name)."""
    import bisect

    from coachdesk.privacy.inflection import analyses
    from coachdesk.privacy.lexicon import COMMON, FIRST, KEEP, PLACE, get_lexicon
    from coachdesk.privacy.prose_names import _NAME_PART, _REPEAT_VERB

    lex = get_lexicon().for_language("fi")
    out = []
    firsts = {}
    for c in persons:
        name = text[c.start : c.end]
        parts = name.split()
        if " " in name and 2 <= len(parts) <= 3 and parts[0] not in firsts and parts[0][:1].isupper() and lex.lookup(parts[0])[0] & FIRST:
            firsts[parts[0]] = c.key
    by_start = {t.start: t for t in toks}
    for first, key in firsts.items():
        i = text.find(first + " ")
        while i >= 0:
            t = by_start.get(i)
            if i not in {c.start for c in persons} and _REPEAT_VERB.match(text, i + len(first)) and t is not None and t.sent_start and t.text == first:
                out.append((t.start, t.end, key))
            i = text.find(first + " ", i + 1)
    parts = {}
    for c in persons:
        if " " not in text[c.start : c.end]:
            continue
        words = _NAME_PART.findall(text, c.start, c.end)
        if 2 <= len(words) <= 3:
            for w in words:
                low = w.lower()
                if len(low) >= 4 and low not in lex.frequent and not lex.lookup(w)[0] & (COMMON | KEEP | PLACE):
                    parts[low] = c.key
    starts = [t.start for t in toks]
    taken = {(c.start, c.end) for c in persons}
    for low, key in parts.items():
        stem = low[0].upper() + low[1:-1] if len(low) >= 5 else low[0].upper() + low[1:]
        pos = text.find(stem)
        while pos >= 0:
            k = bisect.bisect_left(starts, pos)
            if k < len(toks) and toks[k].start == pos and (pos, toks[k].end) not in taken:
                t = toks[k]
                if t.lower == low or low in {b for b, _ in analyses(t.lower)}:
                    out.append((t.start, t.end, key))
            pos = text.find(stem, pos + 1)
    return out


@pytest.mark.parametrize("text", [
    "Tapasin Mervi Kallion ja Onni Kallio-Saaren. Mervi kertoi, että Kallion perhe muuttaa. Onni soitti.\n"
    "Kallio-Saari on mukana. Mervi soittaa huomenna. Kallion Mervi; Saaren Onni. Onni on ollut poissa.",
    "Liisa Virtanen ja Liisa Nokelainen tulivat. Liisa kertoi. Virtasen Liisa, Nokelaisen kanssa. Nokelainen soitti",
])
def test_repeat_rules_find_what_a_pass_per_name_found_in_the_same_order(text, monkeypatch) -> None:
    from coachdesk.privacy import per_text, prose_names
    from coachdesk.privacy.lexicon import get_lexicon
    from coachdesk.privacy.spans import Cand
    from coachdesk.privacy.tokens import tokenize

    lex = get_lexicon().for_language("fi")
    toks = tokenize(text)
    persons = []
    for name in ("Mervi Kallion", "Onni Kallio-Saaren", "Liisa Virtanen", "Liisa Nokelainen"):
        at = text.find(name)
        if at >= 0:
            persons.append(Cand(at, at + len(name), "PERSON", "person", "test", 40, key=(name.split()[0].lower(), name)))
    for many in (24, 1):  # a few names: a pass over the text per name; many: one pass over the words
        monkeypatch.setattr(prose_names, "_MANY_NAMES", many)
        with per_text.scope():
            got = [(c.start, c.end, c.key) for c in prose_names._word_name_repeats(text, toks, lex, persons)]
            got += [(c.start, c.end, c.key) for c in prose_names._around_found(text, toks, lex, persons)
                    if "part_repeat" in c.reason]
        assert got == _repeats_by_find(text, toks, persons)
    assert len(got) >= 2 and len({k for _, _, k in got}) >= 2 if "Mervi" in text else got


@pytest.mark.parametrize(("lang", "text", "later"), [
    ("fi", "Osallistujat: Olli Kangas (OK), ohjaaja.\nAsiakas haluaa jatkaa. OK on tyytyväinen.", "OK on"),
    ("sv", "Närvarande: Hans Roos (HR, ägare).\nHon bär inte krukor. HR kan tänka sig kassan.", "HR kan"),
])
def test_initials_a_bracket_gives_are_the_person_later_too(lang: str, text: str, later: str) -> None:
    """found_initials: capitals that are a word (OK, HR) once a bracket gives them as a person's initials."""
    s = text.index(later)
    assert any(a <= s and s + 2 <= b for a, b in _persons(text, lang)), scrub(text, lang=lang).text


def test_attendee_initials_are_the_same_person_again() -> None:
    """Initials an attendee line gives a person are that person elsewhere in the text; capitals that also read as
    something else (`TK`) only before a lower-case word, never with a case ending."""
    text = ("Läsnä: QO (asiakas), A-XH (työterveyshoitaja), TK (valmentaja)\n"
            "A-XH kertoi, että TK soittaa. A-XH:n lausunto tulee. Käynti TK:ssa maanantaina.")
    res = scrub(text, lang="fi")
    assert "A-XH" not in res.text and "TK soittaa" not in res.text, res.text
    assert "TK:ssa" in res.text, res.text
    letter = {f.text: f.replacement for f in res.findings}
    assert len({r for t, r in letter.items() if t == "A-XH"}) == 1
    assert [f.replacement for f in res.findings if f.text == "A-XH"].count(letter["A-XH"]) == 3


def test_initials_found_in_brackets_are_found_again_after_a_numbered_item() -> None:
    text = "Kokous\nOsallistujat: Matti Ojala (asiakas), Tiina Koivula (TK, työkokeilun ohjaaja)\n4. TK: ehdottaa työkokeilua."
    at = text.rindex("TK")
    assert any(a <= at and at + 2 <= b for a, b in _persons(text, "fi")), scrub(text, lang="fi").text

