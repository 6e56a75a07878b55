"""Settings → Vocabulary with real widgets on a real vault: the coach's never-scrub terms load, are
checked on OK (a refused line is named on the page, nothing saved), are saved and announced; an open
composer reviews again and keeps the term while the client's name next to it is still hidden."""

from __future__ import annotations

from coachdesk.services import vocabulary
from tests.gui.conftest import open_composer

SENTENCE = "Liisa Mäkelä aloitti Saapas-kahvilassa maanantaina."


def _settings(qtbot, controller):
    from coachdesk.app.vocabulary_page import VocabularyPage

    dialog = controller.open_settings()
    qtbot.addWidget(dialog)
    page = dialog.page(VocabularyPage)
    dialog.ui.pageList.setCurrentRow(dialog.pages.index(page))
    return dialog, page


def test_the_page_loads_checks_saves_and_announces(qtbot, app_window):
    from coachdesk.app.operations import hub

    controller, window = app_window
    store = window.session.store
    vocabulary.set_keep_terms(store, ["Duunipolku-hanke"])
    dialog, page = _settings(qtbot, controller)
    assert page.title() == "Vocabulary" and page.editor.toPlainText() == "Duunipolku-hanke"
    assert "never replaced" in page.intro.text()
    # a careless paste: a name and an e-mail address among the terms; nothing is saved
    page.editor.setPlainText("Duunipolku-hanke\nSaapas-kahvila\nMatti\nmatti@example.fi")
    dialog.accept()
    assert dialog.isVisible() and "'Matti'" in dialog.ui.messageLabel.text()
    assert "name alone" in page.message.text()
    assert dialog.ui.pageStack.currentWidget() is page
    assert vocabulary.keep_terms(store) == ["Duunipolku-hanke"]
    page.editor.setPlainText("Duunipolku-hanke\n\n  Saapas-kahvila  \nSAAPAS-KAHVILA\n")
    with qtbot.waitSignal(hub().changed) as announced:
        dialog.accept()
    assert not dialog.isVisible() and announced.args == [frozenset({"settings"})]
    assert vocabulary.keep_terms(store) == ["Duunipolku-hanke", "Saapas-kahvila"]
    again, page = _settings(qtbot, controller)
    assert page.editor.toPlainText() == "Duunipolku-hanke\nSaapas-kahvila"
    page.editor.clear()
    again.accept()
    assert vocabulary.keep_terms(store) == []


def test_the_message_on_the_page_is_finnish_in_the_finnish_ui(qtbot, make_controller, demo_vault, memory_keyring):
    from coachdesk.vault.demo import DEMO_PASSPHRASE
    from tests.gui.conftest import unlock

    controller = make_controller(demo_vault, lang="fi")
    unlock(qtbot, controller, DEMO_PASSPHRASE)
    dialog, page = _settings(qtbot, controller)
    assert page.title() == "Sanasto"
    assert page.intro.text() == ("Näitä sanoja ei koskaan korvata pyynnöissä ja tiivistelmissä — esim. tiimin omat "
                                 "termit ja hankkeiden nimet.")
    page.editor.setPlainText("040 123 4567")
    dialog.accept()
    assert page.message.text().startswith("Aina säilytettävä sana '040 123 4567': Tunnistetieto")


def test_a_saved_term_survives_the_open_composers_review(qtbot, app_window):
    controller, window = app_window
    dialog = open_composer(qtbot, window)  # K-2026-001: Liisa Mäkelä is a listed detail
    dialog.set_field("tried", SENTENCE)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    final = dialog.result.finals["tried"]
    assert "Saapas" not in final and "Liisa" not in final  # the scrubber takes it for an organisation
    settings, page = _settings(qtbot, controller)
    page.editor.setPlainText("Saapas-kahvila")
    settings.accept()  # saved and announced: the open composer reviews again with the new list
    qtbot.waitUntil(lambda: dialog.state.keep_terms == ["Saapas-kahvila"], timeout=5000)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    final = dialog.result.finals["tried"]
    assert "Saapas-kahvilassa maanantaina" in final
    assert "Liisa" not in final and "Mäkelä" not in final
    assert not any(f.text.startswith("Saapas") for f in dialog.result.findings)


def test_a_new_composer_starts_with_the_coachs_terms(qtbot, app_window):
    _controller, window = app_window
    vocabulary.set_keep_terms(window.session.store, ["Saapas-kahvila"])
    dialog = open_composer(qtbot, window)
    assert dialog.state.keep_terms == ["Saapas-kahvila"]
    dialog.set_field("tried", SENTENCE)
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10000)
    assert "Saapas-kahvilassa" in dialog.result.finals["tried"] and "Liisa" not in dialog.result.finals["tried"]
