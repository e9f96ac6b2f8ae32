"""Every item model passes Qt's model tester and stays in step with the Document."""

from __future__ import annotations

from shigu_gui.model import Document


def test_outline_model(qtbot, qtmodeltester, seed_doc: Document) -> None:
    from shigu_gui.ui.outline_model import OutlineModel

    model = OutlineModel()
    model.set_document(seed_doc)
    qtmodeltester.check(model)
    assert model.rowCount() == len(seed_doc.sections)

    def walk(parent, sections) -> None:
        assert model.rowCount(parent) == len(sections)
        for row, section in enumerate(sections):
            index = model.index(row, 0, parent)
            assert index.data() == section.label
            walk(index, section.children)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex(), seed_doc.sections)
    model.set_hit_counts({0: 3})
    assert model.index(0, 0).data().endswith("(3)")
    qtmodeltester.check(model)


def test_the_tree_is_told_of_the_sections_whose_counts_changed_only(qtbot, seed_doc: Document) -> None:
    """A count that changes redraws its row; a new report (no counts before or after) redraws none
    beyond the reset (telling the views of every section of a 4 MB report stood the window still)."""
    from shigu_gui.ui.outline_model import OutlineModel

    model = OutlineModel()
    model.set_document(seed_doc)
    told: list[int] = []
    model.dataChanged.connect(lambda first, last, _roles: told.extend(
        OutlineModel.flat_of(model.index(row, 0, first.parent())) for row in range(first.row(), last.row() + 1)))
    model.set_hit_counts({0: 3, 2: 1})
    qtbot.waitUntil(lambda: sorted(told) == [0, 2])
    model.set_hit_counts({0: 3, 2: 1})
    model.set_mark_counts({})
    model.set_document(seed_doc)
    model.set_hit_counts({})
    model.set_mark_counts({})
    qtbot.wait(100)
    assert sorted(told) == [0, 2]


def test_glossary_models(qtmodeltester, seed_doc: Document) -> None:
    from shigu_gui.ui.glossary_model import GlossaryFilter, GlossaryModel

    model = GlossaryModel()
    model.set_document(seed_doc)
    qtmodeltester.check(model)
    proxy = GlossaryFilter()
    proxy.setSourceModel(model)
    proxy.set_needle("ｐ")  # folds to p; matches nothing but must not break the model
    proxy.set_needle("互联网")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() >= 1
    for r in range(proxy.rowCount()):
        entry = model.entry(proxy.mapToSource(proxy.index(r, 0)).row())
        assert "互联网" in entry.term + entry.definition
    assert proxy.rowCount() < model.rowCount()  # the filter really filtered
