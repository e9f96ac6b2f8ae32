"""The recent table: the reports opened lately (最近打开), by path, the last one first. No Qt."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from .database import transaction

RECENT_MAX = 10  # reports listed under 最近打开
_log = logging.getLogger(__name__)


class RecentReport(NamedTuple):
    """A report opened lately, as it was read then (its file may have moved since)."""

    path: str  # absolute, symbolic links resolved: the entry's key
    title: str
    year: int | None
    place: str


def recent_key(path: str | Path) -> str:
    """The one spelling of a path a recent report is kept under."""
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):  # a loop of links: as written, made absolute
        return os.path.abspath(path)


class RecentTable:
    """The recent-reports half of MarkStore (store/__init__.py); the connection is StoreFile's."""

    path: Path
    read_only: bool
    _conn: sqlite3.Connection | None

    def add_recent(self, path: str | Path, title: str, year: int | None, place: str) -> None:
        """Note a report as the one opened last (first in recent()); RECENT_MAX are kept. The same
        file by another spelling is one entry; the same report in another file is another."""
        if self.read_only or self._conn is None:
            return
        try:
            with transaction(self._conn) as conn:
                conn.execute(
                    "INSERT INTO recent (path, title, year, place, opened) "
                    "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(opened), 0) + 1 FROM recent)) "
                    "ON CONFLICT(path) DO UPDATE SET title = excluded.title, year = excluded.year, "
                    "place = excluded.place, opened = excluded.opened",
                    (recent_key(path), title, year, place),
                )
                conn.execute("DELETE FROM recent WHERE path NOT IN "
                             "(SELECT path FROM recent ORDER BY opened DESC LIMIT ?)", (RECENT_MAX,))
        except sqlite3.Error as exc:  # a report missing from the list is not worth a dialog
            _log.warning("recent report not noted in %s: %s", self.path, exc)

    def recent(self) -> list[RecentReport]:
        """The reports opened lately, the last one first."""
        if self._conn is None:
            return []
        try:
            rows = self._conn.execute(
                "SELECT path, title, year, place FROM recent ORDER BY opened DESC LIMIT ?", (RECENT_MAX,)
            ).fetchall()
        except sqlite3.Error as exc:  # an older database opened read-only has no list
            _log.warning("recent reports not read from %s: %s", self.path, exc)
            return []
        return [RecentReport(str(path), str(title), year if isinstance(year, int) else None, str(place or ""))
                for path, title, year, place in rows]

    def last_report(self) -> Path | None:
        """The report opened last: the one a start without a file opens again."""
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("SELECT path FROM recent ORDER BY opened DESC LIMIT 1").fetchone()
        except sqlite3.Error as exc:
            _log.warning("recent reports not read from %s: %s", self.path, exc)
            return None
        return Path(row[0]) if row is not None else None

    def forget_recent(self, path: str | Path) -> None:
        self._change_recent("DELETE FROM recent WHERE path = ?", (recent_key(path),))

    def clear_recent(self) -> None:
        self._change_recent("DELETE FROM recent", ())

    def _change_recent(self, statement: str, args: tuple[str, ...]) -> None:
        if self.read_only or self._conn is None:
            return
        try:
            with transaction(self._conn) as conn:
                conn.execute(statement, args)
        except sqlite3.Error as exc:
            _log.warning("recent reports not changed in %s: %s", self.path, exc)
