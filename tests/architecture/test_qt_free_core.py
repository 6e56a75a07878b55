"""The core (domain, privacy, vault, outbox, export, commands) never imports PySide6.

Two packages may: ``app`` (the UI) and ``printing`` (documents drawn with QtGui for the app and the
``summary`` command; no widgets, nothing from ``app``)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "coachdesk"
UI_LAYER = {"app", "printing"}  # the packages that may import Qt


def _core_modules() -> list[str]:
    mods = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts
        if len(parts) > 1 and parts[1] in UI_LAYER:
            continue
        if parts[-1] == "__main__":
            continue
        mods.append(".".join(p for p in parts if p != "__init__"))
    return sorted(mods)


def test_no_pyside6_import_statement_outside_ui_layer():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] in UI_LAYER:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6", "PyQt6", "PyQt5") for n in names):
                offenders.append(f"{path}:{node.lineno}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    mods = _core_modules()
    assert "coachdesk.vault.vault" in mods and "coachdesk.domain.models" in mods
    # moved out of the app package (issue 15): the review model and its HTML, matching, strength
    assert {"coachdesk.outbox.review", "coachdesk.outbox.review_html", "coachdesk.privacy.identifier_match",
            "coachdesk.vault.strength"} <= set(mods)
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}:\n    importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_cli_version_imports_nothing_heavy():
    code = (
        "import sys\nfrom coachdesk.cli import build_parser\nbuild_parser()\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'keyring', 'httpx', 'PySide6', 'cryptography') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_printing_uses_no_widgets_and_nothing_of_the_app():
    """The printing layer draws with QtGui / QtPrintSupport only, so the command line can use it
    without a display and without the UI package."""
    offenders = []
    for path in (PACKAGE / "printing").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.startswith(("PySide6.QtWidgets", "coachdesk.app")) for n in names):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
