"""Marks and the reading position belong to the report, not to its file: made on the TXT, they are
there when its DOCX (or a copy with other spacing) is opened; marks kept under the older per-file
key are still read, and move to the report's key."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from shigu_gui.model import Document, load_report, parse_report
from shigu_gui.model.folded import report_key
from shigu_gui.model.marks import make_mark, place_all, section_mark
from shigu_gui.store import MarkStore
from tests.conftest import CORPUS

_TEXT = ("2024年苏州市政府工作报告\n各位代表：\n一、2023年工作回顾\n全市地区生产总值增长4.6%，新质生产力加快发展。\n"
         "二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。推动高质量发展。\n"
         + "".join(f"第{n}项：推进城市更新和产业升级，扩大有效投资，稳定就业。\n" for n in range(1, 12)))


@pytest.fixture
def store(tmp_path: Path) -> MarkStore:
    s = MarkStore(tmp_path / "marks.sqlite3")
    yield s
    s.close()


def _as_docx(text: str, path: Path) -> Document:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return load_report(path)


def test_marks_made_on_the_txt_show_in_the_docx(store: MarkStore, tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(_TEXT.replace("\n", "\r\n"), encoding="gb18030")
    txt = load_report(tmp_path / "r.txt")
    docx_doc = _as_docx(_TEXT, tmp_path / "r.docx")
    assert txt.source_hash != docx_doc.source_hash or txt.text == docx_doc.text
    start = txt.text.index("新质生产力")
    store.add(txt, make_mark(txt, "highlight", start, start + 5))
    store.add(txt, section_mark(txt, 1, "bookmark"))
    store.set_position(txt, start)
    placed = place_all(docx_doc, store.marks(docx_doc))
    assert sorted(p.mark.kind for p in placed) == ["bookmark", "highlight"]
    highlight = next(p for p in placed if p.mark.kind == "highlight")
    assert docx_doc.text[highlight.start: highlight.end] == "新质生产力"
    assert store.position(docx_doc) == start
    # Another report keeps its own.
    other = parse_report(_TEXT.replace("4.6%", "4.7%"), "other")
    assert store.marks(other) == [] and store.position(other) == 0


def test_marks_under_the_older_file_key_are_read_and_move_to_the_report(store: MarkStore) -> None:
    doc = parse_report(_TEXT, "r")
    start = doc.text.index("高质量发展")
    store.add(doc.source_hash, make_mark(doc, "note", start, start + 5, note="注意"))  # as an older version kept it
    store.set_position(doc.source_hash, 42)
    assert [m.note for m in store.marks(doc)] == ["注意"]
    assert store.position(doc) == 42
    assert store.marks(report_key(doc.text))[0].note == "注意"  # moved: the report's other files find it
    assert store.marks(doc.source_hash) == []
    copy = parse_report("  " + _TEXT.replace("\n", "\n\n"), "copy")
    assert [m.note for m in store.marks(copy)] == ["注意"]


@pytest.mark.skipif(not (CORPUS / "2025_province_江苏.docx").is_file(), reason="corpus not present")
def test_corpus_marks_on_jiangsu_txt_show_in_its_docx(store: MarkStore) -> None:
    txt = load_report(CORPUS / "2025_province_江苏.txt")
    as_docx = load_report(CORPUS / "2025_province_江苏.docx")
    start = txt.text.index("新质生产力")
    store.add(txt, make_mark(txt, "highlight", start, start + 5))
    placed = place_all(as_docx, store.marks(as_docx))
    assert [as_docx.text[p.start: p.end] for p in placed] == ["新质生产力"]
