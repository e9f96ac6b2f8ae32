"""`shigu-gui compare OLD NEW`: two reports side by side, as JSON, Markdown or CSV. Never imports Qt."""

from __future__ import annotations

import argparse
import json
import sys
from typing import NoReturn


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line on stderr, like every other failure
        print(f"shigu-gui compare: {message}（用法 / usage: shigu-gui compare OLD NEW [--json|--md|--csv]）",
              file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="shigu-gui compare",
        description="新旧对照：两份报告的章节、目标与新提法 / two reports side by side: sections, targets, phrases",
    )
    parser.add_argument("old", metavar="OLD", help="the older report (any format the reader opens)")
    parser.add_argument("new", metavar="NEW", help="the newer report")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="JSON (the default)")
    form.add_argument("--md", action="store_true", help="Markdown: the targets table, sections and phrases")
    form.add_argument("--csv", action="store_true", help="CSV: the targets and the phrases, with sentences")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from .model import ReportError, load_report
    from .model.compare import Head, compare, to_json
    from .model.meta import identity_of

    docs = []
    for path in (args.old, args.new):
        try:
            docs.append(load_report(path))
        except ReportError as exc:
            print(f"shigu-gui: {exc}", file=sys.stderr)
            return 2
        for notice in docs[-1].notices:
            sys.stderr.write(f"{notice}\n")
    who = [identity_of(doc) for doc in docs]
    result = compare(docs[0], docs[1], heads=(Head(who[0].year, who[0].place or None),
                                              Head(who[1].year, who[1].place or None)))
    if args.md or args.csv:
        from .model.compare_export import to_csv, to_markdown

        out = to_markdown(result) if args.md else to_csv(result)
    else:
        out = json.dumps(to_json(result), ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(out.encode("utf-8"))
    return 0
