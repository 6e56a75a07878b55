"""Start-up: nothing heavy before the lock screen; the self-test command walks every screen."""

from __future__ import annotations

import os

from tests.conftest import run_cli


def test_lock_screen_comes_up_without_heavy_imports(demo_vault):
    result = run_cli("--data-dir", str(demo_vault), env={"COACHDESK_STARTUP_PROBE": "1",
                                                           "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("SHOWN"))
    assert line.endswith("heavy=-"), line


def test_self_test_command_walks_the_gui_and_saves_screenshots(tmp_path):
    shots = tmp_path / "shots"
    result = run_cli("self-test", "--screenshots", str(shots),
                     env={"QT_QPA_PLATFORM": "offscreen", "HOME": os.environ.get("HOME", str(tmp_path))},
                     timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    names = sorted(p.name for p in shots.glob("*.png"))
    assert len(names) == 7 and names[0] == "01-lock-screen.png"
    assert all((shots / n).stat().st_size > 5000 for n in names)
