"""`library add` of a folder holding a FIFO, a link to /dev/zero and a huge sparse file: it ends in
seconds, lists those three as failed and adds the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.library.test_reading_guards import hostile_folder, needs_specials


@needs_specials
def test_library_add_lists_special_files_as_failed_and_adds_the_rest(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    env = {**os.environ, "SHIGU_GUI_DATA": str(tmp_path / "data")}
    try:
        added = subprocess.run([sys.executable, "-m", "shigu_gui", "library", "add", str(folder)],
                               capture_output=True, check=False, env=env, timeout=30)
    except subprocess.TimeoutExpired:
        with open(folder / "a.txt", "wb"):  # a blocked open of the FIFO returns; the child ends
            pass
        raise
    assert added.returncode == 1, added.stderr  # some files failed
    summary = json.loads(added.stdout)
    assert summary["added"] == 2
    assert sorted(Path(f["path"]).name for f in summary["failed"]) == ["a.txt", "b.txt", "c.txt"]
