"""Hostile and damaged web pages: refused before the HTML parser's slow cases, or read; never a traceback."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shigu_gui.model import ReportError
from shigu_gui.model.formats import report_text
from shigu_gui.model.formats.html import limits as html_limits
from shigu_gui.model.formats.html.limits import MAX_NESTING, nesting_depth

from ..conftest import SEED
from .pages import portal_page

LINES = SEED.read_text(encoding="utf-8").split("\n")


def test_a_page_nested_100000_deep_is_refused_at_once() -> None:
    """It blocked the window for 20 s: the parser looks down the open elements at every <div>."""
    page = ("<html><body>" + "<div>" * 100_000 + "政府工作报告" * 100 + "</div>" * 100_000 + "</body></html>").encode()
    started = time.perf_counter()
    with pytest.raises(ReportError, match="嵌套过深"):
        report_text(page, "deep.html")
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize("opening", ["", "<select>", "<noscript>", "<template>", "<svg>", "<table>", "<form>",
                                     "<svg><foreignObject>", "<svg><title>", "<math><mi>", "<svg><style>"])
@pytest.mark.parametrize("nested", ["<ul><li>政府", "<div>", "<b><i>", "<div><select>", "<g>"])
def test_deep_nesting_is_refused_inside_any_element(opening: str, nested: str) -> None:
    started = time.perf_counter()
    with pytest.raises(ReportError, match="嵌套过深"):
        report_text(("<html><body>" + opening + nested * 20_000).encode(), "deep.html")
    assert time.perf_counter() - started < 1


def test_a_page_of_too_many_elements_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_limits, "MAX_TAGS", 100)
    with pytest.raises(ReportError, match="元素过多"):
        report_text(portal_page(LINES, "某某市政府工作报告"), "p.html")


def test_a_page_too_large_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_limits, "MAX_MARKUP", 10_000)
    with pytest.raises(ReportError, match="网页过大"):
        report_text(portal_page(LINES, "某某市政府工作报告"), "p.html")


def test_many_unclosed_paragraphs_and_spans_are_not_deep() -> None:
    """Old pages leave </p>, </li> and </td> out: the parser closes them, and so does the count."""
    page = portal_page(LINES, "某某市政府工作报告").replace(b"</p>", b"<span>").replace(b"</li>", b"")
    assert "2018年工作回顾" in report_text(page, "p.html")


@pytest.mark.parametrize("markup", [
    "<p><span>a" * 500, "<ul>" + "<li>a" * 500, "<table>" + "<tr><td>a<td>b" * 500 + "</table>",
    "<!-- <div> -->" * 500, "<script>" + "<div>" * 500 + "</script>", "<dl>" + "<dt>a<dd>b" * 500,
    "<select>" + "<option>a" * 500, "<div></div>" * 500, "<a href=x>a" * 500,
])
def test_markup_that_a_parser_keeps_flat(markup: str) -> None:
    assert nesting_depth(markup, MAX_NESTING) < 10


def test_markup_nested_deep() -> None:
    assert nesting_depth("<div><span><b>" * 200, 10**6) == 600
    assert nesting_depth("<div>" * 5000, 400) == 401  # counting stops past the limit


def _real_depth(markup: str) -> int:
    """The deepest element under <body> in lexbor's tree."""
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(markup).body
    deepest, stack = 0, [(body, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child if node is not None else None
        while child is not None:
            if not child.tag.startswith("-"):
                stack.append((child, depth + 1))
            child = child.next
    return deepest


TAGS = st.sampled_from(["div", "p", "span", "li", "ul", "td", "tr", "table", "b", "font", "a", "dt", "dd", "dl",
                        "section", "h2", "br", "img", "option", "select", "em", "center", "blockquote", "form",
                        "noscript", "svg", "math", "foreignObject", "path", "path/", "mi", "caption", "h3", "th",
                        "tbody", "script", "title", "style"])  # not <template>: its content is a fragment apart
TOKENS = st.one_of(TAGS.map(lambda t: f"<{t}>"), TAGS.map(lambda t: f"</{t}>"), st.just("字"),
                   st.just("<!-- <div> -->"), st.just("<script><div></script>"), st.just("<P>"), st.just("<DIV>"))


@settings(max_examples=200, deadline=2000)
@given(st.lists(TOKENS, max_size=60))
def test_the_count_never_exceeds_what_the_parser_builds(tokens: list[str]) -> None:
    """Counted much deeper than the parser nests, a real page could be refused. The count follows
    the parser's implied end tags and breakouts, not every corner (content moved out of a table,
    an option ending what is open in its list): it may be one level off here and there, but it
    never runs away from the parser's depth."""
    markup = "<body>" + "".join(tokens)  # what a page's head holds is no body's nesting
    assert nesting_depth(markup, 10**6) <= 2 * (_real_depth(markup) + 1)


@pytest.mark.parametrize("charset", ["undefined", "rot13", "base64", "idna", "utf-32", "x-nonsense"])
def test_a_page_naming_an_unusable_charset_is_read(charset: str) -> None:
    page = portal_page(LINES, "某某市政府工作报告").replace(b'charset="utf-8"', f'charset="{charset}"'.encode())
    assert "2018年工作回顾" in report_text(page, "p.html")


@pytest.mark.parametrize("charset", ["undefined", "rot13", "idna"])
def test_an_mhtml_part_naming_an_unusable_charset_is_read(charset: str) -> None:
    page = portal_page(LINES, "某某市政府工作报告")
    mhtml = (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
             b'\ttype="text/html";\r\n\tboundary="b"\r\n\r\n--b\r\n'
             b"Content-Type: text/html; charset=" + charset.encode() + b"\r\n"
             b"Content-Transfer-Encoding: 8bit\r\n\r\n" + page + b"\r\n--b--\r\n")
    assert "2018年工作回顾" in report_text(mhtml, "p.mhtml")
