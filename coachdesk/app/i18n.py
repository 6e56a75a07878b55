"""Languages: Qt translators for CoachDesk (resources/translations/*.qm) and Qt's own strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from coachdesk.paths import resources_dir

LANGUAGES = ("fi", "en", "sv")
LANGUAGE_NAMES = (("fi", "Suomi"), ("en", "English"), ("sv", "Svenska"))  # each named in itself, never translated
DEFAULT_LANGUAGE = "fi"
_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


class _Notifier(QObject):
    changed = Signal(str)


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """``notifier().changed(lang)`` fires after a language switch. Start-up windows use it instead of
    changeEvent, which would make PySide6 build its large QEvent.Type enum before the first paint."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def translations_dir():
    return resources_dir() / "translations"


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def install_language(lang: str) -> str:
    """Install translators for ``lang`` (replacing earlier ones); returns the language used.

    Widgets get a LanguageChange event and re-translate themselves.
    """
    global _current
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"coachdesk_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    changed = lang != _current
    _current = lang
    QLocale.setDefault(QLocale(f"{lang}_FI" if lang in ("fi", "sv") else "en_GB"))
    if changed or _installed:
        notifier().changed.emit(lang)
    return lang


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (module-level labels); lupdate sees QCoreApplication.translate."""
    return QCoreApplication.translate(context, text)
