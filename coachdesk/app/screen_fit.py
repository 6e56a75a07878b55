"""Window sizes that fit the screen: a small laptop (1366×768 at 125 %) has about 1093×614 pixels."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

MARGIN = 40  # the taskbar and the window frame


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, made smaller where the screen is smaller."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - MARGIN // 2)
        height = min(height, area.height() - MARGIN)
    widget.resize(width, height)
