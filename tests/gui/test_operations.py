"""The operation runner and the change hub (coachdesk/app/operations.py): work off the UI thread,
one error path, one ``changed(kinds)`` per operation, and real pages refreshing themselves from it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk.app import operations
from coachdesk.app.operations import hub, listen, run_op
from coachdesk.domain import help_request as hr
from coachdesk.errors import CoachDeskError, VaultLocked
from coachdesk.outbox import requests as rq
from coachdesk.outbox.channels import Channels
from coachdesk.outbox.compose import preview_payload
from coachdesk.outbox.outbox import Outbox


@pytest.fixture
def heard(qtbot):
    """Every ``changed`` the hub emits during the test, in order."""
    got: list[frozenset[str]] = []
    owner = QObject()
    listen(owner, operations.KINDS, got.append)
    yield got
    owner.deleteLater()


def test_the_work_runs_off_the_ui_thread_and_changed_fires_once(qtbot, heard):
    main = threading.get_ident()
    results = []
    with qtbot.waitSignal(hub().changed, timeout=10000) as blocker:
        run_op(None, threading.get_ident, changes={"outbox", "requests"},
               success=lambda worker: results.append((worker, threading.get_ident(), list(heard))))
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    worker, delivered_on, heard_before_success = results[0]
    assert worker != main and delivered_on == main
    assert blocker.args == [frozenset({"outbox", "requests"})]
    assert heard_before_success == [frozenset({"outbox", "requests"})]  # views refresh before success()
    qtbot.waitUntil(lambda: not operations.busy(), timeout=10000)
    assert heard == [frozenset({"outbox", "requests"})]  # once


def test_unknown_kinds_are_refused():
    with pytest.raises(ValueError):
        run_op(None, lambda: None, changes={"everything"})
    with pytest.raises(ValueError):
        operations.notify({"case"})


def test_a_core_error_reaches_the_one_error_path_translated_and_nothing_is_announced(qtbot, heard):
    from coachdesk.app import i18n
    from coachdesk.app.core_errors import translate_error

    messages = []
    i18n.install_language("fi")
    try:
        run_op(None, _raise(VaultLocked()), changes={"cases"}, failure=messages.append)
        qtbot.waitUntil(lambda: bool(messages), timeout=10000)
        finnish = translate_error(VaultLocked())
    finally:
        i18n.install_language("en")
    assert messages == [finnish] and finnish != str(VaultLocked())  # the core's sentence, in Finnish
    assert heard == []  # a failed operation changed nothing


def test_without_a_failure_callback_the_error_shows_in_a_box_and_hides_an_unexpected_error_s_text(
        qtbot, app_window, heard):
    _controller, window = app_window
    run_op(window, _raise(KeyError("Maija Meikäläinen")), changes={"cases"})
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "operationError") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "operationError")
    assert "KeyError" in box.text() and "Maija" not in box.text()  # the type only: no data
    box.accept()
    assert operations.failure_message(PermissionError(13, "Permission denied", "/home/maija/asiakas.txt")) == \
        "The operation failed (PermissionError: Permission denied)."  # the reason, not the path
    run_op(window, _raise(CoachDeskError("The vault is locked.")))
    qtbot.waitUntil(lambda: any(b.isVisible() and b.text() == "The vault is locked."
                                for b in window.findChildren(QMessageBox, "operationError")), timeout=10000)
    assert heard == []


def test_a_long_operation_shows_progress_in_the_status_bar_until_it_ends(qtbot, app_window):
    _controller, window = app_window
    release = threading.Event()
    done = []
    run_op(window, lambda: release.wait(30), success=done.append, progress="Sending…")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Sending…", timeout=10000)
    assert operations.busy() and QApplication.overrideCursor() is not None
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert window.statusBar().currentMessage() == "" and not operations.busy()
    assert QApplication.overrideCursor() is None


def test_the_requests_page_refreshes_itself_after_an_operation(qtbot, app_window, heard):
    controller, window = app_window
    store = controller.session.store
    case = store.get_case_by_code("K-2026-001")
    window.open_case(case.id)
    page = window.workspace.requests
    before = page.list.topLevelItemCount()

    def work():  # a real write to the real vault, on the worker
        return rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="paluu työkokeiluun",
                                                     question="Miten porrastaisin työaikaa?")).id

    saved = []
    run_op(window, work, changes={"requests"}, success=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10000)
    assert page.list.topLevelItemCount() == before + 1  # nobody called page.refresh()
    assert saved[0] in page.records
    assert heard == [frozenset({"requests"})]


def test_the_outbox_window_refreshes_itself_after_an_operation(qtbot, app_window, httpserver):
    controller, window = app_window
    store = controller.session.store
    case = store.get_case_by_code("K-2026-001")
    Channels(store).add("Tiimi", "json", httpserver.url_for("/hook"))
    request = rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="jaksaminen",
                                                    question="Mitä kokeilisin seuraavaksi?"))
    item = Outbox(store).create_draft(request.id, "Tiimi", preview_payload(request, "json"))
    dialog = window.ask_colleague.show_outbox()
    qtbot.addWidget(dialog)
    assert item.id in dialog.items and dialog.list.topLevelItemCount() == 1
    run_op(dialog, lambda: Outbox(store).cancel(item.id), changes={"outbox"})
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=10000)  # a cancelled item is hidden
    assert item.id not in dialog.items


def test_a_listener_goes_with_its_view(qtbot):
    got = []
    owner = QObject()
    listen(owner, {"cases"}, got.append)
    operations.notify({"cases"})
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    operations.notify({"cases"})
    assert got == [frozenset({"cases"})]


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def _raise(err: BaseException):
    def fn():
        raise err

    return fn


def test_a_detail_marked_identifying_in_the_composer_reaches_the_case_tabs(qtbot, app_window):
    from tests.gui.conftest import open_composer

    _controller, window = app_window
    dialog = open_composer(qtbot, window)
    assert "Ruskeasuo" not in window.workspace.identifiers.terms()
    dialog.add_term("Ruskeasuo")  # the composer announces it; the workspace refreshes itself
    assert "Ruskeasuo" in window.workspace.identifiers.terms()
    assert "Ruskeasuo" in window.workspace.timeline.terms
