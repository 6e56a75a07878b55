"""Replies come back in the app: send through a two-way (Slack app) channel from the composer, a
colleague replies in the thread, the reply appears on the request in the Requests tab (fetched off
the UI thread), one click makes it the answer, and it shows in the case timeline; an unseen reply
of another case is counted in the case list."""

from __future__ import annotations

from coachdesk.app.case_workspace import TAB_TIMELINE
from coachdesk.outbox import twoway
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.outbox import Outbox
from tests.gui.conftest import open_composer
from tests.support.twoway_support import SLACK_CHANNEL, SLACK_TOKEN, FakeSlack


def test_a_reply_appears_on_the_request_and_becomes_the_answer(qtbot, app_window, httpserver):
    _controller, window = app_window
    store = window.session.store
    slack = FakeSlack(base=httpserver.url_for("").rstrip("/"))
    slack.install(httpserver)
    target = twoway.clean_target("slack_app", SLACK_CHANNEL, server=slack.api)
    Channels(store).add_two_way("Tiimi", "slack_app", target, SLACK_TOKEN, prefer_keychain=False)
    dialog = open_composer(qtbot, window)
    dialog.set_field("topic", "Työkokeilun tahti")
    dialog.set_field("question", "Miten sopia tahdista?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: dialog.can_send(), timeout=10000)
    dialog.send()
    page = window.workspace.requests
    qtbot.waitUntil(lambda: page.current_state() == "sent", timeout=10000)
    assert len(slack.posted) == 1
    (item,) = [i for i in Outbox(store).items() if i.kind == "slack_app"]
    assert item.message_id and slack.posted[0] == item.payload  # the previewed bytes, its ts recorded

    slack.reply(item.message_id, "Voin sparrata torstaina klo 14.")
    service = window.ask_colleague.replies
    box = page.replies_box
    service.fetch_now()  # a worker; the UI does not wait
    qtbot.waitUntil(lambda: box.isVisible() and box.list.topLevelItemCount() == 1, timeout=10000)
    row = box.list.topLevelItem(0)
    assert row.text(0) == "U012ABCDEF" and "sparrata" in row.text(2)
    assert box.answer_button.isEnabled()
    assert box.make_answer(kind="sparring", will_try="Kokeilen porrastettua aloitusta.")
    assert not box.answer_button.isEnabled()  # a reply becomes the answer once
    window.workspace.tabs.setCurrentIndex(TAB_TIMELINE)
    timeline = window.workspace.timeline
    labels = [timeline.list.item(i).text() for i in range(timeline.list.count())]
    # one timeline entry for the answer: the reply, the help received and what I will try
    assert any("Voin sparrata torstaina" in text and "Kokeilen porrastettua" in text for text in labels)

    # another reply while another case is open: counted in the case list
    case = store.get_case_by_code("K-2026-001")
    other = next(c for c in store.list_cases() if c.id != case.id)
    window.open_case(other.id)
    slack.reply(item.message_id, "Lisäksi: katso tämä.")
    service.fetch_now()
    model = window.case_list.model
    qtbot.waitUntil(lambda: model.badges == {case.id: 1}, timeout=10000)
    row = model.row_of(case.id)
    assert model.data(model.index(row, 0)).endswith("✉ 1")


def test_settings_add_a_two_way_channel_checks_the_token_off_the_ui_thread(qtbot, app_window, httpserver):
    from tests.gui.test_channels_page import _page

    controller, window = app_window
    store = window.session.store
    slack = FakeSlack(base=httpserver.url_for("").rstrip("/"))
    slack.install(httpserver)
    _dialog, page = _page(qtbot, controller)
    assert "one-way" in page.one_way_note.text()
    dialog = page.add_two_way()
    assert not dialog.server_edit.isVisibleTo(dialog) and dialog.token_edit.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("teams_graph"))
    assert dialog.team_edit.isVisibleTo(dialog) and not dialog.token_edit.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("slack_app"))
    dialog.name_edit.setText("Tiimi")
    dialog.channel_edit.setText("#kollegatuki")
    dialog.check_and_save()
    assert "C0123ABCDEF" in dialog.message.text()  # the id's shape, at once
    dialog.channel_edit.setText(SLACK_CHANNEL)
    dialog.server_edit.setText(slack.api)  # (a local imitation: hidden field, allowed only on loopback)
    dialog.token_edit.setText("xoxb-17-2048-wrongwrongwrongwrongw")
    dialog.check_and_save()
    qtbot.waitUntil(lambda: "invalid_auth" in dialog.message.text(), timeout=10000)
    assert Channels(store).list() == []  # nothing saved
    dialog.token_edit.setText(SLACK_TOKEN)
    dialog.check_and_save()
    qtbot.waitUntil(lambda: bool(Channels(store).list()), timeout=10000)
    (channel,) = Channels(store).list()
    assert channel.kind.value == "slack_app" and Channels(store).token(channel) == SLACK_TOKEN
    assert page.editing == "Tiimi" and not page.save_button.isEnabled()
    assert dialog.token_edit.text() == ""  # the secret is not kept in the widget
