"""The PySide6 user interface: the only layer that imports Qt.

Importing this package first applies ``pyside_refcount_guard``: with PySide6 6.12 on Python 3.11,
every call of a void C++ method (``label.setText(...)``), every None crossing a QVariant and every
``Signal.emit`` drops a reference to None / True / False that it never took. Python 3.12 made these
objects immortal, 3.11 did not: after some tens of thousands of calls the refcount of None reaches
zero and the process aborts ("Fatal Python error: none_dealloc"). The guard gives the three
singletons a huge reference count once (what 3.12 does), so the leak can never reach zero.
"""

from __future__ import annotations

import sys

_HEADROOM = 1 << 40  # ~10^12 lost references before any trouble


def pyside_refcount_guard() -> bool:
    """Make None, True and False effectively immortal on CPython < 3.12; True when applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already / not CPython / debug build with a different object layout
    import ctypes

    for obj in (None, True, False):
        before = sys.getrefcount(obj)
        cell = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of PyObject
        if abs(cell.value - before) > 4:  # not the object layout we expect: leave it alone
            return False
        if cell.value < _HEADROOM:
            cell.value += _HEADROOM
    return True


pyside_refcount_guard()
