"""Logic without Qt in the app package: the KDF override and the reflection templates."""

from __future__ import annotations

import subprocess
import sys


def test_logic_modules_import_without_qt():
    code = ("import sys\nimport coachdesk.vault.strength, coachdesk.privacy.identifier_match, coachdesk.app.kdf\n"
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
