"""Page geometry, type scale and colours of printed summaries.

Layout units are decipoints (1/720 inch): fonts use pixel sizes in these units, so metrics do not
depend on the screen, and a QPdfWriter at 720 dpi draws them 1:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk.export.summary_model import PaperSize

U = 10.0  # layout units per point

PAPER_POINTS = {PaperSize.A4: (595.28, 841.89), PaperSize.LETTER: (612.0, 792.0)}

ACCENT = "#1f5673"
ACCENT_LIGHT = "#dbe8ef"
INK = "#1d2329"
MUTED = "#5b6670"
RULE = "#c8d0d6"
PANEL = "#f3f6f8"
WARN_FILL = "#fff4e0"
WARN_BAR = "#d98a1c"
INFO_FILL = "#e9f2f7"
INFO_BAR = "#3c7ea3"


@dataclass(frozen=True)
class FontSpec:
    """One text style: size, weight, slant, colour and line height."""

    size: float  # points
    bold: bool = False
    italic: bool = False
    color: str = INK
    leading: float = 1.42  # line height as a multiple of the size


FONTS: dict[str, FontSpec] = {
    "title": FontSpec(19, bold=True, color=ACCENT, leading=1.25),
    "subtitle": FontSpec(9.5, color=MUTED),
    "h1": FontSpec(12.5, bold=True, color=ACCENT, leading=1.3),
    "h2": FontSpec(10, bold=True),
    "body": FontSpec(10),
    "lead": FontSpec(10.5, leading=1.45),
    "muted": FontSpec(10, italic=True, color=MUTED),
    "small": FontSpec(8, color=MUTED, leading=1.35),
    "label": FontSpec(7.5, bold=True, color=MUTED, leading=1.3),
    "value": FontSpec(10, bold=True, leading=1.35),
    "th": FontSpec(8.5, bold=True, color=MUTED, leading=1.3),
    "td": FontSpec(9.5, leading=1.38),
    "meta": FontSpec(8.5, color=MUTED, leading=1.3),
    "callout": FontSpec(9.5, leading=1.4),
    "chart": FontSpec(7.5, color=MUTED, leading=1.2),
    "chart_title": FontSpec(8.5, bold=True, leading=1.3),
    "running": FontSpec(8, color=MUTED, leading=1.2),
    "running_bold": FontSpec(8, bold=True, color=INK, leading=1.2),
}


@dataclass(frozen=True)
class Geometry:
    """A page in layout units."""

    width: float
    height: float
    margin_x: float = 54 * U
    margin_top: float = 66 * U
    margin_bottom: float = 62 * U

    @property
    def content_width(self) -> float:
        """The width between the side margins."""
        return self.width - 2 * self.margin_x

    @property
    def content_bottom(self) -> float:
        """Where the content area ends (above the bottom margin)."""
        return self.height - self.margin_bottom

    @property
    def content_height(self) -> float:
        """The height of the content area."""
        return self.content_bottom - self.margin_top

    @classmethod
    def for_paper(cls, paper: PaperSize) -> Geometry:
        """The geometry of a paper size, in layout units."""
        w, h = PAPER_POINTS[PaperSize(paper)]
        return cls(w * U, h * U)
