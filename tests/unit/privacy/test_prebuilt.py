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

    entries = prebuilt.unsealed(_regex_file(built).read_bytes(), prebuilt.REGEX_TAG)
    assert isinstance(entries, list)
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
    first_scrub = "from coachdesk.privacy import scrubber; scrubber.scrub('Soitin Aino Mäkelälle Kuopioon 3.4.2026.')\n"
    without = int(_python(count + first_scrub + "print(n[0])"))
    with_file = _python(
        count + "from pathlib import Path; from coachdesk.privacy import prebuilt\n"
        f"prebuilt.folder = lambda: Path({str(built)!r})\n"
        "k = prebuilt.install_regexes()\n" + first_scrub + "print(k, n[0])"
    ).split()
    installed, compiled = int(with_file[0]), int(with_file[1])
    assert installed > 600 and without > 600  # more than re keeps of its own accord (512): none pushed out
    assert compiled < without // 10  # the few left are built from sets (their order differs per process)


def _entries(built: Path) -> list[tuple]:
    entries = prebuilt.unsealed(_regex_file(built).read_bytes(), prebuilt.REGEX_TAG)
    assert isinstance(entries, list) and entries
    return entries


def _damaged_regex_files(built: Path) -> dict[str, bytes]:
    """Regex files a disk, an old build or a careless hand could leave: none may be used, none may raise."""
    good = _regex_file(built).read_bytes()
    entries = _entries(built)
    pattern, flags, all_flags, code, groups, groupindex, indexgroup = entries[0]
    other_python = (("cpython-399", 0, 0, 4), prebuilt.REGEX_TAG[1:])
    return {
        "another Python": prebuilt.sealed(other_python[0], entries),
        "another patch release": prebuilt.sealed((*prebuilt.REGEX_TAG[:1], 0x30B00F0, *prebuilt.REGEX_TAG[2:]), entries),
        "not marshal": b"\x00not marshal",
        "truncated": good[: len(good) // 2],
        "a flipped byte": good[:-40] + bytes([good[-40] ^ 0x01]) + good[-39:],
        "the old unsealed format": marshal.dumps((prebuilt.REGEX_TAG, entries)),
        "entries not a list": prebuilt.sealed(prebuilt.REGEX_TAG, 5),
        "an entry too short": prebuilt.sealed(prebuilt.REGEX_TAG, [*entries[1:], ("a", 0)]),
        "an invalid program": prebuilt.sealed(prebuilt.REGEX_TAG, [*entries[1:], ("zz", 0, 32, [99999, 1, 2], 0, {}, (None,))]),
        "groups that do not fit": prebuilt.sealed(
            prebuilt.REGEX_TAG, [*entries[1:], (pattern + "x", flags, all_flags, code, groups + 5, groupindex, indexgroup)]
        ),
        "a bytes pattern": prebuilt.sealed(prebuilt.REGEX_TAG, [*entries[1:], (b"ab", 0, 0, code, groups, {}, indexgroup)]),
        "a list of nothing": prebuilt.sealed(prebuilt.REGEX_TAG, []),
    }


def test_a_stale_damaged_or_malformed_regex_file_is_ignored_as_a_whole(tmp_path: Path, built: Path) -> None:
    """Each file in turn as the installed one: nothing installed, no exception, and the scrubber still imports
    and finds an identity code (its patterns compiled from source)."""
    cases = _damaged_regex_files(built)
    for i, data in enumerate(cases.values()):
        (tmp_path / str(i)).mkdir()
        _regex_file(tmp_path / str(i)).write_bytes(data)
    code = (
        "from pathlib import Path; from coachdesk.privacy import prebuilt\n"
        f"root = Path({str(tmp_path)!r})\n"
        f"for i in [*range({len(cases)}), 'missing']:\n"
        "    prebuilt._installed = False; prebuilt.folder = lambda i=i: root / str(i)\n"
        "    print(prebuilt.install_regexes())\n"
        "from coachdesk.privacy import scrub\n"
        "print(scrub('Hetu 010203A123N.', lang='fi').text)\n"
    )
    lines = _python(code).splitlines()
    assert dict(zip([*cases, "missing"], lines, strict=False)) == dict.fromkeys([*cases, "missing"], "0")
    assert "010203A123N" not in lines[-1] and lines[-1].startswith("Hetu ")


def test_the_regex_file_is_read_only_from_the_installed_resources() -> None:
    """No caller can point the scrubber at a file elsewhere (a writable folder): the programs come from
    :func:`prebuilt.folder`, the resources beside the code, and nothing else."""
    import inspect

    from coachdesk.paths import resources_dir

    assert inspect.signature(prebuilt.install_regexes).parameters == {}
    assert list(inspect.signature(prebuilt.load_tables).parameters) == ["paths"]
    assert prebuilt.regex_path().parent == prebuilt.folder() == resources_dir() / "data" / "privacy" / "prebuilt"
    assert prebuilt.tables_path().parent == prebuilt.folder()


def test_prebuilt_tables_equal_the_parsed_lists(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prebuilt, "folder", lambda: built)
    paths = lexicon.source_files()
    tables = prebuilt.load_tables(paths)
    assert tables is not None
    parsed = lexicon.parse_tables(paths)
    for ours, theirs in zip(tables, parsed, strict=True):
        assert ours == theirs
        if isinstance(ours, dict):
            assert list(ours) == list(theirs)  # the same order too


def test_tables_of_changed_lists_are_not_used(tmp_path: Path, built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prebuilt, "folder", lambda: built)
    copies = []
    for p in lexicon.source_files():
        shutil.copy(p, tmp_path / p.name)
        copies.append(tmp_path / p.name)
    assert prebuilt.load_tables(copies) is not None
    allow = tmp_path / "allow.txt"
    allow.write_text(allow.read_text(encoding="utf-8") + "Uusisana\n", encoding="utf-8")
    assert prebuilt.load_tables(copies) is None
    monkeypatch.setattr(prebuilt, "folder", lambda: tmp_path / "missing")
    assert prebuilt.load_tables(copies) is None


def test_a_damaged_or_malformed_tables_file_is_ignored(tmp_path: Path, built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that would break the lexicon (or change it unnoticed) is no file: the lists are parsed."""
    paths = lexicon.source_files()
    good = prebuilt.tables_path(built).read_bytes()
    head = (prebuilt.TABLES_VERSION, prebuilt.tables_digest(paths))
    tables = prebuilt.unsealed(good, head)
    assert isinstance(tables, tuple)
    cases = {
        "truncated": good[: len(good) // 2],
        "a flipped byte": good[:-40] + bytes([good[-40] ^ 0x01]) + good[-39:],
        "not marshal": b"\x00not marshal",
        "the old unsealed format": marshal.dumps((1, prebuilt.tables_digest(paths), tables)),
        "five tables": prebuilt.sealed(head, tables[:5]),
        "a table of the wrong type": prebuilt.sealed(head, (list(tables[0]), *tables[1:])),
        "not a tuple": prebuilt.sealed(head, 7),
    }
    monkeypatch.setattr(prebuilt, "folder", lambda: tmp_path)
    for name, data in cases.items():
        prebuilt.tables_path(tmp_path).write_bytes(data)
        assert prebuilt.load_tables(paths) is None, name
    prebuilt.tables_path(tmp_path).write_bytes(good)
    assert prebuilt.load_tables(paths) is not None  # the same folder with the good file: used


def test_the_built_tables_in_resources_are_current() -> None:
    file = prebuilt.tables_path()
    if not file.exists():
        pytest.skip("not built (python -m coachdesk.privacy.prebuilt_build)")
    assert prebuilt.load_tables(lexicon.source_files()) is not None, (
        "the lexicon lists changed since the build: run python -m coachdesk.privacy.prebuilt_build"
    )



def test_the_files_live_beside_the_lists() -> None:
    assert prebuilt.folder() == lexicon.data_dir() / "prebuilt"


def test_the_build_refuses_a_process_that_may_have_scrubbed() -> None:
    """Only a fresh interpreter builds the regex file: after a scrub re's cache may hold a note's patterns."""
    from coachdesk.privacy import prebuilt_build, scrub

    scrub("zyrkkeli: soitan huomenna\nmarja: ok", lang="fi")
    with pytest.raises(RuntimeError, match="fresh interpreter"):
        prebuilt_build.regex_entries()
