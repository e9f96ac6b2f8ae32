"""A saved web page → the report text: the article body only, found by its text, not by a site's markup.

selectolax (lexbor) parses; our own rules then find the article (the element holding most of the
page's Chinese text that is not link text, narrowed while one child holds nearly all of it), drop
scripts, navigation, breadcrumbs, share boxes, related links and footers (hover and hidden boxes go
before the parse: html_popups.py), and write one line per
block (<p>, <div>, <br>, table rows), <strong>/<b> stretches as `**…**`, the parser's heading hint.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from typing import Any

from ..errors import ReportError
from .html_popups import without_popups

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
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
_MAX_DEPTH = 400
# A page's markup is at most this long and its elements nest at most this deep: the HTML parser
# looks down the stack of open elements at each block's start, so its time grows with depth times
# elements (a page nested 100,000 deep took 25 s). A real page is a few hundred KB, ~30 deep.
MAX_MARKUP = 16 * 1024 * 1024
MAX_NESTING = _MAX_DEPTH
MAX_STYLE = 4 * 1024 * 1024  # a one-file page's style sheets read for hidden boxes, in all
MAX_TAGS = 300_000  # '<' in the markup: a report's page has ~10-30 thousand; the walk takes ~15 µs each
_TOO_DEEP = (f"这个网页的元素嵌套过深（超过 {MAX_NESTING} 层），不像是一篇报告 / "
             f"This web page is nested too deeply (over {MAX_NESTING} levels): not a report")
# A tag (its name, then what follows up to the next < or >, or 1,000 characters) or a comment.
_TOKEN = re.compile(r"<(/?[a-z][a-z0-9:-]*)([^<>]{0,1000})|<!--")  # in lowered markup
# Raw text (<noscript> is markup: lexbor parses with scripting off; <plaintext> never ends).
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"))
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_FOREIGN = ("svg", "math")
_INTEGRATION = {"svg": ("foreignobject", "desc", "title"), "math": ("annotation-xml", "mi", "mo", "mn", "ms", "mtext")}
# HTML start tags that end an <svg> or <math> they appear in (the parser pops out of it).
_BREAKOUT = frozenset(("b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
                       "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta",
                       "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup",
                       "table", "tt", "u", "ul", "var"))
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "keygen", "frame", "basefont", "bgsound", "image", "isindex"))
# Elements a later start tag closes without an end tag, and the elements that stop that search:
# <p> ... <p>, <li> ... <li> in one list, cells and rows in one table.
_IMPLIED = {"p": ("table", "td", "th", "button", "object", "caption", "marquee", "applet", "template"),
            "li": ("ul", "ol", "menu"), "dt": ("dl",), "dd": ("dl",), "option": ("select", "datalist"),
            "td": ("table", "tr"), "th": ("table", "tr"), "tr": ("table", "tbody", "thead", "tfoot"),
            "tbody": ("table",), "thead": ("table",), "tfoot": ("table",), "a": ("td", "th", "table"),
            "nobr": ("td", "th", "table"), "rt": ("ruby",), "rp": ("ruby",),
            "table": ("td", "th", "caption")}  # a <table> right in a table ends that one
_SIBLINGS = {"dd": ("dd", "dt"), "dt": ("dd", "dt"), "td": ("td", "th"), "th": ("td", "th"), "rt": ("rt", "rp"),
             "rp": ("rt", "rp")}  # a start tag that ends an open element of another kind
_TABLE_PARTS = frozenset(("td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup"))
_CLOSES_P = frozenset((
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary",
    "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "table", "hr", "xmp", "plaintext", "li", "dd",
    "dt"))


def html_text(data: bytes, charset: str | None = None) -> str:
    """The article's text; charset given (the clipboard's UTF-8) overrides what the page declares."""
    from selectolax.lexbor import LexborHTMLParser  # imported only when a web page is opened

    inner, sheets = (_mhtml_page(data) if not charset and _looks_like_mime(data) else None) or (None, "")
    plain = data.decode(charset, errors="replace") if charset else None
    markup = inner or plain or decode_html(data)
    if len(markup) > MAX_MARKUP:
        raise ReportError(f"网页过大（超过 {MAX_MARKUP >> 20} MB），不像是一篇报告 / "
                          f"Web page too large (over {MAX_MARKUP >> 20} MB): not a report")
    if markup.count("<") > MAX_TAGS:
        raise ReportError(f"这个网页的元素过多（超过 {MAX_TAGS // 2} 个），不像是一篇报告 / "
                          f"This web page has too many elements (over {MAX_TAGS // 2:,}): not a report")
    if nesting_depth(markup, MAX_NESTING) > MAX_NESTING:
        raise ReportError(_TOO_DEEP)
    tree = LexborHTMLParser(without_popups(markup, sheets))
    title = _page_title(tree)
    root = tree.body
    if root is None:
        raise ReportError("这个网页里没有报告正文 / This web page holds no report text")
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
    lines = _lines(article, blocky)
    if title and not any(_same_title(title, line) for line in lines[:6]):
        lines.insert(0, title)
    return "\n".join(lines)


def nesting_depth(markup: str, limit: int) -> int:
    """How deep the page's elements nest, as an HTML parser would build them (end tags a page
    leaves out are implied where the parser implies them, HTML tags in an <svg> or <math> break
    out of it, there a tag may close itself); counting stops past limit. Linear: every element is
    pushed and popped once, every character scanned once or twice."""
    stack: list[str] = []
    where: dict[str, list[int]] = {}  # tag → its positions in stack, innermost last
    deepest = 0

    def pop_to(depth: int) -> None:
        while len(stack) > depth:
            where[stack.pop()].pop()

    def innermost(tags: tuple[str, ...]) -> int:
        return max((where[tag][-1] for tag in tags if where.get(tag)), default=-1)

    def foreign_root() -> int:
        """Where the <svg> or <math> the parser is in starts (the outermost of nested ones since
        the last HTML integration point), or -1 outside them."""
        inner = innermost(_FOREIGN)
        if inner < 0:
            return -1
        integration = innermost(_INTEGRATION[stack[inner]])
        starts = [at[bisect_right(at, integration)] for tag in _FOREIGN
                  if (at := where.get(tag)) and at[-1] > integration]
        return min(starts, default=-1)

    def open_at(tag: str, stops: tuple[str, ...]) -> int:
        """Position of the innermost open tag not shut off by a stop element, or -1."""
        at = where.get(tag)
        return at[-1] if at and at[-1] > innermost(stops) else -1

    text = markup.lower()
    search = _TOKEN.search
    at = 0
    while (match := search(text, at)) is not None:
        at = match.end()
        tag = match.group(1)
        if tag is None:  # a comment
            close = text.find("-->", at)
            at = len(text) if close < 0 else close + 3
            continue
        if tag[0] == "/":
            if tag in ("/p", "/br") and (foreign := foreign_root()) >= 0:
                pop_to(foreign)  # they too break out of an <svg>
            elif tag[1:] in _HEADINGS:  # </h2> ends an open heading of any level
                heading = innermost(_HEADING_TAGS)
                if heading >= 0:
                    pop_to(heading)
            elif opened := where.get(tag[1:]):
                pop_to(opened[-1])
            continue
        if (where.get("svg") or where.get("math")) and (foreign := foreign_root()) >= 0:
            if tag in _BREAKOUT:
                pop_to(foreign)
            elif match.group(2).rstrip().endswith("/"):
                continue  # <path … />: closed at once
        elif tag in _RAW_TEXT:  # its text holds no tags
            close = text.find("</" + tag, at)
            at = len(text) if close < 0 else close
            continue
        if tag in _VOID or (tag in _TABLE_PARTS and not where.get("table")) or (tag == "form" and where.get("form")):
            continue  # a stray cell or a form in a form is dropped
        if tag == "select" and where.get("select"):  # a list box in a list box ends the first
            pop_to(where["select"][-1])
            continue
        if tag in ("option", "optgroup") and where.get("select"):  # an option ends what is open in its list
            pop_to(where["select"][-1] + 1)
        if tag in _CLOSES_P and (at_p := open_at("p", _IMPLIED["p"])) >= 0:
            pop_to(at_p)
        for same in _SIBLINGS.get(tag, (tag,)):
            if same in _IMPLIED and (at_same := open_at(same, _IMPLIED[same])) >= 0:
                pop_to(at_same)
        if tag in _HEADINGS and stack and stack[-1] in _HEADINGS:  # <h2> right in an <h2> ends it
            pop_to(len(stack) - 1)
        where.setdefault(tag, []).append(len(stack))
        stack.append(tag)
        if len(stack) > deepest:
            deepest = len(stack)
            if deepest > limit:
                break
    return deepest


def _looks_like_mime(data: bytes) -> bool:
    return b"multipart/related" in data[:2048].lower() and data.lstrip()[:1] != b"<"


def _mhtml_page(data: bytes) -> tuple[str, str] | None:
    """The page inside a one-file saved page (MHTML): its first text/html part, decoded by the
    charset the part declares (quoted-printable or base64 undone), and its style sheets (the
    text/css parts, at most MAX_STYLE characters in all: they say which boxes are hidden)."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.compat32)
    page: str | None = None
    sheets: list[str] = []
    size = 0
    for part in message.walk():
        kind = part.get_content_type()
        if kind not in ("text/html", "text/css") or (kind == "text/html" and page is not None):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if kind == "text/css":
            if size + len(payload) <= MAX_STYLE:
                sheets.append(payload.decode(_web_encoding(part.get_content_charset() or "") or "utf-8",
                                             errors="replace"))
                size += len(payload)
            continue
        charset = _web_encoding(part.get_content_charset() or "")
        if charset:
            try:
                page = payload.decode(charset)
                continue
            except UnicodeError:
                pass
        page = decode_html(payload)
    return None if page is None else (page, "\n".join(sheets))


def decode_html(data: bytes) -> str:
    """By the byte-order mark, then <meta charset>, then UTF-8, then GB18030 (GBK and GB2312 included)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    declared = _CHARSET.search(data[:4096])
    candidates = []
    if declared and (encoding := _web_encoding(declared.group(1).decode("ascii", errors="ignore"))):
        candidates.append(encoding)
    candidates += ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except UnicodeError:
            continue
    return data.decode("gb18030", errors="replace")


# Python codecs that are web pages' encodings (by their canonical names' starts); a page may name
# any codec, and some are no text encoding ('undefined' always fails, 'unicode_escape' reads
# backslashes, 'rot13' maps str to str).
_WEB_ENCODINGS = ("utf-8", "utf-16", "utf-32", "gb", "hz", "big5", "euc", "shift_jis", "iso2022", "iso8859", "latin",
                  "ascii", "cp", "koi8", "mac-", "johab", "tis-620")


def _web_encoding(name: str) -> str | None:
    """The codec a declared charset names when it is a web page's encoding, else None; GB2312
    and GBK are read as GB18030, their superset, as browsers do."""
    name = name.strip().lower()
    if name in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936"):
        return "gb18030"
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    return info.name if info.name.startswith(_WEB_ENCODINGS) else None


def _page_title(tree: Any) -> str:
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


def _same_title(title: str, line: str) -> bool:
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
