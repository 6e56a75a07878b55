"""Settings: one dialog built from the page registry (:mod:`coachdesk.app.settings_pages`). Every
page is validated before any is saved; the first problem is shown on its page. The General, Security
and Data pages live here; other features' pages register themselves in their own modules, which
:func:`page_classes` imports."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app import kdf
from coachdesk.app.core_errors import translate_error
from coachdesk.app.forms.ui_settings_dialog import Ui_SettingsDialog
from coachdesk.app.i18n import LANGUAGE_NAMES
from coachdesk.app.settings_pages import SettingsPage, register_page, registered_pages, space_form
from coachdesk.app.workers import run_in_thread
from coachdesk.vault.strength import acceptable

log = logging.getLogger(__name__)
__all__ = ["DataPage", "GeneralPage", "SecurityPage", "SettingsDialog", "SettingsPage", "page_classes"]



@register_page
class GeneralPage(SettingsPage):
    page_id, order = "general", 10

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.language.setAccessibleName(self.tr("Language"))
        self.theme.setAccessibleName(self.tr("Theme"))
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Theme"), self.theme)

    def title(self) -> str:
        return self.tr("General")

    def load(self) -> None:
        from coachdesk.app.i18n import current_language

        prefs = self.controller.prefs
        self.language.setCurrentIndex(max(self.language.findData(prefs.language or current_language()), 0))
        self.theme.setCurrentIndex(max(self.theme.findData(prefs.theme), 0))

    def save(self) -> None:
        prefs = self.controller.prefs
        prefs.language = self.language.currentData()
        prefs.theme = self.theme.currentData()


@register_page
class SecurityPage(SettingsPage):
    page_id, order = "security", 20

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        form = QFormLayout(self)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.clipboard = QSpinBox()
        self.clipboard.setRange(0, 300)
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setSpecialValueText(self.tr("Never"))
        self.clipboard.setAccessibleName(self.tr("Clear copied text after seconds"))
        self.quick = QCheckBox(self.tr("Quick unlock through the system keychain"))
        form.addRow(self.tr("&Lock after"), self.auto_lock)
        form.addRow(self.tr("&Clear clipboard after"), self.clipboard)
        form.addRow(self.quick)
        buttons = QHBoxLayout()
        self.change_button = QPushButton(self.tr("Change &passphrase…"))
        self.recovery_button = QPushButton(self.tr("New &recovery key…"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)

    def title(self) -> str:
        return self.tr("Security")

    def load(self) -> None:
        prefs = self.controller.prefs
        self.auto_lock.setValue(prefs.auto_lock_minutes)
        self.clipboard.setValue(prefs.clipboard_clear_seconds)
        self.quick.setChecked(prefs.quick_unlock)

    def save(self) -> None:
        prefs = self.controller.prefs
        prefs.auto_lock_minutes = self.auto_lock.value()
        prefs.clipboard_clear_seconds = self.clipboard.value()
        want = self.quick.isChecked()
        if want != prefs.quick_unlock:
            prefs.quick_unlock = want
            vault = self.controller.session.vault
            if vault is not None:
                vault_id, key = vault.header.vault_id, vault.data_key
                run_in_thread(lambda: _set_quick_unlock(vault_id, key, want), None, self._keychain_failed)

    def _keychain_failed(self, err: BaseException) -> None:
        self.controller.prefs.quick_unlock = False
        QMessageBox.warning(self.window(), self.tr("CoachDesk"), translate_error(err))

    def change_passphrase(self) -> None:
        ChangePassphraseDialog(self.controller.session, self).open()

    def new_recovery_key(self) -> None:
        """A new recovery key rotates the data key too, so the current passphrase is asked for."""
        from PySide6.QtWidgets import QInputDialog

        answer = QMessageBox.question(
            self, self.tr("CoachDesk — New recovery key"),
            self.tr("Create a new recovery key? The old one stops working at once."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("CoachDesk — New recovery key"),
                                              self.tr("Current passphrase:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        vault = self.controller.session.vault
        self.recovery_button.setEnabled(False)
        self.message.setText(self.tr("Re-encrypting the vault with a new key…"))
        run_in_thread(lambda: vault.replace_recovery_key(passphrase), self._recovery_done, self._recovery_failed)

    def _recovery_done(self, rotated) -> None:
        from coachdesk.app.rekey_ui import after_rotation

        self.recovery_button.setEnabled(True)
        self.message.clear()
        after_rotation(self, self.controller.session.vault, rotated)

    def _recovery_failed(self, err: BaseException) -> None:
        from coachdesk.errors import WrongPassphrase

        self.recovery_button.setEnabled(True)
        self.message.setText(self.tr("The current passphrase is wrong.") if isinstance(err, WrongPassphrase)
                             else str(err))


def _set_quick_unlock(vault_id: str, key: bytes, on: bool) -> None:
    from coachdesk.vault import keychain

    if on:
        keychain.store_key(vault_id, key)
    else:
        keychain.forget_key(vault_id)


@register_page
class DataPage(SettingsPage):
    page_id, order = "data", 30

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Data folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&Data folder"))
        label.setBuddy(self.folder)
        layout.addWidget(label)
        layout.addLayout(row)
        hint = QLabel(self.tr("The vault in this folder opens at the next start. The current vault: %1")
                      .replace("%1", str(controller.session.data_dir)))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addSpacing(12)
        retention_label = QLabel(self.tr("&Keep closed cases for"))
        self.retention = QSpinBox()
        self.retention.setRange(1, 120)
        self.retention.setSuffix(self.tr(" months after closing"))
        self.retention.setAccessibleName(self.tr("Keep closed cases for months after closing"))
        retention_label.setBuddy(self.retention)
        retention_row = QHBoxLayout()
        retention_row.addWidget(retention_label)
        retention_row.addWidget(self.retention)
        retention_row.addStretch(1)
        layout.addLayout(retention_row)
        retention_hint = QLabel(self.tr("After that CoachDesk reminds you; a case is deleted only when you "
                                        "confirm. The default is 12 months."))
        retention_hint.setObjectName("hint")
        retention_hint.setWordWrap(True)
        layout.addWidget(retention_hint)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Data")

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.folder.text())
        if path:
            self.folder.setText(path)

    def load(self) -> None:
        from coachdesk.services.safety import retention_months

        self.folder.setText(self.controller.prefs.data_dir or str(self.controller.session.data_dir))
        vault = self.controller.session.vault
        self.retention.setValue(retention_months(vault) if vault is not None else 12)
        self._retention_loaded = self.retention.value()

    def validate(self) -> str | None:
        text = self.folder.text().strip()
        if text and Path(text).exists() and not Path(text).is_dir():
            return self.tr("The data folder must be a folder.")
        return None

    def save(self) -> None:
        text = self.folder.text().strip()
        if text != str(self.controller.session.data_dir) or self.controller.prefs.data_dir:
            self.controller.prefs.data_dir = text
        vault = self.controller.session.vault
        if vault is not None and self.retention.value() != self._retention_loaded:
            from coachdesk.services.safety import set_retention_months

            set_retention_months(vault, self.retention.value())  # inside the vault


def page_classes() -> list[type[SettingsPage]]:
    """Every registered page, in order. The modules of other features' pages are imported here:
    importing registers them."""
    from coachdesk.app import vocabulary_page  # noqa: F401 (it registers)
    from coachdesk.app.compose import channels_page, colleagues_page  # noqa: F401 (they register)

    return registered_pages()


class SettingsDialog(QDialog):
    """Emits ``applied`` (and the hub's ``changed({"settings"})``) after every page saved."""

    applied = Signal()

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.pages: list[SettingsPage] = []
        for cls in page_classes():
            self.add_page(cls(controller))
        self.ui.pageList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.pageList.setMinimumWidth(170)
        self.ui.pageList.currentRowChanged.connect(self.ui.pageStack.setCurrentIndex)
        self.ui.pageList.setCurrentRow(0)
        from coachdesk.app.screen_fit import resize_to_fit

        resize_to_fit(self, max(self.width(), 900), max(self.height(), 580))  # room for the channel and colleague forms
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def add_page(self, page: SettingsPage) -> None:
        for form in page.findChildren(QFormLayout):  # the page's own and a list-and-form page's
            space_form(form, page)  # labels a little apart from their fields
        page.load()
        self.pages.append(page)
        self.ui.pageList.addItem(page.title())
        self.ui.pageStack.addWidget(page)

    def page(self, cls: type) -> SettingsPage:
        return next(p for p in self.pages if isinstance(p, cls))

    def validate(self) -> bool:
        """Every page is asked; the first problem is shown on its page."""
        problems = [(index, page.validate()) for index, page in enumerate(self.pages)]
        first = next(((index, text) for index, text in problems if text), None)
        if first is None:
            self.ui.messageLabel.clear()
            return True
        self.ui.pageList.setCurrentRow(first[0])
        self.ui.messageLabel.setText(first[1])
        return False

    def accept(self) -> None:
        from coachdesk.app.operations import notify

        if not self.validate():
            return
        for page in self.pages:
            page.save()
        self.controller.prefs.sync()
        notify({"settings"})
        self.applied.emit()
        super().accept()


class ChangePassphraseDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("CoachDesk — Change passphrase"))
        form = QFormLayout(self)
        self.old, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, text in ((self.old, self.tr("&Current passphrase")), (self.new, self.tr("&New passphrase")),
                           (self.again, self.tr("&Again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(text.replace("&", ""))
            form.addRow(text, edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def submit(self) -> None:
        old, new = self.old.text(), self.new.text()
        if new != self.again.text():
            self.message.setText(self.tr("The two new passphrases differ."))
            return
        if not acceptable(new):
            self.message.setText(self.tr("The new passphrase is too weak: add a word or two."))
            return
        vault, params = self.session.vault, kdf.params()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Re-encrypting the vault with a new key…"))
        run_in_thread(lambda: vault.change_passphrase(old, new, kdf=params), self._done, self._failed)

    def _done(self, rotated) -> None:
        """Changed: the data key was rotated; follow up on a new recovery key and older backups."""
        from coachdesk.app.rekey_ui import after_rotation

        self.followup = after_rotation(self.parentWidget() or self, self.session.vault, rotated)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        from coachdesk.errors import WrongPassphrase

        self.buttons.setEnabled(True)
        self.message.setText(self.tr("The current passphrase is wrong.") if isinstance(err, WrongPassphrase)
                             else translate_error(err))
