"""Settings → Vocabulary: the coach's own never-scrub words and phrases, one a line in a plain editor
(a coach pastes or types a list; nothing to learn). Checked by :mod:`coachdesk.services.vocabulary`
on OK: a refused line is named on the page and nothing is saved. Stored inside the vault; the
Settings dialog announces ``settings`` on the hub, and an open composer reviews again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from coachdesk.app.settings_pages import SettingsPage, register_page


@register_page
class VocabularyPage(SettingsPage):
    page_id, order = "vocabulary", 60

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("These words are never replaced in requests and summaries — e.g. the team's "
                                    "own terms and project names."))
        self.intro.setWordWrap(True)
        self.label = QLabel(self.tr("&Words and phrases, one per line"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Never-scrub words and phrases"))
        self.editor.setPlaceholderText("Duunipolku-hanke\nTorstaivalmennus")
        self.editor.setTabChangesFocus(True)
        self.label.setBuddy(self.editor)
        self.hint = QLabel(self.tr("The shipped list (Kela, TE-palvelut, Perjantaipiiri …) applies too. A name "
                                   "alone or a contact detail is refused: those are always hidden."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        for widget in (self.intro, self.label, self.editor, self.hint, self.message):
            layout.addWidget(widget)
        self._loaded: list[str] = []

    def title(self) -> str:
        return self.tr("Vocabulary")

    def lines(self) -> list[str]:
        """The editor's non-empty lines (split at line feeds only: any other break is refused)."""
        return [line for line in self.editor.toPlainText().split("\n") if line.strip()]

    def load(self) -> None:
        from coachdesk.services.vocabulary import keep_terms

        vault = self.controller.session.vault
        self._loaded = keep_terms(vault.store) if vault is not None else []
        self.editor.setPlainText("\n".join(self._loaded))
        self.editor.setEnabled(vault is not None)
        self.message.clear()

    def _changed(self) -> bool:
        return [" ".join(x.split()) for x in self.lines()] != self._loaded

    def validate(self) -> str | None:
        from coachdesk.app.core_errors import translate_error
        from coachdesk.errors import CoachDeskError
        from coachdesk.services.vocabulary import check_keep_terms

        self.message.clear()
        if not self._changed():
            return None
        try:
            check_keep_terms(self.lines())
        except CoachDeskError as err:
            self.message.setText(translate_error(err))
            return self.message.text()
        return None

    def save(self) -> None:
        from coachdesk.services.vocabulary import set_keep_terms

        vault = self.controller.session.vault
        if vault is not None and self._changed():
            self._loaded = set_keep_terms(vault.store, self.lines())
            self.editor.setPlainText("\n".join(self._loaded))
