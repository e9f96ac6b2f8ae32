"""The words on the charts: a bar's tooltip, and category labels cut into lines."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...model import Indicator
from ..wording import colon, english, parens


def bar_tooltip(indicator: Indicator, shown: str) -> str:
    year = (f"{indicator.year} " if english() else f"{indicator.year}年 ") if indicator.year else ""
    kind = QCoreApplication.translate("IndicatorTable", "目标" if indicator.kind == "target" else "实际")
    return f"{indicator.name}{parens(year + kind)}{colon()}{shown}\n{indicator.sentence}"


_LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+%&/-]*")


def wrap_label(label: str, width: int = 7, max_lines: int = 3) -> str:
    """A category label in lines of at most about width characters, as even as they can be (no
    line of one character left over), never breaking a Latin word or number ("PM2.5", "GDP").
    A name longer than max_lines lines keeps its end, where the noun is ('…三大先导产业规模'): the
    axis has room for max_lines lines, and a taller label is not drawn at all."""
    if len(label) <= width:
        return label
    units: list[str] = []  # characters, and Latin words as one unit each
    pos = 0
    for match in _LATIN_WORD.finditer(label):
        units += [*label[pos: match.start()], match.group()]
        pos = match.end()
    units += list(label[pos:])
    if len(label) > width * max_lines:  # whole units from the end, then the ellipsis
        kept: list[str] = []
        for unit in reversed(units):
            if sum(map(len, kept)) + len(unit) > width * max_lines - 1:
                break
            kept.insert(0, unit)
        units = ["…", *kept]
        label = "".join(units)
    lines = -(-len(label) // width)
    target = -(-len(label) // lines)
    out: list[str] = [""]
    for unit in units:
        if out[-1] and len(out[-1]) + len(unit) > target and len(out) < lines:
            out.append("")
        out[-1] += unit
    return "\n".join(line.strip() for line in out)
