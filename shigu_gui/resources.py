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


def inside_package(path: Path) -> bool:
    """Whether a path is in the installed package or its bundled files: the bundled report, not one
    of the user's; no folder for the user's dialogs to start in."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        return False
    return any(resolved == root or root in resolved.parents for root in (_PACKAGE, resource_dir().resolve()))
