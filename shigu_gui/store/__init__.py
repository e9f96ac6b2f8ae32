"""The user's marks, reading positions and recent reports in one SQLite database: WAL, one
transaction per change, a schema version with migrations. A damaged database is set aside, never
overwritten; a folder that cannot be written leaves the reader working and refuses marks with a
clear message.

MarkStore is the one object the reader holds; its parts are beside it: database.py (the file, its
schema and migrations, opening it, setting it aside), keys.py (the key a report's data is kept
under), marks.py, positions.py and recent.py (one table each)."""

from __future__ import annotations

from .database import StoreFile
from .marks import MarksError, MarksTable
from .positions import PositionsTable
from .recent import RecentReport, RecentTable, recent_key


class MarkStore(StoreFile, MarksTable, PositionsTable, RecentTable):
    """The store: opened (or set aside, or read-only) by StoreFile; its tables' methods beside it."""


__all__ = ["MarkStore", "MarksError", "RecentReport", "recent_key"]
