"""Result types of the scrubber: findings, review warnings and the scrub result."""

from __future__ import annotations

from dataclasses import dataclass, field

LABELS = ("PERSON", "LOCATION", "ADDRESS", "ORG", "EMPLOYER", "CONTACT", "ID", "DATE", "AGE")  # EMPLOYER: listed only
NON_DISMISSIBLE_LABELS = frozenset({"ID", "CONTACT", "ADDRESS"})


@dataclass(frozen=True, slots=True)
class Finding:
    """One identifying span. ``start``/``end`` index the ORIGINAL text; ``text`` is ``original[start:end]``."""

    start: int
    end: int
    label: str
    text: str
    replacement: str
    reason: str
    dismissible: bool = True
    certain: bool = True  # False: the review asks the coach about it (a question with the same span)
    source: str = "rule"  # "rule", "case_term" (always replaced), "colleague", "answer" (the coach said hide)

    def to_dict(self) -> dict[str, object]:
        """This finding as a JSON-ready dict (the CLI's ``findings``)."""
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
            "replacement": self.replacement,
            "reason": self.reason,
            "dismissible": self.dismissible,
            "certain": self.certain,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class ReviewWarning:
    """Something no rule decides; the review screen asks the coach ``question``."""

    start: int
    end: int
    text: str
    kind: str  # "uncertain_name", "quasi_identifiers", "long_number"
    question: str

    def to_dict(self) -> dict[str, object]:
        """This warning as a JSON-ready dict (the CLI's ``warnings`` and ``questions``)."""
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind, "question": self.question}

    @property
    def is_question(self) -> bool:
        """A question about one candidate span (not the general quasi-identifier hint)."""
        return self.kind in QUESTION_KINDS


QUESTION_KINDS = frozenset({"uncertain_name", "long_number"})


@dataclass(frozen=True, slots=True)
class ScrubResult:
    """The scrubbed ``text``, the ``findings`` that produced it, review ``warnings`` and the ``lang`` used."""

    text: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    warnings: tuple[ReviewWarning, ...] = field(default_factory=tuple)
    lang: str = "fi"

    @property
    def questions(self) -> tuple[ReviewWarning, ...]:
        """The uncertain candidates the coach is asked about (one per span)."""
        return tuple(w for w in self.warnings if w.is_question)

    def to_dict(self) -> dict[str, object]:
        """The result as a JSON-ready dict: language, scrubbed text, findings, warnings and questions."""
        return {
            "lang": self.lang,
            "scrubbed": self.text,
            "findings": [f.to_dict() for f in self.findings],
            "warnings": [w.to_dict() for w in self.warnings],
            "questions": [
                {"start": q.start, "end": q.end, "text": q.text, "question": q.question, "kind": q.kind}
                for q in self.questions
            ],
        }


def apply_findings(text: str, findings: list[Finding] | tuple[Finding, ...]) -> str:
    """Render ``text`` with each finding's (possibly edited) ``replacement``; overlapping findings are skipped."""
    out: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.start < pos or f.end > len(text) or f.start >= f.end:
            continue
        out.append(text[pos : f.start])
        out.append(f.replacement)
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
