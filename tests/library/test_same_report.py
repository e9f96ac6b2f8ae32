"""One report in several files (TXT, DOCX, a copy with other spacing or bold markers) is one entry:
listed once with its files, searched, charted and counted once, opened from its text layer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shigu_gui.library import Library, add_paths
from shigu_gui.library.records import format_of, format_rank
from shigu_gui.library.segments import bigram_likeness
from shigu_gui.model import load_report
from shigu_gui.model.folded import bare_text, report_key
from tests.conftest import CORPUS

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not present")

_BODY = ("各位代表：\n一、过去一年工作回顾\n全市地区生产总值增长{g}%，新质生产力加快发展。\n"
         "二、今年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。发展新质生产力，推动高质量发展。\n"
         "{extra}\n")


_MORE = "".join(f"第{n}项：推进城市更新和产业升级，扩大有效投资，稳定就业。" for n in range(1, 40))


def _report(place: str, year: int, growth: str = "4.6", extra: str = _MORE) -> str:
    return f"{year}年{place}政府工作报告\n" + _BODY.format(g=growth, extra=extra)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(tmp_path / "data" / "library.sqlite3")
    yield lib
    lib.close()


def test_bare_text_and_key_ignore_spacing_punctuation_width_and_markers() -> None:
    text = _report("苏州市", 2024)
    copy = "**" + text.replace("\n", "\r\n\u3000\u3000").replace("，", ",").replace("5%", "５％") + "**"
    assert bare_text(copy) == bare_text(text)
    assert report_key(copy) == report_key(text)
    assert report_key(_report("苏州市", 2024, growth="4.7")) != report_key(text)
    assert bigram_likeness(copy, text) == 1.0
    assert bigram_likeness(_report("苏州市", 2024), "全然不同的另一篇文字") < 0.1


def test_formats_in_the_readers_order() -> None:
    paths = ["a/x.pdf", "a/x.HTML", "a/x.docx", "a/x.txt", "a/x.md"]
    assert [format_of(p) for p in paths] == ["pdf", "html", "docx", "txt", "md"]
    assert sorted(paths, key=format_rank) == ["a/x.txt", "a/x.docx", "a/x.HTML", "a/x.pdf", "a/x.md"]


def test_copies_in_other_spacing_and_encoding_are_one_entry(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    text = _report("苏州市", 2024)
    (folder / "b_suzhou.html").write_text(
        "<html><head><title>2024年苏州市政府工作报告</title></head><body>"
        + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>", encoding="utf-8")
    (folder / "a_suzhou.txt").write_text(text.replace("\n", "\r\n"), encoding="gb18030")
    (folder / "c_suzhou_bold.txt").write_text(text.replace("一、过去一年工作回顾", "**一、过去一年工作回顾**"),
                                              encoding="utf-8")
    (folder / "wuxi.txt").write_text(_report("无锡市", 2024), encoding="utf-8")
    result = add_paths(library, [folder])
    assert not result.failed
    entries = library.report_entries()
    assert len(entries) == 2
    suzhou = next(e for e in entries if e.place == "苏州市")
    assert Path(suzhou.path).name == "a_suzhou.txt"  # the text layer first
    assert [Path(p).name for p in suzhou.files] == ["a_suzhou.txt", "c_suzhou_bold.txt", "b_suzhou.html"]
    assert suzhou.formats == ("txt", "html")
    assert suzhou.as_json()["formats"] == ["txt", "html"]
    # Search, trend and matrix count the report once, in the text it opens from.
    results = library.search("新质生产力")
    assert [(Path(r.path).name, r.count) for r in results] == [("a_suzhou.txt", 2), ("wuxi.txt", 2)]
    assert sum(p.count for p in library.trend("新质生产力")) == 4
    gdp = [c for c in library.matrix(("gdp",)) if c.kind == "target"]
    assert sorted(c.place for c in gdp) == ["无锡市", "苏州市"]
    # The per-file listing names the file each copy stands for.
    statuses = {Path(e.path).name: e.status for e in library.reports()}
    assert statuses["b_suzhou.html"] == f"duplicate: {folder / 'a_suzhou.txt'}"


def test_a_nearly_identical_copy_joins_and_a_different_report_does_not(library: Library, tmp_path: Path) -> None:
    long_extra = _MORE
    (tmp_path / "a.txt").write_text(_report("常州市", 2024, extra=long_extra), encoding="utf-8")
    # The same report with a typo: one character differs, the bare texts are not equal.
    (tmp_path / "b.txt").write_text(_report("常州市", 2024, extra=long_extra.replace("就业", "就叶", 1)),
                                    encoding="utf-8")
    # Another year's report of the same place, with the same words: another report.
    (tmp_path / "c.txt").write_text(_report("常州市", 2025, extra=long_extra), encoding="utf-8")
    add_paths(library, [tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"])
    entries = library.report_entries()
    assert sorted((e.year, len(e.files)) for e in entries) == [(2024, 2), (2025, 1)]


def test_the_report_stays_when_the_file_it_opens_from_goes(library: Library, tmp_path: Path) -> None:
    text = _report("南通市", 2024)
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    (tmp_path / "r.html").write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines())
                                     + "</body></html>", encoding="utf-8")
    add_paths(library, [tmp_path])
    assert [Path(e.path).name for e in library.report_entries()] == ["r.txt"]
    os.unlink(tmp_path / "r.txt")
    entries = library.report_entries()
    assert [(Path(e.path).name, e.status) for e in entries] == [("r.html", "ok")]
    assert [Path(r.path).name for r in library.search("新质生产力")] == ["r.html"]
    library.remove(str(tmp_path / "r.txt"))  # its document goes; the copy keeps the report
    assert [(Path(e.path).name, len(e.files)) for e in library.report_entries()] == [("r.html", 1)]
    (tmp_path / "r2.txt").write_text(text, encoding="utf-8")
    add_paths(library, [tmp_path / "r2.txt"])
    assert [Path(e.path).name for e in library.report_entries()] == ["r2.txt"]
    assert library.stats()["reports"] == 1


@needs_corpus
def test_the_corpus_2025_provinces_in_two_formats_are_four_reports(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(CORPUS.glob("2025_province_*")):
        if path.suffix in (".txt", ".docx"):
            (folder / path.name).symlink_to(path)
    add_paths(library, [folder])
    entries = library.report_entries()
    assert len(entries) == 4
    assert sum(len(e.files) for e in entries) == len(list(folder.iterdir()))  # the bold-marked copy is with 广东
    assert all({"txt", "docx"} <= set(e.formats) for e in entries)
    for term in ("新质生产力", "发展", "高质量发展"):
        results = library.search(term)
        assert len(results) == 4
        for result in results:
            assert result.count == load_report(Path(result.path)).text.count(term)
    assert len({p.place for p in library.trend("新质生产力")}) == len(library.trend("新质生产力")) == 4
    gdp_targets = [c for c in library.matrix(("gdp",)) if c.kind == "target"]
    assert len(gdp_targets) == len({c.place for c in gdp_targets}) == 4


def test_cli_list_json_gives_each_report_once_with_its_files(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from shigu_gui.library.cli import main

    text = _report("扬州市", 2024)
    (tmp_path / "y.html").write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines())
                                     + "</body></html>", encoding="utf-8")
    (tmp_path / "y.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--db", db, "add", str(tmp_path / "y.html"), str(tmp_path / "y.txt")]) == 0
    capsys.readouterr()
    assert main(["--db", db, "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(Path(r["path"]).name, r["formats"], [Path(p).name for p in r["files"]]) for r in listed] == \
        [("y.txt", ["txt", "html"], ["y.txt", "y.html"])]


def test_a_copy_keeps_its_report_when_another_path_rereads_the_same_bytes(library: Library, tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "r.txt").write_text(_report("镇江市", 2024), encoding="utf-8")
    add_paths(library, [tmp_path / "one"])
    library.fingerprint += "+newer parser"  # the next add reads the bytes again and replaces the document
    add_paths(library, [tmp_path / "two"])
    entries = library.report_entries()
    assert [(e.place, len(e.files), e.status) for e in entries] == [("镇江市", 2, "ok")]
