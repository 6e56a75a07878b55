"""The printable summary as plain data: a flat list of blocks that a renderer lays out on pages.

Every string in a document is final printed text: it has already been through the privacy filter
of its mode. Renderers draw strings as text only (never as markup).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Mode(StrEnum):
    """Who a summary is for, and so how much is scrubbed."""

    PRIVATE = "private"  # the coach's own copy (identifying details still masked)
    SCRUBBED = "scrubbed"  # handover / supervision: every text through the scrubber
    BRIEF = "brief"  # one A4 page in the group-consultation format, scrubbed


class PaperSize(StrEnum):
    """The paper a summary is laid out on."""

    A4 = "A4"
    LETTER = "Letter"


@dataclass(frozen=True)
class Heading:
    """A heading of a summary."""

    text: str
    level: int = 1  # 1 = section, 2 = sub-heading


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of plain text in a style."""

    text: str
    style: str = "body"  # body | lead | muted | small | bullet
    label: str = ""  # printed bold before the text ("Analyysi: ...")


@dataclass(frozen=True)
class Fields:
    """Label/value pairs shown as a compact grid (the case header)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty
    align: tuple[str, ...] = ()  # "l" | "r" | "c" per column


@dataclass(frozen=True)
class Series:
    """The dated values of one measure."""

    name: str
    points: tuple[tuple[date, float], ...]
    range: tuple[float, float] | None = None  # the scale's fixed range (WAS 0-10, WAI 7-49)


@dataclass(frozen=True)
class Chart:
    """A line chart of measure series."""

    series: tuple[Series, ...]


@dataclass(frozen=True)
class Entry:
    """A dated item (session note, reflection, request): a title line and its paragraphs."""

    title: str
    meta: str = ""
    paragraphs: tuple[Paragraph, ...] = ()


@dataclass(frozen=True)
class Callout:
    """A boxed remark (a warning or a note)."""

    text: str
    tone: str = "warning"  # warning | info


@dataclass(frozen=True)
class WriteLines:
    """Ruled lines to write on by hand (the brief's question when none was given)."""

    count: int = 4
    prompt: str = ""


Block = Heading | Paragraph | Fields | Table | Chart | Entry | Callout | WriteLines


@dataclass
class SummaryDoc:
    """A summary document: its header fields and blocks, ready for layout."""

    case_code: str
    title: str
    subtitle: str
    mode: Mode
    lang: str
    printed: date
    paper: PaperSize = PaperSize.A4
    header_left: str = ""
    footer_left: str = ""
    footer_date: str = ""
    one_page: bool = False  # brief: must fit one page (the renderer shortens optional blocks)
    blocks: list[Block] = field(default_factory=list)
    optional: list[int] = field(default_factory=list)  # blocks a one-page render may drop, in drop order

    def texts(self) -> Iterator[str]:
        """Every printed string (for privacy checks and tests)."""
        yield from (self.case_code, self.title, self.subtitle, self.header_left, self.footer_left, self.footer_date)
        for block in self.blocks:
            yield from block_texts(block)


def block_texts(block: Block) -> Iterator[str]:
    """Every text a block shows (for the final privacy check)."""
    if isinstance(block, Heading | Callout):
        yield block.text
    elif isinstance(block, Paragraph):
        yield block.label
        yield block.text
    elif isinstance(block, Fields):
        for label, value in block.rows:
            yield label
            yield value
    elif isinstance(block, Table):
        yield from block.columns
        for row in block.rows:
            yield from row
    elif isinstance(block, Chart):
        for series in block.series:
            yield series.name
    elif isinstance(block, Entry):
        yield block.title
        yield block.meta
        for para in block.paragraphs:
            yield para.label
            yield para.text
    elif isinstance(block, WriteLines):
        yield block.prompt
