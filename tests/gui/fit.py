"""Find text a window cuts off: a one-line label narrower than its text, a line edit narrower than its
placeholder. Widths are measured without kerning: Qt paints a mnemonic's underlined letter apart from
its neighbours (no kerning across it), so an unkerned width is what such a label may really need."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText lives in QtGui
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QStyleOptionFrame, QWidget

LINE_EDIT_MARGIN = 2  # QLineEditPrivate::horizontalMargin, each side of the text


def _unkerned_width(widget: QWidget, text: str) -> float:
    font = QFont(widget.font())
    font.setKerning(False)
    return QFontMetricsF(font).horizontalAdvance(text)


def _shown(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def label_cut(label: QLabel) -> str | None:
    """The label's text if one line of it does not fit the label's width."""
    text = label.text()
    if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text):
        return None
    shown = _shown(text) if label.buddy() is not None else text
    room = label.contentsRect().width() - 2 * label.margin() - label.indent() * (label.indent() > 0)
    widest = max(_unkerned_width(label, line) for line in shown.split("\n"))
    return text if widest > room + 0.5 else None


def placeholder_cut(edit: QLineEdit) -> str | None:
    """The placeholder if the empty line edit cannot show it whole."""
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    return text if _unkerned_width(edit, text) > room + 0.5 else None


def cut_texts(window: QWidget) -> list[str]:
    """Every visible label or placeholder under ``window`` that is cut off, as 'ClassName: text'."""
    cut = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and (text := label_cut(label)):
            cut.append(f"label: {text!r} ({label.width()} px)")
    for edit in window.findChildren(QLineEdit):
        if edit.isVisible() and (text := placeholder_cut(edit)):
            cut.append(f"placeholder: {text!r} ({edit.width()} px)")
    return cut
