"""Process hygiene at start-up: files owner-only (umask 077) and no core dumps that could hold
decrypted notes or the key."""

from __future__ import annotations

import os
import sys


def harden_process() -> None:
    """Set umask 077 and disable core dumps (best effort on each platform)."""
    if os.name == "posix":
        os.umask(0o077)
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ImportError, ValueError, OSError):
            pass
        if sys.platform.startswith("linux"):
            _linux_not_dumpable()


def _linux_not_dumpable() -> None:
    """prctl(PR_SET_DUMPABLE, 0): no core dump, and other same-user processes cannot ptrace us."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_DUMPABLE = 4
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass
