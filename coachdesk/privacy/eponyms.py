"""Eponymous diagnoses and team words that look like names: kept whole, by their shape.

A capitalised (or particle-led: ``de Quervainin``, ``De Quervain's``, ``von Willebrandin``) word before a diagnosis head (``Huntingtonin tauti``, ``Raynaud'n oireyhtymää``,
``Raynauds syndrom``, ``Addison's disease``, ``Tourette syndrome``) names a disease, not a person,
and a weekday or season compound with a team head (``Tiistaipiiri``, ``Syysryhmässä``,
``Tisdagsringen``, ``Måndagsgruppen``) is the team's own vocabulary. Runs after every detector
(``scrubber._scrub``) and drops a name, place, organisation or street finding that lies wholly
inside such a span, and the questions about it. No list of diseases or teams: only the shapes.

| id | shape (invented examples) | evidence |
|---|---|---|
| fi_syndrome | genitive + oireyhtymä / syndrooma (any form): `Raynaud'n oireyhtymän` | not a listed first name (`Liisan oireyhtymä`) |
| fi_disease | genitive + tauti (any form): `Huntingtonin tauti` | not a name of the national lists (`Matin tauti`, `Virtasen tauti` stay persons) |
| sv_syndrome | genitive -s + syndrom (any form): `Raynauds syndromet` | not a listed first name |
| sv_disease | genitive -s + sjukdom (any form): `Addisons sjukdom` | not a name of the national lists |
| en_syndrome | a name (with or without 's) + syndrome: `Tourette syndrome`, `Ehlers-Danlos syndrome` | not a listed first name |
| en_disease | a name + 's + disease / palsy: `Addison's disease`, `Crohn's disease` | not a name of the national lists |
| fi_itis | genitive + an -iitti / -oosi word (any form): `de Quervainin tenosynoviitti`, `Hashimoton tyreoidiitin` | not a name of the national lists (`Matin artroosi`) |
| sv_itis | genitive -s + an -it / -itis / -os word, Swedish texts only: `de Quervains tendinit`, `Hashimotos tyreoidit` | not a name of the national lists (`Annas artros`) |
| en_itis | a name (with or without 's) + an -itis / -osis word: `De Quervain's tenosynovitis`, `Hashimoto's thyroiditis` | not a name of the national lists (`John's arthrosis`) |
| fi_medical | genitive + a medical head (kontraktuura, neurooma, kysta, aneurysma, anomalia, halvaus, tendinopatia, lymfooma, sarkooma; any form): `Dupuytrenin kontraktuura`, `Mortonin neurooma`, `Bakerin kysta` | not a listed first name (`Matin kysta`) |
| fi_medical_common | genitive + a head a person's word too (murtuma, merkki, testi, asteikko, ilmiö; any form): `Collesin murtuma` | not a name of the national lists (`Matin murtuma`) |
| sv_medical | genitive -s + kontraktur, neurom, cysta, aneurysm, anomali, pares, tendinopati, lymfom, sarkom, fenomen: `Dupuytrens kontraktur`, `Bakers cysta` | not a listed first name |
| sv_medical_common | genitive -s + fraktur, tecken, test, skala: `Colles fraktur` | not a name of the national lists (`Annas fraktur`) |
| en_medical | a name (with 's, ' or bare) + contracture, palsy, neuroma, cyst, aneurysm, anomaly, tendinopathy, lymphoma, sarcoma, phenomenon: `Dupuytren's contracture`, `Baker cyst`, `Achilles tendinopathy` | not a listed first name |
| en_medical_common | a name + 's or ' + fracture, sign, test, manoeuvre, scale: `Colles' fracture`, `Tinel's sign` | not a name of the national lists (`John's fracture`) |
| kela_statement | Kela's statement letters: `B-lausunto`, `B-lausunnosta`, `C-lausuntoa`, `E-lausunnon`, sv `B-utlåtande` | one word, a letter B, C or E before the hyphen |
| team_fi | weekday / season + piiri / ryhmä / kerho (any form): `Tiistaipiirissä`, `Syysryhmä` | one word |
| team_sv | weekday / season + ringen / gruppen / träffen: `Tisdagsringen`, `Höstgruppen` | one word |
| bare_eponym | a well-known medical eponym used alone as the condition's name, in any case form (`MEDICAL_EPONYMS` of the cue files, general medical vocabulary): `hänellä on Parkinson`, `epäillään Crohnia`, `Korsakoff ei estä`, `has Tourette's`, `har Parkinsons` | no given name of the lists or title right before it (`Liisa Parkinson`, `Dr Crohn`), no verb of meeting or asking before it (`Tapasin Parkinsonin`), no name of the lists right after it (`Parkinson Liisa`), no verb of talking after it (`Parkinson soitti`) |
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from coachdesk.privacy import name_trace, per_text
from coachdesk.privacy.cue_scan import by_first_letter, first_char_groups
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import COMMON, FIRST, INTL, KEEP, NAME, Lexicon
from coachdesk.privacy.spans import Cand


@dataclass(frozen=True, slots=True)
class Rule:
    """One shape: its id, what it looks at, the lexicon flags that veto it."""

    id: str
    doc: str
    veto: int  # lexicon flags (national lists) that make the word before the head a person ("Matin tauti")


RULES = {
    r.id: r
    for r in (
        Rule("fi_syndrome", "a capitalised genitive before oireyhtymä / syndrooma", FIRST),
        Rule("fi_disease", "a capitalised genitive before tauti", NAME),
        Rule("sv_syndrome", "a capitalised genitive -s before syndrom", FIRST),
        Rule("sv_disease", "a capitalised genitive -s before sjukdom", NAME),
        Rule("en_syndrome", "a capitalised name before syndrome", FIRST),
        Rule("en_disease", "a capitalised name with 's before disease / palsy", NAME),
        Rule("fi_itis", "a capitalised genitive before an -iitti / -oosi diagnosis word", NAME),
        Rule("sv_itis", "a capitalised genitive -s before an -it / -os diagnosis word (Swedish texts)", NAME),
        Rule("en_itis", "a capitalised name (with or without 's) before an -itis / -osis word", NAME),
        Rule("fi_medical", "a capitalised genitive before a medical head (kontraktuura, neurooma, kysta …)", FIRST),
        Rule("fi_medical_common", "a capitalised genitive before murtuma / merkki / testi / asteikko", NAME),
        Rule("sv_medical", "a capitalised genitive -s before a medical head (kontraktur, neurom, cysta …)", FIRST),
        Rule("sv_medical_common", "a capitalised genitive -s before fraktur / tecken / test / skala", NAME),
        Rule("en_medical", "a capitalised name before a medical head (contracture, palsy, neuroma, cyst …)", FIRST),
        Rule("en_medical_common", "a capitalised name with 's or ' before fracture / sign / test / scale", NAME),
        Rule("kela_statement", "Kela's statement letter words B-/C-/E-lausunto, B-utlåtande (any form)", 0),
        Rule("team_fi", "a weekday or season compound with piiri / ryhmä / kerho", 0),
        Rule("team_sv", "a weekday or season compound with ringen / gruppen / träffen", 0),
        Rule("bare_eponym", "a medical eponym alone as the condition: hänellä on Parkinson, epäillään Crohnia", FIRST),
    )
}

_U = "A-ZÅÄÖÜÉÈ"
_L = "a-zåäöüéèçñ"
_APOS = "'’"
# one eponym word, hyphenated or dashed parts allowed (Ehlers-Danlos, Guillain–Barré)
_NAME = rf"[{_U}][{_L}]+(?:[\-–][{_U}][{_L}]+)*"
_PARTICLE = r"(?:(?:[vV]on|[vV]an|[dD]e|[dD]i|[lL]a|[lL]e)\s)?"
# (?<![\w\-]){_PARTICLE}{_NAME}, written so that the regex engine skips to the possible first letters (a class
# first): that letter, "not inside a word" checked after it, then the particle branches in their order and the
# name without one (a capital); the same matches and groups
_EPONYM_NAME = (
    rf"[vVdDlL{_U}](?<![\w\-].)(?:(?<=[vV])(?:on|an)\s[{_U}]|(?<=[dD])(?:e|i)\s[{_U}]|(?<=[lL])(?:a|e)\s[{_U}]|(?<=[{_U}]))"
    rf"[{_L}]+(?:[\-–][{_U}][{_L}]+)*"
)
_ITIS_FI = rf"[{_L}]{{3,}}(?:iit|oos)[{_L}]*"  # tenosynoviitti, tyreoidiitin, artroosi
_ITIS_SV = rf"[{_L}]{{3,}}(?:it|itis|os|osis)(?:en)?\b"  # tendinit, tyreoiditen, artros
_ITIS_EN = rf"[{_L}]{{3,}}(?:itis|osis)\b"  # tenosynovitis, thyroiditis
# medical head nouns (any case form); the "common" ones are a person's words too and take the stricter veto
_MED_FI = r"(?:kontraktuur|neuroom|kyst|aneurysm|anomali|halvau|halvaa|pareesi|tendinopati|lymfoom|sarkoom|fenomeen)[a-zåäö]*"
_MEDC_FI = r"(?:murtum|merki|merkk|testi|teste|asteiko|asteikk|ilmiö)[a-zåäö]*"
_MED_SV = r"(?:kontraktur|neurom|cysta|aneurysm|anomali|pares|tendinopati|lymfom|sarkom|fenomen)[a-zåäö]*"
_MEDC_SV = r"(?:fraktur|tecken|test|skala)[a-zåäö]*"
_MED_EN = r"(?:contractures?|palsy|neuromas?|cysts?|aneurysms?|anomaly|anomalies|tendinopathy|lymphomas?|sarcomas?|phenomenon)\b"
_MEDC_EN = r"(?:fractures?|signs?|tests?|manoeuvres?|maneuvers?|scales?)\b"

_SHAPES: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "fi": [
        ("fi_syndrome", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]n)?)(?<=n)\s+(?:oireyhtym|syndroom)[{_L}]*")),
        ("fi_disease", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]n)?)(?<=n)\s+(?:tau(?:ti|di|te))[{_L}]*")),
        ("fi_itis", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]n)?)(?<=n)\s+{_ITIS_FI}")),
        ("fi_medical", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]n)?)(?<=n)\s+{_MED_FI}")),
        ("fi_medical_common", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]n)?)(?<=n)\s+{_MEDC_FI}")),
    ],
    "sv": [
        ("sv_syndrome", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]s)?)(?<=s)\s+syndrom[{_L}]*")),
        ("sv_disease", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]s)?)(?<=s)\s+sjukdom[{_L}]*")),
        ("sv_medical", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]s?)?)(?<=[s{_APOS}])\s+{_MED_SV}")),
        ("sv_medical_common", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]s?)?)(?<=[s{_APOS}])\s+{_MEDC_SV}")),
    ],
    "en": [
        ("en_syndrome", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]s)?)\s+syndromes?\b")),
        ("en_disease", re.compile(rf"({_EPONYM_NAME}[{_APOS}]s)\s+(?:disease|palsy)s?\b")),
        ("en_itis", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]s)?)\s+{_ITIS_EN}")),
        ("en_medical", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]s?)?)\s+{_MED_EN}")),
        ("en_medical_common", re.compile(rf"({_EPONYM_NAME}[{_APOS}]s?)\s+{_MEDC_EN}")),
    ],
}

# (?<![\w\-])(?:Maanantai|…|Talvi) as one branch per first capital (cue_scan.first_char_groups: the engine skips to them)
_TEAM_FI = re.compile(
    "(?:" + first_char_groups("Maanantai Tiistai Keskiviikko Torstai Perjantai Lauantai Sunnuntai Kevät Kevää Kesä Syys Talvi".split())
    + r")(?:piiri|piire|ryhm|kerho|klubi)[a-zåäö]*"
)
_TEAM_SV = re.compile(
    r"(?<![\w\-])(?:Måndags|Tisdags|Onsdags|Torsdags|Fredags|Lördags|Söndags|Vår|Sommar|Höst|Vinter)"
    r"(?:ringen|gruppen|träffen|cirkeln)(?:s)?(?![\w\-])"
)
_KELA = re.compile(r"(?<![\w\-])[BCEbce]-(?:lausun|utlåtande)[a-zåäö]*")
# Swedish only: "-it" and "-os" are too common a substring to gate the pattern in other languages
_SV_ONLY = [("sv_itis", re.compile(rf"({_EPONYM_NAME}(?:[{_APOS}]s)?)(?<=s)\s+{_ITIS_SV}"))]
# a substring every match of a rule has (its head word, as written), checked before the pattern runs
_HEADS = {
    "fi_syndrome": ("oireyhtym", "syndroom"),
    "fi_disease": ("taut", "taud"),
    "sv_syndrome": ("syndrom",),
    "sv_disease": ("sjukdom",),
    "en_syndrome": ("syndrome",),
    "en_disease": ("disease", "palsy"),
    "fi_itis": ("iitt", "iiti", "oosi", "oose"),  # tyreoidiitti, -iitin, artroosi, artroosein (not kiitos)
    "sv_itis": ("s ", "s\n", "s\r", "s\t"),  # the genitive -s and a space or line break
    "en_itis": ("itis", "osis"),
    "fi_medical": ("kontraktuur", "neuroom", "kyst", "aneurysm", "anomali", "halva", "pareesi", "tendinopati", "lymfoom",
                   "sarkoom", "fenomeen"),
    "fi_medical_common": ("murtum", "merki", "merkk", "testi", "teste", "asteik", "ilmiö"),
    "sv_medical": ("kontraktur", "neurom", "cysta", "aneurysm", "anomali", "pares", "tendinopati", "lymfom", "sarkom",
                   "fenomen"),
    "sv_medical_common": ("fraktur", "tecken", "test", "skala"),
    "en_medical": ("contracture", "palsy", "neuroma", "cyst", "aneurysm", "anomal", "tendinopathy", "lymphoma", "sarcoma",
                   "phenomenon"),
    "en_medical_common": ("fracture", "sign", "test", "manoeuvre", "maneuver", "scale"),
    "kela_statement": ("-lausun", "-utlåtande"),
    "team_fi": ("piiri", "piire", "ryhm", "kerho", "klubi"),
    "team_sv": ("ringen", "gruppen", "träffen", "cirkeln"),
}
_MEDICAL = frozenset(k for k in _HEADS if "_medical" in k)
# one scan for a space (or a line break or tab: a head wrapped to the next line) and a medical head (grouped by
# first letter: the engine stops at each such character after one letter)
_MED_ANY = re.compile("[ \n\t](?:" + by_first_letter("|".join(sorted({h for k in _MEDICAL for h in _HEADS[k]}, key=len, reverse=True))) + ")")
# bare eponyms: a listed eponym, capitalised, with any case ending ("Crohnia", "Parkinsonin", "Tourette's", "Parkinsons")
_EPONYMS = sorted(words("MEDICAL_EPONYMS"), key=len, reverse=True)
_CAPITALISED = ["-".join(p[:1].upper() + p[1:] for p in e.split("-")) for e in _EPONYMS]
# one branch per first capital, "not inside a word" checked after it (the engine skips to those capitals)
_BY_CAPITAL = "|".join(
    re.escape(c) + rf"(?<![\w\-]{re.escape(c)})(?:" + "|".join(re.escape(w[1:]) for w in _CAPITALISED if w[0] == c) + ")"
    for c in sorted({w[0] for w in _CAPITALISED})
)
_BARE = re.compile(rf"(?:{_BY_CAPITAL})(?:['’]s|['’]?[a-zåäö]{{1,6}})?(?![\w\-])") if _EPONYMS else None
# the same eponyms in lower case, as hurried notes write them ("parkinson värre i händerna", "hänen raynaud pahenee")
_LOWER = re.compile(
    r"(?<![\w\-])(?:" + by_first_letter("|".join(re.escape(e) for e in _EPONYMS)) + r")(?:['’]s|['’]?[a-zåäö]{1,6})?(?![\w\-])"
) if _EPONYMS else None
_EPONYM_LOW = frozenset(_EPONYMS)
_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-ZÅÄÖ][\w'’.-]*)[ \t]+$")
_ANY_WORD_BEFORE = re.compile(r"(?<![\w\-])([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_TITLES = frozenset("dr dr. tri tri. prof prof. professori tohtori mr mr. mrs mrs. ms ms. miss herr fru doc".split())
# a verb of meeting, asking or helping before the word takes a person ("Tapasin Parkinsonin", "asked Crohn")
_MEET_BEFORE = (words("LOWER_CTX_BEFORE") | words("HELP_VERBS")) - frozenset(("with", "med", "kiitos", "thanks"))
_TALK_AFTER = (words("HURRIED_TALK_AFTER") | frozenset("said says told called wrote emailed asked sa sade berättade".split())) - frozenset(
    ("ei", "on", "oli", "is", "was", "är", "var", "tuli", "tulee", "tullu")
)


def _bare_eponyms(text: str, lex: Lexicon) -> Iterator[tuple[str, int, int]]:
    """Rule bare_eponym: (rule id, start, end) of every listed eponym that stands alone as a condition."""
    if _BARE is None or _LOWER is None:
        return
    low = per_text.once(str.lower, text)
    if not any(e in low for e in _EPONYM_LOW):
        return
    lower_case = [m for m in _LOWER.finditer(text) if text[m.start()].islower()]
    for m in sorted([*_BARE.finditer(text), *lower_case], key=lambda m: m.start()):
        w = _ANY_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if w is not None and w.group(1).lower() in _MEET_BEFORE:
            continue  # "Tapasin Parkinsonin eilen": a person met
        if text[m.start()].islower() and w is not None and _given_name(w.group(1).lower(), lex):
            continue  # "liisa parkinson soitti": a lower-case full name
        b = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if b is not None:
            prev = b.group(1).lower()
            if prev in _TITLES or _given_name(prev, lex):
                continue  # "Liisa Parkinson", "Dr Crohn": a person
        a = _WORD_AFTER.match(text, m.end())
        if a is not None:
            nxt = a.group(1)
            if nxt.lower() in _TALK_AFTER or (nxt[0].isupper() and lex.get(nxt.lower()) & NAME and not lex.get(nxt.lower()) & (KEEP | COMMON)):
                continue  # "Parkinson soitti", "Parkinson Liisa"
        yield "bare_eponym", m.start(), m.end()


def _given_name(word: str, lex: Lexicon) -> bool:
    """A listed first name (not a word of the lists): the word before a surname."""
    flags = lex.get(word)
    return bool(flags & FIRST and not flags & (KEEP | COMMON))


# the labels a kept span releases: names, places, organisations and a street word without a number
_RELEASED = frozenset(("PERSON", "LOCATION", "ORG"))


def kept_spans(text: str, lang: str, lex: Lexicon) -> list[tuple[str, int, int]]:
    """(rule id, start, end) of every eponymous diagnosis and team word in ``text``."""
    out: list[tuple[str, int, int]] = []
    shapes = _SHAPES.get(lang, []) + [s for k, v in _SHAPES.items() if k != lang for s in v]
    medical = _MED_ANY.search(text) is not None
    for rule_id, rx in shapes + (_SV_ONLY if lang == "sv" else []):
        if rule_id in _MEDICAL and not medical:
            continue  # one scan for every medical head
        if not any(h in text for h in _HEADS[rule_id]):
            continue  # the head word is not in the text: the pattern cannot match
        for m in _near_heads(text, rule_id, rx) if rule_id in _WINDOWED else rx.finditer(text):
            if _listed(m.group(1), lex, RULES[rule_id].veto):
                continue
            out.append((rule_id, m.start(), m.end()))
    for rule_id, rx in (("team_fi", _TEAM_FI), ("team_sv", _TEAM_SV)):
        if any(h in text for h in _HEADS[rule_id]):
            out.extend((rule_id, m.start(), m.end()) for m in rx.finditer(text))
    if "-lausun" in text or "-utlåtande" in text:
        out.extend(("kela_statement", m.start(), m.end()) for m in _near_heads(text, "kela_statement", _KELA))
    out.extend(_bare_eponyms(text, lex))
    return out


# rules whose pattern is tried only around an occurrence of its head (a window of _BEFORE/_AFTER characters)
_WINDOWED = frozenset(
    ("fi_itis", "en_itis", "sv_itis", "kela_statement", "fi_medical", "fi_medical_common", "sv_medical",
     "sv_medical_common", "en_medical", "en_medical_common")
)
_BEFORE, _AFTER = 100, 60
_SV_HEAD = re.compile(r"s\s+[a-zåäö]{3,}(?:it|os)")  # \s: a head wrapped to the next line too  # a literal first character: the engine skips to it


def _near_heads(text: str, rule_id: str, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``rx`` in windows around the head occurrences of ``rule_id`` (each match once): the same
    matches as ``rx.finditer(text)`` for a head within the window, without trying the pattern at every character."""
    if rule_id == "sv_itis":
        hits = [m.end() for m in _SV_HEAD.finditer(text)]
    else:
        hits = []
        for h in _HEADS[rule_id]:
            i = text.find(h)
            while i >= 0:
                hits.append(i)
                i = text.find(h, i + 1)
    seen: set[int] = set()
    for i in sorted(hits):
        for m in rx.finditer(text, max(0, i - _BEFORE), min(len(text), i + _AFTER)):
            if m.start() not in seen and m.start() <= i <= m.end():
                seen.add(m.start())
                yield m


def _listed(word: str, lex: Lexicon, veto: int) -> bool:
    """Is the genitive a name of the national (not only international) lists with a ``veto`` flag:
    ``Matin``, ``Virtasen``, ``Annas``? A person's illness (``Liisan oireyhtymä``, ``Virtasen tauti``)
    must not survive as a diagnosis."""
    w = word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
    flags, _, _ = lex.lookup(w)
    if flags & veto and not flags & INTL:
        return True
    if w.endswith("s") and len(w) > 3:
        flags, _, _ = lex.lookup(w[:-1])
        return bool(flags & veto and not flags & INTL)
    return False


def apply(
    text: str, cands: list[Cand], undecided: Iterable[tuple[int, int, str]], lang: str, lex: Lexicon
) -> tuple[list[Cand], list[tuple[int, int, str]]]:
    """Drop the name, place, organisation and bare street findings (and questions) inside a kept span."""
    spans = kept_spans(text, lang, lex)
    und = list(undecided)
    if not spans:
        return cands, und

    def inside(s: int, e: int) -> bool:
        return any(a <= s and e <= b for _, a, b in spans)

    trace = name_trace.current()
    for rule_id, a, b in spans if trace is not None else ():  # --explain: a bare eponym and its rule
        if rule_id == "bare_eponym" and trace is not None:
            trace.add(name_trace.TraceEntry(a, b, text[a:b], "", "none", -1.0, ((rule_id, -1.0, text[a:b]),), False))
    for c in cands:  # "zeyneps raynaud e ok": the possessor, not the condition
        for rule_id, a, b in spans:
            if rule_id == "bare_eponym" and c.label == "PERSON" and c.kind != "term" and c.start < a < c.end == b:
                end = len(text[c.start : a].rstrip())
                if end > 0 and not text[c.start + end - 1].isspace():
                    c.end = c.start + end
    kept = [
        c
        for c in cands
        if c.kind == "term"
        or not (c.label in _RELEASED or (c.label == "ADDRESS" and not any(ch.isdigit() for ch in text[c.start : c.end])))
        or not inside(c.start, c.end)
    ]
    return kept, [u for u in und if not inside(u[0], u[1])]
