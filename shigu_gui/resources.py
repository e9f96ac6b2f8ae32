"""Every bundled file is found through here, in a source checkout and in an installed copy."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir() -> Path:
    installed = _PACKAGE / "resources"  # wheel: force-included beside the code
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"  # source checkout or editable install


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def bundled_report() -> Path:
    return resource_path("report.txt")
