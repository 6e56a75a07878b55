"""The vault is damaged: say so calmly, list the automatic backups, offer to restore the newest into
a NEW folder beside it (the damaged file is never overwritten), or copy the error and quit."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.formatting import fi_date

log = logging.getLogger(__name__)


class DamagedDialog(QDialog):
    """``restore_newest()`` opens the restore dialog for the chosen (newest) backup."""

    def __init__(self, controller, folder: Path, detail: str, parent: QWidget | None = None) -> None:
        from coachdesk.vault.backup import newest_backups

        super().__init__(parent)
        self.controller = controller
        self.folder = Path(folder)
        self.detail = detail
        self.backups = newest_backups(self.folder)
        self.restore_dialog = None
        log.error("vault damaged: %s", detail)  # an error message, never content
        self.setWindowTitle(self.tr("CoachDesk — The vault needs attention"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = QLabel(self.tr("Your vault could not be read correctly"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        text = QLabel(self.tr(
            "Part of the vault file is damaged, perhaps by a disk or power problem. CoachDesk has not "
            "changed it and will not write over it.\n\nYou can restore an automatic backup into a new "
            "folder next to it. Notes written after that backup are not in it; the damaged vault stays "
            "where it is, so nothing is lost for good."))
        text.setWordWrap(True)
        self.explanation = text
        layout.addWidget(text)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Automatic backups, newest first"))
        for path in self.backups:
            stamp = datetime.fromtimestamp(path.stat().st_mtime)
            item = QListWidgetItem(f"{fi_date(stamp.date())} {stamp:%H.%M}  ·  {path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        if self.backups:
            self.list.setCurrentRow(0)
            rows = min(max(len(self.backups), 2), 7)
            self.list.setMaximumHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)
            heading = QLabel(self.tr("Automatic backups (newest first):"))
            layout.addWidget(heading)
            layout.addWidget(self.list)
        else:
            self.list.hide()
            none = QLabel(self.tr("There are no automatic backups in this folder. If you saved a backup "
                                  "elsewhere, use Restore from a backup and choose it."))
            none.setWordWrap(True)
            none.setObjectName("hint")
            layout.addWidget(none)
        where = QLabel(self.tr("Damaged vault: %1").replace("%1", str(self.folder)))
        where.setObjectName("hint")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore the newest backup…") if self.backups else self.tr("&Restore from a backup…"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button = self.buttons.addButton(self.tr("&Copy error and quit"),
                                                  QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_newest)
        self.copy_button.clicked.connect(self.copy_error_and_quit)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen_backup(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def restore_newest(self):
        """The restore dialog, into a new folder beside the damaged one (never over it)."""
        from coachdesk.app.restore_dialog import RestoreDialog

        self.restore_dialog = RestoreDialog(self.controller, current=self.folder, backup=self.chosen_backup(),
                                            allow_replace=False, parent=self)
        self.restore_dialog.restored.connect(self._restored)
        self.restore_dialog.open()
        return self.restore_dialog

    def _restored(self, target: Path) -> None:
        self.accept()
        self.controller.switch_to(target, self.tr("Restored into a new folder. Unlock it with the backup's passphrase."))

    def error_text(self) -> str:
        return f"CoachDesk: {self.detail}\n{self.tr('Vault folder')}: {self.folder}"

    def copy_error_and_quit(self) -> None:
        from coachdesk.app import clipboard

        clipboard.copy(self.error_text(), private=False)  # an error message, no client content
        self.accept()
        app = QApplication.instance()
        if app is not None and not getattr(self.controller, "no_quit", False):
            app.quit()
