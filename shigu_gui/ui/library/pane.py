"""The 文库 view: a table of reports, search across them, the indicator matrix and its charts.

Built with only what it needs: the library and a callable that opens a report in the reader at an
offset. This file composes the view and fills its pages; adding files (the dialogs, a worker with
progress and a cancel button) is indexing.py's AddingReports; the pages read the library again
when it is done. The charts page (chart_page.py) is built on its first look.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...library import Library, LibraryError, ReportEntry
from ...library.cli import matrix_csv
from ..roles import Role
from .indexing import AddingReports, IndexWorker
from .models import MatrixModel, ReportsModel, TargetsModel
from .opening import OpenReport
from .search import SearchPage
from .widgets import FieldAbove, MatrixFilter, Table, filter_proxy

if TYPE_CHECKING:
    from ..recent import DialogFolder
    from .chart_page import ChartPage

REPORTS, SEARCH, MATRIX, CHARTS, TARGETS = range(5)


class LibraryPane(AddingReports, QWidget):
    indexing_finished = Signal(object)  # IndexResult or an error message

    def __init__(self, library: Library, open_report: OpenReport, parent: QWidget | None = None, *,
                 folder: DialogFolder | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self.library = library
        self.open_report = open_report
        self.folder = folder  # where the add dialogs start (the reader's open dialog's folder)
        self.worker: IndexWorker | None = None
        self.chart_page: ChartPage | None = None
        self.last_message: QMessageBox | None = None
        self.entries: list[ReportEntry] = []
        self._matrix_stale = True
        self._targets_stale = True
        self._build()
        self.reload()

    # -- composition ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.add_files_button = QPushButton(self.tr("添加文件…"), self)
        self.add_folder_button = QPushButton(self.tr("添加文件夹…"), self)
        self.export_button = QPushButton(self.tr("导出指标 CSV…"), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("索引进度"))
        self.progress.setFormat("%v / %m")
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress.hide()
        self.cancel_button.hide()
        bar = QHBoxLayout()
        for widget in (self.add_files_button, self.add_folder_button, self.export_button):
            bar.addWidget(widget)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.status, 1)

        self.filter_edit = FieldAbove(None, self)
        self.filter_edit.setPlaceholderText(self.tr("筛选：年份、地区、标题…"))
        self.filter_edit.setAccessibleName(self.tr("筛选报告"))
        self.filter_edit.setClearButtonEnabled(True)
        self.reports_model = ReportsModel(self)
        self.reports_proxy = filter_proxy(self.reports_model, self)
        self.reports_table = Table(self)
        self.reports_table.setAccessibleName(self.tr("报告列表"))
        self.reports_table.setModel(self.reports_proxy)
        self.reports_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.filter_edit.below = self.reports_table
        reports = QWidget(self)
        reports_layout = QVBoxLayout(reports)
        reports_layout.addWidget(self.filter_edit)
        reports_layout.addWidget(self.reports_table, 1)

        self.search_page = SearchPage(self.library, self.open_report, self)

        self.matrix_model = MatrixModel(self)
        self.matrix_proxy = MatrixFilter(self.matrix_model, self)
        self.matrix_table = Table(self)
        self.matrix_table.setAccessibleName(self.tr("指标矩阵"))
        self.matrix_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix_table.setModel(self.matrix_proxy)
        self.matrix_filter = FieldAbove(self.matrix_table, self)
        self.matrix_filter.setPlaceholderText(self.tr("筛选：地区、年份、指标…（Ctrl+F）"))
        self.matrix_filter.setAccessibleName(self.tr("筛选指标矩阵"))
        self.matrix_filter.setClearButtonEnabled(True)
        self.matrix_count = QLabel(self)
        self.matrix_count.setTextFormat(Qt.TextFormat.PlainText)
        self.matrix_count.setAccessibleName(self.tr("显示的报告数"))
        matrix = QWidget(self)
        matrix_layout = QVBoxLayout(matrix)
        matrix_bar = QHBoxLayout()
        matrix_bar.addWidget(self.matrix_filter, 1)
        matrix_bar.addWidget(self.matrix_count)
        matrix_layout.addLayout(matrix_bar)
        matrix_layout.addWidget(self.matrix_table, 1)

        self.targets_model = TargetsModel(self)
        self.targets_proxy = filter_proxy(self.targets_model, self)
        self.targets_table = Table(self)
        self.targets_table.setAccessibleName(self.tr("主要预期目标"))
        self.targets_table.setModel(self.targets_proxy)

        self.charts_holder = QWidget(self)
        QVBoxLayout(self.charts_holder)

        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("文库"))
        self.pages.addTab(reports, self.tr("报告"))
        self.pages.addTab(self.search_page, self.tr("搜索"))
        self.pages.addTab(matrix, self.tr("指标"))
        self.pages.addTab(self.charts_holder, self.tr("图表"))
        self.pages.addTab(self.targets_table, self.tr("主要目标"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

        self.filter_edit.textChanged.connect(self.reports_proxy.setFilterFixedString)
        self.reports_table.activated_row.connect(self._open_report_row)
        self.reports_table.delete_requested.connect(self._forget_row)
        self.matrix_table.activated_row.connect(self._open_cell)
        self.matrix_filter.textChanged.connect(self._filter_matrix)
        self.targets_table.activated_row.connect(self._open_target)
        self.add_files_button.clicked.connect(self.add_files_dialog)
        self.add_folder_button.clicked.connect(self.add_folder_dialog)
        self.export_button.clicked.connect(self.export_dialog)
        self.cancel_button.clicked.connect(self.cancel_indexing)
        self.pages.currentChanged.connect(self._on_page)
        self.setFocusProxy(self.reports_table)

    # -- contents ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the library again (after adding, or when the view is shown)."""
        entries = self.library.report_entries()  # each report once, whatever the number of its files
        self.entries = entries
        self.reports_model.set_entries(entries, self.library.matrix(("gdp",)))
        self.reports_table.resizeColumnsToContents()
        self._resort(self.reports_table)
        self._matrix_stale = self._targets_stale = True
        if self.pages.currentIndex() == MATRIX:
            self._fill_matrix()
        if self.pages.currentIndex() == TARGETS:
            self._fill_targets()
        if self.reports_proxy.rowCount() and not self.reports_table.currentIndex().isValid():
            self.reports_table.setCurrentIndex(self.reports_proxy.index(0, 0))
        ok = sum(1 for e in entries if e.status == "ok")
        self.status.setText(self.tr("%1 份报告").replace("%1", str(ok)) if entries else
                            self.tr("文库是空的：用“添加文件…”或“添加文件夹…”加入报告"))
        self.search_page.fill_places()
        if self.chart_page is not None:
            self.chart_page.reload()

    def _fill_matrix(self) -> None:
        """The whole matrix is read when its page is first shown (not to slow the view's opening)."""
        if not self._matrix_stale:
            return
        self._matrix_stale = False
        titles = {e.doc_id: e.title for e in self.entries if e.doc_id is not None}
        self.matrix_model.set_cells(self.library.matrix(), titles)
        self.matrix_table.resizeColumnsToContents()
        self._resort(self.matrix_table)
        self._count_matrix()

    def _filter_matrix(self, text: str) -> None:
        self.matrix_proxy.set_words(text)
        self._count_matrix()
        if self.matrix_proxy.rowCount() and not self.matrix_table.currentIndex().isValid():
            self.matrix_table.setCurrentIndex(self.matrix_proxy.index(0, 0))

    def _count_matrix(self) -> None:
        """How many reports the matrix shows (of how many), beside its filter."""
        shown, total = self.matrix_proxy.rowCount(), self.matrix_model.rowCount()
        text = self.tr("%1 份报告") if shown == total else self.tr("显示 %1 / %2 份报告")
        self.matrix_count.setText(text.replace("%1", str(shown)).replace("%2", str(total)))

    def focus_filter(self) -> bool:
        """Ctrl+F in the view: the field of the page shown (its filter, the search field); False
        for a page without one."""
        field = {REPORTS: self.filter_edit, SEARCH: self.search_page.edit,
                 MATRIX: self.matrix_filter}.get(self.pages.currentIndex())
        if field is None:
            return False
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
        return True

    def _fill_targets(self) -> None:
        """Every report's main targets, read when their page is shown."""
        if not self._targets_stale:
            return
        self._targets_stale = False
        self.targets_model.set_cells(self.library.targets())
        self.targets_table.resizeColumnsToContents()
        self._resort(self.targets_table)
        if self.targets_proxy.rowCount() and not self.targets_table.currentIndex().isValid():
            self.targets_table.setCurrentIndex(self.targets_proxy.index(0, 0))

    @staticmethod
    def _resort(table: QTableView) -> None:
        """New rows keep the order the reader chose (by year at first)."""
        header = table.horizontalHeader()
        if table.property("sorted") and 0 <= header.sortIndicatorSection() < table.model().columnCount():
            table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            table.setProperty("sorted", True)

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.setFocus()

    def _on_page(self, page: int) -> None:
        if page == MATRIX:
            self._fill_matrix()
        if page == CHARTS:
            self.ensure_charts()
        if page == TARGETS:
            self._fill_targets()
        # the view's keyboard goes to the page shown (Ctrl+3 back from the reader, F6), never to a hidden one
        self.setFocusProxy(self._main_widget(page))
        # A tab clicked puts the cursor in its page (the search field, the table); a tab bar moved
        # through with the keyboard keeps the keyboard.
        if self.isVisible() and not self.pages.tabBar().hasFocus():
            self._main_widget(page).setFocus()

    def _main_widget(self, page: int) -> QWidget:
        if page == SEARCH:
            return self.search_page
        if page == MATRIX:
            return self.matrix_table
        if page == CHARTS:
            return self.ensure_charts().chart
        if page == TARGETS:
            return self.targets_table
        return self.reports_table

    def show_for_screenshot(self, page: str, query: str) -> None:
        """The page a screenshot shows (--tab library-PAGE --query TEXT): the chart of GDP targets
        across places in the latest year; a search with its first report opened (or, for 'hit',
        its first hit opened in the reader); the matrix filtered; a term's trend."""
        if page == "chart":
            self.show_page(CHARTS)
            chart = self.ensure_charts()
            years = [y for y in (chart.year.itemData(i) for i in range(chart.year.count())) if y]
            chart.show_series("places", "gdp", "target", years[0] if years else None)
        elif page in ("search", "hit"):
            self.show_page(SEARCH)
            self.search_page.edit.setText(query)
            self.search_page.run(query)
            first = self.search_page.model.index(0, 0)
            if first.isValid():
                self.search_page.tree.expand(first)
                if page == "hit":
                    self.search_page.open_hit(first)
        elif page == "matrix":
            self.show_page(MATRIX)
            self.matrix_filter.setText(query)
        elif page == "trend":
            self.show_page(CHARTS)
            self.ensure_charts().show_series("term", term=query)

    def ensure_charts(self) -> ChartPage:
        if self.chart_page is None:
            from .chart_page import ChartPage  # pyqtgraph loads here, on the first look at a chart

            self.chart_page = ChartPage(self.library, self.open_report, self.charts_holder)
            layout = self.charts_holder.layout()
            assert layout is not None
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.chart_page)
            self.chart_page.reload()
        return self.chart_page

    def _open_report_row(self, index: QModelIndex) -> None:
        entry = self.reports_proxy.data(index, Role.RECORD)
        if isinstance(entry, ReportEntry) and not entry.status.startswith(("failed", "missing")):
            self.open_report(entry.path, 0, 0)

    def _forget_row(self, index: QModelIndex) -> None:
        """Delete: the report leaves the library (its file is not touched)."""
        entry = self.reports_proxy.data(index, Role.RECORD)
        if not isinstance(entry, ReportEntry) or self.worker is not None:
            return
        row = index.row()
        try:
            for path in entry.files or (entry.path,):  # every file of the report
                self.library.remove(path)
        except LibraryError as exc:  # another window or command is adding reports
            self.status.setText(str(exc))
            self.tell(self.tr("无法写入文库"), str(exc))
            return
        self.reload()
        self.status.setText(self.tr("已从文库移除：%1（文件未动）").replace("%1", Path(entry.path).name))
        if self.reports_proxy.rowCount():
            self.reports_table.setCurrentIndex(self.reports_proxy.index(min(row, self.reports_proxy.rowCount() - 1), 0))

    def _open_cell(self, index: QModelIndex) -> None:
        cell = self.matrix_proxy.data(index, Role.RECORD)
        if cell is not None:
            self.open_report(cell.path, cell.start, cell.end - cell.start)
            return
        row = self.matrix_model.rows[self.matrix_proxy.mapToSource(index).row()]
        self.open_report(row[1], 0, 0)

    def _open_target(self, index: QModelIndex) -> None:
        cell = self.targets_proxy.data(index, Role.RECORD)
        if cell is not None:
            self.open_report(cell.path, cell.start, cell.end - cell.start)

    def tell(self, title: str, text: str) -> None:
        """A message about the library, not modal (the view stays usable); details below it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("文库"), title, QMessageBox.StandardButton.Ok, self)
        box.setDetailedText(text)
        box.setInformativeText(text.split("\n", 1)[0])
        self.last_message = box
        box.open()

    # -- export --------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出指标矩阵"), "library-matrix.csv",
                                              self.tr("CSV 文件 (*.csv)"))
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """The whole matrix as CSV (the command line's `library matrix --csv`)."""
        try:
            path.write_text(matrix_csv(self.library.matrix()), encoding="utf-8-sig")  # BOM: Excel reads UTF-8
        except OSError as exc:
            self.tell(self.tr("无法保存文件"), f"{path}: {exc.strerror or exc}")
