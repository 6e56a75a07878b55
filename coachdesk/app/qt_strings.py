"""Qt's own strings that the qtbase translations shipped with PySide6 lack (Qt changed the source
text, the .qm kept the old one): "&Look in:" in the file dialog reads English in a Finnish UI.

Never called: lupdate collects these into resources/translations/*.ts, and our translator then
answers where qtbase_<lang>.qm has nothing (Qt asks every installed translator).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _collected_by_lupdate() -> list[str]:  # pragma: no cover
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    ]
