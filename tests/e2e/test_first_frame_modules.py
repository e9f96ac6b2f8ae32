"""The first-frame modules: the ones a start runs before the window's first picture (the report
taken from the cache, as on every start but the first). Start-up measures belong there only: code
compiled or imported on first use to save milliseconds, comments on the cost of the start. Every
other module is written plainly; this list is the one place that says which is which."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

FIRST_FRAME = frozenset({
    "shigu_gui", "shigu_gui.cli", "shigu_gui.paths", "shigu_gui.resources", "shigu_gui.sqlite_file",
    "shigu_gui.store", "shigu_gui.store.database", "shigu_gui.store.keys", "shigu_gui.store.marks",
    "shigu_gui.store.positions", "shigu_gui.store.recent", "shigu_gui.version",
    "shigu_gui.model", "shigu_gui.model.cache", "shigu_gui.model.decode", "shigu_gui.model.document",
    "shigu_gui.model.errors", "shigu_gui.model.folded", "shigu_gui.model.formats", "shigu_gui.model.navigation",
    "shigu_gui.model.reading",
    "shigu_gui.ui", "shigu_gui.ui.app", "shigu_gui.ui.collector", "shigu_gui.ui.errors", "shigu_gui.ui.fonts",
    "shigu_gui.ui.loader", "shigu_gui.ui.main_window", "shigu_gui.ui.navigation", "shigu_gui.ui.plain",
    "shigu_gui.ui.platform_check", "shigu_gui.ui.position", "shigu_gui.ui.preferences", "shigu_gui.ui.qt_names",
    "shigu_gui.ui.reading_status", "shigu_gui.ui.room", "shigu_gui.ui.session", "shigu_gui.ui.settings",
    "shigu_gui.ui.skeleton", "shigu_gui.ui.staged_start", "shigu_gui.ui.tabs", "shigu_gui.ui.term_links",
    "shigu_gui.ui.text_document", "shigu_gui.ui.text_overlays", "shigu_gui.ui.text_view", "shigu_gui.ui.theme",
    "shigu_gui.ui.window_layout",
})

# Words that say a piece of code is shaped by the start's cost.
START_UP_TALK = re.compile(r"callgrind|first paint|first picture|start-up|startup|of the start\b|at every start",
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
    assert loaded <= FIRST_FRAME, sorted(loaded - FIRST_FRAME)


def test_start_up_measures_are_talked_about_only_in_the_first_frame_modules() -> None:
    """The model, the library, the store and the command line (the ui's panes are their own issue)."""
    talking = set()
    for path in sorted((ROOT / "shigu_gui").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        if module.startswith("shigu_gui.ui"):
            continue
        if START_UP_TALK.search(path.read_text(encoding="utf-8")):
            talking.add(module)
    assert talking <= FIRST_FRAME, sorted(talking - FIRST_FRAME)
