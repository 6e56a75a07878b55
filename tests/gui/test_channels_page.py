"""Settings → Channels: URL checks with the core's messages, the URL kept as a secret, test message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit

from coachdesk.app.compose.channels_page import ChannelsPage
from coachdesk.outbox.channels import Channels


def _page(qtbot, controller):
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    page = dialog.page(ChannelsPage)
    dialog.ui.pageList.setCurrentRow(dialog.pages.index(page))
    return dialog, page


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_channel_url_is_stored_as_a_secret_never_in_settings_or_plain_files(
        qtbot, app_window, httpserver, memory_keyring, tmp_path):
    controller, _window = app_window
    dialog, page = _page(qtbot, controller)
    assert page.url_edit.echoMode() == QLineEdit.EchoMode.Password
    url = httpserver.url_for("/hooks/secret-token-4711")
    page.new_channel()
    page.name_edit.setText("Työnohjaus")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("json"))
    page.url_edit.setText(url)
    assert page.save_channel()
    dialog.accept()
    controller.prefs.sync()
    store = controller.session.store
    channel = Channels(store).get("Työnohjaus")
    assert channel.secret_store == "keychain"
    assert url in memory_keyring.store.values()
    assert page.url_edit.text() == ""  # the secret does not linger in the widget
    controller.session.lock()  # checkpoint and close the vault files
    assert _files_containing(tmp_path, b"secret-token-4711") == []
    assert "secret-token-4711" not in (tmp_path / "prefs.ini").read_text(encoding="utf-8")


def test_without_a_keychain_the_url_goes_inside_the_encrypted_vault(qtbot, app_window, httpserver, tmp_path):
    import keyring
    from keyring.backends import fail

    controller, _window = app_window
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        _dialog, page = _page(qtbot, controller)
        page.new_channel()
        page.name_edit.setText("Tiimi")
        page.kind_combo.setCurrentIndex(page.kind_combo.findData("json"))
        page.url_edit.setText(httpserver.url_for("/hooks/vault-only-0815"))
        assert page.save_channel()
        assert Channels(controller.session.store).get("Tiimi").secret_store == "vault"
    finally:
        keyring.set_keyring(previous)
    controller.session.lock()
    assert _files_containing(tmp_path, b"vault-only-0815") == []


def test_url_checks_per_kind_and_retired_connectors_refused(qtbot, app_window):
    controller, _window = app_window
    _dialog, page = _page(qtbot, controller)
    page.new_channel()
    page.name_edit.setText("Teams")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("teams"))
    page.url_edit.setText("https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi")
    assert "Office 365 connector" in page.url_message.text() and "Workflow" in page.url_message.text()
    assert not page.save_channel()
    assert Channels(controller.session.store).list() == []
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("slack"))
    page.url_edit.setText("https://example.com/services/x")
    assert "hooks.slack.com" in page.url_message.text()
    page.url_edit.setText("https://hooks.slack.com/services/T0123456/B0123456/abcdefghijklmnopqrstuvwx")
    assert page.url_message.text() == "The address looks right."


def test_send_test_message_off_the_ui_thread_and_edit_keeps_the_secret(qtbot, app_window, httpserver):
    controller, _window = app_window
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    Channels(controller.session.store).add("Tiimi", "json", httpserver.url_for("/hook"))
    _dialog, page = _page(qtbot, controller)
    assert page.editing == "Tiimi" and page.url_edit.text() == ""
    page.send_test()
    assert not page.test_button.isEnabled()  # running on a worker
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10000)
    assert "delivered" in page.result_label.text()
    assert b"#TEST" in httpserver.log[0][0].get_data()
    page.name_edit.setText("Työnohjaus")  # rename without retyping the secret URL
    assert page.save_channel()
    channels = Channels(controller.session.store)
    assert [c.name for c in channels.list()] == ["Työnohjaus"]
    assert channels.url(channels.get("Työnohjaus")) == httpserver.url_for("/hook")
