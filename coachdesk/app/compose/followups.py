"""Closing the loop: record an answer, the kind of help received and what the coach will try;
and the anonymised list of group-session topics for preparing the session."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.core_errors import translate_error


def followup_label(followup) -> tuple[str, str]:
    """(title, text) of a follow-up for the case timeline."""
    kind = followup.kind.value
    ref = f"#{followup.request_ref}"
    if kind == "answer":
        return QCoreApplication.translate("Followups", "Answer to %1").replace("%1", ref), followup.text
    if kind == "will_try":
        return QCoreApplication.translate("Followups", "I will try (after %1)").replace("%1", ref), followup.text
    helps = {"tips": QCoreApplication.translate("Followups", "tips"), "sparring": QCoreApplication.translate("Followups", "1:1 sparring"), "group_session": QCoreApplication.translate("Followups", "group session"),
             "other": QCoreApplication.translate("Followups", "other help")}
    body = helps.get(followup.help_kind.value, followup.help_kind.value)
    return QCoreApplication.translate("Followups", "Help received (%1)").replace("%1", ref), body + (f" — {followup.text}" if followup.text else "")


def followup_group_label(followups: list) -> tuple[str, str]:
    """(title, text) of one recording (answer, help received, what I will try) as ONE timeline entry."""
    if len(followups) == 1:
        return followup_label(followups[0])
    ref = f"#{followups[0].request_ref}"
    kinds = {f.kind.value for f in followups}
    title = QCoreApplication.translate("Followups", "Answer to %1").replace("%1", ref) if "answer" in kinds \
        else QCoreApplication.translate("Followups", "Follow-up to %1").replace("%1", ref)
    short = {"help_received": QCoreApplication.translate("Followups", "Help received"),
             "will_try": QCoreApplication.translate("Followups", "I will try")}
    parts = []
    for f in followups:
        _head, body = followup_label(f)
        parts.append(body if f.kind.value == "answer" else f"{short[f.kind.value]}: {body}")
    return title, "\n".join(parts)


class FollowupDialog(QDialog):
    """Emits ``recorded`` after saving; saves only what the coach filled in."""

    recorded = Signal()

    def __init__(self, session, request, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coachdesk.outbox.requests import HelpReceived

        self.session = session
        self.request = request
        self.setWindowTitle(self.tr("Record an answer") + f" — #{request.ref}")
        form = QFormLayout(self)
        intro = QLabel(self.tr("What came of “%1”? These notes stay in the case timeline.").replace("%1", request.topic))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d.M.yyyy")
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMinimumHeight(90)
        self.answer_edit.setPlaceholderText(self.tr("e.g. sparring offered Thursday"))
        self.help_combo = QComboBox()
        for kind, text in ((HelpReceived.NONE, self.tr("—")), (HelpReceived.TIPS, self.tr("Tips")),
                           (HelpReceived.SPARRING, self.tr("1:1 sparring")),
                           (HelpReceived.GROUP_SESSION, self.tr("Group session")), (HelpReceived.OTHER, self.tr("Other"))):
            self.help_combo.addItem(text, kind.value)
        self.try_edit = QPlainTextEdit()
        self.try_edit.setTabChangesFocus(True)
        self.try_edit.setMinimumHeight(60)
        self.try_edit.setPlaceholderText(self.tr("what I will try next"))
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Answer"), self.answer_edit)
        form.addRow(self.tr("&Help received"), self.help_combo)
        form.addRow(self.tr("What I will &try"), self.try_edit)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def save(self) -> bool:
        from coachdesk.errors import CoachDeskError
        from coachdesk.outbox.requests import FollowupKind, add_followup

        store, rid = self.session.store, self.request.id
        on = self.date_edit.date().toPython()
        entries = []
        if self.answer_edit.toPlainText().strip():
            entries.append((FollowupKind.ANSWER, self.answer_edit.toPlainText(), ""))
        if self.help_combo.currentData():
            entries.append((FollowupKind.HELP_RECEIVED, "", self.help_combo.currentData()))
        if self.try_edit.toPlainText().strip():
            entries.append((FollowupKind.WILL_TRY, self.try_edit.toPlainText(), ""))
        if not entries:
            self.message.setText(self.tr("Write an answer, choose the help received or what you will try."))
            return False
        try:
            for kind, text, help_kind in entries:
                add_followup(store, rid, kind, text, help_kind=help_kind or "", on=on if isinstance(on, date) else None)
        except CoachDeskError as err:
            self.message.setText(translate_error(err))
            return False
        from coachdesk.app.operations import notify

        notify({"requests"})  # the Requests tab and the case's timeline refresh themselves
        self.recorded.emit()
        self.accept()
        return True


class GroupTopicsDialog(QDialog):
    """Topics marked for the group session, anonymised (no case code, pseudonym or identifying detail)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import html

        from coachdesk.app.compose.states import local_time
        from coachdesk.outbox.requests import group_session_topics

        self.setWindowTitle(self.tr("Group session topics"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Anonymised: no case codes, pseudonyms or identifying details."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.view = QTextBrowser()
        self.topics = group_session_topics(session.store)
        if self.topics:
            parts = [f"<p><b>{html.escape(t.topic)}</b> <span style='color:#6b746f'>#{t.ref} · "
                     f"{local_time(t.date + 'T00:00').split(' ')[0]}</span><br>{html.escape(t.question)}</p>"
                     for t in self.topics]
            self.view.setHtml("".join(parts))
        else:
            self.view.setPlainText(self.tr("No topics yet. Mark a request as a group-session topic in its "
                                           "case's Requests tab."))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 480)
