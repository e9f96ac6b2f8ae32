"""Terms explained in a hover box: the sentence stays whole, the box is no text, no heading."""

from __future__ import annotations

import html
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shigu_gui.model import parse_bytes, parse_report
from shigu_gui.model.dump import outline_json
from shigu_gui.model.formats import report_text
from shigu_gui.model.formats.html import html_text
from shigu_gui.model.formats.html.popups import without_popups

from ..conftest import SEED
from .pages import HOVER_STYLES, govcn_page, portal_page, with_hover_terms

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _titles(sections: list[dict]) -> list[tuple]:  # type: ignore[type-arg]
    return [(s["title"], s["level"], tuple(_titles(s["children"]))) for s in sections]


def _unbold(text: str) -> str:
    """The text without bold marks (a term set in bold gains them; nothing else may differ)."""
    return text.replace("**", "")


def _seed_terms() -> dict[str, str]:
    """The seed's glossary terms mentioned in its text before the glossary, with their explanations."""
    doc = parse_report(SEED_TEXT, "seed")
    glossary_start = min(entry.start for entry in doc.glossary)
    return {entry.term: entry.definition for entry in doc.glossary if doc.text.find(entry.term) < glossary_start}


# A report in the national layout in which a term explained on hover opens a paragraph (as
# gov.cn marks the 名词解释 in the text): before, the term became a heading over the parts after it.
NATIONAL = """政府工作报告
——2022年3月5日在第十三届全国人民代表大会第五次会议上
各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。
一、2021年工作回顾
过去一年是党和国家历史上具有里程碑意义的一年。我们统筹国内国际两个大局，经济保持恢复发展，主要指标实现预期目标。
（一）经济运行保持在合理区间。国内生产总值增长8.1%，城镇新增就业1269万人，居民消费价格上涨0.9%。
（二）坚持高水平对外开放。
区域全面经济伙伴关系协定正式生效实施，货物贸易较快增长，进出口总额增长21.4%，实际使用外资稳定增长，共建“一带一路”扎实推进。
（三）保障和改善民生。居民人均可支配收入实际增长8.1%，教育、医疗、养老等公共服务持续加强。
二、2022年经济社会发展总体要求和政策取向
今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上；居民消费价格涨幅3%左右。
三、2022年政府工作任务
（一）坚定实施扩大内需战略。推进区域协调发展和新型城镇化，多渠道促进居民增收。
（二）推进高水平对外开放。高质量实施区域全面经济伙伴关系协定，稳定外贸外资基本盘。
（三）加强和创新社会治理。推进更高水平的平安中国建设，维护国家安全和社会稳定。
各位代表！让我们紧密团结，砥砺前行，为实现中华民族伟大复兴的中国梦不懈奋斗！"""
RCEP = {"区域全面经济伙伴关系协定": "区域全面经济伙伴关系协定（RCEP）：由东盟十国发起，中国、日本、韩国、澳大利亚、"
                                  "新西兰共同参加，通过削减关税及非关税壁壘，建立统一市场的自由贸易协定。"}


@pytest.mark.parametrize("style", HOVER_STYLES)
def test_a_term_opening_a_paragraph_is_no_heading(style: str) -> None:
    page = govcn_page(NATIONAL.split("\n"), "政府工作报告")
    marked = with_hover_terms(page, RCEP, style)
    assert _unbold(report_text(marked, "p.html")) == report_text(page, "p.html")
    doc, twin = parse_bytes(marked, "p", "p.html"), parse_report(NATIONAL, "p")
    assert _titles(outline_json(doc)["sections"]) == _titles(outline_json(twin)["sections"])
    assert [s.title for s in doc.sections] == ["2021年工作回顾", "2022年经济社会发展总体要求和政策取向",
                                               "2022年政府工作任务"]
    assert "自由贸易协定" not in doc.text


@pytest.mark.parametrize("style", HOVER_STYLES)
def test_glossary_terms_marked_in_the_text_leave_the_seed_as_it_is(style: str) -> None:
    lines = SEED_TEXT.split("\n")
    page = govcn_page(lines, "石鼓区2019年政府工作报告")
    marked = with_hover_terms(page, _seed_terms(), style)
    assert _unbold(report_text(marked, "p.html")) == _unbold(report_text(page, "p.html"))
    doc, twin = parse_bytes(marked, "p", "p.html"), parse_report(SEED_TEXT, "p")
    assert _titles(outline_json(doc)["sections"]) == _titles(outline_json(twin)["sections"])
    assert [e.term for e in doc.glossary] == [e.term for e in twin.glossary]


def test_explanations_kept_at_the_page_foot_are_no_text() -> None:
    """Some pages keep the boxes in one hidden list after the article, shown where the term is hovered."""
    page = portal_page(NATIONAL.split("\n"), "政府工作报告").decode()
    boxes = "".join(f'<div class="tip-layer" id="tip{i}" style="display:none"><h3>{html.escape(t)}</h3>'
                    f"<p>{html.escape(e)}</p></div>" for i, (t, e) in enumerate(RCEP.items()))
    page = page.replace('<div class="share">', boxes + '<div class="share">')
    text = report_text(page.encode(), "p.html")
    assert "自由贸易协定" not in text
    assert text == report_text(portal_page(NATIONAL.split("\n"), "政府工作报告"), "p.html")


@pytest.mark.parametrize("hiding", ['style="display:none"', 'class="hide"', "hidden"])
def test_an_article_hidden_until_a_script_shows_it_is_read(hiding: str) -> None:
    """A page fetched as served, not as shown: the box holding the article is hidden by a class
    or style a script takes away. Most of the page's text is no hover box."""
    page = portal_page(SEED_TEXT.split("\n"), "政府工作报告").replace(
        b'<div class="content" id="zoom">', f'<div class="content" id="zoom" {hiding}>'.encode())
    assert "一、2018年工作回顾" in report_text(page, "p.html").split("\n")


def test_a_block_after_inline_text_longer_than_an_explanation_stays() -> None:
    """A <div> inside a <span> that holds a whole passage is text set badly, not a hover box."""
    passage = "全区上下团结奋斗，地区生产总值增长百分之八，各项事业全面进步。" * 40
    markup = f"<p><span>前言<div>{passage}</div></span></p>"
    assert passage in without_popups(markup)


def test_a_table_after_inline_text_stays() -> None:
    """Old pages wrap whole passages in <font>; a table there holds the report's figures."""
    markup = ("<p><font size=3>主要指标完成情况如下<table><tr><td>地区生产总值</td><td>增长6%</td></tr></table>"
              "</font></p>")
    assert without_popups(markup) == markup


def test_text_outside_boxes_is_untouched() -> None:
    rest = "<!-- <div hidden>注释</div> --><script>var s = '<div hidden>x</div>';</script><p>下一段<br/>文字</p>"
    markup = '<p>推动<span class="tooltip">协定<div>说明</div></span>生效。</p>' + rest
    assert without_popups(markup) == '<p>推动<span class="tooltip">协定</span>生效。</p>' + rest


def test_many_unclosed_boxes_are_read_in_linear_time() -> None:
    markup = "<html><body><p>" + '<span class="tip">词<div style="display:none">解释' * 20_000 + "</p></body></html>"
    started = time.perf_counter()
    without_popups(markup)
    assert time.perf_counter() - started < 2


SENTENCES = st.sampled_from(["地区生产总值增长6%。", "推进区域协调发展", "，", "一、2024年工作回顾",
                             "（一）扩大有效投资", "各位代表：", "稳定外贸外资基本盘"])


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(st.lists(SENTENCES, min_size=1, max_size=5).map("".join), min_size=3, max_size=12),
       where=st.integers(0, 11), cut=st.integers(0, 20), length=st.integers(1, 12),
       style=st.sampled_from(sorted(HOVER_STYLES)))
def test_a_box_anywhere_in_a_paragraph_leaves_its_text(paragraphs: list[str], where: int, cut: int, length: int,
                                                        style: str) -> None:
    """Wherever a term in a paragraph gets a box, the text is the page's without it."""
    paragraph = paragraphs[where % len(paragraphs)]
    start = cut % len(paragraph)
    term = paragraph[start: start + length]
    boxed = HOVER_STYLES[style].format(term=html.escape(term), explanation="指一种新的做法，详见有关文件。")
    body = ["各位代表：", *paragraphs]
    plain = "".join(f"<p>{html.escape(p)}</p>" for p in body)
    marked = plain.replace(f"<p>{html.escape(paragraph)}</p>",
                           f"<p>{html.escape(paragraph[:start])}{boxed}"
                           f"{html.escape(paragraph[start + len(term):])}</p>", 1)
    page = "<html><body><div class='content'>{}</div></body></html>"
    assert _unbold(html_text(page.format(marked).encode())) == html_text(page.format(plain).encode())


def test_boxes_the_pages_style_sheet_hides_are_no_text() -> None:
    """A hover box of class names no rule knows, hidden by the page's own <style> until hovered;
    a rule inside @media hides only on small screens and is passed over."""
    sheet = ("<style>/* 名词解释 */ .gloss-word { color: #1a5ea8 } .gloss-word .gloss-con, #note7 { display : none; "
             "position: absolute } .gloss-word:hover .gloss-con { display: block }"
             "@media (max-width: 640px) { .wide-only { display: none } }</style>")
    lines = NATIONAL.split("\n")
    page = govcn_page(lines, "政府工作报告").decode().replace("</head>", sheet + "</head>")
    explanation = html.escape(RCEP["区域全面经济伙伴关系协定"])
    marked = page.replace("区域全面经济伙伴关系协定", '<span class="gloss-word">区域全面经济伙伴关系协定'
                          f'<span class="gloss-con">{explanation}</span></span>', 1)
    marked = marked.replace("（三）保障和改善民生。", f'<span id="note7">{explanation}</span><span class="wide-only">'
                            "（三）保障和改善民生。</span>", 1)
    assert report_text(marked.encode(), "p.html") == report_text(page.encode(), "p.html")


def test_the_rest_of_an_article_behind_a_read_more_button_is_read() -> None:
    """Portals fold a long report after its first part ('展开全文'): the rest, hidden by a style
    until clicked, is longer than any explanation and is the report's own text."""
    lines = SEED_TEXT.split("\n")
    page = portal_page(lines, "政府工作报告").decode()
    fold_at = page.rindex("<p", 0, page.index("打造最强执行力政府"))  # the last ~14% of the text
    end = page.index('</div>\n<div class="share">')
    folded = (page[:fold_at] + '<a class="more">展开全文</a><div class="article-more" style="display:none">'
              + page[fold_at:end] + "</div>" + page[end:])
    assert report_text(folded.encode(), "p.html").replace("展开全文\n", "") == report_text(page.encode(), "p.html")


def test_a_single_file_pages_style_sheets_hide_its_boxes() -> None:
    """Chrome's 'single file' (.mhtml) keeps the page's CSS as parts of their own."""
    import quopri

    explanation = html.escape(RCEP["区域全面经济伙伴关系协定"])
    page = govcn_page(NATIONAL.split("\n"), "政府工作报告")
    marked = page.decode().replace("区域全面经济伙伴关系协定", '<span class="gloss-word">区域全面经济伙伴关系协定'
                                   f'<span class="gloss-con">{explanation}</span></span>', 1).encode()
    css = b".gloss-word .gloss-con { display: none } .gloss-word:hover .gloss-con { display: block }"

    def mhtml(html_part: bytes) -> bytes:
        return (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                b'\ttype="text/html";\r\n\tboundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n'
                b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quopri.encodestring(html_part)
                + b"\r\n--b\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                b"Content-Location: https://www.example.gov.cn/css/main.css\r\n\r\n" + quopri.encodestring(css)
                + b"\r\n--b--\r\n")

    assert report_text(mhtml(marked), "p.mhtml") == report_text(mhtml(page), "p.mhtml")
    assert "自由贸易协定" not in report_text(mhtml(marked), "p.mhtml")


@pytest.mark.parametrize("markup", [
    "<p>" + "<style>.a{display:none}" * 50_000,
    "<style>" + "/* .a{display:none} " * 50_000 + "</style><p>正文</p>",
    "<style>" + ".a{" * 50_000 + "</style><p>正文</p>",
])
def test_style_sheets_left_open_are_read_in_linear_time(markup: str) -> None:
    started = time.perf_counter()
    without_popups(markup, markup[:100_000])
    assert time.perf_counter() - started < 1
