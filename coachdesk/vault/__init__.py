"""Qt-free encrypted storage: keys, SQLCipher engine, schema, store, backups, keychain.

Import the submodules you need (``coachdesk.vault.vault``, ``coachdesk.vault.store`` ...);
this package imports nothing heavy on its own.
"""
