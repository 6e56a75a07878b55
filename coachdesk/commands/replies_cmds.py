"""``coachdesk replies fetch|list|answer|age``: replies to requests sent through two-way channels.

Reply text comes from other people's accounts: it is printed with every control and format
character escaped (no terminal escape sequence or bidi override from a reply reaches the terminal).
Only argparse is imported at module level.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_replies_parsers(
    sub: argparse._SubParsersAction[Any], add_passphrase_opt: Callable[[argparse.ArgumentParser], None],
) -> None:
    """The ``replies`` command and its actions."""
    p = sub.add_parser("replies", help="colleagues' replies to requests sent through two-way channels")
    rsub = p.add_subparsers(dest="replies_command", metavar="ACTION", required=True)
    q = rsub.add_parser("fetch", help="read new replies from the channels now (requests younger than the age limit)")
    q.add_argument("--request", metavar="REF", help="only this request (#K7Q2 or K7Q2)")
    add_passphrase_opt(q)
    q = rsub.add_parser("list", help="list stored replies (oldest first)")
    q.add_argument("--case", metavar="CODE", help="only this case")
    add_passphrase_opt(q)
    q = rsub.add_parser("age", help="show or set for how many days after sending replies are read (default 30)")
    q.add_argument("days", type=int, nargs="?", metavar="DAYS")
    add_passphrase_opt(q)
    q = rsub.add_parser("answer", help="turn a reply into the request's answer (shown in the case timeline)")
    q.add_argument("reply", type=int, metavar="ID", help="the reply's ID from 'coachdesk replies list'")
    q.add_argument("--help-kind", required=True, choices=("tip", "sparring", "group"),
                   help="tip, 1:1 sparring, or a topic for the group session")
    q.add_argument("--will-try", default="", metavar="TEXT", help="what I will try")
    add_passphrase_opt(q)


def terminal_safe(text: str) -> str:
    """Reply text for the terminal: controls and bidi characters escaped (textsafe.shown), line
    breaks kept and indented under the reply's heading."""
    from coachdesk.textsafe import shown

    return shown(text, one_line=False).replace("\t", "    ").replace("\n", "\n    ")


def _when(stamp: str) -> str:
    from coachdesk.commands.outbox_cmds import _when as when

    try:
        return when(stamp)
    except ValueError:
        return ""


def cmd_replies(args: argparse.Namespace) -> int:
    """Run ``coachdesk replies ACTION``."""
    from coachdesk.commands.common import open_vault
    from coachdesk.outbox import replies as rp
    from coachdesk.services import cases
    from coachdesk.services.requests import request_id_by_ref

    with open_vault(args) as vault:
        store = vault.store
        if args.replies_command == "fetch":
            request_id = request_id_by_ref(store, args.request) if args.request else None
            with rp.ReplyFetcher(store) as fetcher:
                report = fetcher.fetch(request_id)
            print(f"Read {report.threads} thread(s): {report.new} new repl{'y' if report.new == 1 else 'ies'}"
                  + (f" to {', '.join('#' + r for r in report.new_requests)}" if report.new_requests else "") + ".")
            for ref in report.gone:
                print(f"  #{ref}: the message was deleted in the channel; its replies are no longer read.")
            for name, seconds in report.paused.items():
                print(f"  {terminal_safe(name)}: the platform asked to wait {round(seconds)} s; try again later.")
            for line in report.problems:
                print(f"  {terminal_safe(line)}")
            if report.skipped_old:
                print(f"  {report.skipped_old} older request(s) skipped (older than {rp.max_age_days(store)} days).")
            if report.offline:
                print("  Offline: the channels could not be reached; try again later.")
            return 0
        if args.replies_command == "age":
            if args.days is not None:
                rp.set_max_age_days(store, args.days)
            print(f"Replies are read for {rp.max_age_days(store)} days after a request was sent.")
            return 0
        if args.replies_command == "answer":
            followups = rp.to_answer(store, args.reply, args.help_kind, args.will_try)
            print(f"Reply {args.reply} is now the answer to #{followups[0].request_ref} (see the case timeline).")
            return 0
        case_id = None
        if args.case:
            case_id = cases.case_by_code(store, args.case).id
        rows = rp.list_replies(store, case_id=case_id)
        if not rows:
            print("No replies yet (coachdesk replies fetch).")
            return 0
        codes = {c.id: c.code for c in cases.list_cases(store)}
        for r in rows:
            mark = " [answer]" if r.followup_id else ("" if r.seen_at else " [new]")
            print(f"{r.id:>4}  #{r.request_ref}  {codes.get(r.case_id, '')}  {_when(r.posted_at)}  "
                  f"{terminal_safe(r.author or '?')}{mark}")
            print(f"    {terminal_safe(r.text)}")
        return 0
