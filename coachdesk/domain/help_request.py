"""A structured request for help from colleagues ("Ask a colleague"), in Finnish, Swedish or English.

The template: topic; phase; situation now; relevant background; what I have tried and what
happened; what I think is going on; my question (one sentence); help wanted (tips in the
channel / 1:1 sparring with someone experienced in a topic / topic for the group session);
urgency. ``render_text`` gives the plain text that goes out, with a short reference (#K7Q2) in it
so colleagues can spot a duplicate.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from coachdesk.errors import InvalidInput

if TYPE_CHECKING:
    from coachdesk.vault.store import Store

LANGS = ("fi", "sv", "en")  # sv: Finland-Swedish wording
# No 0/O, 1/I/L, 5/S, 8/B: a reference is read aloud and typed by colleagues.
REF_ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679"
REF_LEN = 4
REF_RE = re.compile(rf"^[{REF_ALPHABET}]{{{REF_LEN}}}$")
SITUATION_MAX = 600
QUESTION_MAX = 240


class HelpKind(StrEnum):
    """The kind of help asked for."""

    TIPS = "tips"  # tips in the channel
    SPARRING = "sparring"  # 1:1 sparring with someone experienced in a topic
    GROUP_SESSION = "group_session"  # topic for the group session


class Urgency(StrEnum):
    """How soon an answer is needed."""

    TODAY = "today"
    THIS_WEEK = "this_week"
    NO_RUSH = "no_rush"


LABELS: dict[str, dict[str, str]] = {
    "heading": {"fi": "Kaipaisin vähän apuja", "sv": "Jag skulle behöva lite hjälp", "en": "I could use some help"},
    "topic": {"fi": "Aihe", "sv": "Ämne", "en": "Topic"},
    "phase": {"fi": "Vaihe", "sv": "Fas", "en": "Phase"},
    "situation": {"fi": "Tilanne nyt", "sv": "Läget nu", "en": "Situation now"},
    "background": {"fi": "Olennainen tausta", "sv": "Relevant bakgrund", "en": "Relevant background"},
    "tried": {"fi": "Mitä olen kokeillut ja mitä tapahtui", "sv": "Vad jag har provat och vad som hände",
              "en": "What I have tried and what happened"},
    "thinking": {"fi": "Mitä arvelen olevan taustalla", "sv": "Vad jag tror ligger bakom", "en": "What I think is going on"},
    "question": {"fi": "Kysymykseni", "sv": "Min fråga", "en": "My question"},
    "help_wanted": {"fi": "Toivon", "sv": "Önskad hjälp", "en": "Help wanted"},
    "urgency": {"fi": "Kiireellisyys", "sv": "Brådska", "en": "Urgency"},
    "ref": {"fi": "Viite", "sv": "Referens", "en": "Ref"},
}

HELP_LABELS: dict[HelpKind, dict[str, str]] = {
    HelpKind.TIPS: {"fi": "vinkkejä kanavalle", "sv": "tips i kanalen", "en": "tips in the channel"},
    HelpKind.SPARRING: {"fi": "1:1-sparrausta kokeneemman kanssa", "sv": "1:1-sparring med någon erfaren",
                        "en": "1:1 sparring with someone experienced"},
    HelpKind.GROUP_SESSION: {"fi": "aiheeksi ryhmätapaamiseen", "sv": "ett ämne för gruppträffen",
                             "en": "a topic for the group session"},
}
SPARRING_IN = {"fi": "aiheessa", "sv": "inom", "en": "in"}

URGENCY_LABELS: dict[Urgency, dict[str, str]] = {
    Urgency.TODAY: {"fi": "tänään", "sv": "i dag", "en": "today"},
    Urgency.THIS_WEEK: {"fi": "tällä viikolla", "sv": "den här veckan", "en": "this week"},
    Urgency.NO_RUSH: {"fi": "ei kiirettä", "sv": "ingen brådska", "en": "no rush"},
}

PHASE_LABELS: dict[str, dict[str, str]] = {
    "mapping": {"fi": "kartoitus", "sv": "kartläggning", "en": "mapping"},
    "goals": {"fi": "tavoitteiden asettaminen", "sv": "målsättning", "en": "setting goals"},
    "work_trial": {"fi": "työkokeilu", "sv": "arbetsprövning", "en": "work trial"},
    "job_coaching": {"fi": "työhönvalmennus", "sv": "jobbcoachning", "en": "job coaching"},
    "follow_up": {"fi": "seuranta", "sv": "uppföljning", "en": "follow-up"},
    "closed": {"fi": "päättynyt", "sv": "avslutad", "en": "closed"},
}

TEXT_FIELDS = ("topic", "phase", "situation", "background", "tried", "thinking", "question", "sparring_topic")


@dataclass
class HelpRequest:
    """One request for help; text fields are what the coach reviewed (scrubbed) in the composer."""

    ref: str = field(default_factory=lambda: new_reference())
    lang: str = "fi"
    topic: str = ""
    phase: str = ""
    situation: str = ""
    background: str = ""
    tried: str = ""
    thinking: str = ""
    question: str = ""
    help_wanted: list[HelpKind] = field(default_factory=lambda: [HelpKind.TIPS])
    sparring_topic: str = ""  # "1:1 sparring with someone experienced in <this>"
    urgency: Urgency = Urgency.THIS_WEEK
    case_id: int | None = None
    note_id: int | None = None
    reflection_id: int | None = None
    id: int | None = None
    group_topic: bool = False

    def fields_dict(self) -> dict:
        """The template fields as a JSON-ready dict (what the vault stores)."""
        out = {name: getattr(self, name) for name in TEXT_FIELDS}
        out["help_wanted"] = [HelpKind(h).value for h in self.help_wanted]
        out["urgency"] = Urgency(self.urgency).value
        return out

    @classmethod
    def from_fields(cls, data: dict, **extra: Any) -> HelpRequest:
        """A request from stored template fields (unknown keys ignored) and other attributes."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: str(v) for k, v in data.items() if k in TEXT_FIELDS}
        values["help_wanted"] = [HelpKind(h) for h in data.get("help_wanted", []) if h in HelpKind._value2member_map_]
        values["urgency"] = Urgency(data.get("urgency", Urgency.THIS_WEEK.value))
        values.update({k: v for k, v in extra.items() if k in known})
        return cls(**values)


def new_reference() -> str:
    """A short random reference such as ``K7Q2`` (26^4 = 457 000 values; the vault keeps them unique)."""
    return "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LEN))


def validate(request: HelpRequest) -> HelpRequest:
    """Check what every request needs: a language, a reference, a topic and a one-sentence question."""
    if request.lang not in LANGS:
        raise InvalidInput(f"Language must be fi, sv or en, not {request.lang!r}.")
    if not REF_RE.match(request.ref):
        raise InvalidInput(f"Invalid request reference {request.ref!r}.")
    if not request.topic.strip():
        raise InvalidInput("A request needs a topic." if request.lang != "fi" else "Pyynnöllä pitää olla aihe.")
    if not request.question.strip():
        raise InvalidInput(
            "Write your question in one sentence." if request.lang != "fi" else "Kirjoita kysymyksesi yhdellä lauseella."
        )
    if not request.help_wanted:
        raise InvalidInput("Choose the kind of help you want." if request.lang != "fi" else "Valitse, millaista apua toivot.")
    return request


# ----- drafting ------------------------------------------------------------------------------------
def _excerpt(text: str, limit: int) -> str:
    """The first paragraph(s) of ``text`` up to ``limit`` characters, cut at a word boundary."""
    clean = "\n".join(line.rstrip() for line in text.strip().splitlines()).strip()
    if len(clean) <= limit:
        return clean
    cut = clean[:limit].rsplit(None, 1)[0].rstrip(",;:")
    return cut + " …"


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def first_sentence(text: str, limit: int = QUESTION_MAX) -> str:
    """The first sentence of ``text`` (one line, at most ``limit`` characters)."""
    flat = " ".join(text.split())
    if not flat:
        return ""
    sentence = _SENTENCE_END.split(flat, maxsplit=1)[0]
    return _excerpt(sentence, limit)


def as_question(text: str, lang: str) -> str:
    """Turn an analysis sentence into a draft question the coach then edits."""
    sentence = first_sentence(text)
    if not sentence:
        return ""
    if sentence.endswith("?"):
        return sentence
    body = sentence.rstrip(".! …")
    if lang == "fi":
        return f"Miten toimisit, kun {body[0].lower()}{body[1:]}?"
    if lang == "sv":
        return f"Hur skulle du göra när {body[0].lower()}{body[1:]}?"
    return f"How would you approach this: {body[0].lower()}{body[1:]}?"


def phase_label(phase: str, lang: str) -> str:
    """The name of a case phase in ``lang`` (the phase itself when unknown)."""
    return PHASE_LABELS.get(phase, {}).get(lang, phase)


def draft_from_case(store: Store, case_id: int, lang: str = "fi") -> HelpRequest:
    """A request pre-filled from a case: tags as topic, its phase, the newest note as the
    situation and the case summary as background. The coach edits and scrubs it before sending."""
    _check_lang(lang)
    case = store.get_case(case_id)
    notes = store.list_notes(case_id, newest_first=True)
    situation = _excerpt(notes[0].text, SITUATION_MAX) if notes else ""
    return HelpRequest(
        lang=lang,
        topic=", ".join(case.tags),
        phase=phase_label(case.phase.value, lang),
        situation=situation,
        background=_excerpt(case.summary, SITUATION_MAX),
        case_id=case.id,
    )


def draft_from_note(store: Store, note_id: int, lang: str = "fi") -> HelpRequest:
    """A request pre-filled from one session note (the note is the situation now)."""
    note = store.get_note(note_id)
    request = draft_from_case(store, note.case_id, lang)
    request.situation = _excerpt(note.text, SITUATION_MAX)
    request.note_id = note.id
    if note.tags and not request.topic:
        request.topic = ", ".join(note.tags)
    return request


def draft_from_reflection(store: Store, reflection_id: int, lang: str = "fi") -> HelpRequest:
    """A request pre-filled from a reflection: its analysis drafts the question and "what I think
    is going on"; the first prompt is the situation, the later ones what was tried."""
    from coachdesk.domain.reflection_templates import TEMPLATES

    _check_lang(lang)
    refl = store.get_reflection(reflection_id)
    if refl.case_id is not None:
        request = draft_from_case(store, refl.case_id, lang)
    else:
        request = HelpRequest(lang=lang)
    request.reflection_id = refl.id
    template = TEMPLATES.get(refl.template)
    answers = {k: v.strip() for k, v in refl.answers.items() if v and v.strip()}
    analysis_id = template.analysis_prompt if template else ""
    order = [p.id for p in template.prompts] if template else []
    order += [k for k in answers if k not in order]
    filled = [k for k in order if k in answers]
    if analysis_id not in answers and filled:
        analysis_id = filled[-1]
    analysis = answers.get(analysis_id, "")
    first = next((answers[k] for k in filled if k != analysis_id), "")
    later = [answers[k] for k in order[order.index(analysis_id) + 1 :] if k in answers] if analysis_id in order else []
    if first:
        request.situation = _excerpt(first, SITUATION_MAX)
    if analysis:
        request.thinking = _excerpt(analysis, SITUATION_MAX)
        request.question = as_question(analysis, lang)
    if later:
        request.tried = _excerpt("\n".join(later), SITUATION_MAX)
    if not request.topic:
        request.topic = refl.title.strip()
    return request


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise InvalidInput(f"Language must be fi, sv or en, not {lang!r}.")


# ----- rendering -----------------------------------------------------------------------------------
def help_wanted_text(request: HelpRequest, lang: str) -> str:
    """The help asked for as one line in ``lang`` (with the sparring topic, if any)."""
    parts = []
    for kind in request.help_wanted:
        label = HELP_LABELS[HelpKind(kind)][lang]
        if kind == HelpKind.SPARRING and request.sparring_topic.strip():
            label = f"{label} ({SPARRING_IN[lang]} {request.sparring_topic.strip()})"
        parts.append(label)
    return "; ".join(parts)


def sections(request: HelpRequest, lang: str | None = None) -> list[tuple[str, str]]:
    """(label, value) pairs of the filled-in template fields, in template order."""
    lang = lang or request.lang
    _check_lang(lang)
    rows = [
        ("topic", request.topic),
        ("phase", request.phase),
        ("situation", request.situation),
        ("background", request.background),
        ("tried", request.tried),
        ("thinking", request.thinking),
        ("question", request.question),
        ("help_wanted", help_wanted_text(request, lang)),
        ("urgency", URGENCY_LABELS[Urgency(request.urgency)][lang]),
    ]
    return [(LABELS[key][lang], value.strip()) for key, value in rows if value and value.strip()]


def title(request: HelpRequest, lang: str | None = None) -> str:
    """The first line: "Kaipaisin vähän apuja: <topic> #K7Q2"."""
    lang = lang or request.lang
    topic = " ".join(request.topic.split())
    head = LABELS["heading"][lang]
    return f"{head}: {topic} #{request.ref}" if topic else f"{head} #{request.ref}"


def render_text(request: HelpRequest, lang: str | None = None) -> str:
    """The plain text that goes out: title line with the reference, then one block per field."""
    lang = lang or request.lang
    lines = [title(request, lang), ""]
    for label, value in sections(request, lang):
        if "\n" in value or len(value) > 80:  # a block of its own, between blank lines
            if lines[-1]:
                lines.append("")
            lines.append(f"{label}:")
            lines.extend(value.splitlines())
            lines.append("")
        else:
            lines.append(f"{label}: {value}")
    return "\n".join(lines).rstrip() + "\n"


def with_fields(request: HelpRequest, **changes: Any) -> HelpRequest:
    """A copy with some fields changed (e.g. scrubbed text from the composer)."""
    return replace(request, **changes)
