"""The library's figures: the matrix of reports × canonical indicators (the figure the reader
picks for each), and every report's main targets. No Qt."""

from __future__ import annotations

import sqlite3

from ..model.vocabulary import BY_ID
from .records import Cell


class LibraryFigures:
    """The figures half of Library (library/db.py), which holds the connection; each report is
    counted once, in the file it opens from (Library._primary)."""

    con: sqlite3.Connection

    def _primary(self) -> dict[int, sqlite3.Row]:
        raise NotImplementedError

    def matrix(self, indicators: tuple[str, ...] = ()) -> list[Cell]:
        """Report × canonical indicator: the report's figure of each kind (actual, target), as the
        reader picks it (model.vocabulary.report_figures), with the sentence it stands in."""
        where = ""
        params: tuple[object, ...] = ()
        if indicators:
            where = f" AND i.canonical IN ({','.join('?' * len(indicators))})"
            params = tuple(indicators)
        rows = self.con.execute(
            f"SELECT i.doc_id, d.year, i.canonical, i.name, i.kind, i.value, i.unit,"
            f" i.growth, i.qualifier, i.sentence, i.start, i.end, i.year AS describes"
            f" FROM indicators i JOIN docs d ON d.id = i.doc_id"
            f" WHERE i.chosen = 1{where}", params).fetchall()
        primary = self._primary()
        rows = [r for r in rows if r["doc_id"] in primary]
        order = {c: k for k, c in enumerate(BY_ID)}
        cells = [Cell(r["doc_id"], primary[r["doc_id"]]["path"], r["year"], primary[r["doc_id"]]["place"] or "",
                      r["canonical"], r["name"], r["kind"], r["value"], r["unit"], r["growth"], r["qualifier"],
                      r["sentence"], r["start"], r["end"], _described_year(r["describes"], r["year"], r["kind"]))
                 for r in rows]
        cells.sort(key=lambda c: (c.year is None, c.year or 0, c.place, c.path, order.get(c.indicator, 99),
                                  c.kind != "actual"))
        return cells

    def targets(self) -> list[Cell]:
        """Every report's main targets (主要预期目标), report by report in year order, each report's
        in the order it states them."""
        primary = self._primary()  # (checks the format version first: an older file has no main)
        rows = self.con.execute(
            "SELECT i.doc_id, d.year, i.canonical, i.name, i.kind, i.value, i.unit, i.growth, i.qualifier,"
            " i.sentence, i.start, i.end, MIN(i.main) AS main FROM indicators i JOIN docs d ON d.id = i.doc_id"
            " WHERE i.main IS NOT NULL GROUP BY i.doc_id, i.main").fetchall()
        cells = [(r["main"], Cell(r["doc_id"], primary[r["doc_id"]]["path"], r["year"],
                                  primary[r["doc_id"]]["place"] or "", r["canonical"] or "", r["name"], r["kind"],
                                  r["value"], r["unit"], r["growth"], r["qualifier"], r["sentence"], r["start"],
                                  r["end"])) for r in rows if r["doc_id"] in primary]
        cells.sort(key=lambda pc: (pc[1].year is None, pc[1].year or 0, pc[1].place, pc[1].path, pc[0]))
        return [c for _, c in cells]


def _described_year(stated: int | None, report_year: int | None, kind: str) -> int | None:
    """The year a figure describes: the one the parser dated it to, else the report's year before
    (an actual) or the report's (a target)."""
    if stated is not None:
        return int(stated)
    if report_year is None:
        return None
    return int(report_year) - 1 if kind == "actual" else int(report_year)
