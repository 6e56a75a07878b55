"""Settings → Channels and Colleagues share the list-and-form base: unsaved form changes hold the
dialog's OK, and both lists follow the change hub (a team import fills them, nobody calls reload)."""

from __future__ import annotations

from coachdesk.app.compose.channels_page import ChannelsPage
from coachdesk.app.compose.colleagues_page import ColleaguesPage
from coachdesk.app.operations import run_op
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.colleagues import Colleague, add_colleague
from tests.support.delivery import GOOD_URLS


def test_an_unsaved_colleague_form_holds_ok_and_shows_its_page(qtbot, app_window):
    controller, _window = app_window
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    page = dialog.page(ColleaguesPage)
    assert not page.dirty
    page.name_edit.setText("Maija Mentori")
    assert page.dirty and page.validate().startswith("Colleagues:")
    dialog.accept()
    assert dialog.isVisible() and dialog.ui.pageStack.currentWidget() is page
    assert "not saved" in dialog.ui.messageLabel.text()
    assert page.save_colleague() and not page.dirty  # saved: the form is clean again
    page.name_edit.setText("Maija M.")
    page.new_colleague()  # New drops the change
    assert not page.dirty
    dialog.accept()
    assert not dialog.isVisible()


def test_channel_kind_alone_is_no_unsaved_channel(qtbot, app_window):
    controller, _window = app_window
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    page = dialog.page(ChannelsPage)
    page.new_channel()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("slack"))
    assert page.validate() is None
    page.url_edit.setText(GOOD_URLS["slack"])
    assert page.validate() is not None  # a typed address is not dropped silently


def test_both_pages_follow_a_change_made_by_an_operation(qtbot, app_window, memory_keyring):
    controller, _window = app_window
    store = controller.session.store
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    channels, colleagues = dialog.page(ChannelsPage), dialog.page(ColleaguesPage)
    before = (channels.list.count(), colleagues.list.count())

    def work():  # a real write on the worker, like the team import
        Channels(store).add("Tiimikanava", "slack", GOOD_URLS["slack"])
        add_colleague(store, Colleague("Maija Mentori", ["masennus"], "maija.mentori@example.fi"))

    run_op(dialog, work, changes={"channels", "colleagues"})
    qtbot.waitUntil(lambda: (channels.list.count(), colleagues.list.count()) == (before[0] + 1, before[1] + 1),
                    timeout=10000)
    assert "Tiimikanava" in channels.item_keys()


def test_a_removed_item_leaves_the_other_page_s_clean_form(qtbot, app_window):
    controller, _window = app_window
    store = controller.session.store
    saved = add_colleague(store, Colleague("Ville Vertainen", ["uupumus"], ""))
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    page = dialog.page(ColleaguesPage)
    page.list.setCurrentRow(page.item_keys().index(saved.id))
    assert page.editing == saved.id
    from coachdesk.outbox.colleagues import remove_colleague

    run_op(dialog, lambda: remove_colleague(store, saved.id), changes={"colleagues"})
    qtbot.waitUntil(lambda: saved.id not in page.item_keys(), timeout=10000)
    assert page.editing is None and page.name_edit.text() == ""
