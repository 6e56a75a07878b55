"""After a key rotation (passphrase change, new recovery key): show a recovery key issued for an
old header (:class:`RecoveryKeyDialog`, also used by Settings), and ask what to do with backups in
the data folder made with the old key (they keep opening with the old passphrase and recovery key):
re-encrypt with the new key, delete, or keep."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.workers import run_in_thread


class _Texts(QObject):
    """Translatable texts (this module has no widget class of its own)."""

    def backups(self, count: int) -> str:
        return self.tr(
            "The vault is now encrypted with a new key. %n backup(s) in the data folder were made with the "
            "old key: they still open with the old passphrase and recovery key. Backups you saved elsewhere "
            "do too.", "", count)

    def reencrypt(self) -> str:
        return self.tr("&Re-encrypt with the new key")

    def delete(self) -> str:
        return self.tr("&Delete them")

    def keep(self) -> str:
        return self.tr("&Keep them as they are")

    def done(self, reencrypted: int, deleted: int, kept: int) -> str:
        return self.tr("Re-encrypted: %1, deleted: %2, kept: %3.").replace("%1", str(reencrypted)).replace(
            "%2", str(deleted)).replace("%3", str(kept))

    def title(self) -> str:
        return self.tr("CoachDesk — Older backups")


def backups_question(parent: QWidget, count: int) -> tuple[QMessageBox, dict]:
    """The question about ``count`` backups made with the old key: (box, button -> choice)."""
    texts = _Texts()
    box = QMessageBox(QMessageBox.Icon.Question, texts.title(), texts.backups(count),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("oldBackupsBox")
    choices = {
        box.addButton(texts.reencrypt(), QMessageBox.ButtonRole.AcceptRole): "reencrypt",
        box.addButton(texts.delete(), QMessageBox.ButtonRole.DestructiveRole): "delete",
        box.addButton(texts.keep(), QMessageBox.ButtonRole.RejectRole): "keep",
    }
    box.setEscapeButton(next(b for b, c in choices.items() if c == "keep"))
    return box, choices


def after_rotation(parent: QWidget, vault, rotated) -> QMessageBox | None:
    """Follow-up of a rotation on the UI thread; returns the backups question when one is shown."""
    from coachdesk.vault import keys, old_backups

    if rotated.issued_recovery_key:
        RecoveryKeyDialog(rotated.issued_recovery_key, vault.paths.root, parent).open()
    found = old_backups.find(vault, rotated.old_key_check)
    if not found:
        keys.wipe(rotated.old_key)
        return None
    texts = _Texts()
    box, choices = backups_question(parent, len(found))

    def chosen(button) -> None:
        choice = choices.get(button, "keep")

        def work():
            try:
                return old_backups.apply(vault, found, choice, rotated.old_key)
            finally:
                keys.wipe(rotated.old_key)

        def report(done: dict) -> None:
            _tell(parent, texts.title(), texts.done(done["reencrypted"], done["deleted"], done["kept"] + done["failed"]))

        def failed(err: BaseException) -> None:
            _tell(parent, texts.title(), str(err), QMessageBox.Icon.Warning)

        run_in_thread(work, report, failed)

    box.buttonClicked.connect(chosen)
    box.open()
    return box


def _tell(parent: QWidget, title: str, text: str, icon=QMessageBox.Icon.Information) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("oldBackupsDone")
    box.open()


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with print and save-as-PDF."""

    def __init__(self, key: str, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.vault_dir = key, vault_dir
        self.setWindowTitle(self.tr("CoachDesk — New recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your new recovery key. It is shown only now: print it or save it as a PDF."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(key)
        label.setObjectName("recoveryKeyLabel")
        label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(label)
        row = QHBoxLayout()
        print_button = QPushButton(self.tr("&Print…"))
        pdf_button = QPushButton(self.tr("Save as P&DF…"))
        print_button.clicked.connect(self._print)
        pdf_button.clicked.connect(self._pdf)
        row.addWidget(print_button)
        row.addWidget(pdf_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.stored = QCheckBox(self.tr("I have &stored the recovery key safely"))
        layout.addWidget(self.stored)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.stored.toggled.connect(self.close_button.setEnabled)
        layout.addWidget(buttons)

    def _print(self) -> None:
        from coachdesk.app.recovery_sheet import print_sheet

        print_sheet(self, self.key, self.vault_dir)

    def _pdf(self) -> None:
        from coachdesk.app.recovery_sheet import save_pdf

        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key as PDF"),
                                               str(Path.home() / "CoachDesk-recovery-key.pdf"),
                                               self.tr("PDF files (*.pdf)"))
        if path:
            from coachdesk.errors import CoachDeskError

            try:
                save_pdf(Path(path), self.key, self.vault_dir)
            except CoachDeskError as err:  # e.g. a file of the vault: one clear line, nothing written
                QMessageBox.warning(self, self.tr("Save the recovery key as PDF"), str(err))
