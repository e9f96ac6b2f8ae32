"""WordprocessingML's names: the namespaces and the elements the reader and the numbering look for."""

from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC, R, T, TAB, BR, CR = (w(t) for t in ("p", "tbl", "tr", "tc", "r", "t", "tab", "br", "cr"))
SDT, SDT_CONTENT, CUSTOM_XML, HYPERLINK, INS = (w(t) for t in ("sdt", "sdtContent", "customXml", "hyperlink", "ins"))
VAL = w("val")
NO_BREAK_HYPHEN = w("noBreakHyphen")
