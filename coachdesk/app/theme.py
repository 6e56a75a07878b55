"""Look: Fusion style, a calm light or dark palette (following the system by default), the QSS.

At start-up the system's light/dark choice comes from the value remembered last time
(``Prefs.system_dark``): asking Qt builds its large ``Qt`` namespace (~16 ms) before the lock screen
could paint. Right after the first paint ``confirm_system_scheme`` asks Qt and corrects the look if
the system changed in between.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from coachdesk.paths import resources_dir

THEMES = ("system", "light", "dark")

_LIGHT = {
    "window": "#f4f5f2", "base": "#ffffff", "alt": "#f7f8f5", "text": "#1f2623", "button": "#fbfbf9",
    "mid": "#cfd5cf", "highlight": "#2f6f62", "htext": "#ffffff", "link": "#2a6a8c", "placeholder": "#6b746f",
    "tooltip": "#ffffff",
}
_DARK = {
    "window": "#1d2120", "base": "#252a28", "alt": "#2a302e", "text": "#e3e8e5", "button": "#2c3230",
    "mid": "#48514d", "highlight": "#5fae9c", "htext": "#0e1412", "link": "#8cc4e0", "placeholder": "#98a29d",
    "tooltip": "#2c3230",
}


def palette_for(dark: bool) -> QPalette:
    c = {k: QColor(v) for k, v in (_DARK if dark else _LIGHT).items()}
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"), (role.Base, "base"), (role.AlternateBase, "alt"), (role.Text, "text"),
        (role.WindowText, "text"), (role.ButtonText, "text"), (role.Button, "button"), (role.Mid, "mid"),
        (role.Highlight, "highlight"), (role.HighlightedText, "htext"), (role.Link, "link"),
        (role.PlaceholderText, "placeholder"), (role.ToolTipBase, "tooltip"), (role.ToolTipText, "text"),
    ):
        pal.setColor(r, c[key])
    pal.setColor(role.Dark, c["mid"].darker(130))
    pal.setColor(role.Light, c["base"].lighter(110))
    pal.setColor(role.Midlight, c["mid"].lighter(110))
    pal.setColor(role.Shadow, QColor("#000000"))
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, c["placeholder"])
    return pal


def system_is_dark() -> bool:
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(theme: str, system_dark: bool | None = None) -> bool:
    """Dark for "dark", and for "system" when the system is dark (``system_dark`` if known)."""
    if theme != "system":
        return theme == "dark"
    return system_is_dark() if system_dark is None else system_dark


def apply_theme(app: QApplication, theme: str = "system", *, system_dark: bool | None = None) -> None:
    """Set the style, palette and stylesheet; call again when the preference changes."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette_for(is_dark(theme, system_dark)))
    qss = resources_dir() / "styles" / "base.qss"
    app.setStyleSheet(qss.read_text(encoding="utf-8") if qss.exists() else "")


def confirm_system_scheme(app: QApplication, prefs) -> None:
    """Ask the system whether it is dark, remember it, and re-apply the look if the remembered value
    used at start-up was wrong."""
    actual = system_is_dark()
    remembered = prefs.system_dark
    if actual == remembered:
        return
    prefs.system_dark = actual
    if prefs.theme == "system" and remembered is not None:
        apply_theme(app, "system", system_dark=actual)


def highlight_colors(dark: bool) -> tuple[QColor, QColor]:
    """(background, underline) for identifying details in the note editor."""
    return (QColor("#5a4516"), QColor("#e0b44c")) if dark else (QColor("#fff0c7"), QColor("#b7791f"))
