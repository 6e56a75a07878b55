"""Settings pages (load/save contract, extra pages), language switch, theme, build products."""

from __future__ import annotations

from coachdesk.app import settings_dialog as sd
from coachdesk.app.build_forms import stale_forms
from coachdesk.app.i18n import current_language
from coachdesk.vault.demo import DEMO_PASSPHRASE
from tests.gui.conftest import unlock


def _open(qtbot, make_controller, folder):
    controller = make_controller(folder)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    return controller, controller.main_window


def test_settings_pages_load_and_save(qtbot, make_controller, demo_vault):
    controller, _window = _open(qtbot, make_controller, demo_vault)
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("CoachDesk")
    assert [p.title() for p in dialog.pages][:3] == ["General", "Security", "Data"]  # + pages of other features
    security = dialog.page(sd.SecurityPage)
    assert security.auto_lock.value() == 5  # the default
    security.auto_lock.setValue(12)
    security.clipboard.setValue(30)
    general = dialog.page(sd.GeneralPage)
    general.theme.setCurrentIndex(general.theme.findData("dark"))
    dialog.accept()
    assert controller.prefs.auto_lock_minutes == 12
    assert controller.session._idle_ms == 12 * 60_000
    assert controller.prefs.clipboard_clear_seconds == 30
    assert controller.clipboard.clear_seconds == 30
    assert controller.prefs.theme == "dark"
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    # QSettings holds UI prefs and geometry only, never content
    text = (controller.prefs.path).read_text(encoding="utf-8")
    assert "Metsätie" not in text and "K-2026" not in text


def test_a_registered_page_is_built_validated_and_saved(qtbot, make_controller, demo_vault):
    """Another feature's page registers itself (``@register_page``) and takes part in validate/save."""
    from coachdesk.app.settings_pages import register_page, unregister_page

    saved, problem = [], ["Not yet."]

    @register_page
    class ExtraPage(sd.SettingsPage):
        page_id, order = "test-extra", 1000

        def title(self) -> str:
            return "Extra"

        def validate(self):
            return problem[0]

        def save(self) -> None:
            saved.append(True)

    try:
        controller, _window = _open(qtbot, make_controller, demo_vault)
        dialog = controller.open_settings()
        qtbot.addWidget(dialog)
        assert dialog.pages[-1].title() == "Extra" and isinstance(dialog.pages[-1], ExtraPage)
        security = dialog.page(sd.SecurityPage)
        security.auto_lock.setValue(17)
        dialog.accept()  # one page says no: nothing is saved, its message shows on its page
        assert dialog.isVisible() and saved == [] and controller.prefs.auto_lock_minutes != 17
        assert dialog.ui.messageLabel.text() == "Not yet."
        assert dialog.ui.pageStack.currentWidget() is dialog.pages[-1]
        problem[0] = None
        from coachdesk.app.operations import hub

        with qtbot.waitSignal(hub().changed) as announced:
            dialog.accept()
        assert saved == [True] and controller.prefs.auto_lock_minutes == 17
        assert announced.args == [frozenset({"settings"})]
    finally:
        unregister_page("test-extra")


def test_pages_come_from_the_registry_in_order(qtbot, make_controller, demo_vault):
    from coachdesk.app.compose.channels_page import ChannelsPage
    from coachdesk.app.compose.colleagues_page import ColleaguesPage
    from coachdesk.app.vocabulary_page import VocabularyPage

    controller, _window = _open(qtbot, make_controller, demo_vault)
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    assert [type(p) for p in dialog.pages] == [sd.GeneralPage, sd.SecurityPage, sd.DataPage, ChannelsPage,
                                               ColleaguesPage, VocabularyPage]
    assert [dialog.ui.pageList.item(i).text() for i in range(dialog.ui.pageList.count())] == [
        "General", "Security", "Data", "Channels", "Colleagues", "Vocabulary"]


def test_a_page_check_blocks_saving(qtbot, make_controller, demo_vault, tmp_path):
    controller, _window = _open(qtbot, make_controller, demo_vault)
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    afile = tmp_path / "a-file"
    afile.write_text("x")
    dialog.page(sd.DataPage).folder.setText(str(afile))
    dialog.accept()
    assert dialog.isVisible() and "must be a folder" in dialog.ui.messageLabel.text()


def test_language_switch_retranslates_the_open_window(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    case = controller.session.store.get_case_by_code("K-2026-001")
    window.open_case(case.id)
    assert window.file_menu.title() == "&File"
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    general = dialog.page(sd.GeneralPage)
    general.language.setCurrentIndex(general.language.findData("fi"))
    dialog.accept()
    assert current_language() == "fi" and controller.prefs.language == "fi"
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Tiedosto")  # LanguageChange is an event
    assert window.workspace.tabs.tabText(1).replace("&", "") == "Aikajana"  # the mnemonic may move
    assert window.case_list.heading.text() == "Asiakkuudet"
    assert window.workspace.subtitle.text() == "Aktiivinen · Työkokeilu"
    assert window.windowTitle().startswith("CoachDesk")
    # Finnish dates in the case list
    last = window.case_list.proxy.index(0, 3).data()
    assert last.count(".") == 2 and "-" not in last
    controller.session.lock()
    assert controller.lock_screen.ui.titleLabel.text() == "CoachDesk on lukittu"


def test_shortcuts_are_shown_in_menus_and_controls_have_accessible_names(qtbot, make_controller, demo_vault):
    controller, window = _open(qtbot, make_controller, demo_vault)
    for action in (window.new_case_action, window.search_action, window.lock_action, window.new_reflection_action):
        assert not action.shortcut().isEmpty()
    assert window.case_list.view.accessibleName() == "Case list"
    assert controller.lock_screen.ui.passphraseEdit.accessibleName() == "Passphrase"
    assert window.workspace.timeline.editor.text_edit.accessibleName() == "Note text"


def test_generated_forms_are_up_to_date():
    assert stale_forms() == []


def test_every_translation_is_finished_in_fi_and_en():
    import xml.etree.ElementTree as ET

    from coachdesk.app.build_forms import TS_DIR

    for lang in ("fi", "en"):
        root = ET.parse(TS_DIR / f"coachdesk_{lang}.ts").getroot()
        unfinished = [m.find("source").text for m in root.iter("message")
                      if m.find("translation").get("type") == "unfinished"]
        assert unfinished == [], (lang, unfinished[:5])


def test_copied_text_is_concealed_and_cleared_after_the_timeout(qtbot, make_controller, demo_vault):
    from PySide6.QtWidgets import QApplication

    controller, window = _open(qtbot, make_controller, demo_vault)
    window.activateWindow()
    clipboard = controller.clipboard
    clipboard.clear_seconds = 1
    field = window.case_list.filter_edit
    field.setFocus()
    field.setText("Metsätie")
    field.selectAll()
    field.copy()
    qtbot.waitUntil(lambda: clipboard.holds_our_text, timeout=2000)
    mime = QApplication.clipboard().mimeData()
    assert mime.hasFormat("x-kde-passwordManagerHint") and mime.text() == "Metsätie"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)


def test_locking_clears_our_clipboard_but_not_someone_elses(qtbot, make_controller, demo_vault):
    from PySide6.QtWidgets import QApplication

    controller, _window = _open(qtbot, make_controller, demo_vault)
    controller.clipboard.copy("K-2026-001 Metsätie")
    controller.session.lock()
    assert QApplication.clipboard().text() == ""
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    controller.clipboard._text = None
    QApplication.clipboard().setText("from another app")
    controller.clipboard._text = None  # as if the change came while we were not focused
    controller.session.lock()
    assert QApplication.clipboard().text() == "from another app"


def test_change_passphrase_dialog(qtbot, make_controller, demo_vault):
    from coachdesk.vault.vault import Vault

    controller, _window = _open(qtbot, make_controller, demo_vault)
    dialog = sd.ChangePassphraseDialog(controller.session)
    qtbot.addWidget(dialog)
    dialog.old.setText("wrong one")
    dialog.new.setText("uusi pitkä tunnuslause tähän")
    dialog.again.setText("uusi pitkä tunnuslause tähän")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10000)
    assert "wrong" in dialog.message.text()
    dialog.old.setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    controller.session.lock()
    Vault.open(demo_vault, "uusi pitkä tunnuslause tähän").close()


def test_new_recovery_key_is_shown_once_and_works(qtbot, make_controller, demo_vault, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from coachdesk.app.rekey_ui import RecoveryKeyDialog
    from coachdesk.vault.vault import Vault, unlock_with_recovery_key

    controller, _window = _open(qtbot, make_controller, demo_vault)
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    security = dialog.page(sd.SecurityPage)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong passphrase", True))
    security.new_recovery_key()
    qtbot.waitUntil(security.recovery_button.isEnabled, timeout=10000)
    assert "wrong" in security.message.text() and security.findChild(RecoveryKeyDialog) is None
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (DEMO_PASSPHRASE, True))
    security.new_recovery_key()  # needs the passphrase: the data key is rotated too
    qtbot.waitUntil(lambda: security.findChild(RecoveryKeyDialog) is not None, timeout=10000)
    shown = security.findChild(RecoveryKeyDialog)
    assert shown is not None and not shown.close_button.isEnabled()
    shown.stored.setChecked(True)
    assert shown.close_button.isEnabled()
    key = shown.key
    controller.session.lock()
    Vault.open_with_key(demo_vault, unlock_with_recovery_key(demo_vault, key)).close()


def test_window_geometry_is_restored_and_prefs_hold_no_content(qtbot, make_controller, demo_vault, tmp_path):
    controller, window = _open(qtbot, make_controller, demo_vault)
    window.resize(window.width(), 520)
    controller.session.lock()
    assert controller.prefs.geometry("main") is not None
    from coachdesk.app.main_window import MainWindow

    again = MainWindow(controller.session, controller.prefs)
    qtbot.addWidget(again)
    assert again.size().height() == 520  # (the width is clamped to the offscreen screen)
    text = (tmp_path / "prefs.ini").read_text(encoding="utf-8", errors="replace")
    assert "Mets" not in text and "K-2026" not in text and "Liisa" not in text


def test_quick_unlock_can_be_switched_on_and_off_in_settings(qtbot, make_controller, demo_vault, memory_keyring):
    from coachdesk.app import workers
    from coachdesk.vault import keychain

    controller, _window = _open(qtbot, make_controller, demo_vault)
    vault_id = controller.session.vault.header.vault_id
    for on in (True, False):
        dialog = controller.open_settings()
        qtbot.addWidget(dialog)
        dialog.page(sd.SecurityPage).quick.setChecked(on)
        dialog.accept()
        workers.wait_idle()
        qtbot.waitUntil(lambda on=on: (keychain.load_key(vault_id) is not None) == on, timeout=5000)
        assert controller.prefs.quick_unlock == on


def test_settings_forms_keep_labels_and_side_by_side_buttons_apart(qtbot, make_controller, demo_vault):
    """Every settings form's labels stand LABEL_GAP from their fields (the list-and-form pages too),
    and a row of buttons inside a form keeps the style's spacing (they touched once the form's two
    spacings differed)."""
    from PySide6.QtWidgets import QFormLayout

    from coachdesk.app.compose.channels_page import ChannelsPage
    from coachdesk.app.settings_pages import LABEL_GAP

    controller, _window = _open(qtbot, make_controller, demo_vault)
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    forms = [form for page in dialog.pages for form in page.findChildren(QFormLayout)]
    assert dialog.page(ChannelsPage).form in forms
    assert all(form.horizontalSpacing() == LABEL_GAP for form in forms)
    security = dialog.page(sd.SecurityPage)
    dialog.ui.pageList.setCurrentRow(dialog.pages.index(security))
    qtbot.waitUntil(security.change_button.isVisible)
    gap = security.recovery_button.geometry().left() - security.change_button.geometry().right()
    assert gap >= 6, gap
