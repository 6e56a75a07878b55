"""UI preferences and window state in QSettings. Never note text or anything from the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

AUTO_LOCK_DEFAULT_MIN = 5
CLIPBOARD_CLEAR_DEFAULT_S = 30


class Prefs:
    """Typed access to the preferences; ``path`` points at an ini file (tests) or None (per user).

    A plain class, not a dataclass: importing dataclasses costs ~4 ms of the app's start-up."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        if self.path is None:
            self._s = QSettings("CoachDesk", "CoachDesk")
        else:
            self._s = QSettings(str(self.path), QSettings.Format.IniFormat)

    # preferences ---------------------------------------------------------------------------
    def _get(self, key: str, default, kind=str):
        value = self._s.value(key, default)
        try:
            if kind is bool:
                return value in (True, "true", "1", 1)
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        return self._get("ui/language", "")

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        return self._get("ui/theme", "system")

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("ui/theme", value)

    @property
    def system_dark(self) -> bool | None:
        """Whether the system was dark last time we asked (None: never asked). Used before the first
        paint, when asking Qt would cost start-up time (see theme.confirm_system_scheme)."""
        value = self._s.value("ui/system_dark")
        return None if value is None else value in (True, "true", "1", 1)

    @system_dark.setter
    def system_dark(self, value: bool) -> None:
        self._s.setValue("ui/system_dark", bool(value))

    @property
    def auto_lock_minutes(self) -> int:
        return self._get("security/auto_lock_minutes", AUTO_LOCK_DEFAULT_MIN, int)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self._s.setValue("security/auto_lock_minutes", int(value))

    @property
    def clipboard_clear_seconds(self) -> int:
        """0 = never clear."""
        return self._get("security/clipboard_clear_seconds", CLIPBOARD_CLEAR_DEFAULT_S, int)

    @clipboard_clear_seconds.setter
    def clipboard_clear_seconds(self, value: int) -> None:
        self._s.setValue("security/clipboard_clear_seconds", int(value))

    @property
    def quick_unlock(self) -> bool:
        return self._get("security/quick_unlock", False, bool)

    @quick_unlock.setter
    def quick_unlock(self, value: bool) -> None:
        self._s.setValue("security/quick_unlock", bool(value))

    @property
    def data_dir(self) -> str:
        return self._get("vault/data_dir", "")

    @data_dir.setter
    def data_dir(self, value: str) -> None:
        self._s.setValue("vault/data_dir", value)

    # window state ----------------------------------------------------------------------------
    def geometry(self, name: str) -> QByteArray | None:
        value = self._s.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self._s.sync()

    def keys(self) -> list[str]:
        return list(self._s.allKeys())
