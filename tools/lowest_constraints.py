"""Print pip constraints pinning every direct dependency (and the test extra) to the lowest version
pyproject.toml allows: its `>=` bound. pip has no lowest resolution (uv's --resolution
lowest-direct); `pip install -c FILE -e '.[test]'` with this file does the same for the direct
dependencies. Used by `make test-lowest`."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_ARRAY = r"^{key}\s*=\s*\[(.*?)^\]"
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*([^;]*?)\s*(?:;\s*(.+))?$")


def requirements(pyproject: str, key: str) -> list[str]:
    """The strings of the array `key = [...]` (one per line, as this project writes them)."""
    found = re.search(_ARRAY.format(key=re.escape(key)), pyproject, re.MULTILINE | re.DOTALL)
    if not found:
        return []
    body = "\n".join(line for line in found.group(1).splitlines() if not line.strip().startswith("#"))
    return re.findall(r'"([^"]+)"', body)


def lowest(requirement: str) -> str | None:
    """'numpy>=2.2' → 'numpy==2.2'; the marker kept; None when there is no lower bound."""
    match = _REQUIREMENT.match(requirement)
    if not match:
        return None
    name, spec, marker = match.groups()
    bound = re.search(r">=\s*([^,\s]+)", spec)
    if not bound:
        return None
    return f"{name}=={bound.group(1)}" + (f"; {marker}" if marker else "")


def main() -> int:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for requirement in requirements(pyproject, "dependencies") + requirements(pyproject, "test"):
        pinned = lowest(requirement)
        if pinned:
            sys.stdout.write(pinned + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
