"""First run: language, passphrase with strength feedback, the recovery key shown once (print /
save as PDF / confirm stored), optional quick unlock and an optional team setup file (channels and
colleagues from the team lead); or "Try with sample cases" (the demo vault)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from coachdesk.app import kdf
from coachdesk.app.forms.ui_first_run import Ui_FirstRun
from coachdesk.app.i18n import notifier
from coachdesk.app.workers import run_in_thread
from coachdesk.vault.strength import MIN_SCORE, estimate

log = logging.getLogger(__name__)
PAGE_WELCOME, PAGE_PASSPHRASE, PAGE_RECOVERY, PAGE_QUICK = range(4)


def _create(folder: Path, passphrase: str, kdf_params):
    from coachdesk.vault.vault import Vault

    return Vault.create(folder, passphrase, kdf=kdf_params)


def _store_key(vault_id: str, key: bytes) -> None:
    from coachdesk.vault import keychain

    keychain.store_key(vault_id, key)


class FirstRun(QWidget):
    """Signals: ``language_chosen(lang)``, ``demo_requested``, ``finished(vault, quick_unlock)``."""

    language_chosen = Signal(str)
    demo_requested = Signal()
    finished = Signal(object, bool)

    def __init__(self, data_dir: Path, *, language: str = "fi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.vault = None
        self.recovery_key = ""
        self.busy = False
        self.ui = Ui_FirstRun()
        self.ui.setupUi(self)
        self.ui.outer.setContentsMargins(28, 22, 28, 20)
        self.ui.englishRadio.setChecked(language == "en")
        self.ui.finnishRadio.setChecked(language != "en")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.ui.recoveryKeyLabel.setFont(font)
        self.ui.finnishRadio.toggled.connect(self._language_toggled)
        self.ui.demoButton.clicked.connect(self.demo_requested)
        self.ui.nextButton.clicked.connect(self.next)
        self.ui.backButton.clicked.connect(self.back)
        self.ui.newEdit.textChanged.connect(self._update_strength)
        self.ui.confirmEdit.textChanged.connect(self._update_nav)
        self.ui.storedCheck.toggled.connect(self._update_nav)
        self.ui.printButton.clicked.connect(self.print_key)
        self.ui.pdfButton.clicked.connect(self.ask_save_pdf)
        # optional last step: the team lead's setup file (channels, colleagues), after the vault exists
        self.team_hint = QLabel(self.ui.quickPage)
        self.team_hint.setWordWrap(True)
        self.team_button = QPushButton(self.ui.quickPage)
        self.team_button.clicked.connect(self.import_team)
        at = self.ui.quickLayout.indexOf(self.ui.quickMessage) + 1
        self.ui.quickLayout.insertWidget(at, self.team_hint)
        self.ui.quickLayout.insertWidget(at + 1, self.team_button)
        self.ui.pages.setCurrentIndex(PAGE_WELCOME)
        self._retranslate()
        notifier().changed.connect(self._retranslate)

    # ----- texts -----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.team_hint.setText(self.tr("Did your team lead give you a team setup file? Import it to get the "
                                       "team's channels and colleagues (optional; also later in Settings)."))
        self.team_button.setText(self.tr("Import &team setup…"))
        self._update_strength()
        self._update_nav()


    def _language_toggled(self) -> None:
        self.language_chosen.emit("fi" if self.ui.finnishRadio.isChecked() else "en")

    def language(self) -> str:
        return "fi" if self.ui.finnishRadio.isChecked() else "en"

    def _message(self, label, text: str, error: bool = True) -> None:
        label.setProperty("error", error)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    # ----- navigation ----------------------------------------------------------------------------------
    def page(self) -> int:
        return self.ui.pages.currentIndex()

    def _update_nav(self) -> None:
        page = self.page()
        self.ui.backButton.setVisible(page == PAGE_PASSPHRASE)
        self.ui.nextButton.setText(self.tr("&Finish") if page == PAGE_QUICK else self.tr("&Next"))
        if self.busy:
            self.ui.nextButton.setEnabled(False)
        elif page == PAGE_PASSPHRASE:
            self.ui.nextButton.setEnabled(estimate(self.ui.newEdit.text()).score >= MIN_SCORE
                                          and bool(self.ui.confirmEdit.text()))
        elif page == PAGE_RECOVERY:
            self.ui.nextButton.setEnabled(self.ui.storedCheck.isChecked())
        else:
            self.ui.nextButton.setEnabled(True)

    def _go(self, page: int) -> None:
        self.ui.pages.setCurrentIndex(page)
        self._update_nav()
        focus = {PAGE_PASSPHRASE: self.ui.newEdit, PAGE_RECOVERY: self.ui.printButton,
                 PAGE_QUICK: self.ui.quickCheck}.get(page, self.ui.nextButton)
        focus.setFocus()

    def back(self) -> None:
        if self.page() == PAGE_PASSPHRASE:
            self._go(PAGE_WELCOME)

    def next(self) -> None:
        page = self.page()
        if page == PAGE_WELCOME:
            self._go(PAGE_PASSPHRASE)
        elif page == PAGE_PASSPHRASE:
            self._create_vault()
        elif page == PAGE_RECOVERY and self.ui.storedCheck.isChecked():
            self._go(PAGE_QUICK)
        elif page == PAGE_QUICK:
            self._finish()

    # ----- passphrase ------------------------------------------------------------------------------------
    def _update_strength(self) -> None:
        s = estimate(self.ui.newEdit.text())
        bar = self.ui.strengthBar
        bar.setMaximum(5)
        bar.setValue(s.score + 1 if self.ui.newEdit.text() else 0)  # a red sliver even when very weak
        bar.setProperty("level", str(s.score))
        bar.style().unpolish(bar)
        bar.style().polish(bar)
        advice = {
            "empty": self.tr("Use at least three unrelated words."),
            "common": self.tr("Too common: anyone could guess it."),
            "too_short": self.tr("Very weak: add words."),
            "add_words": self.tr("Weak: add a word or two."),
            "fair": self.tr("Fair. A longer passphrase would be stronger."),
            "good": self.tr("Good."),
            "strong": self.tr("Strong."),
        }[s.advice]
        self.ui.strengthLabel.setText(advice)
        self.ui.strengthBar.setAccessibleDescription(advice)
        self._update_nav()

    def _create_vault(self) -> None:
        new, again = self.ui.newEdit.text(), self.ui.confirmEdit.text()
        if new != again:
            self._message(self.ui.passMessage, self.tr("The two passphrases differ."))
            return
        if estimate(new).score < MIN_SCORE:
            self._message(self.ui.passMessage, self.tr("The passphrase is too weak."))
            return
        self.busy = True
        self._update_nav()
        self._message(self.ui.passMessage, self.tr("Creating your encrypted vault…"), error=False)
        folder, params = self.data_dir, kdf.params()
        run_in_thread(lambda: _create(folder, new, params), self._created, self._create_failed)

    def _created(self, result) -> None:
        self.vault, self.recovery_key = result
        self.busy = False
        self.ui.newEdit.clear()
        self.ui.confirmEdit.clear()
        self._message(self.ui.passMessage, "", error=False)
        self.ui.recoveryKeyLabel.setText(self.recovery_key)
        self._go(PAGE_RECOVERY)

    def _create_failed(self, err: BaseException) -> None:
        self.busy = False
        self._update_nav()
        self._message(self.ui.passMessage, _error_text(err) or type(err).__name__)

    # ----- recovery key ------------------------------------------------------------------------------------
    def print_key(self) -> None:
        from coachdesk.app.recovery_sheet import print_sheet

        print_sheet(self, self.recovery_key, self.data_dir)

    def ask_save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key as PDF"), str(Path.home() / "CoachDesk-recovery-key.pdf"),
            self.tr("PDF files (*.pdf)"))
        if path:
            from coachdesk.errors import CoachDeskError

            try:
                self.save_pdf(Path(path))
            except CoachDeskError as err:  # e.g. a file of the vault: one clear line, nothing written
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.tr("Save the recovery key as PDF"), str(err))

    def save_pdf(self, path: Path) -> Path:
        from coachdesk.app.recovery_sheet import save_pdf

        return save_pdf(path, self.recovery_key, self.data_dir)

    def import_team(self):
        """The optional team setup file, into the vault just created (shown before it is saved)."""
        from coachdesk.app.compose.team_import import TeamImportDialog

        if self.vault is None:
            return None
        dialog = TeamImportDialog(self.vault.store, self)
        dialog.open()
        return dialog

    # ----- quick unlock and finish ------------------------------------------------------------------------------
    def _finish(self) -> None:
        vault = self.vault
        if not self.ui.quickCheck.isChecked():
            self._done(False)
            return
        self.busy = True
        self._update_nav()
        vault_id, key = vault.header.vault_id, vault.data_key
        run_in_thread(lambda: _store_key(vault_id, key), lambda _r: self._done(True), self._quick_failed)

    def _quick_failed(self, err: BaseException) -> None:
        self.busy = False
        self.ui.quickCheck.setChecked(False)
        self._update_nav()
        self._message(self.ui.quickMessage, _error_text(err))

    def _done(self, quick: bool) -> None:
        self.busy = False
        self.recovery_key = ""
        self.ui.recoveryKeyLabel.clear()
        vault, self.vault = self.vault, None
        self.finished.emit(vault, quick)


def _error_text(err: BaseException) -> str:
    """A core error in the UI language (imported only when an error is shown)."""
    from coachdesk.app.core_errors import translate_error

    return translate_error(err)
