"""The one-page brief in the group-consultation format: topic, phase, situation, what was tried,
the question. Everything is scrubbed; dates become relative ("opened 4 months ago")."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from coachdesk.export.summary_model import Fields, Heading, Paragraph, WriteLines
from coachdesk.export.summary_text import MEASURE_SHORT, PHASE, fmt_number, gas_level, label

if TYPE_CHECKING:
    from coachdesk.export.summary import _Builder
    from coachdesk.export.summary_requests import HelpRequestView

SITUATION_MAX = 650
EXCERPT_MAX = 230
MAX_TRIED = 6
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, never inside a placeholder."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    cut = cut if cut > limit // 2 else limit - 1
    opened = text.rfind("[", 0, cut)
    if opened > text.rfind("]", 0, cut):
        cut = opened if opened > 0 else cut
    return text[:cut].rstrip(" ,;:-–") + "…"


def excerpt(text: str, limit: int = EXCERPT_MAX) -> str:
    """The first sentences of a note, up to ``limit`` characters."""
    sentences = _SENTENCE_END.split(" ".join(text.split()))
    out = ""
    for sentence in sentences:
        if out and len(out) + 1 + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
        if len(out) >= limit * 0.55:
            break
    return shorten(out, limit)


def _latest_request(b: _Builder) -> HelpRequestView | None:
    requests = b.data.requests or []
    group = [r for r in requests if r.group_topic]
    chosen = group or requests
    return chosen[-1] if chosen else None


def _since(b: _Builder) -> str:
    days = max(0, (b.opt.printed or date.today()).toordinal() - b.data.case.opened.toordinal())
    if days < 60:
        return b.t("brief_since", months=b.t("brief_weeks", n=max(1, days // 7)))
    return b.t("brief_since", months=b.t("brief_months", n=days // 30))


def build_brief(b: _Builder) -> None:
    """Fill ``b.blocks`` with the brief; the note excerpts are optional (dropped oldest first)."""
    case = b.data.case
    req = _latest_request(b)
    fields = req.fields if req else {}
    topic = b.filter(b.opt.topic) or b.filter(fields.get("topic", "")) or b.tags(case.tags)
    phase = " · ".join(
        (label(PHASE, case.phase, b.lang), _since(b), b.t("brief_sessions", n=len(b.data.notes)))
    )
    b.add(Fields(((b.t("code"), case.code), (b.t("topic"), topic or b.t("not_set")), (b.t("brief_phase"), phase))))

    b.add(Heading(b.t("brief_situation")))
    situation = b.filter(fields.get("situation", "")) or b.filter(case.summary)
    if situation:
        b.add(Paragraph(shorten(situation, SITUATION_MAX)))
    for index, goal in enumerate(b.data.goals):
        start = gas_level(goal.baseline)
        now = gas_level(goal.current)
        b.add(Paragraph(shorten(b.t("brief_goal", title=b.filter(goal.title), start=start, now=now), 160),
                        style="bullet"), optional=index >= 3, priority=1)
    for index, (name, kind, items) in enumerate(b.measure_groups()):
        short = MEASURE_SHORT[kind] or name
        values = [fmt_number(x.value, b.lang) for x in items]
        shown = ", ".join(values[-8:]) if len(values) <= 8 else "…, " + ", ".join(values[-7:])
        b.add(Paragraph(b.t("brief_measure", name=short, first=values[0], last=values[-1], values=shown),
                        style="bullet"), optional=index >= 2, priority=2)

    b.add(Heading(b.t("brief_tried")))
    tried = b.filter(fields.get("tried", ""))
    if tried:
        b.add(Paragraph(shorten(tried, SITUATION_MAX)))
    notes = [n for n in b.data.notes if n.text.strip()][-MAX_TRIED:]
    for index, note in enumerate(notes):
        text = excerpt(b.filter(note.text))
        if text:
            b.add(Paragraph(text, style="bullet"), optional=bool(tried) or index < len(notes) - 2)
        b.tick(index + 1, len(notes))

    b.add(Heading(b.t("brief_question")))
    question = b.filter(b.opt.question) or b.filter(fields.get("question", ""))
    if question:
        b.add(Paragraph(shorten(question, 400), style="lead"))
    else:
        b.add(WriteLines(4, b.t("brief_question_blank")))
    b.add(Paragraph(b.t("brief_footer"), style="small"))
