"""Moving through a report's sections, and the back/forward history: no Qt here."""

from __future__ import annotations

from .document import Document


def siblings(doc: Document, flat: int) -> list[int]:
    """The sections that share flat's parent, flat included, in reading order."""
    if flat < 0:
        return []
    parent = doc.parent_index(flat)
    return [i for i in range(len(doc.flat_sections)) if doc.parent_index(i) == parent]


def next_sibling(doc: Document, flat: int) -> int:
    later = [i for i in siblings(doc, flat) if i > flat]
    return later[0] if later else -1


def previous_sibling(doc: Document, flat: int) -> int:
    earlier = [i for i in siblings(doc, flat) if i < flat]
    return earlier[-1] if earlier else -1


def parent_section(doc: Document, flat: int) -> int:
    return doc.parent_index(flat) if flat >= 0 else -1


def last_section(doc: Document) -> int:
    return len(doc.flat_sections) - 1


class History:
    """Offsets the reader jumped from (back) and, after going back, to (forward)."""

    def __init__(self) -> None:
        self.back: list[int] = []
        self.forward: list[int] = []

    def clear(self) -> None:
        self.back.clear()
        self.forward.clear()

    def record(self, here: int) -> None:
        """A jump away from here: here goes on the back list, the forward list is dropped."""
        if not self.back or self.back[-1] != here:
            self.back.append(here)
        self.forward.clear()

    def go_back(self, here: int) -> int | None:
        if not self.back:
            return None
        self.forward.append(here)
        return self.back.pop()

    def go_forward(self, here: int) -> int | None:
        if not self.forward:
            return None
        self.back.append(here)
        return self.forward.pop()
