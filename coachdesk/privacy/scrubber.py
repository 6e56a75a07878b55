"""The scrubber: runs every detector, resolves overlaps, renders placeholders and review warnings."""

from __future__ import annotations

import re
from collections.abc import Iterable

from coachdesk.privacy import name_evidence, orgs, patterns
from coachdesk.privacy.chat import find_initials_signoff, find_speakers
from coachdesk.privacy.detect_lang import detect_lang
from coachdesk.privacy.lexicon import KEEP, Lexicon, get_lexicon
from coachdesk.privacy.model import NON_DISMISSIBLE_LABELS, Finding, ReviewWarning, ScrubResult
from coachdesk.privacy.names import find_names
from coachdesk.privacy.placeholders import PersonLetters, replacement_for
from coachdesk.privacy.spans import PRIO_PATTERN, Cand, resolve
from coachdesk.privacy.terms import find_terms
from coachdesk.privacy.tokens import is_chat_style, tokenize

# Placeholders and generalised ages already in a text are never detected again (idempotence).
_PROTECTED = re.compile(
    r"\[[^\[\]\n]{1,60}\](?::[^\W\d_]{1,8})?|(?<![\d.,])(?:\d?9|0)–\d?\d0(?![\d.,])(?:-[^\W\d_]+)?|99\+"
)
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


def scrub(
    text: str,
    *,
    lang: str | None = None,
    terms: Iterable[str] = (),
    keep: Iterable[str] = (),
) -> ScrubResult:
    """Replace identifying details in ``text``; offsets of the findings index the original text.

    ``lang`` ("fi", "sv", "en") is detected when None. ``terms`` are the case's identifying details,
    always caught. ``keep`` are surface words the coach dismissed (never applied to ID, CONTACT,
    ADDRESS findings or case terms).
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    if lang not in ("fi", "sv", "en"):
        lang = detect_lang(text)
    lex = get_lexicon().for_language(lang)
    if not text:
        return ScrubResult(text="", findings=(), warnings=(), lang=lang)
    protected = [m.span() for m in _PROTECTED.finditer(text)]
    prot = bytearray(len(text))
    for ps, pe in protected:
        prot[ps:pe] = b"\x01" * (pe - ps)
    toks = [t for t in tokenize(text) if not prot[t.start]]
    prev_end = 0
    for t in toks:
        if protected and any(prot[prev_end : t.start]):
            t.after_bracket = True  # a placeholder came before: judge with sentence-start strictness
            t.sent_start = True
        prev_end = t.end
    chat = is_chat_style(text, toks)

    cands: list[Cand] = []
    cands.extend(patterns.find_ids(text))
    cands.extend(patterns.find_contacts(text))
    # a street-shaped name that is a public service (Työmarkkinatori) is kept
    cands.extend(
        c for c in patterns.find_addresses(text) if not (c.kind == "street" and lex.lookup(text[c.start : c.end])[0] & KEEP)
    )
    cands.extend(patterns.find_dates(text, lang))
    cands.extend(patterns.find_ages(text, lang))
    cands.extend(patterns.find_word_ages(text))
    cands.extend(patterns.find_ages_after_person_nouns(text))
    cands.extend(orgs.find_orgs(text, toks, lex, _employer_re(lex), chat))
    cands.extend(orgs.find_labelled_employers(text, toks, lex))
    name_cands, undecided = find_names(text, toks, lex, lang, chat)
    cands.extend(name_cands)
    term_list = [t for t in terms if isinstance(t, str)]
    if term_list:
        cands.extend(find_terms(text, toks, term_list, lex))
    cands.extend(find_speakers(text, lex))
    cands.extend(find_initials_signoff(text))
    cands.extend(_nicknames_after_names(text, cands))
    model_cands, undecided = name_evidence.combine(text, toks, lex, lang, chat, cands, undecided)  # second opinion
    cands.extend(model_cands)
    anchors = [(c.start, c.end) for c in cands if c.label in ("PERSON", "LOCATION")]
    cands.extend(patterns.find_bare_ages(text, anchors))
    cands.extend(patterns.find_ages_after_names(text, [c.end for c in cands if c.label == "PERSON"]))

    warnings: list[ReviewWarning] = []
    covered = resolve([c for c in cands if c.kind == "term" or not any(prot[c.start : c.end])], len(text))
    cov = bytearray(len(text))
    for c in covered:
        cov[c.start : c.end] = b"\x01" * (c.end - c.start)
    for m in patterns.LONG_NUMBER.finditer(text):
        if not patterns.long_number_ok(m.group(0)):
            continue
        if not any(cov[m.start() : m.end()]) and not any(prot[m.start() : m.end()]):
            covered.append(Cand(m.start(), m.end(), "ID", "number", "long unexplained number", PRIO_PATTERN))
            warnings.append(
                ReviewWarning(m.start(), m.end(), m.group(0), "long_number", _question("long_number", lang, m.group(0)))
            )
    covered.sort(key=lambda c: c.start)

    keep_set = {k.strip().lower() for k in keep if isinstance(k, str) and k.strip()}
    letters = PersonLetters()
    findings: list[Finding] = []
    for c in covered:
        surface = text[c.start : c.end]
        dismissible = c.label not in NON_DISMISSIBLE_LABELS and c.kind != "term"
        if dismissible and keep_set and (surface.lower() in keep_set or _base_in(c, keep_set)):
            continue
        rep = replacement_for(c, lang, letters, surface)
        findings.append(Finding(c.start, c.end, c.label, surface, rep, c.reason, dismissible))
        if c.uncertain:
            warnings.append(
                ReviewWarning(c.start, c.end, surface, "uncertain_name", _question("uncertain_name", lang, surface))
            )
    for s, e, w in undecided:
        if not any(cov[s:e]) and w.lower() not in keep_set:
            warnings.append(ReviewWarning(s, e, w, "uncertain_name", _question("uncertain_name", lang, w)))
    labels = {f.label for f in findings}
    if "AGE" in labels and "LOCATION" in labels:
        age = next(f for f in findings if f.label == "AGE")
        warnings.append(
            ReviewWarning(age.start, age.end, age.text, "quasi_identifiers", _question("quasi_identifiers", lang, ""))
        )
    warnings.sort(key=lambda w: w.start)
    from coachdesk.privacy.model import apply_findings

    return ScrubResult(apply_findings(text, findings), tuple(findings), tuple(warnings), lang)


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


def _base_in(c: Cand, keep_set: set[str]) -> bool:
    return bool(c.key[0] and c.key[0] in keep_set) or bool(c.key[1] and c.key[1] in keep_set)


def warm_up() -> None:
    """Load the lexicons and compile the patterns (call from a background thread at app start)."""
    lex = get_lexicon()
    _employer_re(lex)
    scrub("Tapasin Matti Virtasen Keravalla 12.3.2025, puh. 040 123 4567.", lang="fi")
