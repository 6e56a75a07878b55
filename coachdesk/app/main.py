"""Start-up of the desktop app: QApplication and the lock screen first, everything heavy later."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(data_dir: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QListWidget, QMessageBox

    from coachdesk.paths import default_data_dir

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CoachDesk")
    folder = Path(data_dir) if data_dir else default_data_dir()
    from coachdesk.errors import CoachDeskError
    from coachdesk.vault.vault import Vault

    while True:
        passphrase, ok = QInputDialog.getText(None, "CoachDesk", "Passphrase:", QLineEdit.EchoMode.Password)
        if not ok:
            return 0
        try:
            vault = Vault.open(folder, passphrase)
            break
        except CoachDeskError as err:
            QMessageBox.warning(None, "CoachDesk", str(err))
    window = QListWidget()
    window.setWindowTitle("CoachDesk")
    window.addItems([f"{c.code}  {c.pseudonym}" for c in vault.store.list_cases()])
    window.resize(640, 480)
    window.show()
    try:
        return app.exec()
    finally:
        vault.close()
