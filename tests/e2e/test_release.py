"""What a user quotes and a packager installs: the version, the changelog, the installed files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from shigu_gui.version import version

ROOT = Path(__file__).resolve().parents[2]


def test_version_option_prints_the_version_without_loading_qt() -> None:
    code = ("import sys\nfrom shigu_gui.cli import main\ntry:\n    main(['--version'])\n"
            "except SystemExit as exc:\n    assert exc.code in (0, None), exc.code\n"
            "assert not any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == f"shigu-gui {version()}\n"


def test_the_changelog_has_an_entry_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Keep a Changelog" in changelog and "## [Unreleased]" in changelog
    assert re.search(rf"^## \[{re.escape(version())}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.MULTILINE)
