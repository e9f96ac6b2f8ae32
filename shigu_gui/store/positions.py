"""The positions table: where the reader left each report. A lost position is logged, never
shown. No Qt."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .database import timestamp, transaction
from .keys import keys_of, position_keys

if TYPE_CHECKING:
    from ..model.document import Document

_log = logging.getLogger(__name__)


class PositionsTable:
    """The reading-position half of MarkStore (store/__init__.py); the connection is StoreFile's."""

    path: Path
    read_only: bool
    _conn: sqlite3.Connection | None

    def position(self, report: str | Document) -> int:
        """Where the report was left (0: at its start); else where its file was, under the older key."""
        if self._conn is None:
            return 0
        try:
            # The file's key first: read at every start, it needs no pass over the text (the
            # report's key folds and hashes it all), and set_position writes both.
            for key in position_keys(report):
                row = self._conn.execute("SELECT offset FROM positions WHERE report = ?", (key,)).fetchone()
                if row is not None:
                    return int(row[0])
        except sqlite3.Error as exc:
            _log.warning("reading position not read from %s: %s", self.path, exc)
        return 0

    def set_position(self, report: str | Document, offset: int) -> None:
        if self.read_only or self._conn is None:
            return
        keys = set(keys_of(report))  # the report's, which its other files find; the file's, read first
        try:
            with transaction(self._conn):
                self._conn.executemany(
                    "INSERT INTO positions (report, offset, updated) VALUES (?, ?, ?) "
                    "ON CONFLICT(report) DO UPDATE SET offset = excluded.offset, updated = excluded.updated",
                    [(key, offset, timestamp()) for key in sorted(keys)],
                )
        except sqlite3.Error as exc:  # a lost reading position is not worth a dialog
            _log.warning("reading position not saved in %s: %s", self.path, exc)
