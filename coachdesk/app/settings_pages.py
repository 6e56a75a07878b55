"""The settings page contract and registry (after Picard's options pages).

A page is a :class:`SettingsPage` with a ``page_id``, an ``order`` and a translated ``title()``;
``load()`` fills it, ``validate()`` returns a translated message or None, ``save()`` stores it. A
page module registers its pages when it is imported (``@register_page``); the Settings dialog
imports the page modules and builds itself from :func:`registered_pages`. This module imports no
page and no dialog, so a page module never needs the dialog (no import cycle).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QStyle, QWidget

LABEL_GAP = 14  # px between a form's labels and their fields on every settings page


def space_form(form: QFormLayout, owner: QWidget) -> None:
    """Set a form's label gap to :data:`LABEL_GAP`. Once the form's two spacings differ, a row
    layout inside it (buttons side by side) would inherit no spacing at all and its widgets would
    touch: each such row gets the style's own spacing."""
    form.setHorizontalSpacing(LABEL_GAP)
    gap = owner.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, owner)
    for child in form.findChildren(QBoxLayout):
        if child.spacing() < 0:
            child.setSpacing(max(gap, 6))


class SettingsPage(QWidget):
    """Base of every settings page. Built as ``cls(controller)``."""

    page_id: ClassVar[str] = ""
    order: ClassVar[int] = 100

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller

    def title(self) -> str:
        """The page's name in the list (translated)."""
        raise NotImplementedError

    def load(self) -> None:
        """Fill the widgets from the current settings."""

    def validate(self) -> str | None:
        """A translated message when the page cannot be saved as it is, else None."""
        return None

    def save(self) -> None:
        """Store the widgets' values (called only after every page validated)."""


_PAGES: dict[str, type[SettingsPage]] = {}


def register_page(cls: type[SettingsPage]) -> type[SettingsPage]:
    """Class decorator: add a page to the Settings dialog (one class per ``page_id``)."""
    if not cls.page_id:
        raise ValueError(f"{cls.__name__} has no page_id")
    known = _PAGES.get(cls.page_id)
    if known is not None and known.__qualname__ != cls.__qualname__:
        raise ValueError(f"page id {cls.page_id!r} is taken by {known.__qualname__}")
    _PAGES[cls.page_id] = cls
    return cls


def unregister_page(page_id: str) -> None:
    """Remove a page (tests that register one of their own)."""
    _PAGES.pop(page_id, None)


def registered_pages() -> list[type[SettingsPage]]:
    """The registered page classes in their order."""
    return sorted(_PAGES.values(), key=lambda cls: (cls.order, cls.page_id))
