"""Colloquial Finnish numbers in dictated notes (spoken_colloquial.py): tens said by a digit's name, a postal code's
hundreds said apart, a lower-case postal town, ages after an age noun and a filler, after a person noun, after a
"turned" verb. Every rule of RULES covers its identifier whole (one finding, the rule id in its reason, shown by
--explain) and leaves its traps alone."""

from __future__ import annotations

import random

import pytest

from coachdesk.privacy import scrub, spoken_colloquial
from coachdesk.privacy.spoken_colloquial import RULES, below_100
from coachdesk.privacy.spoken_numbers import fi_cardinal
from tests.support.rule_cases import rule_table_tests

# (rule, lang, text, span that one finding covers whole, its label)
POSITIVES = [
    ("digit_name_tens", "fi", "puhelin nolla neljä viis, kaks nolla yks, kuuskytkolme ysitoista",
     "nolla neljä viis, kaks nolla yks, kuuskytkolme ysitoista", "CONTACT"),
    ("digit_name_tens", "fi", "puh nolla neljä nolla, kolkytkolme kasitoista, viiskyt yks ja soita iltaisin",
     "nolla neljä nolla, kolkytkolme kasitoista, viiskyt yks", "CONTACT"),
    ("digit_name_tens", "fi", "numero on nolla viis nolla, kasikuus ysikaks, kolkytkolme",
     "nolla viis nolla, kasikuus ysikaks, kolkytkolme", "CONTACT"),
    ("digit_name_tens", "fi", "Mies, ikää kasikuus, asuu yksin.", "kasikuus", "AGE"),
    ("digit_name_tens", "fi", "hetu nolla kolme nolla kolme ysikutonen yy kuus yks yks uu, hän on kolkyt",
     "nolla kolme nolla kolme ysikutonen yy kuus yks yks uu", "ID"),
    ("digit_name_tens", "fi", "puh nolla neljä nolla, kolkytkolme kasikutonen, viiskyt yks ja soita iltaisin",
     "nolla neljä nolla, kolkytkolme kasikutonen, viiskyt yks", "CONTACT"),
    ("postal_hundreds_apart", "fi", "asuu Kivirannankatu seittemän see neljä, kasikuus kaks sata Sotkamo.",
     "Kivirannankatu seittemän see neljä, kasikuus kaks sata Sotkamo", "ADDRESS"),
    ("postal_hundreds_apart", "fi", "Osoite Myllypolku kolme bee kaks, ysikaks yks sata Raahe ja puhelin on vaihtunut.",
     "Myllypolku kolme bee kaks, ysikaks yks sata Raahe", "ADDRESS"),
    ("postal_hundreds_apart", "fi", "asuu Satamaväylä viis dee kuustoista, kolkytkolme kuus sata Tampere.",
     "Satamaväylä viis dee kuustoista, kolkytkolme kuus sata Tampere", "ADDRESS"),
    ("postal_town_lower", "fi", "asuu kivirannankatu seittemän see neljä, kasikuus kaks sata sotkamo",
     "kivirannankatu seittemän see neljä, kasikuus kaks sata sotkamo", "ADDRESS"),
    ("postal_town_lower", "fi", "osoite on rantapolku yheksän, nolla nolla viis sata helsinki",
     "rantapolku yheksän, nolla nolla viis sata helsinki", "ADDRESS"),
    ("postal_town_lower", "fi", "osoite on myllymäentie kaksitoista nolla yksi kahdeksan kuusi nolla vanhala pilkku puhelin",
     "myllymäentie kaksitoista nolla yksi kahdeksan kuusi nolla vanhala", "ADDRESS"),
    ("postal_town_lower", "sv", "ny adress björkbackavägen fem noll fyra femhundra kellokoski punkt hon mår bra",
     "björkbackavägen fem noll fyra femhundra kellokoski", "ADDRESS"),
    ("postal_town_lower", "en", "address koulutie three c fourteen zero five four zero zero jokela full stop",
     "koulutie three c fourteen zero five four zero zero jokela", "ADDRESS"),
    ("postal_commas", "fi", "asuu Kivikatu seittemän see neljä pilkku kasikuus kaks sata Sotkamo ja käy töissä",
     "Kivikatu seittemän see neljä pilkku kasikuus kaks sata Sotkamo", "ADDRESS"),
    ("postal_commas", "fi", "Kivikatu seittemän see neljä, kolkytkolme sata, Tampere on osoite",
     "Kivikatu seittemän see neljä, kolkytkolme sata, Tampere", "ADDRESS"),
    ("postal_word", "fi", "asuu Kivikatu seittemän see neljä, postinumero kasikuus kaks sata Sotkamo nykyään",
     "Kivikatu seittemän see neljä, postinumero kasikuus kaks sata Sotkamo", "ADDRESS"),
    ("ten_unit_apart", "fi", "asuu Kivikatu seittemän see kakskyt kolme, kasikuus kaks sata Sotkamo",
     "Kivikatu seittemän see kakskyt kolme, kasikuus kaks sata Sotkamo", "ADDRESS"),
    ("ten_unit_apart", "fi", "osoite Rantatie kolkyt yks bee kaks, ysikuus sata Oulu",
     "Rantatie kolkyt yks bee kaks, ysikuus sata Oulu", "ADDRESS"),
    ("ten_unit_apart", "fi", "hän on nelkyt viis vuotta vanha ja asuu yksin", "nelkyt viis vuotta vanha", "AGE"),
    ("street_head_more", "fi", "asuu Kalliopuisto kolme aa kaks, kasikuus kaks sata Sotkamo",
     "Kalliopuisto kolme aa kaks, kasikuus kaks sata Sotkamo", "ADDRESS"),
    ("street_head_more", "fi", "uusi osoite Koivumäki viis bee yks ja puhelin sama", "Koivumäki viis bee yks", "ADDRESS"),
    ("street_inflected", "fi", "asuu Kivirannankadulla seittemän see neljä ja käy töissä",
     "Kivirannankadulla seittemän see neljä", "ADDRESS"),
    ("street_inflected", "fi", "asuu koivutiellä kolkytkaks, kasikuus kaks sata Sotkamo",
     "koivutiellä kolkytkaks, kasikuus kaks sata Sotkamo", "ADDRESS"),
    ("street_inflected", "fi", "Hän asuu Myllykujalla viis. Puhelin vaihtui.", "Myllykujalla viis", "ADDRESS"),
    ("age_noun_filler", "fi", "ikää nyt kolkytkolme vuotta, työtön", "kolkytkolme vuotta", "AGE"),
    ("age_noun_filler", "fi", "asiakas, ikä niinku nelkytviis, asuu yksin", "nelkytviis", "AGE"),
    ("age_noun_filler", "fi", "iältään jo viiskytkaks ja eläkkeelle menossa", "viiskytkaks", "AGE"),
    ("age_noun_filler", "fi", "Ikää: kolkytkolme. Asuu yksin.", "kolkytkolme", "AGE"),
    ("age_noun_filler", "fi", "ikää hänellä kolkyt kaks vuotta, työtön", "kolkyt kaks vuotta", "AGE"),
    ("age_person_years", "fi", "mies, kolkytkaks vuotta, ei työkokemusta", "kolkytkaks vuotta", "AGE"),
    ("age_person_years", "fi", "Asiakas (nelkyt kuus vuotta) kävi tänään.", "nelkyt kuus vuotta", "AGE"),
    ("age_person_years", "fi", "Liisa kolkytkaks vuotta, asuu yksin.", "kolkytkaks vuotta", "AGE"),
    ("age_person_years", "fi", "tytär, kakskytyks vuotta, asuu kotona", "kakskytyks vuotta", "AGE"),
    ("age_turned_later", "fi", "hän täytti viime kuussa kolkytkaks vuotta ja juhli", "kolkytkaks vuotta", "AGE"),
    ("age_turned_later", "fi", "täyttää ensi viikolla nelkytviis.", "nelkytviis", "AGE"),
]

# (rule, lang, text, a word that must survive)
TRAPS = [
    ("digit_name_tens", "fi", "Treenaa kolme, neljä, viis kertaa viikossa.", "kolme"),
    ("digit_name_tens", "fi", "Treenaa kasitoista kertaa kuussa.", "kasitoista"),
    ("digit_name_tens", "fi", "ysiluokka meni hyvin, keskiarvo kasi", "ysiluokka"),
    ("digit_name_tens", "fi", "muista kysyy kuka hakee ku kolmonen kulkee harvemmi, ykkönen oli täynnä", "kolmonen"),
    ("postal_hundreds_apart", "fi", "Koulukatu on kaks kilometriä päässä.", "kaks"),
    ("postal_hundreds_apart", "fi", "Torikatu viis kertaa viikossa, kolme sata metriä.", "viis"),
    ("postal_town_lower", "fi", "kävi Asematie kolme, kolkytkolme sata ihmistä", "ihmistä"),
    ("postal_town_lower", "fi", "vei Asematie kolme, kolkytkolme sata kpl.", "kpl"),
    ("postal_town_lower", "fi", "osoite myllymäentie kaksitoista nolla yksi kahdeksan kuusi nolla matti pilkku", "matti"),
    ("postal_commas", "fi", "Kivikatu seittemän see neljä pilkku kolme kertaa kävin", "kolme"),
    ("postal_commas", "fi", "Kivikatu seittemän, kolkytkolme sata, kaikki tuli perille", "kolkytkolme"),
    ("postal_word", "fi", "Kivikatu seittemän, postinumero ei tiedossa", "postinumero"),
    ("ten_unit_apart", "fi", "Kivikatu kakskyt kolme kertaa ohi", "kolme"),
    ("ten_unit_apart", "fi", "hän on ollut kolkyt kaks vuotta töissä", "kolkyt"),
    ("ten_unit_apart", "fi", "puhelin nolla neljä nolla, kakskyt kaks kertaa yritin", "kakskyt"),
    ("street_head_more", "fi", "Koivumäki kolme kertaa ylös ja alas", "kolme"),
    ("street_head_more", "fi", "Laskettelumäki kolme oli jyrkkä", "Laskettelumäki"),
    ("street_inflected", "fi", "asuu Myllykujalla viis vuotta.", "viis"),
    ("street_inflected", "fi", "Kivikadulla kolme taloa myynnissä.", "kolme"),
    ("street_inflected", "fi", "asuu kadulla kolme", "kolme"),
    ("age_noun_filler", "fi", "ikää nyt kolkytkolme vuotta sitten ei kysytty", "kolkytkolme"),
    ("age_noun_filler", "fi", "ikää tuolla kaks kertaa enemmän", "kaks"),
    ("age_noun_filler", "fi", "ikää nyt kaks kertaa enemmän kuin veljellä", "kaks"),
    ("age_person_years", "fi", "asiakas kolkytkaks vuotta töissä samassa firmassa.", "kolkytkaks"),
    ("age_person_years", "fi", "Asiakas kakskyt vuotta sitten, nyt muuttaa.", "kakskyt"),
    ("age_person_years", "fi", "Kela kolkytkaks vuotta, sama käytäntö.", "kolkytkaks"),
    ("age_turned_later", "fi", "täytti lomakkeen kolkytkaks vuotta sitten", "kolkytkaks"),
    ("age_turned_later", "fi", "Hän täytti kyselyn pisteitä kolkytkaks.", "kolkytkaks"),
    ("age_turned_later", "fi", "täyttää hakemuksen kolkytkaks sivua", "kolkytkaks"),
]


(
    test_identifier_is_covered_whole,
    test_trap_word_survives,
    test_every_rule_has_a_positive_and_a_trap,
    test_explain_shows_the_rule,
    test_a_second_scrub_changes_nothing,
) = rule_table_tests(RULES, POSITIVES, TRAPS, spoken_colloquial)


@pytest.mark.parametrize(
    ("word", "value"),
    [("kasikuus", 86), ("ysikaks", 92), ("kasiseittemän", 87), ("seiskaviis", 75), ("ysitoista", 19),
     ("kasitoista", 18), ("seiskatoista", 17), ("ysiysi", 99), ("kakssata", 200), ("viissataa", 500)],
)
def test_colloquial_number_words(word: str, value: int) -> None:
    assert fi_cardinal(word) == value


@pytest.mark.parametrize("word", ["kasino", "ysiluokka", "kasikymppinen", "seiskaluokkalainen", "kasata", "kasi" * 5])
def test_no_number(word: str) -> None:
    assert below_100(word) is None
    assert fi_cardinal(word) is None


def test_the_postal_code_reads_as_five_digits() -> None:
    res = scrub("asuu Kivirannankatu seittemän see neljä, kasikuus kaks sata Sotkamo", lang="fi")
    assert res.text == "asuu [osoite]"


def test_an_age_is_a_range() -> None:
    assert "29–40" in scrub("mies, kolkytkaks vuotta, ei työkokemusta", lang="fi").text


# --- generated: colloquial numbers in every position of the kinds (seeded; invented streets) ----------------

_UNIT = ["nolla", "yks", "kaks", "kolme", "neljä", "viis", "kuus", "seittemän", "kaheksan", "yheksän"]
_UNIT_ALT = {7: ["seiska"], 8: ["kasi"], 9: ["ysi"]}
_TEN = {2: ["kakskyt"], 3: ["kolkyt"], 4: ["nelkyt"], 5: ["viiskyt"], 6: ["kuuskyt"], 7: ["seittemänkyt", "seiskyt"],
        8: ["kaheksankyt", "kasikyt"], 9: ["yheksänkyt", "ysikyt"]}
_DIGIT_TEN = {7: "seiska", 8: "kasi", 9: "ysi"}
_STREETS = ["Kivirannankatu", "Myllypolku", "Peltoraitti", "Satamaväylä", "Haapakuja", "Rantatie", "myllypolku",
            "kivirannankatu", "Kalliopuisto", "Kivirannankadulla", "myllypolulla"]
_TOWNS = ["Sotkamo", "Raahe", "Kajaani", "Tampere", "Oulu", "Kotka"]
_LETTERS = ["aa", "bee", "see", "dee", "ee"]


def _said(n: int, rng: random.Random, apart: bool = True) -> str:
    """0..99 said in colloquial Finnish, the ten and unit fused, apart or by the digit's name."""
    if n < 10:
        return rng.choice([_UNIT[n], *_UNIT_ALT.get(n, [])])
    if n < 20:
        if n == 10:
            return rng.choice(["kymmenen", "kymppi"])
        u = n - 10
        return rng.choice([_UNIT[u], *_UNIT_ALT.get(u, [])]) + "toista"
    t, u = divmod(n, 10)
    ten = rng.choice(_TEN[t])
    if not u:
        return ten
    unit = rng.choice([_UNIT[u], *_UNIT_ALT.get(u, [])])
    how = rng.choice(["fused", "apart", "digit"] if t >= 7 else ["fused", "apart"])
    if how == "digit":
        return _DIGIT_TEN[t] + unit
    return f"{ten} {unit}" if how == "apart" and apart else ten + unit


def _postal(rng: random.Random) -> str:
    head, hundreds = rng.randrange(10, 100), rng.randrange(1, 10)
    tail = rng.choice([
        f"{_UNIT[hundreds]} sata" if hundreds > 1 else rng.choice(["sata", "yks sata"]),
        f"{_UNIT[hundreds]}sataa" if hundreds > 1 else "sata",
        f"{_UNIT[hundreds]} nolla nolla",
    ])
    return f"{_said(head, rng, apart=False)} {tail}"


def _address(rng: random.Random) -> str:
    street = rng.choice(_STREETS)
    parts = [street, _said(rng.randrange(1, 60), rng)]
    if rng.random() < 0.8 or street.endswith(("puisto", "lla")):
        parts.append(rng.choice(_LETTERS))
        if rng.random() < 0.7:
            parts.append(_said(rng.randrange(1, 40), rng))
    town = rng.choice(_TOWNS)
    town = town.lower() if street.islower() and rng.random() < 0.5 else town
    return " ".join(parts) + rng.choice([", ", " pilkku "]) + _postal(rng) + " " + town


def _phone(rng: random.Random) -> str:
    """A mobile number: a prefix read digit by digit, then seven digits in groups: three read one by one, pairs
    read as one number each (10–99)."""
    groups = [rng.choice(["nolla neljä viis", "nolla neljä nolla", "nolla viis nolla"])]
    for shape in rng.choice([(3, 2, 2), (2, 2, 3), (3, 4), (4, 3)]):
        if shape == 3:
            groups.append(" ".join(_UNIT[rng.randrange(10)] for _ in range(3)))
        else:
            groups.append(" ".join(_said(rng.randrange(10, 100), rng, apart=False) for _ in range(shape // 2)))
    return ", ".join(groups)


def _covered(text: str, span: str) -> bool:
    res = scrub(text, lang="fi")
    s = text.index(span)
    cov = {i for f in res.findings for i in range(f.start, f.end)}
    return all(i in cov for i in range(s, s + len(span)) if text[i].isalnum())


def test_generated_addresses_are_covered_whole() -> None:
    rng = random.Random(3107)
    missed = []
    for _ in range(120):
        a = _address(rng)
        text = rng.choice(["asuu {} nykyään", "Osoite {}.", "uusi osoite on {}, kerro tiimille", "{}"]).format(a)
        if not _covered(text, a):
            missed.append(text)
    assert missed == []


def test_generated_phones_are_covered_whole() -> None:
    rng = random.Random(3108)
    missed = []
    for _ in range(120):
        p = _phone(rng)
        text = rng.choice(["puhelin {}", "soita numeroon {} iltaisin", "puh {}."]).format(p)
        if not _covered(text, p):
            missed.append(text)
    assert missed == []


def test_generated_ages_are_covered() -> None:
    rng = random.Random(3109)
    missed = []
    for _ in range(120):
        n = _said(rng.randrange(18, 90), rng)
        frame = rng.choice(["ikää {} ja asuu yksin", "ikä {}, työtön", "ikää nyt {} vuotta.", "mies, {} vuotta, työtön",
                            "Ikää: {}.", "asiakas {} vuotta, asuu yksin", "hän täytti viime kuussa {} vuotta"])
        text = frame.format(n)
        if not _covered(text, n):
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize("text", [
    "kolme, neljä, viis kertaa viikossa", "käy kasitoista kertaa kuussa", "Koulukatu on kaks kilometriä",
    "ysikuus prosenttia hakemuksista", "neljä, viis, kuus tuntia päivässä", "kolkytkolme kertaa, kasikuus euroa",
    "Torikatu kolme kertaa, sitten kotiin", "ikää ei kysytty, kolme lasta",
])
def test_counts_stay(text: str) -> None:
    res = scrub(text, lang="fi")
    assert not [f for f in res.findings if f.label in ("CONTACT", "AGE", "ID") or (f.label == "ADDRESS" and " " in f.text)], text


@pytest.mark.parametrize("unit", [
    "hän on nelkyt viis vuotta vanha, ",  # a ten and unit before a count, again and again in one window
    "Kivikatu kakskyt kolme see neljä pilkku kasikuus kaks sata sotkamo, ",
    "ikää nyt kasikuus vuotta, mies, kolkyt kaks vuotta, täytti viime kuussa ysikaks vuotta ",
    "Kalliopuisto kolme aa kaks, ysitoista kaks sata Oulu ",
])
def test_work_is_linear(unit: str) -> None:
    from tests.unit.privacy.test_linear_work import work

    small, large = unit * 100, unit * 400
    scrub(small, lang="fi")
    w_small, w_large = work(small, lang="fi"), work(large, lang="fi")
    assert w_large <= 5.0 * w_small, (w_small, w_large)
