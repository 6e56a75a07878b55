"""The command line never imports the UI package (issue 15).

Every module under ``coachdesk/commands/``, ``coachdesk/cli.py`` and ``coachdesk/privacy/cli.py`` is
read with ``ast`` (the import graph of ``tests/architecture/test_import_cycles.py``): imports anywhere in the file
count, inside functions too, plus ``importlib.import_module("...")`` and ``"module:function"``
handler specs. None may reach ``coachdesk.app``. What needs the app (starting it, ``self-test``) is
plugged in by ``coachdesk/launch.py``; the summary PDF is drawn by ``coachdesk/printing/``.
"""

from __future__ import annotations

from tests.architecture.test_import_cycles import PACKAGE, all_modules, import_graph, imports_of, module_name

UI = "coachdesk.app"


def _command_line_modules() -> list[str]:
    names = [module_name(p) for p in sorted((PACKAGE / "commands").rglob("*.py"))]
    return [*names, "coachdesk.cli", "coachdesk.privacy.cli"]


def _is_ui(module: str) -> bool:
    return module == UI or module.startswith(UI + ".")


def test_no_command_line_module_imports_the_ui_package():
    graph = import_graph()
    modules = _command_line_modules()
    assert "coachdesk.commands.summary_cmd" in modules and all(m in graph for m in modules)
    offenders = {m: sorted(t for t in graph[m] if _is_ui(t)) for m in modules}
    assert {m: t for m, t in offenders.items() if t} == {}


def test_nor_does_anything_they_import_at_run_time():
    """Not through a core module either: the whole run-time reach of the command line is Qt-free of
    the UI package (the printing layer is the only Qt it may reach)."""
    graph = import_graph()
    seen: set[str] = set()
    todo = list(_command_line_modules())
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        todo.extend(graph.get(module, ()))
    assert sorted(m for m in seen if _is_ui(m)) == []
    assert "coachdesk.printing.render" in seen  # the summary command draws its PDF there


def test_the_check_sees_function_level_imports_and_handler_specs(tmp_path):
    pkg = tmp_path / "coachdesk"
    (pkg / "app").mkdir(parents=True)
    (pkg / "commands").mkdir()
    for path in (pkg / "__init__.py", pkg / "app" / "__init__.py", pkg / "app" / "main.py",
                 pkg / "commands" / "__init__.py"):
        path.write_text("")
    late = pkg / "commands" / "late.py"
    late.write_text("def run():\n    from coachdesk.app import main\n    return main\n")
    spec = pkg / "commands" / "spec.py"
    spec.write_text("HANDLERS = {'x': 'coachdesk.app.main:run'}\n")
    known = {"coachdesk", "coachdesk.app", "coachdesk.app.main", "coachdesk.commands"}
    assert imports_of("coachdesk.commands.late", late, known) == {"coachdesk.app.main"}
    assert imports_of("coachdesk.commands.spec", spec, known) == {"coachdesk.app.main"}


def test_launch_is_the_one_place_the_program_meets_the_app():
    graph = import_graph()
    assert "coachdesk.app.main" in graph["coachdesk.launch"]
    assert "coachdesk.app.selftest" in graph["coachdesk.launch"]
    assert all(not _is_ui(t) for t in graph["coachdesk.cli"])
    assert set(all_modules()) >= {"coachdesk.launch", "coachdesk.printing.layout"}


def test_the_command_line_alone_says_what_needs_the_app(capsys):
    """Without coachdesk/launch.py plugging the app in, ``self-test`` and no command are one clear
    line and exit 1 (never an import of the UI package)."""
    from coachdesk import cli

    assert cli.main(["self-test"]) == 1
    assert "'self-test' needs the windowed app" in capsys.readouterr().err
    assert cli.main([]) == 1
    assert "The desktop app needs the windowed app" in capsys.readouterr().err
