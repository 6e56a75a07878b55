"""Printable case summaries in the UI: options, preview, print or save as PDF.

Public entry points (imported lazily so that importing this package stays cheap):
``open_print_dialog(parent, vault, case_id)``, ``make_print_action(parent, vault_getter,
case_id_getter)`` (a Ctrl+P QAction) and ``install_print_action(main_window)`` (adds that action
through the main window's ``add_case_action`` hook).
"""

from __future__ import annotations

from typing import Any


def open_print_dialog(parent: Any, vault: Any, case_id: int, *, session: Any = None) -> Any:
    from coachdesk.app.summary.dialog import open_print_dialog as _open

    return _open(parent, vault, case_id, session=session)


def make_print_action(parent: Any, vault_getter: Any, case_id_getter: Any) -> Any:
    from coachdesk.app.summary.dialog import make_print_action as _make

    return _make(parent, vault_getter, case_id_getter)


def install_print_action(window: Any) -> Any:
    """Add the Ctrl+P action to a MainWindow through its ``add_case_action`` hook."""
    from coachdesk.app.summary.dialog import install_print_action as _install

    return _install(window)


__all__ = ["install_print_action", "make_print_action", "open_print_dialog"]
