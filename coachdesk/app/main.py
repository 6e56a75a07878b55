"""Start-up of the desktop app: QApplication and the lock screen first, everything heavy later.

Nothing imported here pulls in SQLAlchemy, Alembic, keyring or httpx: those load on a worker
while the coach types the passphrase (see lock_screen.warm_up).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()
ICON_DELAY_MS = 120


def make_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    # High DPI: Qt 6 scales by default with the PassThrough rounding policy (no set-up needed).
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("CoachDesk")
    app.setOrganizationName("CoachDesk")
    # No application display name: on X11/Wayland Qt appends it to every window title, and ours
    # already start with "CoachDesk —" ("CoachDesk — Asetukset — CoachDesk").
    app.setDesktopFileName("coachdesk")
    return app


def set_app_icon(controller=None) -> None:
    """Window and taskbar icon (resources/icons/app). Set just after the lock screen is painted:
    importing the About module and QIcon costs start-up time and the icon is not needed earlier."""
    from PySide6.QtWidgets import QApplication

    from coachdesk.app.about import app_icon

    QApplication.instance().setWindowIcon(app_icon())
    lock = getattr(controller, "lock_screen", None)
    if lock is not None:
        lock.show_icon()


def build(data_dir: Path | None = None, *, prefs_path: Path | None = None, check_keychain: bool = True):
    """Create the application objects (used by run_app, the self-test and the tests)."""
    from coachdesk.app import i18n
    from coachdesk.app.controller import AppController
    from coachdesk.app.prefs import Prefs
    from coachdesk.app.theme import apply_theme

    app = make_application()
    prefs = Prefs(prefs_path)
    folder = Path(data_dir) if data_dir else (Path(prefs.data_dir) if prefs.data_dir else None)
    if folder is None:
        from coachdesk.paths import default_data_dir

        folder = default_data_dir()
    i18n.install_language(prefs.language or i18n.system_language())
    apply_theme(app, prefs.theme, system_dark=prefs.system_dark)
    controller = AppController(folder.expanduser(), prefs, check_keychain=check_keychain)
    return app, controller


def _startup_probe(controller) -> None:
    """COACHDESK_STARTUP_PROBE=1: once the lock screen has painted, print when (``painted_at``, the
    system-wide monotonic clock) and what was imported before, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from coachdesk.app.lock_screen import qt_type_built

    def report() -> None:
        heavy = [m for m in ("sqlalchemy", "alembic", "keyring", "httpx") if m in sys.modules]
        # PySide6 builds a module's types on first use; the Qt namespace alone costs ~16 ms.
        qt_namespace = int(qt_type_built("PySide6.QtCore", "Qt"))
        painted = controller.lock_screen.painted_at  # perf_counter: comparable across processes
        print(f"SHOWN {painted - _T0:.4f} painted_at={painted:.6f} qt_namespace={qt_namespace} "
              f"heavy={','.join(heavy) or '-'}", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)  # the deferred start-up work runs first

    controller.lock_screen.first_painted.connect(report)


def run_app(data_dir: Path | None = None) -> int:
    from PySide6.QtCore import QTimer

    app, controller = build(data_dir)
    controller.start()
    QTimer.singleShot(ICON_DELAY_MS, lambda: set_app_icon(controller))
    if os.environ.get("COACHDESK_STARTUP_PROBE"):
        _startup_probe(controller)
    return app.exec()
