"""`shigu-gui compare OLD NEW` as scripts run it: the JSON shape, Markdown, CSV, exit codes, no Qt."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from shigu_gui.cli import main
from tests.conftest import CORPUS, SEED

PAIR = (CORPUS / "2025_province_江苏.txt", CORPUS / "2025_province_江苏.docx")
needs_pair = pytest.mark.skipif(not all(p.is_file() for p in PAIR), reason="../shared/corpus is not present")


def _run(capfdbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, str, str]:
    code = main(["compare", *map(str, args)])
    out, err = capfdbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


@needs_pair
def test_a_report_against_itself_in_another_format_shows_no_change(capfdbinary) -> None:
    code, out, err = _run(capfdbinary, *PAIR, "--json")
    assert code == 0 and err == ""
    got = json.loads(out)
    assert got["old"] == got["new"] and got["new"]["year"] == 2025 and got["new"]["place"] == "江苏省"
    assert got["sections"] and all(s["old"] == s["new"] and s["similarity"] == 1.0 for s in got["sections"])
    assert got["phrases"] == {"new": [], "dropped": [], "rising": [], "falling": []}
    for row in got["targets"]:
        assert row["old_actual"] is None or row["met"] is not None or row["old_target"] is None
        assert set(row) == {"indicator", "label", "old_target", "old_actual", "new_target", "met"}
    assert any(row["indicator"] == "gdp" and row["new_target"] == row["old_target"] for row in got["targets"])


def test_markdown_and_csv_cite_their_sentences(capfdbinary, tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_text("2023年某市政府工作报告\n一、工作回顾\n地区生产总值增长5%。\n二、今年目标\n"
                   "今年主要预期目标是：地区生产总值增长5.5%左右。推进改革开放，推进改革开放。\n", encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text("2024年某市政府工作报告\n一、工作回顾\n地区生产总值增长5.6%。\n二、今年目标\n"
                   "今年主要预期目标是：地区生产总值增长5%左右。发展新质生产力，发展新质生产力。\n", encoding="utf-8")
    code, out, _ = _run(capfdbinary, old, new, "--md")
    assert code == 0
    assert "| 地区生产总值 | 增长5.5%左右[^1] | 增长5.6%[^2] | 增长5%左右[^3] | 是 | 下调 |" in out
    assert "[^1]: 2023年某市政府工作报告：今年主要预期目标是：地区生产总值增长5.5%左右。" in out
    assert "新质生产力" in out
    code, out, _ = _run(capfdbinary, old, new, "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    gdp = next(r for r in rows if r["indicator"] == "gdp")
    assert (gdp["old_target"], gdp["old_actual"], gdp["new_target"], gdp["met"]) == ("增长5.5%左右", "增长5.6%",
                                                                                   "增长5%左右", "是")
    fresh = [r for r in rows if r["table"] == "new"]
    assert fresh and all(r["phrase"] in r["new_sentence"] and r["old_sentence"] == "" for r in fresh)


@pytest.mark.parametrize("args", [["missing.txt", str(SEED)], [str(SEED)], [], ["--bogus", str(SEED), str(SEED)]])
def test_bad_input_is_one_line_and_exit_2(capfdbinary, tmp_path: Path, monkeypatch, args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    try:
        code, out, err = _run(capfdbinary, *args)
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
        out, err = (b.decode("utf-8") for b in capfdbinary.readouterr())
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("shigu-gui")


def test_a_file_that_is_no_report_is_one_message(capfdbinary, tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02" * 50)
    code, out, err = _run(capfdbinary, junk, SEED)
    assert code == 2 and out == "" and err.count("\n") == 1


def test_compare_never_imports_qt(tmp_path: Path) -> None:
    code = ("import sys; from shigu_gui.cli import main; main(['compare', sys.argv[1], sys.argv[1]]);"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'numpy', 'shiboken'))];"
            "print('LOADED', bad, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, check=False)
    assert "LOADED []" in result.stderr
