"""Guided reflection templates (fi / en / sv): each a list of prompts with an id, a title and a hint."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Prompt:
    """One question of a reflection template, with its title and hint per language."""

    id: str
    title: dict[str, str]
    hint: dict[str, str]


@dataclass(frozen=True)
class Template:
    """A reflection template: its name per language and its prompts."""

    id: str
    name: dict[str, str]
    prompts: tuple[Prompt, ...]
    analysis_prompt: str  # the prompt whose answer best drafts a question for colleagues


def _p(pid: str, fi: str, en: str, hint_fi: str = "", hint_en: str = "") -> Prompt:
    return Prompt(pid, {"fi": fi, "en": en}, {"fi": hint_fi, "en": hint_en})


TEMPLATES: dict[str, Template] = {
    t.id: t
    for t in (
        Template(
            "gibbs",
            {"fi": "Gibbsin reflektiivinen sykli", "en": "Gibbs' reflective cycle"},
            (
                _p("description", "Kuvaus", "Description", "Mitä tapahtui?", "What happened?"),
                _p("feelings", "Tunteet", "Feelings", "Mitä ajattelit ja tunsit?", "What were you thinking and feeling?"),
                _p("evaluation", "Arviointi", "Evaluation", "Mikä meni hyvin, mikä huonosti?", "What was good and bad?"),
                _p("analysis", "Analyysi", "Analysis", "Miksi tilanne meni niin kuin meni?", "What sense can you make of it?"),
                _p("conclusion", "Johtopäätös", "Conclusion", "Mitä muuta olisit voinut tehdä?", "What else could you have done?"),
                _p("action_plan", "Toimintasuunnitelma", "Action plan", "Mitä teet, jos tilanne toistuu?", "If it arose again, what would you do?"),
            ),
            "analysis",
        ),
        Template(
            "driscoll",
            {"fi": "Driscoll: Mitä? Entä sitten? Mitä nyt?", "en": "Driscoll: What? So what? Now what?"},
            (
                _p("what", "Mitä?", "What?", "Mitä tapahtui, mitä näin ja tein?", "What happened; what did I see and do?"),
                _p("so_what", "Entä sitten?", "So what?", "Mitä se merkitsee, mitä opin?", "What does it mean; what did I learn?"),
                _p("now_what", "Mitä nyt?", "Now what?", "Mitä teen seuraavaksi?", "What will I do next?"),
            ),
            "so_what",
        ),
        Template(
            "kolb",
            {"fi": "Kolbin oppimisen sykli", "en": "Kolb's learning cycle"},
            (
                _p("experience", "Konkreettinen kokemus", "Concrete experience", "Mitä koin?", "What did I experience?"),
                _p("observation", "Reflektoiva havainnointi", "Reflective observation", "Mitä huomasin?", "What did I notice?"),
                _p("conceptualisation", "Abstrakti käsitteellistäminen", "Abstract conceptualisation", "Mitä siitä voi päätellä?", "What can I conclude?"),
                _p("experimentation", "Aktiivinen kokeilu", "Active experimentation", "Mitä kokeilen seuraavaksi?", "What will I try next?"),
            ),
            "conceptualisation",
        ),
        Template(
            "in_action",
            {"fi": "Pikareflektio (toiminnan aikana)", "en": "Quick reflection-in-action"},
            (
                _p("moment", "Hetki", "Moment", "Mikä hetki pysäytti?", "Which moment made you pause?"),
                _p("noticed", "Huomasin", "I noticed", "Mitä huomasit itsessäsi tai asiakkaassa?", "What did you notice in yourself or the client?"),
                _p("next", "Seuraavaksi", "Next", "Mitä kokeilet seuraavalla kerralla?", "What will you try next time?"),
            ),
            "noticed",
        ),
        Template(
            "free",
            {"fi": "Vapaa reflektio", "en": "Free reflection"},
            (_p("text", "Reflektio", "Reflection", "Kirjoita vapaasti.", "Write freely."),),
            "text",
        ),
    )
}


# Swedish: template id -> (name, {prompt id: (title, hint)}), merged into TEMPLATES below.
_SWEDISH: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "gibbs": ("Gibbs reflekterande cykel", {
        "description": ("Beskrivning", "Vad hände?"),
        "feelings": ("Känslor", "Vad tänkte och kände du?"),
        "evaluation": ("Värdering", "Vad gick bra, vad gick dåligt?"),
        "analysis": ("Analys", "Varför gick det som det gick?"),
        "conclusion": ("Slutsats", "Vad annat kunde du ha gjort?"),
        "action_plan": ("Handlingsplan", "Vad gör du om det händer igen?"),
    }),
    "driscoll": ("Driscoll: Vad? Och sedan? Vad nu?", {
        "what": ("Vad?", "Vad hände, vad såg och gjorde jag?"),
        "so_what": ("Och sedan?", "Vad betyder det, vad lärde jag mig?"),
        "now_what": ("Vad nu?", "Vad gör jag härnäst?"),
    }),
    "kolb": ("Kolbs lärcykel", {
        "experience": ("Konkret erfarenhet", "Vad upplevde jag?"),
        "observation": ("Reflekterande observation", "Vad lade jag märke till?"),
        "conceptualisation": ("Abstrakt begreppsbildning", "Vilka slutsatser kan jag dra?"),
        "experimentation": ("Aktivt experimenterande", "Vad prövar jag härnäst?"),
    }),
    "in_action": ("Snabbreflektion (under handling)", {
        "moment": ("Ögonblicket", "Vilket ögonblick fick dig att stanna upp?"),
        "noticed": ("Jag märkte", "Vad märkte du hos dig själv eller klienten?"),
        "next": ("Härnäst", "Vad prövar du nästa gång?"),
    }),
    "free": ("Fri reflektion", {"text": ("Reflektion", "Skriv fritt.")}),
}

for _tid, (_name, _prompts) in _SWEDISH.items():
    TEMPLATES[_tid].name["sv"] = _name
    for _prompt in TEMPLATES[_tid].prompts:
        _prompt.title["sv"], _prompt.hint["sv"] = _prompts[_prompt.id]


def reflection_text(template_id: str, answers: dict[str, str], lang: str = "fi") -> str:
    """The answers as readable text with the prompt titles, in template order."""
    template = TEMPLATES.get(template_id)
    parts: list[str] = []
    prompts = template.prompts if template else ()
    known = {p.id for p in prompts}
    for prompt in prompts:
        answer = answers.get(prompt.id, "").strip()
        if answer:
            parts.append(f"{prompt.title.get(lang, prompt.title['en'])}: {answer}")
    parts.extend(f"{k}: {v.strip()}" for k, v in answers.items() if k not in known and v.strip())
    return "\n".join(parts)
