"""Settings → Channels: a protected Teams channel (sign-in with a device code on workers, against a
local HTTPS imitation of Entra ID), and importing a team setup file, from Settings and the first run."""

from __future__ import annotations

import pytest

from coachdesk.app.compose.channels_page import ChannelsPage
from coachdesk.app.compose.team_import import TeamImportDialog
from coachdesk.outbox import entra, teamfile
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.colleagues import Colleague, add_colleague, list_colleagues
from coachdesk.outbox.entra import EntraConfig, config_for
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, fast_kdf
from tests.integration.outbox.test_entra import TENANT_URL
from tests.support.delivery import GOOD_URLS
from tests.support.entra_support import CLIENT_ID, TENANT, FakeEntra, https_server

TEAM_PASS = "kolme kissaa ja koira"


def _page(qtbot, controller):
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    page = dialog.page(ChannelsPage)
    dialog.ui.pageList.setCurrentRow(dialog.pages.index(page))
    return dialog, page


@pytest.fixture
def fake(monkeypatch):
    server, ctx = https_server()
    monkeypatch.setattr(entra, "TEST_VERIFY", ctx)
    fake = FakeEntra(base=f"https://127.0.0.1:{server.port}")
    fake.install(server)
    yield fake
    server.clear()
    server.stop()


def test_protected_channel_is_added_with_tenant_and_app_id(qtbot, app_window):
    controller, _window = app_window
    _dialog, page = _page(qtbot, controller)
    page.new_channel()
    page.name_edit.setText("Tiimi")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("teams"))
    page.url_edit.setText(TENANT_URL)
    assert "protected (sign-in)" in page.url_message.text()  # the core's message says what to choose
    page.signin.protect_check.setChecked(True)
    assert page.signin.tenant_edit.isVisibleTo(page) and page.url_message.text() == "The address looks right."
    page.signin.tenant_edit.setText("not a tenant")
    page.signin.client_edit.setText(CLIENT_ID)
    assert not page.save_channel() and "tenant" in page.result_label.text()
    page.signin.tenant_edit.setText(TENANT)
    assert page.save_channel()
    channel = Channels(controller.session.store).get("Tiimi")
    assert config_for(controller.session.store, channel) == EntraConfig(TENANT, CLIENT_ID)
    assert "Sign-in needed" in page.signin.status.text() and page.signin.signin_button.isVisibleTo(page)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("slack"))
    assert not page.signin.isEnabled() and not page.signin.protect_check.isChecked()


def test_sign_in_with_a_device_code_off_the_ui_thread(qtbot, app_window, fake):
    controller, _window = app_window
    store = controller.session.store
    Channels(store).add("Tiimi", "teams", fake.trigger_url,
                        entra=EntraConfig(TENANT, CLIENT_ID, authority_host=fake.base))
    fake.approve_after_polls = 2
    _dialog, page = _page(qtbot, controller)
    page.list.setCurrentRow(0)
    assert page.signin.protect_check.isChecked() and page.signin.tenant_edit.text() == TENANT
    page.signin.sign_in()
    qtbot.waitUntil(lambda: "F7KQ-2MZP" in page.signin.status.text(), timeout=10000)
    assert "https://microsoft.com/devicelogin" in page.signin.status.text()
    assert not page.signin.signin_button.isEnabled()  # one sign-in at a time
    qtbot.waitUntil(lambda: "Signed in as maija.mentori@example.fi" in page.signin.status.text(), timeout=15000)
    assert page.signin.signin_button.isEnabled()
    channel = Channels(store).get("Tiimi")
    assert entra.ChannelAuth(store).headers(channel)["Authorization"].startswith("Bearer at-")


def _team_file(tmp_path, memory_keyring):
    lead, _ = Vault.create(tmp_path / "lead", PASSPHRASE, kdf=fast_kdf())
    with lead:
        Channels(lead.store).add("Tiimikanava", "slack", GOOD_URLS["slack"])
        add_colleague(lead.store, Colleague("Maija Mentori", ["masennus"], "maija.mentori@example.fi"))
        data = teamfile.export_team(lead.store, TEAM_PASS, kdf=fast_kdf())
    path = tmp_path / "tiimi.cdteam"
    path.write_bytes(data)
    return path


def test_team_import_dialog_shows_then_adds(qtbot, app_window, tmp_path, memory_keyring):
    controller, _window = app_window
    store = controller.session.store
    path = _team_file(tmp_path, memory_keyring)
    before = (len(Channels(store).list()), len(list_colleagues(store)))
    dialog = TeamImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(path))
    dialog.pass_edit.setText(TEAM_PASS + "x")
    dialog.show_plan()
    qtbot.waitUntil(lambda: dialog.show_button.isEnabled(), timeout=10000)
    assert dialog.message.text().startswith("Wrong passphrase, or the file was changed")
    assert not dialog.add_button.isEnabled()
    dialog.pass_edit.setText(TEAM_PASS)
    dialog.show_plan()
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=10000)
    shown = dialog.plan_view.toPlainText()
    assert "+ channel 'Tiimikanava' (slack, hooks.slack.com)" in shown and "+ colleague Maija Mentori" in shown
    assert GOOD_URLS["slack"] not in shown and dialog.pass_edit.text() == ""
    assert (len(Channels(store).list()), len(list_colleagues(store))) == before  # nothing saved yet
    dialog.add()
    qtbot.waitUntil(lambda: dialog.added, timeout=10000)
    assert "Added 1 channel(s) and 1 colleague(s)." in dialog.message.text()
    channels = Channels(store)
    assert channels.url(channels.get("Tiimikanava")) == GOOD_URLS["slack"]
    assert "Maija Mentori" in [c.name for c in list_colleagues(store)]


def test_first_run_offers_the_team_setup_file_after_the_vault_exists(qtbot, make_controller, data_dir, tmp_path,
                                                                    memory_keyring):
    from coachdesk.app.first_run import PAGE_QUICK, PAGE_RECOVERY

    path = _team_file(tmp_path, memory_keyring)
    controller = make_controller(data_dir)
    fr = controller.first_run
    fr.next()
    fr.ui.newEdit.setText(PASSPHRASE)
    fr.ui.confirmEdit.setText(PASSPHRASE)
    fr.next()
    qtbot.waitUntil(lambda: fr.page() == PAGE_RECOVERY, timeout=15000)
    fr.ui.storedCheck.setChecked(True)
    fr.next()
    assert fr.page() == PAGE_QUICK and fr.team_button.isVisibleTo(fr)
    dialog = fr.import_team()
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(path))
    dialog.pass_edit.setText(TEAM_PASS)
    dialog.show_plan()
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=10000)
    dialog.add()
    qtbot.waitUntil(lambda: dialog.added, timeout=10000)
    dialog.close()
    assert [c.name for c in Channels(fr.vault.store).list()] == ["Tiimikanava"]
    fr.next()
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(), timeout=10000)


def test_team_lead_exports_from_settings_and_never_overwrites(qtbot, app_window, tmp_path, memory_keyring):
    from coachdesk.app.compose.team_import import TeamExportDialog

    controller, _window = app_window
    store = controller.session.store
    Channels(store).add("Tiimikanava", "slack", GOOD_URLS["slack"])
    dialog = TeamExportDialog(store)
    qtbot.addWidget(dialog)
    target = tmp_path / "tiimi.cdteam"
    dialog.file_edit.setText(str(target))
    dialog.pass_edit.setText(TEAM_PASS)
    dialog.again_edit.setText(TEAM_PASS + "x")
    assert dialog.export() is None and "differ" in dialog.message.text()
    dialog.again_edit.setText(TEAM_PASS)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert target.stat().st_mode & 0o077 == 0 and dialog.pass_edit.text() == ""
    setup = teamfile.open_team_file(target.read_bytes(), TEAM_PASS)
    assert "Tiimikanava" in [c.name for c in setup.channels]
    before = target.read_bytes()
    dialog.pass_edit.setText(TEAM_PASS)
    dialog.again_edit.setText(TEAM_PASS)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20000)
    assert "exists already" in dialog.message.text() and target.read_bytes() == before
