"""The privacy review of a help request, without Qt: scrub every template field with the case's
identifying details as terms, apply the coach's decisions (placeholder changes, dismissals, new
terms, answers to questions) and scan the final text again.

Send is allowed only when :attr:`ReviewResult.ready`: the final text, scanned again with the same
terms and dismissals, has no findings and every question has an answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from coachdesk.domain import help_request as hr

if TYPE_CHECKING:
    from coachdesk.privacy.model import ScrubResult

# Template fields that carry free text and are scrubbed (in template order).
SCRUBBED = ("topic", "phase", "situation", "background", "tried", "thinking", "question", "sparring_topic")
SEPARATOR = "\n\n\n"  # between fields in the combined text (so a name never spans two fields)


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
    """Something the scrubber cannot decide; the coach answers it once (per case)."""

    key: tuple[str, str]  # (kind, word casefolded): the answer's key
    kind: str  # "uncertain_name" | "quasi_identifiers" | "long_number"
    text: str
    question: str


@dataclass(frozen=True)
class ReviewResult:
    """One review: the original and final fields, what was found, what is asked, what is still open."""

    originals: dict[str, str]
    finals: dict[str, str]
    findings: tuple[FieldFinding, ...]
    questions: tuple[Question, ...]  # unanswered only
    open_findings: tuple[FieldFinding, ...]  # found again in the final text
    lang: str

    @property
    def ready(self) -> bool:
        """Send is allowed: the final text rescans clean and every question has an answer."""
        return not self.open_findings and not self.questions

    def groups(self) -> list[tuple[str, str, str, str, bool, int]]:
        """Findings grouped by (label, word): (label, word, replacement, default, dismissible, count)."""
        seen: dict[tuple[str, str], tuple[str, str, str, str, bool, int]] = {}
        for f in self.findings:
            key = (f.label, f.text)
            if key in seen:
                label, text, rep, default, dismissible, count = seen[key]
                seen[key] = (label, text, rep, default, dismissible and f.dismissible, count + 1)
            else:
                seen[key] = (f.label, f.text, f.replacement, f.default, f.dismissible, 1)
        return list(seen.values())


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

    def term_kinds(self) -> list[tuple[str, str]]:
        """(value, kind) for every listed detail; a plain value takes its kind from ``kinds``."""
        return [(t, self.kinds.get(t, "other")) if isinstance(t, str) else (t[0], t[1]) for t in self.terms]

    def _scrub(self, text: str, lang: str | None, keep: list[str]) -> ScrubResult:
        from coachdesk.privacy import scrub

        # every listed detail with its kind: the core makes it certain, keeps its category (a listed
        # employer is EMPLOYER, "[työnantaja]") and asks no question about it
        return scrub(text, lang=lang, terms=self.term_kinds(), keep=keep, keep_terms=self.keep_terms,
                     decided=self.decided, colleagues=self.colleagues)

    def compute(self, originals: dict[str, str]) -> ReviewResult:
        """Scrub ``originals`` as one text, apply the decisions, and scan the final text again."""
        names = [n for n in SCRUBBED if originals.get(n, "")]
        combined, starts = _combine(originals, names)
        keep = sorted(self.keep)
        result = self._scrub(combined, None, keep)  # the text's own language
        listed = [(f.start, f.end) for f in result.findings if f.source == "case_term"]
        findings = []
        for f in result.findings:
            name, offset = _field_at(starts, names, originals, f.start)
            if name is None:
                continue
            end = min(f.end - offset, len(originals[name]))
            rep = self.overrides.get(f.text, f.replacement)
            findings.append(FieldFinding(name, f.start - offset, end, _shown_label(f.label, f.source),
                                         originals[name][f.start - offset:end], rep, f.replacement, f.reason,
                                         f.dismissible, f.certain, f.source))
        finals = dict(originals)
        for name in names:
            own = sorted((f for f in findings if f.field == name), key=lambda f: (f.start, -f.end))
            finals[name] = _apply(originals[name], own)
        questions: list[Question] = []
        for w in result.warnings:
            if any(s < w.end and w.start < e for s, e in listed):
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


def _shown_label(label: str, source: str) -> str:
    """The category the review shows: a listed detail without a known category (the core guesses
    ORG for it, and replaces it by "[tunnistetieto]") is shown as an identifying detail, TERM; a listed
    employer comes from the core as EMPLOYER already."""
    return "TERM" if source == "case_term" and label == "ORG" else label


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
    """The request's free-text fields by name (the review's input)."""
    return {name: getattr(request, name) for name in SCRUBBED}


def scrubbed_request(request: hr.HelpRequest, result: ReviewResult) -> hr.HelpRequest:
    """The request with every free-text field replaced by its reviewed, final text."""
    finals = {name: result.finals.get(name, "") for name in SCRUBBED}
    return replace(request, topic=finals["topic"], phase=finals["phase"], situation=finals["situation"],
                   background=finals["background"], tried=finals["tried"], thinking=finals["thinking"],
                   question=finals["question"], sparring_topic=finals["sparring_topic"])
