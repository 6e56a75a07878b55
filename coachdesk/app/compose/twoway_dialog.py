"""Settings → Channels → "Add a two-way channel…": a Slack app, Mattermost (API) or Teams (Graph)
channel whose replies come back. The token is typed into a password field and checked with a
harmless call on a worker (Slack ``auth.test`` + ``conversations.info``, Mattermost ``users/me`` +
the channel) before anything is saved; a Teams (Graph) channel is saved with its sign-in settings
and signed in from the channel's page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from coachdesk.app.operations import run_op


class TwoWayChannelDialog(QDialog):
    """``added(name)`` after the channel was saved."""

    added = Signal(str)

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.relay = None
        self.setWindowTitle(self.tr("Add a two-way channel"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Replies to your requests come back to CoachDesk. Google Chat and Discord webhooks "
                               "are one-way. See docs/teams-setup.md for the permissions each platform needs."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for code, text in (("slack_app", self.tr("Slack (app)")), ("mattermost_api", self.tr("Mattermost (API)")),
                           ("teams_graph", self.tr("Microsoft Teams (Graph)"))):
            self.kind_combo.addItem(text, code)
        self.channel_edit = QLineEdit()
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText("https://chat.example.fi")
        self.team_edit = QLineEdit()
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.tenant_edit = QLineEdit()
        self.client_edit = QLineEdit()
        self.rows = {}
        for key, label, edit in (
            ("name", self.tr("Name"), self.name_edit), ("kind", self.tr("Kind"), self.kind_combo),
            ("channel", self.tr("Channel ID"), self.channel_edit), ("server", self.tr("Server"), self.server_edit),
            ("team", self.tr("Team ID"), self.team_edit), ("token", self.tr("Token"), self.token_edit),
            ("tenant", self.tr("Tenant ID"), self.tenant_edit), ("client", self.tr("Application ID"), self.client_edit),
        ):
            self.rows[key] = QLabel(label)
            form.addRow(self.rows[key], edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check_and_save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fields())
        self._fields()

    def _fields(self) -> None:
        kind = self.kind_combo.currentData()
        shown = {"server": kind == "mattermost_api", "team": kind == "teams_graph", "token": kind != "teams_graph",
                 "tenant": kind == "teams_graph", "client": kind == "teams_graph"}
        edits = {"server": self.server_edit, "team": self.team_edit, "token": self.token_edit,
                 "tenant": self.tenant_edit, "client": self.client_edit}
        for key, visible in shown.items():
            self.rows[key].setVisible(visible)
            edits[key].setVisible(visible)

    def check_and_save(self):
        """Check the ids at once; the token on a worker; then save (UI thread, one transaction)."""
        from coachdesk.errors import CoachDeskError
        from coachdesk.outbox import twoway
        from coachdesk.outbox.channels import clean_name

        kind = self.kind_combo.currentData()
        try:
            name = clean_name(self.name_edit.text())
            target = twoway.clean_target(kind, self.channel_edit.text(), team=self.team_edit.text(),
                                         server=self.server_edit.text())
            entra = None
            token = ""
            if kind == "teams_graph":
                from coachdesk.outbox.entra import EntraConfig

                entra = EntraConfig(self.tenant_edit.text(), self.client_edit.text(), api="graph").checked()
            else:
                token = twoway.check_token(twoway.ChannelKind(kind), self.token_edit.text())
        except CoachDeskError as err:
            self.message.setText(str(err))
            return None
        if entra is not None:
            self._save(name, kind, target, token, entra, "")
            return None

        def work():
            from coachdesk.outbox.http import make_client

            with make_client() as client:
                return twoway.check_new(client, kind, target, token)

        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking the token…"))
        self.relay = run_op(self, work, success=lambda reached: self._save(name, kind, target, token, None, reached),
                            failure=self._check_failed)
        return self.relay

    def reject(self) -> None:
        if self.relay is not None:
            self.relay.cancelled = True  # a check still running saves nothing after Cancel
        self.token_edit.clear()
        super().reject()

    def _check_failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(message)

    def _save(self, name, kind, target, token, entra, reached: str) -> None:
        from coachdesk.errors import CoachDeskError
        from coachdesk.services.channels import add_two_way

        self.buttons.setEnabled(True)
        try:
            add_two_way(self.store, name, kind, target, token, entra=entra)
        except CoachDeskError as err:
            self.message.setText(str(err))
            return
        from coachdesk.app.operations import notify

        self.token_edit.clear()
        notify({"channels"})  # Settings → Channels and the composer's channel list
        self.added.emit(name)
        if entra is not None:
            self.message.setText(self.tr("Saved. Select the channel and sign in; then send a test message."))
        else:
            self.message.setText(self.tr("Saved: %1.").replace("%1", reached))
        self.accept()
