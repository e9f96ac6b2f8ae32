"""The text's left margin: a sign beside each bookmark (a ribbon) and note (a dot)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .qt_names import solid_brush

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextEdit

    from ..model.marks import Placed
    from .text_document import OffsetMap
    from .theme import Colors


def paint_mark_signs(view: QTextEdit, marks: list[Placed], colors: Colors, offsets: OffsetMap) -> None:
    """Paint the signs of the marks in view onto its viewport (after the text is painted).
    Imported here, at the first mark painted, not before the first picture."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter, QPainterPath, QPolygonF

    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    offset_y = view.verticalScrollBar().value()
    height = view.viewport().height()
    document = view.document()
    layout = document.documentLayout()
    for placed in marks:
        if placed.mark.kind == "highlight" and not placed.mark.note:
            continue
        position = offsets.to_qt(placed.start)
        block = document.findBlock(position)
        top = layout.blockBoundingRect(block).top() - offset_y
        line = block.layout().lineForTextPosition(position - block.position())
        y = top + (line.y() if line.isValid() else 0) + 6
        if not -20 < y < height:
            continue
        shape = QPainterPath()  # filled paths, not setPen/setBrush: see qt_names
        if placed.mark.kind == "bookmark":
            shape.addPolygon(QPolygonF([QPointF(8, y), QPointF(18, y), QPointF(18, y + 14),
                                        QPointF(13, y + 10), QPointF(8, y + 14)]))
            painter.fillPath(shape, solid_brush(colors.heading))
        else:
            shape.addEllipse(QPointF(13, y + 7), 5, 5)
            painter.fillPath(shape, solid_brush(colors.term))
    painter.end()
