"""新旧对照 (视图 › 对照, Ctrl+D): the open report beside another, in a window of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..context import Context
    from .view import CompareWindow


def open_compare(ctx: Context) -> CompareWindow | None:
    from .command import open_compare as run

    return run(ctx)
