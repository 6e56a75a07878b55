"""How long building the posts of a long request takes per platform (the composer rebuilds the
preview after each review). Prints figures; not a pass/fail test.

    PYTHONPATH=. .venv/bin/python bench/bench_split.py
"""

from __future__ import annotations

import statistics
import time

from coachdesk.outbox import ChannelKind
from coachdesk.outbox.payloads import Mention, Message, build_parts

BODY = ("Asiakas kertoo väsymyksestä & unettomuudesta <työkokeilun> alussa 😀. " * 800)


def main() -> None:
    mention = Mention("Maija", teams_upn="maija@example.fi", slack_id="U012ABCDEF", mattermost_username="maija.m",
                      googlechat_id="users/1234567890", discord_id="123456789012345678")
    print("build_parts: posts and time per platform (median of 7 runs)")
    for size in (10_000, 40_000):
        message = Message(title="Kaipaisin vähän apuja: uni #K7Q2", body=BODY[:size], mentions=(mention,))
        for kind in ChannelKind:
            times = []
            for _ in range(7):
                start = time.perf_counter()
                parts = build_parts(kind, message)
                times.append((time.perf_counter() - start) * 1000)
            print(f"  {size:>6} chars  {kind.value:10} {len(parts):>2} post(s)  {statistics.median(times):7.1f} ms")


if __name__ == "__main__":
    main()
