"""The worker helper, and a process that makes many void Qt calls (PySide6 6.12.0 aborted there)."""

from __future__ import annotations

import subprocess
import sys
import threading

from coachdesk.app import workers


def test_results_and_errors_come_back_on_the_ui_thread(qtbot):
    main = threading.get_ident()
    seen = []
    workers.run_in_thread(lambda: threading.get_ident(), lambda r: seen.append(("ok", r, threading.get_ident())))

    def boom():
        raise ValueError("no")

    workers.run_in_thread(boom, None, lambda e: seen.append(("err", str(e), threading.get_ident())))
    qtbot.waitUntil(lambda: len(seen) == 2)
    ok = next(s for s in seen if s[0] == "ok")
    assert ok[1] != main and ok[2] == main  # ran on a worker, delivered on the UI thread
    assert ("err", "no", main) in seen


def test_cancelled_results_are_dropped(qtbot):
    seen = []
    relay = workers.run_in_thread(lambda: 1, seen.append)
    relay.cancelled = True
    workers.wait_idle()
    qtbot.wait(20)
    assert seen == []


def test_many_void_qt_calls_and_worker_results_do_not_abort_the_process():
    """PySide6 6.12.0 on Python 3.11 aborts here with 'none_dealloc'; the pinned 6.11.3 must not."""
    code = (
        "import os, sys\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import coachdesk.app\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "from coachdesk.app.workers import run_in_thread, wait_idle\n"
        "app = QApplication([])\nlabel = QLabel()\n"
        "for i in range(100_000):\n    label.setText('x')\n"
        "got = []\n"
        "for i in range(3000):\n    run_in_thread(lambda: None, got.append)\n"
        "wait_idle()\n"
        "while len(got) < 3000:\n    app.processEvents()\n"
        "print('survived')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "survived" in proc.stdout, proc.stderr[-1500:]
