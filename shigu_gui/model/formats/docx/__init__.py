"""DOCX → report text with python-docx: the body's paragraphs and tables in order.

Kept: every paragraph's text (tracked insertions included), Word list numbers rendered from
numbering.xml, tables as one line per row, bold runs wrapped in `**…**` (the parser's heading hint).
Footnotes and endnotes (often the report's 注释, its glossary) follow the body under a 注释 line,
each as '〔N〕…', numbered in the order the body refers to them; a reference in the body reads '〔N〕'.
Left out: headers, footers and comments (other parts of the package), tracked deletions,
field codes, and the fallback copy of text boxes that Word stores twice.

The package checked first (limits.py), then read: reader.py walks the body and the notes,
numbering.py renders list numbers, wordml.py names the XML elements both look for.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from ...errors import ReportError
from .limits import check_package
from .reader import Reader
from .wordml import w

_NOTES_HEADING = "注释"


def docx_text(data: bytes) -> str:
    check_package(data)
    import docx  # python-docx, imported only when a DOCX is opened
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, SyntaxError) as exc:
        raise ReportError(f"无法读取这个 Word（DOCX）文档 / Cannot read this Word (DOCX) document ({exc})") from None
    except Exception as exc:  # lxml's XMLSyntaxError and friends: a damaged part
        raise ReportError(f"Word（DOCX）文档已损坏 / Damaged Word (DOCX) document ({type(exc).__name__})") from None
    root = document.element
    body = root.find(w("body")) if root.tag == w("document") else None
    if body is None:
        raise ReportError("Word（DOCX）文档已损坏（没有正文部分） / Damaged Word (DOCX) document (no body)")
    try:
        reader = Reader(document)
        text = "\n".join(reader.blocks(body))
        notes = reader.notes()
    except (KeyError, ValueError, IndexError, TypeError, AttributeError, RecursionError, zipfile.BadZipFile) as exc:
        # The backstop for a part damaged in a way the checks above do not foresee: one message.
        raise ReportError(f"Word（DOCX）文档已损坏 / Damaged Word (DOCX) document ({type(exc).__name__})") from None
    return text + "\n" + "\n".join([_NOTES_HEADING, *notes]) if notes else text
