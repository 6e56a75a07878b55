"""A review question's card fits its column: the answer buttons side by side when there is room, one under
the other when there is not; never wider than the column (no sideways scrolling)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from coachdesk.app.compose.question_card import QuestionCard


def _card(qtbot) -> QuestionCard:
    buttons = [QPushButton("Kyllä, piilota"), QPushButton("Ei, se on kunnossa")]
    card = QuestionCard("Onko 'lielahden logistiikkaan' nimi tai paikka, joka pitää piilottaa?", buttons, "")
    qtbot.addWidget(card)
    card.show()
    return card


def test_the_buttons_stand_side_by_side_when_there_is_room(qtbot) -> None:
    card = _card(qtbot)
    card.resize(600, 200)
    qtbot.waitUntil(lambda: not card.stacked())
    a, b = card.findChildren(QPushButton)
    qtbot.waitUntil(lambda: a.geometry().top() == b.geometry().top() and b.geometry().left() > a.geometry().right())


def test_the_buttons_stack_in_a_narrow_column(qtbot) -> None:
    card = _card(qtbot)
    narrow = card.minimumWidth()
    assert narrow < sum(b.sizeHint().width() for b in card.findChildren(QPushButton))
    card.resize(narrow, 200)
    qtbot.waitUntil(card.stacked)
    a, b = card.findChildren(QPushButton)
    qtbot.waitUntil(lambda: b.geometry().top() > a.geometry().bottom())  # the layout is applied on the next pass
    assert max(a.geometry().right(), b.geometry().right()) <= card.width()
