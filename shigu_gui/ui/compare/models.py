"""Qt item models over a Comparison (model/compare.py): the aligned sections as a tree, the targets
and the phrases as tables. The comparison stays the data; the models only adapt it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...model.compare import Comparison, Figure, Phrase, SectionPair, TargetRow
from ...model.compare_export import figure_text
from ..plain import tip
from ..qt_names import QT_TRANSLATE_NOOP
from ..roles import Role
from ..table_model import RowsTable

_Index = QModelIndex | QPersistentModelIndex

STATUS = {
    "same": QT_TRANSLATE_NOOP("CompareModels", "相同"),
    "changed": QT_TRANSLATE_NOOP("CompareModels", "改动"),
    "new": QT_TRANSLATE_NOOP("CompareModels", "新增"),
    "dropped": QT_TRANSLATE_NOOP("CompareModels", "删去"),
}
MARK = {"same": "＝", "changed": "≈", "new": "＋", "dropped": "－"}
COLOR = {"new": QColor(46, 139, 87), "dropped": QColor(190, 50, 50), "changed": QColor(176, 120, 20)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareModels", text)


@dataclass(eq=False)
class _Node:
    pair: SectionPair | None
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)
    row: int = 0


class AlignedSectionsModel(QAbstractItemModel):
    """The aligned sections as a tree by level: title (the newer report's, the older one's for a
    section dropped), the older title, the status."""

    HEADERS = (QT_TRANSLATE_NOOP("CompareModels", "章节"), QT_TRANSLATE_NOOP("CompareModels", "上年章节"),
               QT_TRANSLATE_NOOP("CompareModels", "对照"))

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison
        self.root = _Node(None, None)
        stack: list[tuple[int, _Node]] = [(0, self.root)]
        for pair in comparison.sections:
            while len(stack) > 1 and stack[-1][0] >= pair.level:
                stack.pop()
            parent = stack[-1][1]
            node = _Node(pair, parent, row=len(parent.children))
            parent.children.append(node)
            stack.append((pair.level, node))

    def _node(self, index: _Index) -> _Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(self.HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def title(self, pair: SectionPair, old: bool) -> str:
        i = pair.old if old else pair.new
        if i is None:
            return ""
        flat = (self.comparison.old if old else self.comparison.new).flat_sections
        return flat[i].label

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        pair = self._node(index).pair
        assert pair is not None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(str(self.data(index)))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{MARK[pair.status]} {self.title(pair, pair.new is None)}"
            if column == 1:
                return self.title(pair, True) if pair.new is not None else ""
            status = _tr(STATUS[pair.status])
            return f"{status} {pair.similarity:.2f}" if pair.status == "changed" else status
        if role == Qt.ItemDataRole.ForegroundRole and pair.status in COLOR:
            return QBrush(COLOR[pair.status])
        if role == Role.SECTION_PAIR:
            return pair
        return None

    def index_of(self, pair_row: int) -> QModelIndex:
        """The index of the comparison's pair_row-th pair (in reading order)."""
        target = self.comparison.sections[pair_row]

        def find(node: _Node, parent: QModelIndex) -> QModelIndex:
            for child in node.children:
                here = self.index(child.row, 0, parent)
                if child.pair is target:
                    return here
                found = find(child, here)
                if found.isValid():
                    return found
            return QModelIndex()

        return find(self.root, QModelIndex())


class TargetsModel(RowsTable):
    """One row per indicator: last year's target, last year's result, this year's target, met,
    how the target changed. Role.SPAN gives the sentence of a figure's cell."""

    HEADERS = (QT_TRANSLATE_NOOP("CompareModels", "指标"), QT_TRANSLATE_NOOP("CompareModels", "上年目标"),
               QT_TRANSLATE_NOOP("CompareModels", "上年实际"), QT_TRANSLATE_NOOP("CompareModels", "今年目标"),
               QT_TRANSLATE_NOOP("CompareModels", "完成"), QT_TRANSLATE_NOOP("CompareModels", "目标变化"))
    CHANGE: ClassVar[dict[str, str]] = {"raised": QT_TRANSLATE_NOOP("CompareModels", "上调"),
              "lowered": QT_TRANSLATE_NOOP("CompareModels", "下调"),
              "same": QT_TRANSLATE_NOOP("CompareModels", "持平"),
              "new": QT_TRANSLATE_NOOP("CompareModels", "新设"),
              "dropped": QT_TRANSLATE_NOOP("CompareModels", "不再提")}

    CONTEXT = "CompareModels"

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.rows: Sequence[TargetRow] = comparison.targets

    def figure(self, row: int, column: int) -> tuple[int, Figure] | None:
        """The figure of a cell and its side (0 the older report), or the row's first one for the
        other columns."""
        t = self.rows[row]
        cells = ((0, t.old_target), (1, t.old_actual), (1, t.new_target))
        if 1 <= column <= 3:
            side, f = cells[column - 1]
            return (side, f) if f is not None else None
        return next(((side, f) for side, f in cells if f is not None), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        t, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return t.label
            if column <= 3:
                return figure_text((t.old_target, t.old_actual, t.new_target)[column - 1])
            if column == 4:
                return "" if t.met is None else ("✓" if t.met else "✗")
            return _tr(self.CHANGE[t.change]) if t.change else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self.figure(index.row(), column)
            return tip(found[1].sentence) if found else None
        if role == Role.SPAN:
            found = self.figure(index.row(), column)
            return (found[0], found[1].start, found[1].end) if found else None
        return None


class PhrasesModel(RowsTable):
    """The new, dropped, rising and falling phrases in one table: phrase, kind, uses."""

    HEADERS = (QT_TRANSLATE_NOOP("CompareModels", "提法"), QT_TRANSLATE_NOOP("CompareModels", "类别"),
               QT_TRANSLATE_NOOP("CompareModels", "次数"), QT_TRANSLATE_NOOP("CompareModels", "每万字（上年→今年）"))
    KINDS = (("new", QT_TRANSLATE_NOOP("CompareModels", "新提法")),
             ("dropped", QT_TRANSLATE_NOOP("CompareModels", "不再提")),
             ("rising", QT_TRANSLATE_NOOP("CompareModels", "提得更多")),
             ("falling", QT_TRANSLATE_NOOP("CompareModels", "提得更少")))

    CONTEXT = "CompareModels"

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison
        self.rows: list[tuple[str, Phrase]] = [
            (kind, p) for kind, _ in self.KINDS for p in getattr(comparison.phrases, kind)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        kind, p = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.text, _tr(dict(self.KINDS)[kind]), p.count,
                    f"{p.old_rate:g} → {p.new_rate:g}")[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and kind in ("new", "dropped"):
            return QBrush(COLOR[kind])
        if role in (Role.SPAN, Role.SPANS):
            side = 0 if kind in ("dropped", "falling") else 1
            text = (self.comparison.old if side == 0 else self.comparison.new).text
            spans = []
            at = text.find(p.text)
            while at >= 0:
                spans.append((side, at, at + len(p.text)))
                at = text.find(p.text, at + len(p.text))
            return spans if role == Role.SPANS else (spans[0] if spans else None)
        return None
