"""`shigu-gui library …`: the library from the command line, JSON on stdout. Never imports Qt."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..model.vocabulary import BY_ID

if TYPE_CHECKING:
    from .records import Cell, Narrowing

MATRIX_COLUMNS = ("path", "year", "place", "indicator", "label", "kind", "describes", "value", "unit", "growth",
                  "qualifier", "sentence")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shigu-gui library",
        description="文库：多份报告的索引、跨报告搜索与指标对比 / the library of reports",
    )
    parser.add_argument("--db", metavar="FILE", help="library file (default: library.sqlite3 in the data folder)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = sub.add_parser("add", help="add report files or folders (recursive); unchanged files are skipped")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--json", action="store_true", help="(the summary is always JSON)")
    listing = sub.add_parser("list", help="every report added (once, with all its files), with year, place, level"
                                        " and status")
    listing.add_argument("--json", action="store_true", help="JSON (default: tab-separated lines)")
    search = sub.add_parser("search", help="search every report; counts per report, first hits")
    search.add_argument("term")
    search.add_argument("--hits", type=int, default=3, metavar="N", help="hits shown per report (default 3)")
    search.add_argument("--json", action="store_true", help="JSON (default: tab-separated lines)")
    _narrowing_options(search)
    matrix = sub.add_parser("matrix", help="report × canonical indicator, actual and target")
    form = matrix.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="JSON (the default)")
    form.add_argument("--csv", action="store_true", help="CSV with a header row")
    matrix.add_argument("--indicator", action="append", choices=sorted(BY_ID), metavar="ID",
                        help=f"only this indicator (repeatable): {', '.join(BY_ID)}")
    targets = sub.add_parser("targets", help="every report's main targets (主要预期目标), in its order")
    targets.add_argument("--json", action="store_true", help="JSON (default: tab-separated lines)")
    trend = sub.add_parser("trend", help="a term's count in every report, by year")
    trend.add_argument("term")
    trend.add_argument("--json", action="store_true", help="JSON (default: tab-separated lines)")
    trend.add_argument("--per", type=_positive, metavar="N",
                       help="also the rate per N characters of each report (e.g. 10000)")
    _narrowing_options(trend)
    sub.add_parser("remove", help="forget a report (the file is not touched)").add_argument("paths", nargs="+")
    return parser


def _narrowing_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--place", default="", metavar="P", help="only reports of this place (part of its name)")
    parser.add_argument("--level", default="", metavar="L",
                        help="only reports of this level: national, province, municipality, city, county, …")
    parser.add_argument("--years", type=_years, metavar="A-B", help="only reports of these years (2018-2025, 2020)")


def _years(text: str) -> tuple[int | None, int | None]:
    from .records import parse_years

    try:
        return parse_years(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"应为正整数 / must be a positive whole number: {text!r}")
    return value


def _narrowing(args: argparse.Namespace) -> Narrowing:
    from .records import Narrowing

    first, last = args.years or (None, None)
    return Narrowing(args.place.strip(), args.level.strip(), first, last)


def _fail(message: str) -> int:
    print(f"shigu-gui: {message}", file=sys.stderr)
    return 2


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.flush()


def _dump(data: object) -> None:
    _write(json.dumps(data, ensure_ascii=False, indent=2))


def _lines(rows: list[list[object]]) -> None:
    _write("\n".join("\t".join("" if v is None else str(v) for v in row) for row in rows))


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from ..paths import library_db
    from .db import Library
    from .schema import LibraryError, database_error

    path = Path(args.db) if args.db else library_db()
    try:
        library = Library(path)
    except LibraryError as exc:
        return _fail(str(exc))
    except sqlite3.Error as exc:
        return _fail(database_error(path, exc))
    if library.warning:
        print(f"shigu-gui: {library.warning}", file=sys.stderr)
    try:
        return _run(library, args)
    except LibraryError as exc:
        return _fail(str(exc))
    except sqlite3.Error as exc:  # met after opening: another command's lock, damage found on the way
        return _fail(database_error(library.path, exc))
    finally:
        library.close()


def _run(library: object, args: argparse.Namespace) -> int:
    from .db import Library
    from .indexer import add_paths

    assert isinstance(library, Library)
    if args.command == "add":
        progress = _progress if sys.stderr.isatty() else None
        result = add_paths(library, args.paths, progress)
        if progress is not None:
            print(file=sys.stderr)
        _dump(result.as_json())
        return 1 if result.failed else 0
    if args.command == "remove":
        for path in args.paths:
            library.remove(str(Path(path).expanduser().absolute()))
        return 0
    library.refresh_missing()  # a report deleted since it was added is listed as missing, never searched
    if args.command == "list":
        reports = library.report_entries(refresh=False)
        if args.json:
            _dump([r.as_json() for r in reports])
        else:
            _lines([[r.year, r.place, r.level, r.sections, r.status, r.title, ",".join(r.formats), r.path]
                    for r in reports])
        return 0
    if args.command == "search":
        results = library.search(args.term, max(0, args.hits), _narrowing(args))
        if args.json:
            _dump([r.as_json() for r in results])
        else:
            _lines([[r.count, r.year, r.place, r.title, r.path] for r in results])
        return 0
    if args.command == "trend":
        points = library.trend(args.term, _narrowing(args))
        if args.json:
            _dump([p.as_json(args.per) for p in points])
        else:
            _lines([[p.year, p.place, p.count, *([f"{p.rate(args.per):.2f}"] if args.per else []), p.path]
                    for p in points])
        return 0
    if args.command == "targets":
        from .series import cell_text

        main = library.targets()
        if args.json:
            _dump([c.as_json() for c in main])
        else:
            _lines([[c.year, c.place, c.label, cell_text(c, both=True), c.path] for c in main])
        return 0
    cells = library.matrix(tuple(args.indicator or ()))
    if args.csv:
        _write(matrix_csv(cells).rstrip("\n"))
    else:
        _dump([c.as_json() for c in cells])
    return 0


def matrix_csv(cells: list[Cell]) -> str:
    """The matrix as CSV (the columns of the JSON rows), as the command line and the window export it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MATRIX_COLUMNS)
    for cell in cells:
        row = cell.as_json()
        writer.writerow(["" if row[c] is None else row[c] for c in MATRIX_COLUMNS])
    return out.getvalue()


def _progress(done: int, total: int, path: str) -> None:
    print(f"\r[{done}/{total}] {Path(path).name[:60]:<60}", end="", file=sys.stderr, flush=True)
