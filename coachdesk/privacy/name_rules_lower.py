"""Rules for a lower-case word (``lower.*``): demonyms, chat-style names and places, names after a role
(order = precedence, see ``name_rules``)."""

from __future__ import annotations

from coachdesk.privacy.cues import (
    CALENDAR,
    DEMONYM,
    EN_SUBJ_VERBS,
    FI_PERSON_VERBS,
    HELP_VERBS,
    LOWER_CTX_AFTER,
    NOT_NAME_AFTER_ROLE,
    OBJECT_ENDINGS,
    PERSON_CTX,
    RELATION_AFTER,
    SAFE_LOWER_ENDINGS,
)
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, NAME, PLACE
from coachdesk.privacy.name_context import NameCtx
from coachdesk.privacy.name_words import (
    TokInfo,
    collapsed,
    fi_common_word,
    in_address,
    language_word,
    plural_of_common,
    strip_poss,
)
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import SV_AFTER_VERB


def lower_word(ctx: NameCtx, k: int, t: Token) -> str | None:
    """A lower-case word: a demonym, or a chat-style name or place, a signature, a name after a role."""
    text, lang, toks, lex = ctx.text, ctx.lang, ctx.toks, ctx.lex
    f = ctx.infos[k].flags
    low = t.lower
    demonym = DEMONYM.match(low) if "lai" in low or "läi" in low else None  # (every demonym holds one)
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
    if k > 0 and toks[k - 1].lower.endswith(("'s", "’s")) and text[toks[k - 1].end : t.start] == " ":
        return "lower.after_possessive"  # "marco's visa expires": the thing a person owns, no second name
    lit_common = lex.get(low) & COMMON
    # (pure readings of the context: in chat style, where they gate nothing, worked out only for a first name)
    signature = role = helper = rel_after = False
    if not ctx.chat:
        signature, role, helper, rel_after = _cues(ctx, k, t, bool(lit_common) and not f & AMBIG)
        if not (signature or ctx.prev_word(k) in PERSON_CTX or role or helper or rel_after or ctx.strong_lower_cue(k)):
            return None  # careful text and no cue: a lower-case word is most likely a word
    common = bool(f & (COMMON | AMBIG) or lit_common)
    parts = t.lower.split("-")
    if len(parts) == 2 and all(len(x) >= 3 and lex.get(x) & FIRST and not lex.get(x) & COMMON for x in parts):
        return "lower.double_first"  # "does ulla-britt still have…"
    first_hit = ctx.first_reading(t.lower)
    if first_hit and ctx.chat:
        signature, role, helper, rel_after = _cues(ctx, k, t, bool(lit_common) and not f & AMBIG)
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
    place_hit = ctx.place_reading(t.text) if ctx.chat and not common else None
    if place_hit and (
        t.lower[place_hit[1] :] not in SAFE_LOWER_ENDINGS or collapsed(t.lower[: place_hit[1]], place_hit[0])
    ) and not (t.lower[place_hit[1] :] == "n" and ctx.place_ctx(k)):  # "leppävaaran toimistolle"
        place_hit = None
    if first_hit and language_word(t.lower, lang, first_hit[0], lex):
        first_hit = None  # "muistutus ei enää toimi": a word of this language, not Toimi
    rid = None
    if first_hit:
        rid = _lower_first(ctx, k, t, first_hit, common, signature)
        if rid == "lower.first_name":
            return rid
    elif (  # (the context evidence, a pure reading like the rest, only after the cheap tests)
        ctx.chat
        and not common
        and not f & (NAME | PLACE | KEEP)
        and len(t.text) >= 4
        and ctx.lower_evidence(k) == 3
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


def _cues(ctx: NameCtx, k: int, t: Token, ordinary: bool) -> tuple[bool, bool, bool, bool]:
    """The cues around a lower-case word: a signature, a role before it, a helping verb before it, a relation
    noun after its genitive (``tiinan mies``)."""
    toks, text = ctx.toks, ctx.text
    signature = ctx.signature_at(k, ordinary)
    role = ctx.role_before(k)
    helper = k > 0 and toks[k - 1].lower in HELP_VERBS and text[toks[k - 1].end : t.start] == " "
    rel_after = t.lower.endswith("n") and k + 1 < ctx.n and ctx.joined[k] and toks[k + 1].lower in RELATION_AFTER
    return signature, role, helper, rel_after


def _after_role(
    ctx: NameCtx, k: int, t: Token, first_hit: tuple[str, int], common: bool, role: bool, helper: bool, rel_after: bool
) -> str | None:
    """esihenkilö jukka, auttaa sannia, tiinan mies: a first name marked by the word before or after."""
    lex = ctx.lex
    if ctx.lang == "sv" and k + 1 < ctx.n and ctx.toks[k + 1].lower in SV_AFTER_VERB:
        return None  # "sambo ville inte flytta": a verb (vilja) before inte, att, nog
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
    ctx: NameCtx, k: int, t: Token, first_hit: tuple[str, int], common: bool, signature: bool
) -> str | None:
    """A lower-case first name: "lower.first_name" with evidence, else pending for the second pass."""
    lex = ctx.lex
    if ctx.lang == "sv" and k + 1 < ctx.n and ctx.toks[k + 1].lower in SV_AFTER_VERB:
        return None  # "sambo ville inte flytta": a verb (vilja) before inte, att, nog
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
    ev_level = 0 if strong or signature else ctx.lower_evidence(k)  # (a pure reading: only when it can decide)
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
