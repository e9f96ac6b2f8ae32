"""Numbers with names: the indicators a report states, as structured records."""

from .sentences import extract_indicators

__all__ = ["extract_indicators"]
