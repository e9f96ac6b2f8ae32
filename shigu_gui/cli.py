"""The front door: `shigu-gui [FILE]`, `--dump`, `--screenshot`, `library …`, `compare OLD NEW`. --dump,
library and compare never import Qt."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from .resources import bundled_report

DUMP_KINDS = ("glossary", "indicators", "outline", "targets")
LIBRARY_SHOTS = ("library-chart", "library-search", "library-matrix", "library-trend", "library-hit")


class _Version(argparse.Action):
    """--version: "shigu-gui X.Y.Z", the package metadata read only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        from .version import version

        print(f"shigu-gui {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shigu-gui",
        description="shigu_gui 政府工作报告阅读器 — an offline reader for Chinese government work reports",
        epilog="shigu-gui library {add,list,search,matrix,trend} …: the library of many reports "
               "(shigu-gui library --help); shigu-gui compare OLD NEW --json: 新旧对照",
    )
    parser.add_argument("file", nargs="?", help="report to open (default: the one read last, else the bundled report)")
    parser.add_argument("--dump", choices=DUMP_KINDS, help="print the parsed report as JSON and exit")
    parser.add_argument("--export-notes", choices=("md", "json"),
                        help="print the report's bookmarks, highlights and notes (Markdown or JSON) and exit")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen, save, exit")
    parser.add_argument("--section", metavar="TEXT", help="with --screenshot: go to the first matching section")
    parser.add_argument("--tab", choices=("reading", "charts", "library", *LIBRARY_SHOTS), default="reading",
                        help="with --screenshot (library: the 文库 view of the data folder's library; "
                             "library-search, -matrix, -trend, -hit: that page with --query)")
    parser.add_argument("--query", metavar="TEXT", default="",
                        help="with --screenshot and a library tab: the term searched (library-search; "
                             "library-hit opens its first hit), the matrix filter or the trend's term")
    parser.add_argument("--size", default="1280x800", metavar="WxH", help="with --screenshot")
    parser.add_argument("--lang", choices=("zh", "en"), help="interface language (default: the locale)")
    parser.add_argument("--version", nargs=0, action=_Version, default=argparse.SUPPRESS,
                        help="print the version and exit")
    return parser


def _plain_open(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a double-click or `shigu-gui FILE` (nothing else given), without building the
    parser: about 2 ms of the start. None for anything else (options, help): the parser reads those."""
    if len(argv) > 1 or (argv and (argv[0].startswith("-") or not argv[0])):
        return None
    return argparse.Namespace(file=argv[0] if argv else None, dump=None, export_notes=None, screenshot=None,
                              section=None, tab="reading", size="1280x800", lang=None, query="")


def _fail(message: str) -> int:
    print(f"shigu-gui: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["library"] and not Path("library").is_file():  # a report named "library" still opens
        from .library.cli import main as library_main

        return library_main(argv[1:])
    if argv[:1] == ["compare"] and not Path("compare").is_file():
        from .compare_cli import main as compare_main

        return compare_main(argv[1:])
    args = _plain_open(argv) or build_parser().parse_args(argv)
    path = Path(args.file) if args.file else bundled_report()
    if args.dump:
        import json

        from .model import ReportError, load_report
        from .model.dump import DUMPS

        try:
            doc = load_report(path)
        except ReportError as exc:
            return _fail(str(exc))
        for notice in doc.notices:  # the file was read all the same (damaged bytes marked): say so
            sys.stderr.write(f"{notice}\n")
        data = DUMPS[args.dump](doc)
        out = json.dumps(data, ensure_ascii=False, indent=2)
        sys.stdout.buffer.write(out.encode("utf-8") + b"\n")
        return 0
    if args.export_notes:
        return _export_notes(path, args.export_notes)
    size = _parse_size(args.size)
    if size is None:
        return _fail(f"--size 应为 宽x高，例如 1280x800 / --size must be WxH: {args.size}")
    # Start-up allocates much (Qt's enums, classes, the window) and frees almost nothing, so the
    # cyclic collector would only scan it again and again: off until the window is painted.
    gc.disable()
    try:
        from .ui.app import run_app  # Qt is imported only for the window

        return run_app(path, args, size)
    finally:
        gc.enable()


def _export_notes(path: Path, kind: str) -> int:
    from .model import ReportError, load_report
    from .model.marks import place_all, to_json, to_markdown
    from .paths import marks_db
    from .store import MarkStore

    try:
        doc = load_report(path)
    except ReportError as exc:
        return _fail(str(exc))
    store = MarkStore(marks_db())
    if store.warning:
        print(f"shigu-gui: {store.warning}", file=sys.stderr)
    marks = store.marks(doc)
    store.close()
    out = to_json(doc, marks) if kind == "json" else to_markdown(doc, place_all(doc, marks))
    sys.stdout.buffer.write(out.encode("utf-8") + b"\n")
    return 0


def _parse_size(text: str) -> tuple[int, int] | None:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        return None
    return (w, h) if 200 <= w <= 8000 and 200 <= h <= 8000 else None
