"""HTML for the two review panes: the original with its findings marked, and the outgoing text
with its placeholders marked. Pure string work (no widgets)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from coachdesk.outbox.review import FieldFinding

FINDING = "background:#fde9b8;color:#1f2623;"
FIXED = "background:#f6d1cc;color:#1f2623;"  # cannot be dismissed (ID, contact, address, case term)
PLACEHOLDER = "background:#d7ece5;color:#1d4f44;"
OPEN = "background:#f3b6ae;color:#6b1109;font-weight:600;"
PRE = "white-space:pre-wrap;margin:0 0 10px 0;"


def _marked(text: str, findings: Iterable[FieldFinding]) -> str:
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.start < pos:
            continue
        out.append(html.escape(text[pos:f.start]))
        style = FINDING if f.dismissible else FIXED
        out.append(f'<span style="{style}">{html.escape(text[f.start:f.end])}</span>')
        pos = f.end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def original_html(sections: list[tuple[str, str, str]], findings: Iterable[FieldFinding]) -> str:
    """``sections``: (field name, label, original text) in template order."""
    findings = list(findings)
    parts = []
    for name, label, text in sections:
        if not text.strip():
            continue
        own = [f for f in findings if f.field == name]
        parts.append(f'<p style="margin:0"><b>{html.escape(label)}</b></p>'
                     f'<p style="{PRE}">{_marked(text, own)}</p>')
    return "".join(parts)


def outgoing_html(text: str, placeholders: Iterable[str], still_identifying: Iterable[str] = ()) -> str:
    """The visible outgoing text with placeholders (calm green) and anything still identifying (red)."""
    marks = [(p, PLACEHOLDER) for p in placeholders if p] + [(w, OPEN) for w in still_identifying if w]
    if not marks:
        return f'<p style="{PRE}">{html.escape(text)}</p>'
    styles: dict[str, str] = {}
    for word, style in marks:
        styles.setdefault(word, style)
        if style == OPEN:
            styles[word] = OPEN
    pattern = re.compile("|".join(re.escape(w) for w in sorted(styles, key=len, reverse=True)))
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[pos:m.start()]))
        out.append(f'<span style="{styles[m.group(0)]}">{html.escape(m.group(0))}</span>')
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return f'<p style="{PRE}">{"".join(out)}</p>'
