"""Every command with hostile input: non-UTF-8, empty, huge and binary standard input, a non-ASCII
recovery key, hostile arguments, a read-only data folder, a full disk, an empty vault.db. Every
expected error is ONE line on stderr, exit 1 or 2, no traceback, and nothing changed (issue 12, 6)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from coachdesk.vault.demo import DEMO_PASSPHRASE
from tests.conftest import PASSPHRASE, fast_kdf
from tests.integration.cli import hostile as h

RUNS: dict[str, int] = {}  # test -> number of CLI runs (printed with -s; see the report)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    base = tmp_path_factory.mktemp("hostile")
    return base / "v", h.make_vault(base / "v", base / "work")


def _report(name: str, outcomes: list, started: float) -> None:
    RUNS[name] = len(outcomes)
    print(f"\n{name}: {len(outcomes)} CLI runs in {time.perf_counter() - started:.1f} s")


def test_hostile_stdin_every_command(prepared):
    folder, fill = prepared
    started = time.perf_counter()
    jobs = [lambda c=cmd, n=name: h.vault_case(folder, c, h.STDINS[n], fill, f"{c} <{n}>")
            for cmd, name in h.stdin_matrix()]
    outcomes = h.run_all(jobs)
    _report("stdin", outcomes, started)
    bad = [f"{o} -> {o.problems()}" for o in outcomes if o.problems()]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name", ["non_utf8", "empty", "huge", "binary", "nul_and_escapes"])
def test_failed_init_leaves_nothing(tmp_path: Path, name: str):
    target = tmp_path / "new" / "vault"
    proc = h.run(["--data-dir", str(target), "init", "--passphrase-stdin"], h.STDINS[name])
    outcome = h.Outcome(name, [], proc.returncode, proc.stdout, proc.stderr)
    assert not outcome.problems(), outcome
    assert not (tmp_path / "new").exists()


def _argument_cases(folder: Path, fill: dict[str, str], work: Path) -> list[tuple[list[str], bytes]]:
    fifo = work / "pipe.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    latin = work / "latin.txt"
    latin.write_bytes("Hyvää päivää\n".encode("latin-1"))
    adir = work / "adir.txt"
    adir.mkdir(exist_ok=True)
    pw = (PASSPHRASE + "\n").encode()
    d = ["--data-dir", str(folder)]
    return [
        (["no-such-command"], b""),
        (["export"], b""),
        ([*d, "outbox", "retry", "99999999999999999999999", "--passphrase-stdin"], pw),
        ([*d, "outbox", "cancel", "-1", "--passphrase-stdin"], pw),
        ([*d, "outbox", "delivered", "abc", "--passphrase-stdin"], pw),
        ([*d, "outbox", "retry", "4242", "--passphrase-stdin"], pw),
        ([*d, "export", "--case", "K\x1b[2J\nforged line", "--passphrase-stdin"], pw),
        ([*d, "summary", "K-2026-014", "--pdf", fill["out"] + "/s.pdf", "--from", "32.13.2026"], b""),
        ([*d, "summary", "NOPE", "--pdf", fill["out"] + "/s.pdf", "--passphrase-stdin"], pw),
        ([*d, "retention", "--months", "0", "--passphrase-stdin"], pw),
        ([*d, "retention", "--purge", "K-2026-014", "--passphrase-stdin"], pw),  # not closed
        ([*d, "import", str(work / "missing.txt"), "--case", "K-1", "--passphrase-stdin"], pw),
        ([*d, "import", str(adir), "--case", "K-1", "--passphrase-stdin"], pw),
        ([*d, "import", str(fifo), "--case", "K-1", "--passphrase-stdin"], pw),
        ([*d, "import", fill["note"], "--case", "bad code!\x1b", "--passphrase-stdin"], pw),
        (["--data-dir", str(work / "restored"), "restore", "/dev/zero", "--passphrase-stdin"], pw),
        (["--data-dir", str(work / "restored"), "restore", str(fifo), "--passphrase-stdin"], pw),
        (["--data-dir", str(work / "restored"), "restore", str(adir), "--passphrase-stdin"], pw),
        ([*d, "restore", str(fifo), "--replace", "--passphrase-stdin"], pw),
        ([*d, "channel", "add", "x", "--kind", "slack", "--passphrase-stdin"], pw + b"javascript:alert(1)\n"),
        ([*d, "channel", "test", "nobody\x1b]0;x\x07", "--passphrase-stdin"], pw),
        (["--data-dir", "/dev/null", "cases", "--passphrase-stdin"], pw),
        (["--data-dir", "/dev/null/v", "init", "--passphrase-stdin"], pw),
        (["request", "preview", "--kind", "slack", "--text-file", str(fifo)], b""),
        (["request", "preview", "--kind", "slack", "--text-file", "/dev/zero"], b""),
        (["request", "preview", "--kind", "slack", "--text-file", str(latin)], b""),
        (["request", "preview", "--kind", "slack", "--text-file", "-"], b"\xff\xfe\x00"),
        (["scrub", "--terms", str(work / "missing-terms.txt")], b"Hei"),
        (["scrub", str(fifo)], b""),
        (["scrub", "/dev/zero"], b""),
        (["scrub", "--terms", "/dev/zero"], b"Hei"),
        ([*d, "demo", "--force"], b""),
    ]


def test_hostile_arguments(prepared, tmp_path: Path):
    folder, fill = prepared
    started = time.perf_counter()

    def job(args, stdin):
        def run():
            proc = h.run(args, stdin, timeout=30)  # a FIFO must never hang a command
            return h.Outcome(" ".join(args), args, proc.returncode, proc.stdout, proc.stderr)
        return run

    before = h.snapshot(folder)  # the runs overlap (some open the vault): compared once, after all
    outcomes = h.run_all([job(a, s) for a, s in _argument_cases(folder, fill, tmp_path)])
    _report("arguments", outcomes, started)
    bad = [f"{o} -> {o.problems()}" for o in outcomes if o.problems()]
    assert not bad, "\n".join(bad)
    after = h.snapshot(folder)
    assert sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k)) == []


def test_empty_vault_db_refused_and_never_grows(prepared, tmp_path: Path):
    folder, _fill = prepared
    empty = tmp_path / "v"
    empty.mkdir()
    shutil.copy2(folder / "vault.header.json", empty / "vault.header.json")
    (empty / "vault.db").write_bytes(b"")
    for command in ("cases", "check", "backup " + str(tmp_path / "b.cdbackup")):
        proc = h.run(["--data-dir", str(empty), *command.split(), "--passphrase-stdin"], (PASSPHRASE + "\n").encode())
        outcome = h.Outcome(command, [], proc.returncode, proc.stdout, proc.stderr)
        assert not outcome.problems() and b"empty" in proc.stderr, outcome
    assert (empty / "vault.db").stat().st_size == 0
    assert sorted(p.name for p in empty.iterdir()) == ["vault.db", "vault.header.json"]


READ_ONLY_COMMANDS = ("cases", "import {note} --case K-2026-014", "backup {out}/ro.cdbackup", "passwd",
                      "outbox send", "retention --months 3")


def test_read_only_data_folder(tmp_path: Path):
    """A read-only data folder (a read-only tmpfs as root; chmod otherwise): one line, nothing changed."""
    mount = tmp_path / "ro"
    mounted = h.try_mount(mount, "size=8m")
    if not mounted and hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root, and no tmpfs can be mounted: chmod does not stop root")
    folder = (mount if mounted else tmp_path) / "v"
    try:
        fill = h.make_vault(folder, tmp_path / "work")
        if mounted:
            assert h.subprocess.run(["mount", "-o", "remount,ro", str(mount)]).returncode == 0
        else:
            for path in [folder, *folder.iterdir()]:
                path.chmod(0o500 if path.is_dir() else 0o400)
        stdin = f"{PASSPHRASE}\n{PASSPHRASE}-uusi\n".encode()
        outcomes = [h.vault_case(folder, cmd, stdin, fill, cmd) for cmd in READ_ONLY_COMMANDS]
        proc = h.run(["--data-dir", str(folder.parent / "new"), "init", "--passphrase-stdin"], stdin)
        outcomes.append(h.Outcome("init", [], proc.returncode, proc.stdout, proc.stderr))
        RUNS["read-only"] = len(outcomes)
        bad = [f"{o} -> {o.problems()}" for o in outcomes if o.problems()]
        assert not bad, "\n".join(bad)
    finally:
        if mounted:
            h.unmount(mount)
        elif folder.exists():
            for path in [folder, *folder.iterdir()]:
                path.chmod(0o700 if path.is_dir() else 0o600)


def test_full_disk_init_and_backup(tmp_path: Path, prepared):
    """init and backup on a full disk (a small tmpfs as root): one line, nothing left behind."""
    folder, _fill = prepared
    mount = tmp_path / "full"
    if not h.try_mount(mount, "size=160k"):
        pytest.skip("no tmpfs can be mounted here (the in-process ENOSPC test below covers it)")
    try:
        stdin = f"{PASSPHRASE}\n".encode()
        outcomes = []
        proc = h.run(["--data-dir", str(mount / "a" / "v"), "init", "--passphrase-stdin"], stdin)
        outcomes.append(h.Outcome("init", [], proc.returncode, proc.stdout, proc.stderr))
        (mount / "filler").write_bytes(b"\0" * 100_000)
        outcomes.append(h.vault_case(folder, f"backup {mount}/b.cdbackup", stdin, {}, "backup"))
        RUNS["full-disk"] = len(outcomes)
        bad = [f"{o} -> {o.problems()}" for o in outcomes if o.problems()]
        assert not bad, "\n".join(bad)
        assert all(b"disk is full" in o.stderr for o in outcomes), outcomes
        assert sorted(p.name for p in mount.iterdir()) == ["filler"]  # no folder, lock, temp or part file
    finally:
        h.unmount(mount)


def test_full_disk_injected_in_process(tmp_path: Path, monkeypatch, capsys, prepared):
    """Where no tmpfs can be mounted: ENOSPC injected into the one file writer (in-process)."""
    import errno
    import io

    from coachdesk import cli, fileio

    folder, _fill = prepared

    def full(*_args, **_kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    def stdin(text: str) -> None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))

    monkeypatch.setattr(fileio.tempfile, "mkstemp", full)
    monkeypatch.setattr("coachdesk.hygiene.harden_process", lambda: None)  # not on the test process
    monkeypatch.setattr("coachdesk.vault.keys.calibrate_kdf", lambda *a, **k: fast_kdf())
    target = tmp_path / "new" / "v"
    stdin(f"{PASSPHRASE}\n")
    assert cli.main(["--data-dir", str(target), "init", "--passphrase-stdin"]) == 1
    assert not (tmp_path / "new").exists()
    before = h.snapshot(folder)
    stdin(f"{PASSPHRASE}\n")
    assert cli.main(["--data-dir", str(folder), "backup", str(tmp_path / "b.cdbackup"), "--passphrase-stdin"]) == 1
    assert h.snapshot(folder) == before and sorted(p.name for p in tmp_path.iterdir()) == []
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and err.count("disk is full") == 2 and "Traceback" not in err


def test_demo_vault_open_with_hostile_stdin_stays(demo_vault: Path):
    """The demo vault's own passphrase works; the hostile ones change nothing there either."""
    before = h.snapshot(demo_vault)
    for data in (h.STDINS["binary"], DEMO_PASSPHRASE.encode() + b"\xff\n"):
        proc = h.run(["--data-dir", str(demo_vault), "cases", "--passphrase-stdin"], data)
        assert proc.returncode == 1 and proc.stderr.count(b"\n") == 1
    assert h.snapshot(demo_vault) == before
