"""Direct details and ages in careful prose that the patterns miss by one step of shape.

Runs last among the detectors (``scrubber._scrub``, next to ``spoken_edges.widen``): :func:`find` adds
candidates, :func:`widen` widens ADDRESS candidates already found. Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| occupation_age | `(ent. lähihoitaja, 61)`, `(mies, ent. rakennusmies, 59)`, `(cook, 44)`, `(f.d. sjukskötare, 59)` | a bracket of words (no digit, up to 60 characters), a comma and 16–99 closing it; the last word no counted noun, page, room, grade or year |
| en_house_number | `12 Maple Road`, `4B Hill Street`, `twenty two Station Road` | a house number (digits or one to three English number words, as `spoken_edges` reads them), one or two capitalised words, an English street type |
| stair_after_street | `7 Rantakatu B 12` | a stair letter (and flat number) right after a number-first street |
| flat_before_number | `flat 3, 41 Puistokatu` | a flat word and its number right before a number-first street |
| address_town | `Strandvägen sju B i Vasa`, `Koulukatu 4, Oulu` | a capitalised place of the lists (or found as a place) after `i`, `in`, a comma or a space |
| address_label | `Osoite: Kivikonlaita 6 B 22, 00940 Helsinki`, `Adress: Skeppargränd 3`, `Address: 5 Merimiehenkuja` | the rest of the line (or sentence) after an address label (Osoite, Os., Kotiosoite, Postiosoite, Adress, Address, Home address) when a capitalised word stands next to a house number or a postal code |
| spaced_email | `anna smith at gmail com`, `matti virtanen ät posti fi` | one to three words, a spoken at, one or two words, a top-level domain word (spaces read for the dots) |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy import cue_words, form_places
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import NAME, PLACE, Lexicon
from coachdesk.privacy.patterns import age_range
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ADDRESS, PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_edges import DETERMINER_BEFORE, number_before

RULES = {
    r.id: r
    for r in (
        Rule("occupation_age", "an age closing a bracket after an occupation: (ent. lähihoitaja, 61)"),
        Rule("en_house_number", "a house number before capitalised words and an English street type: 12 Maple Road"),
        Rule("stair_after_street", "a stair letter and flat number after a number-first street: 7 Rantakatu B 12"),
        Rule("flat_before_number", "a flat word and number before a number-first street: flat 3, 41 Puistokatu"),
        Rule("address_town", "the town right after a street address: Strandvägen sju B i Vasa"),
        Rule("address_label", "the line after an address label with a house number: Osoite: Kivikonlaita 6 B 22"),
        Rule("spaced_email", "a spoken e-mail with spaces for the dots: anna smith at gmail com"),
    )
}

_COUNTED = cue_words.words("COUNTED")
# "(ent. lähihoitaja, 61)": words (abbreviations with a dot too), a comma, the age, the bracket closing
_OCC_AGE = re.compile(r"\((?=[^\W\d_])([^()\n\d]{0,60}?([^\W\d_]{2,})\.?)[ \t]*,[ \t]*(\d{2})[ \t]*\)")
# words before a number in brackets that is no age: a page, a room, a grade, a year
_NOT_AGE_WORDS = frozenset(
    "sivu sivut s kohta kohdat huone luokka liite osa pykälä versio vuosi vuonna ryhmä page pages room grade "
    "item year version group sida sidan rum klass år punkt bilaga grupp".split()
)
_EN_STREET = (
    "Road|Street|Avenue|Lane|Drive|Close|Way|Court|Crescent|Place|Square|Terrace|Gardens|Grove|Row|Walk|Rd|St|Ave"
)
_EN_STREET_TYPE = re.compile(rf"[ \t](?:{_EN_STREET})\b\.?(?![\w-])")  # anchored at the street type
_EN_STREET_NAME = re.compile(r"(?<![\w-])((?:[A-Z][\w'’-]+[ \t]+){1,2})$")
_STAIR_AFTER = re.compile(r"[ \t]+[A-H](?:[ \t]+\d{1,3})?(?![\w-])")
_FLAT_BEFORE = re.compile(r"(?i)(?<![\w-])(?:flat|apt\.?|apartment|unit|asunto|as\.|lgh\.?|lägenhet)[ \t]*\d{1,3}[a-z]?,?[ \t]+$")
_TOWN_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+i[ \t]+|[ \t]+)([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?![\w-])")
_AT_WORDS = cue_words.words("SPOKEN_AT") | {"at"}
# an address label and the rest of its line (up to a field separator); the label's first letters as a class first,
# (?<![\w-]) checked after it, so the engine skips to them
_ADDRESS_LABEL = re.compile(
    r"[OoKkPpHhAa](?<![\w-].)(?:(?<=[OoKkPpHh])\w{0,6}(?:osoite|OSOITE|adress|ADRESS)|(?<=[Oo])soite|(?<=O)SOITE"
    r"|(?<=[Oo])s\.|(?<=[Aa])d(?:d?)ress|(?<=A)D(?:D?)RESS|(?<=[Hh])ome address)"
    r"[ \t]*:[ \t]*([^\n|;\t]{3,120}?)(?=[.!?]?[ \t]*(?:$|\n)|[.!?][ \t]+[A-ZÅÄÖ])",  # to the line's or sentence's end
    re.MULTILINE,
)
_LABEL_HINTS = ("soite", "SOITE", "dress", "DRESS", "Os.", "os.")  # cheap substring tests before the label pattern
# a capitalised word next to a house number ("Kivikonlaita 6", "5 Merimiehenkuja") or a postal code and its town
_HOUSE_NUMBER = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][\wåäö-]{2,}[ \t]+\d{1,4}(?![\d]|[.,:/]\d)"
    r"|(?<![\w.,:/-])\d{1,4}[A-Za-z]?[ \t]+[A-ZÅÄÖ][a-zåäö]{2,}"
    r"|(?<![\w.,:/-])\d{5}[ \t]+[A-ZÅÄÖ][a-zåäö]{2,}"
)
_TLDS = cue_words.words("SPOKEN_TLDS")
_STOP = cue_words.words("FUNCTION_NEXT") | cue_words.words("PRONOUNS") | {
    "on", "is", "är", "oli", "was", "var", "osoite", "address", "adress", "e-mail", "email", "sähköposti",
    "e-post", "epost", "mail", "meili", "maili", "mejl", "mejlen", "sposti", "to", "till", "the", "and", "ja", "och", "or", "tai", "eller",
}
_AT = re.compile(r"[ \t](?:[äÄaA]t|[sS]nabel-?a|[mM]iukumauku)[ \t]+")  # a space first: the engine skips to it
_AT_HINTS = (" at ", " ät ", "nabel", "iukumauku", " At ", " Ät ")
_LOCAL_BEFORE = re.compile(r"(?i)(?<![\w@.-])((?:[a-zåäö0-9][\w-]*[ \t]+){1,3})$")
_WORD = re.compile(r"\S+")
_SAFE_TLDS = frozenset({"com", "fi", "net", "org", "eu", "uk"})
_DOMAIN_AFTER = re.compile(
    r"(?i)([a-zåäö0-9][\w-]*(?:(?:[ \t]+|\.)[a-zåäö0-9][\w-]*)??)(?:[ \t]+|\.)("
    + "|".join(sorted(_TLDS, key=len, reverse=True))
    + r")(?![\w@-]|\.\w)"
)


def find(text: str, lex: Lexicon) -> Iterator[Cand]:
    """AGE, ADDRESS and CONTACT candidates for the rules occupation_age, en_house_number, address_label and
    spaced_email."""
    if "(" in text:
        for m in _OCC_AGE.finditer(text):
            n = int(m.group(3))
            last = m.group(2).lower()
            counted = any(base in _COUNTED or base in _NOT_AGE_WORDS for base, _ in analyses(last))
            if 16 <= n <= 99 and not counted:
                c = Cand(m.start(3), m.end(3), "AGE", "age", "age after an occupation (occupation_age)", PRIO_AGE_DATE)
                c.replacement = age_range(n)
                yield c
    for m in _EN_STREET_TYPE.finditer(text):  # en_house_number: "12 Maple Road", "twenty two Station Road"
        name = _EN_STREET_NAME.search(text, max(0, m.start() - 40), m.start() + 1)
        start = number_before(text, name.start(1)) if name else None
        if start is not None and (text[start].isdigit() or not DETERMINER_BEFORE.search(text, max(0, start - 8), start)):
            yield Cand(start, m.end(), "ADDRESS", "street", "street address, number first (en_house_number)", PRIO_ADDRESS)
    for m in _ADDRESS_LABEL.finditer(text) if any(h in text for h in _LABEL_HINTS) else ():  # address_label
        value = m.group(1).rstrip(" .,")
        if "@" in value or not _HOUSE_NUMBER.search(value):
            continue
        yield Cand(m.start(1), m.start(1) + len(value), "ADDRESS", "address", "line after an address label (address_label)", PRIO_ADDRESS)
    ats = _AT.finditer(text) if any(w in text for w in _AT_HINTS) else ()
    for at in ats:  # spaced_email: anchored at the spoken "at" (the pattern runs only where one may be)
        d = _DOMAIN_AFTER.match(text, at.end())
        b = _LOCAL_BEFORE.search(text, max(0, at.start() - 60), at.start() + 1) if d else None
        if d is None or b is None:
            continue
        english_at = at.group(0).strip().lower() == "at"
        if english_at and d.group(2).lower() not in _SAFE_TLDS and re.match(r"[ \t]+[^\W\d_]", text[d.end() : d.end() + 3]):
            continue  # "the kids at school no longer": a word-like top-level domain in running text
        words = b.group(1).split()
        while words and words[0].lower() in _STOP:  # "is anna smith at …": the address starts after "is"
            words = words[1:]
        if not words or any(w.lower() in _STOP for w in words):
            continue
        if any(w.lower() in _STOP or w.lower() in _AT_WORDS for w in d.group(1).replace(".", " ").split()):
            continue
        start = [w.start() for w in _WORD.finditer(text, b.start(1), at.start())][-len(words)]
        yield Cand(start, d.end(), "CONTACT", "email", "e-mail address read out with spaces (spaced_email)", 93)
    yield from form_places.find(text, lex)  # "Kylä: Latvakangas", "Länsipuisto 5 B 14, 26100 Rauma" (form_places.py)


def widen(text: str, cands: list[Cand], lex: Lexicon) -> None:
    """Widen ADDRESS candidates (in place): stair_after_street, flat_before_number, address_town."""
    places = {c.start: c.end for c in cands if c.label in ("LOCATION", "PERSON")}  # Kemi is a name too
    for c in cands:
        if c.label != "ADDRESS":
            continue
        number_first = text[c.start : c.start + 1].isdigit()
        if number_first:
            m = _STAIR_AFTER.match(text, c.end)
            if m and not text[c.end : m.end()].strip().isdigit():
                c.end = m.end()
            f = _FLAT_BEFORE.search(text, max(0, c.start - 16), c.start)
            if f:
                c.start = f.start()
        if re.search(r"\d{5}", text[c.start : c.end]):
            continue  # a postal code: the town is already in the address
        t = _TOWN_AFTER.match(text, c.end)
        if t and ((places.get(t.start(1)) == t.end(1) and _place(lex, t.group(1))) or _place(lex, t.group(1), strict=True)):
            c.end = t.end(1)
            c.replacement = None


def _place(lex: Lexicon, word: str, strict: bool = False) -> bool:
    """A town of the lists; ``strict``: not also a person's name (``Vasa``; ``Kemi`` only when found)."""
    flags = lex.lookup(word)[0]
    return bool(flags & PLACE) and not (strict and flags & NAME)
