"""The library without Qt: add, skip, re-add, missing, damaged file, duplicates, search counts."""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shigu_gui.library import Library, add_paths
from shigu_gui.library.schema import fts5_trigram_available
from shigu_gui.library.segments import segments_of
from shigu_gui.model import load_report
from shigu_gui.model.charts import stored_qualifier
from shigu_gui.model.meta import identity_of, place_in, place_level
from shigu_gui.model.vocabulary import headline_growth
from tests.conftest import CORPUS, SEED

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not present")


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(tmp_path / "data" / "library.sqlite3")
    yield lib
    lib.close()


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED, folder / "石鼓区2019.txt")
    (folder / "sub" / "2024年苏州市政府工作报告.txt").write_text(
        "2024年苏州市政府工作报告\n各位代表：\n一、2023年工作回顾\n全市地区生产总值增长4.6%。高质量发展，发展。\n"
        "二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。哈哈哈哈哈。2000万元\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "notes.md").write_text("not a report folder file", encoding="utf-8")
    return folder


def test_sqlite_has_fts5_trigram() -> None:
    assert sqlite3.sqlite_version_info >= (3, 34)
    assert fts5_trigram_available()


def test_add_a_folder_lists_every_file_with_year_place_and_failures(library: Library, reports: Path) -> None:
    result = add_paths(library, [reports])
    assert len(result.added) == 2
    assert [Path(p).name for p, _ in result.failed] == ["broken.txt"]
    assert "NUL" in result.failed[0][1]
    entries = {Path(e.path).name: e for e in library.reports()}
    assert set(entries) == {"石鼓区2019.txt", "2024年苏州市政府工作报告.txt", "broken.txt"}  # .md is no report
    suzhou = entries["2024年苏州市政府工作报告.txt"]
    assert (suzhou.year, suzhou.place, suzhou.level, suzhou.status) == (2024, "苏州市", "city", "ok")
    shigu = entries["石鼓区2019.txt"]
    assert (shigu.year, shigu.place, shigu.level) == (2019, "石鼓区", "county")
    assert entries["broken.txt"].status.startswith("failed: ")


def test_re_adding_skips_unchanged_and_reindexes_changed(library: Library, reports: Path) -> None:
    add_paths(library, [reports])
    again = add_paths(library, [reports])
    assert again.added == [] and len(again.skipped) == 3  # the failed file too: same bytes, same parser
    suzhou = reports / "sub" / "2024年苏州市政府工作报告.txt"
    os.utime(suzhou, ns=(1, 1))  # touched, not changed: hashed, still skipped
    assert len(add_paths(library, [suzhou]).skipped) == 1
    suzhou.write_text(suzhou.read_text(encoding="utf-8") + "新质生产力。\n", encoding="utf-8")
    changed = add_paths(library, [suzhou])
    assert changed.added == [str(suzhou)]
    assert [r.count for r in library.search("新质生产力")] == [1]
    assert library.stats()["docs"] == 2  # the old version's document is gone


def test_deleted_report_is_missing_not_an_error(library: Library, reports: Path) -> None:
    add_paths(library, [reports])
    (reports / "石鼓区2019.txt").unlink()
    entry = next(e for e in library.reports() if e.path.endswith("石鼓区2019.txt"))
    assert entry.status == "missing"
    assert all(not r.path.endswith("石鼓区2019.txt") for r in library.search("发展"))
    shutil.copy(SEED, reports / "石鼓区2019.txt")
    add_paths(library, [reports / "石鼓区2019.txt"])
    entry = next(e for e in library.reports() if e.path.endswith("石鼓区2019.txt"))
    assert entry.status == "ok"


def test_duplicates_are_listed_and_counted_once(library: Library, reports: Path) -> None:
    shutil.copy(SEED, reports / "copy.txt")
    result = add_paths(library, [reports / "石鼓区2019.txt", reports / "copy.txt"])
    assert result.duplicates == [(str(reports / "copy.txt"), str(reports / "石鼓区2019.txt"))]
    statuses = {Path(e.path).name: e.status for e in library.reports()}
    assert statuses["copy.txt"] == f"duplicate: {reports / '石鼓区2019.txt'}"
    assert len(library.search("发展")) == 1
    (reports / "石鼓区2019.txt").unlink()  # the copy takes its place
    library.refresh_missing()
    assert [Path(r.path).name for r in library.search("发展")] == ["copy.txt"]


def test_damaged_library_file_is_kept_aside_and_rebuilt(tmp_path: Path, reports: Path) -> None:
    db = tmp_path / "library.sqlite3"
    with Library(db) as lib:
        add_paths(lib, [reports / "石鼓区2019.txt"])
    db.write_bytes(db.read_bytes()[:16] + b"this is not a database" * 100)  # SQLite's header, then damage
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with Library(db) as lib:
        assert "无法使用" in lib.warning and "damaged" in lib.warning
        assert lib.reports() == []
        add_paths(lib, [reports])
        assert len(lib.reports()) == 3
    assert list(tmp_path.glob("library.sqlite3.damaged-*"))


def test_rebuilt_library_keeps_the_paths_it_can_still_read(tmp_path: Path, reports: Path) -> None:
    db = tmp_path / "library.sqlite3"
    with Library(db) as lib:
        add_paths(lib, [reports / "石鼓区2019.txt"])
        lib.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema'")  # a future version
        lib.commit()
    with Library(db) as lib:
        assert lib.warning
        [entry] = lib.reports()
        assert entry.status.startswith("failed: ") and entry.path.endswith("石鼓区2019.txt")
        assert add_paths(lib, [reports / "石鼓区2019.txt"]).added  # re-adding brings it back
        assert lib.reports()[0].status == "ok"


def test_cancel_stops_between_files_and_keeps_what_was_done(library: Library, reports: Path) -> None:
    calls: list[int] = []

    def cancelled() -> bool:
        return len(calls) >= 2  # asked while the second file is read: it is not parsed

    result = add_paths(library, [reports], progress=lambda done, total, path: calls.append(done),
                       cancelled=cancelled)
    assert result.cancelled
    assert len(library.reports()) == 1 and len(calls) == 2


def test_cancel_asked_while_a_file_is_read_stops_before_its_parse(library: Library, reports: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from shigu_gui.library import indexer

    parsed: list[str] = []
    monkeypatch.setattr(indexer, "prepare_report", lambda data, path: parsed.append(path) or "not parsed")
    calls: list[int] = []
    result = add_paths(library, [reports / "石鼓区2019.txt"], progress=lambda *args: calls.append(1),
                       cancelled=lambda: bool(calls))
    assert result.cancelled and parsed == [] and library.reports() == []


def occurrences(text: str, term: str) -> int:
    return text.count(term)


@pytest.mark.parametrize("term", ["发展", "改革", "高质量发展", "新质生产力", "年", "生态环境", "00", "，", "%",
                                  "000", "哈哈", "2", "万元"])
def test_search_counts_equal_occurrences_in_each_report(library: Library, reports: Path, term: str) -> None:
    add_paths(library, [reports])
    expected = {}
    for path in (reports / "石鼓区2019.txt", reports / "sub" / "2024年苏州市政府工作报告.txt"):
        n = occurrences(load_report(path).text, term)
        if n:
            expected[str(path)] = n
    assert {r.path: r.count for r in library.search(term)} == expected


def test_search_folds_width_and_hits_point_into_the_text(library: Library, reports: Path) -> None:
    add_paths(library, [reports / "石鼓区2019.txt"])
    doc = load_report(reports / "石鼓区2019.txt")
    [result] = library.search("２０１８")  # full-width digits find half-width ones
    assert result.count == doc.text.count("2018")
    hits = library.hits_in(result.doc_id, "2018")
    assert len(hits) == result.count
    for hit in hits:
        assert doc.text[hit.offset: hit.offset + hit.length] == "2018"
        assert hit.snippet[hit.snippet_at: hit.snippet_at + hit.length] == "2018"
        section = doc.section_at(hit.offset)
        assert hit.section == (section.label if section else "")


@pytest.mark.parametrize("longest", [1500, 200])
def test_segments_tile_the_text_and_cut_only_at_paragraph_ends(seed_doc, longest: int) -> None:
    pieces = segments_of(seed_doc, longest)
    assert pieces[0][2] == 0 and pieces[-1][3] == len(seed_doc.text)
    assert all(a[3] == b[2] for a, b in itertools.pairwise(pieces))
    assert all(seed_doc.text[end - 1] == "\n" for _i, _label, _start, end in pieces[:-1])
    for index, label, start, _end in pieces:
        section = seed_doc.section_at(start)
        assert label == (section.label if section else "")
        assert index == (seed_doc.flat_sections.index(section) if section else -1)


def test_matrix_gdp_target_agrees_with_the_report(library: Library, reports: Path) -> None:
    add_paths(library, [reports])
    cells = {(Path(c.path).name, c.indicator, c.kind): c for c in library.matrix()}
    target = cells[("石鼓区2019.txt", "gdp", "target")]
    assert (target.growth, target.qualifier) == (8.5, "左右")
    assert target.sentence in load_report(reports / "石鼓区2019.txt").text
    assert cells[("2024年苏州市政府工作报告.txt", "gdp", "actual")].growth == 4.6
    assert cells[("石鼓区2019.txt", "retail_sales", "actual")].value == 115.6


def test_trend_counts_every_report(library: Library, reports: Path) -> None:
    add_paths(library, [reports])
    points = library.trend("高质量发展")
    assert [p.year for p in points] == [2019, 2024]
    assert points[1].count == 1


@pytest.mark.parametrize(("title", "place", "level"), [
    ("2025年安徽省政府工作报告", "安徽省", "province"),
    ("上海市2020年政府工作报告", "上海市", "province"),
    ("江苏省苏州市2024年政府工作报告", "江苏省苏州市", "city"),
    ("2025年广西壮族自治区政府工作报告", "广西壮族自治区", "province"),
    ("2024年延边朝鲜族自治州政府工作报告", "延边朝鲜族自治州", "city"),
    ("2025年锡林郭勒盟政府工作报告", "锡林郭勒盟", "city"),
    ("北京市海淀区2024年政府工作报告", "北京市海淀区", "county"),
    ("2023年昆山市人民政府工作报告", "昆山市", "city"),
    ("2024年阜宁县政府工作报告", "阜宁县", "county"),
    ("政府工作报告", "", ""),
])
def test_place_rules(title: str, place: str, level: str) -> None:
    assert place_in(title) == place
    assert place_level(place) == level


@needs_corpus
def test_corpus_reports_get_year_and_place() -> None:
    expected = {
        "1960_national_国务院.txt": (1960, "全国", "national"),
        "1986_national_国务院.txt": (1986, "全国", "national"),
        "1998_national_国务院.txt": (1998, "全国", "national"),
        "2005_national_国务院.txt": (2005, "全国", "national"),
        "2008_national_国务院.txt": (2008, "全国", "national"),
        "2019_national_国务院.txt": (2019, "全国", "national"),
        "2020_municipality_上海.txt": (2020, "上海市", "province"),
        "2025_province_上海.txt": (2025, "上海市", "province"),
        "2025_province_四川.txt": (2025, "四川省", "province"),
        "2025_province_广东.txt": (2025, "广东省", "province"),
        "2025_province_江苏.txt": (2025, "江苏省", "province"),
    }
    for name, want in expected.items():
        who = identity_of(load_report(CORPUS / name))
        assert (who.year, who.place, who.level) == want, name


@needs_corpus
def test_the_library_lists_each_report_with_the_readers_year_place_and_level(library: Library) -> None:
    files = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.docx"))
    add_paths(library, files)
    listed = {r.path: (r.year, r.place, r.level) for r in library.reports()}
    for f in files:
        meta = load_report(f).meta
        assert "year" in meta and "place" in meta, f.name
        assert listed[str(f)] == (int(meta["year"]), meta["place"], meta["level"]), f.name


@needs_corpus
def test_corpus_search_counts_and_gdp_targets(library: Library) -> None:
    add_paths(library, sorted(CORPUS.glob("*.txt")))
    # 广东's bold-marked copy is the same report: each report is searched once, in the file it opens from.
    files = [Path(e.path) for e in library.report_entries()]
    assert len(files) == len(list(CORPUS.glob("*.txt"))) - 1
    for term in ("发展", "高质量发展", "改革开放"):
        counts = {r.path: r.count for r in library.search(term)}
        for f in files:
            assert counts.get(str(f), 0) == load_report(f).text.count(term), (term, f.name)
    # The matrix's GDP figure of each kind is the reader's headline (issue: one answer in both).
    cells = {(c.path, c.kind): c for c in library.matrix(("gdp",))}
    for f in files:
        doc = load_report(f)
        for kind in ("actual", "target"):
            headline = headline_growth(doc, kind)
            cell = cells.get((str(f), kind))
            if headline is None:
                assert cell is None or cell.growth is None, (f.name, kind)
                continue
            assert cell is not None, (f.name, kind)
            assert (cell.growth, cell.qualifier) == (headline.growth, stored_qualifier(headline)), (f.name, kind)


def test_without_fts5_search_falls_back_to_a_scan(tmp_path: Path, reports: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from shigu_gui.library import schema

    monkeypatch.setattr(schema, "fts5_trigram_available", lambda: False)
    with Library(tmp_path / "plain.sqlite3") as lib:
        assert not lib.fts
        add_paths(lib, [reports])
        doc = load_report(reports / "石鼓区2019.txt")
        for term in ("发展", "高质量发展", "年"):
            counts = {Path(r.path).name: r.count for r in lib.search(term)}
            assert counts["石鼓区2019.txt"] == doc.text.count(term)


@given(st.text(max_size=60))
def test_place_rules_take_any_text(text: str) -> None:
    place = place_in(text)
    assert place == "" or len(place) >= 2
    assert place_level(place) in ("", "national", "province", "city", "county")


@given(st.lists(st.sampled_from(["发展", "…", "㎡", "Ａ", "a", "ß", "Ⅻ", "，", "\n", "ﬁ", "x"]), max_size=40),
       st.sampled_from(["发展", "a", "x发", "ss", "..."]))
def test_hits_map_back_through_folding_like_the_reader(pieces: list[str], term: str) -> None:
    from shigu_gui.library.search import segment_hits
    from shigu_gui.model.folded import fold
    from shigu_gui.model.search import SearchIndex

    text = "".join(pieces)
    expected = [(h.start, h.end) for h in SearchIndex(text).find(term)]
    got = [(h.offset, h.offset + h.length) for h in segment_hits("", 0, text, fold(text), fold(term), 10_000)]
    assert got == expected


@pytest.mark.parametrize(("text", "year", "place", "level"), [
    ("政府工作报告\n——2024年1月15日在广州市第十六届人民代表大会第五次会议上\n各位代表：\n现在，我代表市人民政府，"
     "向大会报告工作。\n一、2023年工作回顾\n全市地区生产总值增长4.6%。\n", 2024, "广州市", "city"),
    ("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n一、2023年工作回顾\n"
     "国内生产总值增长5.2%。\n", 2024, "全国", "national"),
    ("各位代表：\n现在，我代表阜宁县人民政府，向大会报告工作。\n一、过去一年的工作\n发展。\n二、今年的主要任务\n"
     "今年主要预期目标是：地区生产总值增长6%。\n", None, "阜宁县", "county"),
])
def test_year_and_place_from_the_title_block_and_opening(text: str, year: int | None, place: str, level: str) -> None:
    from shigu_gui.model import parse_report

    who = identity_of(parse_report(text, "report"))
    assert (who.place, who.level) == (place, level)
    if year is not None:
        assert who.year == year


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=300).map(lambda t: t.encode("utf-8"))))
def test_any_file_is_added_or_listed_with_a_reason(library: Library, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.txt"
    path.write_bytes(data)
    os.utime(path, ns=(len(data) * 7 + 1, len(data) * 7 + 1))
    result = add_paths(library, [path])
    assert len(result.added) + len(result.failed) + len(result.skipped) == 1
    [entry] = [e for e in library.reports() if e.path == str(path)]
    assert entry.status == "ok" or entry.status.startswith(("failed: ", "duplicate: ")) or result.skipped
    if entry.status == "ok":
        assert library.search("x") is not None


def test_parsing_in_worker_processes_stores_the_same(tmp_path: Path, reports: Path) -> None:
    shutil.copy(SEED, reports / "copy.txt")  # the same bytes twice in one batch
    with Library(tmp_path / "one.sqlite3") as one, Library(tmp_path / "two.sqlite3") as two:
        alone = add_paths(one, [reports], workers=0)
        pooled = add_paths(two, [reports], workers=2)
        assert (sorted(alone.added), alone.failed, alone.duplicates) == \
            (sorted(pooled.added), pooled.failed, pooled.duplicates)
        assert [e.as_json() for e in one.reports()] == [e.as_json() for e in two.reports()]
        for term in ("发展", "高质量发展", "年"):
            assert [r.as_json() for r in one.search(term)] == [r.as_json() for r in two.search(term)]
        assert [c.as_json() for c in one.matrix()] == [c.as_json() for c in two.matrix()]


def test_the_main_targets_of_each_report_as_the_reader_lists_them(library: Library, reports: Path) -> None:
    from shigu_gui.model.targets import main_targets

    # 1998 national's list: 经济 (增长速度8%) is listed under the name the reader gives it
    (reports / "1998年政府工作报告.txt").write_text(
        "1998年政府工作报告\n各位代表：\n一、1997年工作回顾\n国内生产总值增长8.8%。\n二、1998年工作安排\n"
        "今年国民经济宏观调控的主要目标是：经济增长速度8％，商品零售价格涨幅控制在3％以内。\n", encoding="utf-8")
    add_paths(library, [reports])
    cells = library.targets()
    assert [(c.year, c.label, c.growth, c.value, c.qualifier) for c in cells if c.year == 1998] == [
        (1998, "国内生产总值", 8.0, None, None), (1998, "商品零售价格涨幅", None, 3.0, "以内")]
    seed = [c for c in cells if c.place == "石鼓区"]
    assert [(c.label, c.growth) for c in seed] == [(t.name, t.growth) for t in main_targets(load_report(SEED))]
    assert all(load_report(SEED).text[c.start: c.end] == c.sentence for c in seed)


def test_a_file_added_through_a_path_with_dots_is_known_by_its_plain_path(tmp_path: Path) -> None:
    from shigu_gui.library.indexer import expand

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("某县2019年政府工作报告\n各位代表：\n", encoding="utf-8")
    roundabout = tmp_path / "reports" / ".." / "reports"
    assert expand([roundabout]) == [folder / "a.txt"]
    assert expand([roundabout / "a.txt", folder / "a.txt"]) == [folder / "a.txt"]
