"""Hostile and damaged PDFs, written by hand: refused before PDFium builds their pages, one ReportError each."""

from __future__ import annotations

import base64
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shigu_gui.model import ReportError
from shigu_gui.model.formats import report_text
from shigu_gui.model.formats.pdf import limits as pdf_limits
from shigu_gui.model.formats.pdf.filters import lzw_decoded, run_length_decoded

PAGE = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
        b"/Contents %d 0 R >>")
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 12 Tf 72 700 Td (Government work report) Tj ET"


def stream(content: bytes, filters: tuple[str, ...] = ("FlateDecode",)) -> bytes:
    """A stream object's text: content encoded by filters, the first applied last (as PDF lists them)."""
    data = content
    for name in reversed(filters):
        data = {"FlateDecode": zlib.compress, "ASCII85Decode": lambda d: base64.a85encode(d, adobe=True)[2:],
                "ASCIIHexDecode": lambda d: d.hex().encode() + b">"}[name](data)
    names = b" ".join(b"/" + name.encode() for name in filters)
    return b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(data), names) + data + b"\nendstream"


def build(objects: list[bytes]) -> bytes:
    """A PDF of objects 1… in order, with a correct cross-reference table; object 1 the catalogue."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pages_pdf(contents: list[bytes]) -> bytes:
    """One page per content stream (objects 4, 6, 8 … pages; 5, 7, 9 … their streams)."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(contents)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)),
               FONT]
    for i, content in enumerate(contents):
        objects += [PAGE % (5 + 2 * i), content]
    return build(objects)


def test_a_hand_written_pdf_reads_as_far_as_the_report_check() -> None:
    with pytest.raises(ReportError, match=r"没有政府工作报告的正文|没有文字层"):
        report_text(pages_pdf([stream(TEXT)]), "r.pdf")


def test_a_content_stream_bomb_is_refused_before_pdfium_reads_it() -> None:
    """20 M one-letter strings in 175 KB took 85 s and 11.6 GB; a tenth of that here."""
    bomb = b"BT /F1 12 Tf 72 700 Td " + b"(a)Tj " * 2_000_000 + b"ET"
    started = time.perf_counter()
    with pytest.raises(ReportError, match=r"过于庞大.*too large"):
        report_text(pages_pdf([stream(bomb)]), "r.pdf")
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("filters", [("ASCII85Decode", "FlateDecode"), ("ASCIIHexDecode", "FlateDecode"),
                                     ("ASCII85Decode",), ()])
def test_the_count_sees_through_ascii_filters(filters: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_limits, "MAX_OBJECTS", 1000)
    bomb = b"BT /F1 12 Tf 72 700 Td " + b"(a)Tj " * 2000 + b"ET"
    with pytest.raises(ReportError, match="过于庞大"):
        report_text(pages_pdf([stream(bomb, filters)]), "r.pdf")


def test_objects_are_counted_over_all_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_limits, "MAX_OBJECTS", 1000)
    page = b"BT /F1 12 Tf 72 700 Td " + b"(a)Tj " * 300 + b"ET 0 0 10 10 re f"
    with pytest.raises(ReportError, match="过于庞大"):
        report_text(pages_pdf([stream(page)] * 4), "r.pdf")


def test_a_stream_unpacking_too_far_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_limits, "MAX_STREAM", 1 << 20)
    with pytest.raises(ReportError, match="过于庞大"):
        report_text(pages_pdf([stream(b" " * (2 << 20))]), "r.pdf")


def test_pictures_are_not_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_limits, "MAX_UNPACKED", 1 << 20)
    picture = stream(bytes(4 << 20)).replace(b"<< /Length", b"<< /Type /XObject /Subtype /Image /Width 2048 "
                                             b"/Height 2048 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length")
    with pytest.raises(ReportError, match=r"没有政府工作报告的正文|没有文字层"):
        report_text(pages_pdf([stream(TEXT)]).replace(b"%%EOF", b"%%EOF\n9 0 obj\n" + picture + b"\nendobj"), "r.pdf")


def test_a_damaged_stream_is_counted_as_far_as_it_goes() -> None:
    damaged = stream(TEXT).replace(b"stream\n", b"stream\n\x00\x01garbage", 1)
    with pytest.raises(ReportError):
        report_text(pages_pdf([damaged]), "r.pdf")


def test_too_many_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_limits, "MAX_PAGES", 3)
    with pytest.raises(ReportError, match=r"页数过多.*too many pages"):
        report_text(pages_pdf([stream(TEXT)] * 4), "r.pdf")


def test_too_much_text_on_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_limits, "MAX_PAGE_CHARS", 100)
    with pytest.raises(ReportError, match=r"文字过多.*too much text"):
        report_text(pages_pdf([stream(b"BT /F1 12 Tf 72 700 Td (" + b"a" * 200 + b") Tj ET")]), "r.pdf")


def test_too_much_text_in_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_limits, "MAX_CHARS", 100)
    with pytest.raises(ReportError, match="文字过多"):
        report_text(pages_pdf([stream(b"BT /F1 12 Tf 72 700 Td (" + b"a" * 60 + b") Tj ET")] * 2), "r.pdf")


def _looping(kids: bytes, extra: list[bytes]) -> bytes:
    return build([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count 2 >>" % kids, FONT,
                  PAGE % 5, stream(TEXT), *extra])


@pytest.mark.parametrize("data", [
    pytest.param(_looping(b"2 0 R 4 0 R", []), id="kids hold their parent"),
    pytest.param(_looping(b"6 0 R", [b"<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 /Parent 2 0 R >>"]),
                 id="two nodes hold each other"),
    pytest.param(_looping(b"4 0 R 4 0 R 4 0 R", []), id="one page three times"),
    pytest.param(_looping(b"3 0 R 4 0 R", []), id="a font for a page"),
])
def test_a_page_tree_that_loops_is_one_message(data: bytes) -> None:
    with pytest.raises(ReportError):
        report_text(data, "r.pdf")


def test_the_cli_gives_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from shigu_gui.cli import main

    path = tmp_path / "loop.pdf"
    path.write_bytes(_looping(b"2 0 R 4 0 R", []))
    assert main(["--dump", "outline", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "PDF" in err


def lzw(data: bytes) -> bytes:
    """PDF's LZW (early change): the encoder the decoder under test must undo."""
    def width(n: int) -> int:
        return 9 if n < 512 else 10 if n < 1024 else 11 if n < 2048 else 12

    bits: list[str] = []
    table = {bytes((i,)): i for i in range(256)}
    next_code = 258
    bits.append(format(256, "09b"))
    word = b""
    for value in data:
        longer = word + bytes((value,))
        if longer in table:
            word = longer
            continue
        bits.append(format(table[word], f"0{width(next_code)}b"))
        if next_code >= 4000:  # start again, far from a change of width
            bits.append(format(256, f"0{width(next_code + 1)}b"))
            table = {bytes((i,)): i for i in range(256)}
            next_code = 258
        else:
            table[longer] = next_code
            next_code += 1
        word = bytes((value,))
    if word:
        bits.append(format(table[word], f"0{width(next_code)}b"))
        bits.append(format(257, f"0{width(next_code + 1)}b"))
    joined = "".join(bits)
    joined += "0" * (-len(joined) % 8)
    return int(joined, 2).to_bytes(len(joined) // 8, "big") if joined else b""


def run_length(data: bytes) -> bytes:
    out = bytearray()
    at = 0
    while at < len(data):
        same = 1
        while at + same < len(data) and same < 128 and data[at + same] == data[at]:
            same += 1
        if same > 1:
            out += bytes((257 - same, data[at]))
        else:
            out += bytes((0, data[at]))
        at += same
    return bytes(out + b"\x80")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([b"(a)Tj ", b"BT ", b"\x00", b"\xff", b"q 1 0 0 1 0 0 cm Q\n", b"x"]), max_size=3000)
       .map(b"".join) | st.binary(max_size=3000))
def test_lzw_and_run_length_are_undone(data: bytes) -> None:
    assert b"".join(lzw_decoded(lzw(data))) == data
    assert b"".join(run_length_decoded(run_length(data))) == data


@pytest.mark.parametrize(("filters", "encode"), [(("LZWDecode",), lzw), (("RunLengthDecode",), run_length),
                                                 (("ASCIIHexDecode", "LZWDecode"), lambda d: lzw(d).hex().encode())])
def test_old_filters_are_counted_too(filters: tuple[str, ...], encode, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf_limits, "MAX_OBJECTS", 1000)
    bomb = b"BT /F1 12 Tf 72 700 Td " + b"(a)Tj " * 2000 + b"ET"
    data = encode(bomb)
    names = b" ".join(b"/" + name.encode() for name in filters)
    body = b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(data), names) + data + b"\nendstream"
    with pytest.raises(ReportError, match="过于庞大"):
        report_text(pages_pdf([body]), "r.pdf")


@pytest.mark.parametrize("dictionary", [
    b"<< /Length %d /Filter 9 0 R >>",  # the filter named by reference
    b"<< /Filter /FlateDecode /Padding (" + b"x" * 5000 + b") /Length %d >>",  # far from the stream
    b"<< /Length %d /Filter [/FlateDecode] /DecodeParms << /Columns 1 >> >>",
])
def test_a_bomb_whose_filter_is_hard_to_find_is_still_counted(dictionary: bytes,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_limits, "MAX_OBJECTS", 1000)
    data = zlib.compress(b"BT /F1 12 Tf 72 700 Td " + b"(a)Tj " * 2000 + b"ET")
    body = dictionary % len(data) + b"\nstream\n" + data + b"\nendstream"
    with pytest.raises(ReportError, match="过于庞大"):
        report_text(pages_pdf([body]).replace(b"trailer", b"9 0 obj\n/FlateDecode\nendobj\ntrailer"), "r.pdf")
