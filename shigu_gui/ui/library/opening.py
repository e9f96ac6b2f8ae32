"""What the library's pages are given to open a report in the reader."""

from __future__ import annotations

from typing import Protocol


class OpenReport(Protocol):
    def __call__(self, path: str, offset: int, length: int, term: str = "") -> None:
        """Open path in the reader at offset (length characters lit); with term, the reader's
        search for it, the cursor on the hit at offset."""
        ...
