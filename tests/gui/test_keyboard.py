"""Every window and dialog is keyboard-complete: no two Alt+letter mnemonics clash in one window
(in each UI language), and every button and action has a name a screen reader can say."""

from __future__ import annotations

import pytest

from coachdesk.vault.demo import DEMO_PASSPHRASE
from tests.gui.conftest import unlock
from tests.gui.mnemonics import clashes, unnamed


def _windows(qtbot, controller):
    """(name, window) for every window and dialog a coach reaches from the main window."""
    from coachdesk.app.about import AboutDialog
    from coachdesk.app.compose.followups import FollowupDialog, GroupTopicsDialog
    from coachdesk.app.compose.outbox_view import OutboxDialog
    from coachdesk.app.compose.team_import import TeamExportDialog, TeamImportDialog
    from coachdesk.app.new_case_dialog import NewCaseDialog
    from coachdesk.app.overview_page import GoalDialog, MeasureDialog
    from coachdesk.app.reflection_editor import ReflectionEditor
    from coachdesk.app.rekey_ui import RecoveryKeyDialog, backups_question
    from coachdesk.app.restore_dialog import RestoreDialog
    from coachdesk.app.settings_dialog import ChangePassphraseDialog
    from coachdesk.app.summary.dialog import SummaryOptionsDialog

    window = controller.main_window
    session = window.session
    store = session.store
    case = store.get_case_by_code("K-2026-001")
    yield "main window (welcome)", window
    window.open_case(case.id)
    for tab in range(window.workspace.tabs.count()):
        window.workspace.tabs.setCurrentIndex(tab)
        yield f"main window (case tab {tab})", window
    window.show_reflections()
    yield "main window (reflections)", window
    window.open_case(case.id)
    composer = window.ask_colleague.ask()
    qtbot.waitUntil(lambda: not composer.pending, timeout=10000)
    yield "composer (write)", composer
    composer.tabs.setCurrentIndex(1)
    yield "composer (check)", composer
    composer.close_quietly()
    settings = controller.open_settings()
    yield "settings", settings
    settings.reject()
    yield from _channel_states(qtbot, controller)
    window.open_search()
    yield "search", window.search_dialog
    request = composer.form_request()
    made = [
        ("record an answer", lambda: FollowupDialog(session, request, window)),
        ("reflection", lambda: ReflectionEditor(session, case_id=case.id, parent=window)),
        ("new case", lambda: NewCaseDialog(store, window)),
        ("new goal", lambda: GoalDialog(window)),
        ("new measurement", lambda: MeasureDialog(window)),
        ("outbox", lambda: OutboxDialog(session, window.ask_colleague.service, window)),
        ("group topics", lambda: GroupTopicsDialog(session, window)),
        ("about", lambda: AboutDialog(window)),
        ("change passphrase", lambda: ChangePassphraseDialog(session, window)),
        ("recovery key", lambda: RecoveryKeyDialog("ABCD-EFGH", session.data_dir, window)),
        ("restore", lambda: RestoreDialog(controller, current=session.data_dir, parent=window)),
        ("print options", lambda: SummaryOptionsDialog(window, case.id, store)),
        ("team import", lambda: TeamImportDialog(store, window)),
        ("team export", lambda: TeamExportDialog(store, window)),
        ("older backups", lambda: backups_question(window, 2)[0]),
    ]
    for name, make in made:
        try:
            dialog = make()
        except TypeError:
            continue  # a constructor this walk does not know how to call
        qtbot.addWidget(dialog)
        yield name, dialog


def _channel_states(qtbot, controller):
    """Settings → Channels with the widgets only some channels show: a protected Teams channel
    (tenant, application id, Sign in) and a Discord channel (forum channel)."""
    from coachdesk.app.compose.channels_page import ChannelsPage
    from coachdesk.outbox.channels import Channels
    from coachdesk.outbox.entra import EntraConfig
    from tests.integration.outbox.test_entra import TENANT_URL
    from tests.support.entra_support import CLIENT_ID, TENANT

    Channels(controller.session.store).add("Tiimi", "teams", TENANT_URL, entra=EntraConfig(TENANT, CLIENT_ID))
    settings = controller.open_settings()
    qtbot.addWidget(settings)
    page = settings.page(ChannelsPage)
    settings.ui.pageList.setCurrentRow(settings.pages.index(page))
    page.list.setCurrentRow(next(i for i in range(page.list.count()) if "Tiimi" in page.list.item(i).text()))
    assert page.signin.signin_button.isVisibleTo(page)
    yield "settings (protected channel)", settings
    page.new_channel()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("discord"))
    assert page.forum_check.isVisibleTo(page)
    yield "settings (discord channel)", settings
    settings.reject()


@pytest.mark.parametrize("lang", ["fi", "en", "sv"])
def test_no_mnemonic_clashes_and_every_button_is_named(qtbot, make_controller, demo_vault, memory_keyring, lang):
    controller = make_controller(demo_vault, lang=lang)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    problems = []
    walked = []
    for name, window in _windows(qtbot, controller):
        walked.append(name)
        kind = name.split(" (")[0]  # the main window's states share its menus: each clash once
        problems += [f"{kind}: {c}" for c in clashes(window)]
        problems += [f"{kind}: unnamed {u}" for u in unnamed(window)]
    assert len(walked) >= 23, walked
    assert not problems, "\n".join(dict.fromkeys(problems))
