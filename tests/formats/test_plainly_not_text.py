"""A file that is plainly something else (an image, an archive, audio, a video, a program) is
named for what it is, by its first bytes; a text is never taken for one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shigu_gui.model import ReportError
from shigu_gui.model.formats import import_report, what_it_is

SAMPLES = {
    "PNG": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "一张图片（PNG）", "an image (PNG)"),
    "JPEG": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40), "一张图片（JPEG）", "an image (JPEG)"),
    "gzip": (b"\x1f\x8b\x08\x00" + bytes(40), "一个压缩包（gzip）", "an archive (gzip)"),
    "MP3": (b"ID3\x03\x00\x00\x00" + bytes(40), "一个音频文件（MP3）", "an audio file (MP3)"),
    "MP4": (b"\x00\x00\x00\x18ftypmp42" + bytes(40), "一个视频文件（MP4）", "a video (MP4)"),
    "SQLite": (b"SQLite format 3\x00" + bytes(40), "一个数据库（SQLite）", "a database (SQLite)"),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_a_file_that_is_plainly_something_else_is_named(name: str) -> None:
    data, chinese, english = SAMPLES[name]
    with pytest.raises(ReportError) as caught:
        import_report(data, f"report.{name.lower()}.txt")
    message = str(caught.value)
    assert message == f"这不是报告文件：它是{chinese} / Not a report file: it is {english}"
    assert "NUL" not in message


def test_other_binary_data_is_said_in_words() -> None:
    with pytest.raises(ReportError) as caught:
        import_report(b"\x00\x01\x02" * 100, "x.txt")
    assert str(caught.value).startswith("这不是报告文件：它不是文字")


@given(st.sampled_from(["BM", "ID3", "BZh", "MZ", "fLaC", "OggS", "GIF89a"]),
       st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=200))
def test_a_text_beginning_like_a_signature_is_read_as_text(prefix: str, rest: str) -> None:
    data = (prefix + rest + "\n").encode("utf-8")
    assert what_it_is(data) is None
