"""The main window only composes the panes, wires their signals and runs the action table."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..model import Document, Indicator, ReportError
from ..model.cache import load_report_cached
from ..model.marks import Mark, Placed, from_json, make_mark, place_all, section_mark, to_json, to_markdown
from ..model.search import Hit, SearchIndex
from ..paths import cache_dir, marks_db
from ..store import MarksError, MarkStore
from . import theme
from .actions import ACTIONS, MENUS, ActionSpec
from .find_bar import FindBar
from .glossary_pane import GlossaryPane
from .idle import IdleRunner, load_chart_modules
from .marks_pane import MarksPane
from .outline_pane import OutlinePane
from .qt_names import ALIGN_CENTER, Qt
from .results_pane import ResultsPane
from .settings import Settings
from .text_view import ReportView

if TYPE_CHECKING:  # dialogs and the loader are imported when first used, not at start-up
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

    from .charts import ChartsView
    from .loader import LoadTask
    from .note_dialog import NoteDialog

LARGE_FILE_BYTES = 2 * 1024 * 1024  # parsed in a worker thread above this size

DEFAULT_FONT_SIZE = 14
MIN_FONT_SIZE, MAX_FONT_SIZE = 8, 40
READING_TAB, CHARTS_TAB = 0, 1
_LARGE_TEXT = 500_000  # characters; above this the find bar waits for a pause in typing


class MainWindow(QMainWindow):
    document_changed = Signal()
    search_done = Signal(int)  # number of hits

    def __init__(self, settings: Settings, doc: Document, path: Path | None = None,
                 store: MarkStore | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.store = store if store is not None else MarkStore(marks_db())
        self.highlight_color = settings.get_str("marks/color", "yellow")
        self.placed_marks: list[Placed] = []
        self._deleted: list[Mark] = []
        self.note_dialog: NoteDialog | None = None
        self.persist_on_close = True  # off for --screenshot: a picture must not move the reader's place
        self.doc = doc
        self.path = path
        # The theme run_app applied (for "system": the palette it set tells dark from light).
        self.colors = theme.resolve(settings.get_str("view/theme", "system"), theme.palette_is_dark())
        self.font_size = settings.get_int("view/font_size", DEFAULT_FONT_SIZE)
        self.actions_by_id: dict[str, QAction] = {}
        self.hits: list[Hit] = []
        self.current_hit = -1
        self.last_error: QMessageBox | None = None
        self.charts_view: QWidget | None = None
        self._charts_ahead: ChartsView | None = None  # built in idle time, until the tab is first shown
        self._index: SearchIndex | None = None
        self._back: list[int] = []
        self._forward: list[int] = []
        self._current_flat = -1
        self._pinned_flat: int | None = None
        self._progress: QProgressDialog | None = None
        self._pending_restore: int | None = None
        self._tasks: list[LoadTask] = []
        self.idle = IdleRunner(self)  # work for after the first paint
        self._build_widgets()
        self.view.first_painted.connect(self._after_first_paint)
        self.view.set_point_size(self.font_size)
        self._build_actions()
        self._connect_signals()
        self._restore_view_settings()
        self.set_document(doc, path, restore_position=True)
        if self.store.warning:
            self.statusBar().showMessage(self.store.warning)
        self.view.setFocus()  # the reader starts in the text: arrows and Page Down scroll at once

    def _after_first_paint(self) -> None:
        """What the first picture did not need, in slices between events: the search index (45 ms on
        a 4.8 MB report, else paid by the first keystroke), then the charts' modules (0.35–0.4 s,
        else paid by the first Ctrl+2)."""
        self.idle.add(self._prepare_search())
        if self.charts_view is None:
            self.idle.add(load_chart_modules())
            self.idle.add(self._prepare_charts())

    def _prepare_charts(self) -> Iterator[int]:
        """The charts view, built and drawn a chart a slice, for the tab to show at once."""
        if self.charts_view is not None or self._charts_ahead is not None:
            return
        from .charts import ChartsView

        self._charts_ahead = ChartsView(self)
        self._charts_ahead.hide()
        yield 0
        yield from self._charts_ahead.draw_steps(self.doc, self.colors)

    def _prepare_search(self) -> Iterator[int]:
        if self._index is None:
            self._index = SearchIndex(self.doc.text)
        yield 0

    # -- composition ---------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.outline_pane = OutlinePane(self)
        self.view = ReportView(self)
        self.view.setAcceptDrops(False)
        self.find_bar = FindBar(self)
        self.glossary_pane = GlossaryPane(self)
        self.results_pane = ResultsPane(self)
        self.marks_pane = MarksPane(self)
        center = QWidget(self)
        center.setAccessibleName(self.tr("正文区"))
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.setSpacing(0)
        center_layout.addWidget(self.find_bar)
        center_layout.addWidget(self.view, 1)
        self.sidebar = QTabWidget(self)
        self.sidebar.setAccessibleName(self.tr("侧栏"))
        self.sidebar.addTab(self.glossary_pane, self.tr("名词解释"))
        self.sidebar.addTab(self.results_pane, self.tr("搜索结果"))
        self.sidebar.addTab(self.marks_pane, self.tr("批注"))
        self.splitter = QSplitter()  # side by side (the default); addTab below gives it its parent
        self.splitter.setAccessibleName(self.tr("阅读分栏"))
        self.splitter.addWidget(self.outline_pane)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.sidebar)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700, 300])
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("标签页"))
        self.tabs.addTab(self.splitter, self.tr("阅读"))
        self.charts_placeholder = QLabel(self.tr("正在准备图表…"), self)
        self.charts_placeholder.setProperty("alignment", ALIGN_CENTER)  # by name: see qt_names
        self.tabs.addTab(self.charts_placeholder, self.tr("图表"))
        self.setCentralWidget(self.tabs)
        self.section_label = QLabel(self)
        self.section_label.setAccessibleName(self.tr("当前章节"))
        self.percent_label = QLabel(self)
        self.percent_label.setAccessibleName(self.tr("阅读进度"))
        self.statusBar().addWidget(self.section_label, 1)
        self.statusBar().addPermanentWidget(self.percent_label)

    def _build_actions(self) -> None:
        menus = {key: self.menuBar().addMenu(self.tr_action(title)) for key, title in MENUS.items()}
        theme_group = QActionGroup(self)
        lang_group = QActionGroup(self)
        color_group = QActionGroup(self)
        for spec in ACTIONS:
            action = QAction(self)  # QAction(text, parent) would load QIcon's enums to rule out (icon, text)
            action.setText(spec.translated_title())
            action.setObjectName(spec.id)
            action.setShortcuts(spec.key_sequences())
            action.setCheckable(spec.checkable or spec.id.startswith(("view.theme_", "view.lang_", "marks.color_")))
            if spec.id.startswith("marks.color_"):
                color_group.addAction(action)
            if spec.id.startswith("view.theme_"):
                theme_group.addAction(action)
            if spec.id.startswith("view.lang_"):
                lang_group.addAction(action)
            action.triggered.connect(self._handler(spec))
            self.addAction(action)
            menus[spec.menu].addAction(action)
            if spec.id in ("file.print", "edit.copy_citation", "go.forward", "go.goto", "view.charts",
                           "view.focus_prev", "view.glossary", "view.fullscreen", "view.theme_sepia",
                           "marks.undo", "marks.color_pink"):
                menus[spec.menu].addSeparator()
            self.actions_by_id[spec.id] = action
        self.view.context_actions = [self.actions_by_id[key] for key in (
            "edit.copy_citation", "marks.highlight", "marks.note", "marks.bookmark", "view.indicator")]

    def tr_action(self, text: str) -> str:
        return QApplication.translate("Actions", text)

    def _handler(self, spec: ActionSpec) -> Callable[[], None]:
        method = getattr(self, spec.handler)
        if spec.arg is not None:
            return lambda *_args: method(spec.arg)
        return lambda *_args: method()

    def _connect_signals(self) -> None:
        self.outline_pane.section_chosen.connect(self.go_to_section)
        self.view.position_changed.connect(self._on_position)
        self.view.term_activated.connect(self._on_term_clicked)
        self.glossary_pane.occurrence_chosen.connect(self._on_occurrence)
        self.find_bar.query_changed.connect(self.run_search)
        self.find_bar.step.connect(lambda forward: self.find_next() if forward else self.find_previous())
        self.find_bar.closed.connect(self._on_find_closed)
        self.results_pane.hit_chosen.connect(self._select_hit)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.marks_pane.mark_chosen.connect(self._on_mark_chosen)
        self.marks_pane.delete_requested.connect(self.delete_mark)

    # -- document ------------------------------------------------------------------------------
    def set_document(self, doc: Document, path: Path | None, restore_position: bool = False,
                     prebuilt: QTextDocument | None = None) -> None:
        self.doc = doc
        self.path = path
        self._index = None
        self.hits, self.current_hit = [], -1
        self._back.clear()
        self._forward.clear()
        self._current_flat = -1
        self._pinned_flat = None
        self.view.set_report(doc, self.colors, prebuilt)
        self.outline_pane.set_document(doc)
        self.glossary_pane.set_document(doc)
        self.results_pane.show_hits(doc, [])
        self.find_bar.debounce_ms = 150 if len(doc.text) > _LARGE_TEXT else 0
        if self.find_bar.isVisible() and self.find_bar.edit.text():
            self.run_search(self.find_bar.edit.text(), self.find_bar.regex.isChecked())
        if self.charts_view is not None:
            self._update_charts()
        self._deleted.clear()
        self.refresh_marks()
        self.setWindowTitle(f"{doc.title} — {self.tr('政府工作报告阅读器')}")
        offset = self.store.position(doc.source_hash) if restore_position else 0
        # Scroll again once the window has its real size, unless the reader has moved meanwhile.
        self._pending_restore = offset
        QTimer.singleShot(0, self._finish_restore)
        self.view.scroll_to_offset(offset)
        self.document_changed.emit()

    def _finish_restore(self) -> None:
        if self._pending_restore is not None:
            self.view.scroll_to_offset(self._pending_restore)
            self._pending_restore = None

    def open_path(self, path: str | Path) -> None:
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if size > LARGE_FILE_BYTES:
            self._load_in_background(path)
            return
        try:
            doc = load_report_cached(path, cache_dir())
        except ReportError as exc:
            self.show_error(str(exc))
            return
        self._remember_position()
        self.set_document(doc, path, restore_position=True)

    def _load_in_background(self, path: Path) -> None:
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QProgressDialog

        from .loader import LoadTask

        task = LoadTask(path, self.colors, self.view.text_font())
        task.signals.loaded.connect(self._on_loaded)
        task.signals.failed.connect(self._on_load_failed)
        self._tasks = [task]  # kept alive until the next load: the pool runs it after this returns
        task.setAutoDelete(False)
        self._progress = QProgressDialog(self.tr("正在打开 %1 …").replace("%1", path.name), "", 0, 0, self)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._progress.show()
        self.idle.hold()  # idle slices would fight the parsing thread for the GIL; released in _finish_task
        QThreadPool.globalInstance().start(task)

    def _finish_task(self) -> None:
        self.idle.release()
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def _on_loaded(self, doc: Document, qdoc: QTextDocument, path: str) -> None:
        self._finish_task()
        self._remember_position()
        self.set_document(doc, Path(path), restore_position=True, prebuilt=qdoc)

    def _on_load_failed(self, message: str, _path: str) -> None:
        self._finish_task()
        self.show_error(message)

    def show_error(self, message: str) -> None:
        """One clear message in a dialog; the open report stays open."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("无法打开报告"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setAccessibleName(self.tr("错误"))
        self.last_error = box
        self._open_modal(box)

    # -- reading position ----------------------------------------------------------------------
    def _on_position(self, offset: int) -> None:
        flat = self.doc.section_index_at(offset)
        pinned = self._pinned_flat
        if pinned is not None and flat != pinned and self._is_visible(self.doc.flat_sections[pinned].start):
            flat = pinned  # the last page cannot scroll a late heading to the top: keep the chosen one
        else:
            self._pinned_flat = None
        self._current_flat = flat
        self.outline_pane.follow(flat)
        path = " › ".join(s.label for s in self.doc.section_path(flat)) if flat >= 0 else self.doc.title
        self.section_label.setText(path)
        total = max(1, len(self.doc.text))
        self.percent_label.setText(f"{min(100, round(offset * 100 / total))}%")

    def _is_visible(self, offset: int) -> bool:
        return self.view.top_offset() <= offset <= self.view.bottom_offset()

    def current_section(self) -> int:
        return self._current_flat

    def jump_to(self, offset: int, length: int = 0, record: bool = True) -> None:
        self._pending_restore = None
        if record:
            here = self.view.top_offset()
            if not self._back or self._back[-1] != here:
                self._back.append(here)
            self._forward.clear()
        self.view.scroll_to_offset(offset, length)

    def go_to_section(self, flat: int, record: bool = True) -> None:
        if not 0 <= flat < len(self.doc.flat_sections):
            return
        self.jump_to(self.doc.flat_sections[flat].start, record=record)
        self._pinned_flat = flat
        self._on_position(self.view.top_offset())

    def _remember_position(self) -> None:
        self.store.set_position(self.doc.source_hash, self.view.top_offset())

    # -- actions: navigation -------------------------------------------------------------------
    def next_section(self) -> None:
        self.go_to_section(self._current_flat + 1)

    def previous_section(self) -> None:
        current = self._current_flat
        if current < 0:
            return
        start = self.doc.flat_sections[current].start
        # Inside a section, the first press goes to its own start, as in other readers.
        if self.view.top_offset() > start + 1 and self._pinned_flat != current:
            self.go_to_section(current)
        else:
            self.go_to_section(current - 1)

    def _siblings(self) -> list[int]:
        current = self._current_flat
        if current < 0:
            return []
        parent = self.doc.parent_index(current)
        return [i for i in range(len(self.doc.flat_sections)) if self.doc.parent_index(i) == parent]

    def next_sibling(self) -> None:
        siblings = self._siblings()
        later = [i for i in siblings if i > self._current_flat]
        if later:
            self.go_to_section(later[0])

    def previous_sibling(self) -> None:
        siblings = self._siblings()
        earlier = [i for i in siblings if i < self._current_flat]
        if earlier:
            self.go_to_section(earlier[-1])

    def parent_section(self) -> None:
        if self._current_flat >= 0:
            self.go_to_section(self.doc.parent_index(self._current_flat))

    def first_section(self) -> None:
        self.go_to_section(0)

    def last_section(self) -> None:
        self.go_to_section(len(self.doc.flat_sections) - 1)

    def go_back(self) -> None:
        if self._back:
            self._forward.append(self.view.top_offset())
            self.view.scroll_to_offset(self._back.pop())

    def go_forward(self) -> None:
        if self._forward:
            self._back.append(self.view.top_offset())
            self.view.scroll_to_offset(self._forward.pop())

    def goto_section(self) -> None:
        from .goto_dialog import GotoDialog

        dialog = GotoDialog(self.doc, self)
        self.goto_dialog = dialog
        dialog.accepted.connect(lambda: self.go_to_section(dialog.chosen()))
        self._open_modal(dialog, focus_if_accepted=self.view)  # read on from the section chosen

    # -- actions: find -------------------------------------------------------------------------
    def open_find(self) -> None:
        self.tabs.setCurrentIndex(READING_TAB)
        selection = self.view.selection_span()
        if selection and 0 < selection[1] - selection[0] <= 40:
            self.find_bar.edit.setText(self.doc.text[selection[0]: selection[1]])
        self.find_bar.open_bar()

    def run_search(self, query: str, regex: bool) -> None:
        if self._index is None:
            self._index = SearchIndex(self.doc.text)
        try:
            hits = self._index.find(query, regex=regex)
        except ReportError as exc:
            self.find_bar.set_count(0, 0, str(exc))
            hits = []
        else:
            here = self.view.top_offset()
            current = next((i for i, h in enumerate(hits) if h.start >= here), 0 if hits else -1)
            self.hits, self.current_hit = hits, current
            self.find_bar.set_count(current, len(hits))
        if not hits:
            self.hits, self.current_hit = [], -1
        self.view.set_hits(self.hits, self.current_hit)
        self.results_pane.show_hits(self.doc, self.hits)
        self.outline_pane.outline.set_hit_counts(self._hit_counts())
        if self.hits:
            self.sidebar.setCurrentWidget(self.results_pane)
            self._reveal_hit()
        self.search_done.emit(len(self.hits))

    def _hit_counts(self) -> dict[int, int]:
        own: dict[int, int] = {}  # per section first, then up the tree once per section (10,000 hits)
        for hit in self.hits:
            flat = self.doc.section_index_at(hit.start)
            own[flat] = own.get(flat, 0) + 1
        counts: dict[int, int] = {}
        for flat, n in own.items():
            while flat >= 0:
                counts[flat] = counts.get(flat, 0) + n
                flat = self.doc.parent_index(flat)
        return counts

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.hits:
            if self.find_bar.edit.text():
                self.run_search(self.find_bar.edit.text(), self.find_bar.regex.isChecked())
            else:
                self.open_find()
            return
        self._select_hit((self.current_hit + delta) % len(self.hits))

    def _select_hit(self, index: int) -> None:
        if not 0 <= index < len(self.hits):
            return
        self.current_hit = index
        self.view.set_hits(self.hits, index)
        self.find_bar.set_count(index, len(self.hits))
        self._reveal_hit()

    def _reveal_hit(self) -> None:
        hit = self.hits[self.current_hit]
        block_start = self.doc.text.rfind("\n", 0, hit.start) + 1
        self.view.scroll_to_offset(block_start if hit.start - block_start < 200 else hit.start)
        self.view.place_cursor(hit.start)

    def _on_find_closed(self) -> None:
        self.hits, self.current_hit = [], -1
        self.view.set_hits([], -1)
        self.outline_pane.outline.set_hit_counts({})
        self.view.setFocus()

    # -- glossary ------------------------------------------------------------------------------
    def _on_term_clicked(self, row: int) -> None:
        if not self.glossary_pane.isVisible():
            self.toggle_glossary()
        self.sidebar.setCurrentWidget(self.glossary_pane)
        self.glossary_pane.select_term(row)

    def _on_occurrence(self, start: int, end: int) -> None:
        self.show_span(start, end)

    # -- actions: view -------------------------------------------------------------------------
    def show_reading_tab(self) -> None:
        self.tabs.setCurrentIndex(READING_TAB)

    def show_charts_tab(self) -> None:
        self.tabs.setCurrentIndex(CHARTS_TAB)

    def _on_tab_changed(self, index: int) -> None:
        if index == CHARTS_TAB and self.charts_view is None:
            self._create_charts()

    def _create_charts(self) -> None:
        from .charts import ChartsView  # pyqtgraph and numpy load here, unless loaded in idle time

        self.charts_view = self._charts_ahead or ChartsView(self)
        self._charts_ahead = None
        self.charts_view.source_requested.connect(self.show_source)
        self._update_charts()
        blocked = self.tabs.blockSignals(True)
        self.tabs.removeTab(CHARTS_TAB)
        self.tabs.insertTab(CHARTS_TAB, self.charts_view, self.tr("图表"))
        self.tabs.setCurrentIndex(CHARTS_TAB)
        self.tabs.blockSignals(blocked)
        self.charts_placeholder.deleteLater()

    def _update_charts(self) -> None:
        if self.charts_view is not None:
            self.charts_view.set_document(self.doc, self.colors)  # type: ignore[attr-defined]

    def show_source(self, start: int, end: int) -> None:
        """Open the reading tab at a sentence and highlight it (from a chart or the table)."""
        self.tabs.setCurrentIndex(READING_TAB)
        self.show_span(start, end)
        self.view.setFocus()

    def show_span(self, start: int, end: int) -> None:
        """Go to a span (recorded in the history), with the cursor at its start, and highlight it."""
        self.jump_to(start)
        self.view.flash(start, end)

    def indicator_at(self, offset: int) -> Indicator | None:
        """The first indicator stated in the sentence at offset."""
        return next((i for i in self.doc.indicators if i.start <= offset < i.end), None)

    def show_indicator_in_charts(self) -> None:
        indicator = self.indicator_at(self.view.cursor_offset())
        if indicator is None:
            self.statusBar().showMessage(self.tr("此处的句子没有可识别的指标"), 3000)
            return
        self.show_charts_tab()
        assert self.charts_view is not None
        self.charts_view.select_indicator(indicator)  # type: ignore[attr-defined]

    def focus_order(self) -> list[QWidget]:
        panes: list[QWidget] = []
        if self.outline_pane.isVisible():
            panes.append(self.outline_pane)
        panes.append(self.view)
        if self.sidebar.isVisible():
            current = self.sidebar.currentWidget()
            panes.append({self.glossary_pane: self.glossary_pane.term_list, self.marks_pane: self.marks_pane.list}.get(
                current, self.results_pane))
        return panes

    def cycle_focus(self, step: int = 1) -> None:
        panes = self.focus_order()
        focused = QApplication.focusWidget()
        index = -1
        for i, pane in enumerate(panes):
            if focused is not None and (focused is pane or pane.isAncestorOf(focused)):
                index = i
        if focused is not None and self.glossary_pane.isAncestorOf(focused) and self.glossary_pane.term_list in panes:
            index = panes.index(self.glossary_pane.term_list)
        target = panes[(index + step) % len(panes)]
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def cycle_focus_back(self) -> None:
        self.cycle_focus(-1)

    def toggle_tree(self) -> None:
        self._set_pane_visible(self.outline_pane, "view.tree", not self.outline_pane.isVisible())

    def toggle_glossary(self) -> None:
        self._set_pane_visible(self.sidebar, "view.glossary", not self.sidebar.isVisible())

    def _set_pane_visible(self, pane: QWidget, action_id: str, visible: bool) -> None:
        focused = QApplication.focusWidget()
        if not visible and (pane.hasFocus() or (focused is not None and pane.isAncestorOf(focused))):
            self.view.setFocus()
        pane.setVisible(visible)
        self.actions_by_id[action_id].setChecked(visible)

    def zoom_in(self) -> None:
        self._set_font_size(self.font_size + 1)

    def zoom_out(self) -> None:
        self._set_font_size(self.font_size - 1)

    def zoom_reset(self) -> None:
        self._set_font_size(DEFAULT_FONT_SIZE)

    def _set_font_size(self, size: int) -> None:
        self.font_size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        offset = self.view.top_offset()
        self.view.set_point_size(self.font_size)
        self.view.scroll_to_offset(offset)

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_by_id["view.fullscreen"].setChecked(self.isFullScreen())

    def set_theme(self, name: str) -> None:
        self.settings.set("view/theme", name)
        self.colors = theme.resolve(name)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.colors)
        self.view.set_colors(self.colors)
        self.view.set_hits(self.hits, self.current_hit)
        self._update_charts()
        self.actions_by_id[f"view.theme_{name}"].setChecked(True)

    def _on_scheme_changed(self, _scheme: object) -> None:
        if self.settings.get_str("view/theme", "system") == "system":
            self.set_theme("system")

    def set_language(self, lang: str) -> None:
        if self.settings.get_str("ui/lang", "") == lang:
            return
        self.settings.set("ui/lang", lang)
        self.actions_by_id[f"view.lang_{lang}"].setChecked(True)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("界面语言"),
                          self.tr("界面语言将在下次启动时生效。 / The language changes at the next start."),
                          QMessageBox.StandardButton.Ok, self)
        self._open_modal(box)

    # -- marks -----------------------------------------------------------------------------------
    def refresh_marks(self) -> None:
        self.placed_marks = place_all(self.doc, self.store.marks(self.doc.source_hash))
        self.marks_pane.set_marks(self.placed_marks, self.store.warning if self.store.read_only else "")
        self.view.set_marks(self.placed_marks)
        counts: dict[int, int] = {}
        for placed in self.placed_marks:
            if placed.placed:
                flat = self.doc.section_index_at(placed.start)
                counts[flat] = counts.get(flat, 0) + 1
        self.outline_pane.outline.set_mark_counts(counts)

    def _save_mark(self, mark: Mark) -> Mark | None:
        try:
            saved = self.store.add(self.doc.source_hash, mark)
        except MarksError as exc:
            self._marks_error(str(exc))
            return None
        self.refresh_marks()
        return saved

    def _marks_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("无法保存批注"), message,
                          QMessageBox.StandardButton.Ok, self)
        self.last_error = box
        self._open_modal(box)

    def toggle_bookmark(self) -> None:
        flat = self._current_flat
        if flat < 0:
            self.statusBar().showMessage(self.tr("请先进入一个章节"), 3000)
            return
        section = self.doc.flat_sections[flat]
        existing = next((p for p in self.placed_marks
                         if p.mark.kind == "bookmark" and p.start == section.start), None)
        if existing is not None:
            self.delete_mark(existing)
            return
        if self._save_mark(section_mark(self.doc, flat, "bookmark")):
            self.statusBar().showMessage(self.tr("已添加书签：%1").replace("%1", section.label), 3000)

    def show_bookmarks(self) -> None:
        self.show_marks(self.tr("书签"))

    def show_marks(self, needle: str = "") -> None:
        self.tabs.setCurrentIndex(READING_TAB)
        if not self.sidebar.isVisible():
            self.toggle_glossary()
        self.sidebar.setCurrentWidget(self.marks_pane)
        self.marks_pane.filter_edit.setText(needle)
        self.marks_pane.list.setFocus()

    def highlight_selection(self) -> None:
        span = self.view.selection_span()
        if span is None or span[0] == span[1]:
            self.statusBar().showMessage(self.tr("请先选择要高亮的文字"), 3000)
            return
        if self._save_mark(make_mark(self.doc, "highlight", span[0], span[1], color=self.highlight_color)):
            cursor = self.view.textCursor()
            cursor.clearSelection()
            self.view.setTextCursor(cursor)

    def add_note(self) -> None:
        """A note on the selection (as a highlight), on the highlight at the cursor, or on the section."""
        span = self.view.selection_span()
        target: Mark | None = None
        existing: Placed | None = None
        if span is not None and span[0] != span[1]:
            target = make_mark(self.doc, "highlight", span[0], span[1], color=self.highlight_color)
            about = target.quote
        else:
            existing = next((p for p in self.view.marks_at(self.view.cursor_offset())
                             if p.mark.kind == "highlight"), None)
            if existing is None and self._current_flat >= 0:
                target = section_mark(self.doc, self._current_flat, "note")
            about = existing.mark.quote if existing else (target.quote if target else "")
        if target is None and existing is None:
            return
        from .note_dialog import NoteDialog

        dialog = NoteDialog(about, existing.mark.note if existing else "", self)
        self.note_dialog = dialog

        def save() -> None:
            text = dialog.text()
            if existing is not None and existing.mark.id is not None:
                try:
                    self.store.update_note(existing.mark.id, text)
                except MarksError as exc:
                    self._marks_error(str(exc))
                self.refresh_marks()
            elif target is not None:
                self._save_mark(replace(target, note=text))

        dialog.accepted.connect(save)
        self._open_modal(dialog)

    def delete_mark(self, placed: Placed) -> None:
        if placed.mark.id is None:
            return
        try:
            self.store.delete(placed.mark.id)
        except MarksError as exc:
            self._marks_error(str(exc))
            return
        self._deleted.append(placed.mark)
        self.refresh_marks()
        self.statusBar().showMessage(self.tr("已删除；按 Ctrl+Z 撤销"), 5000)

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        self._save_mark(self._deleted.pop())

    def _on_mark_chosen(self, placed: Placed) -> None:
        if not placed.placed:
            self.statusBar().showMessage(self.tr("这条批注在当前报告中未能定位"), 4000)
            return
        self.show_span(placed.start, max(placed.end, placed.start + 1))

    def set_highlight_color(self, color: str) -> None:
        self.highlight_color = color
        self.settings.set("marks/color", color)
        self.actions_by_id[f"marks.color_{color}"].setChecked(True)

    def marks_markdown(self) -> str:
        return to_markdown(self.doc, self.placed_marks)

    def marks_json(self) -> str:
        return to_json(self.doc, [p.mark for p in self.placed_marks])

    def export_marks(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, chosen = QFileDialog.getSaveFileName(self, self.tr("导出批注"), f"{self.doc.title}-批注.md",
                                                   "Markdown (*.md);;JSON (*.json)")
        if not name:
            return
        text = self.marks_json() if name.endswith(".json") or "json" in chosen.lower() else self.marks_markdown()
        try:
            Path(name).write_text(text, encoding="utf-8")
        except OSError as exc:
            self._marks_error(f"无法写入文件 / Cannot write: {name} ({exc.strerror})")

    def import_marks_text(self, text: str) -> int:
        try:
            _report, marks = from_json(text)
            added = self.store.merge(self.doc.source_hash, marks)
        except (ValueError, MarksError) as exc:
            self._marks_error(str(exc))
            return 0
        self.refresh_marks()
        self.statusBar().showMessage(self.tr("导入了 %n 条批注", "", added), 4000)
        return added

    def import_marks(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, self.tr("导入批注"), "", "JSON (*.json)")
        if name:
            try:
                text = Path(name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                self._marks_error(f"无法读取文件 / Cannot read: {name} ({exc})")
                return
            self.import_marks_text(text)

    # -- actions: file, edit, help -------------------------------------------------------------
    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开报告"), start,
                                              self.tr("文本文件 (*.txt);;所有文件 (*)"))
        if name:
            self.open_path(name)

    def _open_modal(self, dialog: QDialog, focus_if_accepted: QWidget | None = None) -> None:
        """Open a window-modal dialog; once it closes, this window is active again and the focus is
        back where the reader left it (or, when the dialog was accepted, on focus_if_accepted).
        Window managers usually hand the keyboard back themselves; without one (a kiosk
        session, Xvfb) nobody does."""
        left_at = QApplication.focusWidget()

        def restore(result: int) -> None:
            from PySide6.QtWidgets import QDialog

            self.activateWindow()
            accepted = result == QDialog.DialogCode.Accepted.value
            back_to = focus_if_accepted if accepted and focus_if_accepted is not None else left_at
            if back_to is not None and isValid(back_to) and back_to.window() is self:
                back_to.setFocus()

        dialog.finished.connect(restore)
        dialog.open()

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.doc.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印或存为 PDF"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.view.document().print_(printer)

    def save_pdf(self, path: str | Path) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setDocName(self.doc.title)
        self.view.document().print_(printer)

    def citation(self, offset: int) -> str:
        flat = self.doc.section_index_at(offset)
        parts = [self.doc.title] if flat < 0 else [
            self.doc.title, " › ".join(s.label for s in self.doc.section_path(flat))
        ]
        return " · ".join(parts)

    def copy_with_citation(self) -> None:
        span = self.view.selection_span()
        if span is None:
            para = self.doc.paragraph_at(self.view.cursor_offset())
            if para is None:
                return
            span = (para.start, para.end)
        text = self.doc.text[span[0]: span[1]].strip()
        QApplication.clipboard().setText(f"{text}\n——{self.citation(span[0])}")
        self.statusBar().showMessage(self.tr("已复制，并附出处"), 3000)

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self._open_modal(self.shortcuts_dialog)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, self.tr("关于"),
            self.tr("政府工作报告阅读器 shigu_gui\n离线阅读政府工作报告：目录、名词解释、指标图表。\n"
                    "字体：Noto Sans CJK SC（SIL Open Font License 1.1）"),
        )

    # -- settings ------------------------------------------------------------------------------
    def _restore_view_settings(self) -> None:
        geometry = self.settings.get_bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        sizes = self.settings.get_int_list("window/splitter")
        if len(sizes) == 3 and all(s >= 0 for s in sizes):
            self.splitter.setSizes(sizes)
        tree = self.settings.get_bool("view/tree", True)
        glossary = self.settings.get_bool("view/glossary", True)
        self.outline_pane.setVisible(tree)
        self.sidebar.setVisible(glossary)
        self.actions_by_id["view.tree"].setChecked(tree)
        self.actions_by_id["view.glossary"].setChecked(glossary)
        name = self.settings.get_str("view/theme", "system")
        self.actions_by_id.get(f"view.theme_{name}", self.actions_by_id["view.theme_system"]).setChecked(True)
        color = self.settings.get_str("marks/color", "yellow")
        self.actions_by_id.get(f"marks.color_{color}", self.actions_by_id["marks.color_yellow"]).setChecked(True)
        lang = self.settings.get_str("ui/lang", "zh")
        self.actions_by_id.get(f"view.lang_{lang}", self.actions_by_id["view.lang_zh"]).setChecked(True)

    def save_settings(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/splitter", self.splitter.sizes())
        self.settings.set("view/tree", self.outline_pane.isVisibleTo(self))
        self.settings.set("view/glossary", self.sidebar.isVisibleTo(self))
        self.settings.set("view/font_size", self.font_size)
        self._remember_position()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist_on_close:
            self.save_settings()
        self.store.close()
        super().closeEvent(event)

    # -- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    def set_icon(self, icon: QIcon) -> None:
        self.setWindowIcon(icon)
