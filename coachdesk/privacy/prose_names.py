"""Person names in careful prose, e-mails and minutes that the name rules leave by one step of shape.

Runs with the late rules (``scrubber._scrub``, after ``grow_names``) and only adds PERSON candidates.
Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| particle_bridge | `Rosalinda dela Paz`, `Maria de los Santos`, `Rosalie Dela Cruz`, `Maria De Los Reyes` | a found name, one to three name particles (de, dela, de los, van der, bin …; capitalised `Dela`, `De La`, `Del`, `De Los`, `Delos` too), a capitalised word: one name |
| role_bracket | `Hej,\\nDilan (klienten) frågar`, `Yohannes (asiakas) kysyy` | a capitalised word right before `(client)`, `(klienten)`, `(asiakas)` …; no kept, common or function word |
| bracketed_name | `client C (June)`, `asiakas B (Lumi)`, `klient A (Dilan)` | a client role and maybe a letter, then one or two capitalised words alone in brackets; a first name of the lists or no ordinary word |
| item_age | `C: Faith, 37.`, `- Hope, 29, …` | a first name of the lists opening a line or a list item, then `, NN` and `,`/`.`: the name (the age follows it) |
| preferred_name | `Sasha, as he prefers to be called`, `Sasha (kutsumanimi)` | a capitalised word before a phrase of being called so |
| attendee_item | `Läsnä: Tesfay, Riikka (valmentaja) ja allekirjoittanut`, `Närvarande: Azadeh, handläggare Sara och jag`, `Läsnä: XK, PO ja asiakas` | an item of a `Läsnä:` / `Present:` / `Närvarande:` line that is one or two capitalised words (a role word before them may stay), no pronoun, role or kept word, no frequent word unless a first name; or initials alone (two or three capitals, `A-K`, `A-LH`, `V-M L.`) that are no word or known acronym (``acronyms.word_caps``: not `TE`, `KELA`, `HR`), or are one but a role names them (`valmentaja TK`, `TK (valmentaja, kirjaaja)`; never a body's known acronym or kept word: `TE (työllisyyspalvelut)`); items split at `,`, `;`, `ja`/`och`/`and`, also of `Poissa:`/`Frånvarande:`/`Absent:` lines; such initials elsewhere in the text are the same person (`A-LH kertoi`, `A-LH:n`; a word or acronym only before a lower-case word: `TK soittaa`, not `käynti TK:ssa`) |
| subject_name | `Ämne: SV: Azadeh – praktik`, `Aihe: Re: Tesfayn työkokeilu`, `Subject: Fwd: Tesfay's CV`, `Aihe: Työkokeilu / XK`, `Aihe: XK:n jakso` | a capitalised word of an e-mail subject line (after `RE:`, `VS:`, `SV:`, `Fwd:` …) of a foreign shape in no list, no frequent word or compound of them, or a first name of the lists that is no frequent word; initials (two or three capitals, `A-K`) with a case ending or ending the line, no word or known acronym (``acronyms.word_caps``: not `Aihe: TE:n lausunto`, `Subject: CV`) |
| given_before_surname | `Yevhen Pidhirnyi aloitti` (the surname found, the given name not) | an unknown, not frequent, not verb-shaped word of an East Slavic shape (Ye-, -kh-, -iia …) right before a found name |
| word_name_surname | `Valo Kiven mukaan …`, `Toivo Rautaisen kanssa edettiin`, `Participants: Onni Saari (client)` | a first name of the lists that is also an ordinary word opening a sentence, one space, then a found name with a case ending (an inflected surname), or opening a list item before a found name and a bracket (a role): the given name (`Toivo on, että`, `Lumi satoi`: no found name after it) |
| part_repeat | `… Oleksii Chornovol … Chornovol has a degree` | a word of a found two- or three-word name (no ordinary word, place or kept word) elsewhere, capitalised, in any case form |
| owner_initials | `- Kela-hakemus, vastuu PK`, `(vastuu TS)`, `ansvar: KJ`, `owner: MB/LS`, `hoitaa XV`, `Responsible: XL`, `assigned to XW` | two or three capitals after an owner word of the cue files (``[OWNER_CUES]``: vastuu, vastaa, hoitaa, ansvar, ansvarar, owner, responsible, assigned …; a colon, `to`/`by` or a dash between maybe); two capitals of ``[NOT_INITIALS]`` that are no known acronym (`vastuu TK`) are ASKED (uncertain); no known body, scale, medical or service acronym (TE, KELA, HR, IT, TYK, ALS, COPD: `acronyms.known_acronym`) and no kept word, unless they are the initials of a person found in the text: then that person, whatever they spell (`Tiina Elo` … `vastuu TE`); `vastuu TE`, `hoitaa HR`, `ansvar EN` stay |
| hyphen_role | `Anna-ohjaajan`, `Sari-tulkilta`, `Minna-esihenkilön` | a first name of the lists, a hyphen, a role or profession noun in any case form: the name part (a finding of the whole word form is trimmed to it) |
| found_initials | `Läsnä: Olavi Kettunen …` … `sopimus – RM ja OK`, `O.K. varaa ajan` | two or three capitals (not right after a number: `3:12 PM`) (dots allowed) equal to the initials of a person of two or three words found in the same text (a hyphenated first name gives one or two letters); a word (`OK`) or a body acronym only in a list position or, once a bracket gives them as an item (`Outi Xoskinen (OK)`, `(HR, owner)`), before a lower-case word (`OK on tyytyväinen`, not `Kaikki on OK.`, `OK, …`) (after `:`, `–`, `,`, `/`, `(`, `ja`/`and`/`och`, or a line start) and not joined by `ja`/`och`/`and`/`,` to a kept word (`TE ja Kela`: the services); a known medical or service acronym of three letters (`ASD`, `OCD`, `ALS`: `acronyms.known_acronym`) never without dots, one of two (`MS`, `TE`) only in a list position; no initials of a found name: nothing. Initials that a rule found as a person alone (`Dr Xolm (työterveys, EH)`: ``minutes_names.bracket_initials``; `vastuu XK`) are wanted too: `EH hoitaa`, `XK:lle`, `;EH` |
| form_label | `Namn: Wilma Blomqvist`, `Nimi: Usva Kettunen`, `Client: Hope Adeyemi` | a person field label (nimi, namn, name, asiakas, klient, client …) and a colon at a line start, then one to four capitalised words up to the line end or a bracket or comma (`Name: X Y (prefers …)`), one of them a name of the lists or a word in no list, no kept or function word: the whole value |
| word_name_repeat | `Läsnä: Into Pulkkinen (asiakas)` … `Into on ollut aktiivinen` | the first word of a found full name (a word-name) opening a later sentence right before a person's verb (`on ollut`, `kertoi`, `aloitti` …); not before other words (`Into työhön on kasvanut`) |
| opening_full_name | `What happened: Zbigniew Kowalczyk (he turned 41 on 3 May) told me`, `Kuvaus: Radosław Wiśniewski kertoi`, `Beskrivning: Ondřej Dvořák (fyllde 44) berättade` | two or three capitalised words opening a sentence or following a section label (`Kuvaus:`, `**What happened:**`), each a name of the lists (no common or kept word) or a word in no list, not frequent, not Finnish-shaped or a verb form, of a foreign shape or with a letter of Central/Eastern European names (ł ś ż ř č ő ğ ı …, evidence only); then a bracket with an age or birthday cue and a number, or a person's verb (told, kertoi, berättade …); not `Sick Leave Ended (after 3 months)`, `Kuvaus: Työkokeilu Keskeytyi` |
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator

from coachdesk.privacy import kin_names, per_text, token_index
from coachdesk.privacy.acronyms import known_acronym, word_caps
from coachdesk.privacy.cue_scan import cue_starts, pair_starts
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import COMMON, FIRST, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.name_words import cee_letters, fi_common_word, foreign
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token, char_before
from coachdesk.privacy.verbs import is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("particle_bridge", "a found name, name particles and a capitalised word are one name: Rosalinda dela Paz"),
        Rule("role_bracket", "a capitalised word before a bracketed client role: Dilan (klienten)"),
        Rule("bracketed_name", "a name alone in brackets after a client role: client C (June)"),
        Rule("item_age", "a first name opening a list item before ', NN': C: Faith, 37."),
        Rule("preferred_name", "a word before 'as he prefers to be called': Sasha, as he prefers to be called"),
        Rule("attendee_item", "a capitalised item of an attendee list: Läsnä: Tesfay, Riikka (valmentaja)"),
        Rule("subject_name", "an unknown or first-name word of an e-mail subject line: Ämne: SV: Azadeh – praktik"),
        Rule("given_before_surname", "an East Slavic-shaped unknown word right before a found name: Yevhen Pidhirnyi"),
        Rule("word_name_surname", "a word-name opening a sentence before a found inflected surname: Valo Kiven mukaan"),
        Rule("part_repeat", "a word of a found full name elsewhere, in any case form: Chornovol has"),
        Rule("owner_initials", "two or three capitals after an owner word of minutes: vastuu PK, ansvar: KJ"),
        Rule("hyphen_role", "a first name joined to a role noun by a hyphen: Anna-ohjaajan"),
        Rule("found_initials", "capitals equal to the initials of a person found in the text: RM ja OK"),
        Rule("form_label", "the value of a person field label, whole: Namn: Wilma Blomqvist"),
        Rule("word_name_repeat", "a found full name's word-name opening a sentence before a person's verb: Into on ollut"),
        Rule("opening_full_name", "two name-like words opening a sentence or a section before an age bracket or "
             "a person's verb: Kuvaus: Radosław Wiśniewski kertoi"),
    )
}

_PARTICLES = "de|del|dela|delos|delas|della|de la|de las|de los|dos|das|da|di|du|van|von|van der|van den|von der|ter|ten|y|bin|binti|ibn|al|el|le|la"
# lower-case particles, or the capitalised Filipino / Spanish ones (Dela Cruz, De Los Reyes, Del Rosario)
_CAP_PARTICLES = "Dela|Delos|Delas|Del|De La|De Las|De Los|De la|De los|De las|Dos|Da"
_PARTICLE_AFTER = re.compile(rf"[ \t](?:{_PARTICLES}|{_CAP_PARTICLES})[ \t]+([A-ZÅÄÖ][\w'’]+)")
_PARTICLE_INITIALS = frozenset(p[0] for p in _PARTICLES.split("|")) | {"D"}
_ENDS_IN_PARTICLE = re.compile(rf"[ \t](?:{_CAP_PARTICLES})$")  # a found name that took the particle: Rosalie Dela
_NEXT_CAP = re.compile(r"[ \t]+([A-ZÅÄÖ][\w'’]+)")
_STARTS_WITH_PARTICLE = re.compile(rf"(?:{_CAP_PARTICLES}|De)[ \t]+[A-ZÅÄÖ]")
_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÅÄÖ][a-zåäöéíóúñ]+)[ \t]$")
# the owner words of the cue files (``[OWNER_CUES]``); the pattern is matched only where one starts (any letter case)
_OWNER_CUES = tuple(sorted(words("OWNER_CUES")))
_OWNER = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(sorted(_OWNER_CUES, key=len, reverse=True))})(?:[ \t]+(?i:to|by|för))?[ \t]*:?[ \t]*"
    r"(?:(?:[–—]|->|→)[ \t]*)?"
    r"([A-ZÅÄÖ]{2,3}(?![\w-])(?:[ \t]*(?:/|,|&|ja|och|and)[ \t]*[A-ZÅÄÖ]{2,3}(?![\w-]))*)"
)
_CAPS = re.compile(r"[A-ZÅÄÖ]{2,3}")
_OWNER_ASK = words("NOT_INITIALS")  # capitals that may be a unit, asked in an owner's place unless a known acronym
_NOT_INITIALS = words("NOT_INITIALS") | words("SCALE_ACRONYMS") | words("LEGAL_FORMS")
_CLIENT_ROLES = "client|the client|my client|klient|klienten|min klient|asiakas|asiakkaani|kund|kunden|sökande|hakija"
# anchored at the literal "(" and "-" (the engine skips to them); the word before is read backwards
_ROLE_BRACKET = re.compile(rf"\((?:{_CLIENT_ROLES})(?:,[^()\n]{{0,30}})?\)")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w'’-]+)[ \t]+$")
_HYPHEN_ROLE = re.compile(r"-([a-zåäö]{4,})(?![\w-])")
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]+)$")
_ROLE_WORDS = words("ROLE_NOUNS") | words("PROFESSIONS") | frozenset(
    "tulkki ohjaaja työnohjaaja valmentaja kollega työkaveri esihenkilö lääkäri hoitaja opettaja sihteeri "
    "omistaja yrittäjä kuraattori terapeutti psykologi sosiaalityöntekijä".split()
)
_BRACKETED = re.compile(r"\(([A-ZÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÅÄÖ][\w'’-]+)?)\)")  # anchored at "("
_ROLE_BEFORE = re.compile(rf"(?i:\b(?:{_CLIENT_ROLES}))(?:[ \t]+[A-Z])?[ \t]+$")
_ITEM_AGE = re.compile(r"(?m)^[ \t]*(?:[-•*–][ \t]*|[A-Z0-9]{1,2}[:.)][ \t]+)?([A-ZÅÄÖ][\w'’-]+),[ \t]*\d{1,2}(?:[ \t]*(?:v|år|y))?[,.]")
_PREFERRED = re.compile(
    r"([A-ZÅÄÖ][\w'’-]+),?[ \t]+(?:\(?(?:as|like)[ \t]+(?:he|she|they)[ \t]+(?:prefers?|likes?|wants?)[ \t]+to[ \t]+be[ \t]+called"
    r"|\((?:kutsumanimi|kutsumanimeltään|tilltalsnamn|preferred name)\)"
    r"|kuten[ \t]+hän[ \t]+haluaa[ \t]+(?:itseään[ \t]+)?kutsuttavan|som[ \t]+(?:han|hon|hen)[ \t]+vill[ \t]+kallas)"
)
# East Slavic transliterations Finnish words never have (Yevhen, Khrystyna, Ilnytska, Kovalenko, Tkachuk)
_SLAVIC = re.compile(r"^y[aeiou]|kh|zh|iia$|yi$|iy$|enko$|chuk$|iuk$|yuk$|yshyn$|ovych$|evych$|ivna$|ovna$|ska$|skyi$")
_NAME_PART = re.compile(r"[A-ZÅÄÖ][\w'’-]+")
_ATTENDEES = re.compile(
    r"(?im)^[ \t]*(?:läsnä|paikalla|osallistujat|poissa|present|attendees|participants|absent|närvarande|deltagare"
    r"|frånvarande)[ \t]*:[ \t]*([^\n]+)$"
)
_ITEM_SPLIT = re.compile(r"[,;][ \t]*|[ \t]+(?:ja|and|och|sekä|&)[ \t]+")
_ITEM = re.compile(
    r"(?:([a-zåäö-]+)[ \t]+)?([A-ZÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÅÄÖ][\w'’-]+|[ \t]+[A-ZÅÄÖ]\.)?)[ \t]*(?:\(([^()\n]{0,40})\))?[ \t.]*"
)
_CAPS_ITEM = re.compile(r"[A-ZÅÄÖ]{2,3}|[A-ZÅÄÖ]{1,2}-[A-ZÅÄÖ]{1,2}(?:[ \t]+[A-ZÅÄÖ]\.)?")  # `TK`, `A-LH`, `V-M L.`
_DESCRIBED = re.compile(r"[a-zåäö]")  # `TK (valmentaja, kirjaaja)`: the item's bracket opens with a lower-case word
_SUBJECT = re.compile(
    r"(?im)^[ \t]*(?:(?:subject|aihe|ämne|otsikko)[ \t]*:|(?:re|vs|sv|fw|fwd|vl|aw)[ \t]*:)[ \t]*([^\n]*)$"
)
_SUBJECT_PREFIX = frozenset("re vs sv fw fwd vl aw".split())
_LINE_REST = re.compile(r"[ \t.]*")  # nothing but spaces and dots up to the line end (stops at the first other)
_SUBJECT_INITIALS = re.compile(r"(?<![\w.-])([A-ZÅÄÖ]{2,3}|[A-ZÅÄÖ]-[A-ZÅÄÖ])(?:(:[a-zåäö]{1,4})(?![\w-])|(?![\w:-]))")
_CAP_WORD = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w-]*?)((?:['’]s)?)(?![\w-])")
_PREFERRED_CUES = ("called", "kutsu", "kallas", "namn)", "name)")  # the regex runs only where one is
_NOT_NAME = words("FUNCTION_NEXT") | words("PRONOUNS") | words("PERSONAL_PRONOUNS")


def find(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand]) -> Iterator[Cand]:
    """PERSON candidates for the rules of :data:`RULES`."""
    person_at = {c.end: c for c in cands if c.label == "PERSON"}
    for c in person_at.values():  # "Juan [De La Cruz]": the given name before a name opening with a particle
        if text[c.start : c.start + 1] == "D" and _STARTS_WITH_PARTICLE.match(text, c.start):
            g = _GIVEN_BEFORE.search(text, max(0, c.start - 30), c.start)
            if g is not None and _given_like(g.group(1), lex):
                c.start, c.reason = g.start(1), "name with particles (particle_bridge)"
    for end, c in list(person_at.items()):
        if text[end - 1 : end] in "lasLS" and _ENDS_IN_PARTICLE.search(text, c.start, end):
            m = _NEXT_CAP.match(text, end)
            if m is not None and not lex.lookup(m.group(1))[0] & KEEP:  # the name reads on: one name, no case ending
                c.end, c.ending, c.reason = m.end(1), "", "name with particles (particle_bridge)"
                person_at[c.end] = c
    for end, c in person_at.items():
        if text[end : end + 1] != " " or text[end + 1 : end + 2] not in _PARTICLE_INITIALS:
            continue  # a cheap look at the next letter before the pattern
        m = _PARTICLE_AFTER.match(text, end)
        if m is not None:
            reason = "name with particles (particle_bridge)"
            ending = person_at[m.end(1)].ending if m.end(1) in person_at else ""
            yield Cand(c.start, m.end(1), "PERSON", "person", reason, PRIO_NAME, ending=ending, key=c.key)
    yield from _owner_initials(text, lex, list(person_at.values()))
    if "(" in text:
        for r in _ROLE_BRACKET.finditer(text):
            m = _WORD_BEFORE.search(text, max(0, r.start() - 40), r.start())
            if m is None:
                continue
            w = m.group(1)
            flags = lex.lookup(w)[0]
            if w.lower() in _NOT_NAME or flags & KEEP or (flags & COMMON and not flags & FIRST):
                continue
            reason = "name before a client role (role_bracket)"
            yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=(w.lower(), ""))
    if "(" in text:
        for m in _BRACKETED.finditer(text):
            if not _ROLE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue
            first = m.group(1).split()[0]
            flags = lex.lookup(first)[0]
            if flags & FIRST or not (flags & (COMMON | KEEP) or first.lower() in _NOT_NAME):
                reason = "name in brackets after a client role (bracketed_name)"
                yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=(first.lower(), ""))
    if "," in text:
        for m in _ITEM_AGE.finditer(text):
            w = m.group(1)
            if lex.lookup(w)[0] & FIRST and not lex.get(w.lower()) & KEEP:
                reason = "first name opening a list item before an age (item_age)"
                yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=(w.lower(), ""))
    for m in _PREFERRED.finditer(text) if any(cue in text for cue in _PREFERRED_CUES) else ():
        w = m.group(1)
        if w.lower() not in _NOT_NAME and not lex.lookup(w)[0] & KEEP:
            reason = "a name one prefers to be called (preferred_name)"
            yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=(w.lower(), ""))
    if ":" in text:
        yield from _attendees(text, lex)
        yield from _subjects(text, lex)
    yield from _around_found(text, toks, lex, cands)
    yield from _opening_full_names(text, toks, lex)
    if "-" in text:
        whole = {(c.start, c.end): c for c in cands if c.label == "PERSON"}
        for h in _HYPHEN_ROLE.finditer(text):
            m = _NAME_BEFORE.search(text, max(0, h.start() - 30), h.start())
            if m is None or not lex.lookup(m.group(1))[0] & FIRST or lex.get(m.group(1).lower()) & KEEP:
                continue
            role = h.group(1)
            if any(base in _ROLE_WORDS or _gradation(base) in _ROLE_WORDS for base, _ in analyses(role)):
                found = whole.get((m.start(1), h.end()))
                if found is not None:  # the name model took the whole word form: the role is no name
                    found.end, found.ending = m.end(1), ""
                key = (m.group(1).lower(), "")
                reason = "name joined to a role noun (hyphen_role)"
                yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=key)
    yield from kin_names.find(text, lex, cands)  # "Mervi-tädin", "Kalle-enolla": the name part (kin_names.py)


_CAP = "A-ZÀ-ÖØ-ÞČŠŽĐŊŦ"  # capitals, accented ones too (ÁL for Ánte Länsman)
_INITIALS = re.compile(rf"(?<![\w.-])([{_CAP}])\.?([{_CAP}])\.?(?:([{_CAP}])\.?)?(?![\w-])")
_AFTER_NUMBER = re.compile(r"\d[ \t]?\Z")  # \Z: "vk 24\nOR;…" is a new line, no number before
_DEFINED = re.compile(r"[A-ZÅÄÖ]{2,3}")  # a finding that is initials alone
_LIST_BEFORE = re.compile(r"(?:^|[\n:–—\-,/(;]|\b(?:ja|and|och|sekä|&)|(?:^|\n)[ \t]*\d{1,2}[.)])[ \t]*$")  # "4. TK:" too
OVER_KEPT = "over_kept"  # extra key: the finding stands even inside a never-scrub phrase (the scrubber reads it)
_JOINED_AFTER = re.compile(r"[ \t]*(?:,|ja|och|and|sekä|&)[ \t]+([A-ZÅÄÖ][\w-]+)")
_JOINED_BEFORE = re.compile(r"([A-ZÅÄÖ][\w-]+)[ \t]*(?:,|[ \t](?:ja|och|and|sekä|&))[ \t]+$")
_FORM_LABEL = re.compile(
    r"(?im)^[ \t]*(?:nimi|koko nimi|asiakas|asiakkaan nimi|namn|fullständigt namn|klient|klientens namn|kund|"
    r"name|full name|client|client name)[ \t]*:[ \t]*"
    r"([A-ZÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÅÄÖ][\w'’-]+){0,3})[ \t]*(?:$|(?=[(,;]|[–-][ \t]))"  # a bracket or comma may follow
)
_REPEAT_VERBS = "|".join(
    sorted(words("FI_PERSON_VERBS") | frozenset("aloitti aloittaa kertoi kertoo kävi käy".split()), key=len, reverse=True)
)
_REPEAT_VERB = re.compile(rf"[ \t]+(?:on[ \t]+ollut|oli[ \t]+ollut|ei[ \t]+ole|(?:{_REPEAT_VERBS})(?![\w-]))")


def _initials_of(name: str) -> set[str]:
    """The initials a found name may be written as: Anna-Liisa Koski -> ALK, AK."""
    parts = name.split()
    if not 2 <= len(parts) <= 3:
        return set()
    full = ["".join(x[:1] for x in p.split("-") if x[:1].isupper()) for p in parts]
    if not all(full):
        return set()
    out = {"".join(full), "".join(f[0] for f in full)}
    out |= {_fold(i) for i in out}  # Ánde Guttorm -> ÁG and AG
    return {i for i in out if 2 <= len(i) <= 3}


def _fold(initials: str) -> str:
    """Capitals without their accents, Å Ä Ö kept (Á -> A, Č -> C)."""
    return "".join(ch if ch in "ÅÄÖ" else unicodedata.normalize("NFD", ch)[0] for ch in initials)


def initials_wanted(text: str, persons: list[Cand]) -> dict[str, tuple[str, str]]:
    """The initials of every found person of two or three words, and initials a rule found as a person alone
    (``minutes_names.bracket_initials``, ``owner_initials``) -> that person's key (the first person wins)."""
    want: dict[str, tuple[str, str]] = {}
    seen: set[str] = set()
    for c in persons:
        name = text[c.start : c.end]
        if c.label != "PERSON" or name in seen:
            continue
        if _DEFINED.fullmatch(name) and not c.uncertain and c.kind != "term":
            want.setdefault(name, c.key)  # initials a rule found as a person ("Dr Xolm (EH)", "vastuu EH"): EH again
            continue
        if " " not in name:
            continue
        seen.add(name)
        for ini in _initials_of(name):
            want.setdefault(ini, c.key)
    return want


def _among_bodies(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The capitals at start..end are joined by ja/och/and/sekä/, to a kept word (a body: "TE ja Kela")."""
    after = _JOINED_AFTER.match(text, end)
    if after is not None and lex.lookup(after.group(1))[0] & KEEP:
        return True
    before = _JOINED_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and bool(lex.lookup(before.group(1))[0] & KEEP)


def _found_initials(text: str, lex: Lexicon, persons: list[Cand]) -> Iterator[Cand]:
    """Rule found_initials."""
    want = initials_wanted(text, persons)
    if not want:
        return
    taken = {(c.start, c.end) for c in persons}
    # initials a bracket gives a person ("Outi Xoskinen (OK)", "(HR, ägare)"): the text names her so, a word or not
    defined = {item.strip() for b in _BRACKET_ITEMS.finditer(text) for item in re.split(r"[,/]", b.group(1))} & set(want)
    probes = {p for ini in want for p in (ini[:2], ini[0] + ".")}  # each wanted pair, with or without a dot
    for m in (_INITIALS.match(text, i) for i in pair_starts(text, probes)):
        if m is None:
            continue
        ini = "".join(g for g in m.groups() if g)
        key = want.get(ini)
        if key is None or (m.start(), m.end()) in taken or _AFTER_NUMBER.search(text, max(0, m.start() - 3), m.start()):
            continue  # "3:12 PM", "5 KM": a unit or a clock, not a person
        acronym = known_acronym(ini, lex) and "." not in m.group(0)[:-1]  # "M.S." is written as initials
        if acronym and len(ini) > 2:
            continue  # "Anna Sofia Dahl … ASD", "Olli Ahonen … OCD": a diagnosis or a service, never initials
        word = (acronym or ini in _NOT_INITIALS or ini.lower() in lex.frequent) and not (
            ini in defined and _VERB_AFTER.match(text, m.end()))  # "OK on tyytyväinen", not "Kaikki on OK."
        if word and not _LIST_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not _subject_initials(text, m):
            continue  # a word or a body acronym ("Kaikki on OK") only in a list position or before a person's verb
        if word and _among_bodies(text, m.start(), m.end(), lex):
            continue  # "Tiina Elo: TE ja Kela ovat mukana": the services, listed together
        end = m.end() if text[m.end() - 1] != "." or "." in text[m.start() : m.end() - 1] else m.end() - 1
        reason = "initials of a person found in the text (found_initials)"
        yield Cand(m.start(), end, "PERSON", "person", reason, PRIO_NAME, key=key)


_BRACKET_ITEMS = re.compile(r"\(([^()\n]{1,60})\)")
_SENTENCE_BEFORE = re.compile(r"(?:[.!?]|\n)[ \t]*$")
_VERB_AFTER = re.compile(r"[ \t]+([a-zåäö]+)")
_SUBJECT_VERBS = (words("FI_PERSON_VERBS") | words("LOWER_CTX_AFTER") | words("EN_PERSON_VERBS")
                  | words("INITIALS_TASK_VERBS")) - {"on", "oli", "ei", "is", "was"}


def _subject_initials(text: str, m: re.Match[str]) -> bool:
    """Initials opening a sentence or line before a verb of a person ("AS kysyy", "NA soittaa")."""
    if m.start() and not _SENTENCE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return False
    v = _VERB_AFTER.match(text, m.end())
    return v is not None and v.group(1) in _SUBJECT_VERBS


def _form_labels(text: str, lex: Lexicon, persons: list[Cand]) -> Iterator[Cand]:
    """Rule form_label."""
    for m in _FORM_LABEL.finditer(text):
        parts = m.group(1).split()
        named = kept = 0
        for w in parts:
            flags = lex.lookup(w)[0]
            if w.lower() in _NOT_NAME or w.lower() in _ROLE_WORDS or w.isupper():
                break
            if not flags & NAME and (w.lower() in lex.frequent or flags & COMMON):
                break  # an ordinary word: no name value ("Nimi: Työkokeilu Kevät")
            kept += bool(flags & KEEP)  # a name that is a kept word (Wilma) counts beside a name that is none
            named += not flags & KEEP and (bool(flags & NAME) or (not flags and w.lower() not in lex.frequent))
        else:
            if not named or (kept and (len(parts) < 2 or lex.lookup(parts[-1])[0] & KEEP)):
                continue
            key = next((c.key for c in persons if m.start(1) <= c.start < m.end(1)), (parts[0].lower(), ""))
            reason = "value of a person field label (form_label)"
            yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=key)


# from this many names or name parts on, the repeat rules read the words once instead of the text once per name
_MANY_NAMES = 24


def token_at(text: str, toks: list[Token], pos: int) -> Token | None:
    """The token that starts at ``pos``, or None (binary search over the shared token starts)."""
    starts = token_index.starts(text, toks)
    k = bisect.bisect_left(starts, pos)
    return toks[k] if k < len(toks) and toks[k].start == pos else None


def _word_name_repeats(text: str, toks: list[Token], lex: Lexicon, persons: list[Cand]) -> Iterator[Cand]:
    """Rule word_name_repeat."""
    firsts: dict[str, tuple[str, str]] = {}
    for c in persons:
        name = text[c.start : c.end]
        if " " not in name:
            continue
        parts = name.split()
        if 2 <= len(parts) <= 3 and parts[0] not in firsts and parts[0][:1].isupper() and lex.lookup(parts[0])[0] & FIRST:
            firsts[parts[0]] = c.key
    if not firsts:
        return
    taken = {c.start for c in persons}
    if len(firsts) < _MANY_NAMES:
        for first, key in firsts.items():
            i = text.find(first + " ")  # str.find (in C): the tokens are looked at only where the word is
            while i >= 0:
                if i not in taken and _REPEAT_VERB.match(text, i + len(first)):
                    t = token_at(text, toks, i)
                    if t is not None and t.sent_start and t.text == first:
                        reason = "a found name's word-name before a person's verb (word_name_repeat)"
                        yield Cand(t.start, t.end, "PERSON", "person", reason, PRIO_NAME, key=key)
                i = text.find(first + " ", i + 1)
        return
    # many names (a long text): the sentence-initial words written as a found full name's first word, then a space,
    # in one pass over the words, not one over the text per name; the same findings in the same order (of the
    # names, then of the text)
    order = {first: i for i, first in enumerate(firsts)}
    hits = sorted(
        ((order[t.text], t.start, t) for t in toks
         if t.sent_start and t.text in order and text.startswith(" ", t.end) and t.start not in taken
         and _REPEAT_VERB.match(text, t.end)),
        key=lambda h: (h[0], h[1]),
    )
    for _, _, t in hits:
        reason = "a found name's word-name before a person's verb (word_name_repeat)"
        yield Cand(t.start, t.end, "PERSON", "person", reason, PRIO_NAME, key=firsts[t.text])


def _around_found(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand]) -> Iterator[Cand]:
    """Rules given_before_surname and part_repeat."""
    persons = [c for c in cands if c.label == "PERSON"]
    taken = {(c.start, c.end) for c in persons}
    parts: dict[str, tuple[str, str]] = {}
    grown = []
    for c in persons:
        if c.start < 3 or text[c.start - 1] != " " or not text[c.start : c.start + 1].isupper():
            continue
        lo = max(0, c.start - 30)
        s = text.rfind(" ", lo, c.start - 1) + 1 or (0 if lo == 0 else c.start - 1)  # no space near: no word
        w = text[s : c.start - 1]
        if w[:1].isupper() and w.isalpha() and _SLAVIC.search(w.lower()) and _unknown_foreign(w, lex):
            reason = "foreign given name before a found name (given_before_surname)"
            grown.append(Cand(s, c.end, "PERSON", "person", reason, PRIO_NAME, ending=c.ending, key=c.key))
    yield from grown
    yield from _word_names(text, toks, lex, persons)
    yield from _found_initials(text, lex, persons)
    if ":" in text:
        yield from _form_labels(text, lex, persons)
    yield from _word_name_repeats(text, toks, lex, persons)
    for c in persons + grown:
        if " " not in text[c.start : c.end]:
            continue  # one word: no full name
        words = _NAME_PART.findall(text, c.start, c.end)
        if 2 <= len(words) <= 3:
            for w in words:
                low = w.lower()
                if len(low) >= 4 and low not in lex.frequent and not lex.lookup(w)[0] & (COMMON | KEEP | PLACE):
                    parts[low] = c.key
    if not parts:
        return
    stems = [(low, key, low[0].upper() + low[1:-1] if len(low) >= 5 else low[0].upper() + low[1:])
             for low, key in parts.items()]
    if len(stems) < _MANY_NAMES:
        for low, key, stem in stems:  # str.find per part: the text is scanned in C, a few times
            pos = text.find(stem)
            while pos >= 0:
                t = token_at(text, toks, pos)
                if t is not None and (pos, t.end) not in taken and (
                    t.lower == low or low in {b for b, _ in analyses(t.lower)}
                ):
                    reason = "a word of a found full name (part_repeat)"
                    yield Cand(t.start, t.end, "PERSON", "person", reason, PRIO_NAME, key=key)
                pos = text.find(stem, pos + 1)
        return
    # many parts (a long text): each part's capitalised stem (4+ characters) where a word starts, in one pass over
    # the words, each looked up by the text's first four characters there, not one pass over the text per part; the
    # same findings in the same order (of the parts, then of the text)
    by_head: dict[str, list[int]] = {}
    for i, (_, _, stem) in enumerate(stems):
        by_head.setdefault(stem[:4], []).append(i)
    hits: list[tuple[int, int, Token]] = []
    for t in toks:
        for i in by_head.get(text[t.start : t.start + 4], ()):
            low, _, stem = stems[i]
            if text.startswith(stem, t.start) and (t.start, t.end) not in taken and (
                t.lower == low or low in {b for b, _ in analyses(t.lower)}
            ):
                hits.append((i, t.start, t))
    hits.sort(key=lambda h: (h[0], h[1]))
    for i, _, t in hits:
        reason = "a word of a found full name (part_repeat)"
        yield Cand(t.start, t.end, "PERSON", "person", reason, PRIO_NAME, key=stems[i][1])


def _given_like(word: str, lex: Lexicon) -> bool:
    """A given name before a particle name (Juan De La Cruz): a first name of the lists or a word in no list,
    no kept, function or role word."""
    low = word.lower()
    if low in _NOT_NAME or low in _ROLE_WORDS:
        return False
    flags = lex.lookup(word)[0]
    return bool(flags & FIRST and not flags & KEEP) or (not flags and low not in lex.frequent)


def _word_names(text: str, toks: list[Token], lex: Lexicon, persons: list[Cand]) -> Iterator[Cand]:
    """Rule word_name_surname."""
    by_start = token_index.by_start(text, toks)
    for c in persons:
        k = by_start.get(c.start)
        if k is None or k == 0 or " " in text[c.start : c.end]:
            continue  # a one-word surname, right after a token
        bracket = text[c.end : c.end + 2] in (" (", "(")  # "- Onni Saari (client)": an attendee with a role
        if not (c.ending or bracket):
            continue
        p = toks[k - 1]
        if not p.cap or p.upper or text[p.end : c.start] != " ":
            continue
        if not (p.sent_start or (bracket and char_before(text, p.start) in ("", "\n", ":", ";", "-", "•", "*", ","))):
            continue
        flags = lex.lookup(p.text)[0]
        if not flags & FIRST or flags & KEEP or p.lower in _NOT_NAME or p.lower in _ROLE_WORDS:
            continue
        reason = "a word-name before a found surname (word_name_surname)"
        yield Cand(p.start, c.end, "PERSON", "person", reason, PRIO_NAME, ending=c.ending, key=c.key)


def _owner_initials(text: str, lex: Lexicon, persons: list[Cand]) -> Iterator[Cand]:
    """Rule owner_initials. Initials of a person found in the text are that person (the same letter), even
    when they spell a body's acronym: after Tiina Elo, ``vastuu TE`` is her, ``TE hjälper`` the service."""
    want: dict[str, tuple[str, str]] | None = None
    for m in (_OWNER.match(text, i) for i in cue_starts(per_text.once(str.lower, text), _OWNER_CUES)):
        if m is None:
            continue
        want = initials_wanted(text, persons) if want is None else want
        for w in _CAPS.finditer(text, m.start(1), m.end(1)):
            ini = w.group(0)
            key = want.get(ini)
            ask = False
            if key is None and (
                ini in _NOT_INITIALS or known_acronym(ini, lex) or (len(ini) == 3 and ini.lower() in lex.frequent)
            ):
                if known_acronym(ini, lex) or ini not in _OWNER_ASK or len(ini) > 2:
                    continue
                ask = True  # "vastuu TK": a unit's letters or a person's; the coach is asked
            reason = "initials of a task owner (owner_initials)"
            c = Cand(w.start(), w.end(), "PERSON", "person", reason, PRIO_NAME, key=key or (ini.lower(), ""), uncertain=ask)
            if key is not None:
                c.extra[OVER_KEPT] = "owner_initials"  # "ansvar FPA" after Fanny P. Andersson: a kept word, her
            yield c


def _attendees(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Rule attendee_item (initials found so are looked for again in the whole text: :func:`_attendee_copies`)."""
    initials: dict[str, Cand] = {}
    for c in _attendee_items(text, lex):
        if c.reason.startswith("initials"):
            for form in {text[c.start : c.end], text[c.start : c.end].split()[0]}:  # `V-M L.` and `V-M`
                initials.setdefault(form, c)
        yield c
    if initials:
        yield from _attendee_copies(text, lex, initials)


def _attendee_copies(text: str, lex: Lexicon, initials: dict[str, Cand]) -> Iterator[Cand]:
    """The other copies of an attendee's initials in the text, as that person (`TK (valmentaja)` … `TK soittaa`,
    `A-LH kertoi`, `A-LH:n`); capitals that also read as something else (``acronyms.word_caps``: `TK`, `PT`) only
    before a lower-case word and never with a case ending (`TK:ssa` may be a health centre)."""
    found = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(initials, key=len, reverse=True))) + r")(?![\w-])")
    for m in found.finditer(text):
        c = initials[m.group(1)]
        if m.start() == c.start:
            continue
        if word_caps(m.group(1).split()[0].replace("-", ""), lex) and not _VERB_AFTER.match(text, m.end()):
            continue
        reason = "initials of an attendee (attendee_item)"
        yield Cand(m.start(), m.end(), "PERSON", "person", reason, PRIO_NAME, key=c.key)


def _attendee_items(text: str, lex: Lexicon) -> Iterator[Cand]:
    """The items of attendee lines that are people (rule attendee_item)."""
    for line in _ATTENDEES.finditer(text):
        pos, end = line.start(1), line.end(1)
        seps: list[re.Match[str] | None] = []  # "X Y (asiakas, PO), …": no split inside a bracket (one count a line)
        depth, last = 0, pos
        for split in _ITEM_SPLIT.finditer(text, pos, end):
            depth += text.count("(", last, split.start()) - text.count(")", last, split.start())
            last = split.start()
            if depth <= 0:
                seps.append(split)
        for sep in [*seps, None]:
            stop = sep.start() if sep else end
            m = _ITEM.fullmatch(text, pos, stop)
            pos = sep.end() if sep else end
            if m is None:
                continue
            first = m.group(2).split()[0]
            flags, low = lex.lookup(first)[0], first.lower()
            if _CAPS_ITEM.fullmatch(m.group(2)) and _initials_item(m.group(2), m.group(1), m.group(3), lex):
                reason = "initials as an item of an attendee list (attendee_item)"  # "Läsnä: XK, PO ja asiakas"
                yield Cand(m.start(2), m.end(2), "PERSON", "person", reason, PRIO_NAME, key=(low, ""))
                continue
            if low in _NOT_NAME or low in _ROLE_WORDS or flags & KEEP or (low in lex.frequent and not flags & FIRST):
                continue
            if first.isupper() or re.search(r"-[a-zåäö]", first):  # "TE-toimisto", "KELA"
                continue
            reason = "item of an attendee list (attendee_item)"
            yield Cand(m.start(2), m.end(2), "PERSON", "person", reason, PRIO_NAME, key=(low, ""))


def _initials_item(caps: str, role: str | None, bracket: str | None, lex: Lexicon) -> bool:
    """Initials as an attendee item: capitals that are no word or known acronym (``acronyms.word_caps``); or,
    with a role word before them or a role or description in their bracket (`valmentaja TK`, `TK (valmentaja,
    kirjaaja)`, `SE (coach)`), any but a body's known acronym or kept word (not `TE (työllisyyspalvelut)`)."""
    letters = caps.split()[0].replace("-", "")
    if not word_caps(letters, lex):
        return True
    described = role in _ROLE_WORDS or (bracket is not None and bool(_DESCRIBED.match(bracket.strip())))
    return described and not (known_acronym(letters, lex) or lex.get(letters.lower()) & KEEP)


def _subjects(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Rule subject_name."""
    for line in _SUBJECT.finditer(text):
        for m in _CAP_WORD.finditer(text, line.start(1), line.end(1)):
            w = m.group(1)
            low = w.lower()
            if len(low) < 3 or low in _SUBJECT_PREFIX or low in _NOT_NAME or w.isupper() or "-" in w:
                continue
            flags = lex.lookup(w)[0]
            unknown = (
                not flags
                and (foreign(w) or _SLAVIC.search(low) is not None)
                and low not in lex.frequent
                and not fi_common_word(low, lex)
            )
            if unknown or (flags & FIRST and not flags & (COMMON | KEEP) and low not in lex.frequent):
                reason = "name in an e-mail subject (subject_name)"
                yield Cand(m.start(1), m.end(), "PERSON", "person", reason, PRIO_NAME, key=(low, ""))
        for m in _SUBJECT_INITIALS.finditer(text, line.start(1), line.end(1)):
            ini = m.group(1)
            if m.group(2) is None and not _LINE_REST.fullmatch(text, m.end(), line.end(1)):
                continue  # bare capitals mid-line ("Aihe: OT arvio"): only with a case ending or ending the line
            if ini.lower() not in _SUBJECT_PREFIX and not word_caps(ini.replace("-", ""), lex):
                reason = "initials in an e-mail subject (subject_name)"  # "Aihe: Työkokeilu / XK", "Re: XK:n jakso"
                yield Cand(m.start(1), m.end(1), "PERSON", "person", reason, PRIO_NAME, key=(ini.lower(), ""))


def _unknown_foreign(word: str, lex: Lexicon) -> bool:
    """A word in no list, not frequent, not a verb form, no compound, shaped like an East Slavic name."""
    low = word.lower()
    if len(low) < 3 or "-" in low or low in lex.frequent or lex.lookup(word)[0] or is_finite_verb(word, lex):
        return False
    return bool(_SLAVIC.search(low))


def _gradation(base: str) -> str:
    """The strong grade of a weak stem the analyser leaves (tulki -> tulkki)."""
    for weak, strong in (("ki", "kki"), ("pi", "ppi"), ("ti", "tti")):
        if base.endswith(weak) and not base.endswith(strong):
            return base[: -len(weak)] + strong
    return base


_AGE_WORDS = (words("AGE_CUES") | words("BIRTH_CUES")) - words("COPULAS") - frozenset("on is was var är blev blir".split())
_AGE_BRACKET = re.compile(r"[ \t]*\(([^()\n]{1,50})\)")
_BRACKET_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_TALK_VERBS = words("FI_PERSON_VERBS") | words("EN_PERSON_VERBS")
_LABEL_LINE = re.compile(r"(?:^|\n)[ \t#>*_•-]*[^\W\d_][^\n:()]{0,40}:[ \t*_]*$")
_NEXT_WORD = re.compile(r"[ \t,]*([^\W\d_]+)")


def _opening_word(t: Token, lex: Lexicon) -> bool:
    """A word of rule opening_full_name: a listed name (no common or kept word) or a foreign-shaped unknown."""
    w, low = t.text, t.lower
    if not t.cap or t.colon_suffix or len(w) < 2 or low in _NOT_NAME or low in _ROLE_WORDS:
        return False
    flags = lex.lookup(w)[0]
    if flags & NAME:
        return not flags & (COMMON | KEEP | PLACE) and low not in lex.frequent
    if flags or low in lex.frequent or fi_common_word(low, lex) or is_finite_verb(w, lex):
        return False
    return cee_letters(w) or foreign(w) or _SLAVIC.search(low) is not None


def _person_context(text: str, pos: int) -> bool:
    """An age or birthday bracket, or a person's verb, right after ``pos``."""
    b = _AGE_BRACKET.match(text, pos)
    if b is not None:
        inner = b.group(1).strip()
        if inner.isdigit() and len(inner) == 2:
            return True  # "(41)"
        if any(ch.isdigit() for ch in inner) and any(w.lower() in _AGE_WORDS for w in _BRACKET_WORD.findall(inner)):
            return True
        pos = b.end()
    v = _NEXT_WORD.match(text, pos)
    return v is not None and v.group(1).lower() in _TALK_VERBS


def _opening_full_names(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    """Rule opening_full_name (two words, or three: Zbigniew Jan Kowalczyk)."""
    n = len(toks)
    for k in range(n - 1):
        t = toks[k]
        if not t.cap:
            continue
        u = toks[k + 1]
        if not u.cap or text[t.end : u.start] != " ":
            continue
        before = char_before(text, t.start, " \t*_")  # "**What happened:** Zbigniew …"
        if not (t.sent_start and before != ":") and not (
            before == ":" and _LABEL_LINE.search(text, max(0, t.start - 52), t.start)
        ):
            continue
        last = u
        if k + 2 < n and toks[k + 2].cap and text[u.end : toks[k + 2].start] == " ":
            last = toks[k + 2]  # a middle name; the third word must be name-like too
            if not _opening_word(last, lex):
                continue
        if not (_person_context(text, last.end) and _opening_word(t, lex) and _opening_word(u, lex)):
            continue
        reason = "a full name opening a sentence or section before a person's context (opening_full_name)"
        yield Cand(t.start, last.end, "PERSON", "person", reason, PRIO_NAME, key=(t.lower, last.lower))
