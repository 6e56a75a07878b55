"""Settings → Colleagues (optional): name, expertise tags and an id per platform (Teams user name,
Slack member id, Mattermost username, Google Chat user id, Discord user id) so a mention notifies
them. The composer suggests colleagues whose tags match the request's topic. Changes are saved at
once, like channels."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from coachdesk.app.list_form_page import ListFormPage
from coachdesk.app.settings_pages import register_page


@register_page
class ColleaguesPage(ListFormPage):
    page_id, order, change_kind = "colleagues", 50, "colleagues"

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        form = self.form
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

    # ----- list and form (ListFormPage) ------------------------------------------------------------
    def rows(self):
        from coachdesk.outbox.colleagues import list_colleagues

        for colleague in list_colleagues(self.session.store):
            yield colleague.id, f"{colleague.name}\n{', '.join(colleague.expertise)}"

    def form_values(self) -> tuple:
        return tuple(edit.text() for edit in self.edits)

    def clear_form(self) -> None:
        for edit in self.edits:
            edit.clear()

    def show_item(self, key) -> None:
        from coachdesk.outbox.colleagues import get_colleague

        colleague = get_colleague(self.session.store, key)
        self.name_edit.setText(colleague.name)
        self.tags_edit.setText(", ".join(colleague.expertise))
        self.upn_edit.setText(colleague.teams_upn)
        self.slack_edit.setText(colleague.slack_id)
        self.mattermost_edit.setText(colleague.mattermost_username)
        self.googlechat_edit.setText(colleague.googlechat_id)
        self.discord_edit.setText(colleague.discord_id)

    def store_item(self) -> int:
        from coachdesk.outbox.colleagues import Colleague, add_colleague, update_colleague

        colleague = Colleague(self.name_edit.text(), [t for t in self.tags_edit.text().split(",") if t.strip()],
                              self.upn_edit.text(), self.slack_edit.text(), self.editing,
                              mattermost_username=self.mattermost_edit.text(),
                              googlechat_id=self.googlechat_edit.text(), discord_id=self.discord_edit.text())
        return (update_colleague if self.editing else add_colleague)(self.session.store, colleague).id

    def delete_item(self, key) -> None:
        from coachdesk.outbox.colleagues import remove_colleague

        remove_colleague(self.session.store, key)

    # the names the tests and the keyboard walk use
    def new_colleague(self) -> None:
        self.new_item()

    def save_colleague(self) -> bool:
        return self.save_current()

    def remove_colleague(self) -> None:
        self.remove_current()
