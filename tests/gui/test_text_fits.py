"""No text cut off (issue: the webhook hint was cut in English and Swedish): every one-line label and
every placeholder fits its widget, per language, with the windows at their default sizes."""

from __future__ import annotations

import pytest

from coachdesk.app.case_list import CaseListPanel
from coachdesk.app.screen_fit import MARGIN
from coachdesk.vault.demo import DEMO_PASSPHRASE
from tests.gui.conftest import add_channel, open_composer, unlock
from tests.gui.fit import cut_texts

LANGUAGES = ("en", "sv", "fi")


def _window(qtbot, make_controller, demo_vault, lang):
    controller = make_controller(demo_vault, lang=lang)
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    window = controller.main_window
    qtbot.waitUntil(window.isVisible)
    return controller, window


@pytest.mark.parametrize("lang", LANGUAGES)
def test_settings_pages_show_their_texts_whole(qtbot, make_controller, demo_vault, local_webhooks, memory_keyring, lang):
    controller, _shown = _window(qtbot, make_controller, demo_vault, lang)
    add_channel(controller.session.store, "http://127.0.0.1:9/hook")  # the saved channel's hint shows
    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    cut = []
    for row, page in enumerate(dialog.pages):
        dialog.ui.pageList.setCurrentRow(row)
        qtbot.wait(20)
        cut += [f"{page.page_id}: {text}" for text in cut_texts(page)]
    cut += cut_texts(dialog)
    assert cut == []
    dialog.reject()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_case_overview_reflection_and_composer_show_their_texts_whole(
        qtbot, make_controller, demo_vault, local_webhooks, memory_keyring, lang):
    controller, window = _window(qtbot, make_controller, demo_vault, lang)
    window.resize(1280 - MARGIN // 2, 800 - MARGIN)  # its default size on a 1280×800 screen (offscreen's is smaller)
    case = window.session.store.get_case_by_code("K-2026-001")
    window.open_case(case.id)
    qtbot.wait(50)
    assert cut_texts(window) == []
    view = window.findChild(CaseListPanel).view  # the Phase column fits its longest name
    assert view.horizontalHeader().sectionSize(2) >= view.sizeHintForColumn(2)
    window.new_reflection()
    reflection = window.reflection_dialogs[-1]
    qtbot.waitExposed(reflection)
    assert cut_texts(reflection) == []
    reflection.close()
    add_channel(controller.session.store, "http://127.0.0.1:9/hook")
    dialog = open_composer(qtbot, window)
    dialog.resize(1180, 780)  # its default size where the screen allows
    qtbot.waitExposed(dialog)
    assert cut_texts(dialog) == []
    dialog.reject()

