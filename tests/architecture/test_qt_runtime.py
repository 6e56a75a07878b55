"""The pinned Qt binding must not leak references to None: PySide6 6.12.0 on Python 3.11 drops one
per call of a void method and crashes the app ("none_dealloc") after a few thousand calls."""

from __future__ import annotations

import sys


def test_void_qt_calls_keep_none_refcount():
    from PySide6.QtCore import QPointF

    point = QPointF(0.0, 0.0)
    before = sys.getrefcount(None)
    for _ in range(5000):
        point.setX(1.0)
    assert sys.getrefcount(None) >= before - 50
