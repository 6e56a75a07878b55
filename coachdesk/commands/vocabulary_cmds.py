"""``coachdesk vocabulary list|add TERM|remove TERM``: the coach's never-scrub vocabulary (phrases the
team uses, kept in requests and scrubbed summaries), stored inside the vault through
:mod:`coachdesk.services.vocabulary`. The passphrase is asked like for every vault command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from coachdesk.textsafe import shown


def add_vocabulary_parsers(sub: argparse._SubParsersAction[Any],
                           add_passphrase_opt: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the ``vocabulary list|add|remove`` subcommands to the main parser."""
    p = sub.add_parser("vocabulary", help="your own never-scrub words and phrases (added to the shipped list)")
    vsub = p.add_subparsers(dest="vocabulary_command", metavar="ACTION", required=True)
    q = vsub.add_parser("list", help="show your never-scrub terms, one a line")
    add_passphrase_opt(q)
    q = vsub.add_parser("add", help="add a phrase the team uses (e.g. 'Duunipolku-hanke'); never a name or an identifier")
    q.add_argument("term", metavar="TERM")
    add_passphrase_opt(q)
    q = vsub.add_parser("remove", help="remove a term (any letter case)")
    q.add_argument("term", metavar="TERM")
    add_passphrase_opt(q)


def cmd_vocabulary(args: argparse.Namespace) -> int:
    """``coachdesk vocabulary list|add|remove``."""
    from coachdesk.commands.common import open_vault
    from coachdesk.services import vocabulary

    action = args.vocabulary_command
    if action == "add":
        vocabulary.check_keep_terms([args.term])  # a clear refusal before the passphrase is asked
    with open_vault(args) as vault:
        if action == "list":
            terms = vocabulary.keep_terms(vault.store)
            for term in terms:
                print(shown(term))
            if not terms:
                print("No terms of your own yet; the shipped list applies (add one with "
                      "'coachdesk vocabulary add TERM').", file=sys.stderr)
            return 0
        if action == "add":
            if vocabulary.add_keep_term(vault.store, args.term):
                print(f"Added {shown(' '.join(args.term.split()))}: it is never scrubbed in requests and summaries.")
            else:
                print(f"{shown(args.term.strip())} is in the list already; nothing was changed.")
            return 0
        removed = vocabulary.remove_keep_term(vault.store, args.term)
        print(f"Removed {shown(removed)}.")
        return 0
