"""Prove a built bundle works: run its executables the way a coach and IT would, and measure it.

    python resources/packaging/smoke_bundle.py dist/CoachDesk [--archive OUT.tar.gz] [--json OUT.json]

Checks, each printed as ``ok``/``FAIL`` with its time:
  layout       both executables, resources (lexicons, fonts, .qm), db/ migrations, NOTICE, licences,
               Qt plugins (platforms, print support, image formats); no GTK from the build machine
  libraries    (Linux) every bundled shared library resolves its dependencies (ldd: nothing "not found")
  version      ``coachdesk --version`` prints the package version
  scrub        ``coachdesk scrub`` on a Finnish sample removes the name, phone number and e-mail
  demo-check   ``coachdesk demo`` then ``coachdesk check`` on a fresh demo vault (SQLCipher, Alembic, FTS5)
  summary      ``coachdesk summary`` writes a PDF with the bundled Noto Sans embedded
  webhook      ``coachdesk channel add/test`` posts to a local HTTP server (httpx, truststore)
  entra        ``channel add --protected`` + ``channel signin``: MSAL runs in the bundle (offline it
               ends with "could not be reached"; online with Microsoft refusing the made-up tenant)
  keychain     (when gnome-keyring exists) ``channel add`` keeps the URL in a real Secret Service (keyring)
  self-test    ``coachdesk self-test`` offscreen: the GUI walked end to end on a temporary demo vault
  gui-start    the windowed ``CoachDesk`` to a shown lock screen (COACHDESK_STARTUP_PROBE), median of 3
  xcb          (Linux, when xvfb-run exists) the same on a real X server: the xcb plugin and its libraries
  read-only    none of the above wrote into the bundle folder (no __pycache__, logs or settings there)
Measured: unpacked size, compressed size (tar.gz, also written to --archive), start time.
Exit 1 when a check fails or the bundle is over its size budget. Runs offline, in temporary folders;
nothing is written to the user's home (HOME and XDG folders point into a temporary folder).
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_rules  # noqa: E402

MAX_UNPACKED_MB = 250
MAX_COMPRESSED_MB = 100
MAX_START_S = 1.0
DEMO_PASSPHRASE = "demo-coachdesk"
SAMPLE = (
    "Tapasin tänään Liisa Mäkelän. Hänen puhelinnumeronsa on 040 123 4567 ja sähköposti "
    "liisa.makela@example.fi. Työkokeilu jatkuu ensi kuussa.\n"
)
SAMPLE_SECRETS = ("Liisa", "Mäkelä", "040 123 4567", "liisa.makela@example.fi")


class Smoke:
    def __init__(self, bundle: Path, scratch: Path) -> None:
        self.bundle = bundle
        self.scratch = scratch
        self.internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
        self.failures: list[str] = []
        self.figures: dict[str, float | str] = {}
        exe = ".exe" if os.name == "nt" else ""
        self.cli = bundle / f"{bundle_rules.CLI_EXE}{exe}"
        self.gui = bundle / f"{bundle_rules.GUI_EXE}{exe}"
        home = scratch / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COACHDESK_", "QT_"))}
        self.env.update({
            "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"), "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8",
        })
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # never reach a real keychain

    # ---- helpers -------------------------------------------------------------------------------
    def check(self, name: str, fn: Callable[[], str | None]) -> None:
        t0 = time.perf_counter()
        try:
            detail = fn() or ""
        except Exception as err:  # a failed check is reported, the others still run
            self.failures.append(name)
            print(f"FAIL {name} ({time.perf_counter() - t0:.1f} s): {err}", flush=True)
            return
        print(f"ok   {name} ({time.perf_counter() - t0:.1f} s) {detail}".rstrip(), flush=True)

    def run(self, exe: Path, *args: str, stdin: str | None = None, timeout: float = 120, env=None):
        proc = subprocess.run(
            [str(exe), *args], input=stdin, capture_output=True, text=True, encoding="utf-8",
            errors="replace", timeout=timeout, env=env or self.env, cwd=self.scratch,
        )
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-15:]
            raise AssertionError(f"{exe.name} {' '.join(args)} exited {proc.returncode}:\n    " + "\n    ".join(tail))
        return proc

    # ---- checks ----------------------------------------------------------------------------------
    def layout(self) -> str:
        need = [
            self.cli, self.gui,
            self.internal / "NOTICE",
            self.internal / "licenses" / "LGPL-3.0.txt",
            self.internal / "resources" / "data" / "privacy" / "fi_first_names.tsv",
            self.internal / "resources" / "fonts" / "NotoSans-Regular.ttf",
            self.internal / "resources" / "styles" / "base.qss",
            self.internal / "resources" / "icons" / "app" / "coachdesk-256.png",
            self.internal / "db" / "env.py",
        ]
        need += [self.internal / "msal" / "application.pyc", self.internal / "requests" / "__init__.pyc"]
        if sys.platform.startswith("linux"):
            need.append(self.internal / "keyring" / "backends" / "SecretService.pyc")
        need += list(self.internal.glob("keyring-*.dist-info")) or [self.internal / "keyring-*.dist-info"]
        missing = [str(p.relative_to(self.bundle)) for p in need if not p.exists()]
        if not list((self.internal / "db" / "versions").glob("*.py")):
            missing.append("db/versions/*.py")
        if not list((self.internal / "resources" / "translations").glob("coachdesk_fi.qm")):
            missing.append("resources/translations/coachdesk_fi.qm")
        plugins = self.internal / "PySide6" / "Qt" / "plugins"
        if sys.platform.startswith("linux"):
            for rel in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                        "printsupport/libcupsprintersupport.so", "imageformats/libqjpeg.so",
                        "imageformats/libqico.so", "networkinformation/libqnetworkmanager.so"):
                if not (plugins / rel).exists():
                    missing.append(f"plugins/{rel}")
        if missing:
            raise AssertionError("missing: " + ", ".join(missing))
        unwanted = sorted(
            str(p.relative_to(self.bundle)) for p in self.bundle.rglob("*")
            if re.search(r"lib(gtk-3|gdk-3|qgtk3)|keyrings[/\\]alt|geodata|carrierdata", str(p))
        )
        if unwanted:
            raise AssertionError("should not be bundled: " + ", ".join(unwanted[:10]))
        return ""

    def libraries(self) -> str:
        broken = []
        libs = [p for p in self.bundle.rglob("*") if p.is_file() and not p.is_symlink() and re.search(r"\.so(\.|$)", p.name)]
        for lib in libs:
            out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
            missing = sorted({line.split()[0] for line in out.splitlines() if "not found" in line})
            if missing:
                broken.append(f"{lib.relative_to(self.bundle)}: {', '.join(missing)}")
        if broken:
            raise AssertionError("unresolved libraries:\n    " + "\n    ".join(broken))
        return f"{len(libs)} libraries"

    def version(self) -> str:
        want = bundle_rules.package_version()
        out = self.run(self.cli, "--version").stdout.strip()
        if out != f"CoachDesk {want}":
            raise AssertionError(f"--version printed {out!r}, expected 'CoachDesk {want}'")
        return out

    def scrub(self) -> str:
        sample = self.scratch / "sample-note.txt"
        sample.write_text(SAMPLE, encoding="utf-8")
        out = self.run(self.cli, "scrub", str(sample), "--lang", "fi", "--format", "json").stdout
        result = json.loads(out)
        text = result.get("scrubbed", result.get("text", ""))
        leaked = [s for s in SAMPLE_SECRETS if s in text]
        labels = sorted({f.get("label") for f in result.get("findings", [])})
        if leaked or not text:
            raise AssertionError(f"scrubbed text still holds {leaked}: {text!r}")
        reasons = {f.get("reason") for f in result.get("findings", [])}
        if "phone number" not in reasons:  # "phone-like number" means phonenumbers' metadata is missing
            raise AssertionError(f"the phone number was not validated (phonenumbers data missing?): {reasons}")
        return f"findings {labels}"

    def demo_check(self) -> str:
        vault_dir = self.scratch / "demo-vault"
        self.run(self.cli, "--data-dir", str(vault_dir), "demo", "--force")
        self.run(self.cli, "--data-dir", str(vault_dir), "check", "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n")
        cases = self.run(self.cli, "--data-dir", str(vault_dir), "cases", "--passphrase-stdin",
                         stdin=DEMO_PASSPHRASE + "\n").stdout
        if "K-2026-001" not in cases:
            raise AssertionError(f"demo cases missing from 'cases': {cases[:200]!r}")
        return ""

    def summary(self) -> str:
        """``coachdesk summary`` writes a PDF with the bundled Noto Sans embedded (Qt PDF + fonts)."""
        vault_dir = self.scratch / "demo-vault"
        if not vault_dir.exists():
            self.run(self.cli, "--data-dir", str(vault_dir), "demo", "--force")
        pdf = self.scratch / "summary.pdf"
        self.run(self.cli, "--data-dir", str(vault_dir), "summary", "K-2026-001", "--pdf", str(pdf),
                 "--mode", "scrubbed", "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n")
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF") or b"NotoSans" not in data:
            raise AssertionError("the summary PDF is not a PDF with the bundled Noto Sans embedded")
        return f"{len(data) // 1024} KiB PDF"

    def webhook(self) -> str:
        """``channel add`` + ``channel test`` to a local HTTP server: httpx and truststore in the bundle."""
        received: list[bytes] = []

        class Hook(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                received.append(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hook)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            vault_dir = self.scratch / "webhook-vault"
            self.run(self.cli, "--data-dir", str(vault_dir), "demo", "--force")
            env = dict(self.env, COACHDESK_ALLOW_LOCAL_WEBHOOKS="1")
            url = f"http://127.0.0.1:{server.server_address[1]}/hook"
            self.run(self.cli, "--data-dir", str(vault_dir), "channel", "add", "--kind", "json", "--in-vault",
                     "--passphrase-stdin", "smoke", stdin=f"{DEMO_PASSPHRASE}\n{url}\n", env=env)
            self.run(self.cli, "--data-dir", str(vault_dir), "channel", "test", "smoke", "--passphrase-stdin",
                     stdin=f"{DEMO_PASSPHRASE}\n", env=env)
        finally:
            server.shutdown()
            server.server_close()
        if len(received) != 1:
            raise AssertionError(f"the local webhook received {len(received)} posts, expected 1")
        json.loads(received[0])
        return f"{len(received[0])} bytes posted"

    def entra(self) -> str:
        """MSAL (and requests, which it imports) are bundled: a sign-in starts and fails cleanly."""
        vault_dir = self.scratch / "webhook-vault"
        if not vault_dir.exists():
            self.run(self.cli, "--data-dir", str(vault_dir), "demo", "--force")
        url = ("https://default0f1e2d3c4b5a69788796a5b4c3d2e1.f0.environment.api.powerplatform.com:443/powerautomate/"
               "automations/direct/workflows/0123456789abcdef0123456789abcdef/triggers/manual/paths/invoke?api-version=1")
        self.run(self.cli, "--data-dir", str(vault_dir), "channel", "add", "--kind", "teams", "--in-vault", "--protected",
                 "--tenant", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "--client-id", "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d",
                 "--passphrase-stdin", "entra", stdin=f"{DEMO_PASSPHRASE}\n{url}\n")
        proc = subprocess.run(
            [str(self.cli), "--data-dir", str(vault_dir), "channel", "signin", "entra", "--passphrase-stdin"],
            input=f"{DEMO_PASSPHRASE}\n", capture_output=True, text=True, encoding="utf-8", errors="replace",
            timeout=120, env=self.env, cwd=self.scratch,
        )
        out = proc.stderr + proc.stdout
        if proc.returncode != 1 or not ("could not be reached" in out or "refused by Microsoft" in out
                                        or "did not finish" in out or "could not start" in out):
            raise AssertionError(f"channel signin: exit {proc.returncode}: {out.strip()[-600:]}")
        return out.strip().splitlines()[-1][:80]

    def keychain(self) -> str:
        """Quick unlock's keyring backend in the bundle, against a real Secret Service (gnome-keyring in
        a private D-Bus session): ``channel add`` keeps the webhook URL in the keychain."""
        if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
            return "skipped: dbus-run-session or gnome-keyring-daemon not installed"
        vault_dir = self.scratch / "keychain-vault"
        self.run(self.cli, "--data-dir", str(vault_dir), "demo", "--force")
        runtime = self.scratch / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env = dict(self.env, XDG_RUNTIME_DIR=str(runtime))
        wrapper = ('eval "$(printf %s smoke-keyring | gnome-keyring-daemon --unlock --components=secrets)"; '
                   'export GNOME_KEYRING_CONTROL; exec "$@"')
        url = "https://hooks.slack.com/services/T0SMOKE00/B0SMOKE00/abcdefghijklmnopqrstuvwx"
        proc = subprocess.run(
            ["timeout", "60", "dbus-run-session", "--", "sh", "-c", wrapper, "sh", str(self.cli),
             "--data-dir", str(vault_dir), "channel", "add", "--kind", "slack", "--passphrase-stdin", "smoke"],
            input=f"{DEMO_PASSPHRASE}\n{url}\n", capture_output=True, text=True, env=env, cwd=self.scratch,
        )
        if proc.returncode != 0 or "system keychain" not in proc.stdout:
            raise AssertionError(f"the URL did not go to the keychain (exit {proc.returncode}): "
                                 f"{(proc.stdout + proc.stderr)[-400:]!r}")
        return "webhook URL stored through the Secret Service"

    def self_test(self) -> str:
        help_text = self.run(self.cli, "--help").stdout
        if "self-test" not in help_text:
            raise AssertionError("the bundled CLI has no self-test command")
        out = self.run(self.cli, "self-test", timeout=180).stdout
        if "self-test: ok" not in out:
            raise AssertionError(f"no 'self-test: ok' in output: {out[-300:]!r}")
        return ""

    def gui_start(self) -> str:
        vault_dir = self.scratch / "demo-vault"
        if not vault_dir.exists():
            self.run(self.cli, "--data-dir", str(vault_dir), "demo", "--force")
        env = dict(self.env, COACHDESK_STARTUP_PROBE="1", COACHDESK_DATA_DIR=str(vault_dir))
        walls, inner = [], []
        for _ in range(3):
            shown, line = self._time_to_shown([str(self.gui)], env)
            walls.append(shown)
            inner.append(float(line.split()[1]))
        start = statistics.median(walls)
        self.figures["start_to_lock_screen_s"] = round(start, 3)
        self.figures["start_after_python_init_s"] = round(statistics.median(inner), 3)
        note = "" if start <= MAX_START_S else f"  OVER the {MAX_START_S} s budget"
        return f"process start -> lock screen shown {start:.2f} s (median of 3){note}"

    def _time_to_shown(self, cmd: list[str], env: dict) -> tuple[float, str]:
        """Seconds from spawning ``cmd`` to its "SHOWN" line (COACHDESK_STARTUP_PROBE), and that line."""
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                cwd=self.scratch)
        try:
            shown, line = None, ""
            for line in proc.stdout:
                if line.startswith("SHOWN "):
                    shown = time.perf_counter() - t0
                    break
            out, err = proc.communicate(timeout=60)
        except BaseException:
            proc.kill()
            proc.communicate()
            raise
        if proc.returncode != 0 or shown is None:
            raise AssertionError(f"{Path(cmd[-1]).name} exited {proc.returncode} without showing a window: "
                                 f"{(err or out)[-400:]!r}")
        return shown, line.strip()

    def xcb(self) -> str:
        """The real X11 platform plugin under Xvfb (skipped when xvfb-run is not installed)."""
        if not shutil.which("xvfb-run"):
            return "skipped: xvfb-run not installed"
        vault_dir = self.scratch / "demo-vault"
        if not vault_dir.exists():
            self.run(self.cli, "--data-dir", str(vault_dir), "demo", "--force")
        env = dict(self.env, COACHDESK_STARTUP_PROBE="1", COACHDESK_DATA_DIR=str(vault_dir), QT_QPA_PLATFORM="xcb")
        shown, _ = self._time_to_shown(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(self.gui)], env)
        return f"window shown on Xvfb ({shown:.2f} s incl. starting Xvfb)"

    # ---- measures ---------------------------------------------------------------------------------
    def sizes(self, archive: Path | None) -> None:
        unpacked = sum(p.stat().st_size for p in self.bundle.rglob("*") if p.is_file() and not p.is_symlink())
        target = archive or self.scratch / "bundle.tar.gz"
        t0 = time.perf_counter()
        write_archive(self.bundle, target)
        self.figures["archive_s"] = round(time.perf_counter() - t0, 1)
        compressed = target.stat().st_size
        self.figures["unpacked_mb"] = round(unpacked / 1e6, 1)
        self.figures["compressed_mb"] = round(compressed / 1e6, 1)
        print(f"size unpacked {unpacked / 1e6:.1f} MB (budget {MAX_UNPACKED_MB}), "
              f"tar.gz {compressed / 1e6:.1f} MB (budget {MAX_COMPRESSED_MB})", flush=True)
        if unpacked / 1e6 > MAX_UNPACKED_MB:
            self.failures.append("unpacked size")
        if compressed / 1e6 > MAX_COMPRESSED_MB:
            self.failures.append("compressed size")


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def unchanged(folder: Path, before: dict[str, tuple[int, int]]) -> str:
    """The app never writes into its install folder (Program Files and /opt are read-only for coaches)."""
    after = snapshot(folder)
    changed = sorted(set(after) ^ set(before) | {k for k in after if k in before and after[k] != before[k]})
    if changed:
        raise AssertionError("the bundle folder changed while running: " + ", ".join(changed[:10]))
    return f"{len(after)} files untouched"


def write_archive(bundle: Path, target: Path) -> None:
    """tar.gz of the bundle folder (symlinks kept), with deterministic owner and order."""

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    target.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name, filter=clean)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundle", type=Path, help="the built folder, e.g. dist/CoachDesk")
    parser.add_argument("--archive", type=Path, help="also keep the tar.gz here (the Linux deliverable)")
    parser.add_argument("--json", type=Path, help="write the measured figures here")
    parser.add_argument("--skip", action="append", default=[], help="skip a check by name (repeatable)")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    with tempfile.TemporaryDirectory(prefix="coachdesk-smoke-") as tmp:
        smoke = Smoke(bundle, Path(tmp))
        checks = [("layout", smoke.layout), ("version", smoke.version), ("scrub", smoke.scrub),
                  ("demo-check", smoke.demo_check), ("summary", smoke.summary), ("webhook", smoke.webhook),
                  ("entra", smoke.entra), ("keychain", smoke.keychain), ("self-test", smoke.self_test), ("gui-start", smoke.gui_start),
                  ("xcb", smoke.xcb)]
        if sys.platform.startswith("linux"):
            checks.insert(1, ("libraries", smoke.libraries))
        before = snapshot(bundle)
        for name, fn in checks:
            if name not in args.skip:
                smoke.check(name, fn)
        smoke.check("read-only", lambda: unchanged(bundle, before))
        smoke.sizes(args.archive)
    if args.json:
        args.json.write_text(json.dumps(smoke.figures, indent=2) + "\n", encoding="utf-8")
    if smoke.failures:
        print(f"bundle smoke test FAILED: {', '.join(smoke.failures)}", file=sys.stderr)
        return 1
    print("bundle smoke test ok", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
