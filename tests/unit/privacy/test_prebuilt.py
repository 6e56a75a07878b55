"""Prebuilt start-up forms (coachdesk.privacy.prebuilt): the same regexes and lexicon tables as the sources."""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.privacy import lexicon, prebuilt

ROOT = Path(__file__).resolve().parents[3]


def _python(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("prebuilt")
    _python(f"from pathlib import Path; from coachdesk.privacy import prebuilt_build; prebuilt_build.build(Path({str(out)!r}))")
    return out


def _regex_file(folder: Path) -> Path:
    return folder / f"regex-{sys.implementation.cache_tag}.marshal"


def test_every_prebuilt_regex_is_what_re_compiles_from_its_pattern(built: Path) -> None:
    import _sre
    from re import _compiler  # type: ignore[attr-defined]

    tag, entries = marshal.loads(_regex_file(built).read_bytes())
    assert tag == prebuilt.REGEX_TAG
    assert len(entries) > 200  # the rule modules' patterns (and the employer list's)
    for pattern, flags, all_flags, code, groups, groupindex, indexgroup in entries:
        fresh = _compiler.compile(pattern, flags)  # the regex engine's own compile, not re's cache
        ours = _sre.compile(pattern, all_flags, code, groups, groupindex, indexgroup)
        assert ours == fresh and ours.groupindex == fresh.groupindex and ours.groups == fresh.groups, pattern


def test_installed_regexes_are_found_by_the_rule_modules(built: Path) -> None:
    count = (
        "import re; from re import _compiler; n = [0]; orig = _compiler.compile\n"
        "def counted(p, flags=0):\n    n[0] += 1; return orig(p, flags)\n"
        "_compiler.compile = counted\n"
    )
    without = int(_python(count + "import coachdesk.privacy.scrubber; print(n[0])"))
    with_file = _python(
        count + "from pathlib import Path; from coachdesk.privacy import prebuilt\n"
        f"k = prebuilt.install_regexes(Path({str(_regex_file(built))!r}))\n"
        "import coachdesk.privacy.scrubber; print(k, n[0])"
    ).split()
    installed, compiled = int(with_file[0]), int(with_file[1])
    assert installed > 200 and without > 200
    assert compiled < without // 5  # the few left are built from sets (their order differs per process)


def test_a_regex_file_of_another_python_or_a_broken_file_is_ignored(tmp_path: Path, built: Path) -> None:
    _, entries = marshal.loads(_regex_file(built).read_bytes())
    other = tmp_path / "other.marshal"
    other.write_bytes(marshal.dumps((("cpython-399", 0, 4), entries)))
    broken = tmp_path / "broken.marshal"
    broken.write_bytes(b"\x00not marshal")
    code = (
        "from pathlib import Path; from coachdesk.privacy import prebuilt\n"
        "for f in ({!r}, {!r}, {!r}):\n"
        "    prebuilt._installed = False; print(prebuilt.install_regexes(Path(f)))"
    ).format(str(other), str(broken), str(tmp_path / "missing.marshal"))
    assert _python(code).split() == ["0", "0", "0"]


def test_prebuilt_tables_equal_the_parsed_lists(built: Path) -> None:
    paths = lexicon.source_files()
    tables = prebuilt.load_tables(paths, built / "lexicon.marshal")
    assert tables is not None
    parsed = lexicon.parse_tables(paths)
    for ours, theirs in zip(tables, parsed, strict=True):
        assert ours == theirs
        if isinstance(ours, dict):
            assert list(ours) == list(theirs)  # the same order too


def test_tables_of_changed_lists_are_not_used(tmp_path: Path, built: Path) -> None:
    copies = []
    for p in lexicon.source_files():
        shutil.copy(p, tmp_path / p.name)
        copies.append(tmp_path / p.name)
    assert prebuilt.load_tables(copies, built / "lexicon.marshal") is not None
    allow = tmp_path / "allow.txt"
    allow.write_text(allow.read_text(encoding="utf-8") + "Uusisana\n", encoding="utf-8")
    assert prebuilt.load_tables(copies, built / "lexicon.marshal") is None
    assert prebuilt.load_tables(copies, tmp_path / "missing.marshal") is None


def test_the_built_tables_in_resources_are_current() -> None:
    file = prebuilt.folder() / "lexicon.marshal"
    if not file.exists():
        pytest.skip("not built (python -m coachdesk.privacy.prebuilt_build)")
    assert prebuilt.load_tables(lexicon.source_files()) is not None, (
        "the lexicon lists changed since the build: run python -m coachdesk.privacy.prebuilt_build"
    )



def test_the_files_live_beside_the_lists() -> None:
    assert prebuilt.folder() == lexicon.data_dir() / "prebuilt"
