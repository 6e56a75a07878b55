"""The first pass of name detection: the rules that judge one word, in order (see ``name_decision``).

``judge(ctx, k)`` returns the id of the rule that decided token ``k`` (a row of
``name_decision.RULES``), or None when no rule had anything to say. The order of the checks is the
precedence: a candidate filter first, then the rules for all-caps, kept, capitalised (``cap_word``:
lexicon names ``lex_name``, unknown words ``unknown_word``) and lower-case words (``lower_word``).
A rule may also set the word's reading (``ctx.infos[k]``: Turun → Turku) before it returns.
"""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk.privacy.cues import (
    CALENDAR,
    CONTRACTION,
    DASH_SIGNOFF_BEFORE,
    DEMONYM,
    EN_OBJECT_VERBS,
    EN_PERSON_PREP,
    EN_PERSON_VERBS,
    EN_SHORT_WORDS,
    EN_SUBJ_VERBS,
    FI_PERSON_VERBS,
    HELP_VERBS,
    INTERNAL,
    LIST_LINE_BEFORE,
    LOCAL_ENDINGS,
    LOCATIVE,
    LOWER_CTX_AFTER,
    NOT_NAME_AFTER_ROLE,
    OBJECT_ENDINGS,
    PERSON_CTX,
    PLACE_LABEL,
    PLACE_NOUNS,
    PLACE_PREP,
    PROFESSIONS,
    REAL_NAME_AFTER,
    RELATION_AFTER,
    ROLE_NOUNS,
    SAFE_LOWER_ENDINGS,
    VERB_ENDINGS,
    WEEKDAY_ABBREVS,
    WEEKDAY_RANGE,
)
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, MONTH, NAME, PLACE, SUR
from coachdesk.privacy.name_context import NameCtx
from coachdesk.privacy.name_decision import RULES, decide
from coachdesk.privacy.name_words import (
    TokInfo,
    acronym_compound,
    age_follows,
    best_first,
    collapsed,
    ending_of,
    fi_common_word,
    foreign,
    has_digit,
    heading,
    in_address,
    language_word,
    looks_finnish,
    non_latin,
    plural_of_common,
    strip_poss,
)
from coachdesk.privacy.orgs import LEGAL, PROFESSION_SHAPE
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.tokens import char_after as _next_char

Verdict = tuple[str, str] | str | None  # a rule id, or (rule id, label) for lex.en_word_name


def judge(ctx: NameCtx, k: int) -> Verdict:
    """The rule that decides token ``k`` in the first pass, or None.

    First the candidate filter (``cand.*``: a word that can never be a name or place), then the rules
    for all-caps, kept, non-Latin lower-case, capitalised and lower-case words.
    """
    t = ctx.toks[k]
    if t.colon_suffix or len(t.text) < 2 or acronym_compound(t.text) or t.text in LEGAL:
        return "cand.label_or_short"
    if has_digit(t.text):
        return "cand.digit"  # B214, K-558102: a room or a number, never a name or place
    if CONTRACTION.match(t.text):
        return "cand.contraction"  # "next week I'll apply"
    if ctx.lang == "en" and t.lower in EN_SHORT_WORDS:
        return "cand.en_short"  # "As agreed, …"
    if t.lower in WEEKDAY_ABBREVS and WEEKDAY_RANGE.search(ctx.text, max(0, t.start - 5), t.end + 5):
        return "cand.weekday_range"  # "Mon–Thu 8.00–14.00", "ma–to"
    if t.lower in ctx.pronouns:
        return "cand.pronoun"  # "Han är 56 år": the Swedish pronoun, not the name Han
    if t.upper:
        return all_caps(ctx, k, t)
    f = ctx.infos[k].flags
    if f & KEEP:
        return kept_word(ctx, k, t, f)
    if not t.cap and non_latin(t.text):
        return "lower.non_latin"
    if t.cap:
        return cap_word(ctx, k, t)
    return lower_word(ctx, k, t)


def all_caps(ctx: NameCtx, k: int, t: Token) -> str:
    """MATTI VIRTANEN: an all-caps Finnish name (acronyms are short or not in the name lists)."""
    info, lex, toks = ctx.infos[k], ctx.lex, ctx.toks
    f = info.flags
    base_ok = len(t.text) >= 3 and f & NAME and not f & (INTL | KEEP)
    strong = lex.counts.get(info.base, 0) >= 500 and not f & (COMMON | AMBIG) and not lex.get(t.lower) & COMMON
    pair = any(
        0 <= x < ctx.n and toks[x].upper and ctx.adjacent(min(k, x), max(k, x)) and ctx.infos[x].flags & NAME
        for x in (k - 1, k + 1)
    )
    return "caps.name" if base_ok and (strong or pair) else "caps.other"


def kept_word(ctx: NameCtx, k: int, t: Token, f: int) -> str:
    """A kept word is no name, unless a first name reading is marked by a role or a person's case."""
    toks = ctx.toks
    if t.cap and not t.sent_start and f & FIRST and k > 0 and ctx.joined[k - 1] and (
        toks[k - 1].lower in ROLE_NOUNS or toks[k - 1].lower in PROFESSIONS
    ):
        return "kept.after_role"  # "ohjaaja Wilma": a name that is also a product, after a person's role
    if t.cap and not t.sent_start and f & FIRST and "-" not in t.text and t.lower.endswith(("ille", "ilta", "iltä")):
        return "kept.person_case"  # "ollut Aslakille yhtä hyvä"; the course is "Aslak-kurssille"
    return "kept.word"


@dataclass(slots=True)
class CapFacts:
    """What the rules for a capitalised word share."""

    literal_common: bool  # the word as written is a common word
    weak_lex: bool  # in no Finnish name list with >= 500 bearers (rare or international-only name)
    freq_common: bool  # a frequent word form or a common-noun compound at a sentence start
    ambig: bool  # the name is also a word (Satu, Lumi)
    person_ctx: bool  # a person word before it (asiakas, client)
    name_word: bool  # a first name or surname that is not just a frequent word (Onni, Kurki; not Mies)
    neighbour: bool  # a name-like word right before or after it


def cap_word(ctx: NameCtx, k: int, t: Token) -> Verdict:
    """A capitalised word: signature, heading label, then a lexicon name or an unknown word."""
    lex, info = ctx.lex, ctx.infos[k]
    f = info.flags
    literal_common = bool(lex.get(t.lower) & COMMON) or bool(lex.get(strip_poss(t.lower)) & COMMON)
    if f & FIRST and not heading(ctx.text, t) and ctx.signature_at(k, literal_common and not f & AMBIG):
        return "signature"  # "Kiitos avusta! -Toivo", "Kiitos!\nSatu"
    weak_lex = not (f & NAME and not f & INTL and lex.counts.get(info.base, 0) >= 500)
    if heading(ctx.text, t) and (weak_lex or f & (AMBIG | COMMON) or literal_common or ending_of(t, info)):
        return "heading_label"  # "Sali: B12", "Keinot: tauotus", "Snabb fråga:"
    freq_common = bool(
        t.sent_start
        and (
            (
                weak_lex
                and not f & (PLACE | INTL)
                and (
                    strip_poss(t.lower) in lex.frequent
                    or (ctx.lang == "fi" and not f & NAME and fi_common_word(t.lower, lex))
                )
            )
            or (not f & PLACE and language_word(t.lower, ctx.lang, info.base, lex))  # Emme, Andra
        )
        and not (f & NAME and ctx.person_verb_next(k))  # "Ronaldo valittiin", not "Sali kaksi kertaa"
    )
    if f & INTL and not f & ~INTL & NAME and len(info.base) < 3 and not ctx.person_ctx_word(k):
        return "cap.intl_short"
    lit_flags = lex.get(t.lower)
    fx = CapFacts(
        literal_common,
        weak_lex,
        freq_common,
        bool(f & AMBIG) or bool(lex.get(info.base) & AMBIG),
        ctx.prev_word(k) in PERSON_CTX,
        bool(
            f & NAME
            and (lit_flags & AMBIG or not lit_flags & COMMON)
            and t.lower not in PERSON_CTX
            and t.lower not in ROLE_NOUNS
        ),
        ctx.neighbour(k),
    )
    if f & (NAME | PLACE):
        return lex_name(ctx, k, t, fx)
    return unknown_word(ctx, k, t, fx)


def _weak_reading(ctx: NameCtx, k: int, t: Token, literal_common: bool) -> bool:
    """A name reading that needs evidence at a sentence start: a rare surname, a case or plural form of
    things, an international-only name without a verb after it."""
    info, lang, lex = ctx.infos[k], ctx.lang, ctx.lex
    f = info.flags
    end = t.lower[info.stem_len :]
    if bool(f & SUR) and not f & (FIRST | PLACE | INTL) and lex.counts.get(info.base, 0) < 30:
        return True  # a rare Finnish surname alone at a sentence start is often an ordinary word
    if lang == "fi" and not f & PLACE and end in INTERNAL:
        return True  # "Passissa nimi on …": an inner-locative case is for places and things
    if lang == "fi" and end == "t":
        return True  # "Kotkat ja lokit": a plural; no person, no town
    if lang == "fi" and t.sent_start and end in ("na", "nä", "ksi") and not f & PLACE:
        return True  # "Liitteenä lääkärin B-lausunto": an essive or translative opening a sentence
    if f & INTL and not f & PLACE:
        if end in LOCAL_ENDINGS and not foreign(t.text):
            return True
        if (
            lang != "en"
            and not foreign(t.text)
            and not (ctx.cap_count.get(t.lower, 0) >= 2 and t.lower not in ctx.lower_seen)
            and not (ctx.verb_follows(k) and not t.lower.endswith("i") and not literal_common)
        ):
            return True
        if lang == "en" and not ctx.verb_follows(k):
            return True
    return not f & PLACE and ctx.first_person_past(k)


def _sent_start_evidence(ctx: NameCtx, k: int, t: Token, fx: CapFacts) -> str | None:
    """The first evidence (a fact rule id, ``ev.*``) that a sentence-initial word-like name is a person."""
    info = ctx.infos[k]
    f = info.flags
    if fx.neighbour:
        return "ev.neighbour"
    if fx.person_ctx:
        return "ev.person_word_before"
    if fx.ambig and not fx.literal_common and f & FIRST and ctx.agent_verb_next(k):
        return "ev.agent_verb_next"  # "Vesa tuli mukaan"
    if fx.name_word and ctx.explicit_person_verb(k):
        return "fi.person_verb_next"  # "Onni kertoi", "Satu soitti" (en: "Grace said")
    if f & FIRST and ctx.addressed(k):
        return "ev.addressed"  # "Will, you had something similar?"
    if f & FIRST and ctx.introduced(k):
        return "ev.introduced"  # "Summer, my client who …", "Jack (Jaakko really)"
    if fx.name_word and ctx.human_state_next(k):
        return "ev.human_state"  # "Onni on työtön", not "Lumi on poissa"
    if info.base in ctx.known and ctx.own_evidence(k, fx.literal_common or (fx.ambig and ctx.lang != "fi")):
        return "ev.known_elsewhere"
    if f & FIRST and t.lower.endswith(("'s", "’s")) and k + 1 < ctx.n and not ctx.toks[k + 1].cap:
        return "ev.possessive"  # "Will's job coach left": a possessive first name before a noun
    if f & NAME and age_follows(ctx.text, t.end):
        return "ev.age_after"
    return None


def lex_name(ctx: NameCtx, k: int, t: Token, fx: CapFacts) -> Verdict:
    """A capitalised word in the name or place lists."""
    info, lang, lex = ctx.infos[k], ctx.lang, ctx.lex
    f = info.flags
    if t.sent_start:
        weak = _weak_reading(ctx, k, t, fx.literal_common)
        if fx.literal_common or fx.ambig or weak or fx.freq_common or t.lower in ctx.lower_seen:
            ev = _sent_start_evidence(ctx, k, t, fx)
            if ev is None:
                if (fx.ambig or weak) and f & NAME and not fx.literal_common:
                    return "lex.sent_start_unsure"
                return "lex.sent_start_word"
            decide(ctx, k, ev)  # a fact: recorded for the trace, decides nothing
    if lang == "en" and f & MONTH and not (
        fx.neighbour
        or fx.person_ctx
        or age_follows(ctx.text, t.end)
        or (info.base in ctx.known and ctx.own_evidence(k, True))
        or ctx.prev_word(k) == "with"  # "my session with June"
        or ctx.prev_word(k) in EN_OBJECT_VERBS  # "I'll ask May first"; months follow prepositions
        or ctx.addressed(k)  # "May, could you check?"
    ):
        return "lex.en_month"
    if lang == "en" and t.sent_start and f & INTL and not f & (FIRST | SUR) & ~INTL and fx.literal_common:
        return "lex.en_intl_word"
    if f & PLACE and not (f & NAME):
        rid = "lex.place"
    elif f & PLACE:
        end = t.text[info.stem_len :].lower()
        loc = end.endswith(LOCATIVE) or ctx.prev_word(k) in PLACE_PREP
        # Kaarinassa, Kaarinaan, "asuu Kaarinalla", "Turun seudulta": the place reading wins
        place_first = (bool(end) and t.lower.endswith(INTERNAL)) or ctx.place_ctx(k)
        place = not fx.neighbour and (place_first or (loc and not (f & FIRST and not f & SUR)))
        rid = "lex.place_reading" if place else "lex.name_reading"
    elif not fx.neighbour and ctx.place_ctx(k) and not fx.person_ctx and (hit := lex.find(t.text, PLACE)):
        ctx.infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])  # Turun seudulta: Turku, not the surname Turu
        rid = "lex.place_context"
    else:
        rid = "lex.name"
    if f & NAME and fx.literal_common and not t.sent_start and lang == "en" and not (fx.neighbour or fx.person_ctx):
        return ("lex.en_word_name", RULES[rid].label)
    return rid


def unknown_word(ctx: NameCtx, k: int, t: Token, fx: CapFacts) -> str | None:
    """A capitalised word in no name or place list."""
    text, lang, toks, n = ctx.text, ctx.lang, ctx.toks, ctx.n
    if PLACE_LABEL.search(text, max(0, t.start - 24), t.start):
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
    if lang == "en" and not (fx.person_ctx or fx.neighbour or looks_finnish(t.text)):
        return "unknown.en_no_evidence"
    if fx.person_ctx or fx.neighbour:
        return "unknown.context_name"
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


def unknown_sent_start(ctx: NameCtx, k: int, t: Token, fx: CapFacts) -> str | None:
    """An unknown capitalised word at a sentence start: a name only with evidence."""
    text, lang, toks, n, infos = ctx.text, ctx.lang, ctx.toks, ctx.n, ctx.infos
    info = infos[k]
    nxt_name = bool(
        k + 1 < n
        and ctx.joined[k]
        and not ending_of(t, info)
        and not PROFESSION_SHAPE.search(t.lower)  # "Puheterapeutti Niina Leinonen"
        # "Vastaukset Katjalle": before an inflected first name there is no first name
        and not (infos[k + 1].flags & FIRST and not infos[k + 1].flags & SUR and ending_of(toks[k + 1], infos[k + 1]))
    )
    ev = _unknown_evidence(ctx, k, t, fx, nxt_name)
    if ev is not None:
        decide(ctx, k, ev)  # a fact: recorded for the trace, decides nothing
        return "unknown.sent_start_name"
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


def lower_word(ctx: NameCtx, k: int, t: Token) -> str | None:
    """A lower-case word: a demonym, or a chat-style name or place, a signature, a name after a role."""
    text, lang, toks, n, lex = ctx.text, ctx.lang, ctx.toks, ctx.n, ctx.lex
    f = ctx.infos[k].flags
    demonym = DEMONYM.match(t.lower)
    if demonym and len(demonym.group(1)) >= 2:
        stem = demonym.group(1)
        hit = lex.find(stem, PLACE) or lex.find(stem + "i", PLACE) or lex.find(stem[:-1] + "i", PLACE)
        if hit and not lex.get(hit[0]) & KEEP:
            ctx.infos[k] = TokInfo(PLACE, hit[0], len(t.text))
            return "lower.demonym"
    if len(t.text) < 3 or CALENDAR.match(t.lower) or in_address(text, t):
        return None
    if ctx.after_article(k):
        return "lower.after_article"  # "sov en björn i trädgården"
    common = bool(f & (COMMON | AMBIG) or lex.get(t.lower) & COMMON)
    signature = ctx.signature_at(k, bool(lex.get(t.lower) & COMMON) and not f & AMBIG)
    role = ctx.role_before(k)
    helper = k > 0 and toks[k - 1].lower in HELP_VERBS and text[toks[k - 1].end : t.start] == " "
    rel_after = t.lower.endswith("n") and k + 1 < n and ctx.joined[k] and toks[k + 1].lower in RELATION_AFTER
    if not (
        ctx.chat or signature or ctx.prev_word(k) in PERSON_CTX or role or helper or rel_after or ctx.strong_lower_cue(k)
    ):
        return None  # careful text and no cue: a lower-case word is most likely a word
    parts = t.lower.split("-")
    if len(parts) == 2 and all(len(x) >= 3 and lex.get(x) & FIRST and not lex.get(x) & COMMON for x in parts):
        return "lower.double_first"  # "does ulla-britt still have…"
    first_hit = best_first(t.lower, lex)
    if lang != "fi" and first_hit:
        # English and Swedish: the name as written or with a possessive s, no Finnish endings
        lw = strip_poss(t.lower)
        if lang == "sv" and not lex.get(lw) & FIRST and lw.endswith("s") and lex.get(lw[:-1]) & FIRST:
            lw = lw[:-1]  # Swedish genitive: annas -> anna
        first_hit = (lw, len(lw)) if lex.get(lw) & FIRST else None
    if first_hit and (role or helper or rel_after) and t.lower not in NOT_NAME_AFTER_ROLE:
        rid = _after_role(ctx, k, t, first_hit, common, role, helper, rel_after)
        if rid is not None:
            return rid
    place_hit = lex.find(t.text, PLACE) if ctx.chat and not common else None
    if place_hit and (
        t.lower[place_hit[1] :] not in SAFE_LOWER_ENDINGS or collapsed(t.lower[: place_hit[1]], place_hit[0])
    ) and not (t.lower[place_hit[1] :] == "n" and ctx.place_ctx(k)):  # "leppävaaran toimistolle"
        place_hit = None
    ev_level = ctx.lower_evidence(k)
    if first_hit and language_word(t.lower, lang, first_hit[0], lex):
        first_hit = None  # "muistutus ei enää toimi": a word of this language, not Toimi
    rid = None
    if first_hit:
        rid = _lower_first(ctx, k, t, first_hit, common, signature, ev_level)
        if rid == "lower.first_name":
            return rid
    elif (
        ctx.chat
        and ev_level == 3
        and not common
        and not f & (NAME | PLACE | KEEP)
        and len(t.text) >= 4
        and t.lower not in lex.frequent
        and t.lower not in PERSON_CTX
        and t.lower not in LOWER_CTX_AFTER  # "sorsa lupas selvittää": a verb before a verb
        and not lex.lookup_all(t.text) & (COMMON | KEEP)
        and not fi_common_word(t.lower, lex)
    ):
        ctx.unknown_found.add(t.lower)
        return "lower.unknown_verb"  # "chidi said": a word in no list before a person's verb (asked about)
    if place_hit and len(place_hit[0]) >= 4 and not lex.get(place_hit[0]) & AMBIG:
        ctx.infos[k] = TokInfo(lex.get(place_hit[0]), place_hit[0], place_hit[1])
        return "lower.place"
    return rid


def _after_role(
    ctx: NameCtx, k: int, t: Token, first_hit: tuple[str, int], common: bool, role: bool, helper: bool, rel_after: bool
) -> str | None:
    """esihenkilö jukka, auttaa sannia, tiinan mies: a first name marked by the word before or after."""
    lex = ctx.lex
    base, sl = first_hit
    bf = lex.get(base)
    fi_count = lex.counts.get(base, 0) if not bf & INTL else 0
    if language_word(t.lower, ctx.lang, base, lex):
        return "lower.language_word"  # "asiakas otti asian puheeksi": a verb of this language, not Otti
    # an inflected form: no ordinary word (hiljaa, päivällä), or a plain ending on a well-attested name
    plain = (
        not common
        and not bf & (AMBIG | COMMON)
        and (
            t.lower not in lex.frequent
            or (t.lower.startswith(base) and fi_count >= 3000 and not plural_of_common(t.lower, base, lex))
        )
    )
    verbish = t.lower in LOWER_CTX_AFTER or t.lower in EN_SUBJ_VERBS or t.lower in FI_PERSON_VERBS
    lit = lex.get(t.lower)
    # the name as written: not a frequent word, or a name that is also a word (tytär lumi)
    as_written = not t.lower[sl:] and (not lit & COMMON or bool(lit & AMBIG))
    if (
        (role and not verbish and (plain or as_written))
        or (helper and plain and t.lower[sl:] in OBJECT_ENDINGS)
        or (rel_after and plain and t.lower[sl:] == "n")
    ):
        ctx.infos[k] = TokInfo(bf, base, sl)
        return "lower.role_name"
    return None


def _lower_first(
    ctx: NameCtx, k: int, t: Token, first_hit: tuple[str, int], common: bool, signature: bool, ev_level: int
) -> str | None:
    """A lower-case first name: "lower.first_name" with evidence, else pending for the second pass."""
    lex = ctx.lex
    base, sl = first_hit
    bf = lex.get(base)
    fi_count = lex.counts.get(base, 0) if not bf & INTL else 0
    # a plain lexicon hit: a well-attested Finnish first name that is no ordinary word form
    strong = (
        fi_count >= 300
        and not bf & AMBIG
        and not common
        and len(t.text) >= 4
        and not t.lower.endswith(("kaan", "kään"))
        and not plural_of_common(t.lower, base, lex)
    )
    # context evidence: any first name, also international or a name that is a word (kari);
    # a frequent word form needs a well-attested name and a verb ("kari sanoi", not "client said")
    external = t.lower[sl:] in ("lta", "ltä", "lle", "lla", "llä")  # kysyin karilta, soitin karille
    frequent_form = common or t.lower in lex.frequent
    if common:  # an ordinary word: a well-attested name and a verb ("kari sanoi", not "client said")
        ev = fi_count >= 300 and (ev_level == 3 or (ev_level == 2 and external))
    elif frequent_form:  # a frequent form (dmitri, alex): a person's verb after, kysyin X:ltä,
        # or a verb of meeting/asking before a well-attested name ("met with alex")
        ev = ev_level == 3 or (ev_level == 2 and (external or fi_count >= 300))
    else:
        ev = ev_level >= 1
    if strong or ev or signature:
        ctx.infos[k] = TokInfo(bf, base, sl)
        return "lower.first_name"
    if not frequent_form:
        ctx.pending.append((k, False))
    elif fi_count >= 300:
        ctx.pending.append((k, True))  # "kari ja minna": only a neighbouring name can decide
    else:
        return None
    return "lower.pending"
