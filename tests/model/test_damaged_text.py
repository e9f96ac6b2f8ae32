"""Damaged text is shown, not refused: a UTF-8 (or GB18030) report with a few bad bytes, or cut in
the middle of a character, is decoded with each damaged place marked by U+FFFD, and the Document
tells the reader so; GB18030 texts still decode as GB18030, and bytes that are no text are refused."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from shigu_gui.model import Document, ReportError, parse_bytes
from shigu_gui.model.cache import load_report_cached
from shigu_gui.model.decode import decode_report
from shigu_gui.model.dump import outline_json

from ..conftest import SEED

MARK = "\ufffd"


def seed_bytes() -> bytes:
    return SEED.read_bytes()


def a_multibyte_start(data: bytes, near: int) -> int:
    """The first byte of a multi-byte UTF-8 character at or after near."""
    while data[near] < 0xC0:
        near += 1
    return near


def test_one_bad_byte_is_marked_and_told(seed_doc: Document, seed_text: str) -> None:
    data = seed_bytes()
    at = a_multibyte_start(data, len(data) // 2)
    spoiled = data[:at] + b"\xff" + data[at + 1:]
    # the character's first byte is lost: it and its two following bytes are marked, the rest is read
    k = len(data[:at].decode("utf-8"))
    assert decode_report(spoiled) == (seed_text[:k] + MARK * 3 + seed_text[k + 1:], 3)
    doc = parse_bytes(spoiled, "r", "r.txt")
    assert doc.text.count(MARK) == 3
    [notice] = doc.notices
    assert "3 处" in notice and "3 damaged places" in notice and " / " in notice
    assert doc.title == seed_doc.title and len(doc.flat_sections) == len(seed_doc.flat_sections)


def test_a_file_cut_in_the_middle_of_a_character_is_shown(seed_doc: Document) -> None:
    data = seed_bytes()
    at = a_multibyte_start(data, len(data) - 40)
    doc = parse_bytes(data[: at + 2], "r", "r.txt")  # two of the character's three bytes
    assert doc.text.endswith(MARK) and doc.text.count(MARK) == 1
    assert seed_doc.text.startswith(doc.text[:-1])
    assert doc.notices and "1 处" in doc.notices[0] and "1 damaged place " in doc.notices[0]


def test_with_a_byte_order_mark_too() -> None:
    data = seed_bytes()
    at = a_multibyte_start(data, 1000)
    text, damaged = decode_report(codecs.BOM_UTF8 + data[:at] + b"\x80" + data[at:])
    assert damaged == 1 and text.count(MARK) == 1


def test_a_sound_file_has_no_notice(seed_doc: Document) -> None:
    assert seed_doc.notices == ()
    assert outline_json(seed_doc)["notices"] == []


def test_gb18030_is_still_gb18030_and_its_damage_is_marked_too(seed_text: str) -> None:
    gb = seed_text.encode("gb18030")
    assert decode_report(gb) == (seed_text, 0)
    at = len(gb) // 2
    while gb[at] < 0x81:
        at += 1
    text, damaged = decode_report(gb[:at] + b"\xff" + gb[at + 1:])  # 0xFF starts no GB18030 character
    assert 1 <= damaged <= 2 and text.count(MARK) == damaged
    assert abs(len(text) - len(seed_text)) <= 2 and text[:100] == seed_text[:100]


def test_a_replacement_character_written_in_the_file_is_no_damage() -> None:
    text = "各位代表：\n一、报告 \ufffd 里的字\n" * 20
    assert decode_report(text.encode("utf-8")) == (text, 0)
    damaged = text.encode("utf-8") + "一".encode()[:1]
    assert decode_report(damaged) == (text + MARK, 1)


def test_many_bad_bytes_are_still_refused() -> None:
    rng = random.Random(21)
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(20_000))
    with pytest.raises(ReportError):
        decode_report(noise)
    data = seed_bytes()
    spoiled = bytearray(data)
    for at in range(0, len(spoiled), 200):  # one byte in 200: far more than a copy loses
        spoiled[at] = 0xFF
    with pytest.raises(ReportError, match=r"编码|encoding"):
        decode_report(bytes(spoiled))


def test_the_cache_keeps_the_notice(tmp_path: Path) -> None:
    data = seed_bytes()
    at = a_multibyte_start(data, 5000)
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:at] + data[at + 1:])
    first = load_report_cached(path, tmp_path / "cache")
    second = load_report_cached(path, tmp_path / "cache")
    assert first.notices and second.notices == first.notices


# Lines of a report: at least 100 characters in all. (In a text of a handful of characters a bad
# byte can leave UTF-8 and GB18030 with as many errors: nothing tells the two apart there.)
_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_LINE = st.tuples(st.text(_HAN, min_size=10, max_size=60),
                  st.text(st.sampled_from("，。：；、（）0123456789%ab "), max_size=5)).map("".join)
_REPORT_TEXT = st.lists(_LINE, min_size=10, max_size=30).map("\n".join)


@settings(max_examples=60, deadline=None)
@given(text=_REPORT_TEXT, where=st.floats(0, 1), bad=st.sampled_from([b"\x80", b"\xff", b"\xc3", b"\xe4\xb8"]))
def test_a_utf8_text_with_one_bad_byte_decodes_with_its_damage_marked(text: str, where: float, bad: bytes) -> None:
    data = text.encode("utf-8")
    at = int(where * len(data))
    spoiled = data[:at] + bad + data[at:]
    try:
        spoiled.decode("gb18030")
    except UnicodeDecodeError:
        decoded, damaged = decode_report(spoiled)
        assert 1 <= damaged <= 4 and decoded.count(MARK) == damaged
        head, tail = data[:at].decode("utf-8", "ignore"), data[at:].decode("utf-8", "ignore")
        assert decoded.startswith(head[:-1]) and decoded.endswith(tail[1:])  # all but the damage is read
    else:  # valid GB18030 as it stands: read as GB18030, as before (rare: a short text)
        assert decode_report(spoiled)[1] == 0


@settings(max_examples=40, deadline=None)
@given(text=_REPORT_TEXT)
def test_any_gb18030_text_decodes_as_itself(text: str) -> None:
    data = text.encode("gb18030")
    try:  # ('一' * 10 in GB18030 is valid UTF-8 too, and strict UTF-8 comes first: no report is that)
        data.decode("utf-8")
        assume(False)
    except UnicodeDecodeError:
        pass
    assert decode_report(data) == (text, 0)
