"""Readable placeholders in the text's language, with letters for people and Finnish case endings kept."""

from __future__ import annotations

import re
import string

from coachdesk.privacy.spans import Cand

_PLACEHOLDERS: dict[str, dict[str, str]] = {
    "fi": {
        "person": "Henkilö", "place": "paikkakunta", "address": "osoite", "street": "katuosoite",
        "postal": "postinumero ja paikkakunta", "org": "organisaatio", "employer": "työnantaja", "phone": "puhelinnumero",
        "email": "sähköposti", "url": "verkko-osoite", "handle": "käyttäjätunnus", "hetu": "henkilötunnus",
        "ytunnus": "Y-tunnus", "iban": "tilinumero", "card": "kortinnumero", "plate": "rekisterinumero",
        "case": "asianumero", "number": "numero", "date": "päivämäärä", "term": "tunnistetieto", "age": "ikä",
    },
    "sv": {
        "person": "Person", "place": "ort", "address": "adress", "street": "gatuadress",
        "postal": "postnummer och ort", "org": "organisation", "employer": "arbetsgivare", "phone": "telefonnummer", "email": "e-post",
        "url": "webbadress", "handle": "användarnamn", "hetu": "personbeteckning", "ytunnus": "FO-nummer",
        "iban": "kontonummer", "card": "kortnummer", "plate": "registreringsnummer", "case": "ärendenummer",
        "number": "nummer", "date": "datum", "term": "identifierande uppgift", "age": "ålder",
    },
    "en": {
        "person": "Person", "place": "town", "address": "address", "street": "street",
        "postal": "postcode and town", "org": "organisation", "employer": "employer", "phone": "phone", "email": "email", "url": "URL",
        "handle": "handle", "hetu": "personal ID", "ytunnus": "business ID", "iban": "bank account",
        "card": "card number", "plate": "licence plate", "case": "case number", "number": "number",
        "date": "date", "term": "identifying detail", "age": "age",
    },
}


def placeholder_words(kind: str) -> frozenset[str]:
    """The lower-case words of ``kind``'s placeholder in every language (``date``: päivämäärä, datum, date)."""
    return frozenset(table[kind].lower() for table in _PLACEHOLDERS.values() if kind in table)


def placeholder_alternatives() -> str:
    """A regex alternation of every placeholder word in every language, longest first (for the scrubber's
    idempotence: its own placeholders are never detected again)."""
    every = {word for table in _PLACEHOLDERS.values() for word in table.values()}
    return "|".join(re.escape(w) for w in sorted(every, key=lambda w: (-len(w), w)))


_KIND_BY_LABEL = {
    "PERSON": "person", "LOCATION": "place", "ADDRESS": "address", "ORG": "org", "EMPLOYER": "employer", "CONTACT": "phone",
    "ID": "case", "DATE": "date", "AGE": "age",
}


def _letter(i: int) -> str:
    """A, B, … Z, AA, AB, … ZZ, AAA, … (bijective base 26: any number of people gets a letter)."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = string.ascii_uppercase[r] + out
    return out


class PersonLetters:
    """Gives the same letter to every mention of one person (full name, first name, surname)."""

    def __init__(self) -> None:
        self._firsts: list[set[str]] = []
        self._surs: list[set[str]] = []
        self._by_first: dict[str, list[int]] = {}
        self._by_sur: dict[str, list[int]] = {}

    def _add(self, i: int, first: str, sur: str) -> None:
        if first and first not in self._firsts[i]:
            self._firsts[i].add(first)
            self._by_first.setdefault(first, []).append(i)
        if sur and sur not in self._surs[i]:
            self._surs[i].add(sur)
            self._by_sur.setdefault(sur, []).append(i)

    def letter(self, key: tuple[str, str]) -> str:
        """The letter of the person with this (first name, surname) ``key``; a new one for a new person."""
        first, sur = key
        if sur:
            for i in self._by_sur.get(sur, ()):
                if not first or not self._firsts[i] or first in self._firsts[i]:
                    self._add(i, first, "")
                    return _letter(i)
            if first:
                for i in self._by_first.get(first, ()):
                    if not self._surs[i]:
                        self._add(i, "", sur)
                        return _letter(i)
        elif first:
            # a word that is a first name and a surname alike (Kivi) may be a full name's surname
            ids = self._by_first.get(first) or self._by_sur.get(first)
            if ids:
                return _letter(ids[0])
        self._firsts.append(set())
        self._surs.append(set())
        i = len(self._firsts) - 1
        self._add(i, first, sur)
        return _letter(i)


def replacement_for(c: Cand, lang: str, letters: PersonLetters, text: str) -> str:
    """The placeholder text for one candidate (the fixed replacement of ages and birth years wins)."""
    if c.replacement is not None:
        return c.replacement
    table = _PLACEHOLDERS.get(lang, _PLACEHOLDERS["en"])
    kind = c.kind
    if kind == "term":
        kind = {"PERSON": "person", "LOCATION": "place", "EMPLOYER": "employer"}.get(c.label, "term")
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
    elif c.ending in ("'s", "’s") and lang == "en":
        ph += c.ending  # "[Person A]'s": the possessive the span took (spoken_edges.name_possessive)
    return ph
