"""Help → About CoachDesk: version, the app's own terms, and the third-party notices from NOTICE.

NOTICE lives at the resource root: the repository root in a checkout, ``sys._MEIPASS`` in the
bundle (build_installer.spec copies it there, with the licence texts in ``licenses/``).
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk import __version__
from coachdesk.paths import resource_root, resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def notice_path() -> Path:
    return resource_root() / "NOTICE"


def licenses_dir() -> Path:
    """Full licence texts: ``licenses/`` in the bundle, resources/packaging/licenses in a checkout."""
    bundled = resource_root() / "licenses"
    return bundled if bundled.is_dir() else resources_dir() / "packaging" / "licenses"


def notice_text() -> str | None:
    """The third-party notices, or None when the NOTICE file is missing (a broken install)."""
    try:
        return notice_path().read_text(encoding="utf-8")
    except OSError:
        return None


def app_icon() -> QIcon:
    """The CoachDesk icon in every size shipped (resources/icons/app)."""
    icon = QIcon()
    folder = resources_dir() / "icons" / "app"
    for size in ICON_SIZES:
        path = folder / f"coachdesk-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


def component_versions() -> list[tuple[str, str]]:
    """Versions worth quoting in a support request (no paths, nothing about the vault)."""
    return [
        ("CoachDesk", __version__),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("Python", platform.python_version()),
        (platform.system() or "OS", platform.release()),
    ]


class AboutDialog(QDialog):
    """Version and licences. Tabs: About, Third-party notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CoachDesk"))
        self.setWindowIcon(app_icon())
        self.resize(760, 560)
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        self.icon_label = QLabel()
        self.icon_label.setPixmap(self._icon_pixmap(64))
        header.addWidget(self.icon_label)
        title_box = QVBoxLayout()
        self.title_label = QLabel(f"CoachDesk {__version__}")
        self.title_label.setObjectName("pageTitle")
        subtitle = QLabel(self.tr("The private, encrypted desk of a work-ability coach. "
                                  "Everything stays on this computer."))
        subtitle.setWordWrap(True)
        title_box.addWidget(self.title_label)
        title_box.addWidget(subtitle)
        header.addLayout(title_box, 1)
        layout.addLayout(header)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), self.tr("About"))
        self.tabs.addTab(self._notices_tab(), self.tr("Third-party notices"))
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licenses_button = QPushButton(self.tr("Open licence texts"))
        self.licenses_button.setAutoDefault(False)
        self.licenses_button.setEnabled(licenses_dir().is_dir())
        self.licenses_button.clicked.connect(self.open_licenses)
        buttons.addButton(self.licenses_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout.addWidget(buttons)

    def _icon_pixmap(self, size: int) -> QPixmap:
        return app_icon().pixmap(size, size)

    def _about_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        text = QLabel(
            self.tr(
                "CoachDesk keeps anonymised cases, session notes, goals and reflections in an encrypted "
                "vault (SQLCipher) on this computer. Nothing is sent anywhere unless you send it, and you "
                "see every byte before it leaves."
            )
        )
        text.setWordWrap(True)
        box.addWidget(text)
        credits = QLabel(
            self.tr(
                "Built with Qt and Qt for Python (PySide6), used under the GNU LGPL version 3, "
                "SQLCipher, SQLAlchemy, Alembic, cryptography, keyring, httpx and other open-source "
                "software. Contains name data from the Digital and Population Data Services Agency "
                "(DVV), CC BY 4.0. See Third-party notices for all licences."
            )
        )
        credits.setWordWrap(True)
        box.addWidget(credits)
        self.versions_label = QLabel("\n".join(f"{name} {version}" for name, version in component_versions()))
        self.versions_label.setTextInteractionFlags(self.versions_label.textInteractionFlags().TextSelectableByMouse)
        box.addWidget(self.versions_label)
        box.addStretch(1)
        return page

    def _notices_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.notices = QPlainTextEdit()
        self.notices.setReadOnly(True)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        text = notice_text()
        if text is None:
            text = self.tr("The NOTICE file is missing from this installation (%1). "
                           "Please reinstall CoachDesk.").replace("%1", str(notice_path()))
        self.notices.setPlainText(text)
        box.addWidget(self.notices)
        return page

    def open_licenses(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(licenses_dir())))


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog (modal to ``parent``) and return it."""
    dialog = AboutDialog(parent)
    dialog.open()
    return dialog
