"""PDF import on documents in official layout drawn with QPdfWriter (Qt only builds the inputs)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shigu_gui.model import Document, ReportError, load_report, parse_bytes, parse_report
from shigu_gui.model.dump import outline_json
from shigu_gui.model.formats import PDF, report_text, sniff
from shigu_gui.model.formats.pdf.folding import fold

from ..conftest import CORPUS, SEED
from .pdfs import build_pdf, read_back, scanned_pdf


def _titles(sections: list[dict]) -> list[tuple]:  # type: ignore[type-arg]
    return [(s["title"], s["level"], tuple(_titles(s["children"]))) for s in sections]


def assert_same_document(doc: Document, twin: Document) -> None:
    """The issue's bar: same title and outline, same glossary size, ≥ 90% of the indicators."""
    assert doc.title == twin.title
    assert _titles(outline_json(doc)["sections"]) == _titles(outline_json(twin)["sections"])
    assert len(doc.glossary) == len(twin.glossary)
    found = {(i.name, i.value, i.growth) for i in doc.indicators}
    wanted = [(i.name, i.value, i.growth) for i in twin.indicators]
    assert sum(w in found for w in wanted) >= 0.9 * len(wanted)


@pytest.fixture(scope="module")
def seed_pdf(qapp) -> tuple[bytes, str]:  # type: ignore[no-untyped-def]
    return build_pdf(SEED.read_text(encoding="utf-8").split("\n"), heading_at_page_end="二、2019年工作安排")


def test_seed_pdf_gives_the_seed_document(seed_pdf: tuple[bytes, str]) -> None:
    data, text = seed_pdf
    assert sniff(data, "x") == PDF
    assert report_text(data, "report.pdf").split("\n") == [read_back(line) for line in text.split("\n")]
    assert_same_document(parse_bytes(data, "report", "report.pdf"), parse_report(text, "report"))


def test_heading_on_the_last_line_of_a_page_stays_a_heading(seed_pdf: tuple[bytes, str]) -> None:
    import pypdfium2 as pdfium

    data, _ = seed_pdf
    pdf = pdfium.PdfDocument(data)
    page_ends = []
    for i in range(len(pdf)):
        lines = [line for line in pdf[i].get_textpage().get_text_range().splitlines() if line.strip()]
        page_ends.append(fold(lines[-2]))  # the last is the page number
    pdf.close()
    assert "二、2019年工作安排" in page_ends
    lines = report_text(data, "report.pdf").split("\n")
    assert "二、2019年工作安排" in lines


def test_page_numbers_and_running_heads_are_gone(seed_pdf: tuple[bytes, str]) -> None:
    text = report_text(seed_pdf[0], "report.pdf")
    assert not re.search(r"— \d+ —|—\d+—", text)
    seed = re.sub(r"\s", "", SEED.read_text(encoding="utf-8"))
    assert re.sub(r"\s", "", text).count("政府工作报告") == seed.count("政府工作报告")
    assert not re.search(r"[\u2e80-\u2eff\u2f00-\u2fdf]", text)  # no radicals left


@pytest.mark.parametrize("style", ["hyphen", "di"])
def test_other_page_number_styles(qapp, style: str) -> None:  # type: ignore[no-untyped-def]
    data, text = build_pdf(SEED.read_text(encoding="utf-8").split("\n")[:60], number_style=style,
                           running_head="", title_lines=2)
    out = report_text(data, "r.pdf")
    assert not re.search(r"^-\d+-$|^第\d+页$", out, re.MULTILINE)
    assert out.split("\n")[-1] == fold(text.split("\n")[-1])


@pytest.mark.skipif(not (CORPUS / "2025_province_广东.txt").is_file(), reason="../shared/corpus is not present")
def test_a_provincial_report_as_pdf(qapp) -> None:  # type: ignore[no-untyped-def]
    lines = (CORPUS / "2025_province_广东.txt").read_text(encoding="utf-8").split("\n")
    data, text = build_pdf(lines, number_style="hyphen", running_head="2025年广东省政府工作报告")
    assert_same_document(parse_bytes(data, "gd", "gd.pdf"), parse_report(text, "gd"))


def test_fold_what_text_layers_hold() -> None:
    assert fold("\u2f2f作\u2ed3效\u2f76\u2e3a提\u2ec4\u2f3e") == "工作长效米——提西户"
    assert fold("\u2015\u2015开创了好局面") == "——开创了好局面"
    assert fold("有轨\u3b35轮电车") == "有轨胶轮电车"
    assert fold("新增企业1 13家，增长8 .5%") == "新增企业113家，增长8.5%"
    assert fold("政 府 工 作 报 告  附件2 名词解释 PM 2.5") == "政府工作报告附件2 名词解释 PM 2.5"


@pytest.mark.parametrize("numbered", [False, True])
def test_scan_without_text_layer(qapp, numbered: bool) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReportError, match="此 PDF 没有文字层（可能是扫描件），无法读取"):
        parse_bytes(scanned_pdf(12, numbered), "scan", "scan.pdf")


ENCRYPTED = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
             b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
             b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
             b"4 0 obj<</Filter/Standard/V 1/R 2/O<" + b"11" * 32 + b">/U<" + b"22" * 32 + b">/P -3904>>endobj\n"
             b"trailer<</Root 1 0 R/Size 5/Encrypt 4 0 R/ID[<00112233445566778899aabbccddeeff>"
             b"<00112233445566778899aabbccddeeff>]>>\n%%EOF\n")


@pytest.mark.parametrize(("data", "message"), [
    (ENCRYPTED, "已加密"),
    (b"%PDF-1.7\n\x00\x01 not really a pdf" * 5, "PDF 文件已损坏"),
    (b"plain text named like a pdf\x00", "PDF 文件已损坏"),
])
def test_bad_pdf_is_one_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(ReportError, match=message):
        parse_bytes(data, "x", "x.pdf")


def test_pdf_that_is_not_a_report(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, _ = build_pdf(["会议通知", "请各单位于周一上午九点到三楼会议室参加会议。"])
    path = tmp_path / "notice.pdf"
    path.write_bytes(data)
    with pytest.raises(ReportError, match="没有政府工作报告的正文"):
        load_report(path)


def test_block_paragraphs_set_ragged_right(qapp) -> None:  # type: ignore[no-untyped-def]
    """No first-line indent, no justification, space between paragraphs: the other common layout."""
    data, text = build_pdf(SEED.read_text(encoding="utf-8").split("\n"), indent=False, justify=False, gap=0.6,
                           number_style="di")
    assert_same_document(parse_bytes(data, "r", "r.pdf"), parse_report(text, "r"))


def test_mirrored_margins(qapp) -> None:  # type: ignore[no-untyped-def]
    """Even pages' text block 8 mm further right (more than the first-line indent's trigger)."""
    from .pdfs import MM

    data, text = build_pdf(SEED.read_text(encoding="utf-8").split("\n"), mirror=8 * MM)
    assert_same_document(parse_bytes(data, "r", "r.pdf"), parse_report(text, "r"))


def test_runs_written_out_of_order(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each line's first six characters written after the rest (a heading run drawn last): the
    characters' positions, not the stream, give the reading order (PDFium's text page already
    orders most such lines; pieces it leaves apart are merged by baseline)."""
    data, text = build_pdf(SEED.read_text(encoding="utf-8").split("\n"), late_run=6)
    assert_same_document(parse_bytes(data, "r", "r.pdf"), parse_report(text, "r"))


def test_text_layer_without_unicode_map(qapp) -> None:  # type: ignore[no-untyped-def]
    """Fonts without a Unicode table give Latin-1 letters where the page shows Chinese."""
    lines = SEED.read_text(encoding="utf-8").split("\n")[:40]
    garble = {ch: chr(0xC0 + ord(ch) % 60) for line in lines for ch in line if ch > "\u3000"}
    data, _ = build_pdf(lines, transform=garble, title_lines=0)
    with pytest.raises(ReportError, match="文字层无法解读"):
        parse_bytes(data, "r", "r.pdf")


def test_ragged_right_with_first_line_indent(qapp) -> None:  # type: ignore[no-untyped-def]
    """Left-aligned lines, each a character or two short where line-breaking rules pushed one down."""
    data, text = build_pdf(SEED.read_text(encoding="utf-8").split("\n"), justify=False)
    assert report_text(data, "r.pdf").split("\n") == [read_back(line) for line in text.split("\n")]
    assert_same_document(parse_bytes(data, "r", "r.pdf"), parse_report(text, "r"))


def test_space_between_chinese_and_digits(qapp) -> None:  # type: ignore[no-untyped-def]
    """A quarter-character gap at every boundary of Chinese and digits or Latin (LibreOffice and
    Word set one: 增长 5.8%), which PDFium reports as spaces, is no space in the text; a space the
    producer did not write as a glyph ('附件2 名词解释' drawn by Qt) stays one."""
    data, text = build_pdf(SEED.read_text(encoding="utf-8").split("\n"), autospace=4.0)
    out = report_text(data, "r.pdf")
    assert "增长9%" in out and "增长 9%" not in out
    assert_same_document(parse_bytes(data, "r", "r.pdf"), parse_report(text, "r"))
    seed = SEED.read_text(encoding="utf-8").split("\n")
    plain, _ = build_pdf(["政府工作报告", "一、工作回顾", "附件2 名词解释", *seed[5:40]])
    assert "附件2 名词解释" in report_text(plain, "r.pdf").split("\n")
