"""Readable placeholders in the text's language, with letters for people and Finnish case endings kept."""

from __future__ import annotations

import string

from coachdesk.privacy.spans import Cand

_PLACEHOLDERS: dict[str, dict[str, str]] = {
    "fi": {
        "person": "Henkilö", "place": "paikkakunta", "address": "osoite", "street": "katuosoite",
        "postal": "postinumero ja paikkakunta", "org": "organisaatio", "phone": "puhelinnumero",
        "email": "sähköposti", "url": "verkko-osoite", "handle": "käyttäjätunnus", "hetu": "henkilötunnus",
        "ytunnus": "Y-tunnus", "iban": "tilinumero", "card": "kortinnumero", "plate": "rekisterinumero",
        "case": "asianumero", "number": "numero", "date": "päivämäärä", "term": "tunnistetieto", "age": "ikä",
    },
    "sv": {
        "person": "Person", "place": "ort", "address": "adress", "street": "gatuadress",
        "postal": "postnummer och ort", "org": "organisation", "phone": "telefonnummer", "email": "e-post",
        "url": "webbadress", "handle": "användarnamn", "hetu": "personbeteckning", "ytunnus": "FO-nummer",
        "iban": "kontonummer", "card": "kortnummer", "plate": "registreringsnummer", "case": "ärendenummer",
        "number": "nummer", "date": "datum", "term": "identifierande uppgift", "age": "ålder",
    },
    "en": {
        "person": "Person", "place": "town", "address": "address", "street": "street",
        "postal": "postcode and town", "org": "organisation", "phone": "phone", "email": "email", "url": "URL",
        "handle": "handle", "hetu": "personal ID", "ytunnus": "business ID", "iban": "bank account",
        "card": "card number", "plate": "licence plate", "case": "case number", "number": "number",
        "date": "date", "term": "identifying detail", "age": "age",
    },
}
_KIND_BY_LABEL = {
    "PERSON": "person", "LOCATION": "place", "ADDRESS": "address", "ORG": "org", "CONTACT": "phone",
    "ID": "case", "DATE": "date", "AGE": "age",
}


def _letter(i: int) -> str:
    letters = string.ascii_uppercase
    return letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26]


class PersonLetters:
    """Gives the same letter to every mention of one person (full name, first name, surname)."""

    def __init__(self) -> None:
        self._groups: list[tuple[set[str], set[str]]] = []

    def letter(self, key: tuple[str, str]) -> str:
        first, sur = key
        for i, (firsts, surs) in enumerate(self._groups):
            if sur and sur in surs and (not first or not firsts or first in firsts):
                if first:
                    firsts.add(first)
                return _letter(i)
            if not sur and first and first in firsts:
                return _letter(i)
            if first and first in firsts and sur and not surs:
                surs.add(sur)
                return _letter(i)
        self._groups.append(({first} if first else set(), {sur} if sur else set()))
        return _letter(len(self._groups) - 1)


def replacement_for(c: Cand, lang: str, letters: PersonLetters, text: str) -> str:
    """The placeholder text for one candidate (the fixed replacement of ages and birth years wins)."""
    if c.replacement is not None:
        return c.replacement
    table = _PLACEHOLDERS.get(lang, _PLACEHOLDERS["en"])
    kind = c.kind
    if kind == "term":
        kind = "person" if c.label == "PERSON" else "place" if c.label == "LOCATION" else "term"
    if kind not in table:
        kind = _KIND_BY_LABEL.get(c.label, "term")
    if kind == "person":
        ph = f"[{table['person']} {letters.letter(c.key if any(c.key) else (text.lower(), ''))}]"
    elif kind == "age":
        ph = f"[{table['age']}]"
    else:
        ph = f"[{table[kind]}]"
    if c.ending and lang == "fi" and c.ending.isalpha():
        ph += ":" + c.ending
    return ph
