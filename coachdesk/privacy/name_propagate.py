"""The second pass of name detection: names found in the first pass reach their other forms.

Pending lower-case first names next to a found name or found elsewhere, sentence-initial and
lower-case copies of found names in any inflected form, repeats of unknown words a verb marked,
and lower-case first name + surname pairs; ``name_carry.carry`` adds the real-prose rules (``carry.*``).
Every decision goes through ``name_decision.decide`` with a rule id of ``RULES`` (``spread.*``, ``pair.*``).
"""

from __future__ import annotations

from coachdesk.privacy.cues import CALENDAR, FOUND_NAME_ENDING, NEAR_JOIN, NOT_NAME_AFTER_ROLE, SURNAME_SHAPE
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, NAME, PLACE, SUR
from coachdesk.privacy.name_carry import carry
from coachdesk.privacy.name_context import NameCtx
from coachdesk.privacy.name_decision import decide
from coachdesk.privacy.name_words import TokInfo, age_follows, ending_of, in_address
from coachdesk.privacy.orgs import LEGAL
from coachdesk.privacy.tokens import Token


def second_pass(ctx: NameCtx) -> None:
    """Every rule of the second pass, in order."""
    pending_names(ctx)
    found_forms(ctx)
    certain_copies(ctx)
    carry(ctx)
    if ctx.unknown_found:
        for k, t in enumerate(ctx.toks):
            if ctx.labels[k] is None and not t.cap and t.lower in ctx.unknown_found:
                decide(ctx, k, "spread.unknown_repeat")
    lower_pairs(ctx)


def pending_names(ctx: NameCtx) -> None:
    """Lower-case first names without evidence: next to a found lower-case name, or found elsewhere."""
    toks, labels, infos, text, n, lex = ctx.toks, ctx.labels, ctx.infos, ctx.text, ctx.n, ctx.lex
    found = {infos[x].base for x in range(n) if labels[x] == "PERSON"}
    for k, ordinary in ctx.pending:
        hit = ctx.first_reading(toks[k].lower)
        if not hit:
            continue
        near = any(
            0 <= x < n
            and labels[x] == "PERSON"
            and not toks[x].cap
            and text[toks[min(x, k)].end : toks[max(x, k)].start].strip() in NEAR_JOIN
            for x in (k - 2, k - 1, k + 1, k + 2)
        )
        if near or (hit[0] in found and not ordinary):  # an ordinary word is never named by propagation
            infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
            decide(ctx, k, "spread.pending_near" if near else "spread.pending_found")


def found_forms(ctx: NameCtx) -> None:
    """Other forms of the names found so far (Valon → Valo; Koskinen … koskiselle)."""
    toks, labels, infos, n = ctx.toks, ctx.labels, ctx.infos, ctx.n
    found: set[str] = set()
    for x in [x for x, label in enumerate(labels) if label == "PERSON"]:
        # not a word of a company name ("Kvarnbackens Snickeri Ab": snickeri is no name elsewhere)
        if not any(toks[y].text in LEGAL for y in range(x + 1, min(n, x + 4))):
            found.update(ctx.name_readings(toks[x].lower, infos[x].base))
    if not found:
        return
    heads = {b[:3] for b in found if len(b) >= 3}
    for k, t in enumerate(toks):
        if t.lower[:3] not in heads or labels[k] is not None or t.upper or t.colon_suffix or len(t.text) < 3:
            continue
        rid = _cap_copy(ctx, k, t, found) if t.cap else _lower_copy(ctx, k, t, found)
        if rid is not None:
            decide(ctx, k, rid)


def certain_copies(ctx: NameCtx) -> None:
    """Capitalised copies of a word in no list that a rule names for certain elsewhere, which the first pass only
    asked about (`her cousin X` … `later X was tired`; `Nkechi kysyi` … `Nkechin kanssa`): named, no question."""
    toks, labels, infos, n, unsure = ctx.toks, ctx.labels, ctx.infos, ctx.n, ctx.uncertain
    sure = {toks[x].lower for x in range(n) if labels[x] == "PERSON" and not unsure[x] and toks[x].cap and not infos[x].flags}
    sure = {w for w in sure if len(w) >= 4 and w.isalpha()}
    if not sure:
        return
    for k, t in enumerate(toks):
        if not unsure[k] or labels[k] not in ("PERSON", "LOCATION") or not t.cap or infos[k].flags:
            continue
        low = t.lower
        if low in sure or any(low.startswith(b) and FOUND_NAME_ENDING.fullmatch(low[len(b) :]) for b in sure):
            decide(ctx, k, "spread.certain_copy")


def _cap_copy(ctx: NameCtx, k: int, t: Token, found: set[str]) -> str | None:
    """A capitalised copy of a found name at a sentence start, with evidence of its own."""
    infos, lex = ctx.infos, ctx.lex
    if not t.sent_start:
        return None
    info = infos[k]
    if info.base in found and info.flags & NAME and not info.flags & KEEP and not ctx.word_plural(k):
        # "Onnin tapaamisessa ... Onni on työtön"
        ambiguous = bool(lex.get(t.lower) & COMMON or info.flags & (AMBIG | COMMON))
        if ctx.own_evidence(k, ambiguous) or age_follows(ctx.text, t.end):
            return "spread.sent_start_copy"
        return None
    if not info.flags & NAME and (
        hit := next(((b, sl) for b, sl in analyses(t.lower)[1:] if b in found and lex.get(b) & NAME), None)
    ):
        # "Raimo Kiven kanssa … Kiven vaimo": a found name whose form is also a frequent word
        if ctx.own_evidence(k, True):
            infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
            return "spread.word_form_copy"
        return None
    if not info.flags and any(
        len(b) >= 4 and t.lower.startswith(b) and FOUND_NAME_ENDING.fullmatch(t.lower[len(b) :]) for b in found
    ):
        return "spread.inflected_copy"  # "… Al-Khatib, 31 … Al-Khatibin taustalla"
    return None


def _lower_copy(ctx: NameCtx, k: int, t: Token, found: set[str]) -> str | None:
    """A lower-case form of a found name ("Jarmo Koskinen ... jarmolle sopii")."""
    lex = ctx.lex
    if CALENDAR.match(t.lower) or in_address(ctx.text, t) or t.lower in NOT_NAME_AFTER_ROLE:
        return None
    if ctx.lang != "fi" and t.lower not in found and not (t.lower.endswith("s") and t.lower[:-1] in found):
        return None  # "Stig … längs stigen": no Finnish endings on a name in Swedish or English
    if ctx.after_article(k):
        return None  # "Björn … En björn i ide": a noun after an article
    hit = ctx.first_reading(t.lower)
    if not hit or hit[0] not in found:
        # a surname found elsewhere (Koskinen ... koskiselle)
        hit = next(((b, sl) for b, sl in analyses(t.lower) if b in found and lex.get(b) & SUR and len(b) >= 4), None)
        if not hit:
            return None
    # a frequent word form of a name that is also a word (Niemi ... niemen puoleisessa) is the word;
    # onnin (not onnen) is only the name's form
    ordinary = bool(lex.get(t.lower) & (COMMON | AMBIG)) or (
        t.lower in lex.frequent and (not lex.counts.get(hit[0], 0) >= 300 or bool(lex.get(hit[0]) & AMBIG))
    ) or (
        # "keskellä saloa" after "Salo", "kalassa koskella" after "Koskelta": also a form of an ordinary word
        (bool(lex.get(hit[0]) & AMBIG) or bool(lex.lookup_all(t.lower) & (COMMON | AMBIG)))
        and t.lower != hit[0]
        and not ctx.name_genitive(k)
    )
    # a form that is also an ordinary word only with a person's verb or a verb of asking before it
    if not ordinary or ctx.lower_evidence(k) >= 2:
        ctx.infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
        return "spread.lower_form"
    return None


def lower_pairs(ctx: NameCtx) -> None:
    """"tapaaminen jussi pelkosen kanssa", "call w/ frank laaksonen": a lower-case surname after a
    lower-case first name is the rest of the name (a surname that is no ordinary word)."""
    toks, labels, infos, lex = ctx.toks, ctx.labels, ctx.infos, ctx.lex
    for k in range(ctx.n - 1):
        nx = toks[k + 1]
        if (
            labels[k] is None
            and labels[k + 1] is None
            and not toks[k].cap
            and not nx.cap
            and ctx.joined[k]
            and len(toks[k].text) >= 3
            and infos[k].flags & FIRST
            and not ending_of(toks[k], infos[k])
            and infos[k + 1].flags & SUR
            and not infos[k + 1].flags & (COMMON | AMBIG | PLACE | KEEP)
            and nx.lower.endswith(("nen", "sen"))
            and not lex.get(nx.lower) & COMMON
            and nx.lower not in lex.lang_words
        ):
            decide(ctx, k, "pair.first_surname")
            decide(ctx, k + 1, "pair.first_surname")
            continue
        if (
            labels[k] == "PERSON"
            and not toks[k].cap
            and labels[k + 1] is None
            and not nx.cap
            and ctx.joined[k]
            and not ending_of(toks[k], infos[k])
            and len(nx.text) >= 4
        ):
            f = infos[k + 1].flags
            if (f & SUR and not f & (COMMON | AMBIG | PLACE | KEEP) and nx.lower not in lex.frequent) or (
                f & SUR and not f & (COMMON | AMBIG | KEEP) and SURNAME_SHAPE.search(nx.lower)
            ):
                decide(ctx, k + 1, "pair.surname_after_first")  # laaksonen, pelkosen: a -nen surname
