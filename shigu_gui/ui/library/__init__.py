"""The 文库 view: reports, search across them, the indicator matrix and its charts. The window
imports it when the view is first shown (heavy: the library's SQLite code; see shigu_gui.start_path)."""

from __future__ import annotations

from .pane import LibraryPane, OpenReport

__all__ = ["LibraryPane", "OpenReport"]
