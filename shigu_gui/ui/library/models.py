"""Table models over the library's plain records (the records stay the data; the models adapt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...library.db import Cell, ReportEntry
from ...library.series import cell_text
from ...model.vocabulary import BY_ID
from ..qt_names import QT_TRANSLATE_NOOP
from ..roles import Role
from ..table_model import RowsTable
from ..wording import colon, comma, concept_label, figure


def cell_words(cell: Cell) -> str:
    """A cell's amount and rate as the interface says them ('13.7万亿元，5.8%'; in English
    '13.7 trillion yuan, +5.8%', 'about +5%')."""
    return comma().join(figure(part) for part in cell_text(cell, both=True, sep="\n").split("\n"))

LEVEL_NAMES = {
    "national": QT_TRANSLATE_NOOP("ReportsModel", "全国"), "province": QT_TRANSLATE_NOOP("ReportsModel", "省级"),
    "city": QT_TRANSLATE_NOOP("ReportsModel", "市级"), "county": QT_TRANSLATE_NOOP("ReportsModel", "县级"),
}
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsModel", text)


def status_text(status: str) -> str:
    if status == "ok":
        return _tr(QT_TRANSLATE_NOOP("ReportsModel", "已索引"))
    if status == "missing":
        return _tr(QT_TRANSLATE_NOOP("ReportsModel", "文件已不在"))
    if status.startswith("failed: "):
        return _tr(QT_TRANSLATE_NOOP("ReportsModel", "失败：")) + status.removeprefix("failed: ")
    if status.startswith("duplicate: "):
        return _tr(QT_TRANSLATE_NOOP("ReportsModel", "重复：")) + status.removeprefix("duplicate: ")
    return status


def formats_text(entry: ReportEntry) -> str:
    """A report kept in several formats names them, the one it opens from first: ' (TXT · DOCX)'."""
    formats = entry.formats
    return f" ({' · '.join(f.upper() for f in formats)})" if len(entry.files) > 1 and formats else ""


def _sort_key(value: object) -> tuple[int, object]:
    return (0, value) if isinstance(value, (int, float)) else (1, str(value))


class SortedInPython(RowsTable):
    """Sorted by Python's sort on the rows (the proxy hands sort() here): a proxy's own sort asks
    data() once per comparison, about 20,000 calls into Python for a thousand rows."""

    rows: list[object]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        items = self.rows
        keys = [_sort_key(self.data(self.index(r, column), Role.SORT_KEY)) for r in range(len(items))]
        ranked = sorted(range(len(items)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        items[:] = [items[i] for i in ranked]
        self.layoutChanged.emit()


class ReportsModel(SortedInPython):
    CONTEXT = "ReportsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReportsModel", "年份"), QT_TRANSLATE_NOOP("ReportsModel", "地区"),
        QT_TRANSLATE_NOOP("ReportsModel", "级别"), QT_TRANSLATE_NOOP("ReportsModel", "标题"),
        QT_TRANSLATE_NOOP("ReportsModel", "章节"), QT_TRANSLATE_NOOP("ReportsModel", "GDP 实际"),
        QT_TRANSLATE_NOOP("ReportsModel", "GDP 目标"), QT_TRANSLATE_NOOP("ReportsModel", "状态"),
    )

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[ReportEntry] = []  # type: ignore[assignment]
        self.gdp: dict[tuple[int, str], Cell] = {}

    def set_entries(self, entries: list[ReportEntry], cells: list[Cell]) -> None:
        self.beginResetModel()
        self.rows = entries
        self.gdp = {(c.doc_id, c.kind): c for c in cells if c.indicator == "gdp"}
        self.endResetModel()

    def cell(self, row: int, kind: str) -> Cell | None:
        entry = self.rows[row]
        return self.gdp.get((entry.doc_id, kind)) if entry.doc_id is not None and entry.status == "ok" else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role == Role.RECORD:
            return entry
        gdp = self.cell(index.row(), "actual" if column == 5 else "target") if column in (5, 6) else None
        if role == Qt.ItemDataRole.DisplayRole:
            level = LEVEL_NAMES.get(entry.level)
            shown = cell_words(gdp) if gdp else ""  # the GDP cell of this column (5 or 6)
            values = (entry.year or "", entry.place, _tr(level) if level else entry.level, entry.title,
                      entry.sections or "", shown, shown,
                      status_text(entry.status) + formats_text(entry))
            return str(values[column])
        if role == Role.SORT_KEY:
            if column == 0:
                return entry.year or 0
            if column == 4:
                return entry.sections
            if column in (5, 6):
                return (gdp.growth if gdp.growth is not None else gdp.value or 0.0) if gdp else -1e18
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if gdp:
                return gdp.sentence
            return "\n".join(entry.files or (entry.path,))
        return None


class MatrixModel(SortedInPython):
    """Report × canonical indicator: for each indicator a column of actual figures and one of targets."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[tuple[int, str, int | None, str, str]] = []  # type: ignore[assignment]  # doc_id, path, year, place, title
        self.columns: list[tuple[str, str]] = []  # (indicator, kind)
        self.cells: dict[tuple[int, str, str], Cell] = {}

    def set_cells(self, cells: list[Cell], titles: dict[int, str]) -> None:
        self.beginResetModel()
        self.cells = {(c.doc_id, c.indicator, c.kind): c for c in cells}
        seen: dict[int, tuple[int, str, int | None, str, str]] = {}
        for c in cells:
            seen.setdefault(c.doc_id, (c.doc_id, c.path, c.year, c.place, titles.get(c.doc_id, "")))
        self.rows = list(seen.values())
        present = {(c.indicator, c.kind) for c in cells}
        self.columns = [(ind, kind) for ind in BY_ID for kind in ("actual", "target") if (ind, kind) in present]
        self.endResetModel()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.columns)

    def header(self, section: int) -> str | None:
        if section < 2:
            return self.tr("年份") if section == 0 else self.tr("地区")
        indicator, kind = self.columns[section - 2]
        kind_text = self.tr("实际") if kind == "actual" else self.tr("目标")
        return f"{concept_label(indicator)}\n{kind_text}"

    def cell_at(self, index: _Index) -> Cell | None:
        if not index.isValid() or index.column() < 2:
            return None
        indicator, kind = self.columns[index.column() - 2]
        return self.cells.get((self.rows[index.row()][0], indicator, kind))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        _doc_id, path, year, place, title = self.rows[index.row()]
        column = index.column()
        cell = self.cell_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(year or "")
            if column == 1:
                return place
            return cell_words(cell) if cell else ""
        if role == Role.SORT_KEY:
            if column == 0:
                return year or 0
            if column == 1:
                return place
            if cell is None:
                return -1e18
            return cell.growth if cell.growth is not None else cell.value or 0.0
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell is not None:
                return f"{cell.label}{colon()}{cell_words(cell)}\n{cell.sentence}"
            return f"{title}\n{path}"
        if role == Role.RECORD:
            return cell
        return None


class TargetsModel(SortedInPython):
    """Every report's main targets (主要预期目标): a row per target, report by report."""

    CONTEXT = "TargetsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("TargetsModel", "年份"), QT_TRANSLATE_NOOP("TargetsModel", "地区"),
        QT_TRANSLATE_NOOP("TargetsModel", "指标"), QT_TRANSLATE_NOOP("TargetsModel", "目标"),
    )

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[Cell] = []  # type: ignore[assignment]

    def set_cells(self, cells: list[Cell]) -> None:
        self.beginResetModel()
        self.rows = cells
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cell = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(cell.year or ""), cell.place, cell.label, cell_words(cell))[column]
        if role == Role.SORT_KEY:
            if column == 0:
                return cell.year or 0
            if column == 3:
                return cell.growth if cell.growth is not None else cell.value or 0.0
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.sentence
        if role == Role.RECORD:
            return cell
        return None
