"""The marks table: a report's bookmarks, highlights and notes, read, added, changed, deleted
and merged (from an export). No Qt."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .database import timestamp, transaction
from .keys import keys_of

if TYPE_CHECKING:  # the marks' model loads with the first marks read: the start needs only the position
    from ..model.document import Document
    from ..model.marks import Mark

_log = logging.getLogger(__name__)
_SEP = "\u241f"  # joins section path labels in one column


class MarksError(Exception):
    """A mark could not be saved; the message is one sentence for the user."""


class MarksTable:
    """The marks half of MarkStore (store/__init__.py); the connection is StoreFile's."""

    path: Path
    warning: str
    read_only: bool
    _conn: sqlite3.Connection | None

    def _writable(self) -> sqlite3.Connection:
        if self.read_only or self._conn is None:
            raise MarksError(self.warning or "批注不可用 / Marks are unavailable")
        return self._conn

    def marks(self, report: str | Document) -> list[Mark]:
        """A report's marks: those kept under its key; else those kept under the file's older key,
        which then move to the report's (so that its other files find them)."""
        if self._conn is None:
            return []
        key, old = keys_of(report)
        query = ("SELECT id, kind, quote, section_path, prefix, suffix, start, color, note, created, updated "
                 "FROM marks WHERE report = ? ORDER BY id")
        try:
            rows = self._conn.execute(query, (key,)).fetchall()
            if not rows and old != key:
                rows = self._conn.execute(query, (old,)).fetchall()
                if rows and not self.read_only:
                    with transaction(self._conn):
                        self._conn.execute("UPDATE marks SET report = ? WHERE report = ?", (key, old))
        except sqlite3.Error as exc:  # the marks are not shown this time; the report still is
            _log.warning("marks not read from %s: %s", self.path, exc)
            return []
        from ..model.marks import Mark

        return [
            Mark(kind=r[1], quote=r[2], section_path=tuple(p for p in r[3].split(_SEP) if p), prefix=r[4],
                 suffix=r[5], start=r[6], color=r[7], note=r[8], id=r[0], created=r[9], updated=r[10])
            for r in rows
        ]

    def add(self, report: str | Document, mark: Mark) -> Mark:
        conn = self._writable()
        report = keys_of(report)[0]
        now = timestamp()
        created = mark.created or now
        try:
            with transaction(conn):
                cursor = conn.execute(
                    "INSERT INTO marks (id, report, kind, quote, section_path, prefix, suffix, start, color, note, "
                    "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (mark.id, report, mark.kind, mark.quote, _SEP.join(mark.section_path), mark.prefix,
                     mark.suffix, mark.start, mark.color, mark.note, created, now),
                )
        except sqlite3.Error as exc:
            raise MarksError(f"批注未能保存 / The mark was not saved: {exc}") from None
        return replace(mark, id=cursor.lastrowid, created=created, updated=now)

    def update_note(self, mark_id: int, note: str) -> None:
        conn = self._writable()
        try:
            with transaction(conn):
                conn.execute("UPDATE marks SET note = ?, updated = ? WHERE id = ?", (note, timestamp(), mark_id))
        except sqlite3.Error as exc:
            raise MarksError(f"批注未能保存 / The note was not saved: {exc}") from None

    def delete(self, mark_id: int) -> None:
        conn = self._writable()
        try:
            with transaction(conn):
                conn.execute("DELETE FROM marks WHERE id = ?", (mark_id,))
        except sqlite3.Error as exc:
            raise MarksError(f"批注未能删除 / The mark was not deleted: {exc}") from None

    def merge(self, report: str | Document, marks: list[Mark]) -> int:
        """Add the marks not already there (same kind, quote, context, section and note); return how many."""
        existing = {(m.identity, m.note) for m in self.marks(report)}
        added = 0
        for mark in marks:
            key = (mark.identity, mark.note)
            if key in existing:
                continue
            self.add(report, replace(mark, id=None))
            existing.add(key)
            added += 1
        return added
