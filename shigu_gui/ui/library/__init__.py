"""The 文库 view: reports, search across them, the indicator matrix and its charts. Off the start-up
path: the window imports it when the view is first shown."""

from __future__ import annotations

from .pane import LibraryPane, OpenReport

__all__ = ["LibraryPane", "OpenReport"]
