"""The same report in every format gives the same outline and glossary as its text (#23).

For the seed and a few corpus reports of other eras and levels, the text is written as a DOCX
(python-docx, headings in bold), a gov.cn-like web page (a <p> per paragraph, headings in
<strong> or centred, glossary terms marked with hover boxes in the text) and a PDF in the
official layout; each is read back and compared with the text's document: the sections (title
and level, in order) and the glossary's terms. The real DOCX beside the provincial texts too.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path

import pytest

from shigu_gui.model import Document, load_report, parse_bytes, parse_report

from ..conftest import CORPUS, SEED
from .outlines import outline_of
from .pages import HOVER_STYLES, govcn_page

# A few reports, chosen for their kinds: a district's with a glossary (the seed), a national one of
# the 1980s, a national one with a glossary-free modern layout, a province's with fifty glossary entries.
SOURCES = [SEED, *(CORPUS / name for name in ("1986_national_国务院.txt", "2019_national_国务院.txt",
                                              "2025_province_四川.txt"))]


def _id(path: Path) -> str:
    return "seed" if path == SEED else path.stem


@cache
def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _twin(path: Path) -> Document:
    return parse_report(_text(path), "r")


def assert_same(doc: Document, twin: Document) -> None:
    assert outline_of(doc) == outline_of(twin)
    assert [e.term for e in doc.glossary] == [e.term for e in twin.glossary]


def _heading_lines(path: Path) -> set[str]:
    """The text's lines that are headings of their own (a section's whole paragraph)."""
    doc = _twin(path)
    lines = set()

    def walk(sections: tuple) -> None:  # type: ignore[type-arg]
        for section in sections:
            if section.heading_end - section.start >= len(doc.text[section.start:].split("\n", 1)[0]):
                lines.add(doc.text[section.start: section.heading_end].strip())
            walk(section.children)

    walk(doc.sections)
    return lines


def _docx(path: Path, tmp_path: Path) -> Path:
    """Paragraph per line, first-line indent, the text's heading lines in bold, as typed in Word."""
    import docx
    from docx.shared import Pt

    headings = _heading_lines(path)
    document = docx.Document()
    for line in _text(path).split("\n"):
        paragraph = document.add_paragraph()
        stripped = line.strip().replace("**", "")
        run = paragraph.add_run(stripped)
        if stripped in headings:
            run.bold = True
        else:
            paragraph.paragraph_format.first_line_indent = Pt(32)
    out = tmp_path / f"{_id(path)}.docx"
    document.save(str(out))
    return out


def _page(path: Path, tmp_path: Path) -> Path:
    """gov.cn's layout: a <p> per paragraph, numbered headings in <strong>, un-numbered ones centred,
    and the glossary's terms marked where the text first mentions them, by turns in each hover style."""
    headings = _heading_lines(path)
    text = _text(path)
    doc = _twin(path)
    glossary_start = min((e.start for e in doc.glossary), default=len(doc.text))
    definitions = {e.term: e.definition for e in doc.glossary if 0 <= doc.text.find(e.term) < glossary_start}
    terms = list(definitions)
    lines = [line.strip().replace("**", "") for line in text.split("\n")]
    page = govcn_page(["PLACEHOLDER"], "政府工作报告").decode()
    body = []
    styles = sorted(HOVER_STYLES)
    marked = 0
    for line in lines:
        if not line:
            continue
        escaped = html.escape(line)
        for term in terms[marked:]:
            at = escaped.find(html.escape(term))
            if at < 0 or line in headings:
                break
            box = HOVER_STYLES[styles[marked % len(styles)]].format(
                term=html.escape(term), explanation=html.escape(definitions[term]))
            escaped = escaped[:at] + box + escaped[at + len(html.escape(term)):]
            marked += 1
        if line in headings and re.match(r"^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]", line):
            body.append(f'<p style="text-indent: 2em;"><strong>{escaped}</strong></p>')
        elif line in headings:
            body.append(f'<p style="text-align: center;">{escaped}</p>')
        else:
            body.append(f'<p style="text-indent: 2em;">{escaped}</p>')
    out = tmp_path / f"{_id(path)}.html"
    out.write_text(page.replace('<p style="text-indent: 2em; font-family: 宋体;">PLACEHOLDER</p>', "\n".join(body)),
                   encoding="utf-8")
    return out


def _pdf(path: Path, tmp_path: Path) -> Path:
    """The official layout, short headings centred; the text drawn is the text's, blank lines aside."""
    from .pdfs import build_pdf

    headings = tuple(line for line in _heading_lines(path) if len(line) <= 24)
    data, _ = build_pdf(_text(path).split("\n"), centred=headings, running_head="政府工作报告")
    out = tmp_path / f"{_id(path)}.pdf"
    out.write_bytes(data)
    return out


def _present(path: Path) -> Path:
    if not path.is_file():
        pytest.skip("../shared/corpus is not present")
    return path


@pytest.mark.parametrize("source", SOURCES, ids=_id)
def test_docx_gives_the_texts_outline(source: Path, tmp_path: Path) -> None:
    assert_same(load_report(_docx(_present(source), tmp_path)), _twin(source))


@pytest.mark.parametrize("source", SOURCES, ids=_id)
def test_web_page_gives_the_texts_outline(source: Path, tmp_path: Path) -> None:
    path = _page(_present(source), tmp_path)
    assert_same(load_report(path), _twin(source))


@pytest.mark.parametrize("source", SOURCES, ids=_id)
def test_pdf_gives_the_texts_outline(qapp, source: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert_same(load_report(_pdf(_present(source), tmp_path)), _twin(source))


REAL_DOCX = sorted(CORPUS.glob("2025_province_*.docx")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not REAL_DOCX, reason="../shared/corpus is not present")
@pytest.mark.parametrize("path", REAL_DOCX, ids=lambda p: p.stem)
def test_real_docx_gives_its_texts_outline_and_terms(path: Path) -> None:
    """The provinces' own DOCX against the text published beside them."""
    assert_same(parse_bytes(path.read_bytes(), "r", path.name), _twin(path.with_suffix(".txt")))
