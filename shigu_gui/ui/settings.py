"""All persistent state in one place. Tests point it at their own file (SHIGU_GUI_SETTINGS)."""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "shigu_gui"
APPLICATION = "shigu-gui"
ENV_PATH = "SHIGU_GUI_SETTINGS"
_log = logging.getLogger(__name__)


class Settings:
    def __init__(self, path: str | None = None) -> None:
        path = path or os.environ.get(ENV_PATH)
        if path:
            self._q = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    def file_name(self) -> str:
        return self._q.fileName()

    def _get(self, key: str, default: Any) -> Any:
        return self._q.value(key, default)

    def get_bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) else None

    def set(self, key: str, value: Any) -> None:
        self._q.setValue(key, value)

    def get_int(self, key: str, default: int) -> int:
        try:
            return int(self._get(key, default))
        except (TypeError, ValueError):
            return default

    def get_bool(self, key: str, default: bool) -> bool:
        value = self._get(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    def get_str(self, key: str, default: str) -> str:
        value = self._get(key, default)
        return value if isinstance(value, str) else default

    def get_int_list(self, key: str) -> list[int]:
        value = self._get(key, [])
        if isinstance(value, str):
            value = [value]
        try:
            return [int(v) for v in value or []]
        except (TypeError, ValueError):
            return []

    def sync(self) -> None:
        """Write to disk; a settings file that cannot be written is logged, never raised: the
        reader goes on with the values it has (QSettings itself never throws)."""
        self._q.sync()
        if self._q.status() != QSettings.Status.NoError:
            _log.warning("settings not saved to %s: %s", self._q.fileName(), self._q.status().name)
