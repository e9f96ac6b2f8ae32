"""DOCX import: documents built with python-docx, and the four real DOCX against their .txt twins."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from shigu_gui.model import ReportError, load_report, parse_bytes
from shigu_gui.model.dump import outline_json
from shigu_gui.model.formats import DOCX, report_text, sniff

from ..conftest import CORPUS, SEED

BODY = "全区上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，地区生产总值完成175.6亿元，增长9%。" * 3


def _chinese_list(document: docx.document.Document) -> str:
    """A list definition like the ones Word makes for 一、二、 headings; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
    )
    numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _number(paragraph: docx.text.paragraph.Paragraph, num_id: str, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def build_docx(tmp_path: Path) -> Path:
    document = docx.Document()
    num_id = _chinese_list(document)
    document.sections[0].header.paragraphs[0].text = "页眉文字不应出现"
    document.sections[0].footer.paragraphs[0].text = "页脚文字不应出现"
    title = document.add_paragraph()
    title.add_run("2025年某某市政府工作报告").bold = True
    document.add_paragraph("——2025年1月10日在某某市第十届人民代表大会第四次会议上")
    document.add_paragraph("各位代表：")
    document.add_paragraph("现在，我代表市人民政府，向大会报告工作，请予审议。")
    part = document.add_paragraph()
    part.add_run("2024年工作回顾").bold = True
    _number(part, num_id, 0)
    sub = document.add_paragraph("着力稳增长，经济运行稳中向好")
    _number(sub, num_id, 1)
    body = document.add_paragraph(BODY)
    document.add_comment(body.runs, text="批注文字不应出现", author="审稿人")
    deleted = document.add_paragraph("财政收入增长8%。")
    deleted._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="7" w:author="x" w:date="2025-01-01T00:00:00Z">'
        "<w:r><w:delText>删除的文字不应出现</w:delText></w:r></w:del>"
    ))
    inserted = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="8" w:author="x" w:date="2025-01-01T00:00:00Z">'
        "<w:r><w:t>插入的文字保留。</w:t></w:r></w:ins>"
    )
    deleted._p.append(inserted)
    sub2 = document.add_paragraph("着力惠民生，社会事业全面进步")
    _number(sub2, num_id, 1)
    document.add_paragraph(BODY)
    table = document.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate([("指标", "数值"), ("地区生产总值", "175.6亿元")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    part2 = document.add_paragraph()
    part2.add_run("2025年工作安排").bold = True
    _number(part2, num_id, 0)
    sub3 = document.add_paragraph("坚持创新驱动，加快发展新质生产力")
    _number(sub3, num_id, 1)
    document.add_paragraph(BODY)
    path = tmp_path / "report.docx"
    document.save(str(path))
    return path


def test_built_docx_reads_as_text(tmp_path: Path) -> None:
    path = build_docx(tmp_path)
    text = report_text(path.read_bytes(), path.name)
    lines = text.split("\n")
    assert lines[0] == "**2025年某某市政府工作报告**"
    assert "一、**2024年工作回顾**" in lines
    assert "（一）着力稳增长，经济运行稳中向好" in lines
    assert "（二）着力惠民生，社会事业全面进步" in lines
    assert "二、**2025年工作安排**" in lines
    assert "（一）坚持创新驱动，加快发展新质生产力" in lines  # the sub-level restarts under a new part
    assert "财政收入增长8%。插入的文字保留。" in lines
    assert "地区生产总值\t175.6亿元" in lines
    for absent in ("页眉", "页脚", "批注文字", "删除的文字"):
        assert absent not in text


def test_built_docx_outline(tmp_path: Path) -> None:
    doc = load_report(build_docx(tmp_path))
    assert doc.title == "2025年某某市政府工作报告"
    assert [s.title for s in doc.sections] == ["2024年工作回顾", "2025年工作安排"]
    assert [c.title for c in doc.sections[0].children] == [
        "着力稳增长，经济运行稳中向好", "着力惠民生，社会事业全面进步"]
    assert any(i.name == "地区生产总值" for i in doc.indicators)


def test_format_is_chosen_by_content(tmp_path: Path) -> None:
    data = build_docx(tmp_path).read_bytes()
    assert sniff(data, "report.txt") == DOCX
    assert parse_bytes(data, "report", "report.txt").sections[0].title == "2024年工作回顾"


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"\x00\x01 not a zip at all" * 10, "report.docx", "DOCX 文件已损坏"),
    (b"PK\x03\x04 truncated zip", "report.docx", "DOCX 文件已损坏"),
    (_zip({"readme.txt": b"hello"}), "report.zip", "不是 Word"),
    (_zip({"word/document.xml": b"<not xml"}), "report.docx", "Word（DOCX）文档"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "report.doc", "旧版 Word"),
])
def test_bad_docx_is_one_clear_error(data: bytes, name: str, message: str) -> None:
    with pytest.raises(ReportError, match=message):
        parse_bytes(data, "report", name)


def test_docx_that_is_not_a_report(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("会议通知：请于周一上午九点到三楼会议室开会。")
    path = tmp_path / "notice.docx"
    document.save(str(path))
    with pytest.raises(ReportError, match="没有政府工作报告的正文"):
        load_report(path)


def test_seed_as_docx_matches_seed(tmp_path: Path, seed_doc) -> None:  # type: ignore[no-untyped-def]
    document = docx.Document()
    for line in SEED.read_text(encoding="utf-8").split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "report.docx"
    document.save(str(path))
    doc = load_report(path)
    assert outline_json(doc) == outline_json(seed_doc)
    assert doc.text == seed_doc.text


def _titles(sections: list[dict]) -> list[tuple]:  # type: ignore[type-arg]
    return [(s["title"], s["level"], tuple(_titles(s["children"]))) for s in sections]


CORPUS_DOCX = sorted(CORPUS.glob("*.docx")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS_DOCX, reason="../shared/corpus is not present")
@pytest.mark.parametrize("path", CORPUS_DOCX, ids=lambda p: p.stem)
def test_real_docx_gives_the_outline_of_its_text_twin(path: Path) -> None:
    twin = load_report(path.with_suffix(".txt"))
    doc = load_report(path)
    assert doc.title == twin.title
    got, want = outline_json(doc), outline_json(twin)
    assert _titles(got["sections"]) == _titles(want["sections"])
    assert len(doc.glossary) == len(twin.glossary)
    assert len(doc.indicators) == len(twin.indicators)
    assert copy.copy(doc.meta) == twin.meta


def test_list_numbering_continues_across_lists_of_one_definition(tmp_path: Path) -> None:
    """Word's lists (w:num) that share a definition count on together; a startOverride restarts."""
    document = docx.Document()
    num_id = _chinese_list(document)
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for text, nid in (("甲", num_id), ("乙", "91"), ("丙", "92")):
        _number(document.add_paragraph(text), nid, 0)
    hidden = document.add_paragraph("看得见")
    hidden.add_run("隐藏文字").font.hidden = True
    path = tmp_path / "lists.docx"
    document.save(str(path))
    from shigu_gui.model.formats.docx import docx_text

    assert docx_text(path.read_bytes()).split("\n") == ["一、甲", "二、乙", "一、丙", "看得见"]


@pytest.mark.parametrize(("n", "fmt", "shown"), [
    (3, "chineseCounting", "三"), (12, "chineseCountingThousand", "十二"), (2, "ideographTraditional", "乙"),
    (3, "chineseLegalSimplified", "叁"), (4, "decimalEnclosedCircle", "④"), (4, "upperRoman", "IV"),
    (27, "lowerLetter", "aa"), (5, "decimalFullWidth", "５"), (3, "bullet", ""),
])
def test_number_formats(n: int, fmt: str, shown: str) -> None:
    from shigu_gui.model.formats.docx.numbering import format_number

    assert format_number(n, fmt) == shown


def test_footnotes_are_the_reports_notes(tmp_path: Path) -> None:
    """Word footnotes (a report's 注释, its glossary) follow the body, numbered as the body refers
    to them; the references read 〔N〕 where the terms stand."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_paragraph("遂宁市安居区2022年政府工作报告")
    document.add_paragraph("各位代表：")
    document.add_paragraph("现在，我代表区人民政府向大会报告工作，请予审议。")
    document.add_paragraph("一、2021年工作回顾")
    body = document.add_paragraph("区政府聚焦聚力区委“1336”发展战略")
    body._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="2"/></w:r>'))
    body.add_run("，紧盯“五个领跑、两个提升”")
    body._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))
    body.add_run("目标。" + BODY)
    notes = (
        f'<w:footnotes {nsdecls("w")}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        "<w:r><w:t>“五个领跑、两个提升”：指经济增长领跑全市。</w:t></w:r></w:p></w:footnote>"
        '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
        "<w:r><w:t>“1336”发展战略：指坚持一个定位。</w:t></w:r></w:p></w:footnote>"
        "</w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                notes, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    path = tmp_path / "notes.docx"
    document.save(str(path))
    text = report_text(path.read_bytes(), path.name)
    assert "“1336”发展战略〔1〕，紧盯“五个领跑、两个提升”〔2〕目标。" in text
    assert text.endswith("注释\n〔1〕“1336”发展战略：指坚持一个定位。\n〔2〕“五个领跑、两个提升”：指经济增长领跑全市。")
    doc = load_report(path)
    assert [(e.term, e.definition) for e in doc.glossary] == [
        ("“1336”发展战略", "指坚持一个定位。"), ("“五个领跑、两个提升”", "指经济增长领跑全市。")]


def test_a_pages_markup_saved_as_text_is_read_as_the_page() -> None:
    page = (
        "<h3> 2月26日上午9時,章貢區第五屆人民代表大會第四次會議在區政中心隆重開幕。</h3><h3></h3>"
        "<h3> 區委副書記、區長連天浪代表章貢區人民政府向大會報告工作。</h3>"
        '<h1 style="text-align: center;"><b>2018年工作回顧</b></h1><h3></h3>'
        "<h3> 在市委、市政府和區委的堅強領導下,全區上下堅持以新發展理念為指導。</h3>"
    ).encode() * 8
    assert sniff(page, "report.txt") == "html"
    text = report_text(page, "report.txt")
    assert "<h3>" not in text and "2018年工作回顧" in text
