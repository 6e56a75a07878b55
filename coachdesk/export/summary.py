"""Printable case summaries (Qt-free): load a case from the Store and build a :class:`SummaryDoc`.

``load_case_data`` only reads the vault (fast; call it where the vault lives). ``build_summary``
turns the data into a document for a mode, language and date range, with every free text
through the mode's privacy filter; it may run on a worker thread and reports progress.
The case's identifying details are never part of a document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from coachdesk.domain import models as m
from coachdesk.domain.formatting import format_date
from coachdesk.domain.reflection_templates import TEMPLATES
from coachdesk.export.summary_model import (
    Block,
    Callout,
    Chart,
    Entry,
    Fields,
    Heading,
    Mode,
    PaperSize,
    Paragraph,
    Series,
    SummaryDoc,
    Table,
)
from coachdesk.export.summary_privacy import TextFilter, clean_text
from coachdesk.export.summary_requests import HelpRequestView, load_requests
from coachdesk.export.summary_text import (
    MEASURE,
    MEASURE_SHORT,
    NOTE_KIND,
    PAYER,
    PHASE,
    REQUEST_STATUS,
    STATUS,
    TEXT,
    fmt_number,
    gas_level,
    label,
    t,
)

if TYPE_CHECKING:
    from coachdesk.vault.store import Store

Progress = Callable[[int, int], None]
LANGUAGES = tuple(TEXT)  # fi, sv, en

__all__ = [
    "CaseData",
    "Mode",
    "PaperSize",
    "SummaryDoc",
    "SummaryOptions",
    "build_summary",
    "load_case_data",
    "summarize",
]


@dataclass(frozen=True)
class SummaryOptions:
    """What a printed summary holds: mode, language, date range, sections, paper."""

    mode: Mode = Mode.PRIVATE
    lang: str = "fi"
    date_from: date | None = None
    date_to: date | None = None
    include_notes: bool = True
    include_reflections: bool = False  # opt-in: the coach's own thinking
    include_requests: bool = False  # opt-in: questions to colleagues and their answers
    paper: PaperSize = PaperSize.A4
    topic: str = ""  # brief: overrides the topic taken from the case's tags
    question: str = ""  # brief: the question for the group (else the latest request, else lines)
    printed: date | None = None  # the print date (today when None)


@dataclass
class CaseData:
    """Everything a summary may print, read from the vault in one go (identifiers only as terms)."""

    case: m.Case
    terms: list[str]
    notes: list[m.Note]
    goals: list[m.Goal]
    measures: list[m.Measure]
    reflections: list[m.Reflection] = field(default_factory=list)
    requests: list[HelpRequestView] | None = None  # None: the vault has no help-request tables yet
    all_note_count: int = 0
    term_kinds: dict[str, str] = field(default_factory=dict)  # detail -> name | relative | place | ...
    keep_terms: list[str] = field(default_factory=list)  # the coach's never-scrub vocabulary (scrubbed, brief)


def load_case_data(store: Store, case_id: int, options: SummaryOptions) -> CaseData:
    """Read what ``options`` asks for; fast (SQL only), so it may run on the UI thread."""
    case = store.get_case(case_id)
    identifiers = store.list_identifiers(case_id)
    terms = [i.value for i in identifiers]
    term_kinds = {i.value: i.kind.value for i in identifiers}
    case.identifiers = []  # never carried further than this function (only as terms to hide)
    notes = (
        store.list_notes(case_id, date_from=options.date_from, date_to=options.date_to, newest_first=False)
        if options.include_notes or options.mode is Mode.BRIEF
        else []
    )
    reflections: list[m.Reflection] = []
    if options.include_reflections and options.mode is not Mode.BRIEF:
        reflections = [
            r
            for r in reversed(store.list_reflections(case_id))
            if _in_range(r.date, options.date_from, options.date_to)
        ]
    requests = load_requests(store, case_id) if options.include_requests or options.mode is Mode.BRIEF else None
    return CaseData(
        case=case,
        terms=terms,
        notes=notes,
        goals=store.list_goals(case_id),
        measures=store.list_measures(case_id),
        reflections=reflections,
        requests=requests,
        all_note_count=case.note_count,
        term_kinds=term_kinds,
    )


def summarize(
    store: Store, case_id: int, options: SummaryOptions, progress: Progress | None = None
) -> SummaryDoc:
    """Load a case and build its summary document."""
    return build_summary(load_case_data(store, case_id, options), options, progress)


def _in_range(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def split_paragraphs(text: str) -> list[str]:
    """A note's lines as paragraphs (empty lines dropped); text stays literal."""
    return [line.rstrip() for line in text.split("\n") if line.strip()]


class _Builder:
    def __init__(self, data: CaseData, options: SummaryOptions, progress: Progress | None) -> None:
        self.data = data
        self.opt = options
        self.lang = options.lang if options.lang in LANGUAGES else "en"
        self.mode = Mode(options.mode)
        self.filter = TextFilter(self.mode, data.terms, self.lang, data.term_kinds, data.keep_terms)
        self.progress = progress
        self.blocks: list[Block] = []
        self.optional: list[tuple[int, int]] = []  # (drop priority, block index)

    def t(self, key: str, **kw: Any) -> str:
        return t(self.lang, key, **kw)

    def d(self, day: date | None) -> str:
        return format_date(day, self.lang)

    def add(self, block: Block, *, optional: bool = False, priority: int = 0) -> None:
        """Append ``block``; an optional one may be dropped to fit one page (lowest priority first)."""
        if optional:
            self.optional.append((priority, len(self.blocks)))
        self.blocks.append(block)

    # ----- parts shared by the modes ----------------------------------------------------------------
    def pseudonym(self) -> str:
        """The pseudonym as chosen by the coach, unless it contains an identifying detail."""
        value = clean_text(self.data.case.pseudonym).strip()
        hidden = self.filter.contains_term(value) or self.filter.matcher.spans(value)
        return self.filter.placeholder if hidden else value

    def period(self) -> str:
        start, end = self.opt.date_from, self.opt.date_to
        if start is None and end is None:
            return self.t("range_all")
        return f"{self.d(start) if start else '…'}–{self.d(end) if end else '…'}"

    def gas_cell(self, goal: m.Goal, level: int | None) -> str:
        if level is None:
            return self.t("not_set")
        desc = self.filter(goal.levels.get(level, "") or "")
        return f"{gas_level(level)} · {desc}" if desc else gas_level(level)

    def measure_name(self, kind: m.MeasureKind, lbl: str) -> str:
        if kind is m.MeasureKind.NUMERIC:
            return self.filter(lbl) or label(MEASURE, kind, self.lang)
        return label(MEASURE, kind, self.lang)

    def measure_groups(self) -> list[tuple[str, m.MeasureKind, list[m.Measure]]]:
        groups: dict[tuple[m.MeasureKind, str], list[m.Measure]] = {}
        for x in self.data.measures:
            key = (x.kind, x.label if x.kind is m.MeasureKind.NUMERIC else "")
            groups.setdefault(key, []).append(x)
        return [(self.measure_name(kind, lbl), kind, items) for (kind, lbl), items in groups.items()]

    def note_title(self, note: m.Note) -> str:
        parts = [self.d(note.date), label(NOTE_KIND, note.kind, self.lang)]
        if note.duration_min:
            parts.append(f"{note.duration_min} {self.t('minutes')}")
        return " · ".join(parts)

    def tags(self, tags: list[str]) -> str:
        return ", ".join(x for x in (self.filter(tag) for tag in tags) if x)

    def tick(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    # ----- full summary (private, scrubbed) ------------------------------------------------------
    def build_full(self) -> None:
        case = self.data.case
        rows = [
            (self.t("code"), case.code),
            (self.t("pseudonym"), self.pseudonym() or self.t("not_set")),
            (self.t("status"), label(STATUS, case.status, self.lang)),
            (self.t("phase"), label(PHASE, case.phase, self.lang)),
            (self.t("opened"), self.d(case.opened)),
        ]
        if case.closed:
            rows.append((self.t("closed"), self.d(case.closed)))
        rows.append((self.t("payer"), label(PAYER, case.payer, self.lang)))
        rows.append((self.t("sessions"), str(len(self.data.notes))))
        rows.append((self.t("range"), self.period()))
        tags = self.tags(case.tags)
        if tags:
            rows.append((self.t("tags"), tags))
        self.add(Fields(tuple(rows)))
        if self.mode is Mode.SCRUBBED:
            self.add(Callout(self.t("scrubbed_notice"), tone="info"))
        summary = self.filter(case.summary)
        if summary:
            self.add(Heading(self.t("situation")))
            for para in split_paragraphs(summary):
                self.add(Paragraph(para, style="lead"))
        self.build_goals()
        self.build_measures()
        if self.opt.include_notes:
            self.build_notes()
        if self.opt.include_reflections:
            self.build_reflections()
        if self.opt.include_requests:
            self.build_requests()

    def build_goals(self) -> None:
        if not self.data.goals:
            return
        self.add(Heading(self.t("goals")))
        rows = tuple(
            (self.filter(g.title), self.gas_cell(g, g.baseline), self.gas_cell(g, g.current)) for g in self.data.goals
        )
        self.add(
            Table((self.t("goal"), self.t("gas_start"), self.t("gas_now")), rows, widths=(0.4, 0.3, 0.3))
        )

    def build_measures(self) -> None:
        groups = self.measure_groups()
        if not groups:
            return
        self.add(Heading(self.t("measures")))
        series = []
        for name, kind, items in groups:
            rng = m.MEASURE_RANGES.get(kind)
            series.append(Series(name, tuple((x.date, x.value) for x in items), rng))
        self.add(Chart(tuple(series)))
        rows = []
        for x in sorted(self.data.measures, key=lambda x: (x.date, x.id or 0)):
            short = MEASURE_SHORT[x.kind] or self.measure_name(x.kind, x.label)
            rows.append((self.d(x.date), short, fmt_number(x.value, self.lang)))
        self.add(
            Table((self.t("date"), self.t("measure"), self.t("value")), tuple(rows), widths=(0.3, 0.5, 0.2),
                  align=("l", "l", "r"))
        )

    def build_notes(self) -> None:
        notes = self.data.notes
        self.add(Heading(f"{self.t('notes')} ({len(notes)})"))
        if not notes:
            self.add(Paragraph(self.t("no_notes"), style="muted"))
        total = len(notes)
        for index, note in enumerate(notes):
            text = self.filter(note.text)
            self.add(
                Entry(
                    self.note_title(note),
                    self.tags(note.tags),
                    tuple(Paragraph(p) for p in split_paragraphs(text)),
                )
            )
            if index % 10 == 9 or index == total - 1:
                self.tick(index + 1, total)

    def build_reflections(self) -> None:
        if not self.data.reflections:
            return
        self.add(Heading(self.t("reflections")))
        self.add(Callout(self.t("reflections_warning"), tone="warning"))
        for refl in self.data.reflections:
            template = TEMPLATES.get(refl.template)
            name = template.name.get(self.lang, template.name["en"]) if template else refl.template
            title = " · ".join(x for x in (self.d(refl.date), name, self.filter(refl.title)) if x)
            paragraphs = []
            prompts = template.prompts if template else ()
            known = {p.id for p in prompts}
            for prompt in prompts:
                answer = self.filter(refl.answers.get(prompt.id, ""))
                if answer.strip():
                    lines = split_paragraphs(answer)
                    heading = prompt.title.get(self.lang, prompt.title["en"])
                    paragraphs.append(Paragraph(lines[0], label=heading))
                    paragraphs.extend(Paragraph(x) for x in lines[1:])
            for key, value in refl.answers.items():
                if key not in known and value.strip():
                    paragraphs.extend(Paragraph(x) for x in split_paragraphs(self.filter(value)))
            self.add(Entry(title, "", tuple(paragraphs)))

    def build_requests(self) -> None:
        self.add(Heading(self.t("requests")))
        if self.data.requests is None:
            from coachdesk.export.summary_requests import unavailable_text

            self.add(Paragraph(unavailable_text(self.lang), style="muted"))
            return
        if not self.data.requests:
            self.add(Paragraph(self.t("no_requests"), style="muted"))
            return
        for req in self.data.requests:
            paragraphs: list[Paragraph] = []
            for label_key, texts in (("request_question", (req.text,)), ("request_answer", req.answers),
                                     ("request_will_try", req.will_try)):
                for text in texts:
                    lines = split_paragraphs(self.filter(text))
                    if lines:
                        paragraphs.append(Paragraph(lines[0], label=self.t(label_key)))
                        paragraphs.extend(Paragraph(x) for x in lines[1:])
            title = " · ".join(x for x in (self.d(req.date), self.filter(req.topic)) if x)
            status = REQUEST_STATUS.get(req.status, {}).get(self.lang, req.status)
            self.add(Entry(title, status, tuple(paragraphs)))


def build_summary(data: CaseData, options: SummaryOptions, progress: Progress | None = None) -> SummaryDoc:
    """The document for ``options.mode``; pure (no vault access), safe on a worker thread."""
    builder = _Builder(data, options, progress)
    lang = builder.lang
    printed = options.printed or date.today()
    brief = builder.mode is Mode.BRIEF
    if brief:
        from coachdesk.export.summary_brief import build_brief

        build_brief(builder)
    else:
        builder.build_full()
    subtitle_key = {Mode.PRIVATE: "mode_private", Mode.SCRUBBED: "mode_scrubbed", Mode.BRIEF: "mode_brief"}
    doc = SummaryDoc(
        case_code=data.case.code,
        title=t(lang, "title_brief" if brief else "title"),
        subtitle=t(lang, subtitle_key[builder.mode]),
        mode=builder.mode,
        lang=lang,
        printed=printed,
        paper=PaperSize(options.paper),
        header_left=f"{t(lang, 'header_app')} · {t(lang, 'title_brief' if brief else 'title')}",
        footer_left=t(lang, "confidential"),
        footer_date=t(lang, "printed", date=format_date(printed, lang)),
        one_page=brief,
        blocks=builder.blocks,
        optional=[index for _, index in sorted(builder.optional)],
    )
    _final_check(doc, builder.filter)
    return doc


def _final_check(doc: SummaryDoc, text_filter: TextFilter) -> None:
    """No literal case term may survive anywhere in the document (belt and braces)."""
    if any(text_filter.contains_term(x) for x in doc.texts() if x):
        from dataclasses import fields, is_dataclass, replace

        def fix(value: Any) -> Any:
            if isinstance(value, str):
                return text_filter.mask_terms(value)
            if isinstance(value, tuple):
                return tuple(fix(v) for v in value)
            if is_dataclass(value) and not isinstance(value, type):
                return replace(value, **{f.name: fix(getattr(value, f.name)) for f in fields(value)})
            return value

        doc.blocks = [fix(b) for b in doc.blocks]
        doc.subtitle = text_filter.mask_terms(doc.subtitle)
