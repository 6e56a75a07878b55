"""Key rotation (issue 12): how long a passphrase change takes now that it re-encrypts the whole
database under a new data key, for the demo vault and for ~10 MB of notes; and how long a send
against a server that drips its answer takes with the total deadline. Prints figures; never fails.

    .venv/bin/python bench/bench_rekey.py [--mb 10] [--deadline 3]

The rotation figure excludes Argon2id (a fast test KDF is used for the wraps: the real KDF adds its
calibrated ~0.7 s, plus ~1.4 s to calibrate when no parameters are given).
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = (
    "asiakas kertoi masennuksesta ja ahdistuksesta työkokeilu alkoi maanantaina kipu vaihtelee "
    "uupumus jaksaminen esihenkilö työterveyshuolto kuntoutus opiskelu tavoite unirytmi"
).split()


def fast_kdf():
    from coachdesk.vault import keys

    return keys.KdfParams(salt=keys.b64e(os.urandom(16)), iterations=2, memory_kib=1024)


def rotate_once(folder: Path, passphrase: str) -> tuple[float, int]:
    from coachdesk.vault.vault import Vault

    with Vault.open(folder, passphrase) as vault:
        size = vault.paths.db.stat().st_size
        start = time.perf_counter()
        rotated = vault.reset_passphrase(passphrase + "-2", kdf=fast_kdf())
        elapsed = time.perf_counter() - start
        from coachdesk.vault import keys

        keys.wipe(rotated.old_key)
    return elapsed, size


def bench_rotation(mb: float) -> None:
    from coachdesk.domain import models as m
    from coachdesk.vault.demo import DEMO_PASSPHRASE, create_demo_vault
    from coachdesk.vault.vault import Vault

    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo"
        create_demo_vault(demo, kdf=fast_kdf())
        elapsed, size = rotate_once(demo, DEMO_PASSPHRASE)
        print(f"rotation, demo vault ({size / 1e6:.2f} MB database): {elapsed * 1000:.0f} ms")

        big = Path(tmp) / "big"
        vault, _recovery = Vault.create(big, "bench passphrase", kdf=fast_kdf())
        rng = random.Random(12)
        with vault:
            store = vault.store
            case = store.create_case(m.Case(code="K-2026-500"))
            written = 0
            while written < mb * 1e6:
                text = " ".join(rng.choice(WORDS) for _ in range(600))
                store.add_note(m.Note(case_id=case.id, text=text))
                written += len(text.encode())
        elapsed, size = rotate_once(big, "bench passphrase")
        print(f"rotation, {written / 1e6:.1f} MB of notes ({size / 1e6:.1f} MB database with FTS): "
              f"{elapsed * 1000:.0f} ms")


def bench_deadline(deadline: float) -> None:
    os.environ["COACHDESK_ALLOW_LOCAL_WEBHOOKS"] = "1"
    from coachdesk.outbox.http import Timeouts, make_client, post_json

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def serve() -> None:
        conn, _ = listener.accept()
        data = b""
        while b"\r\n\r\n" not in data:
            data += conn.recv(65536)
        try:
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
            while True:
                time.sleep(5)  # the finding: one byte every 5 s
                conn.sendall(b"x")
        except OSError:
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    client = make_client(Timeouts(total=deadline))
    start = time.perf_counter()
    result = post_json(client, f"http://127.0.0.1:{listener.getsockname()[1]}/in", b"{}")
    elapsed = time.perf_counter() - start
    client.close()
    print(f"send against a server dripping 1 byte / 5 s after 200: {result.outcome.value} after "
          f"{elapsed:.2f} s (deadline {deadline:g} s; before: never returned)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--deadline", type=float, default=3.0)
    args = parser.parse_args()
    bench_rotation(args.mb)
    bench_deadline(args.deadline)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
