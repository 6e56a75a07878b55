"""The name rules one by one, the decision table, the trace and ``scrub --explain``, and the golden output.

Each rule of ``name_decision.RULES`` has a sentence where it fires on a word and one where it does not
(a new rule needs a row in CASES: ``test_every_rule_has_a_case``). The rule is observed in the real
pipeline, through the trace (``name_trace.collecting``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.privacy import morphology, name_decision, ner_model, scrub, spelling
from coachdesk.privacy.lexicon import FIRST, INTL, SUR, get_lexicon
from coachdesk.privacy.name_decision import RULES, THRESHOLDS, VETO, decision
from coachdesk.privacy.name_trace import collecting, current
from tests.conftest import run_cli
from tests.unit.privacy.golden_names import DEV, GOLDEN, HELDOUT, digest, outputs

# rule id, language, sentence where it fires on word, word, sentence where it does not, word[, its language]
CASES: list[tuple[str, ...]] = [
    ('cand.label_or_short', 'fi', 'Hän on töissä Vesi Oy:llä.', 'Oy', 'Hän on töissä Oivan luona.', 'Oivan'),
    ('cand.digit', 'fi', 'Huone B214 on vapaa.', 'B214', 'Huone Bertta on vapaa.', 'Bertta'),
    ('cand.contraction', 'en', "I think it's fine.", "it's", 'I think its fine.', 'its'),
    ('cand.en_short', 'en', 'Met Olena at the office.', 'at', 'Tapasin Olenan at toimistolla.', 'at', 'fi'),
    ('cand.weekday_range', 'en', 'Open Mon–Thu 8–14.', 'Mon', 'Mon said hello.', 'Mon'),
    ('cand.pronoun', 'sv', 'Han är 56 år.', 'Han', 'Han on 56-vuotias.', 'Han', 'fi'),
    ('kept.region_surname', 'fi', 'Kauppias Erkki Lappi jää eläkkeelle.', 'Lappi', 'Erkki muutti Lappiin viime vuonna.', 'Lappiin'),
    ('cand.reference', 'fi', 'Katso Taulukko 2 ja Liite 3.', 'Taulukko', 'Lapsi Sade 4 v on kotona.', 'Sade'),
    ('caps.name', 'fi', 'Asiakas MATTI VIRTANEN oli kotona.', 'MATTI', 'Asiakas kävi KELASSA eilen.', 'KELASSA'),
    ('caps.other', 'fi', 'Asiakas kävi KELASSA eilen.', 'KELASSA', 'Asiakas MATTI VIRTANEN oli kotona.', 'MATTI'),
    ('kept.after_role', 'fi', 'Puhuin ohjaaja Wilma kanssa.', 'Wilma', 'Katsoin asian Wilmasta.', 'Wilmasta'),
    ('kept.person_case', 'fi', 'Olisiko etävalmennus ollut Aslakille hyvä?', 'Aslakille', 'Hän pääsi Aslak-kurssille.', 'Aslak-kurssille'),
    ('kept.word', 'fi', 'Asiakas kävi Kelassa.', 'Kelassa', 'Asiakas kävi Matin luona.', 'Matin'),
    ('lower.non_latin', 'fi', 'tapasin 天津飯 eilen', '天津飯', 'tapasin matin eilen', 'matin'),
    ('signature', 'en', 'Thanks, Hanna-Maija', 'Hanna-Maija', 'Thanks, Hanna-Maija will call you later today about it.', 'Hanna-Maija'),
    ('heading_label', 'fi', 'Pikakysymys: onko tämä ok?', 'Pikakysymys', 'Sanna: kiitos!', 'Sanna'),
    ('lex.sent_start_unsure', 'fi', 'Tyyne oli tänään.', 'Tyyne', 'Tyyne kertoi eilen.', 'Tyyne'),
    ('lex.sent_start_word', 'fi', 'Toivo on, että asia selviää.', 'Toivo', 'Toivo kertoi eilen.', 'Toivo'),
    ('lex.sent_start_no_name_reading', 'fi', 'Usva oli sakeaa aamulla.', 'Usva', 'Usva kertoi eilen.', 'Usva'),
    ('lex.sent_start_dictionary_word', 'en', 'Faith in the plan grew slowly.', 'Faith', 'Faith said she would come.', 'Faith'),
    ('lex.en_month', 'en', 'Next session 12 June.', 'June', 'My session with June went well.', 'June'),
    ('lex.place', 'fi', 'Hän asuu Iisalmessa.', 'Iisalmessa', 'Hän asuu Matin luona.', 'Matin'),
    ('lex.place_reading', 'fi', 'Hän asuu Kaarinassa.', 'Kaarinassa', 'Soitin Kaarinalle eilen.', 'Kaarinalle'),
    ('lex.name_reading', 'fi', 'Soitin Kaarinalle eilen.', 'Kaarinalle', 'Hän asuu Kaarinassa.', 'Kaarinassa'),
    ('lex.place_context', 'fi', 'Hän muutti Turun seudulle.', 'Turun', 'Soitin Turulle eilen.', 'Turulle'),
    ('lex.name', 'fi', 'Tapasin Sulo Rautiaisen tänään.', 'Sulo', 'Tuki olisi 50 % palkkakuluista.', 'Tuki'),
    ('lex.en_word_name', 'en', 'I talked to Will about it.', 'Will', 'I talked to Will Kangas about it.', 'Will'),
    ('unknown.place_label', 'fi', 'Paikka: Rukalla', 'Rukalla', 'Hän oli Rukalla.', 'Rukalla'),
    ('unknown.dash_signoff', 'en', 'See you then.\n– Pat', 'Pat', '– Pat will come too.', 'Pat'),
    ('unknown.sent_start_word', 'fi', 'Tapasin asiakkaan tänään.', 'Tapasin', 'Tendai kertoi asiasta.', 'Tendai'),
    ('unknown.sent_start_name', 'fi', 'Kake (virallisesti Kari-Pekka Rönkkö) tuli ajoissa.', 'Kake', 'Kakeja oli paljon.', 'Kakeja'),
    ('unknown.person_verb', 'fi', 'Tepi kysyi sitä eilen.', 'Tepi', 'Tepi on hyvä sana.', 'Tepi'),
    ('unknown.sv_aux_verb', 'sv', 'Mötet började kl 9. Dragoslav har epilepsi och får inte köra.', 'Dragoslav',
     'Kort om läget. Trucken har gått sönder.', 'Trucken'),
    ('unknown.shape_slot', 'fi', 'Tapasin asiakkaan. Nkechi kysyi lomista.', 'Nkechi',
     'Tapasin asiakkaan. Nkechi on outo sana.', 'Nkechi'),
    ('unknown.shape_slot_ask', 'sv', 'Mötet började kl 9. Sadaj ringde i morse.', 'Sadaj',
     'Mötet började kl 9. Sadaj kan hjälpa.', 'Sadaj'),
    ('shape.initial_cluster', 'fi', 'Tapasin asiakkaan. Nkechi kysyi lomista.', 'Nkechi',
     'Tapasin asiakkaan. Zorbex kysyi lomista.', 'Zorbex'),
    ('shape.final_consonant', 'fi', 'Tapasin asiakkaan. Zorbex kysyi lomista.', 'Zorbex',
     'Tapasin asiakkaan. Tsige kysyi lomista.', 'Tsige'),
    ('shape.rare_letter', 'fi', 'Tapasin asiakkaan. Zorbex kysyi lomista.', 'Zorbex',
     'Tapasin asiakkaan. Tsige kysyi lomista.', 'Tsige'),
    ('shape.vowel_pair', 'fi', 'Tapasin asiakkaan. Tsegay voi aloittaa heti.', 'Tsegay',
     'Tapasin asiakkaan. Tsige kysyi lomista.', 'Tsige'),
    ('slot.person_verb', 'fi', 'Tapasin asiakkaan. Tsige kysyi lomista.', 'Tsige',
     'Tapasin asiakkaan. Tsige on outo sana.', 'Tsige'),
    ('slot.modal_verb', 'fi', 'Tapasin asiakkaan. Tsegay voi aloittaa heti.', 'Tsegay',
     'Tapasin asiakkaan. Tsegay on outo sana.', 'Tsegay'),
    ('slot.genitive_kin', 'fi', 'Tapasin asiakkaan. Mbalin sisko hoitaa paperit.', 'Mbalin',
     'Tapasin asiakkaan. Mbalin paperit tulivat.', 'Mbalin'),
    ('unknown.medical_word', 'fi', 'Fibromyalgia on mainittu lausunnossa.', 'Fibromyalgia',
     'Zbigniewicz valittiin eilen.', 'Zbigniewicz'),
    ('unknown.en_person_verb', 'en', 'Yesterday Azadeh called to ask about the course.', 'Azadeh',
     'Yesterday Azadeh was here.', 'Azadeh'),
    ('unknown.foreign', 'fi', 'Zbigniewicz valittiin eilen.', 'Zbigniewicz', 'Zbigniewicz ja muut.', 'Zbigniewicz'),
    ('unknown.common_before_name', 'en', 'Work trial review at Kahvila Mansikka in Tampere.', 'Kahvila', 'Review at Mansikka in Tampere.', 'Mansikka'),
    ('unknown.place_prep', 'en', 'She moved from Bergö last year.', 'Bergö', 'She talked with Bergö last year.', 'Bergö'),
    ('unknown.en_after_person', 'en', 'Met Sophie Xyzzar today.', 'Xyzzar', 'Met the Xyzzar today.', 'Xyzzar'),
    ('unknown.en_person_prep', 'en', 'I met with Tendai yesterday.', 'Tendai', 'We discussed the Xyzzar plan.', 'Xyzzar'),
    ('unknown.en_dictionary_word', 'en', 'We discussed the Forklift plan.', 'Forklift', 'We discussed the Zorbex plan.', 'Zorbex'),
    ('unknown.en_no_dictionary_word', 'en', 'We discussed Zorbex at length.', 'Zorbex', 'We discussed the Zorbex plan.', 'Zorbex'),
    ('unknown.en_no_evidence', 'en', 'We discussed the Zorbex plan.', 'Zorbex', 'We discussed it with client Zorbex.', 'Zorbex'),
    ('unknown.en_person_slot', 'en', 'If the form is a problem, try Abebe, he did it.', 'Abebe',
     'We discussed the Zorbex plan.', 'Zorbex'),
    ('unknown.person_slot', 'sv', 'Hon fick skjuts av sin kusin Tsehay, som jobbar natt.', 'Tsehay',
     'Hon fick skjuts av Tsehay, som jobbar natt.', 'Tsehay'),
    ('unknown.en_cee_letters', 'en', 'We read the Wąsikowski report today.', 'Wąsikowski',
     'We discussed the Zorbex plan.', 'Zorbex'),
    ('unknown.context_name', 'fi', 'Tapasin asiakas Zorbexin tänään.', 'Zorbexin', 'Tapasin Zorbexin tänään.', 'Zorbexin'),
    ('unknown.cap_mid_place', 'fi', 'Hän asuu Zorbexissa.', 'Zorbexissa', 'Tapasin Zorbexin tänään.', 'Zorbexin'),
    ('unknown.cap_mid', 'fi', 'Tapasin Zorbexin tänään.', 'Zorbexin', 'Hän asuu Zorbexissa.', 'Zorbexissa'),
    ('lower.demonym', 'fi', 'hän on pudasjärveläinen', 'pudasjärveläinen', 'hän on suomalainen', 'suomalainen'),
    ('lower.after_article', 'sv', 'sov en björn i trädgården', 'björn', 'björn sov i trädgården', 'björn'),
    ('lower.double_first', 'en', 'does ulla-britt still have the form?', 'ulla-britt', 'does well-being still matter?', 'well-being'),
    ('lower.language_word', 'fi', 'asiakas otti asian puheeksi', 'otti', 'esihenkilö otto soitti', 'otto'),
    ('lower.role_name', 'fi', 'esihenkilö jukka soitti eilen', 'jukka', 'esihenkilö aina soittaa', 'aina'),
    ('lower.first_name', 'fi', 'kari sanoi että käy', 'kari', 'Tänään kari putosi katolta. Se oli ikävää.', 'kari'),
    ('lower.pending', 'fi', 'margus jos luet tän niin laita viestiä', 'margus', 'margus sanoi että käy', 'margus'),
    ('lower.unknown_verb', 'en', 'hi, rutendo said the trial is fine', 'rutendo', 'hi, talked with rutendo yesterday', 'rutendo'),
    ('lower.place', 'fi', 'asiakas on sirkka kemistä, 59v', 'kemistä', 'asiakas on sirkka, 59v', 'sirkka'),
    ('ev.neighbour', 'fi', 'Tyyne Kurki palaa huomenna.', 'Tyyne', 'Tyyne palaa huomenna.', 'Tyyne'),
    ('ev.person_word_before', 'en', 'Client: Mark Oduya, born 1990.', 'Mark', 'Mark Oduya, born 1990.', 'Mark'),
    ('ev.agent_verb_next', 'fi', 'Vesa tuli mukaan.', 'Vesa', 'Vesa oli kylmää.', 'Vesa'),
    ('fi.person_verb_next', 'fi', 'Onni kertoi asiasta.', 'Onni', 'Onni on tärkeää.', 'Onni'),
    ('ev.addressed', 'en', 'Will, you had something similar in March, right?', 'Will', 'Will you check it?', 'Will'),
    ('ev.introduced', 'en', 'Summer, my client, is tired.', 'Summer', 'Summer is hot.', 'Summer'),
    ('ev.apposition_role', 'en', 'Sunny, her peer supporter, will join on Monday.', 'Sunny',
     'Sunny, the main thing, is rest.', 'Sunny'),
    ('ev.human_state', 'fi', 'Taisto on jaksanut hyvin.', 'Taisto', 'Taisto on ohi.', 'Taisto'),
    ('ev.known_elsewhere', 'en', 'About Faith Okafor: Faith never complained.', 'Faith', 'Faith never complained.', 'Faith'),
    ('ev.possessive', 'en', "Will's job coach left.", "Will's", "Will's Corner is a shop.", "Will's"),
    ('ev.age_after', 'fi', 'Onni on 17 ja keskeytti lukion.', 'Onni', 'Onni on tärkeää.', 'Onni'),
    ('ev.real_name_after', 'fi', 'Kake (virallisesti Kari-Pekka Rönkkö) tuli ajoissa.', 'Kake', 'Kake (kuva) oli pöydällä.', 'Kake'),
    ('ev.surname_after', 'fi', 'Zorbex Virtanen tuli.', 'Zorbex', 'Zorbex tuli.', 'Zorbex'),
    ('ev.name_after', 'sv', 'Arbetsgivare: Kvevlax Trädgård Ab', 'Kvevlax', 'Arbetsgivare: Kvevlax', 'Kvevlax'),
    ('ev.cap_mid_elsewhere', 'fi', 'Zorbex soitti. Tapasin Zorbexin eilen.', 'Zorbex', 'Zorbex on outo sana.', 'Zorbex'),
    ('spread.pending_near', 'fi', 'hei, kari ja minna tulevat huomenna', 'kari', 'hei, kari tulee huomenna', 'kari'),
    ('spread.pending_found', 'fi', 'moi, kysyin eilen amiralta asiasta. amira sanoi että käy.', 'amiralta', 'moi, kysyin eilen amiralta asiasta.', 'amiralta'),
    ('spread.sent_start_copy', 'fi', 'moi, amira sanoi että käy. Amira on kiva.', 'Amira', 'Amira on kiva.', 'Amira'),
    ('spread.word_form_copy', 'fi', 'Tapasin Raimo Kiven. Kiven vaimo soitti.', 'Kiven', 'Tapasin Raimon. Kiven vaimo soitti.', 'Kiven'),
    ('spread.inflected_copy', 'fi', 'Tapasin Al-Khatib, 31. Al-Khatibin taustalla on paljon.', 'Al-Khatibin', 'Al-Khatibin taustalla on paljon.', 'Al-Khatibin'),
    ('spread.lower_form', 'fi', 'Tapasin Jarmo Koskisen. jarmolle sopii hyvin.', 'jarmolle', 'Tapasin Pekan. jarmolle sopii hyvin.', 'jarmolle'),
    ('spread.certain_copy', 'en', 'She got a lift from her cousin Tsehay, who works nights. Later Tsehay was tired.',
     'Tsehay', 'She got a lift from Tsehay, who works nights. Later Tsehay was tired.', 'Tsehay'),
    ('spread.unknown_repeat', 'en', 'hi, talked with rutendo yesterday, rutendo said the trial is fine', 'rutendo', 'hi, rutendo said the trial is fine', 'rutendo'),
    ('carry.particle_name', 'fi', 'Kenraali al-Hadidin johtama hallinto kaatui.', 'al-Hadidin', 'Pasta keitettiin al-dente.', 'al-dente'),
    ('carry.hyphen_given', 'fi', 'Pelaaja Kim dong-hyun voitti ottelun.', 'dong-hyun', 'Hän osti eilen hi-fi laitteet.', 'hi-fi'),
    ('carry.surname_copy', 'fi', 'Ohjaaja Steven Spielberg puolusti elokuvaa. Spielberg sanoi, että työ jatkuu.', 'Spielberg',
     'Tapasin Liisa Kiven. Kiven vaimo soitti.', 'Kiven'),
    ('carry.foreign_reporter', 'fi', 'Okoroaforin mukaan kiista jatkuu.', 'Okoroaforin', 'Kyberkeskuksen mukaan kiista jatkuu.', 'Kyberkeskuksen'),
    ('lower.after_possessive', 'en', "call w/ marco re depot. marco's visa expires soon.", 'visa',
     'call w/ marco re depot. marco and visa came.', 'visa'),
    ('carry.given_copy', 'en', 'Line manager Faith Odunsi met us. Faith will adjust the rota.', 'Faith',
     'Line manager Faith Odunsi met us. We keep faith in the plan.', 'faith'),
    ('pair.first_surname', 'en', 'call w/ frank laaksonen tomorrow', 'frank', 'call w/ frank tomorrow', 'frank'),
    ('pair.surname_after_first', 'fi', 'tapaaminen jussi pelkosen kanssa meni ok', 'pelkosen', 'tapaaminen jussi kanssa meni ok', 'kanssa'),]

# Rules that cannot fire with today's lexicon: every name of the international lists also carries the
# FIRST or SUR bit, so "international-only and no first name or surname" never holds
# (test_dormant_rules_are_dormant). Kept for identical behaviour; a candidate for a fix with the scorer.
DORMANT = {"cap.intl_short", "lex.en_intl_word"}
NEEDS_DICTIONARY = {"lex.sent_start_dictionary_word", "unknown.en_dictionary_word", "unknown.en_no_dictionary_word"}
NO_DICTIONARY = {"unknown.en_no_evidence"}  # what a machine without Hunspell asks (tested below with it switched off)
NEEDS_MORPHOLOGY = {"lex.sent_start_no_name_reading"}  # Voikko (morphology.py)


def _needs_dictionary(rid: str) -> None:
    if rid in NEEDS_DICTIONARY and not spelling.available("en"):
        pytest.skip("Hunspell and its English dictionary are not installed")
    if rid in NEEDS_MORPHOLOGY and not morphology.available():
        pytest.skip("Voikko is not installed")
    if rid in NO_DICTIONARY and spelling.available("en"):
        pytest.skip("with Hunspell the rule of a word no dictionary knows decides (test_without_a_dictionary_…)")


def fired(text: str, lang: str) -> set[tuple[str, str]]:
    """(word, rule id) of every rule that fired in the name layer for ``text``."""
    with collecting() as trace:
        scrub(text, lang=lang)
    return {(word, rid) for _, word, rid in trace.fired}


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_rule_fires_on_its_positive_sentence(case: tuple[str, ...]) -> None:
    _needs_dictionary(case[0])
    rid, lang, text, word = case[:4]
    assert (word, rid) in fired(text, lang), sorted(fired(text, lang))


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_rule_stays_silent_on_its_negative_sentence(case: tuple[str, ...]) -> None:
    _needs_dictionary(case[0])
    rid, lang, _, _, text, word = case[:6]
    lang = case[6] if len(case) > 6 else lang
    assert word in text
    assert (word, rid) not in fired(text, lang)


def test_every_rule_has_a_case() -> None:
    assert {c[0] for c in CASES} | DORMANT == set(RULES)
    assert len({c[0] for c in CASES}) == len(CASES)


def test_dormant_rules_are_dormant() -> None:
    lex = get_lexicon()
    for lang in ("fi", "sv", "en"):
        flags = lex.for_language(lang).flags
        assert all(f & (FIRST | SUR) for f in flags.values() if f & INTL)


def test_the_decision_table() -> None:
    assert decision(1.0) == "name" and decision(THRESHOLDS["name"]) == "name"
    assert decision(0.5) == "ask" and decision(0.99) == "ask"
    assert decision(0.25) == "question" and decision(0.0) == "none" and decision(VETO) == "none"
    assert THRESHOLDS["name"] > THRESHOLDS["ask"] > THRESHOLDS["question"] > 0
    for rule in RULES.values():
        assert rule.doc and "\n" not in rule.doc and rule.id == rule.id.strip()
        if rule.weight >= THRESHOLDS["ask"] and rule.id != "lex.en_word_name":  # that one keeps the reading's label
            assert rule.label in ("PERSON", "LOCATION"), rule.id
        if rule.weight < THRESHOLDS["ask"]:
            assert rule.label == "", rule.id  # a question, a fact or a veto sets no label


def test_thresholds_are_read_from_the_one_table(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    text = "I met Mattias yesterday."
    monkeypatch.setenv(ner_model.MODEL_ENV_SV_EN, "0")  # the rules alone (the model would confirm the name)
    ner_model.reset_for_tests()
    request.addfinalizer(ner_model.reset_for_tests)  # the next test loads the model again
    assert [(f.text, f.certain) for f in scrub(text, lang="en").findings] == [("Mattias", True)]
    monkeypatch.setitem(name_decision.THRESHOLDS, "name", 1.5)  # lex.name (1.0) now only asks
    res = scrub(text, lang="en")
    assert [(f.text, f.certain) for f in res.findings] == [("Mattias", False)]
    monkeypatch.setitem(name_decision.THRESHOLDS, "ask", 1.2)  # and now only a question
    res = scrub(text, lang="en")
    assert not res.findings and [q.text for q in res.questions] == ["Mattias"]


def test_a_veto_beats_the_lexicon_and_the_second_pass_can_overrule_it() -> None:
    # "Sali" is a name of the lists; at a heading start before a colon the label rule says no …
    assert not scrub("Sali: B12. Kokous alkaa yhdeksältä.", lang="fi").findings
    # … unless the name is found elsewhere: the second pass then takes the copy (both rules are traced)
    with collecting() as trace:
        res = scrub("Sali: B12. Soitin Salille eilen.", lang="fi")
    assert [f.text for f in res.findings if f.label == "PERSON"] == ["Sali", "Salille"]
    assert [r[0] for e in trace.entries if e.text == "Sali" for r in e.rules] == ["heading_label", "spread.sent_start_copy"]


def test_the_trace_is_off_unless_collected() -> None:
    assert current() is None
    with collecting() as trace:
        assert current() is trace
        scrub("Tapasin Sulo Rautiaisen.", lang="fi")
    assert current() is None
    finding = next(e for e in trace.entries if e.finding)
    assert (finding.text, finding.label, finding.decision, finding.score) == ("Sulo Rautiaisen", "PERSON", "name", 1.0)
    assert [r[0] for r in finding.rules] == ["lex.name", "lex.name"]


def test_the_trace_holds_near_misses_and_model_votes() -> None:
    with collecting() as trace:
        scrub("Sali: B12. hiroshi tanaka soitti eilen.", lang="fi")
    near = [e for e in trace.entries if not e.finding]
    assert any(e.text == "Sali" and e.rules[-1][0] == "heading_label" and e.score == VETO for e in near)
    assert any(r[0].startswith("model.") for e in trace.entries for r in e.rules)


NOTE = "Tapasin Sulo Rautiaisen tänään. Sali: B12. Puh 040 1234567.\n"


def test_explain_in_text_output_through_the_cli(tmp_path: Path) -> None:
    src = tmp_path / "note.txt"
    src.write_text(NOTE, encoding="utf-8")
    plain = run_cli("scrub", str(src), "--lang", "fi")
    proc = run_cli("scrub", str(src), "--lang", "fi", "--explain")
    assert plain.returncode == proc.returncode == 0
    assert proc.stdout.startswith(plain.stdout)  # the scrubbed text unchanged, the explanation after it
    assert proc.stderr == plain.stderr  # nothing more on stderr
    lines = proc.stdout[len(plain.stdout) :].splitlines()
    assert lines[0] == "--- explain ---"
    assert "finding   PERSON    8-23 'Sulo Rautiaisen' replace score +1.00: Sulo:lex.name(+1.00) Rautiaisen:lex.name(+1.00)" in lines
    assert any(x.startswith("finding   CONTACT") and "phone" in x for x in lines)
    assert "near-miss -         32-36 'Sali' none score -1.00: Sali:heading_label(-1.00)" in lines
    assert "--- explain ---" not in plain.stdout


def test_explain_in_json_and_jsonl_through_the_cli() -> None:
    plain = json.loads(run_cli("scrub", "--format", "json", "--lang", "fi", stdin=NOTE).stdout)
    doc = json.loads(run_cli("scrub", "--format", "json", "--lang", "fi", "--explain", stdin=NOTE).stdout)
    assert "explain" not in plain and {k: v for k, v in doc.items() if k != "explain"} == plain
    row = next(r for r in doc["explain"] if r["text"] == "Sulo Rautiaisen")
    assert row == {
        "kind": "finding", "start": 8, "end": 23, "text": "Sulo Rautiaisen", "label": "PERSON", "decision": "replace",
        "score": 1.0, "rules": [{"id": "lex.name", "weight": 1.0, "word": "Sulo"},
                                {"id": "lex.name", "weight": 1.0, "word": "Rautiaisen"}],
    }
    line = json.dumps({"id": "a", "text": NOTE, "lang": "fi"}) + "\n"
    rows = [json.loads(x) for x in run_cli("scrub", "--format", "jsonl", "--explain", stdin=line * 2).stdout.splitlines()]
    plain_rows = [json.loads(x) for x in run_cli("scrub", "--format", "jsonl", stdin=line * 2).stdout.splitlines()]
    assert len(rows) == 2 and all("explain" not in r for r in plain_rows)
    assert [{k: v for k, v in r.items() if k != "explain"} for r in rows] == plain_rows
    assert rows[0]["explain"] == rows[1]["explain"]  # one trace per record, not accumulated


def test_explain_maps_offsets_of_a_normalised_text() -> None:
    text = "Tapasin Sulo Rauti\u00adaisen tänään."
    doc = json.loads(run_cli("scrub", "--format", "json", "--lang", "fi", "--explain", stdin=text).stdout)
    row = next(r for r in doc["explain"] if r["kind"] == "finding")
    assert text[row["start"] : row["end"]] == row["text"] == "Sulo Rauti\u00adaisen"
    assert [r["word"] for r in row["rules"]] == ["Sulo", "Rautiaisen"]


def _golden() -> dict[str, object]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


# The digests are of the full set-up (scripts/setup.sh as root): Voikko and the Hunspell dictionaries installed.
FULL_SETUP = morphology.available() and spelling.available("sv") and spelling.available("en")
needs_full_setup = pytest.mark.skipif(not FULL_SETUP, reason="Voikko or the Hunspell dictionaries are not installed")


@needs_full_setup
@pytest.mark.skipif(not DEV.exists(), reason="../shared/corpus/dev.jsonl is not on this machine")
def test_dev_corpus_output_is_unchanged() -> None:
    want = _golden()["dev"]
    got = outputs(DEV)
    assert got == want, [k for k in want if got.get(k) != want[k]]  # type: ignore[attr-defined]


@needs_full_setup
@pytest.mark.parametrize("name", sorted(p.name for p in HELDOUT.glob("heldout*.jsonl")))
def test_heldout_output_is_unchanged(name: str) -> None:
    assert digest(outputs(HELDOUT / name)) == _golden()["heldout"][name]  # type: ignore[index]


@pytest.mark.parametrize(
    ("lang", "text", "role", "name"),
    [
        ("sv", "Förmannen Lasse Nyqvist ringde i går.", "Förmannen", "Lasse Nyqvist"),
        ("sv", "Arbetsledaren Kim Berg sa nej.", "Arbetsledaren", "Kim Berg"),
        ("sv", "Chefen Eva Holm kom sent.", "Chefen", "Eva Holm"),
    ],
)
def test_a_role_opening_a_sentence_stays_outside_the_name(lang: str, text: str, role: str, name: str) -> None:
    res = scrub(text, lang=lang)
    assert role in res.text and name not in res.text, res.text


@pytest.mark.parametrize(("text", "taken"), [("Hi June,\nthanks for the notes.", True), ("Hi June! Could you send it?", True),
                                             ("The course starts in June, after the break.", False),
                                             ("We said hi June and July to the new plan.", False)])
def test_a_month_greeted_at_a_line_start_is_a_person(text: str, taken: bool) -> None:
    found = [f.text for f in scrub(text, lang="en").findings]
    assert ("June" in found) is taken, found


def test_without_a_dictionary_an_unknown_english_word_is_only_asked() -> None:
    env = {**os.environ, spelling.ENV: "0"}
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "en", "--format", "json", "--explain"],
                         input="We discussed the Zorbex plan.", capture_output=True, text=True, check=True, env=env).stdout
    data = json.loads(out)
    assert "unknown.en_no_evidence" in json.dumps(data) and not data["findings"] and data["questions"]
