"""The vault header: a small JSON file beside the database holding wrapped keys and KDF parameters.

Nothing secret is in clear. A checksum over the content tells accidental damage or tampering
("damaged") apart from a wrong passphrase (GCM fails on an intact header).
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from coachdesk.errors import VaultDamaged
from coachdesk.vault import keys

FORMAT = "coachdesk-vault"
HEADER_VERSION = 1


@dataclass
class Header:
    vault_id: str
    created: str
    kdf: keys.KdfParams
    passphrase_wrap: dict
    recovery_salt: str
    recovery_wrap: dict
    extra: dict = field(default_factory=dict)

    def passphrase_aad(self) -> bytes:
        return _canonical({"format": FORMAT, "vault_id": self.vault_id, "kdf": self.kdf.to_dict()})

    def recovery_aad(self) -> bytes:
        return _canonical({"format": FORMAT, "vault_id": self.vault_id, "salt": self.recovery_salt})

    def body(self) -> dict:
        return {
            "format": FORMAT,
            "header_version": HEADER_VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "kdf": self.kdf.to_dict(),
            "passphrase_wrap": self.passphrase_wrap,
            "recovery": {"salt": self.recovery_salt, "wrap": self.recovery_wrap},
            "extra": self.extra,
        }


def _canonical(obj: dict) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def new_header(data_key: bytes, passphrase: str, recovery_key: str, kdf: keys.KdfParams) -> Header:
    """A header wrapping ``data_key`` with the passphrase and the recovery key."""
    recovery_salt = os.urandom(16)
    header = Header(
        vault_id=str(uuid.uuid4()),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        kdf=kdf,
        passphrase_wrap={},
        recovery_salt=keys.b64e(recovery_salt),
        recovery_wrap={},
    )
    rewrap_passphrase(header, data_key, passphrase, kdf)
    header.recovery_wrap = keys.wrap(
        keys.derive_recovery_key(recovery_key, recovery_salt), data_key, header.recovery_aad()
    )
    return header


def rewrap_passphrase(header: Header, data_key: bytes, passphrase: str, kdf: keys.KdfParams) -> None:
    """Wrap ``data_key`` under a (new) passphrase with fresh KDF salt; the data key is unchanged."""
    header.kdf = kdf
    header.passphrase_wrap = keys.wrap(
        keys.derive_passphrase_key(passphrase, kdf), data_key, header.passphrase_aad()
    )


def rewrap_recovery(header: Header, data_key: bytes, recovery_key: str) -> None:
    salt = os.urandom(16)
    header.recovery_salt = keys.b64e(salt)
    header.recovery_wrap = keys.wrap(keys.derive_recovery_key(recovery_key, salt), data_key, header.recovery_aad())


def dumps(header: Header) -> bytes:
    body = header.body()
    doc = dict(body, checksum=keys.fingerprint(_canonical(body)))
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


def loads(raw: bytes) -> Header:
    """Parse and verify a header; any inconsistency raises VaultDamaged."""
    try:
        doc = json.loads(raw.decode("utf-8"))
        checksum = doc.pop("checksum")
        if checksum != keys.fingerprint(_canonical(doc)):
            raise VaultDamaged("the header checksum does not match")
        if doc.get("format") != FORMAT:
            raise VaultDamaged("not a CoachDesk header")
        if int(doc.get("header_version", 0)) > HEADER_VERSION:
            raise VaultDamaged("header from a newer CoachDesk")
        header = Header(
            vault_id=str(doc["vault_id"]),
            created=str(doc["created"]),
            kdf=keys.KdfParams.from_dict(doc["kdf"]),
            passphrase_wrap={"nonce": str(doc["passphrase_wrap"]["nonce"]), "ct": str(doc["passphrase_wrap"]["ct"])},
            recovery_salt=str(doc["recovery"]["salt"]),
            recovery_wrap={"nonce": str(doc["recovery"]["wrap"]["nonce"]), "ct": str(doc["recovery"]["wrap"]["ct"])},
            extra=dict(doc.get("extra") or {}),
        )
        keys.b64d(header.recovery_salt)
        keys.b64d(header.kdf.salt)
    except VaultDamaged:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as err:
        raise VaultDamaged("the header cannot be read") from err
    return header


def read(path: Path) -> Header:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as err:
        raise VaultDamaged(f"the header cannot be read: {err.strerror}") from err
    return loads(raw)


def write(path: Path, header: Header) -> None:
    from coachdesk.fileio import write_private_atomic

    write_private_atomic(path, dumps(header))
