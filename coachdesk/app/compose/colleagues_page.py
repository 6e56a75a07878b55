"""Settings → Colleagues (optional): name, expertise tags and an id per platform (Teams user name,
Slack member id, Mattermost username, Google Chat user id, Discord user id) so a mention notifies
them. The composer suggests colleagues whose tags match the request's topic. Changes are saved at
once, like channels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.core_errors import translate_error
from coachdesk.app.settings_dialog import SettingsPage


class ColleaguesPage(SettingsPage):
    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = controller.session
        self.editing: int | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda _c, _p: self._edit_current())
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_colleague)
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        row.addLayout(left, 2)
        right = QVBoxLayout()
        form = QFormLayout()
        # labels above their fields: "Osaaminen (pilkuin eroteltuna)" beside a field left it ~70 px
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit, self.tags_edit, self.upn_edit, self.slack_edit = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.mattermost_edit, self.googlechat_edit, self.discord_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.edits = (self.name_edit, self.tags_edit, self.upn_edit, self.slack_edit, self.mattermost_edit,
                      self.googlechat_edit, self.discord_edit)
        self.labels = [QLabel() for _ in self.edits]
        for label, edit in zip(self.labels, self.edits, strict=True):
            label.setBuddy(edit)
            form.addRow(label, edit)
        right.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button, self.remove_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save_colleague)
        self.remove_button.clicked.connect(self.remove_colleague)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        right.addWidget(self.message)
        right.addStretch(1)
        row.addLayout(right, 3)
        layout.addLayout(row, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.intro.setText(self.tr("Optional: colleagues and what they know well. When a request's topic matches "
                                   "their tags, the composer suggests mentioning them."))
        self.new_button.setText(self.tr("&New colleague"))
        for label, text in zip(self.labels, (self.tr("&Name"), self.tr("&Expertise (comma-separated)"),
                                             self.tr("&Teams user name"), self.tr("S&lack member id"),
                                             self.tr("&Mattermost username"), self.tr("&Google Chat user id"),
                                             self.tr("&Discord user id")), strict=True):
            label.setText(text)
        self.upn_edit.setPlaceholderText("maija.mentori@example.fi")
        self.slack_edit.setPlaceholderText("U012ABCDEF")
        self.mattermost_edit.setPlaceholderText("maija.mentori")
        self.googlechat_edit.setPlaceholderText("users/123456789012345678901")
        self.discord_edit.setPlaceholderText("123456789012345678")
        hint = self.tr("Optional. Without an id for the channel's platform the name is written as plain text and "
                       "the colleague is not notified.")
        for edit in self.edits[2:]:
            edit.setToolTip(hint)
        self.save_button.setText(self.tr("&Save colleague"))
        self.remove_button.setText(self.tr("&Remove"))

    def title(self) -> str:
        return self.tr("Colleagues")

    def load(self) -> None:
        self._reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_colleague()

    def save(self) -> None:
        """Nothing to do: changes were saved when made."""

    def _reload(self, select: int | None = None) -> None:
        from coachdesk.outbox.colleagues import list_colleagues

        self.list.blockSignals(True)
        self.list.clear()
        if self.session.is_unlocked:
            for colleague in list_colleagues(self.session.store):
                item = QListWidgetItem(f"{colleague.name}\n{', '.join(colleague.expertise)}")
                item.setData(Qt.ItemDataRole.UserRole, colleague.id)
                self.list.addItem(item)
                if colleague.id == select:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def new_colleague(self) -> None:
        self.list.setCurrentItem(None)
        self.editing = None
        for edit in self.edits:
            edit.clear()
        self.remove_button.setEnabled(False)
        self.message.clear()

    def _edit_current(self) -> None:
        from coachdesk.outbox.colleagues import get_colleague

        item = self.list.currentItem()
        if item is None:
            return
        colleague = get_colleague(self.session.store, item.data(Qt.ItemDataRole.UserRole))
        self.editing = colleague.id
        self.name_edit.setText(colleague.name)
        self.tags_edit.setText(", ".join(colleague.expertise))
        self.upn_edit.setText(colleague.teams_upn)
        self.slack_edit.setText(colleague.slack_id)
        self.mattermost_edit.setText(colleague.mattermost_username)
        self.googlechat_edit.setText(colleague.googlechat_id)
        self.discord_edit.setText(colleague.discord_id)
        self.remove_button.setEnabled(True)
        self.message.clear()

    def save_colleague(self) -> bool:
        from coachdesk.errors import CoachDeskError
        from coachdesk.outbox.colleagues import Colleague, add_colleague, update_colleague

        colleague = Colleague(self.name_edit.text(), [t for t in self.tags_edit.text().split(",") if t.strip()],
                              self.upn_edit.text(), self.slack_edit.text(), self.editing,
                              mattermost_username=self.mattermost_edit.text(),
                              googlechat_id=self.googlechat_edit.text(), discord_id=self.discord_edit.text())
        try:
            saved = (update_colleague if self.editing else add_colleague)(self.session.store, colleague)
        except CoachDeskError as err:
            self.message.setText(translate_error(err))
            return False
        self._reload(select=saved.id)
        self._edit_current()
        self.message.setText(self.tr("Saved."))
        return True

    def remove_colleague(self) -> None:
        from coachdesk.outbox.colleagues import remove_colleague

        if self.editing is not None:
            remove_colleague(self.session.store, self.editing)
            self._reload()
            self.new_colleague()
