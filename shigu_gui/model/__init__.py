"""The report model: pure Python, no Qt. decode → outline, glossary, indicators, search."""

from .document import Document, GlossaryEntry, Indicator, Paragraph, Section
from .errors import ReportError
from .parser import load_report, parse_bytes, parse_report

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
