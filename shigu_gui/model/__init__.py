"""The report model: pure Python, no Qt. decode → outline, glossary, indicators, search."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .document import Document, GlossaryEntry, Indicator, Paragraph, Section
from .errors import ReportError

if TYPE_CHECKING:
    from .parser import load_report, parse_bytes, parse_report

_PARSER_NAMES = ("load_report", "parse_bytes", "parse_report")


def __getattr__(name: str) -> Any:
    # The parser (and its regular expressions) is imported on first use: a window that opens a
    # report from the cache never needs it.
    if name in _PARSER_NAMES:
        from . import parser

        return getattr(parser, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Document",
    "GlossaryEntry",
    "Indicator",
    "Paragraph",
    "ReportError",
    "Section",
    "load_report",
    "parse_bytes",
    "parse_report",
]
