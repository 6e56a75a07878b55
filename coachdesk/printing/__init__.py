"""Printable documents drawn with Qt's painting classes (QtGui and QtPrintSupport, never widgets):
a case summary laid out on pages (``layout``), drawn with a QPainter (``paint``) into a PDF, a
printer or page images (``render``), with the bundled fonts (``fonts``) and, for the command line,
a window-less Qt application (``headless``).

The second Qt layer next to ``coachdesk/app/``: the app's preview and print dialog and the
``coachdesk summary`` command both use it, so the command line never imports the UI package.
It imports nothing from ``coachdesk.app`` (``tests/architecture/test_qt_free_core.py``).
"""
