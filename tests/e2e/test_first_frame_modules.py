"""The start path (shigu_gui.start_path): a start runs only its first-picture modules before the
window's first picture (the report taken from the cache, as on every start but the first), and only
the start path's modules talk about what the start costs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from shigu_gui.start_path import FIRST_PICTURE, START_PATH

ROOT = Path(__file__).resolve().parent.parent.parent

# Words that say a piece of code is shaped by the start's cost.
START_UP_TALK = re.compile(r"callgrind|first paint|first picture|first frame|start-up|startup|of the start\b"
                           r"|at every start|\binstructions\b",
                           re.IGNORECASE)


def modules_at_first_picture(tmp_path: Path) -> set[str]:
    """shigu_gui's modules loaded when the window has painted its first picture (the turn after it,
    before the window builds the rest), in a start that finds the report in the cache."""
    child = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from shigu_gui.ui.main_window import MainWindow\n"
        "def complete(window):\n"
        "    print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] == 'shigu_gui')))\n"
        "    QApplication.quit()\n"
        "MainWindow.complete = complete\n"
        "from shigu_gui.cli import main\n"
        "main([])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHIGU_GUI_DATA": str(tmp_path / "data"),
           "SHIGU_GUI_SETTINGS": str(tmp_path / "s.ini")}
    runs = [subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, timeout=60,
                           check=False) for _ in range(2)]  # the first parses the report and caches it
    assert runs[1].returncode == 0, runs[1].stderr
    # (the hook itself imported main_window, which the start imports before its first picture anyway)
    return set(runs[1].stdout.split())


def test_a_start_runs_only_the_first_frame_modules_before_its_first_picture(tmp_path: Path) -> None:
    loaded = modules_at_first_picture(tmp_path)
    assert "shigu_gui.model.document" in loaded  # the hook saw a real start
    assert loaded <= FIRST_PICTURE, sorted(loaded - FIRST_PICTURE)


def test_start_up_measures_are_talked_about_only_on_the_start_path() -> None:
    """Every module of the package, the ui's too; the list itself says what it is for."""
    talking = set()
    for path in sorted((ROOT / "shigu_gui").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        if module != "shigu_gui.start_path" and START_UP_TALK.search(path.read_text(encoding="utf-8")):
            talking.add(module)
    assert talking <= START_PATH, sorted(talking - START_PATH)
