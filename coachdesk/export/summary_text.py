"""Fixed wording of printed case summaries in Finnish, Finland-Swedish and English (labels, headings,
enum names). Every table has the same keys in "fi", "sv" and "en"; English is the fallback."""

from __future__ import annotations

from coachdesk.domain import models as m

TEXT: dict[str, dict[str, str]] = {
    "fi": {
        "title": "Asiakastiivistelmä",
        "title_brief": "Konsultaatiopyyntö ryhmälle",
        "mode_private": "Oma työkappale",
        "mode_scrubbed": "Siirtoon tai työnohjaukseen · tunnistetiedot poistettu",
        "mode_brief": "Ryhmäkonsultaatio · tunnistetiedot poistettu",
        "code": "Asiakkuus",
        "pseudonym": "Pseudonyymi",
        "status": "Tila",
        "phase": "Vaihe",
        "opened": "Alkoi",
        "closed": "Päättyi",
        "payer": "Maksaja",
        "sessions": "Tapaamisia",
        "range": "Muistiinpanot",
        "range_all": "kaikki",
        "tags": "Aiheet",
        "situation": "Tilanne",
        "goals": "Tavoitteet (GAS)",
        "goal": "Tavoite",
        "gas_start": "Alussa",
        "gas_now": "Nyt",
        "measures": "Mittarit",
        "date": "Päivämäärä",
        "measure": "Mittari",
        "value": "Arvo",
        "notes": "Tapaamismuistiinpanot",
        "no_notes": "Ei muistiinpanoja valitulla aikavälillä.",
        "reflections": "Reflektiot",
        "reflections_warning": "Reflektiot ovat omia ammatillisia pohdintojasi. Ne tulostettiin, koska valitsit ne. "
        "Harkitse, kenelle annat tämän paperin.",
        "requests": "Kysymykset kollegoille ja vastaukset",
        "request_question": "Kysymys",
        "request_answer": "Vastaus",
        "request_will_try": "Kokeilen",
        "no_requests": "Ei kysymyksiä kollegoille.",
        "minutes": "min",
        "topic": "Aihe",
        "brief_phase": "Vaihe",
        "brief_situation": "Tilanne",
        "brief_tried": "Mitä on kokeiltu",
        "brief_question": "Kysymys ryhmälle",
        "brief_question_blank": "Kirjoita kysymys tähän:",
        "brief_since": "asiakkuus alkoi {months} sitten",
        "brief_sessions": "{n} tapaamista",
        "brief_months": "{n} kk",
        "brief_weeks": "{n} vk",
        "brief_goal": "{title}: alussa {start}, nyt {now}",
        "brief_measure": "{name}: alussa {first}, viimeksi {last} ({values})",
        "brief_footer": "Tunnistetiedot on poistettu. Paperi palautetaan tai hävitetään tapaamisen jälkeen.",
        "scrubbed_notice": "Kaikki tekstit on ajettu tunnistetietojen poistajan läpi. Tarkista silti ennen luovutusta.",
        "confidential": "Luottamuksellinen / Confidential",
        "printed": "Tulostettu {date}",
        "header_app": "CoachDesk",
        "not_set": "–",
    },
    "sv": {
        "title": "Ärendesammanfattning",
        "title_brief": "Underlag för gruppkonsultation",
        "mode_private": "Eget arbetsexemplar",
        "mode_scrubbed": "För överlämning eller handledning · identifierande uppgifter borttagna",
        "mode_brief": "Gruppkonsultation · identifierande uppgifter borttagna",
        "code": "Ärende",
        "pseudonym": "Pseudonym",
        "status": "Status",
        "phase": "Fas",
        "opened": "Inleddes",
        "closed": "Avslutades",
        "payer": "Betalare",
        "sessions": "Sessioner",
        "range": "Anteckningar",
        "range_all": "alla",
        "tags": "Ämnen",
        "situation": "Nuläge",
        "goals": "Mål (GAS)",
        "goal": "Mål",
        "gas_start": "I början",
        "gas_now": "Nu",
        "measures": "Mätare",
        "date": "Datum",
        "measure": "Mätare",
        "value": "Värde",
        "notes": "Sessionsanteckningar",
        "no_notes": "Inga anteckningar under den valda perioden.",
        "reflections": "Reflektioner",
        "reflections_warning": "Reflektionerna är dina egna professionella överväganden. De skrevs ut eftersom du "
        "valde dem. Tänk efter vem du ger det här papperet till.",
        "requests": "Frågor till kolleger och svar",
        "request_question": "Fråga",
        "request_answer": "Svar",
        "request_will_try": "Jag provar",
        "no_requests": "Inga frågor till kolleger.",
        "minutes": "min",
        "topic": "Ämne",
        "brief_phase": "Fas",
        "brief_situation": "Nuläge",
        "brief_tried": "Vad som har prövats",
        "brief_question": "Frågan till gruppen",
        "brief_question_blank": "Skriv frågan här:",
        "brief_since": "ärendet inleddes för {months} sedan",
        "brief_sessions": "{n} sessioner",
        "brief_months": "{n} mån.",
        "brief_weeks": "{n} v.",
        "brief_goal": "{title}: i början {start}, nu {now}",
        "brief_measure": "{name}: i början {first}, senast {last} ({values})",
        "brief_footer": "Identifierande uppgifter borttagna. Papperet lämnas tillbaka eller förstörs efter sessionen.",
        "scrubbed_notice": "Alla texter har gått igenom verktyget som tar bort identifierande uppgifter. "
        "Kontrollera ändå innan du lämnar över papperet.",
        "confidential": "Konfidentiell / Luottamuksellinen",
        "printed": "Utskrivet {date}",
        "header_app": "CoachDesk",
        "not_set": "–",
    },
    "en": {
        "title": "Case summary",
        "title_brief": "Group consultation brief",
        "mode_private": "Coach's own copy",
        "mode_scrubbed": "For handover or supervision · identifying details removed",
        "mode_brief": "Group consultation · identifying details removed",
        "code": "Case",
        "pseudonym": "Pseudonym",
        "status": "Status",
        "phase": "Phase",
        "opened": "Opened",
        "closed": "Closed",
        "payer": "Payer",
        "sessions": "Sessions",
        "range": "Notes",
        "range_all": "all",
        "tags": "Topics",
        "situation": "Situation",
        "goals": "Goals (GAS)",
        "goal": "Goal",
        "gas_start": "At start",
        "gas_now": "Now",
        "measures": "Measures",
        "date": "Date",
        "measure": "Measure",
        "value": "Value",
        "notes": "Session notes",
        "no_notes": "No notes in the selected period.",
        "reflections": "Reflections",
        "reflections_warning": "Reflections are your own professional thinking. They were printed because you chose "
        "them. Consider who you hand this paper to.",
        "requests": "Questions to colleagues and answers",
        "request_question": "Question",
        "request_answer": "Answer",
        "request_will_try": "I will try",
        "no_requests": "No questions to colleagues.",
        "minutes": "min",
        "topic": "Topic",
        "brief_phase": "Phase",
        "brief_situation": "Situation",
        "brief_tried": "What has been tried",
        "brief_question": "The question for the group",
        "brief_question_blank": "Write the question here:",
        "brief_since": "case opened {months} ago",
        "brief_sessions": "{n} sessions",
        "brief_months": "{n} months",
        "brief_weeks": "{n} weeks",
        "brief_goal": "{title}: at start {start}, now {now}",
        "brief_measure": "{name}: {first} at start, {last} lately ({values})",
        "brief_footer": "Identifying details removed. Return or destroy this paper after the session.",
        "scrubbed_notice": "Every text has been through the identifying-details scrubber. Check it before handing it over.",
        "confidential": "Luottamuksellinen / Confidential",
        "printed": "Printed {date}",
        "header_app": "CoachDesk",
        "not_set": "–",
    },
}

STATUS = {
    m.CaseStatus.ACTIVE: {"fi": "Aktiivinen", "sv": "Aktiv", "en": "Active"},
    m.CaseStatus.PAUSED: {"fi": "Tauolla", "sv": "Pausad", "en": "Paused"},
    m.CaseStatus.CLOSED: {"fi": "Päättynyt", "sv": "Avslutad", "en": "Closed"},
}
PHASE = {
    m.Phase.MAPPING: {"fi": "Kartoitus", "sv": "Kartläggning", "en": "Mapping"},
    m.Phase.GOALS: {"fi": "Tavoitteiden asettaminen", "sv": "Målsättning", "en": "Setting goals"},
    m.Phase.WORK_TRIAL: {"fi": "Työkokeilu", "sv": "Arbetsprövning", "en": "Work trial"},
    m.Phase.JOB_COACHING: {"fi": "Työhönvalmennus", "sv": "Jobbcoachning", "en": "Job coaching"},
    m.Phase.FOLLOW_UP: {"fi": "Seuranta", "sv": "Uppföljning", "en": "Follow-up"},
    m.Phase.CLOSED: {"fi": "Päättynyt", "sv": "Avslutad", "en": "Closed"},
}
PAYER = {
    m.Payer.KELA: {"fi": "Kela", "sv": "FPA (Kela)", "en": "Kela"},
    m.Payer.PENSION_INSURER: {"fi": "Työeläkevakuuttaja", "sv": "Arbetspensionsförsäkrare", "en": "Pension insurer"},
    m.Payer.TE_SERVICES: {"fi": "TE-palvelut", "sv": "TE-tjänster", "en": "TE services"},
    m.Payer.OCCUPATIONAL_HEALTH: {"fi": "Työterveyshuolto", "sv": "Företagshälsovård", "en": "Occupational health"},
    m.Payer.OTHER: {"fi": "Muu", "sv": "Annan", "en": "Other"},
}
NOTE_KIND = {
    m.NoteKind.MEETING: {"fi": "Tapaaminen", "sv": "Möte", "en": "Meeting"},
    m.NoteKind.PHONE: {"fi": "Puhelu", "sv": "Telefonsamtal", "en": "Phone call"},
    m.NoteKind.VIDEO: {"fi": "Videotapaaminen", "sv": "Videosamtal", "en": "Video call"},
    m.NoteKind.NETWORK: {"fi": "Verkostotapaaminen", "sv": "Nätverksmöte", "en": "Network meeting"},
}
MEASURE = {
    m.MeasureKind.WAS: {"fi": "Työkykypistemäärä WAS (0–10)", "sv": "Arbetsförmågepoäng WAS (0–10)",
                         "en": "Work Ability Score (0–10)"},
    m.MeasureKind.WAI: {"fi": "Työkykyindeksi WAI (7–49)", "sv": "Arbetsförmågeindex WAI (7–49)",
                         "en": "Work Ability Index (7–49)"},
    m.MeasureKind.NUMERIC: {"fi": "Mittari", "sv": "Mätare", "en": "Measure"},
}
REQUEST_STATUS = {
    "unsent": {"fi": "ei lähetetty", "sv": "inte skickad", "en": "not sent"},
    "draft": {"fi": "luonnos", "sv": "utkast", "en": "draft"},
    "queued": {"fi": "lähtee", "sv": "skickas", "en": "queued"},
    "sending": {"fi": "lähtee", "sv": "skickas", "en": "sending"},
    "sent": {"fi": "lähetetty", "sv": "skickad", "en": "sent"},
    "needs_fixing": {"fi": "vaatii korjausta", "sv": "behöver rättas", "en": "needs fixing"},
    "possibly_sent": {"fi": "ehkä lähetetty", "sv": "kanske skickad", "en": "possibly sent"},
    "cancelled": {"fi": "peruttu", "sv": "annullerad", "en": "cancelled"},
}
MEASURE_SHORT = {m.MeasureKind.WAS: "WAS", m.MeasureKind.WAI: "WAI", m.MeasureKind.NUMERIC: ""}


def t(lang: str, key: str, **kwargs: object) -> str:
    """The fixed text ``key`` in ``lang`` (English when the language is unknown)."""
    table = TEXT.get(lang, TEXT["en"])
    value = table.get(key, TEXT["en"][key])
    return value.format(**kwargs) if kwargs else value


def label(table: dict, value: object, lang: str) -> str:
    """The name of ``value`` in ``lang`` from an enum-name table (English, else the value itself)."""
    names = table.get(value)
    if names is None:
        return str(value)
    return names.get(lang, names["en"])


def gas_level(level: int | None) -> str:
    """A GAS level as printed: -2, -1, 0, +1, +2."""
    if level is None:
        return "–"
    return f"+{level}" if level > 0 else str(level)


DECIMAL_COMMA = ("fi", "sv")  # Finnish and Finland-Swedish write 4,5


def fmt_number(value: float, lang: str) -> str:
    """A measure value with at most two decimals, a decimal comma in Finnish and Swedish."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang in DECIMAL_COMMA else text
