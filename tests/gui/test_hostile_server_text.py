"""A server's error words reach the app's labels escaped (issue 12, 7)."""

from __future__ import annotations

from tests.gui.conftest import add_channel, open_composer

HOSTILE = "\x1b]0;owned\x07bad\u202etxt\nforged"


def test_requests_page_and_outbox_list_escape_the_server_error(qtbot, app_window, httpserver):
    _controller, window = app_window
    httpserver.expect_request("/hook", method="POST").respond_with_data(HOSTILE, status=400)
    add_channel(window.session.store, httpserver.url_for("/hook"))
    dialog = open_composer(qtbot, window)
    dialog.set_field("question", "Miten etenisin, kun työkokeilu jumittaa?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: not dialog.pending and dialog.can_send(), timeout=10000)
    assert dialog.send()
    page = window.workspace.requests
    qtbot.waitUntil(lambda: page.current_state() == "needs_fixing", timeout=10000)
    text = page.state_label.text()
    assert "\x1b" not in text and "\u202e" not in text and "owned" in text  # controls removed or escaped
    outbox = window.ask_colleague.show_outbox()
    row = outbox.list.topLevelItem(0)
    assert "owned" in row.text(5) and "\u202e" not in row.text(5) and "\x1b" not in row.text(5) and "\x07" not in row.text(5)
    outbox.close()
