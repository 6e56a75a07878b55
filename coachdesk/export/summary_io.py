"""Writing a printed summary to disk: owner-only (0600), through a temp file and a rename."""

from coachdesk.fileio import write_private_atomic

__all__ = ["write_private_atomic"]
