"""Questions about a lower-case workplace next to a found place or name (workplace_questions.py): each rule asks
on invented sentences, stays quiet on its traps, changes no finding, and `--explain` names it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coachdesk.privacy import scrub
from coachdesk.privacy.name_trace import collecting
from coachdesk.privacy.workplace_questions import RULES


@pytest.mark.parametrize(("rule", "lang", "line", "asked"), [
    ("place_then_workplace", "en", "vp had a fall at pellon poroteurastamo, off work 2 wks", "pellon poroteurastamo"),
    ("place_then_workplace", "en", "onks se kemi steel temp joka soitti?", "kemi steel"),
    ("place_then_workplace", "fi", "haluaa työkokeiluun lielahden logistiikkaan ensi kuussa", "lielahden logistiikkaan"),
    ("place_then_workplace", "en", "agency from masala terminal called him about shifts", "masala terminal"),
    ("workplace_then_name", "en", "he starts at bakery mikko on monday", "bakery mikko"),
    ("workplace_then_name", "en", "she cleans at cafe fatima twice a week", "cafe fatima"),
    ("org_then_word", "en", "says k-market kevätkumpu ok for work trial from 3/6", "k-market kevätkumpu"),
    ("org_then_word", "fi", "aloitus hovinsaaren k-supermarketissa ma", "hovinsaaren k-supermarketissa"),
])
def test_the_coach_is_asked_about_both_words(rule: str, lang: str, line: str, asked: str) -> None:
    with collecting() as trace:
        r = scrub(line, lang=lang)
    assert any(q.text == asked and q.kind == "uncertain_name" for q in r.questions), r.questions
    assert any(e.text == asked and e.rules[0][0] == "workplace." + rule for e in trace.entries), trace.entries


@pytest.mark.parametrize(("lang", "line"), [
    ("fi", "kävin kajaanissa kaupassa eilen"),       # a place in a local case, then where: no genitive
    ("fi", "pyydä helmi kahvilasta mukaan"),          # a name, then where from
    ("fi", "työt rauman satamassa jatkuu"),           # no workplace word
    ("fi", "kajaanin kaupungin palveluissa on jono"),
    ("fi", "Tapasimme Lielahden logistiikassa."),     # capitalised: the name rules decide
    ("en", "says k-market tomorrow is fine"),         # a frequent word beside the firm
    ("fi", "työkokeiluun koiratarhalle ensi viikolla"),  # an illative before the firm, no owner's genitive
    ("fi", "työkokeilu kahvila aino, omistaja pirjo"),  # a kept term before the firm
])
def test_traps_ask_nothing_new(lang: str, line: str) -> None:
    r = scrub(line, lang=lang)
    assert not any(" " in q.text for q in r.questions), r.questions


def test_a_question_changes_no_finding() -> None:
    """The layer only asks: the findings and the scrubbed text are those of the rules."""
    line = "haluaa työkokeiluun lielahden logistiikkaan ensi kuussa"
    r = scrub(line, lang="fi")
    assert [f.text for f in r.findings] == ["lielahden"], r.findings
    assert "logistiikkaan" in r.text


def test_explain_shows_the_rule() -> None:
    assert set(RULES) == {"place_then_workplace", "workplace_then_name", "org_then_word"}
    out = subprocess.run([sys.executable, "-m", "coachdesk", "scrub", "--lang", "en", "--format", "json", "--explain"],
                         input="agency from masala terminal called him", capture_output=True, text=True,
                         check=True).stdout
    assert "workplace.place_then_workplace" in json.dumps(json.loads(out), ensure_ascii=False)
