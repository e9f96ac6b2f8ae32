"""The charts tab. Imported only when the tab is first shown (pyqtgraph and numpy load here)."""

from __future__ import annotations

from .view import ChartsView

__all__ = ["ChartsView"]
