"""Vault commands: init, demo, import, cases, export, check, passwd, recover."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from coachdesk.commands.common import SecretInput, check_new_passphrase, data_dir, open_vault

if TYPE_CHECKING:
    from coachdesk.vault.old_backups import OldBackup
    from coachdesk.vault.rekey import Rotated
    from coachdesk.vault.vault import Vault


def _print_recovery_key(recovery_key: str) -> None:
    print("Recovery key (shown once; store it somewhere safe, away from this computer):")
    print(f"    {recovery_key}")


def cmd_init(args: argparse.Namespace) -> int:
    """``coachdesk init``: create a vault and show its recovery key once."""
    from coachdesk.logs import setup_logging
    from coachdesk.vault.vault import Vault, vault_exists

    folder = data_dir(args)
    if vault_exists(folder):
        from coachdesk.errors import VaultExists

        raise VaultExists(folder)
    passphrase = check_new_passphrase(SecretInput(args).get(0, "New passphrase: ", confirm=True),
                                      nothing="nothing was created")
    vault, recovery_key = Vault.create(folder, passphrase)
    setup_logging(folder)
    logging.getLogger("coachdesk.cli").info("new vault created")
    vault.close()
    print(f"Created a new CoachDesk vault in {folder}")
    _print_recovery_key(recovery_key)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """``coachdesk demo``: a demo vault with synthetic cases."""
    from coachdesk.vault.demo import DEMO_PASSPHRASE, create_demo_vault

    folder = data_dir(args)
    create_demo_vault(folder, replace=args.force)
    print(f"Demo vault with synthetic cases created in {folder}")
    print(f"Passphrase: {DEMO_PASSPHRASE}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """``coachdesk import CASE FILE...``: notes from text files (the case made if new)."""
    from coachdesk.domain import models as m
    from coachdesk.errors import NotFound
    from coachdesk.services import cases
    from coachdesk.textsafe import shown
    from coachdesk.vault.importer import read_note_file

    notes = [read_note_file(path) for path in args.files]  # refuse bad files before storing anything
    with open_vault(args) as vault:
        store = vault.store
        try:
            case = cases.case_by_code(store, args.case)
        except NotFound:
            case = cases.create_case(store, m.Case(code=m.validate_case_code(args.case)))
            print(f"Created case {case.code}", flush=True)
        assert case.id is not None  # a stored case has its id
        for path, found in zip(args.files, notes, strict=True):
            note = cases.add_note(store, m.Note(case_id=case.id, text=found.text, date=found.date))
            via = f" (a link to {shown(found.link_to.name)})" if found.link_to is not None else ""
            print(f"committed {shown(path.name)}{via} as note {note.id} in {case.code}", flush=True)
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    """``coachdesk cases``: list the cases."""
    from coachdesk.services.cases import list_cases

    with open_vault(args) as vault:
        cases = list_cases(vault.store)
    if not cases:
        print("No cases yet.")
        return 0
    rows = [("CODE", "PSEUDONYM", "STATUS", "PHASE", "NOTES")]
    from coachdesk.textsafe import shown

    rows += [(c.code, shown(c.pseudonym), c.status.value, c.phase.value, str(c.note_count)) for c in cases]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """``coachdesk export``: the private export (Markdown or JSON)."""
    from coachdesk.export.private import export_json, export_markdown
    from coachdesk.services.cases import case_by_code, list_cases

    if args.out:
        from coachdesk.outpath import check_output_path

        check_output_path(args.out, [data_dir(args)])  # say so before asking for the passphrase
    with open_vault(args) as vault:
        store = vault.store
        cases = [case_by_code(store, args.case)] if args.case else list_cases(store)
        data = export_json(store, cases) if args.format == "json" else export_markdown(store, cases)
    if args.out:
        from coachdesk.fileio import write_private_atomic

        write_private_atomic(args.out, data.encode("utf-8"), for_user=True, data_dirs=[data_dir(args)])
        print(f"Exported {len(cases)} case(s) to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(data)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """``coachdesk check``: a full integrity check of the vault."""
    with open_vault(args) as vault:
        problems = vault.check()
    if problems:
        for problem in problems:
            print(f"coachdesk: {problem}", file=sys.stderr)
        return 1
    print("Vault is sound: SQLCipher, SQLite and full-text checks passed.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    """``coachdesk passwd``: a new passphrase (the data key is rotated)."""
    from coachdesk.services.safety import change_passphrase
    from coachdesk.vault.vault import Vault, unlock_with_passphrase

    folder = data_dir(args)
    secrets = SecretInput(args)
    old = secrets.get(0, "Current passphrase: ")
    data_key = unlock_with_passphrase(folder, old)
    new = check_new_passphrase(secrets.get(1, "New passphrase: ", confirm=True))
    with Vault.open_with_key(folder, data_key) as vault:
        rotated = change_passphrase(vault, new)
        print("Passphrase changed: the vault was re-encrypted with a new data key.")
        if rotated.issued_recovery_key:
            print("This vault's recovery key could not follow the new key (its header predates key rotation):")
            print("a new recovery key was made and the old one no longer opens the vault.")
            _print_recovery_key(rotated.issued_recovery_key)
        _old_backups(vault, rotated, args.old_backups, "passphrase")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """``coachdesk recover``: a new passphrase with the recovery key (the data key is rotated)."""
    from coachdesk.services.safety import change_passphrase
    from coachdesk.vault.vault import Vault, read_header, unlock_with_recovery_key

    folder = data_dir(args)
    read_header(folder)
    secrets = SecretInput(args)
    recovery_key = secrets.get(0, "Recovery key: ")
    data_key = unlock_with_recovery_key(folder, recovery_key)
    new = check_new_passphrase(secrets.get(1, "New passphrase: ", confirm=True))
    with Vault.open_with_key(folder, data_key) as vault:
        rotated = change_passphrase(vault, new, recovery_key=recovery_key)
        print("New passphrase set: the vault was re-encrypted with a new data key. Your recovery key "
              "still works; replace it in Settings if it was exposed.")
        _old_backups(vault, rotated, args.old_backups, "passphrase")
    return 0


def _old_backups(vault: Vault, rotated: Rotated, choice: str, what: str) -> None:
    """Say which backups still open with the old secret and do what the coach chooses."""
    from coachdesk.vault import keys, old_backups

    try:
        found = old_backups.find(vault, rotated.old_key_check)
        print("Backups saved outside the data folder keep opening with the old passphrase and recovery key.")
        if not found:
            return
        print(f"{len(found)} backup(s) in {vault.paths.root} (backups/, and vaults a restore set aside) were "
              f"made with an earlier key: they still open with the {what} and recovery key they were made with.")
        if choice == "ask":
            choice = _ask_choice(found)
        done = old_backups.apply(vault, found, choice, rotated.old_key)
        print(f"Re-encrypted with the new key: {done['reencrypted']}; deleted: {done['deleted']}; "
              f"kept as they are: {done['kept']}" + (f"; failed, kept: {done['failed']}." if done["failed"] else "."))
        if done["kept"] or done["failed"]:
            print("Kept backups open only with the old passphrase; delete them when you no longer need them "
                  "(--old-backups delete, or remove the files).")
    finally:
        keys.wipe(rotated.old_key)


def _ask_choice(found: list[OldBackup]) -> str:
    """The coach's choice for the backups made with the old key (keep, without a terminal)."""
    if not sys.stdin.isatty():
        print("Not asked (no terminal): they were kept. Use --old-backups reencrypt|delete to choose.")
        return "keep"
    reencryptable = sum(1 for b in found if b.reencryptable)
    answer = input(f"[r]e-encrypt with the new key ({reencryptable} can be), [d]elete them, or [k]eep them? ")
    return {"r": "reencrypt", "d": "delete"}.get(answer.strip().lower()[:1], "keep")
