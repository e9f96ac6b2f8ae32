"""A report printed to PDF by the reader itself (打印或存为 PDF) opens again as the same report.

QTextDocument.print_ breaks pages wherever the text flows: a line crossing a page break is written on
both pages (clipped out of sight on one), page numbers sit at the foot, headings are set bold and
larger with no first-line indent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shigu_gui.model import load_report

from ..conftest import CORPUS, SEED


def assert_issue_bar(doc, twin) -> None:  # type: ignore[no-untyped-def]
    """Issue 13's bar: same title and top-level titles, section count within 3%, same glossary
    size, at least 90% of the indicators."""
    assert doc.title == twin.title
    assert [s.title for s in doc.sections] == [s.title for s in twin.sections]
    assert abs(len(doc.flat_sections) - len(twin.flat_sections)) <= 0.03 * len(twin.flat_sections)
    assert len(doc.glossary) == len(twin.glossary)
    found = {(i.name, i.value, i.growth) for i in doc.indicators}
    wanted = [(i.name, i.value, i.growth) for i in twin.indicators]
    assert sum(w in found for w in wanted) >= 0.9 * len(wanted)


REPORTS = [SEED, *sorted(CORPUS.glob("*.txt"))]  # the seed alone where ../shared/corpus is absent


@pytest.mark.parametrize("source", REPORTS, ids=lambda path: path.stem)
def test_printed_report_reopens(make_window, tmp_path: Path, source: Path) -> None:
    from shigu_gui.ui.commands.file import save_pdf

    twin = load_report(source)
    window = make_window(twin)
    out = tmp_path / "printed.pdf"
    save_pdf(window, out)
    doc = load_report(out)
    assert_issue_bar(doc, twin)
    # Digits after a Latin letter or a space are in the text layer as digits (shaped, they were not).
    assert set(re.findall(r"[A-Za-z]\d+", doc.text)) == set(re.findall(r"[A-Za-z]\d+", twin.text))
