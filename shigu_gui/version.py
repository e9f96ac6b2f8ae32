"""The program's version: pyproject.toml's `version` is its one source. An installed copy (a wheel,
an editable install, the bundle, which carries the package's metadata) reads it from the package
metadata; a source tree run without installing reads pyproject.toml itself."""

from __future__ import annotations

import re
from pathlib import Path

DISTRIBUTION = "shigu-gui"
# The application's id on the desktop: the .desktop and metainfo files' names, the icons' name and
# QGuiApplication.desktopFileName. Reverse DNS in the form Flathub gives a project hosted on a code
# forge without a domain of its own (io.github.OWNER.App, the owner's "-" written "_").
APP_ID = "io.github.shigu_gui.ShiguGui"
UNKNOWN = "0+unknown"
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version(DISTRIBUTION)
    except PackageNotFoundError:
        return source_version(_PYPROJECT) or UNKNOWN


def source_version(pyproject: Path) -> str | None:
    """The `version` of the [project] table (read without tomllib, which Python 3.10 lacks)."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return None
    project = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    found = project and re.search(r'^version\s*=\s*"([^"]+)"', project.group(1), re.MULTILINE)
    return found.group(1) if found else None
