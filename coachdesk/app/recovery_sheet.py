"""The recovery key sheet: printed or saved as PDF (A4) during first run and for a new key."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument


def sheet_html(recovery_key: str, vault_dir: Path) -> str:
    from coachdesk.domain.formatting import fi_date

    title = QCoreApplication.translate("RecoverySheet", "CoachDesk recovery key")
    body = QCoreApplication.translate(
        "RecoverySheet", "Keep this sheet somewhere safe, away from the computer. "
        "With this key you can open your vault if you forget the passphrase.")
    folder = QCoreApplication.translate("RecoverySheet", "Vault folder")
    created = QCoreApplication.translate("RecoverySheet", "Created")
    return (
        f"<h1>{html.escape(title)}</h1><p>{html.escape(body)}</p>"
        f"<p style='font-family: DejaVu Sans Mono, monospace; font-size: 20pt; margin: 24px 0'>"
        f"{html.escape(recovery_key)}</p>"
        f"<p>{html.escape(folder)}: {html.escape(str(vault_dir))}<br>"
        f"{html.escape(created)}: {fi_date(date.today())}</p>"
    )


def document(recovery_key: str, vault_dir: Path) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(sheet_html(recovery_key, vault_dir))
    return doc


def save_pdf(path: Path, recovery_key: str, vault_dir: Path) -> Path:
    """Write the sheet as an A4 PDF (owner-only permissions)."""
    import os

    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle("CoachDesk recovery key")
    doc = document(recovery_key, vault_dir)
    doc.print_(writer)
    del writer
    if os.name == "posix":
        os.chmod(path, 0o600)
    return Path(path)


def print_sheet(parent, recovery_key: str, vault_dir: Path) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document(recovery_key, vault_dir).print_(printer)
    return True
