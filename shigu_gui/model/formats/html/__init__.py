"""A saved web page → the report text: the article body only, found by its text, not by a site's markup.

selectolax (lexbor) parses; our own rules then find the article (the element holding most of the
page's Chinese text that is not link text, narrowed while one child holds nearly all of it), drop
scripts, navigation, breadcrumbs, share boxes, related links and footers (hover and hidden boxes go
before the parse: popups.py), and write one line per
block (<p>, <div>, <br>, table rows), <strong>/<b> stretches as `**…**`, the parser's heading hint.

The steps, one module each: decoding (the markup from the bytes: MHTML, charset), limits (what a
page may cost, checked before the parse), popups (hover and hidden boxes cut), article (the
article found in the parsed page and written as lines).
"""

from __future__ import annotations

from ...errors import ReportError
from .article import article_lines, page_title, same_title
from .decoding import decode_html, looks_like_mime, mhtml_page
from .limits import check_markup
from .popups import without_popups


def html_text(data: bytes, charset: str | None = None) -> str:
    """The article's text; charset given (the clipboard's UTF-8) overrides what the page declares."""
    from selectolax.lexbor import LexborHTMLParser  # imported only when a web page is opened

    inner, sheets = (mhtml_page(data) if not charset and looks_like_mime(data) else None) or (None, "")
    plain = data.decode(charset, errors="replace") if charset else None
    markup = inner or plain or decode_html(data)
    check_markup(markup)
    tree = LexborHTMLParser(without_popups(markup, sheets))
    title = page_title(tree)
    root = tree.body
    if root is None:
        raise ReportError("这个网页里没有报告正文 / This web page holds no report text")
    lines = article_lines(root)
    if title and not any(same_title(title, line) for line in lines[:6]):
        lines.insert(0, title)
    return "\n".join(lines)
