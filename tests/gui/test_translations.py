"""Every string of the "Ask a colleague" UI is in the fi and en translations, none unfinished."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "coachdesk" / "app" / "compose").glob("*.py")), ROOT / "coachdesk/app/requests_page.py"]


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            out[(name, message.findtext("source"))] = message
    return out


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_compose_strings_are_translated(lang, tmp_path):
    from coachdesk.app.build_forms import _tool

    mine = tmp_path / "mine.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-silent", *map(str, SOURCES), "-ts", str(mine)], check=True)
    wanted = set(_messages(mine))
    assert len(wanted) > 150
    have = _messages(ROOT / "resources" / "translations" / f"coachdesk_{lang}.ts")
    missing = sorted(wanted - set(have))
    assert not missing, f"run python -m coachdesk.app.build_forms --update-ts: {missing[:5]}"
    for key in wanted:
        translation = have[key].find("translation")
        assert translation.get("type") != "unfinished", key
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert all(t and t.strip() for t in texts), key
