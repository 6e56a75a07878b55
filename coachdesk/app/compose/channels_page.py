"""Settings → Channels: add, edit and remove chat channels and send a test message.

The webhook URL is typed into a password-style field, checked live with the outbox core's
messages, and stored as a secret by the core (OS keychain, else inside the encrypted vault); it
never reaches QSettings or a plain file. Channel changes are saved at once (a secret is never
held back in a widget waiting for OK)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from coachdesk.app.core_errors import translate_error
from coachdesk.app.list_form_page import ListFormPage
from coachdesk.app.operations import run_op
from coachdesk.app.settings_pages import register_page

log = logging.getLogger(__name__)
KIND_NAMES = (
    ("teams", "Microsoft Teams (Workflows)"),
    ("slack", "Slack"),
    ("mattermost", "Mattermost"),
    ("googlechat", "Google Chat"),
    ("discord", "Discord"),
    ("json", QT_TRANSLATE_NOOP("ChannelsPage", "JSON (other)")),
)


@register_page
class ChannelsPage(ListFormPage):
    page_id, order, change_kind = "channels", 40, "channels"

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.test_relay = None
        self.result_label = self.message  # the outcome of save / test lines up under the buttons
        self.two_way_button = QPushButton()  # issue 17: Slack app / Mattermost API / Teams (Graph)
        self.two_way_button.clicked.connect(self.add_two_way)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_team)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_team)
        for button in (self.two_way_button, self.import_button, self.export_button):
            self.left.addWidget(button)
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for code, name in KIND_NAMES:
            self.kind_combo.addItem(self.tr(name), code)
        self.url_edit = QLineEdit()
        self.url_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.url_edit.setObjectName("webhookUrl")
        self.url_edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.name_label, self.kind_label, self.url_label = QLabel(), QLabel(), QLabel()
        for label, edit in ((self.name_label, self.name_edit), (self.kind_label, self.kind_combo),
                            (self.url_label, self.url_edit)):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.url_hint = QLabel()  # "Saved (host) — paste a new address…": wraps, where a placeholder was cut off
        self.url_hint.setObjectName("hint")
        self.url_hint.setWordWrap(True)
        self.url_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.url_hint.setVisible(False)
        self.forum_check = QCheckBox()  # Discord forum channels: each request opens a post of its own
        self.form.addRow("", self.forum_check)
        self.one_way_note = QLabel()  # issue 17: which kinds bring replies back
        self.one_way_note.setObjectName("hint")
        self.one_way_note.setWordWrap(True)
        self.details.addWidget(self.url_hint)  # (a form row of its own left a blank line above it)
        self.details.addWidget(self.one_way_note)
        from coachdesk.app.compose.signin import SignInBox

        self.signin = SignInBox()  # "protected (sign-in)": tenant, app id, Sign in (Teams only)
        self.details.addWidget(self.signin)
        self.url_message = QLabel()
        self.url_message.setWordWrap(True)
        self.url_message.setTextFormat(Qt.TextFormat.PlainText)
        self.details.addWidget(self.url_message)
        self.test_button = QPushButton()
        self.button_row.insertWidget(2, self.test_button)
        self.url_edit.textChanged.connect(self._check_url)
        self.kind_combo.currentIndexChanged.connect(self._check_url)
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.forum_check.setVisible(self.kind_combo.currentData() == "discord"))
        self.forum_check.setVisible(False)
        self.signin.protect_check.toggled.connect(self._check_url)
        self.session.locked.connect(self.signin.clear)
        self.test_button.clicked.connect(self.send_test)
        self._retranslate()

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Channels where you ask colleagues. The webhook address is a secret: it is kept in the system "
            "keychain or inside the encrypted vault, never in a plain file. Changes here are saved at once."))
        self.new_button.setText(self.tr("&New channel"))
        self.two_way_button.setText(self.tr("Add a t&wo-way channel…"))
        self.name_label.setText(self.tr("&Name"))
        self.kind_label.setText(self.tr("&Kind"))
        self.url_label.setText(self.tr("Webhook &address"))
        self.save_button.setText(self.tr("&Save channel"))
        self.remove_button.setText(self.tr("&Remove"))
        self.test_button.setText(self.tr("Send &test message"))
        self.forum_check.setText(self.tr("&Forum channel (each question opens a post of its own)"))
        self.import_button.setText(self.tr("&Import team setup…"))
        self.export_button.setText(self.tr("E&xport team setup…"))
        self.one_way_note.setText(self.tr(
            "Webhooks are one-way (Google Chat and Discord always): replies stay in the channel. Slack (app), "
            "Mattermost (API) and Teams (Graph) channels bring colleagues' replies back to the request: "
            "“Add a two-way channel…” (docs/teams-setup.md)."))
        self.signin.retranslate()

    def title(self) -> str:
        return self.tr("Channels")

    # ----- list and form (ListFormPage) ------------------------------------------------------------
    def channels(self):
        from coachdesk.services.channels import registry

        return registry(self.session.store)

    def rows(self):
        for channel in self.channels().list():
            yield channel.name, f"{channel.name}\n{channel.kind.value} · {channel.host}"

    def form_values(self) -> tuple:
        kind = self.kind_combo.currentData() if self.editing is not None else None  # a kind alone is no new channel
        return self.name_edit.text(), kind, self.url_edit.text(), self.forum_check.isChecked()

    def new_channel(self) -> None:
        self.new_item()

    def clear_form(self) -> None:
        self.name_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.forum_check.setChecked(False)
        self.url_edit.clear()
        self.signin.clear()
        self.url_edit.setPlaceholderText(self.tr("Paste the webhook address"))
        self._show_url_hint("")
        self.test_button.setEnabled(False)
        self.save_button.setEnabled(True)
        self._check_url()
        self.name_edit.setFocus()

    def show_item(self, key) -> None:
        channel = self.channels().get(key)
        self.name_edit.setText(channel.name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(channel.kind.value), 0))
        self.forum_check.setChecked(channel.forum)
        self.signin.show_channel(self.session.store, channel)
        self.url_edit.clear()
        self.url_edit.setPlaceholderText(self.tr("Saved (hidden)"))
        self._show_url_hint("" if channel.kind.two_way else  # two-way: changed by adding it again (below)
                            self.tr("Saved (%1) — paste a new address to change it").replace("%1", channel.host))
        self.test_button.setEnabled(True)
        self._check_url()
        self.save_button.setEnabled(not channel.kind.two_way)
        if channel.kind.two_way:  # set up with its token on the command line; only test / remove here
            from coachdesk.outbox import ChannelKind

            self.signin.set_teams(channel.kind is ChannelKind.TEAMS_GRAPH)  # Graph: sign in here
            self.url_message.setText(self.tr("A two-way channel (replies come back): to change it, remove it and "
                                             "add it again; test or remove it here."))

    def _show_url_hint(self, text: str) -> None:
        self.url_hint.setText(text)
        self.url_hint.setVisible(bool(text))

    def _check_url(self) -> str | None:
        """The core's verdict on the typed URL: None when fine (or unchanged while editing)."""
        from coachdesk.errors import InvalidInput
        from coachdesk.outbox.urls import validate_url

        self.signin.set_teams(self.kind_combo.currentData() == "teams")
        protected = self.signin.protect_check.isChecked() and self.signin.isEnabled()
        text = self.url_edit.text()
        if not text.strip():
            problem = None if self.editing else self.tr("Paste the webhook address from the channel's settings.")
            self.url_message.setText(problem or "")
            self.url_message.setProperty("error", False)
            return problem
        try:
            validate_url(self.kind_combo.currentData(), text, protected=protected)
        except InvalidInput as err:
            self.url_message.setText(translate_error(err))
            self.url_message.setStyleSheet("color:#b3261e;")
            return translate_error(err)
        self.url_message.setText(self.tr("The address looks right."))
        self.url_message.setStyleSheet("color:#2e7d5b;")
        return None

    def store_item(self) -> str:
        from coachdesk.errors import CoachDeskError
        from coachdesk.outbox.channels import clean_name
        from coachdesk.outbox.urls import validate_url

        channels = self.channels()
        kind = self.kind_combo.currentData()
        name = clean_name(self.name_edit.text())
        entra = self.signin.config()
        url = self.url_edit.text().strip()
        if not url and self.editing:
            url = channels.url(channels.get(self.editing))
        validate_url(kind, url, protected=entra is not None)
        if self.editing and self.editing != name and name in {c.name for c in channels.list()}:
            raise CoachDeskError(self.tr("A channel with this name exists already."))
        options = {"discord_forum": True} if kind == "discord" and self.forum_check.isChecked() else None
        if self.editing:  # in place, one transaction: a failure keeps the old channel
            channels.replace(self.editing, name, kind, url, options=options, entra=entra)
        else:
            channels.add(name, kind, url, options=options, entra=entra)
        self.url_edit.clear()  # the secret does not linger in the widget
        return name

    def saved_text(self) -> str:
        return self.tr("Saved. The address is stored as a secret.")

    def save_channel(self) -> bool:
        return self.save_current()

    def add_two_way(self):
        """A channel whose replies come back (twoway_dialog.py); the list shows it once saved."""
        from coachdesk.app.compose.twoway_dialog import TwoWayChannelDialog

        dialog = TwoWayChannelDialog(self.session.store, self)
        dialog.added.connect(self.select_item)
        dialog.open()
        return dialog

    def import_team(self) -> None:
        """Settings → Channels → "Import team setup…": channels and colleagues from the team lead."""
        from coachdesk.app.compose.team_import import TeamImportDialog

        dialog = TeamImportDialog(self.session.store, self)
        dialog.exec()
        if dialog.added and self.editing is None and not self.dirty:
            self.load()  # the list was refreshed through the hub; show the first channel

    def export_team(self) -> None:
        """For the team lead: channels and colleagues into one passphrase-encrypted file."""
        from coachdesk.app.compose.team_import import TeamExportDialog

        TeamExportDialog(self.session.store, self).exec()

    def confirm_remove(self, key) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove channel"),
                                      self.tr("Remove the channel “%1” and its stored address?").replace("%1", key))
        return answer == QMessageBox.StandardButton.Yes

    def delete_item(self, key) -> None:
        self.channels().remove(key)

    def remove_channel(self) -> None:
        self.remove_current()

    def send_test(self):
        """Send a test message (no client data) on a worker; the result appears below."""
        from coachdesk.app.i18n import current_language

        if not self.editing:
            return None
        store, name = self.session.store, self.editing
        lang = current_language() if current_language() in ("fi", "en") else "en"

        def work():
            from coachdesk.services.requests import send_test

            return send_test(store, name, lang)

        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Sending a test message…"))
        self.test_relay = run_op(self, work, success=self._tested, failure=self._test_failed)
        return self.test_relay

    def _tested(self, result) -> None:
        self.test_button.setEnabled(True)
        if result.outcome.value == "delivered":
            self.result_label.setText(self.tr("Test message delivered. Look for it in the channel."))
        else:
            from coachdesk.textsafe import shown  # the server's words, escaped

            self.result_label.setText(self.tr("The test message did not arrive: %1").replace("%1", shown(result.detail)))

    def _test_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(message)
