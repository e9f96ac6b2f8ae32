"""`--dump` of a report cut in the middle of a character: read, its notice in the JSON and on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED


def test_dump_of_a_cut_report_reads_it_and_gives_the_notice(tmp_path: Path) -> None:
    data = SEED.read_bytes()
    cut = tmp_path / "cut.txt"
    cut.write_bytes(data[: len(data.rstrip()) - 1])  # the last character's last byte is lost
    result = subprocess.run([sys.executable, "-m", "shigu_gui", "--dump", "outline", str(cut)],
                            capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    outline = json.loads(result.stdout)
    [notice] = outline["notices"]
    assert "1 处" in notice and "1 damaged place" in notice
    assert result.stderr.decode("utf-8").strip() == notice
