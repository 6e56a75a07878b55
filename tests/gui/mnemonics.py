"""Walk a window's widgets the way the keyboard sees them: Alt+letter mnemonics per scope (a tab or
stacked page is its own scope, on top of what is around it), and names for every action and button."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).casefold() if m else None


def _own(widget: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of the mnemonics a widget itself carries."""
    out = []
    texts = []
    labelled = isinstance(widget, QLabel) and widget.buddy() is not None and not widget.buddy().isHidden()
    if isinstance(widget, QAbstractButton) or labelled:
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox) and widget.isCheckable():
        texts.append(widget.title())
    for text in texts:
        letter = mnemonic(text)
        if letter:
            out.append((letter, text))
    return out


def scopes(root: QWidget) -> list[list[tuple[str, str]]]:
    """Every set of mnemonics that can be on screen at once under ``root``."""
    base: list[tuple[str, str]] = []
    nested: list[list[list[tuple[str, str]]]] = []

    def walk(widget: QWidget) -> None:
        for child in widget.findChildren(QWidget, options=_direct()):
            if child.isHidden() or child.isWindow():
                continue
            base.extend(_own(child))
            if isinstance(child, QTabWidget):
                for i in range(child.count()):
                    letter = mnemonic(child.tabText(i))
                    if letter and child.isTabVisible(i):
                        base.append((letter, child.tabText(i)))
                nested.append([s for i in range(child.count()) for s in scopes(child.widget(i))])
            elif isinstance(child, QStackedWidget):
                nested.append([s for i in range(child.count()) for s in scopes(child.widget(i))])
            else:
                walk(child)

    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                base.append((letter, action.text()))
    walk(root)
    result = [list(base)]
    for group in nested:
        result = [r + s for r in result for s in (group or [[]])]
        if len(result) > 500:  # enough combinations to tell
            result = result[:500]
    return result


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def clashes(root: QWidget) -> list[str]:
    found = set()
    for scope in scopes(root):
        seen: dict[str, str] = {}
        for letter, text in scope:
            if letter in seen and seen[letter] != text:
                found.add(f"Alt+{letter.upper()}: {seen[letter]!r} / {text!r}")
            elif letter in seen:
                found.add(f"Alt+{letter.upper()}: {text!r} twice")
            seen[letter] = text
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            seen = {}
            for action in menu.actions():
                letter = mnemonic(action.text())
                if letter and action.isVisible():
                    if letter in seen:
                        found.add(f"menu {menu.title()!r} Alt+{letter.upper()}: {seen[letter]!r} / {action.text()!r}")
                    seen[letter] = action.text()
    return sorted(found)


def unnamed(root: QWidget) -> list[str]:
    """Buttons and actions a screen reader could not name (no text, no accessible name, no tooltip)."""
    out = []
    for button in root.findChildren(QAbstractButton):
        if not (button.text().strip() or button.accessibleName().strip() or button.toolTip().strip()):
            if button.isHidden() or button.objectName().startswith("qt_"):
                continue
            out.append(f"{type(button).__name__} {button.objectName()!r} in {type(button.parent()).__name__}")
    actions = list(root.actions())
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            actions += menu.actions()
    for action in actions:
        if action.isSeparator() or action.objectName().startswith("_q_"):
            continue
        if not (action.text().strip() or action.toolTip().strip()):
            out.append(f"action {action.objectName()!r} ({action.shortcut().toString()})")
    return out
