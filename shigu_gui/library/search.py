"""Search in the library: counts per report from the FTS5 indexes, the first hits of each, every
hit in one report, a term's trend over the years. Folding is the reader's (model/folded.py), so
counts equal the occurrences the reader finds. No Qt."""

from __future__ import annotations

import bisect
import sqlite3

from ..model.folded import FoldedText, fold, snippet
from .records import Narrowing, SearchHit, SearchResult, TrendPoint


def _phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


def segment_hits(label: str, start: int, text: str, folded: str, needle: str, limit: int) -> list[SearchHit]:
    """The first hits of a folded needle in one segment, as spans of its text (mapped back as
    the reader maps them: model/folded.py)."""
    if limit <= 0:
        return []
    spans: list[tuple[int, int]] = []
    pos = folded.find(needle)
    while pos >= 0 and len(spans) < limit:
        spans.append((pos, pos + len(needle)))
        pos = folded.find(needle, pos + len(needle))
    if spans and len(folded) != len(text):  # folding changed lengths (… → ...)
        spans = FoldedText(text, folded).spans_back(spans)
    hits = []
    for hit_start, hit_end in spans:
        line, at = snippet(text, hit_start, hit_end)
        hits.append(SearchHit(label, line, start + hit_start, hit_end - hit_start, at))
    return hits


class LibrarySearch:
    """The search half of Library (library/db.py), which holds the connection and the caches
    read here; a write forgets them (Library.commit, Library.store)."""

    con: sqlite3.Connection
    fts: bool
    _segment_map: dict[int, tuple[list[int], list[int]]] | None
    _owner_map: dict[int, int] | None
    _owner_source: object

    def _check_version(self) -> None:
        raise NotImplementedError

    def _primary(self) -> dict[int, sqlite3.Row]:
        raise NotImplementedError

    def _candidates(self, needle: str) -> tuple[str, tuple[object, ...]]:
        """SQL for the ids of the segments that may hold needle (folded), and its parameters."""
        if self.fts and len(needle) >= 3:
            return "SELECT rowid FROM segments_fts WHERE segments_fts MATCH ?", (_phrase(needle),)
        return "SELECT id FROM segments WHERE instr(folded, ?) > 0", (needle,)

    def _segments(self) -> dict[int, tuple[list[int], list[int]]]:
        """Per document: its segments' starts in the folded text and their ids, in reading order
        (kept until the next write)."""
        self._check_version()
        if self._segment_map is None:
            table: dict[int, tuple[list[int], list[int]]] = {}
            rows = self.con.execute("SELECT id, doc_id, fstart FROM segments ORDER BY doc_id, start")
            for seg_id, doc_id, start in rows:
                starts, ids = table.setdefault(doc_id, ([], []))
                starts.append(start)
                ids.append(seg_id)
            self._segment_map = table
        return self._segment_map

    def _segment_owner(self) -> dict[int, int]:
        """Segment id → document id (kept until the next write)."""
        segments = self._segments()
        if self._owner_map is None or self._owner_source is not segments:
            self._owner_map = {seg: doc_id for doc_id, (_starts, ids) in segments.items() for seg in ids}
            self._owner_source = segments
        return self._owner_map

    def _pair_positions(self, needle: str) -> dict[int, tuple[int, int]] | None:
        """For a one- or two-character needle, from the pairs index: per document its count and
        the folded position of its first occurrence. None where the index cannot say (no FTS5;
        'AA', whose overlapping pairs are not separate occurrences)."""
        if not self.fts or len(needle) > 2 or (len(needle) == 2 and needle[0] == needle[1]):
            return None
        token = "".join(f"{ord(c):06x}" for c in needle)
        params: tuple[str, ...] = (token,)
        if len(needle) == 2:
            where = "term = ?"
        else:  # every pair that starts with the character
            where, params = "term >= ? AND term < ?", (token, token + "g")  # hex digits sort below g
        out: dict[int, tuple[int, int]] = {}
        rows = self.con.execute(
            f"SELECT doc, COUNT(*), MIN(offset * 2 + (col = 'b')) FROM temp.pairs_at WHERE {where}"
            f" GROUP BY doc", params)
        for doc_id, n, first in rows:
            out[int(doc_id)] = (int(n), int(first))
        return out

    def _trigram_positions(self, needle: str) -> dict[int, list[int]] | None:
        """For a needle of three or more characters, from the trigram index: per segment the
        (folded) offsets where it starts. A position holds the needle when the trigrams at every
        third character of it (and the last) are there; no text is read."""
        if not self.fts or len(needle) < 3:
            return None
        deltas = sorted({*range(0, len(needle) - 2, 3), len(needle) - 3})
        found: set[tuple[int, int]] | None = None
        for delta in deltas:
            cursor = self.con.cursor()
            cursor.row_factory = None  # plain tuples, built in C, go straight into the set
            here = set(cursor.execute("SELECT doc, offset - ? FROM temp.trigrams_at WHERE term = ?",
                                      (delta, needle[delta: delta + 3])).fetchall())
            found = here if found is None else found & here
            if not found:
                return {}
        positions: dict[int, list[int]] = {}
        for seg, offset in sorted(found or ()):
            kept = positions.setdefault(seg, [])
            if not kept or offset >= kept[-1] + len(needle):  # occurrences do not overlap (as str.count)
                kept.append(offset)
        return positions

    def counts(self, term: str) -> dict[int, int]:
        """Occurrences of term per document (present ones and missing ones alike)."""
        return {doc_id: n for doc_id, (n, _seg) in self._counts_and_first(fold(term)).items()}

    def _counts_and_first(self, needle: str) -> dict[int, tuple[int, int | None]]:
        """Per document: the needle's count, and the id of the first segment holding it (if known)."""
        if not needle:
            return {}
        pairs = self._pair_positions(needle)
        if pairs is not None:
            segments = self._segments()
            out: dict[int, tuple[int, int | None]] = {}
            for doc_id, (n, first) in pairs.items():
                seg: int | None = None
                if doc_id in segments:
                    starts, ids = segments[doc_id]
                    seg = ids[max(0, bisect.bisect_right(starts, first) - 1)]
                out[doc_id] = (n, seg)
            return out
        trigrams = self._trigram_positions(needle)
        if trigrams is not None:
            owner = self._segment_owner()
            result: dict[int, tuple[int, int | None]] = {}
            for seg_id in sorted(trigrams):
                owner_id = owner.get(seg_id)
                if owner_id is not None:
                    count, first_seg = result.get(owner_id, (0, seg_id))
                    result[owner_id] = (count + len(trigrams[seg_id]), first_seg)
            return result
        cand, params = self._candidates(needle)  # without FTS5: a scan
        rows = self.con.execute(
            f"SELECT doc_id, SUM((length(folded) - length(replace(folded, ?, ''))) / ?), MIN(id)"
            f" FROM segments WHERE id IN ({cand}) GROUP BY doc_id", (needle, len(needle), *params))
        return {int(d): (int(n), int(first)) for d, n, first in rows if n}

    def _narrowed(self, within: Narrowing | None) -> dict[int, sqlite3.Row]:
        docs = self._primary()
        if within is None or within.empty:
            return docs
        return {d: r for d, r in docs.items() if within.admits(r["year"], r["place"], r["level"])}

    def search(self, term: str, hits_per_report: int = 3, within: Narrowing | None = None) -> list[SearchResult]:
        """Reports holding term (of those within the narrowing), most hits first; each with its
        count and its first hits (those in the first section that holds it)."""
        found = self._counts_and_first(fold(term))
        if not found:
            return []
        docs = self._narrowed(within)
        ranked = [(doc_id, n) for doc_id, (n, _seg) in found.items() if doc_id in docs]
        ranked.sort(key=lambda item: (-item[1], -(docs[item[0]]["year"] or 0), docs[item[0]]["path"]))
        first = self._first_hits(term, {d: found[d][1] for d, _ in ranked}, hits_per_report)
        return [SearchResult(doc_id, docs[doc_id]["path"], docs[doc_id]["title"], docs[doc_id]["year"],
                             docs[doc_id]["place"] or "", n, tuple(first.get(doc_id, ())))
                for doc_id, n in ranked]

    def _first_hits(self, term: str, first_segment: dict[int, int | None], limit: int) -> dict[int, list[SearchHit]]:
        if limit <= 0 or not first_segment:
            return {}
        out: dict[int, list[SearchHit]] = {}
        known = [seg for seg in first_segment.values() if seg is not None]
        for chunk in range(0, len(known), 900):  # SQLite's limit on parameters
            ids = known[chunk: chunk + 900]
            rows = self.con.execute(
                f"SELECT doc_id, label, start, text, folded FROM segments WHERE id IN ({','.join('?' * len(ids))})",
                ids)
            for doc_id, label, start, text, folded in rows:
                out[doc_id] = segment_hits(label, start, text, folded, fold(term), limit)
        for doc_id, seg in first_segment.items():
            if seg is None or not out.get(doc_id):
                out[doc_id] = self.hits_in(doc_id, term, limit)
        return out

    def hits_in(self, doc_id: int, term: str, limit: int = 10_000) -> list[SearchHit]:
        """Every hit of term in one report, in reading order (the view's expanded result)."""
        needle = fold(term)
        if not needle:
            return []
        hits: list[SearchHit] = []
        rows = self.con.execute(
            "SELECT label, start, text, folded FROM segments WHERE doc_id = ? AND instr(folded, ?) > 0 ORDER BY start",
            (doc_id, needle))
        for label, start, text, folded in rows:  # read lazily: a break leaves the rest unread
            hits += segment_hits(label, start, text, folded, needle, limit - len(hits))
            if len(hits) >= limit:
                break
        return hits

    def trend(self, term: str, within: Narrowing | None = None) -> list[TrendPoint]:
        """The term's count in every report (of those within the narrowing), by year (zero where
        it does not occur), with the report's length for a rate."""
        counts = self.counts(term) if fold(term) else {}
        points = [TrendPoint(r["id"], r["path"], r["year"], r["place"] or "", counts.get(r["id"], 0), r["chars"] or 0)
                  for r in self._narrowed(within).values()]
        points.sort(key=lambda p: (p.year is None, p.year or 0, p.place, p.path))
        return points
