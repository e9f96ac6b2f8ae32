"""The README promises what the project does: its key table is the action table's."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_key_table_is_generated_from_the_actions(qtbot) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from readme_keys import readme_with_table
    finally:
        sys.path.pop(0)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_with_table(readme) == readme, "run: .venv/bin/python tools/readme_keys.py --write"


def test_readme_gives_the_two_commands_and_the_pictures_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    for picture in ("docs/reading.png", "docs/charts.png"):
        assert picture in readme
        assert (ROOT / picture).stat().st_size > 10_000


def test_desktop_file_is_complete() -> None:
    from shigu_gui.version import APP_ID

    desktop = (ROOT / "resources" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    for line in ("Type=Application", "Exec=shigu-gui %f", f"Icon={APP_ID}", "MimeType=text/plain;application/pdf;"):
        assert line in desktop
    assert (ROOT / "resources" / "icons" / "shigu-gui.svg").read_text(encoding="utf-8").startswith("<svg")
