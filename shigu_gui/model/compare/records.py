"""What a comparison holds: section pairs, target rows and their figures, phrases, the two heads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..document import Document


@dataclass(frozen=True, slots=True)
class SectionPair:
    """A section of the older report and its counterpart in the newer one; either may be None."""

    old: int | None  # index into the older Document's flat_sections
    new: int | None
    level: int
    similarity: float  # 1.0 when the texts are equal (white space aside), 0.0 when one side is None
    status: str  # "same", "changed", "new" (only in the newer report), "dropped" (only in the older)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a target row, with where it stands (for a jump to its sentence)."""

    growth: float | None
    value: float | None
    unit: str | None
    qualifier: str | None
    sentence: str
    start: int
    end: int

    def as_json(self) -> dict[str, Any]:
        return {"growth": self.growth, "value": self.value, "unit": self.unit, "qualifier": self.qualifier}


@dataclass(frozen=True, slots=True)
class TargetRow:
    indicator: str  # canonical id (vocabulary.py)
    label: str
    old_target: Figure | None  # the older report's target for its year
    old_actual: Figure | None  # the newer report's result for that year
    new_target: Figure | None
    met: bool | None
    change: str | None  # "raised", "lowered", "same", "new", "dropped"; None when neither report has a target


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    old_count: int
    new_count: int
    old_rate: float  # per 10,000 characters of the report
    new_rate: float

    @property
    def count(self) -> int:
        """The count in the report that has it (the newer one's when both have)."""
        return self.new_count or self.old_count


@dataclass(frozen=True, slots=True)
class Phrases:
    new: tuple[Phrase, ...]
    dropped: tuple[Phrase, ...]
    rising: tuple[Phrase, ...]
    falling: tuple[Phrase, ...]


@dataclass(frozen=True, slots=True)
class Head:
    """Who and when a report is of, as model.document.identity_of gives it."""

    year: int | None
    place: str | None


@dataclass(frozen=True, slots=True)
class Comparison:
    old: Document
    new: Document
    sections: tuple[SectionPair, ...]
    targets: tuple[TargetRow, ...]
    phrases: Phrases
    old_head: Head
    new_head: Head

    def changed(self) -> tuple[SectionPair, ...]:
        return tuple(p for p in self.sections if p.status != "same")
