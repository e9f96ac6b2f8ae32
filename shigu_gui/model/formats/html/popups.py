"""Hover boxes and hidden boxes taken out of a page's markup before it is parsed.

Portals explain a term in the report's text with a box that shows on hover: the term stays in the
sentence, its explanation sits in an element inside the paragraph (often a <div> inside a <span>,
hidden by a class or by display:none) or elsewhere on the page. A reader sees the sentence whole
and the box only on hover; the text must read the same. The HTML parser would close the paragraph
at the <div> (a <div> may not stand in a <p>), so the term would end a line of its own and read as
a heading: the boxes go before the parser sees them, by a scan of the tags (as limits.nesting_depth's).

What is a box: an element hidden by its attributes (display:none, visibility:hidden, the hidden
attribute, aria-hidden, role=tooltip, a class that hides it, or a class or id the page's own
<style> hides outside @media); an element whose class names a
tooltip or popup, inside an inline element (or another such) that holds text before it (the term;
the term's own element is often named so too: it is kept); or a block element inside an inline
element that holds text before it, inside a paragraph (a term and its box, whatever the box's
class is called; a table there is a table). A box holding much of the page's Chinese text, or more than an explanation,
is kept: a page that hides its article, or its second half behind 展开全文, until a script or a
click shows it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A tag (its name, then its attributes up to the next < or >, or 1,000 characters) or a comment.
_TOKEN = re.compile(r"<(/?[A-Za-z][A-Za-z0-9:-]*)([^<>]{0,1000})>?|<!--")
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?""")
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"))
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "keygen", "frame", "basefont", "bgsound", "image", "isindex"))
# Elements that flow inside a line of text.
_INLINE = frozenset(("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "dfn", "em", "font", "i", "ins",
                     "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u",
                     "var"))
# Elements that end an open paragraph where they start: in a paragraph, a line break.
_BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary",
    "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "table", "li", "dd", "dt"))
# Class or id words of a hover box (tooltip, tip-box, popover, layui-layer-tips …) and class names
# that hide an element (Bootstrap's and most sites' own).
_POPUP_WORDS = re.compile(
    r"(?:^|[-_])(?:tool-?tips?\w*|tips?|tip(?:box|text|con|content|wrap|s?layer)|popups?\w*|pop-?up\w*|popover\w*|"
    r"poptips?|pop|bubble|hover(?:box|card|tip)?)(?:$|[-_\d])", re.IGNORECASE)
_HIDING_CLASSES = frozenset(("hidden", "hide", "d-none", "invisible", "sr-only", "visually-hidden", "is-hidden"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A box holding more of the page's Chinese text than this share, or more than an explanation, is no
# box (an article, or its rest folded behind 展开全文, hidden until a script or a click shows it).
_BOX_SHARE = 0.3
_EXPLANATION_MAX = 1_000
_BOX_FLOOR = 150  # (a box this short is one on a page of any length)
# Tags looked at while searching for boxes' ends, over the tags of the page: a page of unclosed
# boxes cannot make the scan quadratic.
_SEARCH_BUDGET = 4


def without_popups(markup: str, sheets: str = "") -> str:
    """The markup with hover and hidden boxes cut out (their whole elements, end tag included);
    sheets: style sheets the page comes with (a one-file saved page's CSS parts)."""
    if "<" not in markup:
        return markup
    total_han = len(_HAN.findall(markup))
    hidden_names = _hidden_by_stylesheet(markup, sheets)
    cuts: list[tuple[int, int]] = []
    stack: list[list[object]] = []  # [tag, holds text, named a box] of the open elements, outermost first
    opened: dict[str, int] = {}  # open elements by tag
    budget = [_SEARCH_BUDGET * max(1, markup.count("<"))]
    at = 0
    search = _TOKEN.search
    while (match := search(markup, at)) is not None:
        if stack and not stack[-1][1] and markup[at: match.start()].strip():
            stack[-1][1] = True
        at = match.end()
        name = match.group(1)
        if name is None:  # a comment
            close = markup.find("-->", at)
            at = len(markup) if close < 0 else close + 3
            continue
        tag = name.lower()
        if tag[0] == "/":
            _close(stack, opened, tag[1:])
            continue
        if tag in _RAW_TEXT:
            close = _find_ci(markup, "</" + tag, at)
            at = len(markup) if close < 0 else close
            continue
        if tag in _VOID or match.group(2).rstrip().endswith("/"):
            continue
        kind = _box_kind(match.group(2), hidden_names)
        hidden = kind == _HIDDEN
        after_term = _after_a_term(stack)
        placed = tag in _BLOCK and tag != "table" and after_term and _in_paragraph(stack)
        if hidden or (kind == _NAMED and after_term) or placed:
            end = _box_end(markup, at, tag, opened, budget)
            if end is not None:
                han = len(_HAN.findall(markup, match.start(), end))
                if han <= max(_BOX_SHARE * total_han, _BOX_FLOOR) and han <= _EXPLANATION_MAX:
                    cuts.append((match.start(), end))
                    at = end
                    continue
        if tag == "p" or tag in _BLOCK:
            _close(stack, opened, "p", implied=True)  # a block ends an open paragraph
        stack.append([tag, False, kind == _NAMED])
        opened[tag] = opened.get(tag, 0) + 1
    if not cuts:
        return markup
    out = []
    last = 0
    for start, end in cuts:
        out.append(markup[last:start])
        last = end
    out.append(markup[last:])
    return "".join(out)


_STYLE_START = re.compile(r"<style[^<>]{0,1000}>", re.IGNORECASE)
_SIMPLE_TARGET = re.compile(r"^[A-Za-z0-9]*([.#][\w-]+)$")  # 'span.tip-box', '.tip-box', '#tip3'


def _hidden_by_stylesheet(markup: str, sheets: str = "") -> frozenset[str]:
    """'.class' and '#id' names the page's <style> sheets hide (display:none, visibility:hidden)
    as the last part of a selector: a hover box the sheet shows only on :hover. Rules inside
    @media and other @-blocks hide only on some screens and are passed over, and so are selectors
    with a pseudo-class or more than one name on the element."""
    names: set[str] = set()
    for css in itertools.chain(_style_elements(markup), (sheets,)):
        css = _without_comments(css)
        depth, start, inner, prelude = 0, 0, 0, ""
        for brace in re.finditer(r"[{}]", css):
            if brace.group() == "{":
                if depth == 0:
                    prelude = css[start: brace.start()]
                depth += 1
                inner = brace.end()
            else:
                depth = max(0, depth - 1)
                if depth == 0:
                    if not prelude.lstrip().startswith("@") and _HIDDEN_STYLE.search(css[inner: brace.start()]):
                        for selector in prelude.split(","):
                            last = re.split(r"[\s>+~]+", selector.strip())[-1]
                            target = _SIMPLE_TARGET.match(last)
                            if target is not None:
                                names.add(target.group(1))
                    start = brace.end()
    return frozenset(names)


def _style_elements(markup: str) -> Iterator[str]:
    """The text of the page's <style> elements (one left open ends the search: a search per
    element for its end would make a page of unclosed ones quadratic)."""
    at = 0
    while (start := _STYLE_START.search(markup, at)) is not None:
        end = _find_ci(markup, "</style", start.end())
        if end < 0:
            return
        yield markup[start.end(): end]
        at = end


def _without_comments(css: str) -> str:
    parts = []
    at = 0
    while (start := css.find("/*", at)) >= 0:
        parts.append(css[at:start])
        end = css.find("*/", start + 2)
        if end < 0:
            return "".join(parts)
        at = end + 2
    parts.append(css[at:])
    return "".join(parts)


def _find_ci(markup: str, needle: str, at: int) -> int:
    """The first case-insensitive occurrence of an ASCII needle from at, or -1."""
    found = re.compile(re.escape(needle), re.IGNORECASE).search(markup, at)
    return found.start() if found else -1


def _close(stack: list[list[object]], opened: dict[str, int], tag: str, implied: bool = False) -> None:
    """Pop to the innermost open element of this tag; a paragraph closed by a block start is only
    closed where nothing but inline elements stand inside it."""
    for i in range(len(stack) - 1, -1, -1):
        if stack[i][0] == tag:
            for item in stack[i:]:
                opened[str(item[0])] -= 1
            del stack[i:]
            return
        if implied and stack[i][0] not in _INLINE:
            return


def _after_a_term(stack: list[list[object]]) -> bool:
    """The innermost open element is an inline one (or one named a box) holding text already."""
    return bool(stack) and (stack[-1][0] in _INLINE or bool(stack[-1][2])) and bool(stack[-1][1])


def _in_paragraph(stack: list[list[object]]) -> bool:
    """Inside a paragraph, with only inline elements between."""
    for item in reversed(stack):
        if item[0] == "p":
            return True
        if item[0] not in _INLINE:
            return False
    return False


_HIDDEN, _NAMED = "hidden", "named"


def _box_kind(attributes: str, hidden_names: frozenset[str] = frozenset()) -> str | None:
    """_HIDDEN when the element's attributes hide it (or name a class or id the page's own style
    sheet hides), _NAMED when its class or id names a hover box (the box, or the term it belongs
    to), else None."""
    if not attributes.strip():
        return None
    named = False
    for name, raw in _ATTRIBUTE.findall(attributes):
        name = name.lower()
        value = raw.strip("\"'")
        if name == "hidden":
            return _HIDDEN
        if name == "style" and _HIDDEN_STYLE.search(value):
            return _HIDDEN
        if (name == "aria-hidden" and value.lower() == "true") or (name == "role" and value.lower() == "tooltip"):
            return _HIDDEN
        if name == "class" and any(word.lower() in _HIDING_CLASSES or "." + word in hidden_names
                                   for word in value.split()):
            return _HIDDEN
        if name == "id" and "#" + value.strip() in hidden_names:
            return _HIDDEN
        if name in ("class", "id") and any(_POPUP_WORDS.search(word) for word in value.split()):
            named = True
    return _NAMED if named else None


def _box_end(markup: str, at: int, tag: str, outer: dict[str, int], budget: list[int]) -> int | None:
    """Where the box that starts before at ends: after its own end tag, or before the end tag of an
    element it stands in; None when the page ends first or the search budget is spent."""
    inner: list[str] = []
    search = _TOKEN.search
    while (match := search(markup, at)) is not None:
        budget[0] -= 1
        if budget[0] < 0:
            return None
        at = match.end()
        name = match.group(1)
        if name is None:
            close = markup.find("-->", at)
            if close < 0:
                return None
            at = close + 3
            continue
        name = name.lower()
        if name[0] != "/":
            if name in _RAW_TEXT:
                close = _find_ci(markup, "</" + name, at)
                if close < 0:
                    return None
                at = close
            elif name not in _VOID and not match.group(2).rstrip().endswith("/"):
                inner.append(name)
            continue
        name = name[1:]
        if name in inner:
            del inner[len(inner) - 1 - inner[::-1].index(name):]
        elif name == tag:
            return at
        elif outer.get(name) and name not in _INLINE:
            return match.start()  # the paragraph or box it stands in ends: so does it
    return None
