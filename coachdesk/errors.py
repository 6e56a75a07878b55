"""User-facing errors: each carries one clear sentence for the coach (no traceback needed)."""

from __future__ import annotations


class CoachDeskError(Exception):
    """Base of every expected error; ``str(err)`` is the message shown to the user."""


class WrongPassphrase(CoachDeskError):
    """The passphrase (or recovery key) does not open the vault."""

    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"Wrong {what}: the vault stays locked.")


class NoVault(CoachDeskError):
    """There is no vault in the folder."""

    def __init__(self, where: object) -> None:
        super().__init__(f"No CoachDesk vault in {where} (create one with 'coachdesk init').")


class VaultExists(CoachDeskError):
    """A vault is already in the folder."""

    def __init__(self, where: object) -> None:
        super().__init__(f"A CoachDesk vault already exists in {where}; nothing was changed.")


class VaultDamaged(CoachDeskError):
    """The vault's files are damaged or not a CoachDesk vault."""

    def __init__(self, detail: str = "") -> None:
        msg = "The vault is damaged or is not a CoachDesk vault; nothing was changed."
        super().__init__(f"{msg} ({detail})" if detail else msg)


class VaultTooNew(CoachDeskError):
    """The vault's schema is newer than this CoachDesk."""

    def __init__(self, found: str) -> None:
        super().__init__(
            f"This vault was written by a newer CoachDesk (schema {found}); update CoachDesk to open it."
        )


class VaultInUse(CoachDeskError):
    """Another process holds the vault lock."""

    def __init__(self) -> None:
        super().__init__("The vault is in use by another CoachDesk process; close it first.")


class VaultBusy(CoachDeskError):
    """The data key is being rotated."""

    def __init__(self) -> None:
        super().__init__("The vault is being re-encrypted with a new key; try again in a moment.")


class VaultLocked(CoachDeskError):
    """The vault was used after it was locked."""

    def __init__(self) -> None:
        super().__init__("The vault is locked.")


class KeychainUnavailable(CoachDeskError):
    """No secure system keychain, or it is locked."""

    def __init__(self, detail: str = "") -> None:
        msg = "The system keychain is unavailable or locked; enter your passphrase instead."
        super().__init__(f"{msg} ({detail})" if detail else msg)


class DiskFull(CoachDeskError):
    """The disk is full: the write was rolled back."""

    def __init__(self) -> None:
        super().__init__("The disk is full: the change was rolled back and nothing was saved.")


class InvalidInput(CoachDeskError):
    """Bad input from the user; the message says what and nothing was changed."""


class NotFound(CoachDeskError):
    """A case, note or item named by the user does not exist."""
