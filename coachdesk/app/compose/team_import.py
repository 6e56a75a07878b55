"""Import a team setup file (Settings → Channels, or the last step of the first run), and export
one (Settings → Channels, for the team lead).

The coach picks the file and types the passphrase the team lead gave them; "Show what it adds"
decrypts on a worker (Argon2id is slow on purpose) and lists the channels (name, kind, host — never
the URL) and colleagues it adds, and the names that exist already (kept, never replaced). Only
"Add" saves, exactly that list. A wrong passphrase or a changed file: one line, nothing saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.operations import run_op


def _open(path: str, passphrase: str, store):
    from coachdesk.errors import InvalidInput
    from coachdesk.outbox import teamfile

    file = Path(path)
    try:
        if file.stat().st_size > teamfile.MAX_FILE_BYTES:
            raise InvalidInput("The file is too large to be a team setup file; nothing was imported.")
        data = file.read_bytes()
    except OSError as err:
        raise InvalidInput(f"The file cannot be read ({type(err).__name__}).") from err
    setup = teamfile.open_team_file(data, passphrase)
    return setup, teamfile.plan_import(store, setup)


class TeamImportDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setup = self.plan = None
        self.relay = None
        self.added = False
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.pass_edit = QLineEdit()
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.file_label, self.pass_label = QLabel(), QLabel()
        self.file_label.setBuddy(self.file_edit)
        self.pass_label.setBuddy(self.pass_edit)
        form.addRow(self.file_label, file_row)
        form.addRow(self.pass_label, self.pass_edit)
        layout.addLayout(form)
        self.show_button = QPushButton()
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.plan_view = QPlainTextEdit()
        self.plan_view.setReadOnly(True)
        layout.addWidget(self.plan_view, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
        self.add_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.browse_button.clicked.connect(self.browse)
        self.show_button.clicked.connect(self.show_plan)
        self.pass_edit.returnPressed.connect(self.show_plan)
        self.add_button.clicked.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.file_edit, self.pass_edit):
            edit.textChanged.connect(self._forget_plan)
        self.resize(620, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import team setup"))
        self.intro.setText(self.tr(
            "Your team lead can give you one file with the team's channels and colleagues, and its passphrase "
            "by another route. You will see what it adds before anything is saved; nothing you have is replaced."))
        self.file_label.setText(self.tr("&File"))
        self.pass_label.setText(self.tr("&Passphrase"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.show_button.setText(self.tr("&Show what it adds"))
        self.add_button.setText(self.tr("&Add"))

    def browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Team setup file"), str(Path.home()),
                                               self.tr("Team setup files (*.cdteam);;All files (*)"))
        if path:
            self.file_edit.setText(path)

    def _forget_plan(self) -> None:
        self.setup = self.plan = None
        self.plan_view.clear()
        self.add_button.setEnabled(False)

    def show_plan(self):
        path, passphrase = self.file_edit.text().strip(), self.pass_edit.text()
        if not path or not passphrase:
            self.message.setText(self.tr("Choose the file and type its passphrase."))
            return None
        self._forget_plan()
        self.show_button.setEnabled(False)
        self.message.setText(self.tr("Opening the file…"))
        store = self.store
        self.relay = run_op(self, lambda: _open(path, passphrase, store), success=self._shown, failure=self._failed)
        return self.relay

    def _shown(self, result) -> None:
        self.pass_edit.blockSignals(True)  # the passphrase is not kept in the widget
        self.pass_edit.clear()
        self.pass_edit.blockSignals(False)
        self.setup, self.plan = result
        self.show_button.setEnabled(True)
        self.plan_view.setPlainText("\n".join(self.plan.lines()))
        self.add_button.setEnabled(not self.plan.empty)
        self.message.setText(self.tr("Nothing new to add.") if self.plan.empty
                             else self.tr("Check the list, then press Add."))

    def _failed(self, message: str) -> None:
        self.show_button.setEnabled(True)
        self.add_button.setEnabled(bool(self.plan and not self.plan.empty))
        self.message.setText(message)

    def add(self):
        if self.setup is None or self.plan is None:
            return None
        from coachdesk.outbox import teamfile

        setup, plan, store = self.setup, self.plan, self.store
        self.add_button.setEnabled(False)
        self.message.setText(self.tr("Adding…"))
        self.relay = run_op(self, lambda: teamfile.apply_import(store, setup, plan), changes={"channels", "colleagues"},
                            success=self._added, failure=self._failed)
        return self.relay

    def _added(self, plan) -> None:
        self.added = True
        self.setup = self.plan = None
        text = self.tr("Added %1 channel(s) and %2 colleague(s).").replace("%1", str(len(plan.channels_new))) \
            .replace("%2", str(len(plan.colleagues_new)))
        if any(c.entra for c in plan.channels_new):
            text += " " + self.tr("Channels that need a sign-in: open them in Settings → Channels and press Sign in.")
        self.message.setText(text)


def _export(store, passphrase: str, path: Path) -> Path:
    from coachdesk.errors import InvalidInput
    from coachdesk.fileio import write_private_atomic
    from coachdesk.outbox import teamfile

    if path.exists():
        raise InvalidInput(f"{path.name} exists already; choose a new file name (nothing was written).")
    data = teamfile.export_team(store, passphrase)
    if path.exists():
        raise InvalidInput(f"{path.name} appeared meanwhile; nothing was written.")
    return write_private_atomic(path, data)


class TeamExportDialog(QDialog):
    """The team lead writes the channels (webhook addresses included) and colleagues into one file,
    encrypted with a new passphrase typed twice. An existing file is never overwritten."""

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.relay = None
        self.written: Path | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.pass_edit, self.again_edit = QLineEdit(), QLineEdit()
        for edit in (self.pass_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.file_label, self.pass_label, self.again_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.file_label, file_row), (self.pass_label, self.pass_edit),
                             (self.again_label, self.again_edit)):
            form.addRow(label, field)
        self.file_label.setBuddy(self.file_edit)
        self.pass_label.setBuddy(self.pass_edit)
        self.again_label.setBuddy(self.again_edit)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
        layout.addWidget(self.buttons)
        self.browse_button.clicked.connect(self.browse)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.file_edit.setText(str(Path.home() / "tiimi.cdteam"))
        self.resize(560, 260)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export team setup"))
        self.intro.setText(self.tr(
            "One file with this vault's channels (their secret webhook addresses included) and colleagues, "
            "for your team. Give the file and its passphrase by different routes, for example the passphrase "
            "by phone."))
        self.file_label.setText(self.tr("&File"))
        self.pass_label.setText(self.tr("New &passphrase"))
        self.again_label.setText(self.tr("A&gain"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.export_button.setText(self.tr("&Export"))

    def browse(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Team setup file"), self.file_edit.text(), self.tr("Team setup files (*.cdteam)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.file_edit.setText(path if path.endswith(".cdteam") else path + ".cdteam")

    def export(self):
        from coachdesk.errors import InvalidInput
        from coachdesk.outbox.teamfile import check_new_passphrase

        passphrase = self.pass_edit.text()
        if passphrase != self.again_edit.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return None
        try:
            check_new_passphrase(passphrase)
        except InvalidInput as err:
            self.message.setText(str(err))
            return None
        path, store = Path(self.file_edit.text().strip()).expanduser(), self.store
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Encrypting…"))
        self.relay = run_op(self, lambda: _export(store, passphrase, path), success=self._done, failure=self._failed,
                            progress=self.tr("Encrypting…"))
        return self.relay

    def _done(self, path: Path) -> None:
        self.written = path
        for edit in (self.pass_edit, self.again_edit):
            edit.clear()
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("Written to %1 (readable only by you).").replace("%1", str(path)))

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.message.setText(message)
