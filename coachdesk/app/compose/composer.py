"""The "Ask a colleague" composer: write (a structured template pre-filled from the case), check
(original and outgoing text side by side, findings, questions) and send through the outbox, or
export instead (clipboard, .md / .txt, e-mail draft).

Scrubbing runs on a worker after a short pause in typing; Send is enabled only when the newest
review is ``ready`` and describes exactly the text on screen. The bytes shown in the preview are
the bytes queued (the outbox refuses anything else).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachdesk.app.compose.question_card import QuestionCard
from coachdesk.app.core_errors import translate_error
from coachdesk.app.i18n import LANGUAGE_NAMES
from coachdesk.app.screen_fit import resize_to_fit
from coachdesk.app.workers import run_in_thread
from coachdesk.domain import help_request as hr
from coachdesk.outbox import review_html
from coachdesk.outbox.review import SCRUBBED, ReviewResult, ReviewState, originals_of, scrubbed_request

log = logging.getLogger(__name__)
DEBOUNCE_MS = 150
DRAFT_SAVE_MS = 1000  # like the note editor's autosave
TAB_WRITE, TAB_CHECK = range(2)
MULTILINE = ("situation", "background", "tried", "thinking")
# Per-widget style sheets: a dialog-wide one would re-polish every child (slow to open).
STATUS_STYLE = """
QLabel { padding: 8px 10px; border-radius: 6px; border: 1px solid palette(mid); }
QLabel[tone="ok"] { background: #e3f1eb; color: #1d4f44; border-color: #9cc9b8; }
QLabel[tone="warn"] { background: #fdf1d8; color: #6b4a00; border-color: #d9a441; }
"""
SEND_STYLE = """QPushButton:disabled { background: palette(button); color: palette(placeholder-text);
border-color: palette(mid); }"""
CARD_STYLE = ("QFrame#questionCard { border: 1px solid #d9a441; border-radius: 6px; background: #fffaf0; }"
              "QFrame#questionCard QLabel { color: #3d2f00; }")


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ComposerDialog(QDialog):
    """Signals: ``queued(request_id)`` after Send; ``terms_added(case_id)`` after a new identifying detail."""

    queued = Signal(int)
    terms_added = Signal(int)

    def __init__(self, session, request: hr.HelpRequest | None = None, *, service=None, case=None,
                 resend_item_id: int | None = None, parent: QWidget | None = None) -> None:
        """Builds the widgets; ``start(request)`` (here when ``request`` is given) fills them. The UI can
        build a spare dialog ahead of time so that Ctrl+Shift+A only fills and shows it."""
        super().__init__(parent)
        self.setObjectName("ComposerDialog")
        self.session = session
        self.service = service
        self.case = None
        self.request = hr.HelpRequest()
        self.resend_item_id = None
        self.started = False
        self.state = ReviewState()
        self.result: ReviewResult | None = None
        self.generation = 0
        self.reviewed_generation = -1
        self.preview_bytes: bytes | None = None  # the first post (the only one for a short request)
        self.preview_parts: tuple[bytes, ...] = ()  # every post of the request, in order
        self.preview_kind: str | None = None
        self.final_request: hr.HelpRequest | None = None
        self.problem = ""
        self.fine: set[str] = set()  # words the coach answered "it is fine" about (remembered for the case)
        self._relay = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._review_now)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._initial: tuple | None = None  # the form as filled: typing makes it a draft worth keeping
        self._saved: tuple | None = None  # the form as last saved as a draft
        self.session.about_to_lock.connect(self.save_draft)
        from coachdesk.app.operations import listen

        listen(self, {"settings"}, self._vocabulary_changed)
        self._build()
        resize_to_fit(self, 1180, 780)
        if request is not None:
            self.start(request, case=case, resend_item_id=resend_item_id)

    def start(self, request: hr.HelpRequest, *, case=None, resend_item_id: int | None = None) -> None:
        """Fill the composer with ``request`` (once per dialog) and start the live review."""
        if self.started:
            raise RuntimeError("a composer is filled once")
        self.started = True
        self.case = case
        self.request = request
        self.resend_item_id = resend_item_id
        self._restore_decisions()
        self._fill(request)
        self._initial = self._saved = self._snapshot()
        self._load_channels()
        self._retranslate()
        self.tabs.setCurrentIndex(TAB_WRITE)
        self._schedule(0)

    # ----- vault ---------------------------------------------------------------------------------
    @property
    def store(self):
        return self.session.store

    def _keep_terms(self) -> list[str]:
        """The coach's never-scrub vocabulary (Settings → Vocabulary), added to the shipped list."""
        from coachdesk.services.vocabulary import keep_terms

        return keep_terms(self.store)

    def _vocabulary_changed(self, _kinds: frozenset[str]) -> None:
        """Settings were saved while the composer is open: review again with the coach's new list."""
        if self.started and self.session.vault is not None:
            keep = self._keep_terms()
            if keep != self.state.keep_terms:
                self.state.keep_terms = keep
                self._schedule(0)

    def _restore_decisions(self) -> None:
        """The case's details as terms and its earlier answers (services.requests.case_review_state:
        the command line checks the same way); a restored draft keeps all its decisions."""
        from coachdesk.outbox import requests
        from coachdesk.services.requests import case_review_state

        if self.request.case_id is not None and self.case is None:
            from coachdesk.services.cases import open_case

            self.case = open_case(self.store, self.request.case_id)
        self.state, fine = case_review_state(self.store, self.case if self.request.case_id is not None else None,
                                             self.request.lang)
        self.fine |= fine

        def words(value) -> set[str]:
            return {w for w in value if isinstance(w, str) and w.strip()} if isinstance(value, list) else set()

        if self.request.id is not None:
            own = requests.request_review(self.store, self.request.id)
            self.state.keep |= words(own.get("keep"))
            overrides = own.get("overrides")
            if isinstance(overrides, dict):
                self.state.overrides.update({k: v for k, v in overrides.items()
                                             if isinstance(k, str) and isinstance(v, str)})

    def review_json(self) -> dict:
        """The coach's decisions, saved with the request (answers are remembered for the case)."""
        return {"answered": sorted([list(k) for k in self.state.answered]), "fine": sorted(self.fine),
                "keep": sorted(self.state.keep - self.fine), "overrides": dict(self.state.overrides)}

    # ----- drafts -------------------------------------------------------------------------------
    def _snapshot(self) -> tuple:
        request = self.form_request()
        return (tuple(getattr(request, n) for n in SCRUBBED), request.lang, tuple(request.help_wanted),
                str(request.urgency), tuple(sorted(self.state.keep)), tuple(sorted(self.state.answered)),
                tuple(sorted(self.state.overrides.items())))

    @property
    def drafting(self) -> bool:
        """Autosave applies to new requests and unsent drafts, never to a request that went out."""
        return self.started and self.resend_item_id is None

    def has_content(self) -> bool:
        """Something to lose: the coach typed, or this is a saved draft."""
        return self.started and (self.request.id is not None or self._snapshot() != self._initial)

    def save_draft(self) -> bool:
        """Save the form as typed (not yet reviewed) in the vault as an unsent draft of the case."""
        from coachdesk.errors import CoachDeskError
        from coachdesk.outbox import requests

        self._draft_timer.stop()
        if not self.drafting or not self.session.is_unlocked or self.request.case_id is None:
            return False
        snapshot = self._snapshot()
        if snapshot == self._saved or (self.request.id is None and snapshot == self._initial):
            return False
        try:
            saved = requests.save_request(self.store, self.form_request(), complete=False, review=self.review_json())
        except CoachDeskError as err:
            log.warning("draft not saved: %s", type(err).__name__)
            return False
        self._saved = snapshot
        ref_changed = saved.ref != self.request.ref
        self.request = replace(self.request, id=saved.id, ref=saved.ref)
        if ref_changed:
            self._schedule(0)
        return True

    def discard_draft(self) -> None:
        from coachdesk.outbox import requests

        self._draft_timer.stop()
        if self.drafting and self.request.id is not None and self.session.is_unlocked:
            requests.delete_request(self.store, self.request.id)
            self.request = replace(self.request, id=None)
        self._saved = self._initial = self._snapshot()

    # ----- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.intro)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_write(), "")
        self.tabs.addTab(self._build_check(), "")
        outer.addWidget(self.tabs, 1)
        self.status = QLabel()
        self.status.setObjectName("composerStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet(STATUS_STYLE)
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton()
        self.save_button = QPushButton()
        self.mail_button = QPushButton()
        for b in (self.copy_button, self.save_button, self.mail_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.cancel_button = QPushButton()
        self.next_button = QPushButton()
        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        self.send_button.setStyleSheet(SEND_STYLE)
        for b in (self.cancel_button, self.next_button, self.send_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.save_button.clicked.connect(self.save_as)
        self.mail_button.clicked.connect(self.open_mail_draft)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button.clicked.connect(lambda: self.tabs.setCurrentIndex(TAB_CHECK))
        self.send_button.clicked.connect(self.send)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # send from the review; from writing: on to the review
            QShortcut(QKeySequence(keys), self).activated.connect(self.send_or_next)

    def _build_write(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(8, 12, 24, 12)
        form.setVerticalSpacing(10)
        self.lang_combo = QComboBox()
        for code, name in LANGUAGE_NAMES:  # the request's language (fi, en, sv), each named in itself
            self.lang_combo.addItem(name, code)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in SCRUBBED:
            if name == "sparring_topic":
                continue
            edit = QPlainTextEdit() if name in MULTILINE else QLineEdit()
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(66)
                edit.setMaximumHeight(120)
            self.edits[name] = edit
        self.edits["sparring_topic"] = QLineEdit()
        self.help_boxes = {kind: QCheckBox() for kind in hr.HelpKind}
        self.urgency_combo = QComboBox()
        for urgency in hr.Urgency:
            self.urgency_combo.addItem("", urgency.value)
        self.mentions_box = QWidget()
        self.mentions_layout = QHBoxLayout(self.mentions_box)
        self.mentions_layout.setContentsMargins(0, 0, 0, 0)
        self.mention_checks: list[tuple[QCheckBox, object]] = []
        self.form_labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget) -> None:
            label = QLabel()
            label.setBuddy(widget)
            self.form_labels[key] = label
            form.addRow(label, widget)

        row("lang", self.lang_combo)
        for name in ("topic", "phase", "situation", "background", "tried", "thinking", "question"):
            row(name, self.edits[name])
        help_row = QWidget()
        help_layout = QVBoxLayout(help_row)
        help_layout.setContentsMargins(0, 0, 0, 0)
        help_layout.addWidget(self.help_boxes[hr.HelpKind.TIPS])
        sparring = QHBoxLayout()
        sparring.addWidget(self.help_boxes[hr.HelpKind.SPARRING])
        sparring.addWidget(self.edits["sparring_topic"], 1)
        help_layout.addLayout(sparring)
        help_layout.addWidget(self.help_boxes[hr.HelpKind.GROUP_SESSION])
        row("help_wanted", help_row)
        row("urgency", self.urgency_combo)
        row("mentions", self.mentions_box)
        for edit in self.edits.values():
            edit.textChanged.connect(self._edited)
        for box in self.help_boxes.values():
            box.toggled.connect(self._edited)
        self.urgency_combo.currentIndexChanged.connect(self._edited)
        self.lang_combo.currentIndexChanged.connect(self._lang_changed)
        scroll.setWidget(page)
        return scroll

    def _build_check(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 10, 4, 4)
        top = QHBoxLayout()
        self.channel_label = QLabel()
        self.channel_combo = QComboBox()
        self.channel_combo.setMinimumWidth(220)
        self.channel_label.setBuddy(self.channel_combo)
        self.channel_combo.currentIndexChanged.connect(lambda _i: self._update_preview())
        self.json_check = QCheckBox()
        self.json_check.toggled.connect(lambda _c: self._update_preview())
        top.addWidget(self.channel_label)
        top.addWidget(self.channel_combo)
        top.addStretch(1)
        top.addWidget(self.json_check)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        left, self.original_title, self.original_view = self._pane()
        right, self.outgoing_title, self.outgoing_view = self._pane()
        self.json_view = QPlainTextEdit()
        self.json_view.setReadOnly(True)
        self.json_view.setObjectName("payloadView")
        right.layout().addWidget(self.json_view)
        self.json_view.hide()
        self.notify_label = QLabel()  # "Ilmoitus menee: …" for the chosen channel's platform
        self.notify_label.setWordWrap(True)
        self.notify_label.setTextFormat(Qt.TextFormat.PlainText)
        right.layout().addWidget(self.notify_label)
        self.notify_label.hide()
        split.addWidget(left)
        split.addWidget(right)
        # texts above, findings and questions below; the coach can move the line between them
        self.check_split = QSplitter(Qt.Orientation.Vertical)
        self.check_split.setChildrenCollapsible(False)
        self.check_split.addWidget(split)
        review_box = QWidget()
        review = QHBoxLayout(review_box)
        review.setContentsMargins(0, 0, 0, 0)
        findings_box = QVBoxLayout()
        self.findings_title = _bold(QLabel())
        self.findings = QTableWidget(0, 4)
        self.findings.verticalHeader().hide()
        self.findings.setAlternatingRowColors(True)
        self.findings.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(0, 190)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.findings.itemChanged.connect(self._placeholder_edited)
        findings_box.addWidget(self.findings_title)
        findings_box.addWidget(self.findings, 1)
        add_row = QHBoxLayout()
        self.add_term_label = QLabel()
        self.add_term_edit = QLineEdit()
        self.add_term_label.setBuddy(self.add_term_edit)
        self.add_term_button = QPushButton()
        self.add_term_button.clicked.connect(lambda: self.add_term(self.add_term_edit.text()))
        self.add_term_edit.returnPressed.connect(lambda: self.add_term(self.add_term_edit.text()))
        add_row.addWidget(self.add_term_label)
        add_row.addWidget(self.add_term_edit, 1)
        add_row.addWidget(self.add_term_button)
        findings_box.addLayout(add_row)
        review.addLayout(findings_box, 3)
        questions_box = QVBoxLayout()
        self.questions_title = _bold(QLabel())
        self.questions_area = QWidget()
        self.questions_layout = QVBoxLayout(self.questions_area)
        self.questions_layout.setContentsMargins(0, 0, 0, 0)
        self.questions_layout.addStretch(1)
        questions_box.addWidget(self.questions_title)
        questions_scroll = QScrollArea()  # many questions scroll; none is ever squeezed
        questions_scroll.setWidgetResizable(True)
        questions_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the cards fit the width
        questions_scroll.setFrameShape(QFrame.Shape.NoFrame)
        questions_scroll.setWidget(self.questions_area)
        questions_box.addWidget(questions_scroll, 1)
        review.addLayout(questions_box, 2)
        self.check_split.addWidget(review_box)
        self.check_split.setSizes([400, 500])  # the findings and questions need the room more
        split.setMinimumHeight(110)
        layout.addWidget(self.check_split, 1)
        return page

    def _pane(self) -> tuple[QWidget, QLabel, QTextBrowser]:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        title = _bold(QLabel())
        view = QTextBrowser()
        view.setOpenLinks(False)
        v.addWidget(title)
        v.addWidget(view, 1)
        return box, title, view

    def _retranslate(self) -> None:
        where = f" — {self.case.code}" if self.case is not None else ""
        self.setWindowTitle(self.tr("Ask a colleague") + where)
        self.heading.setText(self.tr("Ask a colleague"))
        self.intro.setText(self.tr(
            "Write your question, then check it. Identifying details are replaced before anything is sent; "
            "only the text under “What will be sent” leaves this computer."))
        self.tabs.setTabText(TAB_WRITE, self.tr("1. Write"))
        self.tabs.setTabText(TAB_CHECK, self.tr("2. Check and send"))
        labels = {
            "lang": self.tr("&Language"), "topic": self.tr("T&opic"), "phase": self.tr("&Phase"),
            "situation": self.tr("&Situation now"), "background": self.tr("Relevant &background"),
            "tried": self.tr("What I have &tried and what happened"), "thinking": self.tr("What I &think is going on"),
            "question": self.tr("My &question (one sentence)"), "help_wanted": self.tr("Help wanted"),
            "urgency": self.tr("&Urgency"), "mentions": self.tr("Mention"),
        }
        for key, label in self.form_labels.items():
            label.setText(labels[key])
        self.edits["question"].setPlaceholderText(self.tr("What do you want to ask, in one sentence?"))
        self.edits["sparring_topic"].setPlaceholderText(self.tr("in which topic (optional)"))
        self.help_boxes[hr.HelpKind.TIPS].setText(self.tr("Tips in the channel"))
        self.help_boxes[hr.HelpKind.SPARRING].setText(self.tr("1:1 sparring with someone experienced"))
        self.help_boxes[hr.HelpKind.GROUP_SESSION].setText(self.tr("A topic for the group session"))
        for i, text in enumerate((self.tr("Today"), self.tr("This week"), self.tr("No rush"))):
            self.urgency_combo.setItemText(i, text)
        self.channel_label.setText(self.tr("Send &to"))
        self.json_check.setText(self.tr("Show the exact message data"))
        self.original_title.setText(self.tr("Your text (stays on this computer)"))
        self.original_view.setAccessibleName(self.original_title.text())
        self.outgoing_view.setAccessibleName(self.tr("What will be sent"))
        self.findings.setAccessibleName(self.tr("Replaced before sending"))
        self.findings.setHorizontalHeaderLabels(
            [self.tr("Found in your text"), self.tr("Kind"), self.tr("Sent as"), ""])
        self.findings.horizontalHeaderItem(2).setToolTip(self.tr("Double-click a placeholder to change it"))
        self.add_term_label.setText(self.tr("Hide a &word the check missed"))
        self.add_term_edit.setPlaceholderText(self.tr("word or name"))
        self.add_term_button.setText(self.tr("Hide in this case"))
        self.add_term_button.setToolTip(self.tr("Adds the word to the case's identifying details"))
        self.copy_button.setText(self.tr("&Copy"))
        self.save_button.setText(self.tr("Sa&ve as…"))
        self.mail_button.setText(self.tr("&E-mail draft"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.next_button.setText(self.tr("&Next: check"))
        self._update_view()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ----- form <-> request --------------------------------------------------------------------
    def _fill(self, request: hr.HelpRequest) -> None:
        self.lang_combo.blockSignals(True)
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(request.lang), 0))
        self.lang_combo.blockSignals(False)
        for name, edit in self.edits.items():
            edit.blockSignals(True)
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(getattr(request, name))
            else:
                edit.setText(getattr(request, name))
            edit.blockSignals(False)
        for kind, box in self.help_boxes.items():
            box.blockSignals(True)
            box.setChecked(kind in request.help_wanted)
            box.blockSignals(False)
        self.urgency_combo.blockSignals(True)
        self.urgency_combo.setCurrentIndex(max(self.urgency_combo.findData(hr.Urgency(request.urgency).value), 0))
        self.urgency_combo.blockSignals(False)

    def field_text(self, name: str) -> str:
        edit = self.edits[name]
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def set_field(self, name: str, text: str) -> None:
        edit = self.edits[name]
        if isinstance(edit, QPlainTextEdit):
            edit.setPlainText(text)
        else:
            edit.setText(text)

    def form_request(self) -> hr.HelpRequest:
        """The request as written (not yet scrubbed)."""
        values = {name: self.field_text(name) for name in SCRUBBED}
        wanted = [kind for kind, box in self.help_boxes.items() if box.isChecked()]
        return replace(self.request, lang=self.lang_combo.currentData(), help_wanted=wanted,
                       urgency=hr.Urgency(self.urgency_combo.currentData()), **values)

    def _lang_changed(self) -> None:
        lang = self.lang_combo.currentData()
        old = self.request.lang
        phase = self.field_text("phase")
        for labels in hr.PHASE_LABELS.values():
            if labels.get(old) == phase:
                self.set_field("phase", labels[lang])
        self.request = replace(self.request, lang=lang)
        self.state.lang = lang
        self._edited()

    def _edited(self, *_args) -> None:
        self._schedule()
        if self.drafting:
            self._draft_timer.start()

    # ----- live review ------------------------------------------------------------------------------
    def _schedule(self, delay: int = DEBOUNCE_MS) -> None:
        self._send_when_reviewed = False  # the text changed: the coach sees the new check first
        self.generation += 1
        self._update_buttons()
        self._timer.start(delay)

    def _review_now(self) -> None:
        generation = self.generation
        originals = originals_of(self.form_request())
        state = self.state.snapshot()
        if self._relay is not None:
            self._relay.cancelled = True
        self._relay = run_in_thread(lambda: state.compute(originals),
                                    lambda result: self._reviewed(generation, result), self._review_failed)

    def _reviewed(self, generation: int, result: ReviewResult) -> None:
        if generation != self.generation:
            return  # the text changed meanwhile; a newer review is on its way
        self._relay = None
        self.result = result
        self.reviewed_generation = generation
        self._load_mentions()
        self._update_view()
        if getattr(self, "_send_when_reviewed", False):
            self._send_when_reviewed = False
            self.send()

    def _review_failed(self, err: BaseException) -> None:
        log.error("review failed: %s", type(err).__name__)
        self._relay = None
        self.problem = self.tr("The privacy check failed; nothing can be sent. (%1)").replace("%1", type(err).__name__)
        self._update_buttons()

    @property
    def pending(self) -> bool:
        return self.reviewed_generation != self.generation

    def wait_reviewed(self) -> None:
        """For tests and benchmarks: run the pending review now, on this thread."""
        self._timer.stop()
        if self._relay is not None:
            self._relay.cancelled = True
            self._relay = None
        self._reviewed(self.generation, self.state.snapshot().compute(originals_of(self.form_request())))

    # ----- decisions ------------------------------------------------------------------------------
    def dismiss(self, word: str) -> bool:
        """Mark a finding as harmless (refused for ID, CONTACT, ADDRESS findings and case terms)."""
        if self.result is None:
            return False
        matching = [f for f in self.result.findings if f.text == word]
        if not matching or not all(f.dismissible for f in matching):
            return False
        self.state.keep.add(word)
        self._schedule(0)
        if self.drafting:
            self._draft_timer.start()
        return True

    def set_placeholder(self, word: str, placeholder: str) -> None:
        self.state.overrides[word] = placeholder
        self._schedule(0)

    def add_term(self, word: str) -> None:
        """Mark a word as identifying: it joins the case's identifying details and is always hidden."""
        word = " ".join(word.split())
        if not word:
            return
        if self.request.case_id is not None:
            from coachdesk.services.cases import add_identifier

            add_identifier(self.store, self.request.case_id, word)
            self.terms_added.emit(self.request.case_id)
        if word not in self.state.terms:
            self.state.terms.append(word)
        self.state.keep.discard(word)
        self.state.overrides.pop(word, None)
        self.add_term_edit.clear()
        self._schedule(0)

    def answer(self, key: tuple[str, str], *, hide: bool = False) -> None:
        """Answer a question: ``hide`` adds the word as identifying; otherwise it is fine as it is."""
        self.state.answered.add(key)
        if hide and key[1]:
            word = next((q.text for q in (self.result.questions if self.result else ()) if q.key == key), key[1])
            self.add_term(word)
            return
        if key[0] == "uncertain_name":
            word = next((q.text for q in (self.result.questions if self.result else ()) if q.key == key), "")
            if word:
                self.state.keep.add(word)
                self.fine.add(word)
        self._schedule(0)
        if self.drafting:
            self._draft_timer.start()

    def _placeholder_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        word = item.data(Qt.ItemDataRole.UserRole)
        if word and item.text() != self.state.overrides.get(word):
            self.set_placeholder(word, item.text())

    # ----- view ---------------------------------------------------------------------------------------
    def _labels(self) -> list[tuple[str, str, str]]:
        lang = self.lang_combo.currentData()
        result = self.result
        texts = result.originals if result else originals_of(self.form_request())
        rows = []
        for name in SCRUBBED:
            key = "help_wanted" if name == "sparring_topic" else name
            label = hr.LABELS[key][lang]
            rows.append((name, label, texts.get(name, "")))
        return rows

    def _update_view(self) -> None:
        result = self.result
        if result is None:
            self._update_buttons()
            return
        self.original_view.setHtml(review_html.original_html(self._labels(), result.findings))
        self._fill_findings(result)
        self._fill_questions(result)
        self._update_preview()

    def _fill_findings(self, result: ReviewResult) -> None:
        self.findings.blockSignals(True)
        groups = result.groups()
        for row in range(self.findings.rowCount()):
            old = self.findings.cellWidget(row, 3)
            if old is not None:
                old.hide()  # Qt deletes it later; never left visible meanwhile
        self.findings.setRowCount(0)
        self.findings.setRowCount(len(groups))
        for row, (label, word, replacement, _default, dismissible, count) in enumerate(groups):
            shown = word if count == 1 else f"{word}  (×{count})"
            item = QTableWidgetItem(shown)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.findings.setItem(row, 0, item)
            kind = QTableWidgetItem(self._kind_text(label))
            kind.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.findings.setItem(row, 1, kind)
            rep = QTableWidgetItem(replacement)
            rep.setData(Qt.ItemDataRole.UserRole, word)
            rep.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable)
            self.findings.setItem(row, 2, rep)
            if dismissible:
                button = QPushButton(self.tr("Harmless"))
                button.setToolTip(self.tr("Send this word as it is"))
                button.clicked.connect(lambda _c=False, w=word: self.dismiss(w))
                self.findings.setCellWidget(row, 3, button)
            else:
                note = QLabel(self.tr("Always hidden"))
                note.setObjectName("hint")
                note.setContentsMargins(6, 0, 6, 0)
                note.setToolTip(self.tr(
                    "Identifiers, contact details, addresses and the case's identifying details are always hidden"))
                self.findings.setCellWidget(row, 3, note)
        widths = [self.findings.cellWidget(r, 3).sizeHint().width() for r in range(self.findings.rowCount())]
        if widths:  # ResizeToContents does not see cell widgets: "Always hidden" was cut
            self.findings.horizontalHeader().resizeSection(3, max(widths) + 6)
        self.findings.blockSignals(False)
        self.findings_title.setText(self.tr("Replaced before sending: %n", "", len(groups)))

    def _kind_text(self, label: str) -> str:
        names = {
            "PERSON": self.tr("name"), "LOCATION": self.tr("place"), "ADDRESS": self.tr("address"),
            "ORG": self.tr("organisation"), "CONTACT": self.tr("contact"), "ID": self.tr("identifier"),
            "DATE": self.tr("date"), "AGE": self.tr("age"), "EMPLOYER": self.tr("employer"),
            "TERM": self.tr("identifying detail"),
        }
        return names.get(label, label.lower())

    def _question_text(self, q) -> str:
        """The review's question in the UI language (the core asks in the language of the text)."""
        asks = {
            "uncertain_name": self.tr("Is '%1' a name or place that should be hidden?"),
            "long_number": self.tr("What is the number '%1'? It may be an identifier."),
            "quasi_identifiers": self.tr("Age, town and occupation together can identify the client. "
                                         "Could one of them be more general?"),
        }
        return asks[q.kind].replace("%1", q.text) if q.kind in asks else q.question

    def _fill_questions(self, result: ReviewResult) -> None:
        while self.questions_layout.count() > 1:
            item = self.questions_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone at once; deleted when the event loop comes round
                item.widget().deleteLater()
        for q in result.questions:
            if q.kind == "uncertain_name":
                hide = QPushButton(self.tr("Yes, hide it"))
                hide.clicked.connect(lambda _c=False, k=q.key: self.answer(k, hide=True))
                fine = QPushButton(self.tr("No, it is fine"))
                fine.clicked.connect(lambda _c=False, k=q.key: self.answer(k))
                buttons = [hide, fine]
            else:
                ok = QPushButton(self.tr("I have checked"))
                ok.clicked.connect(lambda _c=False, k=q.key: self.answer(k))
                buttons = [ok]
            card = QuestionCard(self._question_text(q), buttons, CARD_STYLE)
            self.questions_layout.insertWidget(self.questions_layout.count() - 1, card)
        self.questions_title.setText(self.tr("Questions for you: %n", "", len(result.questions)))

    def _load_channels(self) -> None:
        from coachdesk.services.channels import list_channels

        self.channel_combo.blockSignals(True)
        self.channel_combo.clear()
        for channel in list_channels(self.store):
            self.channel_combo.addItem(f"{channel.name}  ({channel.kind.value})", channel.name)
        self.channel_combo.blockSignals(False)
        self._load_mentions()

    def channel(self):
        from coachdesk.services.channels import get_channel

        name = self.channel_combo.currentData()
        return get_channel(self.store, name) if name else None

    def _load_mentions(self) -> None:
        """Suggest colleagues whose expertise matches the topic (kept checked across updates)."""
        from coachdesk.outbox.colleagues import suggest_colleagues

        request = self.form_request()
        key = (request.topic, request.sparring_topic, request.question)
        if key == getattr(self, "_mention_key", None):
            return
        self._mention_key = key
        try:
            suggestions = suggest_colleagues(self.store, request)
        except Exception as err:  # colleagues are optional: never block the composer
            log.warning("colleague suggestions failed: %s", type(err).__name__)
            suggestions = []
        checked = {c.id for box, c in self.mention_checks if box.isChecked()}
        for box, _c in self.mention_checks:
            box.hide()
            box.deleteLater()
        self.mention_checks = []
        for colleague, tags in suggestions:
            box = QCheckBox(f"@{colleague.name} ({', '.join(tags)})")
            box.setChecked(colleague.id in checked)
            box.toggled.connect(self._edited)
            self.mentions_layout.addWidget(box)
            self.mention_checks.append((box, colleague))
        self.mentions_box.setVisible(bool(suggestions))
        self.form_labels["mentions"].setVisible(bool(suggestions))

    def mentions(self) -> list:
        return [c.mention() for box, c in self.mention_checks if box.isChecked()]

    def _update_preview(self) -> None:
        """Build the exact outgoing bytes (every post of a long request) and show them."""
        from coachdesk.outbox.compose import preview_parts
        from coachdesk.outbox.payloads import payload_text

        self.preview_bytes = self.preview_kind = None
        self.preview_parts = ()
        self.final_request = None
        self.problem = ""
        self.notify_label.hide()
        result = self.result
        if result is None:
            self._update_buttons()
            return
        final = scrubbed_request(self.form_request(), result)
        self.final_request = final
        channel = self.channel()
        try:
            hr.validate(final)
        except Exception as err:
            self.problem = translate_error(err)
        placeholders = {f.replacement for f in result.findings}
        still = {f.text for f in result.open_findings}
        if channel is None:
            text = hr.render_text(final)
            self.outgoing_title.setText(self.tr("What will be copied or saved (no channel yet)"))
        else:
            try:
                parts = preview_parts(final, channel.kind, mentions=self.mentions(), forum=channel.forum,
                                      target=channel.target)
            except Exception as err:
                self.problem = self.problem or translate_error(err)
                parts = ()
            if parts:
                self.preview_parts, self.preview_bytes, self.preview_kind = parts, parts[0], channel.kind.value
                text = "\n\n".join(payload_text(channel.kind, part) for part in parts)
            else:
                text = hr.render_text(final)
            title = self.tr("What will be sent to %1").replace("%1", channel.name)
            if len(parts) > 1:
                title += " " + self.tr("(%n messages, in this order)", "", len(parts))
            self.outgoing_title.setText(title)
            self._show_notified(channel.kind)
        self.outgoing_view.setHtml(review_html.outgoing_html(text, placeholders, still))
        show_json = self.json_check.isChecked() and self.preview_bytes is not None
        self.json_view.setVisible(show_json)
        self.outgoing_view.setVisible(not show_json)
        if show_json:
            self.json_view.setPlainText("\n".join(part.decode("utf-8") for part in self.preview_parts))
        self._update_buttons()

    def _show_notified(self, kind) -> None:
        """Who the chosen platform will notify, and who is only named (no id for this platform)."""
        from coachdesk.outbox.payloads import notify_plan

        mentions = self.mentions()
        if not mentions:
            return
        notified, plain = notify_plan(kind, mentions)
        lines = []
        if notified:
            lines.append(self.tr("Notified: %1").replace("%1", ", ".join(notified)))
        if plain:
            lines.append(self.tr("Not notified (no %1 id; named as plain text): %2")
                         .replace("%1", kind.value).replace("%2", ", ".join(plain)))
        self.notify_label.setText("\n".join(lines))
        self.notify_label.show()

    def shown_parts(self) -> tuple[bytes, ...]:
        """Every post on screen now, in order (empty while a review is pending)."""
        return () if self.pending else self.preview_parts

    def shown_payload(self) -> bytes | None:
        """The bytes on screen now (None while a review is pending or nothing can be sent)."""
        return None if self.pending else self.preview_bytes

    # ----- state line and buttons ----------------------------------------------------------------
    def can_export(self) -> bool:
        return not self.pending and self.result is not None and self.result.ready and self.final_request is not None \
            and not self.problem

    def can_send(self) -> bool:
        return self.can_export() and self.preview_bytes is not None and self.session.is_unlocked

    def _update_buttons(self) -> None:
        on_check = self.tabs.currentIndex() == TAB_CHECK
        self.next_button.setVisible(not on_check)
        self.send_button.setVisible(on_check)
        self.next_button.setDefault(not on_check)
        self.send_button.setDefault(on_check)
        channel = self.channel_combo.currentData()
        self.send_button.setText(self.tr("&Send to %1").replace("%1", channel) if channel else self.tr("&Send"))
        self.send_button.setToolTip("Ctrl+Enter")
        self.send_button.setEnabled(self.can_send())
        for b in (self.copy_button, self.save_button, self.mail_button):
            b.setEnabled(self.can_export())
        self.status.setText(self.status_text())
        tone = self._tone()
        if self.status.property("tone") != tone:
            self.status.setProperty("tone", tone)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)

    def _tone(self) -> str:
        if self.pending or self.result is None:
            return "busy"
        return "ok" if self.can_export() else "warn"

    def status_text(self) -> str:
        result = self.result
        if self.pending or result is None:
            return self.tr("Checking for identifying details…")
        if result.open_findings:
            words = ", ".join(sorted({f.text for f in result.open_findings}))
            return self.tr("Still identifying in the text to be sent: %1. Change the placeholder or the text.") \
                .replace("%1", words)
        if result.questions:
            return self.tr("Answer %n question(s) under “Questions for you” before sending.", "", len(result.questions))
        if self.problem:
            return self.problem
        hidden = len(result.groups())
        if self.channel_combo.count() == 0:
            return self.tr("Checked: %n detail(s) replaced. No channel yet: add one in Settings → Channels, "
                           "or copy, save or e-mail the text.", "", hidden)
        return self.tr("Checked: %n detail(s) replaced. Only the text under “What will be sent” leaves this computer.",
                       "", hidden)

    def send_or_next(self) -> bool:
        """Ctrl+Enter: on the review, send (when it may be sent); while writing, go on to the review."""
        if self.tabs.currentIndex() != TAB_CHECK:
            self.tabs.setCurrentIndex(TAB_CHECK)
            return False
        if self.pending:  # the check is still running: send when it is done (if it may be sent then)
            self._send_when_reviewed = True
            return False
        return self.send()

    # ----- send ------------------------------------------------------------------------------------------
    def send(self) -> bool:
        """Save the reviewed request and queue exactly the previewed bytes (one transaction:
        services.requests.submit_request), wake the outbox."""
        from coachdesk.errors import CoachDeskError
        from coachdesk.services.requests import submit_request

        if not self.can_send():
            return False
        shown, final, channel = self.preview_parts, self.final_request, self.channel()
        try:
            self._draft_timer.stop()
            done = submit_request(self.store, final, channel.name, shown, mentions=self.mentions(),
                                  review=self.review_json(), replaces=self.resend_item_id)
        except CoachDeskError as err:
            self.status.setText(translate_error(err))
            return False
        saved = done.request
        if done.new_reference:  # the random reference was taken: show the new one first
            self.request = replace(self.request, ref=saved.ref, id=saved.id)
            self._schedule(0)
            self.status.setText(self.tr("The message got a new reference; check it and send again."))
            return False
        self.request = replace(self.request, id=saved.id)
        if self.service is not None:
            self.service.wake()
        self.queued.emit(saved.id)
        self.accept()
        return True

    # ----- export instead of send ------------------------------------------------------------------------
    def copy_to_clipboard(self) -> None:
        """Plain text and rich HTML. Scrubbed text: not cleared from the clipboard later."""
        from coachdesk.app import clipboard
        from coachdesk.outbox.export import render_html

        if not self.can_export():
            return
        clipboard.copy(hr.render_text(self.final_request), render_html(self.final_request), private=False)
        self.status.setText(self.tr("Copied. Paste it in your chat or e-mail."))

    def save_as(self, path: str | None = None) -> str | None:
        from pathlib import Path

        from coachdesk.errors import CoachDeskError
        from coachdesk.outbox.export import save_request

        if not self.can_export():
            return None
        if path is None:
            name = f"{self.tr('question')}-{self.final_request.ref}.md"
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the question"), str(Path.home() / name),
                                                   self.tr("Markdown (*.md);;Text (*.txt)"))
        if not path:
            return None
        if Path(path).suffix.lower() not in (".md", ".txt"):
            path += ".md"
        try:
            save_request(self.final_request, Path(path), data_dirs=[getattr(self.session, "data_dir", None)])
        except (CoachDeskError, OSError) as err:
            self.status.setText(translate_error(err))
            return None
        from coachdesk.textsafe import shown  # a file name, escaped

        self.status.setText(self.tr("Saved to %1").replace("%1", shown(path)))
        return path

    def mail_url(self) -> str | None:
        from coachdesk.outbox.export import mailto_url

        return mailto_url(self.final_request) if self.can_export() else None

    def open_mail_draft(self) -> None:
        url = self.mail_url()
        if url:
            QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))

    def reject(self) -> None:
        """Cancel: asks "discard the draft?" only when there is something to lose; keeps it otherwise."""
        if self.session.is_unlocked and self.isVisible() and self.drafting and self.has_content():
            choice = self.ask_discard()
            if choice == "back":
                return
            if not self.session.is_unlocked:  # locked while asking: the draft was saved on the way
                pass
            elif choice == "discard":
                self.discard_draft()
            else:
                self.save_draft()
        elif self.session.is_unlocked:
            self.save_draft()
        self.close_quietly()

    def ask_discard(self) -> str:
        """"keep" | "discard" | "back" (tests replace this to answer without a dialog)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the draft?"),
                          self.tr("Your text is kept as a draft of this case: you can go on with it later from "
                                  "the Requests tab."), QMessageBox.StandardButton.NoButton, self)
        keep = box.addButton(self.tr("&Keep the draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("&Go on writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(back)
        box.exec()
        clicked = box.clickedButton()
        return "discard" if clicked is discard else "back" if clicked is back else "keep"

    def close_quietly(self) -> None:
        """Close without asking (on lock the draft was saved on ``about_to_lock``)."""
        if self._relay is not None:
            self._relay.cancelled = True
        self._timer.stop()
        self._draft_timer.stop()
        super().reject()
