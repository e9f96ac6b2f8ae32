"""PDF lines broken where a reader sees no break: a page break inside a sentence, a heading or a
glossary entry, a page number and a running head between a term and its explanation, a short
centred line, a 《book title》 moved down whole. The outline and the glossary are the text's."""

from __future__ import annotations

import re

import pytest

from shigu_gui.model import parse_bytes, parse_report
from shigu_gui.model.formats import report_text

from ..conftest import SEED
from .outlines import outline_of
from .pdfs import build_pdf, read_back

SEED_LINES = SEED.read_text(encoding="utf-8").split("\n")
ENTRIES = tuple(f"{n}." for n in range(1, 30))  # the glossary's entries start so
BLOCK = {"indent": False, "justify": False, "gap": 0.6}  # block paragraphs, ragged right


def assert_same_outline(data: bytes, text: str) -> None:
    doc, twin = parse_bytes(data, "r", "r.pdf"), parse_report(text, "r")
    assert outline_of(doc) == outline_of(twin)
    assert [(e.term, e.definition) for e in doc.glossary] == [(e.term, e.definition) for e in twin.glossary]


def _headings(lines: list[str]) -> tuple[str, ...]:
    """How the text's heading paragraphs start (a numbered item run in with its body included)."""
    doc = parse_report("\n".join(lines), "r")
    starts: list[str] = []

    def walk(sections: tuple) -> None:  # type: ignore[type-arg]
        for section in sections:
            starts.append(doc.text[section.start: section.start + 8])
            walk(section.children)

    walk(doc.sections)
    return tuple(s for s in starts if s.strip())


def _terms_on_lines_of_their_own(lines: list[str]) -> list[str]:
    """The seed's glossary with each term on a line of its own over its explanation."""
    out: list[str] = []
    for line in lines:
        entry = re.match(r"^(\d+\.[^（(]*?)[（(]P\d+[）)][:：]\s*(.*)$", line)
        out += [entry.group(1), entry.group(2)] if entry else [line]
    return out


@pytest.mark.parametrize("layout", [{}, BLOCK], ids=["indented", "block"])
@pytest.mark.parametrize("own_line", [False, True], ids=["run-in", "own-line"])
def test_glossary_entries_across_page_breaks(qapp, layout: dict, own_line: bool) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Every entry starts on a page's last line: the term (and its explanation's first words) at
    a page's foot, the page number and the next page's running head, then the rest."""
    lines = _terms_on_lines_of_their_own(SEED_LINES) if own_line else SEED_LINES
    data, text = build_pdf(lines, at_page_end=ENTRIES, **layout)
    assert len(parse_report(text, "r").glossary) == 12
    assert_same_outline(data, text)


@pytest.mark.parametrize("style", ["dash", "hyphen", "di"])
def test_every_heading_at_a_page_foot(qapp, style: str) -> None:  # type: ignore[no-untyped-def]
    """Each heading starts on a page's last line; a long one runs on over the page number and
    the running head to the next page."""
    data, text = build_pdf(SEED_LINES, at_page_end=_headings(SEED_LINES), number_style=style,
                           running_head="石鼓区2019年政府工作报告")
    assert_same_outline(data, text)


def test_block_layout_headings_and_items_at_a_page_foot(qapp) -> None:  # type: ignore[no-untyped-def]
    """Block paragraphs give no sign of a new paragraph at a page break but a short line: a heading
    or a term falling well short of the margin ends its paragraph there."""
    data, text = build_pdf(SEED_LINES, at_page_end=_headings(SEED_LINES), **BLOCK)
    assert_same_outline(data, text)


def test_short_centred_lines(qapp) -> None:  # type: ignore[no-untyped-def]
    """Headings set centred, with no indent, among justified paragraphs."""
    centred = tuple(line for line in SEED_LINES if 0 < len(line) <= 24 and line.startswith(_headings(SEED_LINES)))
    assert len(centred) >= 5
    data, text = build_pdf(SEED_LINES, centred=centred)
    assert_same_outline(data, text)


# A report of the late 1970s in the national layout; the treaty's name falls at every place in
# its line as the words before it grow by a character.
_BEFORE = "在新的历史时期，我们坚持独立自主的和平外交政策，发展同各国的友好关系，反对霸权主义，维护世界和平。"
_HEAD = ["政府工作报告", "各位代表：", "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
         "一、关于国民经济的调整",
         "过去一年，全国工农业生产有了较大增长，国民经济开始走上健康发展的道路，人民生活有所改善。" * 3]
_TAIL = ["二、关于对外关系", "我们要继续加强同第三世界国家的团结与合作，积极发展同各国的经济技术交流。",
         "三、关于加强民主和法制", *[line for line in SEED_LINES[20:60] if len(line) > 100][:6],
         "各位代表，让我们团结起来，为把我国建设成为社会主义的现代化强国而奋斗！"]
_TREATY = [
    "全国人民代表大会常务委员会决定，《中苏友好同盟互助条约》期满后不再延长。",
    "我国政府宣布，不再延长《中苏友好同盟互助条约》。",
    "《中苏友好同盟互助条约》已经名存实亡，",
]


@pytest.mark.parametrize("sentence", _TREATY, ids=["in-a-sentence", "ending-one", "opening-one"])
@pytest.mark.parametrize("layout", [{}, {"justify": False}, BLOCK], ids=["justified", "ragged", "block"])
def test_a_book_title_moved_down_whole_stays_in_its_sentence(qapp, layout: dict, sentence: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    """A typesetter that does not break a 《book title》 moves it to the next line whole: the line
    before ends short, in mid-sentence (or after a full stop), and the title opens the next one.
    No paragraph ends there and no title becomes a heading."""
    import pypdfium2 as pdfium

    moved = 0
    for offset in range(0, 28, 3):
        paragraph = _BEFORE + _BEFORE[:offset] + sentence + _BEFORE
        data, text = build_pdf([*_HEAD, paragraph, *_TAIL], keep_titles=True, **layout)
        pdf = pdfium.PdfDocument(data)
        printed = [line for page in pdf for line in page.get_textpage().get_text_range().splitlines()]
        pdf.close()
        moved += any(read_back(line).startswith("《") for line in printed)
        assert report_text(data, "r.pdf").split("\n") == [read_back(line) for line in text.split("\n")]
        assert_same_outline(data, text)
    assert moved >= 2  # the title did open a printed line, after a line cut short
