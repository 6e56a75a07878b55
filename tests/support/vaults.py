"""The one factory for test vaults: a real SQLCipher vault (fast KDF) holding the cases a test needs.

``make_vault(folder, cases=("request",))`` creates a closed vault with those cases (or the demo vault
with ``demo=True``); ``keep_open=True`` returns the open ``Vault`` instead of the folder.
``add_case(store, recipe, **options)`` adds one case to an open store. The root conftest's fixtures
(``vault``, ``demo_vault``, ``case``, ``case_vault``, ``gui_vault``, ``make_vault``) all come from here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from coachdesk.domain import models as m
from coachdesk.vault import keys

PASSPHRASE = "correct horse battery"


def fast_kdf() -> keys.KdfParams:
    """Argon2id with 1 MiB and 2 passes: for tests only (real vaults are calibrated to ~0.7 s)."""
    return keys.KdfParams(salt=keys.b64e(os.urandom(16)), iterations=2, memory_kib=1024)


def _request_case(store, **fields: Any) -> m.Case:
    """K-2026-007 in a work trial with a summary, tags and two notes (what a help request is made from)."""
    case = store.create_case(m.Case(**{
        "code": "K-2026-007", "pseudonym": "Asiakas A", "phase": m.Phase.WORK_TRIAL,
        "summary": "Työkokeilu kaupan alalla, masennus ja ahdistus taustalla.",
        "tags": ["masennus", "ahdistus"], **fields}))
    store.add_note(m.Note(case_id=case.id, text="Vanha muistiinpano.", date=date(2026, 11, 1)))
    store.add_note(
        m.Note(case_id=case.id, text="Asiakas perui kaksi tapaamista ja kertoo nukkuvansa huonosti.", date=date(2026, 11, 20))
    )
    return store.get_case(case.id)


def _active_case(store, **fields: Any) -> m.Case:
    """K-2026-001 "Aino", active."""
    return store.create_case(m.Case(**{"code": "K-2026-001", "pseudonym": "Aino", "status": m.CaseStatus.ACTIVE,
                                       **fields}))


def _closed_last_year_case(store, **fields: Any) -> m.Case:
    """K-2026-002 "Bertta", closed 14 months ago (due for the retention review)."""
    today = date.today()
    year, month = (today.year - 1, today.month - 2) if today.month > 2 else (today.year - 2, today.month + 10)
    closed = date(year, month, min(today.day, 28))
    return store.create_case(m.Case(**{"code": "K-2026-002", "pseudonym": "Bertta", "status": m.CaseStatus.CLOSED,
                                       "opened": date(year - 1, 1, 1), "closed": closed, **fields}))


def _one_note_case(store, *, code: str = "K-2026-014", text: str = "Tärkeä muistiinpano.") -> m.Case:
    """A bare case (only its code) with one note of ``text``."""
    case = store.create_case(m.Case(code=code))
    store.add_note(m.Note(case_id=case.id, text=text))
    return case


def _summary_case(store, **options: Any) -> m.Case:
    """K-2026-077 with notes carrying planted identifiers, goals, measures and a reflection
    (options: ``extra_notes``, ``note_words``); see tests/support/summary_case.py."""
    from tests.support.summary_case import fill_case

    return fill_case(store, **options)


RECIPES: dict[str, Callable[..., m.Case]] = {
    "request": _request_case,
    "active": _active_case,
    "closed_last_year": _closed_last_year_case,
    "one_note": _one_note_case,
    "summary": _summary_case,
}


def add_case(store, recipe: str = "request", **options: Any) -> m.Case:
    """Add one case made by ``recipe`` (a key of RECIPES) to an open store and return it."""
    return RECIPES[recipe](store, **options)


def make_vault(folder: Path, *, cases: Iterable[str | tuple[str, dict]] = (), demo: bool = False,
               passphrase: str = PASSPHRASE, keep_open: bool = False):
    """Create a vault in ``folder`` with ``cases`` (recipe names, or (recipe, options) pairs); the demo vault
    (its own passphrase and cases) when ``demo``. Returns ``folder`` (vault closed), or the open Vault
    (``recovery_key_for_tests`` set) when ``keep_open``."""
    from coachdesk.vault.vault import Vault

    if demo:
        from coachdesk.vault.demo import create_demo_vault

        assert not cases and not keep_open, "the demo vault brings its own cases"
        create_demo_vault(folder, kdf=fast_kdf())
        return folder
    vault, recovery = Vault.create(folder, passphrase, kdf=fast_kdf())
    vault.recovery_key_for_tests = recovery  # type: ignore[attr-defined]
    for spec in cases:
        recipe, options = (spec, {}) if isinstance(spec, str) else spec
        add_case(vault.store, recipe, **options)
    if keep_open:
        return vault
    vault.close()
    return folder
