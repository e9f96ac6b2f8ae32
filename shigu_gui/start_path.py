"""The start path: the modules a start runs before the window's first picture, then those it adds
before the whole window (the tree, the sidebar, the margin's marks). Only these may be shaped by the
cost of the start: numbers instead of Qt's enums (ui.qt_names), a class built on first use, a
comment on what the start pays. Every other module is written plainly.

One design rule holds everywhere: a heavy module is imported only where it is used, never at the
top of a module the start imports: pyqtgraph and numpy (charts), python-docx, pypdfium2,
selectolax and jieba (importers), the report parser and model.meta (their patterns; a start reads
the cache), the library's SQLite code, Qt's print support, and the dialogs.

The tests read these lists: tests/e2e/test_first_frame_modules.py (a start loads no other module
before its first picture; no other module talks about the start's cost), tests/ui/test_app.py
(each is loaded once the window is whole) and tests/ui/test_qt_names.py (only these use qt_names).
"""

from __future__ import annotations

FIRST_PICTURE = frozenset({
    "shigu_gui", "shigu_gui.cli", "shigu_gui.paths", "shigu_gui.resources", "shigu_gui.sqlite_file",
    "shigu_gui.store", "shigu_gui.store.database", "shigu_gui.store.keys", "shigu_gui.store.marks",
    "shigu_gui.store.positions", "shigu_gui.store.recent", "shigu_gui.version",
    "shigu_gui.model", "shigu_gui.model.cache", "shigu_gui.model.decode", "shigu_gui.model.document",
    "shigu_gui.model.errors", "shigu_gui.model.formats", "shigu_gui.model.navigation", "shigu_gui.model.reading",
    "shigu_gui.ui", "shigu_gui.ui.app", "shigu_gui.ui.collector", "shigu_gui.ui.errors", "shigu_gui.ui.fonts",
    "shigu_gui.ui.loader", "shigu_gui.ui.main_window", "shigu_gui.ui.navigation", "shigu_gui.ui.plain",
    "shigu_gui.ui.platform_check", "shigu_gui.ui.position", "shigu_gui.ui.preferences", "shigu_gui.ui.qt_names",
    "shigu_gui.ui.reading_status", "shigu_gui.ui.room", "shigu_gui.ui.session", "shigu_gui.ui.settings",
    "shigu_gui.ui.skeleton", "shigu_gui.ui.staged_start", "shigu_gui.ui.tabs", "shigu_gui.ui.term_links",
    "shigu_gui.ui.text_document", "shigu_gui.ui.text_overlays", "shigu_gui.ui.text_view", "shigu_gui.ui.theme",
    "shigu_gui.ui.window_layout",
})

WHOLE_WINDOW = frozenset({
    "shigu_gui.model.folded", "shigu_gui.ui.focus_ring", "shigu_gui.ui.glossary_model",
    "shigu_gui.ui.glossary_pane", "shigu_gui.ui.outline_model", "shigu_gui.ui.outline_pane", "shigu_gui.ui.roles",
    "shigu_gui.ui.sidebar", "shigu_gui.ui.text_margin",
})

START_PATH = FIRST_PICTURE | WHOLE_WINDOW
