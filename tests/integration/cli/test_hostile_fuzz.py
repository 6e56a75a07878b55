"""A bounded fuzz of the hostile harness (hypothesis; a few examples, each a real subprocess):
random commands, arguments and standard input never give a traceback, more than one line of error,
an exit code other than 0/1/2, or a changed vault file (issue 12, 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.cli import hostile as h

COMMANDS = [*h.VAULT_COMMANDS, "scrub", "request preview --kind slack --text-file -", "demo --force"]
ARG = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
STDIN = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(list(h.STDINS.values())),
)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    base = tmp_path_factory.mktemp("fuzz")
    return base / "v", h.make_vault(base / "v", base / "work")


@settings(max_examples=15, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(command=st.sampled_from(COMMANDS), extra=st.lists(ARG, max_size=2), stdin=STDIN)
def test_fuzzed_cli_keeps_its_promises(prepared, command: str, extra: list[str], stdin: bytes):
    folder, fill = prepared
    args = ["--data-dir", str(folder), *command.format(**fill).split(), *extra]
    if "--text-file" not in command:
        args.append("--passphrase-stdin")
    before = h.snapshot(folder)
    proc = h.run(args, stdin, timeout=30)
    after = h.snapshot(folder)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    outcome = h.Outcome(" ".join(args), args, proc.returncode, proc.stdout, proc.stderr, changed)
    assert not outcome.problems(may_succeed=True), f"{outcome} -> {outcome.problems(may_succeed=True)}"
