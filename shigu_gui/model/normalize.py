"""Source lines to display paragraphs: strip indentation, split run-together paragraphs,
rejoin paragraphs that the source's page breaks cut in the middle of a sentence."""

from __future__ import annotations

import re

from .patterns import (
    CONTINUATION_START,
    GREETING,
    SENTENCE_MARKS,
    ends_sentence,
    is_short_title,
    numbered_label,
)

_WHITESPACE = " \t\u3000\u00a0\ufeff\u200b\f\v"
# Two or more ideographic spaces inside a line mark a paragraph start (one-line reports). The
# look-behind starts a match only at the first of a run of spaces: without it every space of a
# long run would scan the rest of the run again (quadratic).
_INLINE_BREAK = re.compile(r"(?<![ \t])[ \t]*\u3000{2,}")
_BOLD = re.compile(r"\*\*")
_GREETING_INSIDE = re.compile(r"(?<=\S)[ \t\u3000]+(?=各位代表[：:！!])")


_TAIL = 256  # _continues reads a paragraph's length up to 45 and its end, never more


def split_paragraphs(text: str) -> list[tuple[str, int]]:
    """Return (paragraph text, 1-based source line) pairs in reading order."""
    pieces = _pieces(text)
    # A paragraph grows as a list of pieces, joined once: `prev + piece` for each of many short
    # continuation lines copied the paragraph again and again (quadratic). _continues sees the
    # paragraph's last _TAIL characters, which is all of it for every paragraph it reads whole.
    parts: list[list[str]] = []
    lines: list[int] = []
    tail = ""
    for piece, line_no in pieces:
        if parts and _continues(tail, piece):
            parts[-1].append(piece)
            tail = (tail + piece)[-_TAIL:]
        else:
            parts.append([piece])
            lines.append(line_no)
            tail = piece[-_TAIL:]
    return [("".join(p), line) for p, line in zip(parts, lines, strict=True)]


def _numbered_title(line: str) -> bool:
    """'（一）加强和改善宏观调控，促进经济平稳快速发展' on a line of its own."""
    return (
        len(line) <= 45
        and numbered_label(line) is not None
        and not any(ch in SENTENCE_MARKS for ch in line)
    )


def _pieces(text: str) -> list[tuple[str, int]]:
    pieces: list[tuple[str, int]] = []
    greeting_seen = False
    for line_no, raw in enumerate(text.split("\n"), start=1):
        if "**" in raw:
            raw = _BOLD.sub("", raw)
        for chunk in _INLINE_BREAK.split(raw):
            chunk = chunk.strip(_WHITESPACE)
            if not chunk:
                continue
            if not greeting_seen and "各位代表" in chunk:
                greeting_seen = True
                parts = _GREETING_INSIDE.split(chunk, maxsplit=1)
                pieces.extend((p.strip(_WHITESPACE), line_no) for p in parts if p.strip(_WHITESPACE))
                continue
            pieces.append((chunk, line_no))
    return pieces


def _continues(prev: str, nxt: str) -> bool:
    """True when nxt is the rest of prev's sentence, cut off by a page or line break."""
    if nxt[0] in CONTINUATION_START:
        return True
    if ends_sentence(prev) or len(prev) < 20:
        return False
    # A numbered paragraph may run on into a long body, so only a short prev is a heading.
    if is_short_title(prev, 30) or _numbered_title(prev) or GREETING.match(nxt):
        return False
    return numbered_label(nxt) is None and not is_short_title(nxt, 30)
