"""The privacy review of a help request, without Qt: scrub every template field with the case's
identifying details as terms, apply the coach's decisions (placeholder changes, dismissals, new
terms, answers to questions) and scan the final text again.

Send is allowed only when :attr:`ReviewResult.ready`: the final text, scanned again with the same
terms and dismissals, has no findings and every question has an answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from coachdesk.domain import help_request as hr

# Template fields that carry free text and are scrubbed (in template order).
SCRUBBED = ("topic", "phase", "situation", "background", "tried", "thinking", "question", "sparring_topic")
SEPARATOR = "\n\n\n"  # between fields in the combined text (so a name never spans two fields)
# The category a listed identifying detail is shown and replaced as (by its kind on the case).
KIND_LABELS = {"name": "PERSON", "relative": "PERSON", "place": "LOCATION", "employer": "EMPLOYER", "other": "TERM"}
CASE_TERM = "case term"
COMPANY_FORMS = {"oy", "oyj", "ab", "abp", "ky", "ay", "ry", "tmi", "ltd", "inc", "llc", "gmbh"}


@dataclass(frozen=True)
class FieldFinding:
    """A finding inside one field (offsets index that field's original text)."""

    field: str
    start: int
    end: int
    label: str
    text: str
    replacement: str  # after the coach's placeholder change, if any
    default: str  # the scrubber's placeholder
    reason: str
    dismissible: bool
    certain: bool = True  # False: the scrubber is unsure (a question asks about it)
    source: str = "rule"  # "case_term": a listed identifying detail, always replaced, never a question


@dataclass(frozen=True)
class Question:
    key: tuple[str, str]  # (kind, word casefolded): the answer's key
    kind: str  # "uncertain_name" | "quasi_identifiers" | "long_number"
    text: str
    question: str


@dataclass(frozen=True)
class ReviewResult:
    originals: dict[str, str]
    finals: dict[str, str]
    findings: tuple[FieldFinding, ...]
    questions: tuple[Question, ...]  # unanswered only
    open_findings: tuple[FieldFinding, ...]  # found again in the final text
    lang: str

    @property
    def ready(self) -> bool:
        return not self.open_findings and not self.questions

    def groups(self) -> list[tuple[str, str, str, str, bool, int]]:
        """Findings grouped by (label, word): (label, word, replacement, default, dismissible, count)."""
        seen: dict[tuple[str, str], list] = {}
        for f in self.findings:
            key = (f.label, f.text)
            if key in seen:
                seen[key][5] += 1
                seen[key][4] = seen[key][4] and f.dismissible
            else:
                seen[key] = [f.label, f.text, f.replacement, f.default, f.dismissible, 1]
        return [tuple(v) for v in seen.values()]  # type: ignore[misc]


@dataclass
class ReviewState:
    """The coach's decisions; ``compute(fields)`` scrubs and decides (runs on any thread)."""

    lang: str = "fi"
    # the case's identifying details: a value, or (value, kind) so that it keeps its category
    terms: list[str | tuple[str, str]] = field(default_factory=list)
    keep: set[str] = field(default_factory=set)  # dismissed words (harmless)
    overrides: dict[str, str] = field(default_factory=dict)  # word -> the coach's placeholder
    answered: set[tuple[str, str]] = field(default_factory=set)
    decided: dict[str, bool] = field(default_factory=dict)  # the case's remembered answers: word -> hide?
    colleagues: list[str] = field(default_factory=list)  # colleague directory names: always names
    keep_terms: list[str] = field(default_factory=list)  # the coach's own never-scrub vocabulary
    kinds: dict[str, str] = field(default_factory=dict)  # plain term -> its kind on the case (name, place, employer...)

    def snapshot(self) -> ReviewState:
        """A copy for a worker thread."""
        return ReviewState(
            self.lang, list(self.terms), set(self.keep), dict(self.overrides), set(self.answered),
            dict(self.decided), list(self.colleagues), list(self.keep_terms), dict(self.kinds),
        )

    def term_values(self) -> list[str]:
        """The listed details' values (a term is a value or a (value, kind) pair)."""
        return [t if isinstance(t, str) else t[0] for t in self.terms]

    def term_kinds(self) -> list[tuple[str, str]]:
        """(value, kind) for every listed detail; a plain value takes its kind from ``kinds``."""
        return [(t, self.kinds.get(t, "other")) if isinstance(t, str) else (t[0], t[1]) for t in self.terms]

    def _scrub(self, text: str, lang: str | None, keep: list[str]):
        from coachdesk.privacy import scrub

        return scrub(text, lang=lang, terms=self.terms, keep=keep, keep_terms=self.keep_terms,
                     decided=self.decided, colleagues=self.colleagues)

    def compute(self, originals: dict[str, str]) -> ReviewResult:
        names = [n for n in SCRUBBED if originals.get(n, "")]
        combined, starts = _combine(originals, names)
        keep = sorted(self.keep)
        result = self._scrub(combined, None, keep)  # the text's own language
        listed = self._listed(originals, names, starts)
        findings = []
        for f in _certain(result.findings, listed, combined, result.lang, self.term_values()):
            name, offset = _field_at(starts, names, originals, f.start)
            if name is None:
                continue
            end = min(f.end - offset, len(originals[name]))
            rep = self.overrides.get(f.text, f.replacement)
            findings.append(FieldFinding(name, f.start - offset, end, f.label, originals[name][f.start - offset:end],
                                         rep, f.replacement, f.reason, f.dismissible, f.certain, f.source))
        finals = dict(originals)
        for name in names:
            own = sorted((f for f in findings if f.field == name), key=lambda f: (f.start, -f.end))
            finals[name] = _apply(originals[name], own)
        questions = []
        for w in result.warnings:
            if any(s < w.end and w.start < e for s, e, _k in listed):
                continue  # a listed detail is always hidden: nothing to ask
            key = (w.kind, w.text.casefold())
            if w.text.casefold() in {k.casefold() for k in self.decided}:
                continue  # answered before for this case
            if key not in self.answered and all(q.key != key for q in questions):
                questions.append(Question(key, w.kind, w.text, w.question))
        final_combined, final_starts = _combine(finals, names)
        again = self._scrub(final_combined, result.lang, keep) if final_combined.strip() else None
        open_findings = []
        if again is not None:
            for f in again.findings:
                name, offset = _field_at(final_starts, names, finals, f.start)
                if name is not None:
                    open_findings.append(FieldFinding(name, f.start - offset, f.end - offset, f.label, f.text,
                                                      f.replacement, f.replacement, f.reason, f.dismissible,
                                                      f.certain, f.source))
        return ReviewResult(dict(originals), finals, tuple(findings), tuple(questions), tuple(open_findings),
                            result.lang)

    def _listed(self, values: dict[str, str], names: list[str], starts: list[int]) -> list[tuple[int, int, str]]:
        """(start, end, kind) in the combined text of every listed identifying detail, inflected forms
        included; each field on its own (a name never spans two fields)."""
        from coachdesk.export.summary_terms import TermMatcher

        details = [(t, kind) for t, kind in self.term_kinds() if t.strip()]
        for term, kind in list(details):  # "Pirkan Puutarha Oy" is also written "Pirkan Puutarhalta"
            words = term.split()
            if len(words) > 1 and words[-1].casefold().strip(".") in COMPANY_FORMS:
                details.append((" ".join(words[:-1]), kind))
        if not details:
            return []
        matcher = TermMatcher(details)
        return [(start + s, start + e, kind) for name, start in zip(names, starts, strict=True)
                for s, e, kind in matcher.spans(values[name])]


def _ending(surface: str, term_word: str) -> str:
    """The Finnish case ending of an inflected form (Kangasalla -> "lla"), for the placeholder."""
    from coachdesk.privacy.terms import _ending as core_ending

    words = surface.split()
    return core_ending(words[-1].casefold(), term_word.casefold()) if words else ""


def _certain(found, listed: list[tuple[int, int, str]], text: str, lang: str, terms=()) -> list:
    """The scrubber's findings, with every listed identifying detail (and its inflected forms) made
    certain: never dismissible, shown and replaced in its own category (an employer as the employer),
    added where the scrubber missed it."""
    from coachdesk.export.summary_terms import NAME_KINDS, placeholder
    from coachdesk.privacy.model import Finding

    out, covered = [], set()
    for f in found:
        hit = next(((s, e, k) for s, e, k in listed if s < f.end and f.start < e), None)
        if hit is None:
            out.append(f)
            continue
        s, e, kind = hit
        covered.add((s, e))
        start, end = min(s, f.start), max(e, f.end)
        same = (start, end) == (f.start, f.end)
        if same and ((kind in NAME_KINDS and f.label == "PERSON") or (kind == "other" and f.label != "ORG")):
            # the scrubber's own words where they are right: "[Henkilö A]" (one letter per person across
            # the message), "[puhelinnumero]" for a listed phone number
            out.append(Finding(start, end, f.label, f.text, f.replacement, CASE_TERM, False, True, "case_term"))
            continue
        rep = _placeholder(kind, lang, text[start:end], f.replacement, placeholder, terms)
        out.append(Finding(start, end, KIND_LABELS.get(kind, "TERM"), text[start:end], rep, CASE_TERM, False,
                           True, "case_term"))
    for s, e, kind in listed:
        if (s, e) not in covered and not any(f.start < e and s < f.end for f in out):
            out.append(Finding(s, e, KIND_LABELS.get(kind, "TERM"), text[s:e],
                               _placeholder(kind, lang, text[s:e], "", placeholder, terms), CASE_TERM, False,
                               True, "case_term"))
    out.sort(key=lambda f: (f.start, -f.end))
    kept, pos = [], 0
    for f in out:  # never two findings over the same characters
        if f.start >= pos:
            kept.append(f)
            pos = f.end
    return kept


def _placeholder(kind: str, lang: str, surface: str, scrubbed: str, placeholder, terms=()) -> str:
    base = placeholder(kind, lang)
    if lang != "fi":
        return base
    if "]:" in scrubbed:  # the scrubber found the case ending already
        return base + scrubbed[scrubbed.rindex("]:") + 1:]
    from coachdesk.export.summary_terms import word_matches

    words = surface.split()
    last = words[-1].casefold() if words else ""
    ending = ""
    for word in (w.casefold() for term in terms for w in reversed(term.split())):
        if word not in COMPANY_FORMS and word_matches(last, word):  # "Pirkan Puutarha Oy" -> Puutarhalla
            ending = _ending(last, word)
            break
    return base + (":" + ending if ending else "")


def _combine(values: dict[str, str], names: Iterable[str]) -> tuple[str, list[int]]:
    parts, starts, pos = [], [], 0
    for name in names:
        starts.append(pos)
        parts.append(values[name])
        pos += len(values[name]) + len(SEPARATOR)
    return SEPARATOR.join(parts), starts


def _field_at(starts: list[int], names: list[str], values: dict[str, str], pos: int) -> tuple[str | None, int]:
    for name, start in zip(reversed(names), reversed(starts), strict=True):
        if pos >= start:
            return (name, start) if pos < start + len(values[name]) else (None, 0)
    return None, 0


def _apply(text: str, findings: list[FieldFinding]) -> str:
    out, pos = [], 0
    for f in findings:
        if f.start < pos or f.start >= f.end:
            continue
        out.append(text[pos:f.start])
        out.append(f.replacement)
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def originals_of(request: hr.HelpRequest) -> dict[str, str]:
    return {name: getattr(request, name) for name in SCRUBBED}


def scrubbed_request(request: hr.HelpRequest, result: ReviewResult) -> hr.HelpRequest:
    """The request with every free-text field replaced by its reviewed, final text."""
    return replace(request, **{name: result.finals.get(name, "") for name in SCRUBBED})
