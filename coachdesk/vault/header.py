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
HEADER_VERSION = 2  # 2: the recovery wrap is sealed to a public key (passphrase changes rotate the key)


@dataclass
class Header:
    """The vault header: KDF parameters, the data key wrapped by the passphrase and for the recovery key."""

    vault_id: str
    created: str
    kdf: keys.KdfParams
    passphrase_wrap: dict
    recovery_salt: str
    recovery_wrap: dict
    extra: dict = field(default_factory=dict)
    recovery_pub: str = ""  # base64 X25519 public key of the recovery key; "" in version-1 headers

    def passphrase_aad(self) -> bytes:
        """The associated data that binds the passphrase wrap to this vault and KDF."""
        return _canonical({"format": FORMAT, "vault_id": self.vault_id, "kdf": self.kdf.to_dict()})

    def recovery_aad(self) -> bytes:
        """The associated data that binds the recovery wrap to this vault, salt and public key."""
        doc = {"format": FORMAT, "vault_id": self.vault_id, "salt": self.recovery_salt}
        if self.recovery_pub:
            doc["pub"] = self.recovery_pub
        return _canonical(doc)

    @property
    def can_seal_for_recovery(self) -> bool:
        """A new data key can be wrapped for the recovery key without it (version-2 header)."""
        return bool(self.recovery_pub)

    def body(self) -> dict:
        """The header as a JSON-ready dict, without its checksum."""
        return {
            "format": FORMAT,
            "header_version": 2 if self.recovery_pub else 1,
            "vault_id": self.vault_id,
            "created": self.created,
            "kdf": self.kdf.to_dict(),
            "passphrase_wrap": self.passphrase_wrap,
            "recovery": {"salt": self.recovery_salt, "wrap": self.recovery_wrap}
            | ({"pub": self.recovery_pub} if self.recovery_pub else {}),
            "extra": self.extra,
        }


def _canonical(obj: dict) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def new_header(data_key: bytes | bytearray, passphrase: str, recovery_key: str, kdf: keys.KdfParams) -> Header:
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
    rewrap_recovery(header, data_key, recovery_key)
    return header


def rewrap_passphrase(header: Header, data_key: bytes | bytearray, passphrase: str, kdf: keys.KdfParams) -> None:
    """Wrap ``data_key`` under a (new) passphrase with fresh KDF salt; the data key is unchanged."""
    header.kdf = kdf
    header.passphrase_wrap = keys.wrap(
        keys.derive_passphrase_key(passphrase, kdf), data_key, header.passphrase_aad()
    )


def rewrap_recovery(header: Header, data_key: bytes | bytearray, recovery_key: str) -> None:
    """Seal ``data_key`` for ``recovery_key`` (fresh salt; keeps its public key in the header)."""
    salt = os.urandom(16)
    header.recovery_salt = keys.b64e(salt)
    header.recovery_pub = keys.b64e(keys.recovery_public_key(recovery_key, salt))
    header.recovery_wrap = keys.seal(keys.b64d(header.recovery_pub), data_key, header.recovery_aad())


def seal_for_recovery(header: Header, data_key: bytes | bytearray) -> None:
    """Seal a (new) data key for the recovery key already in the header, without knowing it."""
    if not header.recovery_pub:
        raise ValueError("a version-1 header has no recovery public key")
    header.recovery_wrap = keys.seal(keys.b64d(header.recovery_pub), data_key, header.recovery_aad())


def unwrap_recovery(header: Header, recovery_key: str) -> bytearray | None:
    """The data key from the recovery key (sealed in version 2, HKDF-wrapped in version 1)."""
    salt = keys.b64d(header.recovery_salt)
    if "epk" in header.recovery_wrap:
        return keys.unseal(recovery_key, salt, header.recovery_wrap, header.recovery_aad())
    return keys.unwrap(keys.derive_recovery_key(recovery_key, salt), header.recovery_wrap, header.recovery_aad())


def dumps(header: Header) -> bytes:
    """The header file's bytes: the body and a checksum that tells damage from a wrong secret."""
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
            recovery_wrap={k: str(v) for k, v in doc["recovery"]["wrap"].items() if k in ("nonce", "ct", "epk")},
            extra=dict(doc.get("extra") or {}),
            recovery_pub=str(doc["recovery"].get("pub") or ""),
        )
        if not {"nonce", "ct"} <= header.recovery_wrap.keys() or ("epk" in header.recovery_wrap) != bool(
            header.recovery_pub
        ):
            raise VaultDamaged("the header's recovery wrap is incomplete")
        if header.recovery_pub and (
            len(keys.b64d(header.recovery_pub)) != 32 or len(keys.b64d(header.recovery_wrap["epk"])) != 32
        ):
            raise VaultDamaged("the header's recovery key is malformed")
        keys.b64d(header.recovery_wrap["nonce"])
        keys.b64d(header.recovery_wrap["ct"])
        keys.b64d(header.recovery_salt)
        keys.b64d(header.kdf.salt)
    except VaultDamaged:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as err:
        raise VaultDamaged("the header cannot be read") from err
    return header


def read(path: Path) -> Header:
    """The header in ``path`` (FileNotFoundError when missing; VaultDamaged when unreadable or altered)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as err:
        raise VaultDamaged(f"the header cannot be read: {err.strerror}") from err
    return loads(raw)


def write(path: Path, header: Header) -> None:
    """Write the header atomically, owner-only."""
    from coachdesk.fileio import write_private_atomic

    write_private_atomic(path, dumps(header))
