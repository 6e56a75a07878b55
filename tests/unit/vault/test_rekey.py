"""A passphrase change rotates the data key (issue 12, finding 3): an older header copy, such as
the one inside a backup taken before the change, opens nothing written afterwards."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coachdesk.domain import models as m
from coachdesk.errors import VaultBusy, VaultDamaged, WrongPassphrase
from coachdesk.vault import header as header_mod
from coachdesk.vault import keychain, keys, rekey
from coachdesk.vault.backup import unpack_backup, write_backup
from coachdesk.vault.restore import restore
from coachdesk.vault.vault import DB_NAME, HEADER_NAME, Vault, key_check, unlock_with_recovery_key
from tests.conftest import PASSPHRASE, fast_kdf

NEW = "a brand new passphrase"


def _note(vault: Vault, text: str) -> int:
    store = vault.store
    case = store.list_cases()[0] if store.list_cases() else store.create_case(m.Case(code="K-2026-001"))
    return store.add_note(m.Note(case_id=case.id, text=text)).id


def test_old_header_copy_beside_the_new_database_does_not_open(vault: Vault, data_dir: Path, tmp_path: Path):
    before = _note(vault, "kirjoitettu ennen vaihtoa")
    backup = write_backup(vault, vault.paths.backups / "before.cdbackup")
    old_key = vault.data_key
    vault.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf())
    assert vault.data_key != old_key
    after = _note(vault, "kirjoitettu vaihdon jälkeen")
    vault.close()

    # the attack: the old header (from the backup) beside the current database
    unpacked = tmp_path / "unpacked"
    unpack_backup(backup, unpacked)
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    shutil.copy(data_dir / DB_NAME, mixed / DB_NAME)
    shutil.copy(unpacked / HEADER_NAME, mixed / HEADER_NAME)
    with pytest.raises((WrongPassphrase, VaultDamaged)):
        Vault.open(mixed, PASSPHRASE).close()
    old_header = header_mod.read(mixed / HEADER_NAME)
    stale = keys.unwrap(keys.derive_passphrase_key(PASSPHRASE, old_header.kdf), old_header.passphrase_wrap,
                        old_header.passphrase_aad())
    assert stale is not None and bytes(stale) == old_key  # the copy still unwraps the OLD key ...
    with pytest.raises((WrongPassphrase, VaultDamaged)):
        Vault.open_with_key(mixed, stale).close()  # ... which opens nothing
    # the vault itself: new passphrase only, every note there
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    with Vault.open(data_dir, NEW) as v:
        assert v.store.get_note(before).text == "kirjoitettu ennen vaihtoa"
        assert v.store.get_note(after).text == "kirjoitettu vaihdon jälkeen"
        assert v.check() == []
    # the older backup keeps opening with the passphrase it was made with (and only that)
    restored = tmp_path / "restored"
    restore(backup, restored, passphrase=PASSPHRASE)
    with Vault.open(restored, PASSPHRASE) as v:
        assert v.store.get_note(before).text == "kirjoitettu ennen vaihtoa"


def test_recovery_key_survives_a_passphrase_change_without_being_known(vault: Vault, data_dir: Path):
    recovery = vault.recovery_key_for_tests
    assert vault.header.can_seal_for_recovery
    rotated = vault.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf())
    assert rotated.issued_recovery_key is None
    key = unlock_with_recovery_key(data_dir, recovery)
    assert bytes(key) == vault.data_key
    raw = (data_dir / HEADER_NAME).read_text()
    assert "pub" in raw and '"header_version": 2' in raw


def test_recover_rotates_and_keeps_the_recovery_key(vault: Vault, data_dir: Path):
    recovery = vault.recovery_key_for_tests
    note = _note(vault, "talteen")
    vault.close()
    old_key = unlock_with_recovery_key(data_dir, recovery)
    with Vault.open_with_key(data_dir, bytearray(old_key)) as v:
        rotated = v.reset_passphrase(NEW, kdf=fast_kdf(), recovery_key=recovery)
        assert rotated.issued_recovery_key is None and v.data_key != bytes(old_key)
    with Vault.open_with_key(data_dir, unlock_with_recovery_key(data_dir, recovery)) as v:
        assert v.store.get_note(note).text == "talteen"
    Vault.open(data_dir, NEW).close()


def test_new_recovery_key_needs_the_passphrase_and_rotates(vault: Vault, data_dir: Path):
    old_recovery, old_key = vault.recovery_key_for_tests, vault.data_key
    with pytest.raises(WrongPassphrase):
        vault.new_recovery_key("not the passphrase")
    fresh = vault.new_recovery_key(PASSPHRASE)
    assert vault.data_key != old_key
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(data_dir, old_recovery)
    assert bytes(unlock_with_recovery_key(data_dir, fresh)) == vault.data_key
    vault.close()
    Vault.open(data_dir, PASSPHRASE).close()


def _downgrade_to_version_1(data_dir: Path, data_key: bytes, recovery: str) -> None:
    """Rewrite the header as CoachDesk wrote it before key rotation (HKDF wrap, no public key)."""
    import os

    hdr = header_mod.read(data_dir / HEADER_NAME)
    salt = os.urandom(16)
    hdr.recovery_salt, hdr.recovery_pub = keys.b64e(salt), ""
    hdr.recovery_wrap = keys.wrap(keys.derive_recovery_key(recovery, salt), data_key, hdr.recovery_aad())
    header_mod.write(data_dir / HEADER_NAME, hdr)
    assert '"header_version": 1' in (data_dir / HEADER_NAME).read_text()


def test_version_1_header_passwd_issues_a_new_recovery_key(vault: Vault, data_dir: Path):
    recovery, key = vault.recovery_key_for_tests, vault.data_key
    vault.close()
    _downgrade_to_version_1(data_dir, key, recovery)
    assert bytes(unlock_with_recovery_key(data_dir, recovery)) == key  # version 1 still opens
    with Vault.open(data_dir, PASSPHRASE) as v:
        rotated = v.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf())
        assert rotated.issued_recovery_key
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(data_dir, recovery)
    Vault.open_with_key(data_dir, unlock_with_recovery_key(data_dir, rotated.issued_recovery_key)).close()


def test_version_1_header_recover_keeps_the_recovery_key(vault: Vault, data_dir: Path):
    recovery, key = vault.recovery_key_for_tests, vault.data_key
    vault.close()
    _downgrade_to_version_1(data_dir, key, recovery)
    with Vault.open_with_key(data_dir, unlock_with_recovery_key(data_dir, recovery)) as v:
        assert v.reset_passphrase(NEW, kdf=fast_kdf(), recovery_key=recovery).issued_recovery_key is None
    assert header_mod.read(data_dir / HEADER_NAME).can_seal_for_recovery
    Vault.open_with_key(data_dir, unlock_with_recovery_key(data_dir, recovery)).close()


def test_store_in_use_before_keeps_working_after_rotation(vault: Vault, data_dir: Path):
    store = vault.store
    first = _note(vault, "yksi")
    vault.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf())
    second = _note(vault, "kaksi")  # the same Store object, new connections with the new key
    assert store.get_note(first).text == "yksi"
    vault.close()
    with Vault.open(data_dir, NEW) as v:
        assert v.store.get_note(second).text == "kaksi"


def test_a_thread_needing_a_connection_waits_for_the_rotation(vault: Vault):
    import threading

    _note(vault, "x")
    state = vault._engine_key
    state.begin_rotation()
    state.close_idle()
    done = []
    writer = threading.Thread(target=lambda: done.append(_note(vault, "odottaa")))
    writer.start()
    writer.join(0.5)
    assert writer.is_alive() and state.waiters == 1 and not done  # no file opened meanwhile
    state.end_rotation()
    writer.join(10)
    assert done and vault.store.get_note(done[0]).text == "odottaa"


def test_writes_from_another_thread_during_rotations_are_all_kept(vault: Vault, data_dir: Path):
    """A writer thread commits notes while the passphrase is changed three times: every note it
    was told was committed is in the vault reopened with the last passphrase."""
    import threading
    import time

    committed: list[int] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def write() -> None:
        i = 0
        while not stop.is_set():
            try:
                committed.append(_note(vault, f"rinnakkain {i}"))
            except VaultBusy as err:  # waited too long: refused, not lost
                errors.append(err)
            i += 1

    _note(vault, "alku")
    writer = threading.Thread(target=write)
    writer.start()
    passphrase = PASSPHRASE
    for round_no in range(3):
        new = f"{NEW} {round_no}"
        vault.change_passphrase(passphrase, new, kdf=fast_kdf())
        passphrase = new
        time.sleep(0.3)  # a coach does not change it twice in the same breath
    stop.set()
    writer.join(30)
    vault.close()
    assert not errors and len(committed) > 3
    with Vault.open(data_dir, passphrase) as v:
        for note_id in committed:
            v.store.get_note(note_id)
        assert v.check() == []


def test_quick_unlock_key_follows_the_rotation(vault: Vault, memory_keyring):
    vault_id = vault.header.vault_id
    keychain.store_key(vault_id, vault.data_key)
    vault.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf())
    assert bytes(keychain.load_key(vault_id)) == vault.data_key
    assert key_check(bytes(keychain.load_key(vault_id))) == vault.header.extra["key_check"]


def test_quick_unlock_off_stays_off(vault: Vault, memory_keyring):
    vault.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf())
    assert keychain.load_key(vault.header.vault_id) is None


def test_interrupted_rotation_before_ready_is_discarded(vault: Vault, data_dir: Path):
    note = _note(vault, "pysyy")
    staging = data_dir / rekey.STAGING
    staging.mkdir()
    (staging / DB_NAME).write_bytes(b"half a copy")
    vault.close()
    with Vault.open(data_dir, PASSPHRASE) as v:
        assert v.store.get_note(note).text == "pysyy"
    assert not staging.exists()


def test_copy_that_lost_rows_is_refused_before_the_swap(vault: Vault, data_dir: Path, tmp_path: Path):
    from coachdesk.vault.engine import connect_raw, export_copy

    _note(vault, "a")
    copy_key = keys.new_data_key()
    export_copy(vault.paths.db, vault.data_key, tmp_path / "copy.db", copy_key)
    rekey.verify_copy(vault.paths.db, vault.data_key, tmp_path / "copy.db", copy_key)
    conn = connect_raw(tmp_path / "copy.db", copy_key)
    conn.execute("DELETE FROM notes")
    conn.close()
    with pytest.raises(VaultDamaged):
        rekey.verify_copy(vault.paths.db, vault.data_key, tmp_path / "copy.db", copy_key)


def test_older_backups_listed_reencrypted_and_a_damaged_one_kept(vault: Vault, data_dir: Path, tmp_path: Path):
    from coachdesk.vault import old_backups
    from coachdesk.vault.backup import write_backup

    _note(vault, "varmuuskopioon")
    good = write_backup(vault, vault.paths.backups / "daily-20261201.cdbackup")
    damaged = write_backup(vault, vault.paths.backups / "daily-20261202.cdbackup")
    raw = bytearray(damaged.read_bytes())
    raw[-3000:-2000] = b"\0" * 1000  # a page of the snapshot destroyed
    damaged.write_bytes(bytes(raw))
    (vault.paths.backups / "notes.cdbackup").write_bytes(b"not a backup at all")
    aside = data_dir / "replaced-20261201-101010"
    aside.mkdir()
    shutil.copy(data_dir / HEADER_NAME, aside / HEADER_NAME)  # a vault a restore set aside
    rotated = vault.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf())
    found = old_backups.find(vault, rotated.old_key_check)
    assert sorted(f.path.name for f in found) == sorted([good.name, damaged.name, aside.name])
    assert {f.path.name: f.reencryptable for f in found}[aside.name] is False
    done = old_backups.apply(vault, found, "reencrypt", rotated.old_key)
    assert done == {"reencrypted": 1, "deleted": 0, "kept": 1, "failed": 1}
    assert damaged.exists() and aside.exists()
    assert old_backups.find(vault, rotated.old_key_check) == [f for f in found if f.path != good]
    restore(good, tmp_path / "from-good", passphrase=NEW)
    done = old_backups.apply(vault, old_backups.find(vault, rotated.old_key_check), "delete", rotated.old_key)
    assert done["deleted"] == 2 and not damaged.exists() and not aside.exists()
