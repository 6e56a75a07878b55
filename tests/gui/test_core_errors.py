"""Every user-facing error the Qt-free core raises has a template in coachdesk/app/core_errors.py
and a finished Finnish translation, so the Finnish UI never shows an English sentence."""

from __future__ import annotations

import ast
import inspect
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coachdesk import errors
from coachdesk.app import core_errors

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "coachdesk"
# What the command line alone shows (it speaks English) and the UI package itself.
NOT_UI = ("app", "commands")
ERROR_NAMES = {name for name, obj in vars(errors).items() if inspect.isclass(obj) and issubclass(obj, errors.CoachDeskError)}
MESSAGE_TAKING = {"CoachDeskError", "InvalidInput", "NotFound"}  # the others build their message themselves


def _templates(node, constants) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and node.id in constants:
        return _templates(constants[node.id], constants)
    if isinstance(node, ast.JoinedStr):
        out, n = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                out.append(value.value)
            else:
                n += 1
                out.append(f"%{n}")
        return ["".join(out)]
    if isinstance(node, ast.IfExp):
        return _templates(node.body, constants) + _templates(node.orelse, constants)
    return []


def core_messages() -> dict[str, str]:
    """message template -> where it is raised, for every CoachDeskError raised with a message."""
    found: dict[str, str] = {}
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(CORE)
        if rel.parts[0] in NOT_UI or rel.name == "cli.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.id: n.value for n in tree.body if isinstance(n, ast.Assign)
                     for t in n.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in MESSAGE_TAKING and name != "__init__":
                continue
            # raised, returned or kept for later (``not_ours = InvalidInput(...)``): each is shown;
            # super().__init__(f"...") in an error class
            texts = _templates(node.args[0], constants)
            assert texts or name == "__init__", f"{rel}:{node.lineno}: a message the test cannot read"
            for text in texts:
                if re.sub(r"%\d|\W", "", text):  # "%1 (%2)": a message and its detail, each matched alone
                    found.setdefault(text, f"{rel}:{node.lineno}")
    return found


def _fi_translations() -> dict[str, ET.Element]:
    root = ET.parse(ROOT / "resources" / "translations" / "coachdesk_fi.ts").getroot()
    return {m.findtext("source"): m.find("translation") for c in root if c.findtext("name") == core_errors.CONTEXT
            for m in c.findall("message")}


def test_the_scan_finds_the_core_errors():
    found = core_messages()
    assert len(found) > 80
    assert "The webhook URL must use https:// (plain http would expose the message)." in found


@pytest.mark.parametrize("template", sorted(core_messages()))
def test_every_core_error_has_a_template_and_a_finnish_translation(template):
    sample = re.sub(r"%\d", "X", template)
    found = core_errors.match(sample)
    assert found is not None, f"{core_messages()[template]}: add {template!r} to coachdesk/app/core_errors.py"
    translation = _fi_translations().get(found[0])
    assert translation is not None, f"run python -m coachdesk.app.build_forms --update-ts ({found[0]!r})"
    assert translation.get("type") != "unfinished" and (translation.text or "").strip(), found[0]


def test_error_classes_speak_finnish(qtbot):
    from coachdesk.app import i18n

    i18n.install_language("fi")
    try:
        for name in sorted(ERROR_NAMES - {"CoachDeskError", "InvalidInput", "NotFound"}):
            cls = getattr(errors, name)
            required = [p for p in inspect.signature(cls.__init__).parameters.values()
                        if p.name != "self" and p.default is inspect.Parameter.empty]
            err = cls(*["/tmp/kansio" for _ in required])
            shown = core_errors.translate_error(err)
            assert shown != str(err), f"{name}: {err} is shown in English"
        damaged = errors.VaultDamaged("sivu 7")
        assert core_errors.translate_error(damaged).endswith("(sivu 7)")
        assert core_errors.translate_error(errors.InvalidInput("Webhook URL: something new")) == \
            "Webhook URL: something new"  # unknown: shown as it is, never lost
    finally:
        i18n.install_language("en")


def test_a_core_message_inside_another_is_translated_too(qtbot):
    from coachdesk.app import i18n

    i18n.install_language("fi")
    try:
        shown = core_errors.translate_message("Colleague 3: A colleague's expertise must be a list of words.")
        assert shown == "Kollega 3: Kollegan osaamisalueiden pitää olla luettelo sanoja."
        assert core_errors.translate_message("Colleague 2: 'Kurt' is a name") == "Kollega 2: 'Kurt' is a name"
        from coachdesk.errors import InvalidInput
        from coachdesk.outbox.urls import validate_url

        with pytest.raises(InvalidInput) as refused:
            validate_url("slack", "https://example.com/services/T1/B2/x")
        assert core_errors.translate_error(refused.value).startswith(
            "Tämä ei näytä slack-kanavan webhook-osoitteelta (palvelimen pitää olla hooks.slack.com)")
    finally:
        i18n.install_language("en")
