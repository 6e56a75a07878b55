"""The first pass of name detection: the rules that judge one word, in order (see ``name_decision``).

``judge(ctx, k)`` returns the id of the rule that decided token ``k`` (a row of
``name_decision.RULES``), or None when no rule had anything to say. The order of the checks is the
precedence: a candidate filter first, then the rules for all-caps, kept, capitalised (``cap_word``:
lexicon names ``lex_name``, unknown words ``unknown_word``) and lower-case words (``lower_word``).
A rule may also set the word's reading (``ctx.infos[k]``: Turun → Turku) before it returns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coachdesk.privacy import morphology, spelling
from coachdesk.privacy.apposition_names import role_apposition
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import (
    CONTRACTION,
    EN_OBJECT_VERBS,
    EN_SHORT_WORDS,
    GREETINGS,
    INTERNAL,
    LOCAL_ENDINGS,
    LOCATIVE,
    PERSON_CTX,
    PLACE_PREP,
    PROFESSIONS,
    ROLE_NOUNS,
    WEEKDAY_ABBREVS,
    WEEKDAY_RANGE,
)
from coachdesk.privacy.forget import word_cache
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, MONTH, NAME, PLACE, REGION, SUR
from coachdesk.privacy.name_context import CapFacts, NameCtx
from coachdesk.privacy.name_decision import RULES, decide
from coachdesk.privacy.name_rules_lower import lower_word
from coachdesk.privacy.name_rules_unknown import unknown_word
from coachdesk.privacy.name_words import (
    TokInfo,
    acronym_compound,
    age_follows,
    ending_of,
    fi_common_word,
    foreign,
    has_digit,
    heading,
    language_word,
    non_latin,
    strip_poss,
)
from coachdesk.privacy.orgs import LEGAL
from coachdesk.privacy.tokens import Token

REFERENCE_NOUNS = words("REFERENCE_NOUNS")
# a number, Roman numeral or letter after a reference noun, not an age ("Liite 3", "Luku IV", not "Sade 4 v")
REFERENCE_NUMBER = re.compile(r"[ \u00a0](?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,4}|[A-Z])(?![\w%–-])(?![ \u00a0]?(?:v\b|v\.|vuot|år|y/?o\b|years?|yrs))")
Verdict = tuple[str, str] | str | None  # a rule id, or (rule id, label) for lex.en_word_name


def judge(ctx: NameCtx, k: int) -> Verdict:
    """The rule that decides token ``k`` in the first pass, or None.

    First the candidate filter (``cand.*``: a word that can never be a name or place), then the rules
    for all-caps, kept, non-Latin lower-case, capitalised and lower-case words.
    """
    t = ctx.toks[k]
    if t.colon_suffix:
        return "cand.label_or_short"
    veto = _word_veto(t.text, ctx.lang)
    if veto:
        return veto
    if t.lower in WEEKDAY_ABBREVS and WEEKDAY_RANGE.search(ctx.text, max(0, t.start - 5), t.end + 5):
        return "cand.weekday_range"  # "Mon–Thu 8.00–14.00", "ma–to"
    if t.lower in ctx.pronouns:
        return "cand.pronoun"  # "Han är 56 år": the Swedish pronoun, not the name Han
    if t.cap and t.lower in REFERENCE_NOUNS and REFERENCE_NUMBER.match(ctx.text, t.end):
        return "cand.reference"  # "Katso Taulukko 2", "Se Bilaga 3": a document's part
    if t.upper:
        return all_caps(ctx, k, t)
    f = ctx.infos[k].flags
    if f & KEEP:
        return kept_word(ctx, k, t, f)
    if not t.cap and t.text[0] > "\u02ff" and non_latin(t.text):  # (non_latin needs a first letter past U+02FF)
        return "lower.non_latin"
    if t.cap:
        return cap_word(ctx, k, t)
    if ctx.lower_maybe is not None and k not in ctx.lower_maybe:
        return None  # careful text, no cue of lower_word's rules around the word: it would say None
    return lower_word(ctx, k, t)


@word_cache
@lru_cache(maxsize=16384)
def _word_veto(word: str, lang: str) -> str:
    """The candidate filter on the word form alone (no context): its rule id, or "" (remembered per form)."""
    if len(word) < 2 or acronym_compound(word) or word in LEGAL:
        return "cand.label_or_short"
    if has_digit(word):
        return "cand.digit"  # B214, K-558102: a room or a number, never a name or place
    if CONTRACTION.match(word):
        return "cand.contraction"  # "next week I'll apply"
    if lang == "en" and word.lower() in EN_SHORT_WORDS:
        return "cand.en_short"  # "As agreed, …"
    return ""


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
    if (
        t.cap
        and not t.sent_start
        and f & SUR
        and f & REGION
        and k > 0
        and ctx.joined[k - 1]
        and toks[k - 1].cap
        and ctx.infos[k - 1].flags & FIRST
        and not ctx.infos[k - 1].flags & (KEEP | COMMON)
        and ctx.text[toks[k - 1].end : t.start] == " "
        and not ending_of(t, ctx.infos[k])  # "Liisa Suomessa", "Erkki Lappiin": the place
    ):
        return "kept.region_surname"  # "kauppias Erkki Lappi jää": a surname, not the region
    return "kept.word"


def cap_word(ctx: NameCtx, k: int, t: Token) -> Verdict:
    """A capitalised word: signature, heading label, then a lexicon name or an unknown word."""
    lex, info = ctx.lex, ctx.infos[k]
    f = info.flags
    lit_flags = lex.get(t.lower)
    literal_common = bool(lit_flags & COMMON) or bool(lex.get(strip_poss(t.lower)) & COMMON)
    is_heading = heading(ctx.text, t)
    if f & FIRST and not is_heading and ctx.signature_at(k, literal_common and not f & AMBIG):
        return "signature"  # "Kiitos avusta! -Toivo", "Kiitos!\nSatu"
    weak_lex = not (f & NAME and not f & INTL and lex.counts.get(info.base, 0) >= 500)
    if is_heading and (weak_lex or f & (AMBIG | COMMON) or literal_common or ending_of(t, info)):
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
    if f & FIRST and role_apposition(ctx, k):
        return "ev.apposition_role"  # "Sunny, her peer supporter, will join", "Hope, the one who moved"
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
                if (fx.ambig or (weak and not fx.freq_common)) and f & NAME and not fx.literal_common:
                    if lang != "fi" and spelling.word_like(t.lower) and not _cap_next(ctx, k):
                        return "lex.sent_start_dictionary_word"  # "Faith", "Hope", "Sten" open a sentence: no question
                    if lang == "fi" and morphology.no_name_reading(t.lower) and not _cap_next(ctx, k):
                        return "lex.sent_start_no_name_reading"  # "Soitan", "Liitteenä", "Usva": no question
                    return "lex.sent_start_unsure"  # a weak reading of a frequent word form is the word: `Yhtiön …`
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
        or _greeted(ctx, k)  # "Hi June,": a month greeted at a line's start is a person
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


def _greeted(ctx: NameCtx, k: int) -> bool:
    """Token k follows a greeting that opens its line, and a comma or the line's end follows it (`Hi June,`)."""
    if k == 0 or ctx.toks[k - 1].lower not in GREETINGS:
        return False
    g = ctx.toks[k - 1]
    line_start = ctx.text.rfind("\n", 0, g.start) + 1
    return not ctx.text[line_start : g.start].strip() and ctx.text[ctx.toks[k].end : ctx.toks[k].end + 1] in (",", "\n", "!", "")


def _cap_next(ctx: NameCtx, k: int) -> bool:
    """A capitalised word follows token k on the same line (`Joy Sparrow, 38`: maybe a full name)."""
    return k + 1 < ctx.n and ctx.joined[k] and ctx.toks[k + 1].cap
