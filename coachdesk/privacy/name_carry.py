"""Names of real prose (news, encyclopedia text) carried to their other mentions (``carry.*`` rules).

A news text names a person in full once ("Mark Wallenberg kertoi …"), then by the bare or inflected
surname, often at a sentence start ("Wallenberg sanoi …", "Wallenbergin mukaan …", "Wallenbergiä
arvostellaan"); Arabic names keep a lower-case particle ("näkevät al-Hadidin"); a foreign surname
opens a sentence before a reporting verb ("Brennan vahvisti …"). A note names someone in full once
("line manager Grace Holmberg"), then by the given name alone, also when it is a word ("Grace will
adjust the list", "vastuu: Onni"). Part of the second pass
(``name_propagate.second_pass``); every decision goes through ``name_decision.decide``.
"""

from __future__ import annotations

import re

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import FI_PERSON_VERBS, PERSON_NOUNS, PRONOUNS
from coachdesk.privacy.lexicon import AMBIG, COMMON, EMPLOYER, FIRST, KEEP, PLACE, SUR
from coachdesk.privacy.name_context import NameCtx
from coachdesk.privacy.name_decision import decide
from coachdesk.privacy.name_words import foreign, looks_finnish
from coachdesk.privacy.orgs import LEGAL
from coachdesk.privacy.tokens import char_before

# an Arabic article or particle, lower case, joined by a hyphen to a capitalised name (al-Hadidin)
PARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?")

# a two-syllable given name joined by a hyphen, its second syllable in lower case (Min-jae, dong-hyun)
SYLLABLE_PAIR = re.compile(r"[A-Za-z][a-z]{1,4}-[a-z]{2,4}")

# the case endings and clitics a surname takes in Finnish prose (Wallenbergin, -iä, -illa, Navalnyita)
CARRY_ENDING = re.compile(
    r"(?:[:']?i?(?:n|a|ä|ta|tä|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|ksi|na|nä|hin|han|hen|seen|lleen|nsa|nsä)"
    r"|'?s)?(?:kin|kaan|kään|han|hän|pa|pä)?"
)

REPORT_VERBS = words("REPORT_VERBS") | FI_PERSON_VERBS
SLOT_VERBS = words("SLOT_VERBS")  # helping verbs before a person's act ("Grace will adjust", "Joy ska ringa")
SLOT_VERBS = words("SLOT_VERBS")  # "Grace will adjust", "Joy ska ringa": a helping verb before a person's act
GENITIVE_HEADS = words("GENITIVE_HEADS") | PERSON_NOUNS

_WORDISH = COMMON | AMBIG | KEEP | PLACE | EMPLOYER
_LONGEST = 40  # longer words are no names: their stems and split points are never tried (bounded work)


def carry(ctx: NameCtx) -> None:
    """The ``carry.*`` rules, in order: particle and hyphenated given names, surname copies, foreign
    sentence openers, given-name copies. One scan picks the few candidate tokens (a hyphen, a sentence start)."""
    if "PERSON" in ctx.labels:
        given_copies(ctx)
    if ctx.lang != "fi":
        return
    toks, labels = ctx.toks, ctx.labels
    hyphened = [k for k, t in enumerate(toks) if "-" in t.text and labels[k] is None]
    for k in hyphened:
        _particle_name(ctx, k)
        _hyphen_given_name(ctx, k)
    if "PERSON" in labels:
        surname_copies(ctx)
    for k, t in enumerate(toks[:-1]):
        if t.sent_start and t.cap and labels[k] is None:
            _foreign_opener(ctx, k)


def _particle_name(ctx: NameCtx, k: int) -> None:
    """"Kenraali al-Hadidin johtama": a lower-case Arabic particle joined to a capitalised name."""
    t = ctx.toks[k]
    if ctx.labels[k] is not None or t.cap or not PARTICLE_NAME.fullmatch(t.text):
        return
    if not ctx.lex.lookup(t.lower.split("-", 1)[1])[0] & (KEEP | PLACE | EMPLOYER):
        decide(ctx, k, "carry.particle_name")


def _hyphen_given_name(ctx: NameCtx, k: int) -> None:
    """"Kim dong-hyun", "Lee Min-jae": a two-syllable hyphenated given name right after a found name."""
    toks, labels = ctx.toks, ctx.labels
    t = toks[k]
    if k == 0 or labels[k] is not None or not ctx.joined[k - 1] or not SYLLABLE_PAIR.fullmatch(t.text):
        return
    if labels[k - 1] != "PERSON" or ctx.uncertain[k - 1] or not toks[k - 1].cap or "-" in toks[k - 1].text:
        return
    if ctx.text[toks[k - 1].end] == " " and not ctx.lex.lookup_all(t.lower) & (COMMON | KEEP | PLACE):
        decide(ctx, k, "carry.hyphen_given")


def _stems(word: str) -> set[str]:
    """The word and every stem of 4+ letters that a carried ending leaves (wallenbergin → wallenberg…)."""
    out = {word}
    for j in range(4, len(word)):
        if CARRY_ENDING.fullmatch(word, j):
            out.add(word[:j])
    return out


def _sources(ctx: NameCtx) -> set[str]:
    """Stems of found surnames: a found word right after a certain first name of the lists (Mark
    Wallenbergin), or a particle name (al-Hadidin); never a hyphenated place, a kept word, a company word."""
    toks, labels, infos, n, lex = ctx.toks, ctx.labels, ctx.infos, ctx.n, ctx.lex
    stems: set[str] = set()
    for x in range(n):
        t = toks[x]
        if labels[x] != "PERSON" or t.colon_suffix or len(t.text) > _LONGEST or lex.lookup(t.lower)[0] & (KEEP | PLACE):
            continue
        if any(toks[y].text in LEGAL for y in range(x + 1, min(n, x + 4))):
            continue
        particle = bool(PARTICLE_NAME.fullmatch(t.text))
        after_first = (
            t.cap
            and "-" not in t.text
            and x > 0
            and ctx.joined[x - 1]
            and labels[x - 1] == "PERSON"
            and not ctx.uncertain[x - 1]
            and toks[x - 1].cap
            and infos[x - 1].flags & FIRST
            and infos[x - 1].base == toks[x - 1].lower  # Mark Wallenberg, not "Inarin Sallivaara" (a place's genitive)
            and not lex.get(toks[x - 1].lower) & (COMMON | AMBIG | PLACE)
        )
        if particle or after_first:
            stems.update(s for s in _stems(t.lower) if len(s) >= 4)
    return stems


def surname_copies(ctx: NameCtx) -> None:
    """"Mark Wallenberg … Wallenberg sanoi / Wallenbergin mukaan": a capitalised copy of a found surname,
    bare or inflected, anywhere (a sentence start too), that no word list knows as a word or place."""
    stems = _sources(ctx)
    if not stems:
        return
    heads = {st[:4] for st in stems}
    lex = ctx.lex
    for k, t in enumerate(ctx.toks):
        if ctx.labels[k] is not None or t.upper or t.colon_suffix or not 4 <= len(t.text) <= _LONGEST:
            continue
        if not (t.cap and "-" not in t.text) and not PARTICLE_NAME.fullmatch(t.text):
            continue
        low = t.lower
        if low[:4] not in heads:
            continue
        # every split point of the word, never every stem: linear in the text, whatever the names
        if not any(low[:j] in stems and CARRY_ENDING.fullmatch(low, j) for j in range(len(low), 3, -1)):
            continue
        if not (lex.get(low) & _WORDISH or lex.lookup_all(low) & (COMMON | AMBIG | KEEP)):
            decide(ctx, k, "carry.surname_copy")


def _opener_cue(ctx: NameCtx, k: int) -> bool:
    """A cue after a sentence-initial word that only a person's name takes: a verb of reporting after the
    bare word, a person's noun after its genitive, a passive verb of judging after its partitive, "on"
    after its adessive ("Brennan vahvisti", "Whitakerin mukaan", "Haradaa arvostellaan", "Okaforilla on")."""
    low, nxt = ctx.toks[k].lower, ctx.toks[k + 1].lower
    if nxt in REPORT_VERBS:
        return not low.endswith(("tta", "ttä"))  # "Hanketta johti …": an object first
    if low.endswith(("lla", "llä")):
        return nxt in ("on", "oli")
    if low.endswith("n"):
        return nxt in GENITIVE_HEADS
    # a passive present (arvostellaan, syytetään, kritisoidaan), not an illative (kohtaan)
    return low.endswith(("a", "ä")) and nxt.endswith(("aan", "ään")) and len(nxt) >= 8


def _foreign_opener(ctx: NameCtx, k: int) -> None:
    """"Brennan vahvisti …", "Whitakerin mukaan …": a sentence-initial word of a foreign shape or of the
    surname lists that no list knows as a word, before a cue only a person's name takes: hidden and asked."""
    toks, lex = ctx.toks, ctx.lex
    t = toks[k]
    if not 4 <= len(t.text) <= _LONGEST or "-" in t.text or not ctx.joined[k] or toks[k + 1].cap or not _opener_cue(ctx, k):
        return
    flags, base, _ = lex.lookup(t.lower)
    if flags & _WORDISH or lex.get(t.lower) & _WORDISH or lex.lookup_all(t.lower) & (COMMON | KEEP):
        return
    if flags & SUR:  # a surname of the lists as written (Baker), never a frequent form of a word (Hanketta)
        fires = (t.lower == base or t.lower not in lex.frequent) and lex.lang_words.get(base) != ctx.lang
        fires = fires and not base.endswith("nen")
    else:
        fires = foreign(t.text) and not looks_finnish(t.text) and not _finnish_head(ctx, t.lower)
    if fires:
        decide(ctx, k, "carry.foreign_reporter")


def _finnish_head(ctx: NameCtx, low: str) -> bool:
    """The word ends in a frequent Finnish word of 5+ letters: a compound (Kyberkeskuksen, Datakeskuksen)."""
    return any(
        low[i:] in ctx.lex.frequent and looks_finnish(low[i:]) for i in range(3, len(low) - 4)
    )


# a colon or a dash between a label and a name, or a name and what it does ("vastuu: Onni", "Onni: soittaa")
_SLOT_AFTER = re.compile(r"[ \t]?[:–—][ \t]|[ \t][-–—][ \t]")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)(\n]|$)")
_POSSESSIVE = {"en": re.compile(r"['’]s"), "sv": re.compile(r"s")}


def _given_sources(ctx: NameCtx) -> set[str]:
    """Given names of found full names: a bare first name of the lists right before a found capitalised
    word ("Grace Holmberg", "Onni Halttunen (sosiaaliohjaaja)"); never in a company name (Sunny Day Oy)."""
    toks, labels, infos, n = ctx.toks, ctx.labels, ctx.infos, ctx.n
    out: set[str] = set()
    for x in range(n - 1):
        t = toks[x]
        if labels[x] != "PERSON" or labels[x + 1] != "PERSON" or ctx.uncertain[x + 1]:  # a certain surname
            continue
        if not (t.cap and toks[x + 1].cap and ctx.text[t.end : toks[x + 1].start] == " ") or "-" in t.text:
            continue
        if len(t.text) < 3 or not infos[x].flags & FIRST or infos[x].base != t.lower or t.colon_suffix:
            continue
        if not any(toks[y].text in LEGAL for y in range(x + 1, min(n, x + 4))):
            out.add(t.lower)
    return out


def _copy_of(ctx: NameCtx, low: str, given: set[str]) -> bool:
    """The word is a given name of ``given``, bare or with a case ending or possessive of the text's language."""
    if low in given:
        return True
    end = _POSSESSIVE.get(ctx.lang, CARRY_ENDING)
    return any(low[:j] in given and end.fullmatch(low, j) for j in range(3, len(low)))


def _person_slot(ctx: NameCtx, k: int) -> bool:
    """A sentence-initial copy in a person's slot: after a label and a colon or dash, closing the clause
    ("vastuu: Onni.", "Responsible: Joy"); before a colon or dash ("Onni: soittaa"); or before a person's
    verb, a copula with a person's predicate or a helping verb ("Grace will adjust", "Joy ska ringa")."""
    text, t = ctx.text, ctx.toks[k]
    if char_before(text, t.start) in (":", "-", "–", "—") and _CLAUSE_END.match(text, t.end):
        return True
    if _SLOT_AFTER.match(text, t.end):
        return True
    if ctx.own_evidence(k, True):
        return True
    if k + 2 < ctx.n and ctx.joined[k] and ctx.joined[k + 1] and ctx.toks[k + 1].lower in SLOT_VERBS:
        nxt = ctx.toks[k + 2]
        return not nxt.cap and nxt.lower not in PRONOUNS.get(ctx.lang, frozenset()) and nxt.text.isalpha()
    return False


def given_copies(ctx: NameCtx) -> None:
    """"Grace Holmberg … Grace will adjust the shift list", "Onni Halttunen … vastuu: Onni": a capitalised
    copy of the given name of a found full name, bare or inflected, mid-sentence, or at a sentence start in a
    person's slot (``_person_slot``); never lower case (a grace period), never before another capitalised
    word (Sunny Day Oy) or after an article."""
    given = _given_sources(ctx)
    if not given:
        return
    toks, labels, n = ctx.toks, ctx.labels, ctx.n
    heads = {g[:3] for g in given}
    for k, t in enumerate(toks):
        if labels[k] is not None or not t.cap or t.colon_suffix or len(t.text) > _LONGEST or t.lower[:3] not in heads:
            continue
        if not _copy_of(ctx, t.lower, given) or ctx.after_article(k):
            continue
        if k + 1 < n and ctx.joined[k] and toks[k + 1].cap and labels[k + 1] != "PERSON":
            continue  # another proper name or a firm ("Sunny Day Oy")
        if any(toks[y].text in LEGAL for y in range(k + 1, min(n, k + 4))):
            continue
        if _person_slot(ctx, k) or not (t.sent_start or ctx.lex.get(t.lower) & _WORDISH or ctx.lex.lookup_all(t.lower) & COMMON):
            decide(ctx, k, "carry.given_copy")
