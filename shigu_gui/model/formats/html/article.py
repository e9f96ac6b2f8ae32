"""The article in a parsed page: page furniture dropped, the box holding nearly all of the page's
non-link Chinese text found, its own title, and its text written one line per block with
<strong>/<b> and headings marked `**…**`."""

from __future__ import annotations

import re
from typing import Any

from .limits import MAX_NESTING

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_REMOVE = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "input",
           "button", "select", "textarea", "label", "nav", "aside", "form", "head", "link", "meta", "img",
           "video", "audio", "map")
# Class or id words of page furniture; such an element is dropped unless it holds most of the page.
_FURNITURE = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|crumbs?|bread|breadcrumbs?|position|location|share|bdshare|footer|foot|"
    r"copyright|related|relate|xgxx|xglj|recommend|hot|sidebar|side|comments?|toolbar|tools?|print|close|"
    r"pages?|paging|prev|next|search|logo|banner|header|top|info|meta|source|fbsj|attachment|editor|jiucuo|"
    r"correction|qrcode|ewm|erweima|wechat|weixin|fenxiang|bottom)(?:$|[-_\s\d])",
    re.IGNORECASE)
_BLOCKS = frozenset(("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                     "table", "tbody", "blockquote", "dd", "dt", "dl", "ul", "ol", "center", "pre", "main",
                     "hr", "body", "header", "footer", "address", "figure", "figcaption"))
_BOLD = frozenset(("strong", "b"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))  # inside the article: a heading hint, like bold
# Elements the search for the article box may narrow into (never a single paragraph).
_BOXES = frozenset(("div", "section", "article", "main", "table", "tbody", "tr", "td", "th", "center",
                    "blockquote", "body", "span", "font"))
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# A line break in the page's source between two Chinese characters is no space in the text.
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]*[\r\n]+[ \t]*(?=[\u3000-\u9fff\uff00-\uffef])")
_TITLE_TAIL = re.compile(r"\s*[_|｜\-–—]+\s*[^_|｜\-–—]*(?:网|政府|门户|频道|首页|官网)[^_|｜\-–—]*$")
_MAX_DEPTH = MAX_NESTING  # the walks stop as deep as the nesting a page is allowed


def article_lines(root: Any) -> list[str]:
    """The article's lines: furniture removed from root's tree, then the article box written out."""
    counts: dict[int, tuple[int, int]] = {}
    total, _ = _counts(root, counts)
    doomed: list[Any] = []
    _collect_removals(root, counts, total, doomed, 0)
    for node in doomed:  # none inside another: a removed node's descendants are never touched again
        node.decompose()
    counts.clear()
    blocky: set[int] = set()
    _counts(root, counts, blocky=blocky)
    article = _article(root, counts)
    return _lines(article, blocky)


def page_title(tree: Any) -> str:
    """The article's own title: the first <h1>, ArticleTitle or <title> that names a report (a
    portal's <h1> is often its own name, which must not become the report's title)."""
    for selector in ("h1", 'meta[name="ArticleTitle"]', "title"):
        for node in tree.css(selector):
            text = node.attributes.get("content") if node.tag == "meta" else node.text(separator="")
            text = _SPACES.sub(" ", text or "").strip()
            if selector == "title":
                text = _TITLE_TAIL.sub("", text).strip()
            if "报告" in text and len(text) <= 60:
                return text
    return ""


def same_title(title: str, line: str) -> bool:
    squeeze = re.compile(r"[\s*\u3000]+")
    a, b = squeeze.sub("", title), squeeze.sub("", line)
    return bool(a) and (a in b or (len(b) >= 4 and b in a))


def _children(node: Any) -> list[Any]:
    return list(node.iter(include_text=True))


def _counts(node: Any, out: dict[int, tuple[int, int]], depth: int = 0,
            blocky: set[int] | None = None) -> tuple[int, int]:
    """(Chinese characters, of which inside links) under node, scripts and the like not counted;
    every element's pair kept in out, and in blocky the elements holding a block element."""
    han = links = 0
    for child in _children(node):
        if child.tag == "-text":
            han += len(_HAN.findall(child.text_content or ""))
        elif child.tag.startswith(("-", "_")) or child.tag in _REMOVE or depth > _MAX_DEPTH:
            continue
        else:
            h, lk = _counts(child, out, depth + 1, blocky)
            han += h
            links += h if child.tag == "a" else lk
            if blocky is not None and (child.tag in _BLOCKS or child.mem_id in blocky):
                blocky.add(node.mem_id)
    out[node.mem_id] = (han, links)
    return han, links


def _collect_removals(node: Any, counts: dict[int, tuple[int, int]], total: int, doomed: list[Any],
                      depth: int) -> None:
    """The outermost elements to drop: scripts, forms, navigation and the like, and elements named
    as page furniture (nav, share, footer …) unless they hold much of the page's text."""
    for child in _children(node):
        tag = child.tag
        if tag.startswith(("-", "_")) or depth > _MAX_DEPTH:
            continue
        if tag in _REMOVE:
            doomed.append(child)
            continue
        attrs = child.attributes
        words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if words.strip() and _FURNITURE.search(words) and counts.get(child.mem_id, (0, 0))[0] < total * 0.3:
            doomed.append(child)
            continue
        _collect_removals(child, counts, total, doomed, depth + 1)


def _article(root: Any, counts: dict[int, tuple[int, int]]) -> Any:
    """The tightest element still holding nearly all of the page's non-link Chinese text."""
    def body_text(node: Any) -> int:
        han, links = counts.get(node.mem_id, (0, 0))
        return han - links

    node = root
    while True:
        best = max((c for c in _children(node) if c.tag in _BOXES), key=body_text, default=None)
        if best is None or body_text(best) < body_text(node) * 0.85 or body_text(best) == 0:
            return node
        node = best


def _lines(article: Any, blocky: set[int]) -> list[str]:
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        text = _clean("".join(current))
        current.clear()
        if text:
            lines.append(text)

    def walk(node: Any, depth: int) -> None:
        for child in _children(node):
            tag = child.tag
            if tag == "-text":
                current.append(child.text_content or "")
            elif tag.startswith(("-", "_")) or depth > _MAX_DEPTH:
                continue
            elif tag in _BOLD or tag in _HEADINGS:
                inner = "\n" if child.mem_id in blocky else _inline_text(child)
                if tag in _HEADINGS:
                    end_line()
                if "\n" in inner or not inner.strip():
                    walk(child, depth + 1)
                else:
                    current.append(f"**{inner}**")
                if tag in _HEADINGS:
                    end_line()
            elif tag in ("td", "th"):
                walk(child, depth + 1)
                current.append("\t")
            elif tag in _BLOCKS:
                end_line()
                walk(child, depth + 1)
                end_line()
            else:
                walk(child, depth + 1)

    walk(article, 0)
    end_line()
    return lines


def _inline_text(node: Any) -> str:
    """A bold element's text (one holding block elements is walked instead: not a hint then)."""
    return _clean(node.text(separator="", deep=True) or "", keep_edges=True)


def _clean(text: str, keep_edges: bool = False) -> str:
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    text = _CJK_BREAK.sub("", text)
    text = _SPACES.sub(" ", text)
    text = re.sub(r"\*\*\s*\*\*", "", text)
    return text if keep_edges else text.strip(" \t")
