"""A Document finds the section and the paragraph at an offset, also after replace() and a pickle."""

from __future__ import annotations

import dataclasses
import pickle

from shigu_gui.model.document import Document, Paragraph, Section


def _doc() -> tuple[Document, Section, Section]:
    child = Section("（一）", "（一）", 2, 5, 9, 8, "numbered")
    top = Section("一、", "一、", 1, 0, 10, 3, "numbered", (child,))
    paragraphs = (Paragraph(0, 4, 1), Paragraph(5, 10, 2))
    return Document("x" * 10, "t", {}, paragraphs, (top,), (), ()), top, child


def test_a_document_indexes_its_sections_in_reading_order() -> None:
    doc, top, child = _doc()
    assert doc.flat_sections == (top, child)
    assert doc.section_index_at(6) == 1 and doc.parent_index(1) == 0
    assert doc.section_at(2) is top and doc.section_path(1) == [top, child]
    assert doc.paragraph_at(7) == Paragraph(5, 10, 2)


def test_the_index_survives_replace_and_a_pickle_round_trip() -> None:
    doc, top, child = _doc()
    assert dataclasses.replace(doc, title="u").flat_sections == (top, child)
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc and again.flat_sections == (top, child) and again.section_index_at(6) == 1
