"""Sign-in for a protected Teams channel ("Any user in my tenant"), on the Channels page.

The fields (tenant, application id) sit under a "Protected (sign-in)" check box; "Sign in" runs the
device-code flow on workers (the code and the page to open are shown, the wait never blocks the UI),
"Sign in in the browser" uses the system browser where a desktop is available. The token cache is
kept by the core in the encrypted vault; nothing here touches QSettings."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.workers import run_in_thread


def desktop_available() -> bool:
    return QGuiApplication.platformName() not in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


class SignInBox(QWidget):
    """``config()`` -> EntraConfig | None (raises InvalidInput for bad ids); ``show_channel(store,
    channel)``; ``sign_in()`` / ``sign_in_browser()`` run off the UI thread; ``cancel()`` on lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.channel = None
        self.relays: list = []
        self._cancel = threading.Event()
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.protect_check = QCheckBox()
        layout.addWidget(self.protect_check)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.tenant_edit, self.client_edit = QLineEdit(), QLineEdit()
        self.tenant_label, self.client_label = QLabel(), QLabel()
        for label, edit in ((self.tenant_label, self.tenant_edit), (self.client_label, self.client_edit)):
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addWidget(self.fields)
        row = QHBoxLayout()
        self.signin_button, self.browser_button = QPushButton(), QPushButton()
        row.addWidget(self.signin_button)
        row.addWidget(self.browser_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.protect_check.toggled.connect(self._update)
        self.signin_button.clicked.connect(self.sign_in)
        self.browser_button.clicked.connect(self.sign_in_browser)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.protect_check.setText(self.tr("Protected: sign in to send (flow set to “Any user in my tenant”)"))
        self.tenant_label.setText(self.tr("&Tenant"))
        self.tenant_edit.setPlaceholderText(self.tr("Directory (tenant) ID or domain, from your admin"))
        self.client_label.setText(self.tr("A&pplication ID"))
        self.client_edit.setPlaceholderText(self.tr("Application (client) ID, from your admin"))
        self.signin_button.setText(self.tr("Sign &in…"))
        self.browser_button.setText(self.tr("Sign in in the &browser"))

    def _update(self) -> None:
        on = self.protect_check.isChecked()
        self.fields.setVisible(on)
        saved = self.channel is not None and self._saved_config() is not None
        self.signin_button.setVisible(on and saved)
        self.browser_button.setVisible(on and saved and desktop_available())
        for b in (self.signin_button, self.browser_button):
            b.setEnabled(not self.busy)

    # ----- fields ------------------------------------------------------------------------------------
    def set_teams(self, teams: bool) -> None:
        self.setEnabled(teams)
        if not teams:
            self.protect_check.setChecked(False)

    def config(self):
        if not self.protect_check.isChecked() or not self.isEnabled():
            return None
        from coachdesk.outbox.entra import EntraConfig

        saved = self._saved_config()
        host = saved.authority_host if saved is not None else ""  # a local imitation stays local
        cloud = saved.cloud if saved is not None else "public"
        return EntraConfig(self.tenant_edit.text(), self.client_edit.text(), cloud, host).checked()

    def _saved_config(self):
        from coachdesk.outbox.entra import config_for

        if self.store is None or self.channel is None:
            return None
        return config_for(self.store, self.channel)

    def clear(self) -> None:
        self.cancel()
        self.store = self.channel = None
        self.protect_check.setChecked(False)
        self.tenant_edit.clear()
        self.client_edit.clear()
        self.status.clear()
        self._update()

    def show_channel(self, store, channel) -> None:
        self.cancel()
        self.store, self.channel = store, channel
        cfg = self._saved_config()
        self.protect_check.setChecked(cfg is not None)
        self.tenant_edit.setText(cfg.tenant if cfg else "")
        self.client_edit.setText(cfg.client_id if cfg else "")
        self.status.clear()
        if cfg is not None:
            self._show_state()
        self._update()

    def _show_state(self) -> None:
        from coachdesk.outbox.entra import EntraSession

        reason = EntraSession(self.store, self._saved_config()).needs_signin()
        if reason:
            self.status.setText(self.tr("Sign-in needed before messages can go: %1").replace("%1", reason))
        else:
            self.status.setText(self.tr("Signed in. Messages to this channel go out with your sign-in."))

    # ----- signing in (workers) ---------------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def _begin(self) -> None:
        self._cancel = threading.Event()
        self.busy = True
        self._update()

    def sign_in(self):
        """Device code: get the code (worker), show it, wait for the coach (worker)."""
        from coachdesk.outbox.entra import EntraSession

        cfg = self._saved_config()
        if cfg is None:
            return None
        self._begin()
        session = EntraSession(self.store, cfg)
        self.status.setText(self.tr("Asking Microsoft for a sign-in code…"))
        cancel = self._cancel

        def got_code(code) -> None:
            self.status.setText(self.tr("Open %1 and enter the code %2. This page waits for you.")
                                .replace("%1", code.verification_uri).replace("%2", code.user_code))
            self.relays.append(run_in_thread(lambda: session.finish_device_code(code, cancel.is_set),
                                             lambda user: self._done(session, user), lambda e: self._failed(session, e)))

        relay = run_in_thread(session.start_device_code, got_code, lambda e: self._failed(session, e))
        self.relays.append(relay)
        return relay

    def sign_in_browser(self):
        from coachdesk.outbox.entra import EntraSession

        cfg = self._saved_config()
        if cfg is None:
            return None
        self._begin()
        session = EntraSession(self.store, cfg)
        self.status.setText(self.tr("Sign in in the browser window that opened…"))
        relay = run_in_thread(session.sign_in_browser, lambda user: self._done(session, user),
                              lambda e: self._failed(session, e))
        self.relays.append(relay)
        return relay

    def _done(self, session, user: str) -> None:
        from coachdesk.services.requests import resume_waiting

        session.close()
        self.busy = False
        waiting = resume_waiting(self.store) if self.store is not None else 0
        text = self.tr("Signed in as %1.").replace("%1", user) if user else self.tr("Signed in.")
        if waiting:
            text += " " + self.tr("Waiting messages go out shortly.")
        self.status.setText(text)
        self._update()

    def _failed(self, session, err: BaseException) -> None:
        from coachdesk.outbox.entra import SignInRequired, TokenUnavailable

        session.close()
        self.busy = False
        if isinstance(err, TokenUnavailable):
            self.status.setText(self.tr("Microsoft's sign-in service could not be reached. Check the connection and try again."))
        elif isinstance(err, SignInRequired):
            self.status.setText(self.tr("The sign-in did not finish: %1").replace("%1", str(err)))
        else:
            self.status.setText(str(err) or type(err).__name__)
        self._update()
