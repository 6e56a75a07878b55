"""Printable case summaries in the UI: options, preview, print or save as PDF.

Public entry points (imported lazily so that importing this package stays cheap):
``open_print_dialog(parent, vault, case_id)`` and ``make_print_action(parent, vault_getter,
case_id_getter)`` (a Ctrl+P QAction for the main window).
"""

from __future__ import annotations

from typing import Any


def open_print_dialog(parent: Any, vault: Any, case_id: int) -> Any:
    from coachdesk.app.summary.dialog import open_print_dialog as _open

    return _open(parent, vault, case_id)


def make_print_action(parent: Any, vault_getter: Any, case_id_getter: Any) -> Any:
    from coachdesk.app.summary.dialog import make_print_action as _make

    return _make(parent, vault_getter, case_id_getter)


__all__ = ["make_print_action", "open_print_dialog"]
