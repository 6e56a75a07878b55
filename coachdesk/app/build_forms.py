"""Build step: ui/*.ui -> coachdesk/app/forms/ui_*.py (pyside6-uic) and
resources/translations/*.ts -> .qm (pyside6-lrelease). Run: python -m coachdesk.app.build_forms

``--check`` exits 1 when a committed form differs from what uic generates now.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"
TS_DIR = ROOT / "resources" / "translations"
HEADER = "# Generated from ui/{name} by coachdesk/app/build_forms.py — do not edit.\n"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"build_forms: {name} not found (install pyside6-essentials)")
    return found


def generate_form(ui_file: Path) -> str:
    """The Python source uic generates for one .ui file (with our do-not-edit header)."""
    out = subprocess.run(
        [_tool("pyside6-uic"), "--no-autoconnection", str(ui_file)],
        check=True, capture_output=True, text=True,
    ).stdout
    return HEADER.format(name=ui_file.name) + out


def form_path(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def build_forms() -> list[Path]:
    FORMS_DIR.mkdir(exist_ok=True)
    (FORMS_DIR / "__init__.py").write_text('"""Generated from ui/*.ui — do not edit."""\n', encoding="utf-8")
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = form_path(ui_file)
        text = generate_form(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def stale_forms() -> list[Path]:
    return [
        form_path(ui)
        for ui in sorted(UI_DIR.glob("*.ui"))
        if not form_path(ui).exists() or form_path(ui).read_text(encoding="utf-8") != generate_form(ui)
    ]


def build_translations() -> list[Path]:
    written = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if committed forms are stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms()
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    forms = build_forms()
    qms = build_translations()
    print(f"built {len(forms)} forms, {len(qms)} translations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
