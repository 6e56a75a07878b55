"""Names in hurried notes (hurried.py): each rule of RULES with sentences it must catch and precision
traps it must leave alone (ordinary lower-case words that are also names)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.privacy import scrub
from coachdesk.privacy.hurried import RULES


def _covered(text: str, lang: str, span: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    e = s + len(span)
    cov = {i for f in res.findings if f.label == "PERSON" for i in range(f.start, f.end)}
    return all(i in cov for i in range(s, e) if text[i].isalnum())


def _touched(text: str, lang: str, span: str) -> bool:
    res = scrub(text, lang=lang)
    s = text.index(span)
    return any(f.start < s + len(span) and s < f.end for f in res.findings)


# (rule, text, lang, span that must be covered whole)
POSITIVES = [
    ("initial_after", "soitin, heikkinen t. ei vastannut. palaan asiaan", "fi", "heikkinen t."),
    ("initial_after", "tapaaminen peruttu, koivunen j.:n kanssa sovittu uusi aika", "fi", "koivunen j."),
    ("initial_after", "puhuin jaana h. kanssa eilen, kaikki ok", "fi", "jaana h."),
    ("initial_after", "puhuin jaana h kanssa eilen, kaikki ok", "fi", "jaana h"),
    ("initial_after", "träffade siv på kontoret, lindgren k. var också där", "sv", "lindgren k."),
    ("initial_before", "p.virtanen soitti aamulla, kysyi lausunnosta", "fi", "p.virtanen"),
    ("initial_before", "asia siirtyi, t. heikkinen hoitaa", "fi", "t. heikkinen"),
    ("hyphen_initial", "kari-j soitti, tulee ensi viikolla", "fi", "kari-j"),
    ("double_initials", "Palaverissa olivat K.M. ja opettaja.", "fi", "K.M."),
    ("double_initials", "Kysy J.-P.:ltä ja E-L:ltä huomenna.", "fi", "J.-P."),
    ("double_initials", "Kysy J.-P.:ltä ja E-L:ltä huomenna.", "fi", "E-L"),
    ("double_initials", "2) A-M (41): ei muutosta", "fi", "A-M"),
    ("role_surname", "lääkäri niskanen kirjoitti lausunnon", "fi", "niskanen"),
    ("grow_surname", "jaana koski soitti ja sovittiin aika", "fi", "jaana koski"),
    ("word_name_verb", "usko kävi aamulla, mieliala ok", "fi", "usko"),
    ("word_name_verb", "sulo perui ajan, uusi ensi viikolla", "fi", "sulo"),
    ("propagate", "puhuin heikkinen t. kanssa. heikkinen lupasi soittaa", "fi", "heikkinen lupasi"[:9]),
    ("initials_name", "Paikalla A.-K. Laine ja opettaja.", "fi", "A.-K. Laine"),
    ("label_name", "Muistio\nvastuu: Toivo\nvastuu: M-K\n- seuraava kokous", "fi", "Toivo"),
    ("label_name", "Muistio\nvastuu: Toivo\nvastuu: M-K\n- seuraava kokous", "fi", "M-K"),
    ("label_name", "Protokoll\nansvarig: Berit L.\n", "sv", "Berit L."),
    ("label_name", "Action items\nowner: Rose\nowner: Dave K.", "en", "Rose"),
    ("label_name", "Action items\nowner: Rose\nowner: Dave K.", "en", "Dave K."),
    ("speaker_time", "Pirjo V 14:05\nmoi, onko huone vapaa?", "fi", "Pirjo V"),
    ("speaker_time", "Rose 10:02: morning all\nRay 10:03: hi", "en", "Rose"),
    ("quoted_signoff", "> Kiitos vastauksesta.\n> Satu\n\nHei, selvä juttu.", "fi", "Satu"),
    ("dash_initial", "Kiitos, sovitaan niin. – T.", "fi", "T."),
    ("particle_name", "Omar el-Amin visited today.", "en", "Omar el-Amin"),
    ("lower_initials", "jm soitti aamulla. jm lupas selvittää asian", "fi", "jm lupas"[:2]),
    ("list_sibling", "käynnit: omar ok, tim sjuk, siv poissa", "fi", "tim"),
    ("list_sibling", "kokous: virtanen, heikkinen, niskanen. heikkinen ei päässyt", "fi", "niskanen"),
    ("propagate", "kokous: virtanen, heikkinen, niskanen. heikkinen ei päässyt", "fi", "heikkinen ei"[:9]),
    ("propagate", "soitin jari lahtiselle, lahtinen ei vastannut", "fi", "lahtinen"),
    ("role_first", "Tänään tapasin asiakkaan liisa kosken toimistolla.", "fi", "liisa kosken"),
    ("role_first", "Soitin työnantajalle, yhteyshenkilö pekka niemi lupasi selvittää.", "fi", "pekka niemi"),
    ("grow_surname", "Tapaaminen asiakas marja lahden kanssa.", "fi", "marja lahden"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "span"), POSITIVES)
def test_hurried_rule_catches(rule: str, text: str, lang: str, span: str) -> None:
    assert rule in RULES
    assert _covered(text, lang, span), scrub(text, lang=lang).text


# (rule, text, lang, word that must stay)
NEGATIVES = [
    ("initial_after", "Koski n. 5 metriä korkea, lahti jäässä.", "fi", "Koski"),
    ("initial_after", "asiakas on lahti lähtöinen, koski ja onni mainittu", "fi", "koski"),
    ("initial_after", "Kävimme Lahti s. 12 läpi.", "fi", "s. 12"),
    ("initial_after", "she went to bed a bit late", "en", "bed a"),
    ("initial_before", "n. koski kuohui keväällä", "fi", "koski"),
    ("double_initials", "P.S. Muista lomake. Asiakkaat A-Ö listalla.", "fi", "P.S."),
    ("double_initials", "P.S. Muista lomake. Asiakkaat A-Ö listalla.", "fi", "A-Ö"),
    ("role_surname", "lääkäri lähti jo kotiin", "fi", "lähti"),
    ("grow_surname", "jaana lähti kotiin ja sovittiin aika", "fi", "lähti"),
    ("word_name_verb", "usko on vahva ja valo näkyy, rauha palaa. lumi satoi.", "fi", "usko"),
    ("word_name_verb", "usko on vahva ja valo näkyy, rauha palaa. lumi satoi.", "fi", "rauha"),
    ("word_name_verb", "usko on vahva ja valo näkyy, rauha palaa. lumi satoi.", "fi", "lumi"),
    ("word_name_verb", "Han vill bo kvar i lägenheten.", "sv", "bo kvar"),
    ("initials_name", "Soita minulle. T. Mervi", "fi", "T."),  # "terveisin Mervi": the T. is no initial
    ("label_name", "Kontaktperson: förman Leif Ek, tfn", "sv", "förman"),
    ("label_name", "vastuu: Kela\nvastuu: Ohjaaja", "fi", "Kela"),
    ("label_name", "vastuu: Kela\nvastuu: Ohjaaja", "fi", "Ohjaaja"),
    ("speaker_time", "Palaveri 14:05 alkaen", "fi", "Palaveri"),
    ("dash_initial", "Vaihtoehdot – A ja B.", "fi", "A ja B"),
    ("lower_initials", "ok soitti. hr lupasi", "fi", "hr"),
    ("role_surname", "Väitöskirjatyön ohjaajana toimi professori", "fi", "toimi"),
    ("list_sibling", "valo ok, into poissa, rauha myöhässä", "fi", "into"),
    ("list_sibling", "idag: siv borta, bo kvar hemma", "sv", "bo kvar"),
    ("grow_surname", "Laitoin tämän Villellekin erikseen.", "fi", "erikseen"),
    ("grow_surname", "Ohjelmassa on tutustuminen Boynen laaksoon.", "fi", "laaksoon"),
    ("grow_surname", "I keep thinking about Mark's story from last week.", "en", "story"),
    ("role_first", "Asiakas usko on vahva, asiakkaan into kasvaa.", "fi", "into"),
    ("propagate", "Tapasin Sanna Kosken. Koski lupasi selvittää. koski kuohui.", "fi", "koski kuohui"),
    ("propagate", "Stig Holm ringde. Han går längs stigen varje dag och vill bo kvar. Bo Ek kom.", "sv", "stigen"),
]


@pytest.mark.parametrize(("rule", "text", "lang", "kept"), NEGATIVES)
def test_hurried_rule_leaves_words(rule: str, text: str, lang: str, kept: str) -> None:
    assert rule in RULES
    assert not _touched(text, lang, kept), scrub(text, lang=lang).text


@pytest.mark.parametrize("lang", ["sv", "fi"])
def test_an_ordinal_and_a_letter_is_no_surname_and_initial(lang: str) -> None:
    # a number read out ("kuudes A") is no "surname + initial"; scrubbing twice gives the same text
    once = scrub("nolla kuudes A kuus nolla", lang=lang).text
    assert "kuudes A" in once, once
    assert scrub(once, lang=lang).text == once


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="laiKİıÄäé-'", min_size=1, max_size=4), min_size=1, max_size=6),
       st.text(alphabet="laiKİıÄäé-' .\nxL", max_size=60))
def test_propagate_starts_match_as_the_plain_pattern(bases: list[str], text: str) -> None:
    import re

    from coachdesk.privacy.hurried import _starts_regex

    alternatives = "|".join(sorted({re.escape(b[:3]) for b in bases}))
    plain = re.compile(r"(?i)(?<![\w])(?:" + alternatives + ")")
    assert [m.span() for m in _starts_regex(alternatives).finditer(text)] == [m.span() for m in plain.finditer(text)]
