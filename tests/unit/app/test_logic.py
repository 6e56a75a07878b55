"""Logic without Qt: passphrase strength and identifier matching."""

from __future__ import annotations

import subprocess
import sys

from coachdesk.app.identifier_match import literal_pattern, spans, term_pattern
from coachdesk.app.strength import MIN_SCORE, acceptable, estimate


def test_strength_scores():
    assert estimate("").score == 0
    assert estimate("salasana").advice == "common"
    assert estimate("abc").score < MIN_SCORE
    assert not acceptable("kissa")
    assert acceptable("tuli meri kivi ovi")
    assert estimate("correct horse battery staple").score == 4
    assert estimate("aaaaaaaaaaaaaaaaaaaa").score < MIN_SCORE


def test_term_pattern_finds_inflected_finnish_forms():
    pattern = term_pattern(["Liisa Mäkelä", "Kangasala", "Pirkan Puutarha Oy"])
    text = "Mäkelän kanssa Kangasalla; Liisa Mäkelä soitti. Pirkan Puutarha Oy:n työnjohtaja."
    found = [text[a:b] for a, b in spans(text, [pattern])]
    assert "Mäkelän" in found and "Kangasalla" in found and "Liisa Mäkelä" in found
    assert any(f.startswith("Pirkan Puutarha Oy") for f in found)
    assert term_pattern([]) is None and term_pattern(["  "]) is None


def test_term_pattern_does_not_match_inside_words():
    pattern = term_pattern(["Ari"])
    assert spans("Marika ja Arin kanssa", [pattern]) == [(10, 14)]


def test_literal_pattern_escapes_regex_characters():
    pattern = literal_pattern(["040 123 4567", "a+b"])
    assert [m.group() for m in pattern.finditer("soita 040 123 4567 tai a+b")] == ["040 123 4567", "a+b"]


def test_logic_modules_import_without_qt():
    code = ("import sys\nimport coachdesk.app.strength, coachdesk.app.identifier_match, coachdesk.app.kdf\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')]\n")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60).returncode == 0


def test_every_reflection_template_speaks_finnish_english_and_swedish():
    from coachdesk.domain.reflection_templates import TEMPLATES, reflection_text

    assert set(TEMPLATES) == {"gibbs", "driscoll", "kolb", "in_action", "free"}
    for template in TEMPLATES.values():
        assert set(template.name) == {"fi", "en", "sv"}, template.id
        assert len({template.name[lang] for lang in ("fi", "en", "sv")}) == 3, template.id
        for prompt in template.prompts:
            assert set(prompt.title) == set(prompt.hint) == {"fi", "en", "sv"}, (template.id, prompt.id)
            assert all(prompt.title.values()) and all(prompt.hint.values()), (template.id, prompt.id)
    answers = {"what": "Ett samtal.", "so_what": "Det hjälpte."}
    assert reflection_text("driscoll", answers, "sv") == "Vad?: Ett samtal.\nOch sedan?: Det hjälpte."
