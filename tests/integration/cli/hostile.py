"""The hostile command-line harness: every command run as a real subprocess with hostile
arguments and standard input. Every expected error must be ONE line on stderr, exit 1 or 2, no
traceback, and no vault file changed unless the command is one that writes (issue 12, 6)."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import REPO

CODE = "K-2026-014"
# commands that take the passphrase on stdin (first line); {note} {out} {backup} are filled in
VAULT_COMMANDS = (
    "cases", "check", "export --all", "export --case K-2026-014 --out {out}/e.md", "import {note} --case K-2026-014",
    "passwd", "recover", "backup {out}/b.cdbackup", "restore {backup} --replace", "restore {backup} --replace "
    "--recovery-key", "retention", "retention --purge K-2026-014", "summary K-2026-014 --pdf {out}/s.pdf",
    "outbox list --all", "outbox send", "outbox retry 1", "outbox cancel 1", "outbox delivered 1",
    "channel add Tiimi --kind slack", "channel list", "channel remove Tiimi", "channel test Tiimi",
)
NO_VAULT_COMMANDS = ("init",)  # run in an empty folder
WRITERS = {"import", "passwd", "recover", "backup", "restore", "retention", "outbox", "channel", "init", "export",
           "summary"}

# hostile standard input: name -> bytes
STDINS: dict[str, bytes] = {
    "non_utf8": b"caf\xe9 latin-1 passphrase\n\xff\xfe\xfd\n",
    "empty": b"",
    "huge": b"x" * (4 * 1024 * 1024),  # 4 MB on one line
    "binary": bytes(range(256)) * 64,
    "nul_and_escapes": "pass\x00word\x1b[2J\x1b]0;owned\x07\u202e\n\x00\n".encode(),
    "non_ascii_recovery_key": "ÄÖÅ1-ÄBCD-ÖÖÖÖ-1234-5678-90AB-CDEF-GHJK\nuusi salasana 123\nuusi salasana 123\n".encode(),
}


@dataclass
class Outcome:
    label: str
    args: list[str]
    returncode: int
    stdout: bytes
    stderr: bytes
    changed: list[str] = field(default_factory=list)

    def problems(self, *, may_succeed: bool = False) -> list[str]:
        found = []
        ok_codes = (0, 1, 2) if may_succeed else (1, 2)
        if self.returncode not in ok_codes:
            found.append(f"exit {self.returncode}")
        if b"Traceback" in self.stderr + self.stdout:
            found.append("traceback")
        lines = self.stderr.count(b"\n")
        if self.returncode != 0 and lines != 1:
            found.append(f"{lines} lines on stderr")
        if self.returncode != 0 and b"\x1b" in self.stderr:
            found.append("raw ESC on stderr")
        if self.changed:
            found.append(f"changed {self.changed}")
        return found

    def __str__(self) -> str:
        return f"{self.label}: exit {self.returncode} stderr={self.stderr[-600:]!r}"


def env() -> dict[str, str]:
    full = dict(os.environ)
    full.pop("COACHDESK_DATA_DIR", None)
    full["PYTHONPATH"] = str(REPO) + os.pathsep + full.get("PYTHONPATH", "")
    return full


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run(args: list[str], stdin: bytes, *, timeout: float = 60, extra_env: dict | None = None):
    return subprocess.run([sys.executable, "-m", "coachdesk", *args], input=stdin, capture_output=True,
                          timeout=timeout, env={**env(), **(extra_env or {})}, cwd=REPO)


def make_vault(folder: Path, work: Path) -> dict[str, str]:
    """A closed vault (fast KDF) with one case and note, a backup of it, a note file to import;
    returns the placeholders for VAULT_COMMANDS."""
    from coachdesk.vault.backup import write_backup
    from tests.support.vaults import make_vault as build

    work.mkdir(parents=True, exist_ok=True)
    with build(folder, cases=[("one_note", {"code": CODE, "text": "Tapaaminen."})], keep_open=True) as vault:
        write_backup(vault, work / "old.cdbackup")
    note = work / "muistio.txt"
    note.write_text("Uusi muistiinpano.\n", encoding="utf-8")
    out = work / "out"
    out.mkdir(exist_ok=True)
    return {"note": str(note), "out": str(out), "backup": str(work / "old.cdbackup")}


def vault_case(folder: Path, command: str, stdin: bytes, fill: dict[str, str], label: str) -> Outcome:
    args = ["--data-dir", str(folder), *command.format(**fill).split(), "--passphrase-stdin"]
    before = snapshot(folder)
    proc = run(args, stdin)
    after = snapshot(folder)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return Outcome(label, args, proc.returncode, proc.stdout, proc.stderr, changed)


def run_all(jobs, workers: int = 2) -> list[Outcome]:
    """Run ``jobs`` (callables returning an Outcome) on a few threads (each is a subprocess)."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda job: job(), jobs))


def stdin_matrix() -> list[tuple[str, str]]:
    """(command, stdin name) pairs: every command with non-UTF-8 and empty input; the heavier
    inputs on the commands that read more than one line or write; recovery keys where asked."""
    pairs = [(cmd, name) for cmd in VAULT_COMMANDS for name in ("non_utf8", "empty")]
    heavy = ("cases", "passwd", "recover", "channel add Tiimi --kind slack", "import {note} --case K-2026-014",
             "backup {out}/b.cdbackup")
    pairs += [(cmd, name) for cmd in heavy for name in ("huge", "binary", "nul_and_escapes")]
    pairs += [("recover", "non_ascii_recovery_key"), ("restore {backup} --replace --recovery-key",
                                                      "non_ascii_recovery_key")]
    return pairs


def try_mount(where: Path, *options: str) -> bool:
    """Mount a tmpfs (root only); False where that is not possible."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    where.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options) or "size=1m", "tmpfs", str(where)],
                          capture_output=True)
    return proc.returncode == 0


def unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)
