import os

import pytest

from coachdesk.vault import keys


def test_wrap_roundtrip_and_wrong_key_and_aad():
    data_key = keys.new_data_key()
    k1, k2 = os.urandom(32), os.urandom(32)
    wrapped = keys.wrap(k1, data_key, b"aad")
    assert keys.unwrap(k1, wrapped, b"aad") == data_key
    assert keys.unwrap(k2, wrapped, b"aad") is None
    assert keys.unwrap(k1, wrapped, b"other") is None
    assert bytes(data_key) not in repr(wrapped).encode()


def test_recovery_key_format_and_normalisation():
    rk = keys.new_recovery_key()
    groups = rk.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert len(keys.normalize_recovery_key(rk)) * 5 >= 128
    salt = os.urandom(16)
    sloppy = rk.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keys.derive_recovery_key(sloppy, salt) == keys.derive_recovery_key(rk, salt)
    assert keys.new_recovery_key() != rk


def test_passphrase_kdf_depends_on_salt_and_passphrase():
    p1 = keys.KdfParams(salt=keys.b64e(b"a" * 16), iterations=2, memory_kib=1024)
    p2 = keys.KdfParams(salt=keys.b64e(b"b" * 16), iterations=2, memory_kib=1024)
    assert keys.derive_passphrase_key("x", p1) == keys.derive_passphrase_key("x", p1)
    assert keys.derive_passphrase_key("x", p1) != keys.derive_passphrase_key("x", p2)
    assert keys.derive_passphrase_key("x", p1) != keys.derive_passphrase_key("y", p1)


def test_calibration_targets_time_and_stores_params():
    params = keys.calibrate_kdf(target_seconds=0.05, memory_kib=8 * 1024)
    assert params.iterations >= 2 and params.memory_kib == 8 * 1024 and params.name == "argon2id"
    assert keys.KdfParams.from_dict(params.to_dict()) == params


@pytest.mark.parametrize(
    "patch", [{"name": "scrypt"}, {"iterations": 0}, {"memory_kib": 1}, {"lanes": 0}, {"iterations": "x"}]
)
def test_bad_kdf_params_rejected(patch):
    good = keys.KdfParams(salt=keys.b64e(b"a" * 16), iterations=2).to_dict()
    with pytest.raises((ValueError, TypeError)):
        keys.KdfParams.from_dict({**good, **patch})


def test_wipe_zeroes_buffer():
    buf = bytearray(b"secret")
    keys.wipe(buf)
    assert buf == bytearray(6)
