"""Where the reader keeps the user's data; tests redirect it with SHIGU_GUI_DATA."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DATA = "SHIGU_GUI_DATA"
_ORG, _APP = "shigu_gui", "shigu-gui"


def data_dir() -> Path:
    """The same folder as Qt's QStandardPaths.AppDataLocation, found without importing Qt."""
    override = os.environ.get(ENV_DATA)
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / _ORG / _APP


def marks_db() -> Path:
    return data_dir() / "marks.sqlite3"


def cache_dir() -> Path:
    """Parsed reports (model/cache.py): the platform's cache folder, or beside SHIGU_GUI_DATA."""
    override = os.environ.get(ENV_DATA)
    if override:
        return Path(override) / "cache"
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / _ORG / _APP / "reports"


def library_db() -> Path:
    """The library of many reports (shigu_gui/library): an SQLite file beside the marks."""
    return data_dir() / "library.sqlite3"
