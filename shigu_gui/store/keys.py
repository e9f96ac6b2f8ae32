"""The key a report's marks and position are kept under: the report's, not the file's (see
model.folded.report_key), so that they follow the report from its TXT to its DOCX or PDF; and the
key an older version kept them under (the hash of the file's decoded text). No Qt."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model.document import Document

# A report is given as its Document, or as a key as stored.


@lru_cache(maxsize=8)
def _report_key(text: str) -> str:
    from ..model.folded import report_key

    return report_key(text)


def keys_of(report: str | Document) -> tuple[str, str]:
    """The key a report's marks and position are kept under, and the one they were kept under
    before (the hash of the file's decoded text: one per file, not per report)."""
    if isinstance(report, str):
        return report, report
    return _report_key(report.text), report.source_hash


def position_keys(report: str | Document) -> Iterator[str]:
    """The keys a reading position may be under, the cheap one first."""
    if isinstance(report, str):
        yield report
        return
    yield report.source_hash
    yield _report_key(report.text)

