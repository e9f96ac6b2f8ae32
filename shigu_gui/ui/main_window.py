"""The main window composes the panes and controllers and wires them together; it is the
context the commands run in (ui/context).

It keeps what belongs to the window itself: the tabs and the sidebar, the focus cycle, drag and
drop, and closing (its size and the panes' widths, restored and saved: ui/window_layout). The open
report is the session's; every pane subscribes to what it shows.

It is built in two steps. The frame is what the first picture shows: the text at the reader's
place, the tab bar, the menu bar's titles, the status bar, and the tree's and the sidebar's places
at their widths. complete() adds the rest (the tree, the sidebar, the actions and their keys, the
marks, search, the focus ring) in the next turn of the event loop after that picture when the
window is built `staged` (as the app starts it), or at once otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from ..model import Document
from ..paths import marks_db
from ..store import MarkStore
from .navigation import Navigation
from .position import ReadingPosition
from .preferences import Preferences
from .reading_status import ReadingStatus
from .session import ReaderSession
from .settings import Settings
from .skeleton import CHARTS_TAB, LIBRARY_TAB, MENUS, PANE_WIDTHS, READING_TAB
from .staged_start import after_first_picture, fill_places, pane_place
from .tabs import ReportTabs
from .text_view import ReportView
from .window_layout import WindowLayout

if TYPE_CHECKING:  # the rest of the window is imported when it is built, after the first picture
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeyEvent
    from PySide6.QtWidgets import QMenu, QMessageBox

    from .charts import ChartsView
    from .context import Context
    from .dialogs import LoadingProgress
    from .early_keys import EarlyKeys
    from .find_bar import FindBar
    from .idle import IdleRunner
    from .library import LibraryPane
    from .marks import Marks
    from .marks_pane import MarksPane
    from .outline_pane import OutlinePane
    from .recent import RecentReports
    from .results_pane import ResultsPane
    from .search import Search
    from .sidebar import Sidebar

__all__ = ["CHARTS_TAB", "LIBRARY_TAB", "READING_TAB", "MainWindow"]


class MainWindow(WindowLayout, QMainWindow):
    completed = Signal()  # the whole window is built: panes, actions and keys

    def __init__(self, settings: Settings, doc: Document, path: Path | None = None,
                 store: MarkStore | None = None, *, staged: bool = False, notice: str = "") -> None:
        super().__init__()
        self.settings = settings
        self._notice = notice  # for the status bar once complete: why the start opened this report
        self.store = store if store is not None else MarkStore(marks_db())
        self.persist_on_close = True  # off for --screenshot: a picture must not move the reader's place
        self.session = ReaderSession(doc, path, self)
        self.preferences = Preferences(settings, self)
        self.last_error: QMessageBox | None = None
        self.dialogs: dict[str, QWidget] = {}
        self.actions_by_id: dict[str, QAction] = {}
        self.is_complete = False
        self._closed = False  # closed before complete(): nothing more is built
        self._early_keys: EarlyKeys | None = None  # typed before complete(), no widget took them
        self._build_frame()
        self._restore_layout()
        self.session.document_changed.connect(self._on_document)
        self.session.failed.connect(self.show_error)
        self._on_document()
        self.view.setFocus()  # the reader starts in the text: arrows and Page Down scroll at once
        if staged:
            after_first_picture(self, self.view.first_painted, self.complete)
            self.view.hold_layout_until(self.completed)
        else:
            self.complete()

    # -- composition ---------------------------------------------------------------------------
    def _build_frame(self) -> None:
        """What the first picture shows: the text, the tab bar and the menu titles; the panes' places."""
        self.setObjectName("mainWindow")
        session = self.session
        self.position = ReadingPosition(session, self)
        self.view = ReportView(session, self.preferences, self)
        self.view.setAcceptDrops(False)
        self.view.follow(self.position)
        session.text_builder = self.view.build_off_thread  # a large report laid out on the loader's thread
        self.navigation = Navigation(session, self.view, self.store, self, position=self.position)
        self._find_bar: FindBar | None = None  # built on first use: the first picture has none
        center = QWidget(self)
        center.setAccessibleName(self.tr("正文区"))
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.setSpacing(0)
        center_layout.addWidget(self.view, 1)
        self._center_layout = center_layout
        self.splitter = QSplitter()  # side by side (the default); addTab below gives it its parent
        self.splitter.setAccessibleName(self.tr("阅读分栏"))
        self._places = (pane_place(self.splitter), pane_place(self.splitter))  # the tree's, the sidebar's
        self.splitter.addWidget(self._places[0])
        self.splitter.addWidget(center)
        self.splitter.addWidget(self._places[1])
        self.splitter.setStretchFactor(1, 1)
        self._pane_sizes = list(PANE_WIDTHS)  # as set, until the splitter is shown and measures them
        self.splitter.setSizes(self._pane_sizes)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = ReportTabs(session, self.preferences, self.splitter, self)
        self.setCentralWidget(self.tabs)
        self.reading_status = ReadingStatus(self.position, self.statusBar())
        self.menus: dict[str, QMenu] = {
            key: self.menuBar().addMenu(QApplication.translate("Actions", title)) for key, title in MENUS.items()
        }

    def complete(self) -> None:
        """The rest of the window: the tree and the sidebar in their places, the actions and keys,
        search and marks, the focus ring; then the work for idle time. Once; emits completed."""
        if self.is_complete or self._closed:
            return
        self.is_complete = True
        from . import focus_ring
        from .dialogs import LoadingProgress, in_ui_language
        from .idle import IdleRunner
        from .marks import Marks
        from .outline_pane import OutlinePane
        from .recent import RecentReports
        from .search import Search
        from .sidebar import Sidebar

        session = self.session
        self.idle: IdleRunner = IdleRunner(self)  # work for after the first paint
        self.progress: LoadingProgress = LoadingProgress(self, self.idle, session.cancel_loading)
        self.search: Search = Search(session, self.position, self)
        self.marks: Marks = Marks(session, self.view, self.store, self.preferences, self, self)
        self.recent: RecentReports = RecentReports(session, self.store, self.settings, self)
        self.recent.note_open_report()  # the report the window started with
        self.outline_pane: OutlinePane = OutlinePane(session, self)
        self.sidebar: Sidebar = Sidebar(session, self.search, self.marks, self)
        self.glossary_pane = self.sidebar.glossary_pane
        fill_places(self.splitter, self._places, (self.outline_pane, self.sidebar), self._pane_sizes)
        self.tabs.idle = self.idle
        from .room import Room

        self._build_actions()
        self._connect_signals()
        self.room: Room = Room(self, self)
        self.room.apply()
        self.sync_checks()
        self.setAcceptDrops(True)
        said = [in_ui_language(message) for message in (self._notice, self.store.warning) if message]
        if said:
            self.statusBar().showMessage("  ".join(said))
        focus_ring.install(self.preferences.colors.focus)
        if self.tabs.currentIndex() != READING_TAB:  # a tab chosen with the mouse before this
            self.tabs.built(self.tabs.currentIndex())
        if self.view.painted:
            self._prepare_in_idle_time()
        else:  # a window completed at once: after its first picture, as a staged one
            self.view.first_painted.connect(self._prepare_in_idle_time)
        self.completed.emit()
        if self._early_keys is not None:
            keys, self._early_keys = self._early_keys, None
            keys.replay(self, list(self.actions_by_id.values()), self.view)

    def _prepare_in_idle_time(self) -> None:
        """What no picture needs, a slice between events: the search index (else paid by the first
        keystroke), then the charts' modules and view (else paid by the first Ctrl+2)."""
        self.idle.add(self.search.prepare())
        self.idle.add(self.tabs.prepare_charts())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.is_complete:  # typed as the window appeared, before its keys exist: done once they do
            if self._early_keys is None:
                from .early_keys import EarlyKeys

                self._early_keys = EarlyKeys()
            self._early_keys.keep(event)
            return
        super().keyPressEvent(event)

    # -- what the window holds, as the commands (ui/context) and the tests name it ---------------
    @property
    def dialog_parent(self) -> QWidget:
        return self

    @property
    def charts_view(self) -> ChartsView | None:
        return self.tabs.charts

    @property
    def library_pane(self) -> LibraryPane | None:
        return self.tabs.library

    @property
    def about_box(self) -> QWidget | None:
        return self.dialogs.get("about")

    @property
    def goto_dialog(self) -> QWidget | None:
        return self.dialogs.get("goto")

    @property
    def shortcuts_dialog(self) -> QWidget | None:
        return self.dialogs.get("shortcuts")

    @property
    def results_pane(self) -> ResultsPane:
        return self.sidebar.results_pane

    @property
    def marks_pane(self) -> MarksPane:
        return self.sidebar.marks_pane

    @property
    def find_bar(self) -> FindBar:
        if self._find_bar is None:
            from .find_bar import FindBar

            self._find_bar = FindBar(self.search, self)
            self._center_layout.insertWidget(0, self._find_bar)
        return self._find_bar

    def _build_actions(self) -> None:
        from .binding import bind_actions

        self.actions_by_id = bind_actions(self, self.menus, self._run)
        self.view.context_actions = [self.actions_by_id[key] for key in (
            "edit.copy_citation", "marks.highlight", "marks.note", "marks.bookmark", "view.indicator")]

    def _run(self, command: Callable[[Context], object]) -> None:
        command(self)
        self.sync_checks()

    def sync_checks(self) -> None:
        """Every toggle shows its state as the table defines it."""
        from .binding import sync_checks

        sync_checks(self.actions_by_id, self)

    def _connect_signals(self) -> None:
        from .commands import go

        session, search, marks, navigation = self.session, self.search, self.marks, self.navigation
        session.loading_started.connect(self.progress.start)
        session.loading_finished.connect(self.progress.finish)
        self.outline_pane.follow_reader(self.position)
        self.outline_pane.section_chosen.connect(navigation.go_to_section)
        self.outline_pane.count_hits(search)
        self.outline_pane.count_marks(marks)
        self.view.term_activated.connect(self._on_term_clicked)
        self.glossary_pane.occurrence_chosen.connect(navigation.show_span)
        self.sidebar.mark_chosen.connect(lambda placed: go.go_to_mark(self, placed))
        search.hits_changed.connect(lambda: self.view.set_hits(search.hits, search.current))
        search.current_changed.connect(lambda current: self.view.set_hits(search.hits, current))
        search.cleared.connect(self.view.setFocus)
        marks.marks_changed.connect(lambda: self.view.set_marks(marks.placed))
        marks.failed.connect(lambda message: self.show_error(message, self.tr("无法保存批注")))
        marks.status.connect(self.statusBar().showMessage)
        self.preferences.changed.connect(self._on_preference)
        self.preferences.follow_desktop_scheme()
        self.tabs.currentChanged.connect(self.tabs.built)
        self.tabs.source_requested.connect(lambda start, end: go.show_source(self, start, end))
        self.tabs.open_requested.connect(
            lambda path, offset, length, term: go.open_in_reader(self, path, offset, length, term))
        self.tabs.failed.connect(self.show_error)
        self.tabs.status.connect(self.statusBar().showMessage)
        self.view.set_marks(marks.placed)

    # -- the open report -----------------------------------------------------------------------
    def open_path(self, path: str | Path) -> None:
        self.session.open(path)

    def _on_document(self) -> None:
        self.setWindowTitle(f"{self.session.doc.title} — {self.tr('政府工作报告阅读器')}")
        messages = []
        if self.session.doc.notices:  # damaged bytes, marked in the text: the reader is told why
            from .dialogs import in_ui_language

            messages += [in_ui_language(notice) for notice in self.session.doc.notices]
        if not self.session.is_report():  # shown all the same: the reader may still want to read it
            messages.append(self.tr("未识别出报告结构"))
        if messages:
            self.statusBar().showMessage("  ".join(messages))
        else:  # a warning about the report before would hide this one's section path
            self.statusBar().clearMessage()

    def show_error(self, message: str, title: str = "") -> None:
        """One clear message in a dialog; the open report stays open."""
        from .dialogs import message_box

        self.last_error = message_box(self, title or self.tr("无法打开报告"), message)

    # -- the window's own commands -------------------------------------------------------------
    def show_tab(self, index: int) -> None:
        """Show a tab with the keyboard in its content (the tab bar would take the arrows)."""
        self.tabs.setCurrentIndex(index)
        content = self.view if index == READING_TAB else self.tabs.content(index)
        if content is not None:
            content.setFocus()

    def cycle_focus(self, step: int) -> None:
        from .focus_cycle import cycle_focus

        cycle_focus(self, step)

    # -- closing, drag and drop ----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist_on_close:
            self.save_settings()
        self.store.close()
        self._closed = True
        self.tabs.close_library()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if any(url.isLocalFile() for url in mime.urls()) or mime.hasHtml() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if files or mime.hasHtml() or mime.hasText():
            event.acceptProposedAction()
            if files:
                self.open_path(files[0])
            else:
                from .commands.file import open_mime

                open_mime(self, mime)

    def set_icon(self, icon: QIcon) -> None:
        self.setWindowIcon(icon)

