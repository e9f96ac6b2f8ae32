"""Page furniture: page numbers and running heads or feet, which are not the report."""

from __future__ import annotations

import re
import statistics

from .lines import Line

_PAGE_NUMBER = re.compile(
    r"^(?:[—\-–－_~·•\s]*\d{1,4}[—\-–－_~·•\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$")


def drop_furniture(pages: list[list[Line]]) -> list[Line]:
    """Page numbers at the head or foot, and lines repeated there on most pages at one height, are
    not the report (a title page's title may read like the running head, but it stands elsewhere)."""
    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    def edges(page: list[Line]) -> list[Line]:
        return page[:2] + page[-2:] if len(page) > 4 else list(page)

    heights: dict[str, list[float]] = {}
    for page in pages:
        for text, y in {key(line): line.y for line in edges(page)}.items():
            heights.setdefault(text, []).append(y)
    need = max(2, round(len(pages) * 0.4))
    usual = {text: statistics.median(ys) for text, ys in heights.items() if len(ys) >= need}
    body: list[Line] = []
    for page in pages:
        edge_ids = {id(line) for line in edges(page)}
        for line in page:
            if id(line) in edge_ids:
                if _PAGE_NUMBER.match(line.text.strip()):
                    continue
                height = usual.get(key(line))
                if len(pages) >= 3 and height is not None and abs(line.y - height) < 6:
                    continue
            body.append(line)
    return body
