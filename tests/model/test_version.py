"""The version has one source, pyproject.toml; the package metadata and a source tree agree on it."""

from __future__ import annotations

import re
from pathlib import Path

from shigu_gui.resources import resource_path
from shigu_gui.version import source_version, version

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_is_pyproject_s() -> None:
    declared = source_version(ROOT / "pyproject.toml")
    assert declared and re.fullmatch(r"\d+\.\d+\.\d+", declared)
    assert version() == declared


def test_the_source_version_is_read_from_the_project_table_only(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.x]\nversion = "9.9.9"\n[project]\nname = "a"\nversion = "1.2.3"\n[tool.y]\n',
                         encoding="utf-8")
    assert source_version(pyproject) == "1.2.3"
    pyproject.write_text('[project]\nname = "a"\n[tool.x]\nversion = "9.9.9"\n', encoding="utf-8")
    assert source_version(pyproject) is None
    assert source_version(tmp_path / "missing.toml") is None


def test_every_licence_the_notices_name_is_there() -> None:
    notices = resource_path("licenses", "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8")
    named = set(re.findall(r"([\w.-]+\.txt)", notices))
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "Apache-2.0.txt", "numpy.txt", "pdfium.txt"} <= named
    for name in named:
        assert resource_path("licenses", name).is_file() or resource_path("fonts", name).is_file(), name
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
