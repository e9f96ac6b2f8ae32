"""Hostile and damaged DOCX: refused before python-docx parses, each with one ReportError.

The bombs are made small by lowering the limits (the checks are the same at any size); the
packages are built in memory from the test report that test_docx builds.
"""

from __future__ import annotations

import io
import re
import struct
import time
import warnings
import zipfile
from pathlib import Path

import pytest

from shigu_gui.model import ReportError
from shigu_gui.model.formats import report_text
from shigu_gui.model.formats.docx import limits as docx_limits

from .test_docx import build_docx


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The parts of a small valid report DOCX (with a numbering part), by name."""
    path = build_docx(tmp_path_factory.mktemp("docx"))
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def pack(parts: dict[str, bytes] | list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # "Duplicate name": a damaged package is what is wanted
        for name, data in parts.items() if isinstance(parts, dict) else parts:
            archive.writestr(name, data)
    return buffer.getvalue()


def with_document(members: dict[str, bytes], document: bytes) -> bytes:
    return pack({**members, "word/document.xml": document})


def test_the_valid_package_reads(members: dict[str, bytes]) -> None:
    assert "2024年工作回顾" in report_text(pack(members), "r.docx")


def test_an_unpacked_size_over_the_limit_is_refused_from_the_directory(
        members: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_limits, "MAX_UNPACKED", 1 << 20)
    data = pack({**members, "word/media/padding.bin": bytes(2 << 20)})
    with pytest.raises(ReportError, match=r"解压后过大.*unpacks to over"):
        report_text(data, "r.docx")


def test_a_part_packed_too_tightly_is_a_zip_bomb(members: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_limits, "RATIO_FROM", 1 << 16)
    body = members["word/document.xml"].replace(b"</w:body>", b" " * (1 << 20) + b"</w:body>")
    with pytest.raises(ReportError, match=r"压缩炸弹.*zip bomb"):
        report_text(with_document(members, body), "r.docx")


def test_too_many_parts(members: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_limits, "MAX_MEMBERS", 40)
    data = pack(list(members.items()) + [(f"word/media/{i}.png", b"x") for i in range(50)])
    with pytest.raises(ReportError, match=r"部件过多.*Too many parts"):
        report_text(data, "r.docx")


def test_an_xml_part_over_the_limit(members: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_limits, "MAX_XML_PART", 64 * 1024)
    body = members["word/document.xml"].replace(b"</w:body>", b"<w:p/>" * 20_000 + b"</w:body>")
    with pytest.raises(ReportError, match="XML 部件过大"):
        report_text(with_document(members, body), "r.docx")


def test_too_many_paragraphs_are_refused_before_parsing(members: dict[str, bytes]) -> None:
    """The issue's 260 KB package of 2 M empty paragraphs took 38 s and 1.5 GB; numbered
    paragraphs pack too loosely for the ratio check, the count catches them."""
    paragraphs = b"".join(b"<w:p><w:r><w:t>%d</w:t></w:r></w:p>" % (i * 7919 % 100_003)
                          for i in range(docx_limits.MAX_PARAGRAPHS + 1))
    data = with_document(members, members["word/document.xml"].replace(b"</w:body>", paragraphs + b"</w:body>"))
    started = time.perf_counter()
    with pytest.raises(ReportError, match="段落或元素过多"):
        report_text(data, "r.docx")
    assert time.perf_counter() - started < 2


def _lie_about_size(data: bytes, name: bytes, size: int) -> bytes:
    """The zip with name's declared unpacked size set to size, in its local and central headers."""
    out = bytearray(data)
    for signature, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        for match in re.finditer(re.escape(signature), out):
            start = match.start()
            (name_len,) = struct.unpack_from("<H", out, start + name_len_at)
            if out[start + name_at: start + name_at + name_len] == name:
                struct.pack_into("<I", out, start + size_at, size)
    return bytes(out)


def test_a_part_that_lies_about_its_size_is_read_no_further(members: dict[str, bytes]) -> None:
    body = members["word/document.xml"].replace(b"</w:body>", b"<w:p/>" * 300_000 + b"</w:body>")
    data = _lie_about_size(with_document(members, body), b"word/document.xml", 1000)
    with pytest.raises(ReportError, match="DOCX"):
        report_text(data, "r.docx")


def test_a_duplicated_document_part(members: dict[str, bytes]) -> None:
    data = pack([*members.items(), ("word/document.xml", members["word/document.xml"])])
    with pytest.raises(ReportError, match=r"重复.*appears twice"):
        report_text(data, "r.docx")


def test_two_numbering_relationships_leave_the_lists_unnumbered(members: dict[str, bytes]) -> None:
    rels = members["word/_rels/document.xml.rels"].decode()
    numbering = re.search(r"<Relationship [^>]*/numbering\"[^>]*/>", rels)
    assert numbering is not None
    twice = rels.replace(numbering.group(0), numbering.group(0) + numbering.group(0).replace('Id="', 'Id="x'))
    text = report_text(pack({**members, "word/_rels/document.xml.rels": twice.encode()}), "r.docx")
    assert "2024年工作回顾" in text and "一、" not in text


@pytest.mark.parametrize("start", ["-15", "-1", "99999999999", "x"])
def test_a_negative_or_absurd_list_start(members: dict[str, bytes], start: str) -> None:
    numbering = re.sub(rb'(<w:abstractNum [^>]*w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val=")1"',
                       rb"\g<1>" + start.encode() + b'"', members["word/numbering.xml"])
    assert numbering != members["word/numbering.xml"]
    text = report_text(pack({**members, "word/numbering.xml": numbering}), "r.docx")
    assert "2024年工作回顾" in text


def test_a_list_level_beyond_words_nine(members: dict[str, bytes]) -> None:
    numbering = members["word/numbering.xml"].replace(b'<w:lvl w:ilvl="1">', b'<w:lvl w:ilvl="12">')
    document = members["word/document.xml"].replace(b'<w:ilvl w:val="1"/>', b'<w:ilvl w:val="12"/>')
    data = pack({**members, "word/numbering.xml": numbering, "word/document.xml": document})
    assert "着力稳增长" in report_text(data, "r.docx")


@pytest.mark.parametrize("document", [
    pytest.param(lambda xml: re.sub(rb"<w:body>.*</w:body>", b"", xml, flags=re.S), id="no body"),
    pytest.param(lambda xml: xml.replace(b"<w:document ", b"<w:foo ").replace(b"</w:document>", b"</w:foo>"),
                 id="wrong root"),
])
def test_a_document_part_without_a_body(members: dict[str, bytes], document) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReportError, match=r"没有正文部分.*no body"):
        report_text(with_document(members, document(members["word/document.xml"])), "r.docx")


def test_the_cli_gives_one_line_and_exit_2(members: dict[str, bytes], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from shigu_gui.cli import main

    path = tmp_path / "r.docx"
    path.write_bytes(pack([*members.items(), ("word/document.xml", members["word/document.xml"])]))
    assert main(["--dump", "outline", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "重复" in err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_xml_in_another_unicode_encoding_is_counted_too(members: dict[str, bytes], encoding: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_limits, "MAX_ELEMENTS", 2000)
    body = members["word/document.xml"].replace(b"</w:body>", b"<w:p/>" * 5000 + b"</w:body>")
    xml = body.decode("utf-8").replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"').encode(encoding)
    with pytest.raises(ReportError, match="段落或元素过多"):
        report_text(with_document(members, xml), "r.docx")
