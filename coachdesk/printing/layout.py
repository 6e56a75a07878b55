"""Lay a SummaryDoc out on pages: blocks become rows of drawing primitives, rows become pages.

Line breaking uses QTextLayout (Unicode line breaking, real font metrics); the result is plain
data (text runs, rectangles, lines) that any QPainter can draw on any device, on any thread.
Pagination keeps headings with what follows them, avoids single orphan/widow lines, and repeats
table headers on a new page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from coachdesk.export.summary_model import (
    Block,
    Callout,
    Chart,
    Entry,
    Fields,
    Heading,
    Paragraph,
    Series,
    SummaryDoc,
    Table,
    WriteLines,
)
from coachdesk.printing import style as st
from coachdesk.printing.fonts import ensure_fonts

U = st.U
MAX_TITLE_LINES = 4
MAX_CELL_LINES = 30


# ----- drawing primitives (coordinates in layout units, relative to a row, then to a page) --------
@dataclass(frozen=True, slots=True)
class Text:
    """A run of text at (x, baseline y) in one of the style's fonts."""

    x: float
    y: float  # baseline
    text: str
    font: str


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle (box or bar), filled and/or stroked, optionally with rounded corners."""

    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    radius: float = 0.0


@dataclass(frozen=True, slots=True)
class Line:
    """A straight rule between two points."""

    x1: float
    y1: float
    x2: float
    y2: float
    color: str = st.RULE
    width: float = 0.6 * U


@dataclass(frozen=True, slots=True)
class Poly:
    """A polyline (a measure chart's curve)."""

    points: tuple[tuple[float, float], ...]
    color: str = st.ACCENT
    width: float = 1.4 * U


@dataclass(frozen=True, slots=True)
class Dot:
    """A filled circle (a point of a chart)."""

    x: float
    y: float
    r: float
    color: str = st.ACCENT


Item = Text | Rect | Line | Poly | Dot


def shift(item: Item, dy: float) -> Item:
    """The same item moved down by ``dy`` (rows are laid out at y = 0, then placed on a page)."""
    if isinstance(item, Text):
        return Text(item.x, item.y + dy, item.text, item.font)
    if isinstance(item, Rect):
        return Rect(item.x, item.y + dy, item.w, item.h, item.fill, item.stroke, item.radius)
    if isinstance(item, Line):
        return Line(item.x1, item.y1 + dy, item.x2, item.y2 + dy, item.color, item.width)
    if isinstance(item, Poly):
        return Poly(tuple((x, y + dy) for x, y in item.points), item.color, item.width)
    return Dot(item.x, item.y + dy, item.r, item.color)


@dataclass
class Row:
    """An unbreakable horizontal slice of the flow."""

    height: float
    items: list[Item]
    keep_next: bool = False  # never break between this row and the next
    space_before: float = 0.0  # dropped at the top of a page
    repeat: Row | None = None  # a table header to repeat when this row starts a page
    kind: str = ""  # for tests: "heading", "entry-title", "line", "table-row", ...


@dataclass
class Page:
    """One laid-out page: its number and what is drawn on it."""

    number: int
    items: list[Item] = field(default_factory=list)
    kinds: list[tuple[str, float]] = field(default_factory=list)  # (row kind, y) for tests


@dataclass
class LaidOut:
    """A whole document laid out: the pages, the geometry and the font family and scale used."""

    doc: SummaryDoc
    geometry: st.Geometry
    pages: list[Page]
    family: str
    scale: float = 1.0  # font scale (a brief may be shrunk to fit one page)
    truncated: bool = False


# ----- fonts ---------------------------------------------------------------------------------------
class Fonts:
    """The style's fonts at one scale, with their metrics cached (layout units)."""

    def __init__(self, family: str, scale: float = 1.0) -> None:
        self.family = family
        self.scale = scale
        self._fonts: dict[str, QFont] = {}
        self._metrics: dict[str, QFontMetricsF] = {}

    def font(self, key: str) -> QFont:
        """The QFont of a style key (cached)."""
        font = self._fonts.get(key)
        if font is None:
            spec = st.FONTS[key]
            font = QFont(self.family)
            font.setPixelSize(max(1, round(spec.size * U * self.scale)))
            font.setBold(spec.bold)
            font.setItalic(spec.italic)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setKerning(True)
            font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters when the PDF is searched or copied
            self._fonts[key] = font
        return font

    def metrics(self, key: str) -> QFontMetricsF:
        """The font metrics of a style key (cached)."""
        fm = self._metrics.get(key)
        if fm is None:
            fm = QFontMetricsF(self.font(key))
            self._metrics[key] = fm
        return fm

    def line_height(self, key: str) -> float:
        """The line height of a style key."""
        spec = st.FONTS[key]
        return spec.size * spec.leading * U * self.scale

    def ascent(self, key: str) -> float:
        # centre the glyphs in the line box
        """The baseline within a line box, glyphs centred in it."""
        fm = self.metrics(key)
        return (self.line_height(key) - (fm.ascent() + fm.descent())) / 2 + fm.ascent()

    def width(self, key: str, text: str) -> float:
        """The width of ``text`` in a style key's font."""
        return self.metrics(key).horizontalAdvance(text)


def _utf16_index(text: str) -> list[int] | None:
    """Map UTF-16 offsets (Qt) to Python indexes when the text has astral characters."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    mapping = []
    for i, c in enumerate(text):
        mapping.append(i)
        if ord(c) >= 0x10000:
            mapping.append(i)
    mapping.append(len(text))
    return mapping


def wrap(fonts: Fonts, key: str, text: str, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (Unicode line breaking)."""
    if not text:
        return [""]
    layout = QTextLayout(text, fonts.font(key))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setCacheEnabled(False)
    mapping = _utf16_index(text)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if mapping is not None:
            start, end = mapping[start], mapping[min(start + length, len(mapping) - 1)]
        else:
            end = start + length
        lines.append(text[start:end].rstrip())
    layout.endLayout()
    return lines or [""]


# ----- blocks -> rows ------------------------------------------------------------------------------
class RowBuilder:
    """Turns document blocks into rows of drawing items, on the page's width."""

    def __init__(self, doc: SummaryDoc, geometry: st.Geometry, fonts: Fonts) -> None:
        self.doc = doc
        self.g = geometry
        self.f = fonts
        self.x0 = geometry.margin_x
        self.w = geometry.content_width
        self.s = fonts.scale

    def pt(self, points: float) -> float:
        """Points in layout units at the current scale."""
        return points * U * self.s

    def elide(self, key: str, text: str, width: float) -> str:
        """``text`` shortened with "…" to fit one line of ``width``."""
        if self.f.width(key, text) <= width:
            return text
        return self.f.metrics(key).elidedText(text, Qt.TextElideMode.ElideRight, width)

    # -- paragraphs --
    def text_rows(
        self, text: str, key: str, *, x: float | None = None, width: float | None = None, space_before: float = 0.0,
        kind: str = "line", first_prefix: str = "",
    ) -> list[Row]:
        """Wrapped text as one row per line (x, width and the first line's prefix optional)."""
        x = self.x0 if x is None else x
        width = self.w if width is None else width
        lh = self.f.line_height(key)
        asc = self.f.ascent(key)
        indent = 0.0
        if first_prefix:
            indent = self.pt(11)
        lines = wrap(self.f, key, text, width - indent)
        rows = []
        for i, line in enumerate(lines):
            items: list[Item] = [Text(x + indent, asc, line, key)]
            if i == 0 and first_prefix:
                items.append(Text(x + self.pt(2), asc, first_prefix, key))
            rows.append(Row(lh, items, space_before=space_before if i == 0 else 0.0, kind=kind))
        n = len(rows)
        if n <= 3:
            for row in rows[:-1]:
                row.keep_next = True
        else:  # no single orphan or widow line
            rows[0].keep_next = True
            rows[-2].keep_next = True
        return rows

    def paragraph(self, block: Paragraph, *, space_before: float | None = None) -> list[Row]:
        """A paragraph (with its small label, if any) as rows."""
        gap = self.pt(5) if space_before is None else space_before
        rows: list[Row] = []
        key = {"lead": "lead", "muted": "muted", "small": "small"}.get(block.style, "body")
        if block.label:
            rows.append(Row(self.f.line_height("label"), [Text(self.x0, self.f.ascent("label"), block.label.upper(), "label")],
                            keep_next=True, space_before=gap, kind="label"))
            gap = 0.0
        if block.style == "bullet":
            rows += self.text_rows(block.text, key, space_before=gap, first_prefix="•")
        else:
            rows += self.text_rows(block.text, key, space_before=gap)
        return rows

    def heading(self, block: Heading) -> list[Row]:
        """A section heading as a row kept with what follows."""
        key = "h1" if block.level <= 1 else "h2"
        lh = self.f.line_height(key)
        asc = self.f.ascent(key)
        pad = self.pt(4)
        items: list[Item] = [Text(self.x0, asc, block.text, key)]
        if key == "h1":
            items.append(Line(self.x0, lh + pad * 0.5, self.x0 + self.w, lh + pad * 0.5, st.ACCENT_LIGHT, self.pt(1.2)))
        return [Row(lh + pad * 1.6, items, keep_next=True, space_before=self.pt(16 if key == "h1" else 10),
                    kind="heading")]

    def title(self) -> list[Row]:
        """The document's title and subtitle rows."""
        lh = self.f.line_height("title")
        rows = [Row(lh, [Text(self.x0, self.f.ascent("title"), self.doc.title, "title")], keep_next=True, kind="title")]
        sub = self.text_rows(self.doc.subtitle, "subtitle", kind="subtitle")
        for row in sub:
            row.keep_next = True
        rows += sub
        rows.append(Row(self.pt(10), [], keep_next=True))
        return rows

    # -- header fields --
    def fields(self, block: Fields) -> list[Row]:
        """A field box (label above value), in columns when it has many fields."""
        pad = self.pt(10)
        if len(block.rows) >= 5:
            cols = 3
            gap = self.pt(12)
            cell_w = (self.w - 2 * pad - gap * (cols - 1)) / cols
            items: list[Item] = []
            y = pad
            for start in range(0, len(block.rows), cols):
                row_h = 0.0
                for c, (label, value) in enumerate(block.rows[start : start + cols]):
                    x = self.x0 + pad + c * (cell_w + gap)
                    items.append(Text(x, y + self.f.ascent("label"), label.upper(), "label"))
                    vy = y + self.f.line_height("label")
                    lines = wrap(self.f, "value", value, cell_w)
                    for i, line in enumerate(lines):
                        items.append(Text(x, vy + i * self.f.line_height("value") + self.f.ascent("value"), line, "value"))
                    row_h = max(row_h, self.f.line_height("label") + len(lines) * self.f.line_height("value"))
                y += row_h + self.pt(6)
            height = y - self.pt(6) + pad
        else:
            label_w = self.pt(110)
            items = []
            y = pad
            for label, value in block.rows:
                lines = wrap(self.f, "value", value, self.w - 2 * pad - label_w)
                lh = self.f.line_height("value")
                items.append(Text(self.x0 + pad, y + self.f.ascent("value"), label.upper(), "label"))
                for i, line in enumerate(lines):
                    items.append(Text(self.x0 + pad + label_w, y + i * lh + self.f.ascent("value"), line, "value"))
                y += len(lines) * lh + self.pt(3)
            height = y - self.pt(3) + pad
        items.insert(0, Rect(self.x0, 0, self.w, height, fill=st.PANEL, radius=self.pt(4)))
        return [Row(height, items, space_before=self.pt(4), kind="fields")]

    # -- tables --
    def table(self, block: Table) -> list[Row]:
        """A table: a header row, repeated on a new page, then one row per line of cells."""
        ncol = len(block.columns)
        rel = block.widths if len(block.widths) == ncol else tuple(1.0 for _ in block.columns)
        total = sum(rel) or 1.0
        widths = [self.w * r / total for r in rel]
        xs = [self.x0 + sum(widths[:i]) for i in range(ncol)]
        pad_x, pad_y = self.pt(5), self.pt(3.5)
        align = block.align if len(block.align) == ncol else tuple("l" for _ in block.columns)

        def make_row(cells: tuple[str, ...], key: str, header: bool) -> Row:
            lh = self.f.line_height(key)
            asc = self.f.ascent(key)
            wrapped = [wrap(self.f, key, cells[i] if i < len(cells) else "", widths[i] - 2 * pad_x) for i in range(ncol)]
            for i, lines in enumerate(wrapped):  # a row never grows taller than a page
                if len(lines) > MAX_CELL_LINES:
                    wrapped[i] = [*lines[: MAX_CELL_LINES - 1], self.elide(key, lines[MAX_CELL_LINES - 1] + " …",
                                                                           widths[i] - 2 * pad_x)]
            height = max(len(w) for w in wrapped) * lh + 2 * pad_y
            items: list[Item] = []
            if header:
                items.append(Rect(self.x0, 0, self.w, height, fill=st.PANEL))
                items.append(Line(self.x0, height, self.x0 + self.w, height, st.RULE, self.pt(0.8)))
            else:
                items.append(Line(self.x0, height, self.x0 + self.w, height, st.RULE, self.pt(0.4)))
            for i, lines in enumerate(wrapped):
                for n, line in enumerate(lines):
                    x = xs[i] + pad_x
                    if align[i] == "r":
                        x = xs[i] + widths[i] - pad_x - self.f.width(key, line)
                    items.append(Text(x, pad_y + n * lh + asc, line, key))
            return Row(height, items, kind="table-header" if header else "table-row")

        header = make_row(block.columns, "th", True)
        header.keep_next = True
        header.space_before = self.pt(4)
        rows = [header]
        for cells in block.rows:
            row = make_row(cells, "td", False)
            row.repeat = header
            rows.append(row)
        return rows

    # -- chart --
    def chart(self, block: Chart) -> list[Row]:
        """The measure charts, one or two per row."""
        series = [s for s in block.series if s.points]
        if not series:
            return []
        per_row = 1 if len(series) == 1 else 2
        gap = self.pt(16)
        panel_w = (self.w - gap * (per_row - 1)) / per_row
        panel_h = self.pt(118)
        rows = []
        for start in range(0, len(series), per_row):
            items: list[Item] = []
            for c, s in enumerate(series[start : start + per_row]):
                items += self.chart_panel(s, self.x0 + c * (panel_w + gap), panel_w, panel_h)
            rows.append(Row(panel_h, items, space_before=self.pt(6), kind="chart"))
        return rows

    def chart_panel(self, s: Series, x0: float, w: float, h: float) -> list[Item]:
        """One measure chart: title, axis ticks, curve and points."""
        items: list[Item] = [Text(x0, self.f.ascent("chart_title"), self.elide("chart_title", s.name, w), "chart_title")]
        values = [v for _, v in s.points]
        lo, hi = s.range if s.range else (min(values), max(values))
        if hi - lo < 1e-9:
            lo, hi = lo - 1, hi + 1
        label_w = self.pt(22)
        top = self.f.line_height("chart_title") + self.pt(8)
        bottom = h - self.f.line_height("chart") - self.pt(4)
        left, right = x0 + label_w, x0 + w - self.pt(8)
        ticks = _ticks(lo, hi)
        for tick in ticks:
            y = bottom - (tick - lo) / (hi - lo) * (bottom - top)
            items.append(Line(left, y, right, y, st.RULE, self.pt(0.4)))
            label = _fmt(tick, self.doc.lang)
            items.append(Text(left - self.pt(4) - self.f.width("chart", label), y + self.pt(2.5), label, "chart"))
        days = [d.toordinal() for d, _ in s.points]
        d0, d1 = min(days), max(days)
        span = max(1, d1 - d0)
        inner = self.pt(10)

        def px(day: date) -> float:
            if d1 == d0:
                return (left + right) / 2
            return left + inner + (day.toordinal() - d0) / span * (right - left - 2 * inner)

        def py(value: float) -> float:
            return bottom - (value - lo) / (hi - lo) * (bottom - top)

        pts = tuple((px(d), py(v)) for d, v in s.points)
        if len(pts) > 1:
            items.append(Poly(pts, st.ACCENT, self.pt(1.6)))
        show_values = len(pts) <= 14
        for (x, y), (_, v) in zip(pts, s.points, strict=True):
            items.append(Dot(x, y, self.pt(2.6), st.ACCENT))
            if show_values:
                label = _fmt(v, self.doc.lang)
                items.append(Text(x - self.f.width("chart", label) / 2, y - self.pt(5), label, "chart"))
        from coachdesk.domain.formatting import format_date

        first, last = format_date(s.points[0][0], self.doc.lang), format_date(s.points[-1][0], self.doc.lang)
        base = h - self.pt(2)
        items.append(Text(px(s.points[0][0]) - self.f.width("chart", first) / 2 if len(pts) > 1 else
                          (left + right - self.f.width("chart", first)) / 2, base, first, "chart"))
        if len(pts) > 1 and last != first:
            items.append(Text(px(s.points[-1][0]) - self.f.width("chart", last) / 2, base, last, "chart"))
        items.append(Line(left, bottom, right, bottom, st.MUTED, self.pt(0.6)))
        return items

    # -- entries, callouts, lines --
    def entry(self, block: Entry, first: bool) -> list[Row]:
        """A dated entry (note, reflection): its title line and text."""
        lh = self.f.line_height("h2")
        asc = self.f.ascent("h2")
        items: list[Item] = []
        top = self.pt(3)
        if not first:
            items.append(Line(self.x0, 0, self.x0 + self.w, 0, st.RULE, self.pt(0.4)))
        items.append(Rect(self.x0, top + lh * 0.22, self.pt(3), lh * 0.56, fill=st.ACCENT))
        title_lines = wrap(self.f, "h2", block.title, self.w - self.pt(8))[:MAX_TITLE_LINES]
        for n, line in enumerate(title_lines):
            items.append(Text(self.x0 + self.pt(8), top + n * lh + asc, line, "h2"))
        rows = [Row(top + lh * len(title_lines), items, keep_next=True, space_before=self.pt(9 if not first else 4),
                    kind="entry-title")]
        cont_text = self.elide("meta", f"{title_lines[0]} ({_CONTINUED.get(self.doc.lang, _CONTINUED['en'])})",
                               self.w)
        cont = Row(self.f.line_height("meta") + self.pt(2), [Text(self.x0, self.f.ascent("meta"), cont_text, "meta")],
                   kind="entry-cont")
        first_body = len(rows)
        if block.meta:
            meta_rows = self.text_rows(block.meta, "meta", x=self.x0 + self.pt(8), width=self.w - self.pt(8))
            for row in meta_rows:
                row.keep_next = True
            rows += meta_rows
        for i, para in enumerate(block.paragraphs):
            rows += self.paragraph(para, space_before=self.pt(3 if i == 0 else 5))
        for row in rows[first_body:]:
            row.repeat = cont  # a note that runs onto the next page says so at the top
        return rows

    def callout(self, block: Callout) -> list[Row]:
        """A callout box with a bar on its left."""
        pad = self.pt(8)
        bar = self.pt(3)
        lines = wrap(self.f, "callout", block.text, self.w - 2 * pad - bar)
        lh = self.f.line_height("callout")
        height = len(lines) * lh + 2 * pad * 0.75
        fill, bar_color = (st.WARN_FILL, st.WARN_BAR) if block.tone == "warning" else (st.INFO_FILL, st.INFO_BAR)
        items: list[Item] = [
            Rect(self.x0, 0, self.w, height, fill=fill, radius=self.pt(3)),
            Rect(self.x0, 0, bar, height, fill=bar_color),
        ]
        for i, line in enumerate(lines):
            items.append(Text(self.x0 + bar + pad, pad * 0.75 + i * lh + self.f.ascent("callout"), line, "callout"))
        return [Row(height, items, space_before=self.pt(6), kind="callout")]

    def write_lines(self, block: WriteLines) -> list[Row]:
        """Ruled lines to write on (with an optional prompt)."""
        items: list[Item] = []
        y = 0.0
        if block.prompt:
            items.append(Text(self.x0, self.f.ascent("muted"), block.prompt, "muted"))
            y = self.f.line_height("muted")
        step = self.pt(24)
        for _ in range(block.count):
            y += step
            items.append(Line(self.x0, y, self.x0 + self.w, y, st.MUTED, self.pt(0.5)))
        return [Row(y + self.pt(4), items, space_before=self.pt(4), kind="write-lines")]

    def rows_for(self, block: Block, previous: Block | None) -> list[Row]:
        """The rows of any block (``previous`` decides the space before it)."""
        if isinstance(block, Heading):
            return self.heading(block)
        if isinstance(block, Paragraph):
            after_heading = isinstance(previous, Heading)
            return self.paragraph(block, space_before=self.pt(2) if after_heading else None)
        if isinstance(block, Fields):
            return self.fields(block)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Chart):
            return self.chart(block)
        if isinstance(block, Entry):
            return self.entry(block, first=not isinstance(previous, Entry))
        if isinstance(block, Callout):
            return self.callout(block)
        if isinstance(block, WriteLines):
            return self.write_lines(block)
        raise TypeError(type(block).__name__)


_CONTINUED = {"fi": "jatkuu", "sv": "fortsätter", "en": "continued"}


def _ticks(lo: float, hi: float) -> list[float]:
    span = hi - lo
    step: float
    for step in (1, 2, 5, 7, 10, 14, 20, 25, 50, 100, 200, 500, 1000):
        if span / step <= 5:
            break
    else:
        step = span / 5
    first = lo if (lo % step == 0 or step == 7) else (lo // step + 1) * step
    ticks = []
    value = first
    while value <= hi + 1e-9:
        ticks.append(value)
        value += step
    return ticks


def _fmt(value: float, lang: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang in ("fi", "sv") else text  # decimal comma in Finland


# ----- rows -> pages -------------------------------------------------------------------------------
def paginate(rows: list[Row], g: st.Geometry) -> list[Page]:
    """Rows placed on pages: rows kept together (keep_next) move to a new page as one; a table header repeats."""
    pages = [Page(1)]
    y = g.margin_top
    top = g.margin_top
    bottom = g.content_bottom

    def new_page() -> None:
        nonlocal y
        pages.append(Page(len(pages) + 1))
        y = top

    def place(row: Row) -> None:
        nonlocal y
        gap = row.space_before if y > top else 0.0
        if y + gap + row.height > bottom and y > top:
            new_page()
            gap = 0.0
            if row.repeat is not None:
                place(row.repeat)
        y += gap
        page = pages[-1]
        page.items.extend(shift(item, y) for item in row.items)
        page.kinds.append((row.kind, y))
        y += row.height

    i = 0
    while i < len(rows):
        j = i
        while rows[j].keep_next and j + 1 < len(rows):
            j += 1
        group = rows[i : j + 1]
        needed = sum(r.height + r.space_before for r in group) - group[0].space_before
        gap = group[0].space_before if y > top else 0.0
        if y > top and y + gap + needed > bottom and needed <= bottom - top:
            new_page()
            if group[0].repeat is not None:
                place(group[0].repeat)
        for row in group:
            place(row)
        i = j + 1
    return pages


def build_rows(doc: SummaryDoc, g: st.Geometry, fonts: Fonts, progress: Callable[[int, int], None] | None,
               skip: set[int] | None = None) -> list[Row]:
    """The rows of a whole document, block by block (``skip``: blocks left out)."""
    builder = RowBuilder(doc, g, fonts)
    rows = builder.title()
    previous: Block | None = None
    total = len(doc.blocks)
    for index, block in enumerate(doc.blocks):
        if skip and index in skip:
            continue
        rows += builder.rows_for(block, previous)
        previous = block
        if progress is not None and (index % 25 == 24 or index == total - 1):
            progress(index + 1, total)
    return rows


def layout(doc: SummaryDoc, progress: Callable[[int, int], None] | None = None) -> LaidOut:
    """Pages for ``doc``. A one-page document drops optional blocks, then shrinks, then cuts."""
    family = ensure_fonts()
    g = st.Geometry.for_paper(doc.paper)
    fonts = Fonts(family)
    pages = paginate(build_rows(doc, g, fonts, progress), g)
    if not doc.one_page or len(pages) <= 1:
        return LaidOut(doc, g, pages, family)
    skip: set[int] = set()
    for index in doc.optional:
        skip.add(index)
        pages = paginate(build_rows(doc, g, fonts, None, skip), g)
        if len(pages) <= 1:
            return LaidOut(doc, g, pages, family)
    for scale in (0.94, 0.88, 0.82):
        fonts = Fonts(family, scale)
        pages = paginate(build_rows(doc, g, fonts, None, skip), g)
        if len(pages) <= 1:
            return LaidOut(doc, g, pages, family, scale)
    return LaidOut(doc, g, pages[:1], family, fonts.scale, truncated=True)
