"""Delivery in the background: the worker follows lock / unlock, the UI never waits on the network,
and the coach's choices for "possibly sent" and "needs fixing"."""

from __future__ import annotations

import threading

from werkzeug.wrappers import Response

from coachdesk.vault.demo import DEMO_PASSPHRASE
from tests.gui.conftest import add_channel, open_composer, unlock


def _compose_ready(qtbot, window):
    dialog = open_composer(qtbot, window)
    dialog.set_field("question", "Miten etenisin, kun työkokeilu jumittaa?")
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: not dialog.pending and dialog.can_send(), timeout=10000)
    return dialog


def test_worker_starts_on_unlock_and_stops_on_lock(qtbot, app_window):
    controller, window = app_window
    service = window.ask_colleague.service
    qtbot.waitUntil(lambda: service.running, timeout=10000)
    worker = service.worker
    assert worker is not None and worker.is_alive()
    controller.session.lock()
    assert not worker.is_alive() and service.worker is None
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    qtbot.waitUntil(lambda: service.running, timeout=5000)
    assert service.worker is not worker


def test_the_ui_never_waits_on_the_network(qtbot, app_window, httpserver):
    _controller, window = app_window
    release = threading.Event()
    answered = threading.Event()

    def slow(_request):
        release.wait(10)
        answered.set()
        return Response("ok", status=200)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(slow)
    add_channel(window.session.store, httpserver.url_for("/hook"))
    dialog = _compose_ready(qtbot, window)
    assert dialog.send()
    page = window.workspace.requests
    assert not answered.is_set()  # send() returned while the server was still holding its answer
    assert page.current_state() in ("queued", "sending")
    qtbot.waitUntil(lambda: len(httpserver.log) == 0 and page.current_state() in ("queued", "sending"))
    release.set()
    qtbot.waitUntil(lambda: page.current_state() == "sent", timeout=10000)


def test_possibly_sent_then_mark_delivered(qtbot, app_window, httpserver):
    _controller, window = app_window
    httpserver.expect_request("/hook", method="POST").respond_with_data("oops", status=502)
    add_channel(window.session.store, httpserver.url_for("/hook"))
    _compose_ready(qtbot, window).send()
    page = window.workspace.requests
    qtbot.waitUntil(lambda: page.current_state() == "possibly_sent", timeout=10000)
    assert page.check_button.isVisibleTo(page) and page.delivered_button.isVisibleTo(page)
    assert page.again_button.isVisibleTo(page)
    assert "Possibly sent" in page.state_label.text()
    page.check_button.click()
    ref = page.records[page.current_request_id()].request.ref
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == f"#{ref}"
    page.delivered_button.click()
    assert page.current_state() == "sent"
    assert len(httpserver.log) == 1  # never resent automatically


def test_needs_fixing_then_edit_and_resend(qtbot, app_window, httpserver):
    _controller, window = app_window
    httpserver.expect_oneshot_request("/hook", method="POST").respond_with_data("channel_not_found", status=404)
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok", status=200)
    add_channel(window.session.store, httpserver.url_for("/hook"))
    _compose_ready(qtbot, window).send()
    page = window.workspace.requests
    qtbot.waitUntil(lambda: page.current_state() == "needs_fixing", timeout=10000)
    assert "Needs fixing" in page.state_label.text() and page.edit_button.isVisibleTo(page)
    page.edit_button.click()
    dialog = window.ask_colleague.dialogs[-1]
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    qtbot.waitUntil(lambda: dialog.can_send(), timeout=10000)
    assert dialog.send()
    qtbot.waitUntil(lambda: page.current_state() == "sent", timeout=10000)
    assert page.list.topLevelItemCount() == 1  # the same request, sent again after the fix
    from coachdesk.outbox.outbox import Outbox

    states = [i.state.value for i in Outbox(window.session.store).items()]
    assert states == ["cancelled", "sent"]


def test_global_outbox_view_and_lock_closes_composer(qtbot, app_window, httpserver):
    controller, window = app_window
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=502)
    add_channel(window.session.store, httpserver.url_for("/hook"))
    _compose_ready(qtbot, window).send()
    page = window.workspace.requests
    qtbot.waitUntil(lambda: page.current_state() == "possibly_sent", timeout=10000)
    view = window.ask_colleague.show_outbox()
    assert view.list.topLevelItemCount() == 1
    view.list.setCurrentItem(view.list.topLevelItem(0))
    assert view.delivered_button.isEnabled()
    composer = open_composer(qtbot, window)
    assert composer.isVisible()
    controller.session.lock()
    assert window.ask_colleague.dialogs == []


def test_network_back_resends_what_never_left(qtbot, app_window, httpserver):
    from PySide6.QtNetwork import QNetworkInformation

    from coachdesk.outbox.outbox import Outbox

    _controller, window = app_window
    service = window.ask_colleague.service
    add_channel(window.session.store, httpserver.url_for("/hook"))
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    httpserver.stop()  # "offline": connection refused
    try:
        _compose_ready(qtbot, window).send()
        outbox = Outbox(window.session.store)
        page = window.workspace.requests
        # The outcome is stored by the worker before the page hears of it: wait for both.
        qtbot.waitUntil(lambda: outbox.items()[-1].last_outcome == "never_left", timeout=10000)
        qtbot.waitUntil(lambda: page.current_state() == "queued", timeout=10000)
        item = outbox.items()[-1]
        assert item.next_attempt_at > item.updated_at  # waiting for its backoff
    finally:
        httpserver.start()  # the server is shared by the session's tests
    service._reachability(QNetworkInformation.Reachability.Online)  # what the OS reports
    qtbot.waitUntil(lambda: page.current_state() == "sent", timeout=10000)


def test_status_bar_shows_what_waits_for_a_decision(qtbot, app_window, httpserver):
    _controller, window = app_window
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=504)
    add_channel(window.session.store, httpserver.url_for("/hook"))
    ask = window.ask_colleague
    assert not ask.status_button.isVisibleTo(window)
    _compose_ready(qtbot, window).send()
    qtbot.waitUntil(lambda: "decision" in ask.status_button.text(), timeout=10000)
    assert ask.status_button.isVisibleTo(window)
    window.workspace.requests.delivered_button.click()
    assert not ask.status_button.isVisibleTo(window)
