"""Start-up: nothing heavy before the lock screen; the self-test command walks every screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO, run_cli


def test_lock_screen_comes_up_without_heavy_imports(demo_vault, tmp_path):
    env = {"COACHDESK_STARTUP_PROBE": "1", "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    lines = []
    for _ in range(2):  # the first start asks the system for light/dark; the second uses the answer
        result = run_cli("--data-dir", str(demo_vault), env=env)
        assert result.returncode == 0, result.stderr[-2000:]
        assert "Traceback" not in result.stderr and "cannot be converted" not in result.stderr, result.stderr[-2000:]
        lines.append(next(ln for ln in result.stdout.splitlines() if ln.startswith("SHOWN")))
    assert all(line.endswith("heavy=-") for line in lines), lines
    assert "qt_namespace=0" in lines[1], lines  # the Qt namespace (~16 ms) is built after the first paint


def test_self_test_command_walks_the_gui_and_saves_screenshots(tmp_path):
    shots = tmp_path / "shots"
    result = run_cli("self-test", "--screenshots", str(shots),
                     env={"QT_QPA_PLATFORM": "offscreen", "HOME": os.environ.get("HOME", str(tmp_path))},
                     timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    names = sorted(p.name for p in shots.glob("*.png"))
    assert len(names) == 14 and names[0] == "01-lock-screen.png"
    assert {"10-composer.png", "11-review-questions.png", "13-request-answered.png",
            "14-settings-vocabulary.png"} <= set(names)
    assert all((shots / n).stat().st_size > 5000 for n in names)


@pytest.mark.integration
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (scripts/setup.sh installs it)")
def test_self_test_in_a_real_x_window_under_xvfb(tmp_path):
    shots = tmp_path / "shots"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["HOME"] = str(tmp_path)
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-m", "coachdesk", "self-test",
         "--screenshots", str(shots), "--lang", "en"],
        capture_output=True, text=True, timeout=180, env=env, cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert len(list(shots.glob("*.png"))) == 14
