"""The scrubber: runs every detector, resolves overlaps, renders placeholders and review warnings."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from itertools import chain, pairwise

from coachdesk.privacy import (
    age_apposition,
    age_date_rules,
    bracket_pairs,
    chat_affiliation,
    csv_names,
    direct_hurried,
    filler_names,
    form_people,
    form_words,
    gazetteer_places,
    group_orgs,
    hurried,
    hurried_local,
    hurried_more,
    hurried_names,
    hurried_people,
    hurried_places,
    hurried_slots,
    id_labels,
    kin_copula_ages,
    labelled_values,
    lower_names,
    lower_slots,
    minutes_names,
    morphology,
    morphology_names,
    name_evidence,
    nicknames,
    note_people,
    org_rules,
    org_shapes,
    orgs,
    owner_firms,
    patterns,
    people_shapes,
    per_text,
    place_compounds,
    place_hyphen,
    pronoun_ages,
    prose_details,
    prose_names,
    prose_orgs,
    prose_places,
    prose_roles,
    region_orgs,
    signed_orgs,
    spelling,
    split_streets,
    spoken,
    spoken_dictated,
    spoken_more,
    syllable_names,
    town_firms,
    word_names,
    workplace_questions,
    wrapped_names,
)
from coachdesk.privacy.bare_ages import find as find_ages_by_names
from coachdesk.privacy.bare_ages import find_client_ages
from coachdesk.privacy.chat import find_initials_signoff, find_speakers
from coachdesk.privacy.detect_lang import detect_lang
from coachdesk.privacy.eponyms import apply as keep_eponyms
from coachdesk.privacy.firm_pairs import find as find_firm_pairs
from coachdesk.privacy.grow import grow_names
from coachdesk.privacy.initial_names import find as find_initial_names
from coachdesk.privacy.lexicon import KEEP, Lexicon, get_lexicon
from coachdesk.privacy.model import NON_DISMISSIBLE_LABELS, Finding, ReviewWarning, ScrubResult
from coachdesk.privacy.names import find_names
from coachdesk.privacy.normalise import INVISIBLE, Normalised, normalise, normalise_word
from coachdesk.privacy.org_heads import find as find_org_heads
from coachdesk.privacy.placeholders import PersonLetters, placeholder_alternatives, replacement_for
from coachdesk.privacy.spans import PRIO_ORG, PRIO_PATTERN, Cand, resolve
from coachdesk.privacy.spoken_edges import widen as widen_spoken_edges
from coachdesk.privacy.spoken_extra import find as find_special_plates
from coachdesk.privacy.spoken_extra import widen as widen_email_digits
from coachdesk.privacy.spoken_shapes import release_spelling_words
from coachdesk.privacy.spoken_shapes import widen as widen_flat_after_street
from coachdesk.privacy.table_cells import find as find_table_cells
from coachdesk.privacy.terms import find_terms, split_term
from coachdesk.privacy.titled_names import find as find_titled_names
from coachdesk.privacy.titled_names import trim as trim_titles
from coachdesk.privacy.tokens import Token, is_chat_style, shared_tokens
from coachdesk.privacy.verbs import is_finite_verb
from coachdesk.privacy.vocabulary import drop_kept_and_word, inside, kept_spans

# Placeholders and generalised ages already in a text are never detected again (idempotence). Only the
# scrubber's own placeholders (`[Henkilö A]`, `[päivämäärä]:n`, `[town]`): any other bracket is text to scrub
# (`[17.2.2027 klo 7.48]`, `[Matti Virtanen, 040 123 4567]`).
# (From its first character, "[" or a digit, so the regex engine skips to those: the same matches as
# \[PLACEHOLDER(?: [A-Z]{1,3})?\](?::[^\W\d_]{1,8})?|(?<![\d.,])(?:\d?9|0)–\d?\d0(?!\d|[.,]\d)(?:-[^\W\d_]+)?|99\+
# |(?<![\d.,])\d{3}0-(?:luvulla|talet)(?![\w-]) .)
_PROTECTED = re.compile(
    r"[\[\d](?:(?<=\[)(?i:" + placeholder_alternatives() + r")(?: [A-Z]{1,3})?\](?::[^\W\d_]{1,8})?"
    r"|(?:(?<=\d)(?<![\d.,]\d)9|(?<=9)(?<![\d.,]9)|(?<=0)(?<![\d.,]0))–\d?\d0(?!\d|[.,]\d)(?:-[^\W\d_]+)?"
    r"|(?<=9)(?<![\w.,]9)9\+(?![\w+])"  # the age range 99+ alone, not the end of a number (hetu 271199+058P)
    r"|(?<=\d)(?<![\d.,]\d)\d{2}0-(?:luvulla|talet)(?![\w-]))"  # a birth year's decade: 1970-luvulla, 1970-talet
)
_BRACKET = re.compile(r"\[[^\[\]\n]{1,60}\]")
_SPOKEN_STOPS = frozenset(("piste", "punkt", "period"))
_EMPLOYER_RE: dict[int, re.Pattern[str] | None] = {}

_QUESTIONS = {
    "uncertain_name": {
        "fi": "Onko '{w}' nimi tai paikka, joka pitää piilottaa?",
        "sv": "Är '{w}' ett namn eller en ort som ska döljas?",
        "en": "Is '{w}' a name or place that should be hidden?",
    },
    "quasi_identifiers": {
        "fi": "Ikä, paikkakunta ja ammatti yhdessä voivat tunnistaa asiakkaan. Voisiko jotain yleistää?",
        "sv": "Ålder, ort och yrke tillsammans kan identifiera klienten. Kan något göras mer allmänt?",
        "en": "Age, town and occupation together can identify the client. Could one of them be more general?",
    },
    "long_number": {
        "fi": "Mikä numero '{w}' on? Se voi olla tunniste.",
        "sv": "Vilket nummer är '{w}'? Det kan vara en identifierare.",
        "en": "What is the number '{w}'? It may be an identifier.",
    },
}
_LONG_OR_MID_NUMBER = re.compile(r"(?<![\w.,])\d{5,}(?![\w])")


def _employer_re(lex: Lexicon) -> re.Pattern[str] | None:
    key = id(lex)
    if key not in _EMPLOYER_RE:
        _EMPLOYER_RE[key] = orgs.employer_regex(lex.employers)
    return _EMPLOYER_RE[key]


def _question(kind: str, lang: str, word: str) -> str:
    return _QUESTIONS[kind].get(lang, _QUESTIONS[kind]["en"]).format(w=word)


def _as_scrubbed(text: str, covered: list[Cand]) -> str:
    """``text`` with every covered character as ``#`` (same length): what is left of a digit run around a
    finding is read as a second scrub reads it next to the placeholder ("12345 12345 [postinumero]")."""
    if not covered:
        return text
    parts: list[str] = []
    pos = 0
    for c in sorted(covered, key=lambda c: c.start):
        if c.start >= pos:
            parts += (text[pos : c.start], "#" * (c.end - c.start))
            pos = c.end
        elif c.end > pos:
            parts.append("#" * (c.end - pos))
            pos = c.end
    parts.append(text[pos:])
    return "".join(parts)


def scrub(
    text: str,
    *,
    lang: str | None = None,
    terms: Iterable[str | tuple[str, str]] = (),
    keep: Iterable[str] = (),
    keep_terms: Iterable[str] = (),
    decided: Mapping[str, bool] | None = None,
    colleagues: Iterable[str] = (),
) -> ScrubResult:
    """Replace identifying details in ``text``; offsets of the findings index the original text.

    ``lang`` ("fi", "sv", "en") is detected when None. ``terms`` are the case's identifying details,
    always caught, each a string or a ``(value, kind)`` pair (kind: name, relative, place, employer,
    other) whose category the finding keeps. ``keep`` are surface words the coach dismissed (never
    applied to ID, CONTACT, ADDRESS findings or case terms). ``keep_terms`` are professional phrases
    that survive in any form, added to the shipped never-scrub list. ``decided`` are the coach's
    answers for this case (word -> True: hide it, False: harmless), so nothing is asked twice.
    ``colleagues`` are names from the colleague directory: found as names in every form.

    Detection runs on the normalised text (NFKC, no invisible characters; see ``normalise.py``);
    every finding is mapped back so that it covers the original characters.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    norm = normalise(text)
    answers = {normalise_word(k).casefold(): bool(v) for k, v in (decided or {}).items() if isinstance(k, str) and k.strip()}
    term_list: list[str | tuple[str, str]] = []
    for item in terms:
        parsed = split_term(item)
        if parsed is not None:
            term_list.append((normalise_word(parsed[0]), parsed[1] or "") if parsed[1] else normalise_word(parsed[0]))
    with per_text.scope():  # work several detectors share is done once for this text (dropped on return)
        result = _scrub(
            norm.text,
            lang,
            term_list,
            [normalise_word(k) for k in keep if isinstance(k, str)] + [k for k, v in answers.items() if not v],
            [k for k in keep_terms if isinstance(k, str)],
            [k for k, v in answers.items() if v],
            [normalise_word(c) for c in colleagues if isinstance(c, str) and c.strip()],
        )
    if norm.identity:
        return result
    return _map_back(text, norm, result)


def _map_back(original: str, norm: Normalised, result: ScrubResult) -> ScrubResult:
    """The findings and warnings of a normalised text, moved onto the original characters."""
    from coachdesk.privacy.model import apply_findings

    findings = []
    prev_end = 0
    for f in sorted(result.findings, key=lambda f: f.start):
        s, e = norm.span(f.start, f.end)
        # invisible characters right around a finding go with it (a bidi override before a name)
        while s > prev_end and original[s - 1] in INVISIBLE:
            s -= 1
        while e < len(original) and original[e] in INVISIBLE:
            e += 1
        prev_end = e
        findings.append(Finding(s, e, f.label, original[s:e], f.replacement, f.reason, f.dismissible, f.certain, f.source))
    warnings = []
    for w in result.warnings:
        s, e = norm.span(w.start, w.end)
        warnings.append(ReviewWarning(s, e, original[s:e], w.kind, w.question))
    return ScrubResult(apply_findings(original, findings), tuple(findings), tuple(warnings), result.lang)


def _addresses(text: str, lex: Lexicon) -> list[Cand]:
    """Street addresses and postal codes (``patterns``; ``split_streets``: a street word apart from its village);
    a street-shaped name that is a public service (Työmarkkinatori) is kept."""
    found = chain(patterns.find_addresses(text), split_streets.find(text, lex))
    return [c for c in found if not (c.kind == "street" and lex.lookup(text[c.start : c.end])[0] & KEEP)]



def _table_group_chat_ages(text: str, lang: str, lex: Lexicon, cands: list[Cand]) -> None:
    """CSV `Surname, Given` fields, `at the X Jazz Collective`, chat `🙋 X from Y Oy`, `so she's thirty-seven`."""
    cands.extend(csv_names.find(text, lex))
    cands.extend(group_orgs.find(text, lex, lang))
    cands.extend(list(chat_affiliation.find(text, lex, cands)))
    cands.extend(pronoun_ages.find(text, lang))

def _scrub(
    text: str,
    lang: str | None,
    terms: list[str | tuple[str, str]],
    keep: list[str],
    keep_terms: list[str],
    hide: list[str],
    colleagues: list[str],
) -> ScrubResult:
    if lang not in ("fi", "sv", "en"):
        lang = detect_lang(text)
    lex = get_lexicon().for_language(lang)
    if not text:
        return ScrubResult(text="", findings=(), warnings=(), lang=lang)
    protected, prot, toks = _protect(text)
    chat = is_chat_style(text, toks)

    cands: list[Cand] = []
    cands.extend(patterns.find_ids(text))
    cands.extend(patterns.find_contacts(text))
    cands.extend(_addresses(text, lex))  # streets, postal codes, "Kvarnby byväg 12"
    cands.extend(patterns.find_dates(text, lang))
    cands.extend(patterns.find_ages(text, lang))
    cands.extend(patterns.find_word_ages(text))
    cands.extend(age_date_rules.find(text, lang))  # table columns, `who is 34`, `A-M (41)`, `rebooked 12.10`, `july 3`
    cands.extend(labelled_values.find(text))  # "asiakasnumero 4471 0992 31", "4 feb. 2027"
    cands.extend(direct_hurried.find(text, lex))  # `cb 3.10`, `auto xkt-391`, `lapsi Aino 3 v`, `[14:33] Anna-Kaisa:`
    cands.extend(spoken.find_spoken(text, lang))  # numbers, dates, codes, e-mail as words (dictation)
    cands.extend(spoken_more.find(text, cands, lang))  # "aa äs viiva viis …", "vuotta täyttäny", "oh four"
    cands.extend(spoken_dictated.find_ages(text, cands, lang))  # "syntynyt …, eli N vuotta", "N, ei vaan M"
    cands.extend(patterns.find_ages_after_person_nouns(text))
    cands.extend(find_table_cells(text, lex))  # "nimi;kunta" … "Koski Aino;Lahti"
    cands.extend(find_special_plates(text, lang))  # "ÅL 18 412", "diplomaattikilpi CD 1234"
    cands.extend(orgs.find_orgs(text, toks, lex, _employer_re(lex), chat))
    cands.extend(orgs.find_labelled_employers(text, toks, lex))
    cands.extend(org_rules.find(text, toks, lex, lang, chat))  # lower-case firms, chains, porin työllisyyspalveluihin
    cands.extend(find_org_heads(text, lex, lang))  # "Pho Hanoi Kitchenissä"
    cands.extend(prose_orgs.find(text, toks, lex, lang))  # "Karjalan Kuitu otti yhteyttä"
    name_cands, undecided = find_names(text, toks, lex, lang, chat)
    cands.extend(name_cands)
    if terms:
        cands.extend(find_terms(text, toks, terms, lex))
    for word in hide:  # the coach answered "hide it": every form, one person
        for c in find_terms(text, toks, [word], lex, source="answer"):
            c.key = (word, "") if c.label == "PERSON" else c.key
            cands.append(c)
    if colleagues:
        cands.extend(_colleague_cands(text, toks, colleagues, lex))
    cands.extend(find_speakers(text, lex))
    cands.extend(find_initials_signoff(text, lex))
    cands.extend(_nicknames_after_names(text, cands))
    model_cands, undecided = name_evidence.combine(text, toks, lex, lang, chat, cands, undecided)  # second opinion
    cands.extend(model_cands)
    cands.extend(hurried.find_hurried(text, toks, lex, lang, chat, cands))  # initials, lower-case surnames
    more, undecided = hurried_names.find(text, toks, lex, lang, cands, undecided)  # summed evidence, hurried lines
    cands.extend(more)
    cands.extend(lower_names.find(text, toks, lex, lang, cands))  # "lives with ramon", "kurvisen annelle"
    cands.extend(hurried_more.find(text, toks, lex, lang, cands))  # "kahvila X:ssä", "tulkki X", "X-stranden"
    cands.extend(hurried_local.find(text, toks, lex, lang, cands, hurried_names.proper_shape))  # "asuu X|mäellä", "kuljetus ja maansiirto X"
    cands.extend(_compounds(text, toks, lex, lang, cands))  # "muutti X|harjuun", "X:n siivousapu", "oli eilen X:ssä", "X-hallissa"
    _late_people(text, toks, lex, lang, cands)  # "soitti X Y, itki", "spoke to X", "Xs schakt", "Saw X Y", "Sanna (SK)"
    cands.extend(org_rules.find_with_names(text, toks, lex, cands, lang))  # "konditori lindberg" with lindberg found
    cands.extend(grow_names(text, toks, cands, lex))
    cands.extend(find_initial_names(text, toks, lex, lang, cands, chat))  # "Hope is the one who", "Lumi klo 9.12"
    cands.extend(prose_roles.find(text, toks, lex, lang, cands))  # "Kivijärven paliskunnan", "tulkki Ánde Guttorm"
    cands.extend(prose_names.find(text, toks, lex, cands))  # "Rosalinda dela Paz", "Dilan (klienten)", "Anna-ohjaajan"
    cands.extend(wrapped_names.find(text, toks, lex, lang))  # "…med chefen\nSkarpling tvekar": a hard line wrap
    cands.extend(_word_names(text, toks, lex, lang, cands))  # "Lumi ei vastannut", "kysyin jykeltä", "puhelu X:lta:", "ukko X soitti", "X-paliskunnan"
    cands.extend(lower_slots.find(text, toks, lex, lang, cands))  # "vaimo X taustalla", "X e sjuk", "lähtee kabuliin"
    cands = lower_slots.veto(text, toks, lex, lang, cands)  # "sain veljeltä …": a kin noun in a case is no name
    cands.extend(_titled_names_and_firms(text, toks, lex, lang, cands))  # "ft Laakso", "Siivous Aho ja Kivi"
    cands.extend(prose_orgs.fill_runs(text, toks, lex, cands))  # "Vantaa Work Ability Hub": the uncovered word too
    cands.extend(owner_firms.find(text, toks, lex, lang))  # "Hammaslääkäriasema Dr. X", "X:n klinikka soitti", "Xs Bil och Däck"
    cands.extend(signed_orgs.find(text, toks, lex, lang))  # "uraohjaaja\nX:n Työpaja ry", "X r.f.", "Oppilaitos: X"
    age_apposition.add(text, lex, lang, cands)  # "What? Nok Saelim, 38, works", "Agnieszka X, 47 vuotta, asuu"
    undecided = _last_names(text, toks, lex, lang, chat, cands, undecided)  # Voikko "paltamosta"; model "Usva on"
    anchors = [(c.start, c.end) for c in cands if c.label in ("PERSON", "LOCATION")]
    cands.extend(patterns.find_bare_ages(text, anchors))
    cands.extend(patterns.find_ages_after_names(text, [c.end for c in cands if c.label == "PERSON"]))
    cands.extend(find_ages_by_names(text, cands, lang))  # "Kerttu 52 –", "se on neljäkytkaks"
    cands.extend(find_client_ages(text, cands))  # "klienten är 47 och", "asiakas haluais …, on 52 ja"
    cands.extend(kin_copula_ages.find(text, lang, lex))  # "poika Eetu on yheksän.", "tytär on kaheksan ja"
    _table_group_chat_ages(text, lang, lex, cands)  # "\"Okafor, Chidi\";1985", "at the X Collective", "🙋 X from Y Oy"

    widen_spoken_edges(text, cands, lang)  # "the third of May …", "seven Puistokatu"
    widen_email_digits(text, cands, lang)  # "warda kaks nolla nolla viis ät …": the name and digits too
    cands.extend(prose_details.find(text, lex))  # "(ent. lähihoitaja, 61)", "12 Maple Road", "anna smith at gmail com"
    cands.extend(prose_places.find(text, toks, lex, chat))  # "kävi Hollolla", "- Kuopiosta, 48 v, työuupumus"
    prose_details.widen(text, cands, lex)  # "Strandvägen sju B i Vasa", "flat 3, 41 Puistokatu"
    widen_flat_after_street(text, cands, lang)  # "twelve Maple Road flat three"
    cands, undecided = keep_eponyms(text, cands, undecided, lang, lex)  # "Raynaud'n oireyhtymä", "Tiistaipiiri"
    cands, undecided = release_spelling_words(text, cands, undecided, lang)  # "A as in Alpha team"
    # professional vocabulary survives: a dismissible finding inside a kept phrase is dropped, or a kept phrase and a word
    kept = kept_spans(text, toks, keep_terms, lex)
    if kept:
        cands = drop_kept_and_word(text, [c for c in cands if c.kind == "term" or c.label in NON_DISMISSIBLE_LABELS or prose_names.OVER_KEPT
                                      in c.extra or not inside(kept, c.start, c.end)], kept, lex, prose_names.OVER_KEPT)
        undecided = [u for u in undecided if not inside(kept, u[0], u[1])]
    cands = form_words.apply(text, toks, cands, lang, lex)  # Tulkki [Ali Hassan], Sanelu, | Kenttä | Arvo |, Bo kvar
    # a sentence-initial finite verb (Palaa, Soitin, Kävimme) is no name and no question
    if lang == "fi":
        cands = [c for c in cands if not (c.uncertain and c.label == "PERSON" and _initial_verb(text, toks, c, lex))]
        undecided = [u for u in undecided if not is_finite_verb(u[2], lex)]

    cands = trim_titles(text, id_labels.confine(text, cands), lex)  # "AS 12345 Kela": the id alone; "Ft [X]"
    warnings: list[ReviewWarning] = []
    covered = resolve([c for c in cands if c.kind == "term" or not any(prot[c.start : c.end])] if protected else cands, len(text))
    cov = bytearray(len(text))
    for c in covered:
        cov[c.start : c.end] = b"\x01" * (c.end - c.start)
    for m in patterns.LONG_NUMBER.finditer(_as_scrubbed(text, covered)):
        if not patterns.long_number_ok(m.group(0)):
            continue
        if not any(cov[m.start() : m.end()]) and not any(prot[m.start() : m.end()]):
            covered.append(Cand(m.start(), m.end(), "ID", "number", "long unexplained number", PRIO_PATTERN, uncertain=True))
            warnings.append(
                ReviewWarning(m.start(), m.end(), m.group(0), "long_number", _question("long_number", lang, m.group(0)))
            )
    covered.sort(key=lambda c: c.start)

    keep_set = {k.strip().lower() for k in keep if isinstance(k, str) and k.strip()}
    letters = PersonLetters()
    findings: list[Finding] = []
    asked: list[tuple[int, int, str]] = []  # (start, end, words) the coach is asked about
    for c in covered:
        surface = text[c.start : c.end]
        source = c.extra.get("source", "rule")
        term = c.kind == "term"
        dismissible = c.label not in NON_DISMISSIBLE_LABELS and not term
        if dismissible and keep_set and (surface.lower() in keep_set or _base_in(c, keep_set)):
            continue
        rep = replacement_for(c, lang, letters, surface)
        certain = term or not c.uncertain
        findings.append(Finding(c.start, c.end, c.label, surface, rep, c.reason, dismissible, certain, source))
        if c.uncertain and not term and c.kind != "number":
            asked.append((c.start, c.end, surface))
    asked += [(s, e, w) for s, e, w in undecided if not any(cov[s:e])]
    asked += workplace_questions.find(text, toks, covered, lex, lang, kept)  # "lielahden logistiikkaan": a firm?
    warnings += [ReviewWarning(s, e, w, "uncertain_name", _question("uncertain_name", lang, w))
                 for s, e, w in asked if w.lower() not in keep_set]
    labels = {f.label for f in findings}
    if "AGE" in labels and "LOCATION" in labels:
        age = next(f for f in findings if f.label == "AGE")
        warnings.append(
            ReviewWarning(age.start, age.end, age.text, "quasi_identifiers", _question("quasi_identifiers", lang, ""))
        )
    warnings.sort(key=lambda w: w.start)
    from coachdesk.privacy.model import apply_findings

    return ScrubResult(apply_findings(text, findings), tuple(findings), tuple(warnings), lang)


def _protect(text: str) -> tuple[list[tuple[int, int]], bytearray, list[Token]]:
    """The spans of the scrubber's own placeholders (never detected again), a mask of them, and the text's tokens
    outside them, with sentence starts marked after placeholders, brackets and spoken full stops."""
    protected = [m.span() for m in _PROTECTED.finditer(text)]
    prot = bytearray(len(text))
    for ps, pe in protected:
        prot[ps:pe] = b"\x01" * (pe - ps)
    every = shared_tokens(text)  # shared with hurried_style (read only)
    toks = [t for t in every if not prot[t.start]] if protected else every
    opens = prot
    if "[" in text:  # a word after any closed bracket (`[10:03] Huom:`) is judged as at a sentence start
        opens = bytearray(prot)
        for m in _BRACKET.finditer(text):
            opens[m.end() - 1] = 1
    if protected or "[" in text or any(stop in per_text.once(str.lower, text) for stop in _SPOKEN_STOPS):
        _mark_sentence_starts(text, toks, opens)
    return protected, prot, toks


def _mark_sentence_starts(text: str, toks: list[Token], opens: bytearray) -> None:
    """Words after a placeholder or a closed bracket, and capitalised words after a spoken full stop, start a
    sentence. (Called only when the text holds a placeholder, a bracket or a spoken full stop's word: nothing to mark
    otherwise.)"""
    if b"\x01" not in opens:  # no placeholder or bracket: only spoken full stops mark a start (the same marks)
        for prev, t in pairwise(toks):
            if t.cap and prev.lower in _SPOKEN_STOPS and text[prev.end : t.start] == " ":
                t.sent_start = True
        return
    prev_end, prev_low = 0, ""
    for t in toks:
        if any(opens[prev_end : t.start]):
            t.after_bracket = True  # a placeholder came before: judge with sentence-start strictness
            t.sent_start = True
        elif t.cap and prev_low in _SPOKEN_STOPS and text[prev_end : t.start] == " ":
            t.sent_start = True  # dictated "… punkt Sedan pratade vi": a spoken full stop
        prev_end, prev_low = t.end, t.lower
def _compounds(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """Places and firms of compound words, each detector seeing the findings of the ones before: villages and towns
    (``place_compounds``: `muutti X|harjuun`, `uudessakaupungissa`), a town's firm (``town_firms``: `X:n siivousapu`),
    unlisted places of hurried notes (``hurried_places``: `oli eilen X:ssä`, `kuopijossa`), the place part of a
    hyphenated compound (``place_hyphen``: `X-hallissa`)."""
    out = place_compounds.find(text, toks, lex, lang, cands)
    out += town_firms.find(text, toks, lex, lang, cands + out)
    out += region_orgs.find(text, toks, lex, lang, cands + out)
    out += hurried_places.find(text, toks, lex, lang, cands + out)
    out += gazetteer_places.find(text, toks, lex, lang, cands + out)
    return out + place_hyphen.find(text, toks, lex, lang, cands + out)


def _word_names(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """Given names the other rules leave as words (``word_names``: `Lumi ei vastannut`, `kysyin jykeltä`), then people
    of phone notes (``note_people``: `villekalle soitti`, `puhelu X:lta:`, `Toivo kelasta soitti`) and people and
    firms by shape (``people_shapes``: `ukko X soitti`, `puh X (Y)`, `Honey X, 27`; ``org_shapes``: `X-paliskunnan`,
    `X:n Lääkäriasemalla`), each seeing the findings before it."""
    out = word_names.find(text, toks, lex, lang, cands)
    out += filler_names.find(text, toks, lex, lang, cands + out)
    out += note_people.find(text, toks, lex, lang, cands + out)
    out += people_shapes.find(text, toks, lex, lang, cands + out)
    out += syllable_names.find(text, lex)  # "Lee Seo-yeon", "hye-jinille"
    out += form_people.find(text, lex)  # "Kutsumanimi: X", "Child: X, 4", "Työkokeilija: X, Y Z"
    out += nicknames.find(text, toks, lex, cands + out)  # "(kutsuu itseään X)", "nok eli X Y", "Xnkaan"
    held = bytearray(len(text))
    for c in chain(cands, out):
        held[c.start : c.end] = b"\x01" * (c.end - c.start)
    out += bracket_pairs.find(text, lex, lang, held)
    return out + org_shapes.find(text, toks, lex, lang, cands)


def _titled_names_and_firms(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """Names after a title (``ft Laakso``, ``psyk. Rinteen``, ``Dr. L.``), then firms named after people
    (``Siivous Kettunen ja Heino``, ``laine & poika``), which see those names too."""
    titled = list(find_titled_names(text, toks, lex, lang, cands))
    return titled + list(find_firm_pairs(text, toks, lex, cands + titled))


def _initial_verb(text: str, toks: list[Token], c: Cand, lex: Lexicon) -> bool:
    """An uncertain one-word person candidate that is a sentence-initial finite verb."""
    i = bisect.bisect_left(toks, c.start, key=lambda t: t.start)
    if i >= len(toks) or toks[i].start != c.start:
        return False
    t = toks[i]
    return t.end == c.end and t.sent_start and is_finite_verb(t.text, lex)


def _colleague_cands(text: str, toks: list[Token], colleagues: list[str], lex: Lexicon) -> list[Cand]:
    """Colleague names: the full name in any case and form, each part (three letters or more) when
    capitalised; one letter per colleague. Dismissible like any found name."""
    out: list[Cand] = []
    for name in colleagues:
        for c in find_terms(text, toks, [(name, "name")], lex, source="colleague"):
            c.kind, c.prio, c.reason = "person", PRIO_ORG + 5, "colleague name"
            out.append(c)
    return out


# "Jari-Pekka Kangasniemi (”J-P”)", "Jaakko Hirvonen ('Jaska')": a nickname right after a name
_NICKNAME_AFTER = re.compile(r"\s?(?:\(\s?)?[\"”“'‘’]([A-ZÅÄÖ][\w.-]{0,15})[\"”“'‘’](?:\s?\))?")


def _nicknames_after_names(text: str, cands: list[Cand]) -> list[Cand]:
    out = []
    for c in cands:
        if c.label == "PERSON":
            m = _NICKNAME_AFTER.match(text, c.end)
            if m:
                out.append(Cand(m.start(1), m.end(1), "PERSON", c.kind, "nickname after a name", c.prio))
    return out


def _late_people(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> None:
    """The late people layers, in order, each seeing what the one before found (added to ``cands``):
    ``hurried_people`` ("soitti X Y, itki", "a-l (22)", "hustrun X har"), ``hurried_slots`` ("spoke to X",
    "X is taking", "Xs schakt", "X taxi"), ``minutes_names`` ("Saw X Y", "Sanna (SK)", "Sten fyllde", "X centrum")."""
    cands.extend(hurried_people.find(text, toks, lex, lang, cands))
    cands.extend(hurried_slots.find(text, toks, lex, lang, cands))
    cands.extend(minutes_names.find(text, toks, lex, lang, cands))


def _last_names(text: str, toks: list[Token], lex: Lexicon, lang: str, chat: bool, cands: list[Cand],
                undecided: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The dictionaries' names (``morphology_names``), then the name model's second pass (``name_evidence``,
    rows ``LATE_ROWS``), added to ``cands``; the questions left."""
    undecided = morphology_names.add(text, toks, lex, lang, cands, undecided)
    late, undecided = name_evidence.combine(text, toks, lex, lang, chat, cands, undecided, late=True)
    cands.extend(late)
    return undecided


def _base_in(c: Cand, keep_set: set[str]) -> bool:
    return bool(c.key[0] and c.key[0] in keep_set) or bool(c.key[1] and c.key[1] in keep_set)


def warm_up() -> None:
    """Load the lexicons and compile the patterns (call from a background thread at app start)."""
    lex = get_lexicon()
    _employer_re(lex)
    hurried_names.prepare(lex)
    morphology.available()  # Voikko and the Hunspell dictionaries, when installed (tens of milliseconds)
    spelling.available("sv")
    spelling.available("en")
    scrub("Tapasin Matti Virtasen Keravalla 12.3.2025, puh. 040 123 4567.", lang="fi")
