"""The one error type the model raises for input a user can get wrong."""

from __future__ import annotations


class ReportError(Exception):
    """A report that cannot be read; the message is one sentence for the user."""
