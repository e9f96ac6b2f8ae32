"""The parsed-report cache: used only for the same bytes, name and parser; anything wrong means parse."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from shigu_gui.model import Document, ReportError, load_report
from shigu_gui.model import cache as report_cache
from shigu_gui.model.cache import entry_path, load_report_cached

from ..conftest import SEED


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "石鼓区.txt"
    path.write_bytes(SEED.read_bytes())
    return path


def test_second_load_comes_from_the_cache_and_equals_a_fresh_parse(
        report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from shigu_gui.model import parser

    cache = tmp_path / "cache"
    first = load_report_cached(report, cache)
    assert first == load_report(report)
    assert entry_path(cache, report.read_bytes()).exists()

    def refuse(*_args: object) -> Document:
        raise AssertionError("parsed, although the cache holds this report")

    monkeypatch.setattr(parser, "parse_bytes", refuse)
    second = load_report_cached(report, cache)
    assert second == first
    assert second.source_hash == first.source_hash


def test_an_edited_report_is_parsed_again(report: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = load_report_cached(report, cache)
    text = report.read_text(encoding="utf-8").replace("石鼓", "雁峰", 1)
    report.write_text(text, encoding="utf-8")
    after = load_report_cached(report, cache)
    assert after.text != before.text
    assert after == load_report(report)


def test_the_same_bytes_under_another_name_keep_their_own_name(report: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_report_cached(report, cache)
    other = tmp_path / "另一个名字.txt"
    other.write_bytes(report.read_bytes())
    assert load_report_cached(other, cache).source_name == "另一个名字"
    assert load_report_cached(report, cache).source_name == "石鼓区"


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage", None])
def test_a_damaged_entry_is_parsed_again_and_replaced(report: Path, tmp_path: Path, damage: bytes | None) -> None:
    cache = tmp_path / "cache"
    good = load_report_cached(report, cache)
    entry = entry_path(cache, report.read_bytes())
    if damage is None:  # cut in the middle, as a full disk would leave it
        entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    else:
        entry.write_bytes(damage)
    assert load_report_cached(report, cache) == good
    assert report_cache.read_entry(cache, report.read_bytes(), "石鼓区") == good


class _Boom:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo pwned > pwned.txt",))


def test_a_cache_file_cannot_run_code(report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.chdir(tmp_path)
    data = report.read_bytes()
    entry_path(cache, data).write_bytes(
        pickle.dumps((report_cache.parser_fingerprint(), "石鼓区", data, _Boom())))
    doc = load_report_cached(report, cache)
    assert not (tmp_path / "pwned.txt").exists()
    assert doc == load_report(report)


def test_a_changed_parser_parses_again(report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    data = report.read_bytes()
    load_report_cached(report, cache)
    assert report_cache.read_entry(cache, data, "石鼓区") is not None
    monkeypatch.setattr(report_cache, "parser_fingerprint", lambda: "1:another-parser")
    assert report_cache.read_entry(cache, data, "石鼓区") is None


def test_the_fingerprint_follows_the_model_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = report_cache.parser_fingerprint()
    assert first.startswith(f"{report_cache.FORMAT}:") and first == report_cache.parser_fingerprint()
    model = tmp_path / "model"
    model.mkdir()
    (model / "parser.py").write_text("RULES = 1\n", encoding="utf-8")
    monkeypatch.setattr(report_cache, "_MODEL_DIR", model)
    report_cache.parser_fingerprint.cache_clear()
    try:
        before = report_cache.parser_fingerprint()
        (model / "parser.py").write_text("RULES = 2\n", encoding="utf-8")
        report_cache.parser_fingerprint.cache_clear()
        assert report_cache.parser_fingerprint() != before
    finally:
        report_cache.parser_fingerprint.cache_clear()


def test_a_bundle_fingerprints_its_executable(report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a PyInstaller bundle the sources are inside the executable: a new build is a new parser."""
    monkeypatch.setattr(report_cache, "_MODEL_DIR", tmp_path / "no-sources")
    exe = tmp_path / "shigu-gui"
    exe.write_bytes(b"build 1")
    monkeypatch.setattr(report_cache.sys, "executable", str(exe))
    report_cache.parser_fingerprint.cache_clear()
    try:
        first = report_cache.parser_fingerprint()
        assert first.startswith(f"{report_cache.FORMAT}:exe:")
        exe.write_bytes(b"build 2, a little longer")
        report_cache.parser_fingerprint.cache_clear()
        assert report_cache.parser_fingerprint() != first
        monkeypatch.setattr(report_cache.sys, "executable", str(tmp_path / "gone"))
        report_cache.parser_fingerprint.cache_clear()
        assert report_cache.parser_fingerprint() == ""
        assert load_report_cached(report, tmp_path / "cache") == load_report(report)
        assert not (tmp_path / "cache").exists()  # nothing is cached without a fingerprint
    finally:
        report_cache.parser_fingerprint.cache_clear()


def test_an_unwritable_cache_still_gives_the_report(report: Path) -> None:
    doc = load_report_cached(report, Path("/proc/self/shigu-gui-cache"))
    assert doc == load_report(report)


def test_old_entries_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_cache, "MAX_ENTRIES", 3)
    cache = tmp_path / "cache"
    text = SEED.read_text(encoding="utf-8")
    for i in range(6):
        path = tmp_path / f"r{i}.txt"
        path.write_text(text + f"\n附注{i}", encoding="utf-8")
        load_report_cached(path, cache)
        stamp = 1_700_000_000 + i  # distinct ages, whatever the file system's clock resolution
        os.utime(entry_path(cache, path.read_bytes()), (stamp, stamp))
    kept = sorted(cache.glob("*.pickle"))
    assert len(kept) == 3
    assert entry_path(cache, (tmp_path / "r5.txt").read_bytes()) in kept


def test_errors_are_the_parsers_errors(tmp_path: Path) -> None:
    with pytest.raises(ReportError):
        load_report_cached(tmp_path / "missing.txt", tmp_path / "cache")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ReportError):
        load_report_cached(empty, tmp_path / "cache")
    assert not list(tmp_path.glob("cache/*.pickle"))


def test_a_cache_folder_that_cannot_be_made_leaves_reading_working(
        report: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """XDG_CACHE_HOME (or the data folder) is a regular file: the folder cannot be made, nothing
    is cached, the failure is logged, and the report is read all the same, again and again."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    cache = blocker / "shigu_gui" / "reports"
    with caplog.at_level("WARNING", logger="shigu_gui.model.cache"):
        first = load_report_cached(report, cache)
        second = load_report_cached(report, cache)
    assert first == second == load_report(report)
    assert blocker.read_text() == "a file where the cache folder should be"
    assert any("not cached" in r.getMessage() for r in caplog.records)
