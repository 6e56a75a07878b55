"""Start-up budget: process start -> lock screen painted, against a bare PySide6 QMainWindow in the same run.

    .venv/bin/python bench/bench_startup.py [--runs 7]

Prints the medians, the ratio (budget: <= 1.5) and which heavy modules were imported before the
lock screen was up (budget: none). Offscreen unless DISPLAY is set (then the real X server).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Both programs print the monotonic clock (time.perf_counter, shared by all processes on Linux) at
# the end of their window's first paint; the figure is that minus the moment the process was started.
BARE = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class Bare(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"SHOWN painted_at={time.perf_counter():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
w = Bare()
w.setWindowTitle("bare")
w.resize(560, 480)
w.show()
app.exec()
"""


def _time_until_shown(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from starting the process to the end of its first paint, and the SHOWN line."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO)
    line = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("SHOWN"):
            break
    proc.wait(timeout=60)
    painted = next(f for f in line.split() if f.startswith("painted_at=")).split("=", 1)[1]
    return float(painted) - start, line.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["COACHDESK_STARTUP_PROBE"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / ".demo-vault"
        subprocess.run([sys.executable, "-m", "coachdesk", "--data-dir", str(folder), "demo"], check=True,
                       capture_output=True, cwd=REPO)
        env["HOME"] = tmp  # private QSettings for the run
        bare, app, lines = [], [], []
        for _ in range(args.runs):  # interleaved so both see the same machine state
            bare.append(_time_until_shown([sys.executable, "-c", BARE], env)[0])
            elapsed, line = _time_until_shown([sys.executable, "-m", "coachdesk", "--data-dir", str(folder)], env)
            app.append(elapsed)
            lines.append(line)
    b, a = statistics.median(bare), statistics.median(app)
    heavy = sorted({ln.split("heavy=")[-1] for ln in lines})
    print(f"platform              {env.get('QT_QPA_PLATFORM', 'xcb')}")
    print(f"bare QMainWindow      median {b * 1000:6.0f} ms  (min {min(bare) * 1000:.0f})")
    print(f"CoachDesk lock screen median {a * 1000:6.0f} ms  (min {min(app) * 1000:.0f})")
    print(f"ratio                 {a / b:.2f}  (budget <= 1.5)")
    print(f"heavy modules before the lock screen: {', '.join(heavy)}  (budget: -)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
