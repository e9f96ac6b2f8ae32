"""`shigu-gui library …` as scripts run it: the JSON shapes, CSV, exit codes, no Qt."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "SHIGU_GUI_DATA": str(tmp_path / "data")}


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "shigu_gui", "library", *args], capture_output=True,
                          check=False, env=env)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    text = "2024年苏州市政府工作报告\n各位代表：\n一、2023年工作回顾\n地区生产总值增长4.6%，发展。\n"
    (folder / "b.txt").write_text(text, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"")
    return folder


def test_add_list_search_matrix_trend_shapes(env: dict[str, str], folder: Path) -> None:
    added = run(env, "add", str(folder))
    assert added.returncode == 1  # one file failed
    summary = json.loads(added.stdout)
    assert summary["added"] == 2 and summary["failed"][0]["path"].endswith("bad.txt")
    assert (Path(env["SHIGU_GUI_DATA"]) / "library.sqlite3").is_file()

    listing = json.loads(run(env, "list", "--json").stdout)
    assert all(set(r) == {"path", "title", "year", "place", "level", "sections", "status", "files", "formats"}
               for r in listing)
    by_name = {Path(r["path"]).name: r for r in listing}
    assert by_name["b.txt"]["place"] == "苏州市" and by_name["b.txt"]["year"] == 2024
    assert by_name["a.txt"]["level"] == "county"
    assert by_name["bad.txt"]["status"].startswith("failed: ")

    found = json.loads(run(env, "search", "发展", "--json").stdout)
    assert [set(r) for r in found] == [{"path", "title", "count", "hits"}] * 2
    assert found[0]["count"] >= found[1]["count"]
    assert found[0]["count"] == SEED.read_text(encoding="utf-8").count("发展")
    assert set(found[0]["hits"][0]) == {"section", "snippet", "offset"}

    matrix = json.loads(run(env, "matrix", "--json").stdout)
    keys = {"path", "year", "place", "indicator", "label", "kind", "value", "unit", "growth", "qualifier",
            "sentence", "describes"}
    assert matrix and all(set(r) == keys for r in matrix)
    # each figure with the year it describes: an actual the year before the report's, here
    assert {r["describes"] for r in matrix if r["kind"] == "actual" and r["year"] == 2019} == {2018}
    assert {r["kind"] for r in matrix} == {"actual", "target"}
    rows = list(csv.DictReader(io.StringIO(run(env, "matrix", "--csv").stdout.decode("utf-8"))))
    assert len(rows) == len(matrix) and set(rows[0]) == keys

    targets = json.loads(run(env, "targets", "--json").stdout)
    assert targets and all(set(r) == keys and r["kind"] == "target" for r in targets)
    lines = run(env, "targets").stdout.decode("utf-8").splitlines()
    assert len(lines) == len(targets) and lines[0].startswith("2019\t")

    trend = json.loads(run(env, "trend", "发展", "--json").stdout)
    assert [set(p) for p in trend] == [{"path", "year", "place", "count", "chars"}] * 2
    assert [p["year"] for p in trend] == [2019, 2024]

    again = json.loads(run(env, "add", str(folder / "a.txt")).stdout)
    assert (again["added"], again["skipped"]) == (0, 1)


def test_missing_report_is_listed_as_missing(env: dict[str, str], folder: Path) -> None:
    run(env, "add", str(folder / "a.txt"))
    (folder / "a.txt").unlink()
    [entry] = json.loads(run(env, "list", "--json").stdout)
    assert entry["status"] == "missing"
    assert json.loads(run(env, "search", "发展", "--json").stdout) == []


def test_damaged_library_gives_one_message_and_works(env: dict[str, str], folder: Path) -> None:
    data = Path(env["SHIGU_GUI_DATA"])
    data.mkdir()
    (data / "library.sqlite3").write_bytes(b"SQLite format 3\x00" + b"garbage" * 500)
    result = run(env, "list", "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == []
    assert result.stderr.decode("utf-8").count("\n") == 1 and "damaged" in result.stderr.decode("utf-8")


def test_library_never_imports_qt(env: dict[str, str], folder: Path) -> None:
    code = ("import sys; from shigu_gui.cli import main; main(['library', 'add', sys.argv[1]]);"
            "main(['library', 'search', '发展', '--json']); main(['library', 'matrix', '--csv']);"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'numpy', 'shiboken'))];"
            "print('LOADED', bad, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, str(folder / "a.txt")], capture_output=True, text=True,
                            env=env, check=False)
    assert "LOADED []" in result.stderr


def test_usage_error_exits_2(env: dict[str, str]) -> None:
    assert run(env, "matrix", "--indicator", "nonsense").returncode == 2
    assert run(env).returncode == 2


def test_search_and_trend_narrowed_and_per_ten_thousand(env: dict[str, str], folder: Path) -> None:
    run(env, "add", str(folder))
    everywhere = json.loads(run(env, "search", "发展", "--json").stdout)
    assert len(everywhere) == 2
    suzhou = json.loads(run(env, "search", "发展", "--place", "苏州", "--level", "city", "--years", "2020-2025",
                            "--json").stdout)
    assert [Path(r["path"]).name for r in suzhou] == ["b.txt"]
    assert json.loads(run(env, "search", "发展", "--years", "2030-", "--json").stdout) == []
    trend = json.loads(run(env, "trend", "发展", "--per", "10000", "--place", "苏州", "--json").stdout)
    assert [(p["count"], p["per"]) for p in trend] == [(1, 10000)]
    assert trend[0]["rate"] == round(10000 / trend[0]["chars"], 4)
    bad = run(env, "trend", "发展", "--years", "2025-2020")
    assert bad.returncode == 2 and "年份范围" in bad.stderr.decode("utf-8")
