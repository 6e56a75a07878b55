"""Untrusted text made safe to print on a terminal or show in a label (Qt-free, one helper).

Server answers, file names and anything else from outside may hold escape sequences (ESC, CSI,
OSC: clear the screen, set the window title), other C0/C1 controls, DEL, bidi overrides that
reorder what is shown, or line breaks that forge an extra output line. ``shown`` writes each of
them as a visible escape (``\\x1b``, ``\\u202e``), so what the coach sees is what arrived.
"""

from __future__ import annotations

# bidi embeddings, overrides, isolates and marks; line and paragraph separators
_UNICODE_CONTROLS = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029]


def _escape(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _table(keep: str) -> dict[int, str]:
    codes = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *_UNICODE_CONTROLS]
    return {code: _escape(code) for code in codes if chr(code) not in keep}


_ONE_LINE = _table("")
_MULTI_LINE = _table("\n\t")


def shown(text: object, *, one_line: bool = True) -> str:
    """``text`` with control, escape and bidi characters written as visible escapes.

    ``one_line`` (the default) escapes line breaks and tabs too; otherwise ``\\n`` and ``\\t``
    are kept (``\\r`` is always escaped: it can overwrite what a line showed)."""
    return str(text).translate(_ONE_LINE if one_line else _MULTI_LINE)
