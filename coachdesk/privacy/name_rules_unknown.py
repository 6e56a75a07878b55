"""Rules for a capitalised word in no name or place list (``unknown.*``; order = precedence, see ``name_rules``)."""

from __future__ import annotations

import re

from coachdesk.privacy import foreign_shapes, morphology, spelling
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import (
    DASH_SIGNOFF_BEFORE,
    EN_PERSON_PREP,
    EN_PERSON_VERBS,
    FI_PERSON_VERBS,
    LIST_LINE_BEFORE,
    LOCATIVE,
    PERSON_CTX,
    PLACE_LABEL,
    PLACE_NOUNS,
    PLACE_PREP,
    PROFESSIONS,
    REAL_NAME_AFTER,
    ROLE_NOUNS,
    VERB_ENDINGS,
)
from coachdesk.privacy.en_slots import person_slot
from coachdesk.privacy.lexicon import FIRST, KEEP, SUR
from coachdesk.privacy.name_context import CapFacts, NameCtx
from coachdesk.privacy.name_decision import decide
from coachdesk.privacy.name_words import (
    age_follows,
    cee_letters,
    ending_of,
    foreign,
    looks_finnish,
)
from coachdesk.privacy.orgs import PROFESSION_SHAPE
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.tokens import char_after as _next_char

# Latin and Greek endings of diagnoses and conditions (fibromyalgia, neuropatia, artriitti, endometrioosi)
MEDICAL_SHAPE = re.compile(
    r"(?:algia|algi|opatia|pathy|plegia|fobia|phobia|trofia|emia|iitti|itis|oosi|osis|ismi|lepsia|fasia|skopia|ooma)$"
)


def unknown_word(ctx: NameCtx, k: int, t: Token, fx: CapFacts) -> str | None:
    """A capitalised word in no name or place list."""
    text, lang, toks, n = ctx.text, ctx.lang, ctx.toks, ctx.n
    lo = max(0, t.start - 24)
    if text.find(":", lo, t.start) >= 0 and PLACE_LABEL.search(text, lo, t.start):  # (no colon, no label: skip the regex)
        return "unknown.place_label"  # "Paikka: Rukalla", "Ort: Oravais"
    if (
        t.sent_start
        and DASH_SIGNOFF_BEFORE.search(text, max(0, t.start - 6), t.start)
        and _next_char(text, t.end, " \t.!") == ""
        and not LIST_LINE_BEFORE.search(text, 0, t.start)  # the end of a list is no signature
    ):
        return "unknown.dash_signoff"  # "…has time.\n– Pat"
    if t.sent_start:
        if fx.literal_common or fx.freq_common:
            return "unknown.sent_start_word"
        return unknown_sent_start(ctx, k, t, fx)
    if fx.literal_common and (lang == "en" or (k + 1 < n and ctx.joined[k] and ctx.inflected_first(k + 1))):
        return "unknown.common_before_name"  # "Työkokeilu Kysyn Stinalta"
    prev = ctx.prev_word(k)
    after_place = k > 0 and ctx.labels[k - 1] == "LOCATION" and ctx.joined[k - 1]
    if (lang == "en" and (prev in ("in", "from", "near", "around") or after_place) and len(t.text) >= 2) or (
        prev in PLACE_NOUNS and not toks[k - 1].cap  # "from a tiny village, Bergö,"
    ):
        return "unknown.place_prep"
    after_person = k > 0 and ctx.labels[k - 1] == "PERSON" and ctx.joined[k - 1]
    if lang == "en" and (prev in EN_PERSON_PREP or after_person):
        return "unknown.en_after_person" if after_person else "unknown.en_person_prep"
    if lang == "en" and k + 1 < n and ctx.joined[k] and toks[k + 1].lower in EN_PERSON_VERBS and len(t.text) >= 3:
        return "unknown.en_person_verb"  # "Yesterday Azadeh called": a person's verb after an unknown word
    if lang == "en" and person_slot(ctx, k, t):
        return "unknown.en_person_slot"  # "try Abebe, he did", "her cousin Tsehay", "Worku from Kallion Kukka"
    if lang == "en" and not (fx.person_ctx or fx.neighbour or looks_finnish(t.text)):
        if cee_letters(t.text) and len(t.text) >= 3:
            return "unknown.en_cee_letters"  # evidence of a name, not enough to decide alone: asked
        if spelling.word_like(_bare(t.lower)) or spelling.known(_bare(t.text), "en"):
            return "unknown.en_dictionary_word"  # "Business", "Safety", "British", "Tue": no question
        if spelling.available("en") and prev not in _ARTICLES and not morphology.readings(_bare(t.lower)):
            return "unknown.en_no_dictionary_word"  # "Chaminda's": no word of any dictionary, hidden and asked
        return "unknown.en_no_evidence"
    if fx.person_ctx or fx.neighbour:
        return "unknown.context_name"
    if person_slot(ctx, k, t):
        return "unknown.person_slot"  # "serkku Tsehay, joka", "fråga Abebe, han"
    shaped = foreign_shapes.judge(ctx, k, t)  # mid-sentence too: "Eilen Nkechi kysyi", "Sedan ringde Tsegays bror"
    if shaped is not None:
        return shaped
    if t.lower.endswith(LOCATIVE) or prev in PLACE_PREP:
        return "unknown.cap_mid_place"
    return "unknown.cap_mid"


def _unknown_evidence(ctx: NameCtx, k: int, t: Token, fx: CapFacts, nxt_name: bool) -> str | None:
    """The first evidence (a fact rule id) that an unknown sentence-initial word is a name."""
    text, lang, toks, infos, lex = ctx.text, ctx.lang, ctx.toks, ctx.infos, ctx.lex
    if fx.person_ctx:
        return "ev.person_word_before"
    if REAL_NAME_AFTER.match(text, t.end):
        return "ev.real_name_after"  # "Kake (virallisesti Kari-Pekka …)"
    if (  # "Segun is 57, a bus driver"; not "Kuntoutuja on 33-vuotias", "Asiakkaallani (61 v)"
        len(t.text) >= 3
        and age_follows(text, t.end)
        and t.lower not in lex.frequent
        and not (lang == "fi" and t.lower.endswith(("ja", "jä", "ni", "mme", "nsa", "nsä")))
    ):
        return "ev.age_after"
    if (
        nxt_name
        and toks[k + 1].cap
        and len(toks[k + 1].text) >= 2
        and infos[k + 1].flags & SUR
        and not infos[k + 1].flags & KEEP  # "Reflektio Gibbsin mallilla": a model, no surname
        and not t.lower.endswith(VERB_ENDINGS)
    ):
        return "ev.surname_after"
    if nxt_name and ctx.name_like(k + 1) and not looks_finnish(t.text):
        return "ev.name_after"
    if lang != "en" and (t.lower in ctx.cap_mid or ctx.inflected_cap_mid(t.lower)):
        return "ev.cap_mid_elsewhere"
    return None


SV_AUX_PERSON_VERBS = words("SV_AUX_PERSON_VERBS")
# Swedish definite and plural noun endings: "Trucken", "Gruppen", "Kassan", "Kolliet", "Kollegorna"
# a supine after "har" ("X har beslutat", "X har ringt"): what a body does as often as a person
_SV_SUPINE = re.compile(r"(?:t|ts)$")
_SV_DEFINITE = re.compile(r"(?:et|arna|erna|orna|na|en|an|n|t)$")


def _sv_name_shape(ctx: NameCtx, t: Token) -> bool:
    """An unknown word of three letters or more that is no Swedish word: not a definite or plural noun whose stem
    is a word of the lists or a frequent word (Trucken, Gruppen), never ending in -et or a plural ending."""
    low, lex = t.lower, ctx.lex
    if len(low) < 3 or not t.text[1:].islower() or lex.get(low) & KEEP or low in lex.lang_words:
        return False
    if low in PERSON_CTX or low in PROFESSIONS or low in ROLE_NOUNS or low.endswith(("et", "arna", "erna", "orna")):
        return False
    m = _SV_DEFINITE.search(low)
    if m is None:
        return True
    for cut in range(1, len(m.group(0)) + 1):
        stem = low[: len(low) - cut]
        # the stem or its last part (a compound: Försäkringskassan, Arbetsförmedlingen) is a word
        if any(
            stem[i:] in lex.frequent or lex.get(stem[i:]) or stem[i:] in lex.lang_words
            for i in range(0, max(1, len(stem) - 3))
        ):
            return False
    return True


def unknown_sent_start(ctx: NameCtx, k: int, t: Token, fx: CapFacts) -> str | None:
    """An unknown capitalised word at a sentence start: a name only with evidence."""
    text, lang, toks, n, infos = ctx.text, ctx.lang, ctx.toks, ctx.n, ctx.infos
    info = infos[k]
    nxt_name = bool(
        k + 1 < n
        and ctx.joined[k]
        and not ending_of(t, info)
        and not PROFESSION_SHAPE.search(t.lower)  # "Puheterapeutti Niina Leinonen"
        and t.lower not in PROFESSIONS  # "Förmannen Lasse Nyqvist": a role, not a name
        and t.lower not in ROLE_NOUNS
        # "Vastaukset Katjalle": before an inflected first name there is no first name
        and not (infos[k + 1].flags & FIRST and not infos[k + 1].flags & SUR and ending_of(toks[k + 1], infos[k + 1]))
    )
    ev = _unknown_evidence(ctx, k, t, fx, nxt_name)
    if ev is not None:
        decide(ctx, k, ev)  # a fact: recorded for the trace, decides nothing
        return "unknown.sent_start_name"
    shaped = foreign_shapes.judge(ctx, k, t)  # summed shape and slot evidence: "Nkechi kysyi", "Tsegay voi aloittaa"
    if shaped is not None:
        return shaped
    if lang == "en" and person_slot(ctx, k, t):
        return "unknown.en_person_slot"  # "Worku from Kallion Kukka asked"
    if (
        lang != "fi" and k + 1 < n and ctx.joined[k] and toks[k + 1].lower in EN_PERSON_VERBS and len(t.text) >= 3
    ) or (
        lang == "fi"
        and k + 1 < n
        and ctx.joined[k]
        and toks[k + 1].lower in FI_PERSON_VERBS
        and len(t.text) >= 3
        and t.lower not in PERSON_CTX
        and not ending_of(t, info)
    ):
        return "unknown.person_verb"  # "Tendai said ...": a verb of a person after an unknown word
    if (
        lang == "sv"
        and k + 1 < n
        and ctx.joined[k]
        and toks[k + 1].lower in SV_AUX_PERSON_VERBS
        and not (toks[k + 1].lower == "har" and k + 2 < n and _SV_SUPINE.search(toks[k + 2].lower))
        and _sv_name_shape(ctx, t)
    ):
        return "unknown.sv_aux_verb"  # "Xenia har epilepsi och får inte köra": no list, no Swedish word
    if len(t.text) >= 7 and MEDICAL_SHAPE.search(t.lower):
        return "unknown.medical_word"  # "Fibromyalgia on mainittu": a diagnosis, not a person
    if (
        lang == "fi"
        and foreign(t.text)
        and len(t.text) >= 4
        and (
            ctx.cap_count.get(t.lower, 0) >= 2
            or (not t.lower.endswith("i") and ctx.verb_follows(k))
            or text.startswith(" (", t.end)
        )
    ):
        return "unknown.foreign"
    return None


_ARTICLES = frozenset(("the", "a", "an"))  # "the Zorbex from Valio": a thing, not a person


def _bare(low: str) -> str:
    """A word without its English possessive (`selamawit's` → selamawit)."""
    return low[:-2] if low.endswith(("'s", "’s")) else low
