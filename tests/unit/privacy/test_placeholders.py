"""Person letters never run out: A … Z, AA … ZZ, AAA … (a long text once crashed after 702 people)."""

from __future__ import annotations

from coachdesk.privacy import scrub
from coachdesk.privacy.placeholders import PersonLetters

FIRSTS = (
    "Matti Liisa Juha Anna Pekka Maria Timo Sari Jari Tiina Kari Päivi Mika Minna Antti Laura Ville Hanna Janne "
    "Kaisa Jussi Satu Heikki Elina Markku Riikka Tuomas Outi"
).split()
SURS = (
    "Virtanen Korhonen Nieminen Mäkinen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen "
    "Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen "
    "Mattila Savolainen Lahtinen"
).split()


def test_letters_are_unique_past_two_letters() -> None:
    letters = PersonLetters()
    got = [letters.letter((f"etu{i}", f"suku{i}")) for i in range(800)]
    assert got[:3] == ["A", "B", "C"] and got[25:28] == ["Z", "AA", "AB"]
    assert got[701:703] == ["ZZ", "AAA"]
    assert len(set(got)) == 800


def test_a_text_with_more_than_702_people_is_scrubbed() -> None:
    text = " ".join(f"Tapasin asiakkaan {f} {s} tänään." for f in FIRSTS for s in SURS)  # 784 people
    res = scrub(text, lang="fi")
    people = {f.replacement for f in res.findings if f.label == "PERSON"}
    assert "[Henkilö AAA]" in people and len(people) > 702
    assert not any(s in res.text for s in SURS)
