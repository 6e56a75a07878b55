"""A settings page with a list on the left and a form on the right (channels, colleagues).

The base owns the list, the New / Save / Remove buttons, the message line and the bookkeeping:
which item the form edits (``editing``, None for a new one), whether the form was changed since it
was filled (``dirty``: the page then refuses the dialog's OK until the item is saved or the form
cleared), and refreshing itself when the change hub reports its kind. Changes are saved at once
(Save / Remove), not by the dialog's OK. A subclass builds its form rows into ``self.form`` (extra
widgets into ``self.details``) and fills in the few methods below.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.core_errors import translate_error
from coachdesk.app.operations import listen, notify
from coachdesk.app.settings_pages import SettingsPage

KEY_ROLE = Qt.ItemDataRole.UserRole


class ListFormPage(SettingsPage):
    """List + form. Subclasses set ``change_kind`` and implement ``rows``, ``show_item``,
    ``clear_form``, ``form_values``, ``store_item``, ``delete_item``, ``confirm_remove``."""

    change_kind: ClassVar[str] = ""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.session = controller.session
        self.editing: Hashable | None = None
        self._filled: tuple = ()
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.left = QVBoxLayout()
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda _c, _p: self._edit_current())
        self.left.addWidget(self.list, 1)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_item)
        self.left.addWidget(self.new_button)
        row.addLayout(self.left, 2)
        right = QVBoxLayout()
        self.form = QFormLayout()
        right.addLayout(self.form)
        self.details = QVBoxLayout()
        self.details.setContentsMargins(0, 0, 0, 0)
        right.addLayout(self.details)
        self.button_row = QHBoxLayout()
        self.save_button, self.remove_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.button_row.addWidget(self.save_button)
        self.button_row.addWidget(self.remove_button)
        self.button_row.addStretch(1)
        right.addLayout(self.button_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        right.addWidget(self.message)
        right.addStretch(1)
        row.addLayout(right, 3)
        layout.addLayout(row, 1)
        listen(self, {self.change_kind}, self._changed_elsewhere)

    # ----- what a subclass provides -------------------------------------------------------------
    def rows(self) -> Iterable[tuple[Hashable, str]]:
        """(key, list text) of every item."""
        raise NotImplementedError

    def show_item(self, key: Hashable) -> None:
        """Fill the form with the item ``key``."""
        raise NotImplementedError

    def clear_form(self) -> None:
        """Empty the form for a new item."""
        raise NotImplementedError

    def form_values(self) -> tuple:
        """What the coach can change in the form (for ``dirty``)."""
        raise NotImplementedError

    def store_item(self) -> Hashable:
        """Save the form (add or replace ``editing``); return the saved item's key. Raises CoachDeskError."""
        raise NotImplementedError

    def delete_item(self, key: Hashable) -> None:
        raise NotImplementedError

    def confirm_remove(self, key: Hashable) -> bool:
        return True

    def saved_text(self) -> str:
        return QCoreApplication.translate("ListFormPage", "Saved.")

    def unsaved_text(self) -> str:
        # the context is named: self.tr() would look the text up under the subclass's name
        return QCoreApplication.translate(
            "ListFormPage", "%1: the form has changes that are not saved. Save them, or choose New to drop them.") \
            .replace("%1", self.title())

    # ----- SettingsPage contract -----------------------------------------------------------------
    def load(self) -> None:
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_item()

    def validate(self) -> str | None:
        return self.unsaved_text() if self.dirty else None

    def save(self) -> None:
        """Nothing to do: changes were saved when made."""

    # ----- list and form ---------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.form_values() != self._filled

    def mark_clean(self) -> None:
        """The form now shows what is stored (or an untouched new item)."""
        self._filled = self.form_values()

    def item_keys(self) -> list:
        return [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]

    def reload(self, select: Hashable | None = None) -> None:
        """Fill the list again (the form is left as it is); select ``select`` if given."""
        self.list.blockSignals(True)
        self.list.clear()
        if self.session.is_unlocked:
            for key, text in self.rows():
                item = QListWidgetItem(text)
                item.setData(KEY_ROLE, key)
                self.list.addItem(item)
                if select is not None and key == select:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def select_item(self, key: Hashable) -> None:
        """Show the item ``key`` (just added elsewhere, e.g. by a dialog)."""
        self.reload(select=key)
        self._edit_current()

    def new_item(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self.editing = None
        self.clear_form()
        self.remove_button.setEnabled(False)
        self.message.clear()
        self.mark_clean()

    def _edit_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.editing = item.data(KEY_ROLE)
        self.remove_button.setEnabled(True)
        self.message.clear()
        self.show_item(self.editing)
        self.mark_clean()

    def save_current(self) -> bool:
        from coachdesk.errors import CoachDeskError

        try:
            key = self.store_item()
        except CoachDeskError as err:
            self.message.setText(translate_error(err))
            return False
        self.select_item(key)
        self.message.setText(self.saved_text())
        notify({self.change_kind})
        return True

    def remove_current(self) -> None:
        key = self.editing
        if key is None or not self.confirm_remove(key):
            return
        self.delete_item(key)
        self.reload()
        self.new_item()
        notify({self.change_kind})

    def _changed_elsewhere(self, _kinds: frozenset[str]) -> None:
        """The hub reported a change (here or elsewhere): the list again; the form only if it is
        untouched and its item went away."""
        self.reload(select=self.editing)
        if self.editing is not None and self.editing not in self.item_keys() and not self.dirty:
            self.new_item()
