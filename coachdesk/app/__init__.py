"""The PySide6 user interface: the only layer that imports Qt.

PySide6 is pinned to 6.11.3: 6.12.0 drops a reference to None on every call of a void method on
Python 3.11 and aborts the process after a few thousand calls (tests/architecture/test_qt_runtime.py).
"""
