"""Decoding: any common encoding and line end gives the same Document; bad input a ReportError."""

from __future__ import annotations

import codecs
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from shigu_gui.model import ReportError, load_report, parse_bytes, parse_report
from shigu_gui.model.reading import read_report_bytes


def test_gbk_crlf_copy_gives_the_same_document(seed_text: str, seed_doc, tmp_path: Path) -> None:
    copy = tmp_path / "gbk.txt"
    copy.write_bytes(seed_text.replace("\n", "\r\n").encode("gb18030"))
    assert load_report(copy) == seed_doc


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: t.replace("\n", "\r").encode("utf-8"),
        lambda t: t.encode("gb18030"),
        lambda t: t.encode("utf-16-le"),
        lambda t: t.replace("\n", "\r\n").encode("utf-16-be"),
    ],
    ids=["utf8-bom", "utf16-le-bom", "utf16-be-bom", "cr", "gb18030", "utf16-le-no-bom", "utf16-be-no-bom"],
)
def test_other_encodings_give_the_same_document(encode, seed_text: str, seed_doc) -> None:
    doc = parse_bytes(encode(seed_text), "report")
    assert doc.text == seed_doc.text
    assert doc.sections == seed_doc.sections
    assert doc.indicators == seed_doc.indicators


def test_strict_gbk_copy(seed_text: str) -> None:
    # GBK proper has no U+2022 (金泰•雁栖新城); a GBK copy carries the middle dot instead.
    text = seed_text.replace("\u2022", "\u00b7")
    assert parse_bytes(text.replace("\n", "\r\n").encode("gbk")) == parse_report(text)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "空"),
        (b"  \r\n\t\n", "空"),
        (bytes(range(256)) * 20, "不是文字"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "它是一张图片（PNG）"),
    ],
)
def test_bad_bytes_raise_one_clear_error(data: bytes, words: str) -> None:
    with pytest.raises(ReportError) as info:
        parse_bytes(data)
    message = str(info.value)
    assert words in message
    assert "\n" not in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="找不到文件"):
        load_report(tmp_path / "nope.txt")
    with pytest.raises(ReportError, match="文件夹"):
        load_report(tmp_path)


def test_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("一、测试", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(ReportError, match="权限"):
            load_report(locked)
    finally:
        locked.chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)  # nobody writes to it: reading it would block for ever
    outcome: list[BaseException] = []

    def attempt() -> None:
        try:
            load_report(fifo)
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)  # a hang fails the test, not the run
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():
        with open(fifo, "wb"):  # let the blocked open return so the thread ends
            pass
        pytest.fail("opening a FIFO blocked")
    assert len(outcome) == 1 and isinstance(outcome[0], ReportError), outcome
    assert "普通文件" in str(outcome[0]) and "\n" not in str(outcome[0])


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_not_read() -> None:
    started = time.monotonic()
    with pytest.raises(ReportError, match="普通文件"):
        load_report("/dev/zero")  # endless: reading it would fill the memory
    assert time.monotonic() - started < 1


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(ReportError, match="普通文件"):
            read_report_bytes(path)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from shigu_gui.model import reading

    assert reading.MAX_BYTES == 200 * 1024 * 1024
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_bytes("一、报告\n".encode() * 50)  # 650 bytes
    large.write_bytes("一、报告\n".encode() * 100)
    assert read_report_bytes(small) == small.read_bytes()
    with pytest.raises(ReportError, match="太大"):
        read_report_bytes(large)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_where_nul_bytes_mislead(encoding: str) -> None:
    """An old report has more 一 and ideographic spaces (a NUL low byte) than ASCII characters
    (a NUL high byte): the byte order is told by which decoding reads as text."""
    from tests.conftest import CORPUS

    source = CORPUS / "1960_national_国务院.txt"
    if not source.exists():
        pytest.skip("corpus not available")
    doc = load_report(source)
    text = source.read_bytes().decode("utf-8").replace("\r\n", "\n")
    data = text.encode(encoding)
    even, odd = data[0::2].count(0), data[1::2].count(0)
    assert (even > odd) == (encoding == "utf-16-le")  # the NULs point to the wrong byte order
    again = parse_bytes(data, source.stem)
    assert again.text == doc.text
    assert again.sections == doc.sections


def test_nul_bytes_that_are_not_utf16_are_still_refused() -> None:
    for data in (b"\x89PNG\r\n\x1a\n" + bytes(200), "一、报告\n".encode() + b"\x00" * 50, b"\x00a" * 300 + b"\x01"):
        with pytest.raises(ReportError, match="这不是报告文件"):
            parse_bytes(data)


def test_any_str_is_accepted_surrogates_escaped() -> None:
    doc = parse_report("一、工作回顾\n地区生产\udc80总值增长6%。\n名称\ud83d\ude00\n", "名\udcff")
    assert "\\udc80" in doc.text and "\U0001f600" in doc.text  # a lone one escaped, a pair joined
    assert doc.source_name == "名\\udcff"
    doc.text.encode("utf-8")
