"""Text from a report, a note or a file name is data, never markup.

Qt guesses: a QLabel, a message box or a tooltip whose text looks like HTML (Qt::mightBeRichText)
is shown as rich text, and rich text loads what it names: `<img src="/etc/passwd">` in a report's
title made the reader open that file, and `<img src="/dev/zero">` hung it. So every label and
message box that may show such text is told PlainText, and tooltips, which have no such setting,
are built here as rich text from escaped parts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .qt_names import PLAIN_TEXT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMessageBox



def plain(widget: QLabel | QMessageBox) -> None:
    """Show the widget's text as it is, whatever it looks like."""
    widget.setProperty("textFormat", PLAIN_TEXT)  # by name, so the Qt namespace stays unbuilt


def tip(text: str) -> str:
    """A tooltip that shows text as it is: escaped rich text (the only kind Qt cannot mistake),
    its line breaks kept, wrapped at a readable width."""
    if not text:
        return ""
    body = escape(text).replace("\n", "<br>")
    return f"<p style='max-width:32em'>{body}</p>"


def escape(text: str) -> str:
    """One part of rich text we build ourselves: html.escape(text, quote=False), without importing
    html (its table of entities costs ~8 M instructions at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(text: str, limit: int = 80) -> str:
    """A report's words as a proposed file name: no folders (a title with '../' or '/etc/' in it
    must not choose where a file is saved), nothing a file system refuses, not too long."""
    return _NOT_IN_NAMES.sub("_", text).strip(" ._")[:limit] or "report"
