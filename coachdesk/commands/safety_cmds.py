"""Safety-net commands: backup, restore, retention."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from coachdesk.commands.common import SecretInput, data_dir, open_vault
from coachdesk.errors import InvalidInput


def cmd_backup(args: argparse.Namespace) -> int:
    """``coachdesk backup --out FILE``: an encrypted backup of the vault."""
    from coachdesk.outpath import check_output_path
    from coachdesk.services import safety

    check_output_path(args.out, [data_dir(args)])  # say so before asking for the passphrase
    with open_vault(args) as vault:
        out = safety.backup(vault, args.out, for_user=True)
    print(f"Encrypted backup written to {out} (opens with your passphrase or recovery key).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """``coachdesk restore FILE``: a verified restore (the old vault kept aside)."""
    from coachdesk.services.safety import restore

    target = data_dir(args)
    secrets = SecretInput(args)
    kwargs = (
        {"recovery_key": secrets.get(0, "Recovery key: ")}
        if args.recovery_key
        else {"passphrase": secrets.get(0, "Passphrase of the backup: ")}
    )
    aside = restore(args.backup, target, replace=args.replace, **kwargs)
    print(f"Backup verified and restored into {target}.")
    if aside:
        print(f"The previous vault was kept in {aside}.")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    """``coachdesk retention``: show or set the retention period, list closed cases, purge chosen ones."""
    from coachdesk.services import safety

    with open_vault(args) as vault:
        if args.months is not None:
            safety.set_retention_months(vault, args.months)
        items = safety.closed_cases(vault, date.today())
        if args.purge:
            codes = {code.strip() for code in args.purge}
            chosen = [i for i in items if i.code in codes]
            missing = codes - {i.code for i in chosen}
            if missing:
                raise InvalidInput(f"Not closed cases: {', '.join(sorted(missing))}; nothing was deleted.")
            for item in chosen:
                safety.purge_case(vault, item.case_id)
                print(f"Deleted {item.code} for good.")
            return 0
        months = safety.retention_months(vault)
        print(f"Retention period: {months} months after closing.")
        for item in items:
            flag = "DUE for deletion" if item.due else "kept"
            print(f"{item.code}  closed {item.closed.isoformat()}  {item.months_closed} months  {flag}")
        if not items:
            print("No closed cases.")
    sys.stdout.flush()
    return 0
