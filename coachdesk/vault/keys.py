"""Key material: Argon2id passphrase KDF (calibrated), AES-256-GCM key wrapping, recovery keys.

One random 256-bit data key opens the SQLCipher database. It is stored only wrapped:
by a key derived from the passphrase (Argon2id) and by a key derived from the recovery key
(HKDF-SHA256; the recovery key itself carries 160 random bits, so no slow KDF is needed).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

DATA_KEY_BYTES = 32
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 4
KDF_TARGET_SECONDS = 0.7
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 4  # 8 x 4 chars x 5 bits = 160 bits


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters stored (in clear) in the vault header."""

    salt: str  # base64
    iterations: int
    memory_kib: int = ARGON2_MEMORY_KIB
    lanes: int = ARGON2_LANES
    name: str = "argon2id"

    def to_dict(self) -> dict:
        """The parameters as stored in the header."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> KdfParams:
        """Parameters read from a header; ValueError when they are out of range."""
        params = cls(
            salt=str(data["salt"]),
            iterations=int(data["iterations"]),
            memory_kib=int(data["memory_kib"]),
            lanes=int(data["lanes"]),
            name=str(data["name"]),
        )
        if params.name != "argon2id" or not (1 <= params.iterations <= 10_000):
            raise ValueError("unsupported KDF parameters")
        if not (8 * params.lanes <= params.memory_kib <= 4 * 1024 * 1024) or not (1 <= params.lanes <= 64):
            raise ValueError("unsupported KDF parameters")
        return params


def b64e(data: bytes) -> str:
    """Base64 text of ``data``."""
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    """The bytes of strict base64 text (binascii.Error when it is not)."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytearray:
    """A fresh random 256-bit data key, in a bytearray so it can be wiped."""
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def derive_passphrase_key(passphrase: str, params: KdfParams) -> bytes:
    """Argon2id(passphrase) -> 32-byte wrapping key."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=b64d(params.salt),
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def calibrate_kdf(
    target_seconds: float = KDF_TARGET_SECONDS, memory_kib: int = ARGON2_MEMORY_KIB
) -> KdfParams:
    """Pick Argon2id iterations so one derivation takes about ``target_seconds`` on this machine:
    a first estimate from two passes, then one timed run at that count to correct it (filling the
    memory costs a fixed part that two passes would overweight)."""

    def timed(iterations: int) -> float:
        probe = KdfParams(salt=b64e(os.urandom(16)), iterations=iterations, memory_kib=memory_kib)
        start = time.perf_counter()
        derive_passphrase_key("calibration", probe)
        return max(time.perf_counter() - start, 1e-4)

    estimate = max(2, min(10_000, round(target_seconds / (timed(2) / 2))))
    iterations = max(2, min(10_000, round(estimate * target_seconds / timed(estimate))))
    return KdfParams(salt=b64e(os.urandom(16)), iterations=iterations, memory_kib=memory_kib)


def wrap(wrapping_key: bytes, data_key: bytes | bytearray, aad: bytes) -> dict:
    """AES-256-GCM encrypt the data key; ``aad`` binds it to the vault header."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {"nonce": b64e(nonce), "ct": b64e(AESGCM(wrapping_key).encrypt(nonce, bytes(data_key), aad))}


def unwrap(wrapping_key: bytes, wrapped: dict, aad: bytes) -> bytearray | None:
    """The data key, or None when the wrapping key is wrong (or the wrapped key was altered)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        plain = AESGCM(wrapping_key).decrypt(b64d(wrapped["nonce"]), b64d(wrapped["ct"]), aad)
    except InvalidTag:
        return None
    return bytearray(plain)


def new_recovery_key() -> str:
    """160 random bits as 8 groups of 4 Crockford base32 characters, e.g. ``7K2Q-…``."""
    chars = [secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)]
    groups = ["".join(chars[i : i + RECOVERY_GROUP_LEN]) for i in range(0, len(chars), RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def normalize_recovery_key(text: str) -> str:
    """Accept what people type: any case, spaces or dashes, O for 0, I/L for 1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1").replace("U", "V")
    return cleaned


def derive_recovery_key(recovery_key: str, salt: bytes) -> bytes:
    """HKDF-SHA256 over the normalised recovery key -> 32-byte wrapping key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    material = normalize_recovery_key(recovery_key).encode("ascii")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"coachdesk recovery v1").derive(
        material
    )


def fingerprint(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex."""
    return hashlib.sha256(data).hexdigest()


def wipe(buf: bytearray | None) -> None:
    """Overwrite a key buffer in place (best effort: Python may hold other copies)."""
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


# ----- wrapping to the recovery key without it (ECIES: X25519 + HKDF-SHA256 + AES-256-GCM) --------
# The header keeps only the PUBLIC half of an X25519 key pair derived from the recovery key, so a
# new data key (after a passphrase change) can be wrapped for the recovery key without knowing it.


def _recovery_private(recovery_key: str, salt: bytes) -> X25519PrivateKey:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    material = normalize_recovery_key(recovery_key).encode("ascii")
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"coachdesk recovery x25519 v1").derive(
        material
    )
    return X25519PrivateKey.from_private_bytes(seed)


def recovery_public_key(recovery_key: str, salt: bytes) -> bytes:
    """The raw 32-byte X25519 public key belonging to ``recovery_key`` (stored in the header)."""
    return _recovery_private(recovery_key, salt).public_key().public_bytes_raw()


def _seal_key(shared: bytes, epk: bytes, pub: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + pub, info=b"coachdesk recovery seal v1").derive(
        shared
    )


def seal(public_key: bytes, data_key: bytes | bytearray, aad: bytes) -> dict:
    """Wrap ``data_key`` so only the holder of the recovery key behind ``public_key`` can unwrap it."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    return dict(wrap(_seal_key(shared, epk, public_key), data_key, aad), epk=b64e(epk))


def unseal(recovery_key: str, salt: bytes, sealed: dict, aad: bytes) -> bytearray | None:
    """The data key sealed by :func:`seal`, or None when the recovery key does not fit."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    private = _recovery_private(recovery_key, salt)
    pub = private.public_key().public_bytes_raw()
    epk = b64d(sealed["epk"])
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
    except ValueError:  # a low-order point: not something seal() makes
        return None
    return unwrap(_seal_key(shared, epk, pub), sealed, aad)


def key_check(data_key: bytes | bytearray) -> str:
    """A check value that tells a right raw key from a wrong one without revealing it."""
    return hmac.new(bytes(data_key), b"coachdesk key check v1", "sha256").hexdigest()[:32]
