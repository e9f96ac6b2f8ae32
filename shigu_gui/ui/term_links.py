"""Glossary terms in the text are links (term:ROW): which term a point or a link names, and the
tooltip a point shows (a note there, else the term's definition)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from .text_document import TERM_SCHEME

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractScrollArea

    from ..model.marks import Placed


def term_row(href: str) -> int | None:
    """The glossary row a link names; None for any other link."""
    if href.startswith(f"{TERM_SCHEME}:"):
        try:
            return int(href.split(":", 1)[1])
        except ValueError:
            return None
    return None


def tooltip_html(notes: list[str], term: tuple[str, str] | None) -> str | None:
    """Escaped rich text: the notes at a point, else the term (name, definition), else None."""
    import html  # on the first hover, not at start-up

    if notes:
        body = "<br>".join(html.escape(n).replace("\n", "<br>") for n in notes)
        return f"<p style='max-width:28em'><b>✎</b> {body}</p>"
    if term is None:
        return None
    name, definition = term
    return f"<p style='max-width:28em'><b>{html.escape(name)}</b><br>{html.escape(definition)}</p>"


def notes_of(marks: list[Placed]) -> list[str]:
    return [p.mark.note for p in marks if p.mark.note]


class Tooltips(QObject):
    """A term's definition, or a note, as the viewport's tooltip. An event filter installed at the
    first mouse move, not a viewportEvent override: a Python method Qt calls with a QEvent makes
    PySide build all ~50 QEvent classes (~5 M instructions) at its first call, and the viewport's
    first events come before the first picture."""

    def __init__(self, view: QAbstractScrollArea, tip_at: Callable[[QPoint], str | None]) -> None:
        super().__init__(view)
        self.view = view
        self.tip_at = tip_at  # the tooltip for a point of the viewport, or None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        from PySide6.QtGui import QHelpEvent
        from PySide6.QtWidgets import QToolTip

        assert isinstance(event, QHelpEvent)
        tip = self.tip_at(event.pos())
        if tip:
            QToolTip.showText(event.globalPos(), tip, self.view.viewport())
        else:
            QToolTip.hideText()
            event.ignore()
        return True
