"""Moving through sections and the history, without Qt."""

from __future__ import annotations

from shigu_gui.model import Document
from shigu_gui.model import navigation as nav


def test_siblings_parent_and_last(seed_doc: Document) -> None:
    first_part, second_part = 0, seed_doc.flat_sections.index(seed_doc.sections[1])
    assert nav.next_sibling(seed_doc, first_part) == second_part
    assert nav.previous_sibling(seed_doc, second_part) == first_part
    assert nav.previous_sibling(seed_doc, first_part) == -1
    child = first_part + 1
    assert nav.parent_section(seed_doc, child) == first_part
    assert nav.parent_section(seed_doc, -1) == -1
    assert nav.last_section(seed_doc) == len(seed_doc.flat_sections) - 1
    assert all(seed_doc.parent_index(i) == seed_doc.parent_index(child) for i in nav.siblings(seed_doc, child))


def test_history_goes_back_and_forward() -> None:
    history = nav.History()
    assert history.go_back(10) is None
    history.record(0)
    history.record(100)
    history.record(100)  # the same place twice is one step
    assert history.go_back(200) == 100
    assert history.go_back(100) == 0
    assert history.go_forward(0) == 100
    history.record(50)  # a new jump drops the way forward
    assert history.go_forward(50) is None
