"""Guard against a PySide6 6.12.0 defect on Python 3.11: each call of a ``void`` method drops one
reference to ``None`` that it never took. After a few thousand calls (printing 100+ pages makes
tens of thousands) the interpreter aborts with "none_dealloc: deallocating None".

PySide6 6.11.3 does not have the defect, and from Python 3.12 on ``None`` is immortal. Until the
project moves, :func:`top_up` keeps enough references to ``None`` alive: it is a no-op when the
defect is absent.
"""

from __future__ import annotations

import sys
import threading

TARGET = 1_000_000  # references held while the defect is present (8 MB of list slots)
_pad: list[None] = []
_lock = threading.Lock()
_affected: bool | None = None
_pinned = False


def affected() -> bool:
    """True when void PySide6 calls leak a reference to None here (probed once)."""
    global _affected
    if _affected is None:
        if sys.version_info >= (3, 12):
            _affected = False
        else:
            from PySide6.QtCore import QPointF

            point = QPointF(0.0, 0.0)
            before = sys.getrefcount(None)
            for _ in range(64):
                point.setX(1.0)
            _affected = sys.getrefcount(None) < before - 32
    return _affected


def top_up() -> None:
    """Make sure None cannot reach a reference count of zero during the next many Qt calls."""
    if not affected():
        return
    global _pinned
    with _lock:
        if not _pinned:
            # the pad must outlive interpreter shutdown, or freeing it at exit hands the deficit back
            import ctypes

            ctypes.pythonapi.Py_IncRef(ctypes.py_object(_pad))
            _pinned = True
        missing = TARGET - sys.getrefcount(None)
        if missing > TARGET // 2:
            _pad.extend([None] * missing)
