"""``coachdesk self-test [--screenshots DIR]``: the GUI on a temporary demo vault, walked end to end.

Lock screen -> unlock -> case list -> a case -> note editor (autosave) -> a reflection -> search ->
settings (general, channels, colleagues) -> ask a colleague (write, check with questions, send to a
local webhook on 127.0.0.1) -> the request with an answer -> settings (vocabulary) -> lock. Exits 0
when every step did what it should; with --screenshots saves a PNG of each.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


class SelfTestFailed(Exception):
    pass


def fast_kdf():
    from coachdesk.vault import keys

    return keys.KdfParams(salt=keys.b64e(os.urandom(16)), iterations=2, memory_kib=1024)


def wait_until(condition: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Spin the event loop until ``condition()``."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(f"timed out waiting for {what or condition}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def pump(ms: int = 50) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


class Walk:
    def __init__(self, shots: Path | None, log: Callable[[str], None]) -> None:
        self.shots = shots
        self.log = log
        self.count = 0

    def shot(self, name: str, widget) -> None:
        self.count += 1
        if self.shots is None:
            return
        pump(120)
        path = self.shots / f"{self.count:02d}-{name}.png"
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from coachdesk.fileio import write_private_atomic

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not widget.grab().save(buffer, "PNG"):
            raise SelfTestFailed(f"could not save {path}")
        write_private_atomic(path, bytes(data.data()), for_user=True)  # never into a vault folder
        self.log(f"  screenshot {path}")


def walk(controller, folder: Path, shots: Path | None, log: Callable[[str], None]) -> None:
    from coachdesk.app.case_workspace import TAB_TIMELINE
    from coachdesk.vault.demo import DEMO_PASSPHRASE

    w = Walk(shots, log)
    session = controller.session
    log("lock screen")
    lock = controller.lock_screen
    wait_until(lock.isVisible, what="lock screen")
    lock.ui.passphraseEdit.setText(DEMO_PASSPHRASE)
    w.shot("lock-screen", lock)
    lock.unlock()
    wait_until(lambda: session.is_unlocked, 30, "unlock")
    window = controller.main_window
    wait_until(window.isVisible, what="main window")
    log("case list")
    count = window.case_list.model.rowCount()
    if count < 3:
        raise SelfTestFailed(f"expected the demo cases, found {count}")
    w.shot("case-list", window)
    log("a case")
    from coachdesk.services import cases

    case = cases.case_by_code(session.store, "K-2026-001")
    window.open_case(case.id)
    if window.current_case() is None or window.current_case().id != case.id:
        raise SelfTestFailed("the case did not open")
    w.shot("case-overview", window)
    log("note editor")
    window.workspace.tabs.setCurrentIndex(TAB_TIMELINE)
    timeline = window.workspace.timeline
    note = window.workspace.new_note()
    editor = timeline.editor
    editor.text_edit.setPlainText("Liisa Mäkelä kertoi, että työkokeilu Kangasalla sujuu. "
                                  "Seuraavaksi sovitaan työajan lisäämisestä.")
    wait_until(lambda: not editor.dirty, 5, "autosave")
    if cases.note(session.store, note.id).text != editor.text_edit.toPlainText():
        raise SelfTestFailed("autosave did not store the note")
    wait_until(lambda: editor.hint_label.isVisible(), 5, "identifier hint")
    w.shot("note-editor", window)
    log("reflection")
    window.new_reflection()
    dialog = window.reflection_dialogs[-1]
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("driscoll"))
    dialog.title_edit.setText("Työajan lisääminen")
    dialog.set_answer("what", "Asiakas jännitti pidempiä päiviä.")
    dialog.set_answer("so_what", "Portaittainen eteneminen auttaa.")
    dialog.set_answer("now_what", "Sovitaan verkostotapaaminen.")
    w.shot("reflection", dialog)
    dialog.save_and_close()
    if not any(r.title == "Työajan lisääminen" for r in cases.reflections(session.store, case.id)):
        raise SelfTestFailed("the reflection was not saved")
    log("search")
    window.open_search()
    search = window.search_dialog
    search.query.setText("kipu")
    wait_until(lambda: search.results.count() > 0, 10, "search results")
    w.shot("search", search)
    search.hide()
    log("settings")
    hook = _local_webhook()
    try:
        _settings_pages(controller, w, hook.url)
        _ask_a_colleague(controller, window, case, w, log)
    finally:
        hook.close()
    _vocabulary_page(controller, w)  # last: the earlier shots keep their numbers (README links them)
    log("lock")
    session.lock()
    if window.isVisible() or window.case_list.model.rowCount() or editor.text_edit.toPlainText():
        raise SelfTestFailed("content still visible after lock")
    wait_until(lock.isVisible, what="lock screen after lock")


class _Webhook:
    """A webhook on 127.0.0.1 that answers 200 (the composer's message really goes out and arrives)."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.received: list[bytes] = []
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                received.append(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _local_webhook() -> _Webhook:
    os.environ["COACHDESK_ALLOW_LOCAL_WEBHOOKS"] = "1"  # this process only: the demo walk's own server
    return _Webhook()


def _settings_pages(controller, w: Walk, url: str) -> None:
    from coachdesk.outbox.colleagues import Colleague, add_colleague
    from coachdesk.services.channels import add_channel

    store = controller.session.store
    add_channel(store, "Tiimi", "json", url)
    add_colleague(store, Colleague("Maija Mentori", ["työkokeilu", "masennus"], teams_upn="maija.mentori@example.fi"))
    add_colleague(store, Colleague("Ville Valmentaja", ["uupumus"], slack_id="U012ABCDEF"))
    settings = controller.open_settings()
    wait_until(settings.isVisible, what="settings")
    w.shot("settings", settings)
    for index, page in enumerate(settings.pages):
        name = type(page).__name__
        if name in ("ChannelsPage", "ColleaguesPage"):
            settings.ui.pageList.setCurrentRow(index)
            page.list.setCurrentRow(0)
            w.shot("settings-" + name.removesuffix("Page").lower(), settings)
    settings.reject()


def _vocabulary_page(controller, w: Walk) -> None:
    """Settings → Vocabulary, the coach's never-scrub list (shown, not saved)."""
    settings = controller.open_settings()
    wait_until(settings.isVisible, what="settings")
    index = next((i for i, p in enumerate(settings.pages) if p.page_id == "vocabulary"), None)
    if index is None:
        raise SelfTestFailed("the Settings dialog has no Vocabulary page")
    settings.ui.pageList.setCurrentRow(index)
    w.shot("settings-vocabulary", settings)
    settings.reject()


def _ask_a_colleague(controller, window, case, w: Walk, log: Callable[[str], None]) -> None:
    from coachdesk.app.case_workspace import TAB_REQUESTS

    log("ask a colleague")
    window.open_case(case.id)
    dialog = window.ask_colleague.ask(from_selection=False)
    wait_until(dialog.isVisible, what="composer")
    dialog.set_field("question", "Miten tukisin Liisaa, kun työnantaja toivoo pidempiä päiviä jo ensi viikolla?")
    dialog.set_field("tried", "Soitin hänelle numeroon 040 123 4567; sovimme tapaamisen Kangasalla. "
                              "Menimme Valkeaan taloon keskustelemaan.")
    wait_until(lambda: not dialog.pending, 15, "review")
    w.shot("composer", dialog)
    dialog.tabs.setCurrentIndex(1)
    wait_until(lambda: not dialog.pending, 15, "review")
    if not dialog.result.questions:
        raise SelfTestFailed("the review asked nothing about an uncertain word")
    w.shot("review-questions", dialog)
    for question in list(dialog.result.questions):
        dialog.answer(question.key)
    wait_until(lambda: dialog.can_send(), 15, "a review that may be sent")
    w.shot("review-ready", dialog)
    sent_text = dialog.outgoing_view.toPlainText()
    for secret in ("Mäkelä", "040 123 4567", "Kangasala"):
        if secret in sent_text:
            raise SelfTestFailed(f"{secret!r} would have been sent")
    dialog.send()
    page = window.workspace.requests
    wait_until(lambda: page.current_state() == "sent", 20, "delivery to the local webhook")
    log("an answer")
    from coachdesk.outbox.requests import FollowupKind, add_followup

    rid = page.current_request_id()
    store = controller.session.store
    add_followup(store, rid, FollowupKind.ANSWER, "Maija: porrasta työaika kahdessa viikossa ja sovi "
                                                  "välipalaveri työnantajan kanssa.")
    add_followup(store, rid, FollowupKind.WILL_TRY, "Ehdotan 4 h → 6 h portaita ja tapaamista perjantaina.")
    from coachdesk.app.operations import notify

    notify({"requests"})
    window.workspace.tabs.setCurrentIndex(TAB_REQUESTS)
    if page.life_state(rid) != "answered" or not page.answers_view.toPlainText():
        raise SelfTestFailed("the answer did not close the loop")
    w.shot("request-answered", window)


def cmd_self_test(args) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coachdesk.app import kdf
    from coachdesk.app.main import build
    from coachdesk.vault.demo import create_demo_vault

    shots = Path(args.screenshots) if getattr(args, "screenshots", None) else None
    if shots is not None:
        from coachdesk.outpath import check_output_path

        check_output_path(shots)  # not inside a vault folder
        shots.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="coachdesk-selftest-"))
    folder = tmp / ".demo-vault"
    kdf.override = fast_kdf

    def log(text: str) -> None:
        print(f"self-test: {text}", flush=True)

    try:
        create_demo_vault(folder, kdf=fast_kdf())
        _app, controller = build(folder, prefs_path=tmp / "prefs.ini", check_keychain=False)
        if getattr(args, "lang", None):
            controller.set_language(args.lang)
        controller.start()
        from coachdesk.app.main import set_app_icon

        set_app_icon(controller)
        walk(controller, folder, shots, log)
        controller.shutdown()
        log("ok")
        return 0
    except SelfTestFailed as err:
        print(f"self-test: FAILED: {err}", file=sys.stderr)
        return 1
    finally:
        kdf.override = None
        shutil.rmtree(tmp, ignore_errors=True)
