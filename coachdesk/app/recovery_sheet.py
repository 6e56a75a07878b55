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
    """Write the sheet as an A4 PDF: owner-only, atomically, never over a vault file (``outpath``)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    from coachdesk.fileio import write_private_atomic
    from coachdesk.outpath import check_output_path

    check_output_path(path, [vault_dir])
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle("CoachDesk recovery key")
    doc = document(recovery_key, vault_dir)
    doc.print_(writer)
    del writer
    buffer.close()
    return write_private_atomic(Path(path), bytes(data.data()), for_user=True, data_dirs=[vault_dir])


def print_sheet(parent, recovery_key: str, vault_dir: Path) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document(recovery_key, vault_dir).print_(printer)
    return True
