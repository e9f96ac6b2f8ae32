"""What a web page may cost, checked on its markup before the HTML parser reads it: its length, its
tags, and how deep its elements nest (counted as the parser would build them)."""

from __future__ import annotations

import re
from bisect import bisect_right

from ...errors import ReportError

# A page's markup is at most this long and its elements nest at most this deep: the HTML parser
# looks down the stack of open elements at each block's start, so its time grows with depth times
# elements (a page nested 100,000 deep took 25 s). A real page is a few hundred KB, ~30 deep.
MAX_MARKUP = 16 * 1024 * 1024
MAX_NESTING = 400
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
_HEADINGS = frozenset(_HEADING_TAGS)


def check_markup(markup: str) -> None:
    """Refuse a page too long, with too many tags, or nested too deeply for the parser's time."""
    if len(markup) > MAX_MARKUP:
        raise ReportError(f"网页过大（超过 {MAX_MARKUP >> 20} MB），不像是一篇报告 / "
                          f"Web page too large (over {MAX_MARKUP >> 20} MB): not a report")
    if markup.count("<") > MAX_TAGS:
        raise ReportError(f"这个网页的元素过多（超过 {MAX_TAGS // 2} 个），不像是一篇报告 / "
                          f"This web page has too many elements (over {MAX_TAGS // 2:,}): not a report")
    if nesting_depth(markup, MAX_NESTING) > MAX_NESTING:
        raise ReportError(_TOO_DEEP)


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
