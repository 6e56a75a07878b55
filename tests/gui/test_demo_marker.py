"""The lock screen shows the demo passphrase for a vault whose header says "demo", whatever the
folder is called, and never for a real vault in a folder that merely looks like the demo one."""

from __future__ import annotations

from coachdesk.vault.demo import create_demo_vault
from coachdesk.vault.vault import Vault
from tests.conftest import fast_kdf


def test_demo_hint_follows_the_header_marker_not_the_folder_name(qtbot, make_controller, tmp_path):
    demo = tmp_path / "plain-name"
    create_demo_vault(demo, kdf=fast_kdf())
    controller = make_controller(demo)
    qtbot.waitUntil(lambda: controller.lock_screen.ui.demoHint.isVisible())
    assert "demo-coachdesk" in controller.lock_screen.ui.demoHint.text()

    lookalike = tmp_path / "CoachDesk-demo"
    Vault.create(lookalike, "a real passphrase here", kdf=fast_kdf())[0].close()
    other = make_controller(lookalike)
    qtbot.waitUntil(lambda: other.lock_screen.isVisible())
    # the vault module is loaded in this process, so the header is read while the screen is built
    assert not other.lock_screen.demo and not other.lock_screen.ui.demoHint.isVisible()
