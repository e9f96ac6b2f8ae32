"""`shigu-gui library …` on a file that is busy, not ours, or not a file: one line, exit 2, the file
untouched; a listing while another command writes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEED


def run(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "shigu_gui", "library", *args], capture_output=True,
                          check=False, timeout=timeout)


def one_line(result: subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and err.count("\n") == 1 and err.startswith("shigu-gui: "), err
    assert result.stdout == b""
    return err


@pytest.mark.parametrize("command", [["list"], ["search", "发展"], ["add", str(SEED)], ["remove", str(SEED)]])
def test_a_file_that_is_not_a_library_is_an_error_and_left_untouched(tmp_path: Path, command: list[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("会议记录\n" * 100, encoding="utf-8")
    content = notes.read_bytes()
    assert "Not a library file" in one_line(run("--db", str(notes), *command))
    assert notes.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_another_programs_database_is_an_error_and_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)  # (its `with` commits but does not close: Python 3.13 warns)
    con.execute("CREATE TABLE things (x)")
    con.commit()
    con.close()
    content = other.read_bytes()
    assert "another program's" in one_line(run("--db", str(other), "list"))
    assert other.read_bytes() == content


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_the_library_is_an_error_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "library.sqlite3"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line(run("--db", str(fifo), "list", timeout=10))


def test_list_while_another_command_holds_the_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    assert run("--db", str(path), "add", str(SEED)).returncode == 0
    more = tmp_path / "more"
    more.mkdir()
    (more / "2024年某县政府工作报告.txt").write_text("2024年某县政府工作报告\n各位代表：\n一、工作回顾\n发展。\n",
                                               encoding="utf-8")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE files SET status = 'failed'")
    try:
        start = time.monotonic()
        listing = run("--db", str(path), "list")
        took = time.monotonic() - start
        add = subprocess.run(  # the busy timeout shortened, so that the test does not wait 10 s
            [sys.executable, "-c", "import sys; from shigu_gui.library import schema; schema.OPEN_TIMEOUT = 0.3; "
             "from shigu_gui.cli import main; sys.exit(main(sys.argv[1:]))",
             "library", "--db", str(path), "add", str(more)], capture_output=True, check=False, timeout=30)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert listing.returncode == 0 and listing.stderr == b""
    assert b"\tok\t" in listing.stdout
    assert took < 5  # the busy timeout is 10 s: the listing did not wait for the writer
    assert "another window or command" in one_line(add)
    assert sorted(p.name for p in tmp_path.iterdir() if "damaged" in p.name) == []
