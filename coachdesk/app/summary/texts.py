"""UI wording of the print dialogs (fi / en; Swedish UI falls back to English)."""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "fi": {
        "action": "Tulosta tiivistelmä…",
        "action_tip": "Tulosta tai tallenna asiakastiivistelmä PDF:nä (Ctrl+P)",
        "options_title": "Tulosta asiakastiivistelmä – {code}",
        "kind": "Mitä tulostetaan",
        "private": "Oma työkappale",
        "private_hint": "Valmistautumiseen. Muistiinpanot sellaisinaan; asiakkaan tunnistetiedot eivät tulostu.",
        "scrubbed": "Siirto tai työnohjaus",
        "scrubbed_hint": "Kaikki tekstit kulkevat tunnistetietojen poistajan läpi.",
        "brief": "Ryhmäkonsultaatio (yksi sivu)",
        "brief_hint": "Aihe, vaihe, tilanne, mitä on kokeiltu ja kysymys ryhmälle; tunnistetiedot poistettu.",
        "content": "Sisältö",
        "notes": "Tapaamismuistiinpanot",
        "all_dates": "Kaikki",
        "range": "Aikaväli",
        "reflections": "Reflektiot",
        "reflections_warning": "Reflektiot ovat omia ammatillisia pohdintojasi. Mieti, kenelle annat paperin.",
        "requests": "Kysymykset kollegoille ja vastaukset",
        "requests_unavailable": "Kysymykset kollegoille eivät ole vielä käytettävissä tässä holvissa.",
        "topic": "Aihe",
        "topic_placeholder": "Oletus: asiakkuuden aiheet",
        "question": "Kysymys ryhmälle",
        "question_placeholder": "Jätä tyhjäksi, niin paperiin tulee viivat käsin kirjoittamista varten.",
        "layout": "Asettelu",
        "language": "Kieli",
        "paper": "Paperi",
        "preview": "Esikatsele…",
        "cancel": "Peruuta",
        "preparing": "Valmistellaan tiivistelmää…",
        "preview_title": "Esikatselu – {code}",
        "pages": "{n} sivua",
        "page": "1 sivu",
        "fit_width": "Sovita leveyteen",
        "save_pdf": "Tallenna PDF…",
        "print": "Tulosta…",
        "close": "Sulje",
        "saved": "Tallennettu: {path}",
        "save_title": "Tallenna tiivistelmä PDF:nä",
        "printing": "Tulostetaan…",
        "error_title": "Tulostus ei onnistunut",
        "no_case": "Valitse ensin asiakkuus.",
        "locked": "Holvi lukittiin; esikatselu suljettiin.",
    },
    "en": {
        "action": "Print summary…",
        "action_tip": "Print or save the case summary as PDF (Ctrl+P)",
        "options_title": "Print case summary – {code}",
        "kind": "What to print",
        "private": "My own copy",
        "private_hint": "For preparation. Notes as written; the client's identifying details are never printed.",
        "scrubbed": "Handover or supervision",
        "scrubbed_hint": "Every text goes through the identifying-details scrubber.",
        "brief": "Group consultation (one page)",
        "brief_hint": "Topic, phase, situation, what was tried and the question; identifying details removed.",
        "content": "Content",
        "notes": "Session notes",
        "all_dates": "All",
        "range": "Period",
        "reflections": "Reflections",
        "reflections_warning": "Reflections are your own professional thinking. Consider who gets this paper.",
        "requests": "Questions to colleagues and answers",
        "requests_unavailable": "Questions to colleagues are not available in this vault yet.",
        "topic": "Topic",
        "topic_placeholder": "Default: the case's topics",
        "question": "Question for the group",
        "question_placeholder": "Leave empty to print lines to write on by hand.",
        "layout": "Layout",
        "language": "Language",
        "paper": "Paper",
        "preview": "Preview…",
        "cancel": "Cancel",
        "preparing": "Preparing the summary…",
        "preview_title": "Preview – {code}",
        "pages": "{n} pages",
        "page": "1 page",
        "fit_width": "Fit width",
        "save_pdf": "Save PDF…",
        "print": "Print…",
        "close": "Close",
        "saved": "Saved: {path}",
        "save_title": "Save the summary as PDF",
        "printing": "Printing…",
        "error_title": "Printing failed",
        "no_case": "Choose a case first.",
        "locked": "The vault was locked; the preview was closed.",
    },
}


def ui_lang() -> str:
    try:
        from coachdesk.app.i18n import current_language

        lang = current_language()
    except Exception:  # the i18n module belongs to the app shell; never fail a print on it
        lang = "fi"
    return lang if lang in UI else "en"


def tr(key: str, lang: str | None = None, **kwargs: object) -> str:
    table = UI[lang or ui_lang()]
    text = table.get(key, UI["en"][key])
    return text.format(**kwargs) if kwargs else text
