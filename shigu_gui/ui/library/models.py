"""Table models over the library's plain records (the records stay the data; the models adapt)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...library.canonical import BY_ID
from ...library.db import Cell, ReportEntry
from ...library.series import cell_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_NAMES = {"national": "全国", "province": "省级", "city": "市级", "county": "县级"}
_Index = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    if status == "ok":
        return "已索引"
    if status == "missing":
        return "文件已不在"
    if status.startswith("failed: "):
        return "失败：" + status.removeprefix("failed: ")
    if status.startswith("duplicate: "):
        return "重复：" + status.removeprefix("duplicate: ")
    return status


class ReportsModel(QAbstractTableModel):
    HEADERS = ("年份", "地区", "级别", "标题", "章节", "GDP 实际", "GDP 目标", "状态")

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.entries: list[ReportEntry] = []
        self.gdp: dict[tuple[int, str], Cell] = {}

    def set_entries(self, entries: list[ReportEntry], cells: list[Cell]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.gdp = {(c.doc_id, c.kind): c for c in cells if c.indicator == "gdp"}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def cell(self, row: int, kind: str) -> Cell | None:
        entry = self.entries[row]
        return self.gdp.get((entry.doc_id, kind)) if entry.doc_id is not None and entry.status == "ok" else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return entry
        gdp = self.cell(index.row(), "actual" if column == 5 else "target") if column in (5, 6) else None
        if role == Qt.ItemDataRole.DisplayRole:
            values = (entry.year or "", entry.place, LEVEL_NAMES.get(entry.level, entry.level), entry.title,
                      entry.sections or "", cell_text(gdp) if gdp else "", cell_text(gdp) if gdp else "",
                      status_text(entry.status))
            return str(values[column])
        if role == SORT_ROLE:
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
            return entry.path
        return None


class MatrixModel(QAbstractTableModel):
    """Report × canonical indicator: for each indicator a column of actual figures and one of targets."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[tuple[int, str, int | None, str, str]] = []  # doc_id, path, year, place, title
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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        if section < 2:
            return self.tr("年份") if section == 0 else self.tr("地区")
        indicator, kind = self.columns[section - 2]
        return f"{BY_ID[indicator].label}\n{self.tr('实际') if kind == 'actual' else self.tr('目标')}"

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
            return cell_text(cell) if cell else ""
        if role == SORT_ROLE:
            if column == 0:
                return year or 0
            if column == 1:
                return place
            if cell is None:
                return -1e18
            return cell.growth if cell.growth is not None else cell.value or 0.0
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell is not None:
                return f"{cell.label}：{cell_text(cell)}\n{cell.sentence}"
            return f"{title}\n{path}"
        if role == RECORD_ROLE:
            return cell
        return None
