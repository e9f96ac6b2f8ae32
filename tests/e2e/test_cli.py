"""The command line as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "shigu_gui", *args], capture_output=True, check=False)


def test_dump_outline_is_utf8_json() -> None:
    result = run("--dump", "outline")
    assert result.returncode == 0
    data = json.loads(result.stdout.decode("utf-8"))
    assert data["title"] == "石鼓区2019年政府工作报告"
    assert "二、" in result.stdout.decode("utf-8")  # not \\u-escaped
    assert [s["number"] for s in data["sections"]][:2] == ["一、", "二、"]
    assert set(data["sections"][0]) == {"title", "number", "level", "start", "end", "children"}


def test_dump_glossary_and_indicators() -> None:
    glossary = json.loads(run("--dump", "glossary").stdout)
    assert len(glossary) == 12
    assert {"number", "term", "page", "definition", "occurrences"} <= set(glossary[0])
    indicators = json.loads(run("--dump", "indicators").stdout)
    gdp = next(i for i in indicators if i["name"] == "地区生产总值" and i["kind"] == "actual")
    assert (gdp["value"], gdp["unit"], gdp["growth"]) == (175.6, "亿元", 9.0)


def test_dump_of_another_file(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("各位代表：\n一、2019年工作回顾\n地区生产总值增长6%。\n", encoding="gbk")
    data = json.loads(run("--dump", "outline", str(report)).stdout)
    assert data["sections"][0]["title"] == "2019年工作回顾"


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for target in (str(tmp_path / "missing.txt"), str(empty)):
        result = run("--dump", "outline", target)
        assert result.returncode == 2
        lines = result.stderr.decode("utf-8").strip().splitlines()
        assert len(lines) == 1
        assert "Traceback" not in result.stderr.decode("utf-8")


def test_dump_kinds_match_the_dumpers() -> None:
    from shigu_gui.cli import DUMP_KINDS
    from shigu_gui.model.dump import DUMPS

    assert sorted(DUMPS) == sorted(DUMP_KINDS)


def test_a_bad_file_for_the_window_is_one_line(tmp_path: Path) -> None:
    import os

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "shigu_gui", str(bad), "--screenshot", str(tmp_path / "x.png")],
                            capture_output=True, check=False, env=env)
    assert result.returncode == 2
    assert len(result.stderr.decode("utf-8").strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists()


def test_a_fifo_is_one_line_and_exit_2_at_once(tmp_path: Path) -> None:
    import os

    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    # Before the fix the reader waited for a writer for ever: the timeout fails the test instead.
    result = subprocess.run([sys.executable, "-m", "shigu_gui", "--dump", "outline", str(fifo)],
                            capture_output=True, check=False, timeout=10)
    assert result.returncode == 2
    assert len(result.stderr.decode("utf-8").strip().splitlines()) == 1


def test_the_window_opens_when_the_cache_folder_is_a_file(tmp_path: Path) -> None:
    import os

    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("")
    env = {key: value for key, value in os.environ.items() if not key.startswith("SHIGU_GUI_")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(blocker), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "shigu_gui", "--screenshot", str(out)], env=env,
                            capture_output=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert out.stat().st_size > 10_000


def test_a_plain_open_reads_as_the_parser_reads_it() -> None:
    """A double-click (no arguments) or `shigu-gui FILE` skips building the parser, with the same
    answer; anything else is the parser's."""
    from shigu_gui.cli import _plain_open, build_parser

    for argv in ([], ["报告.txt"], ["/tmp/a b/2019 报告.docx"]):
        assert _plain_open(argv) == build_parser().parse_args(argv), argv
    for argv in (["--lang", "en"], ["-h"], ["a.txt", "--screenshot", "x.png"], ["-"], [""]):
        assert _plain_open(argv) is None, argv
