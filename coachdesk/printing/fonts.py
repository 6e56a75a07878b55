"""The bundled Noto Sans (SIL OFL 1.1, resources/fonts/OFL.txt) for summaries: full ä ö å coverage and
identical metrics on every machine. Falls back to DejaVu Sans when the files are missing."""

from __future__ import annotations

import threading

from coachdesk.paths import resources_dir

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
FALLBACK_FAMILY = "DejaVu Sans"
_lock = threading.Lock()
_family: str | None = None


def ensure_fonts() -> str:
    """Register the bundled fonts once (call on the GUI thread first); returns the family name."""
    global _family
    with _lock:
        if _family is not None:
            return _family
        from PySide6.QtGui import QFontDatabase

        family = None
        for name in FONT_FILES:
            path = resources_dir() / "fonts" / name
            if not path.is_file():
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else None)
        _family = family or FALLBACK_FAMILY
        return _family
