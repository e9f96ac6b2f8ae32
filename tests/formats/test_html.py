"""Saved web pages: the article only, in any portal layout and page encoding."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from shigu_gui.model import ReportError, parse_bytes, parse_report
from shigu_gui.model.dump import outline_json
from shigu_gui.model.formats import HTML, report_text, sniff

from ..conftest import CORPUS, SEED
from .pages import JUNK, article_page, govcn_page, portal_page, table_page

LAYOUTS: dict[str, Callable[[list[str], str], bytes]] = {
    "portal-utf8": portal_page,
    "portal-gbk": lambda lines, title: portal_page(lines, title, "gbk"),
    "table-gb2312": table_page,
    "article": article_page,
    "gov.cn": govcn_page,
}


def _titles(sections: list[dict]) -> list[tuple]:  # type: ignore[type-arg]
    return [(s["title"], s["level"], tuple(_titles(s["children"]))) for s in sections]


def _sources() -> list[tuple[str, str, str]]:
    sources = [("seed", SEED.read_text(encoding="utf-8"), "石鼓区2019年政府工作报告")]
    bold = CORPUS / "2025_province_广东.bold-marked.txt"
    if bold.is_file():
        sources.append(("广东-bold", bold.read_text(encoding="utf-8"), "2025年广东省政府工作报告"))
    return sources


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("source", _sources(), ids=lambda s: s[0])
def test_page_gives_the_document_of_its_text(layout: str, source: tuple[str, str, str]) -> None:
    _, text, title = source
    page = LAYOUTS[layout](text.split("\n"), title)
    assert sniff(page, "page.html") == HTML
    extracted = report_text(page, "page.html")
    for junk in (*JUNK, "责任编辑", "我要纠错", "扫一扫"):
        assert junk not in extracted or junk in text, junk
    doc, twin = parse_bytes(page, "page", "page.html"), parse_report(text, "page")
    assert doc.title == twin.title
    assert _titles(outline_json(doc)["sections"]) == _titles(outline_json(twin)["sections"])
    assert len(doc.glossary) == len(twin.glossary)
    assert [(i.name, i.value) for i in doc.indicators] == [(i.name, i.value) for i in twin.indicators]


def test_bold_stretches_are_heading_hints() -> None:
    lines = ["各位代表：", "**一、2024年工作回顾**", "地区生产总值增长**5%**。" * 40]
    text = report_text(portal_page(lines, "2025年某市政府工作报告"), "p.html")
    assert "**一、2024年工作回顾**" in text.split("\n")
    assert "地区生产总值增长**5%**。" in text


def test_title_outside_the_article_is_kept() -> None:
    """The page's <h1> sits above the article box; the report then starts with it."""
    body = ["各位代表：", "一、2024年工作回顾", "地区生产总值增长6%，一般公共预算收入增长5%。" * 20]
    text = report_text(portal_page(body, "2025年某某市政府工作报告"), "p.html")
    assert text.split("\n")[0] == "2025年某某市政府工作报告"


def test_page_is_found_by_content_without_suffix() -> None:
    page = article_page(SEED.read_text(encoding="utf-8").split("\n"), "政府工作报告")
    assert sniff(page, "download") == HTML
    assert sniff(b"\xef\xbb\xbf  <!-- saved --><HTML><body>", "x") == HTML
    assert sniff("各位代表：<b>不是网页</b>".encode(), "x.txt") != HTML


@pytest.mark.parametrize("page", [
    b"<html><head><title>x</title></head><body></body></html>",
    "<!doctype html><html><body><ul><li><a href='/'>首页</a></li><li><a>政务公开</a></li></ul></body></html>".encode(),
    "<html><body><p>会议通知：周一上午开会。</p></body></html>".encode(),
])
def test_page_without_article_text_is_one_clear_error(page: bytes) -> None:
    with pytest.raises(ReportError, match="网页里没有报告正文"):
        parse_bytes(page, "p", "p.html")


def test_saved_page_opens_from_disk(tmp_path: Path) -> None:
    from shigu_gui.model import load_report

    path = tmp_path / "报告.htm"
    path.write_bytes(table_page(SEED.read_text(encoding="utf-8").split("\n"), "政府工作报告"))
    doc = load_report(path)
    assert doc.title == "石鼓区2019年政府工作报告"
    assert doc.sections[0].title == "2018年工作回顾"


def test_site_name_in_h1_is_not_the_title() -> None:
    lines = ["2025年某某市政府工作报告", "各位代表：", "<h3>一、2024年工作回顾</h3>", "地区生产总值增长6%。" * 40]
    page = portal_page(lines, "2025年某某市政府工作报告").replace(
        b'<div class="logo">', "<div class=\"logo\"><h1>某某市人民政府</h1>".encode())
    page = page.replace(b"&lt;h3&gt;", b"<h3>").replace(b"&lt;/h3&gt;", b"</h3>")
    text = report_text(page, "p.html").split("\n")
    assert text[0] == "2025年某某市政府工作报告"
    assert "某某市人民政府" not in text
    assert "**一、2024年工作回顾**" in text


def test_nested_furniture_and_forms() -> None:
    """A form holding inputs and a nav inside a header: each removed once, with what it holds."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    page = portal_page(lines, "政府工作报告").replace(
        b'<div class="search">', b'<form action="/s"><nav class="menu"><a>\xe9\xa6\x96\xe9\xa1\xb5</a></nav>'
        b'<div class="search">').replace(b"<button>", b"<button><span>").replace(b"</button></div>",
                                          b"</span></button></div></form>")
    for _ in range(3):
        text = report_text(page, "p.html")
        assert "突出打硬仗" in text and "首页" not in text


def test_page_saved_as_one_file_mhtml(tmp_path: Path) -> None:
    """Chrome's 'single file' (.mhtml): a MIME message whose text/html part is quoted-printable GBK."""
    import quopri

    from shigu_gui.model import load_report

    page = portal_page(SEED.read_text(encoding="utf-8").split("\n"), "石鼓区2019年政府工作报告", "gbk")
    mhtml = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.gov.cn/a.html\r\n"
             b"Subject: =?utf-8?Q?x?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
             b'\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc"\r\n\r\n'
             b"------MultipartBoundary--abc\r\nContent-Type: text/html; charset=gbk\r\n"
             b"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://www.example.gov.cn/a.html\r\n\r\n"
             + quopri.encodestring(page) + b"\r\n------MultipartBoundary--abc\r\nContent-Type: image/png\r\n"
             b"Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc--\r\n")
    path = tmp_path / "report.mhtml"
    path.write_bytes(mhtml)
    assert sniff(mhtml, "download") == HTML
    doc = load_report(path)
    assert doc.title == "石鼓区2019年政府工作报告"
    assert doc.sections[0].title == "2018年工作回顾"
    assert "分享到" not in doc.text
