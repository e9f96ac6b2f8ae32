"""The document's text: the body's paragraphs and tables in order, runs with their bold marked, list
numbers (numbering.py) before their paragraphs, and the foot- and endnotes the body refers to."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .numbering import Numbering
from .wordml import BR, CR, CUSTOM_XML, MC, NO_BREAK_HYPHEN, SDT, SDT_CONTENT, TAB, TBL, TC, TR, VAL, P, R, T, w

# Subtrees whose text is not part of the reading text.
_SKIP = {w("del"), w("delText"), w("instrText"), w("moveFrom"), w("pPr"), w("rPr"),
         f"{{{MC}}}Fallback"}
NOTE_REFERENCE = {w("footnoteReference"): "footnotes", w("endnoteReference"): "endnotes"}
_NOTE = {"footnotes": w("footnote"), "endnotes": w("endnote")}
_ID = w("id")
_OFF = {"0", "false", "off", "none"}


@dataclass
class Reader:
    document: Any
    numbering: Numbering = field(init=False)
    _style_bold: dict[str, bool] = field(default_factory=dict)
    _referred: dict[tuple[str, str], int] = field(default_factory=dict)  # (part, id) → number shown

    def notes(self) -> list[str]:
        """The referred foot- and endnotes, '〔N〕text', in the order of their references."""
        if not self._referred:
            return []
        texts: dict[tuple[str, str], str] = {}
        for kind, tag in _NOTE.items():
            element = _notes_element(self.document, kind)
            if element is None:
                continue
            for note in element.iterchildren(tag):
                key = (kind, note.get(_ID, ""))
                if key in self._referred:
                    texts[key] = "".join(line.strip() for line in self.blocks(note))
        return [f"〔{n}〕{texts[key]}" for key, n in sorted(self._referred.items(), key=lambda kv: kv[1])
                if texts.get(key)]

    def _note_mark(self, kind: str, note_id: str) -> str:
        number = self._referred.setdefault((kind, note_id), len(self._referred) + 1)
        return f"〔{number}〕"

    def __post_init__(self) -> None:
        self.numbering = Numbering(self.document)

    def blocks(self, parent: Any) -> Iterator[str]:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == P:
                yield from self.paragraph(child)
            elif tag == TBL:
                yield from self.table(child)
            elif tag in (SDT, SDT_CONTENT, CUSTOM_XML):
                yield from self.blocks(child)

    def table(self, tbl: Any) -> Iterator[str]:
        for row in tbl.iterchildren(TR):
            cells = []
            for cell in row.iterchildren(TC):
                text = " ".join(line.strip() for line in self.blocks(cell) if line.strip())
                if text:
                    cells.append(text)
            if cells:
                yield "\t".join(cells)

    def paragraph(self, p: Any) -> Iterator[str]:
        style_bold = self._paragraph_style_bold(p)
        pieces: list[tuple[str, bool]] = []
        self._runs(p, style_bold, pieces)
        text = _marked(pieces)
        number = self.numbering.label(p)
        if number and text.strip():
            stripped = text.lstrip(" \t\u3000")
            text = text[: len(text) - len(stripped)] + number + stripped
        yield from text.split("\n")

    def _runs(self, node: Any, style_bold: bool, out: list[tuple[str, bool]]) -> None:
        for child in node.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == R:
                rpr = child.find(w("rPr"))
                if rpr is not None and _on(rpr.find(w("vanish"))):
                    continue  # hidden text
                bold = self._run_bold(child, style_bold)
                for part in child.iterchildren():
                    if part.tag == T:
                        out.append((part.text or "", bold))
                    elif part.tag == TAB:
                        out.append(("\t", False))
                    elif part.tag == NO_BREAK_HYPHEN:
                        out.append(("-", bold))
                    elif part.tag in (BR, CR) and part.get(w("type")) in (None, "textWrapping"):
                        out.append(("\n", False))
                    elif part.tag in NOTE_REFERENCE:
                        out.append((self._note_mark(NOTE_REFERENCE[part.tag], part.get(_ID, "")), False))
                    elif part.tag not in _SKIP:
                        self._runs(part, style_bold, out)  # text boxes inside drawings
            elif tag == P:  # a text box's own paragraphs
                self._runs(child, style_bold, out)
                out.append(("\n", False))
            else:  # hyperlinks, insertions, smart tags, fields, mc:AlternateContent/Choice …
                self._runs(child, style_bold, out)

    def _run_bold(self, run: Any, style_bold: bool) -> bool:
        rpr = run.find(w("rPr"))
        if rpr is not None:
            b = rpr.find(w("b"))
            if b is not None:
                return b.get(VAL, "true").lower() not in _OFF
            style = rpr.find(w("rStyle"))
            if style is not None and self._style_is_bold(style.get(VAL, "")):
                return True
        return style_bold

    def _paragraph_style_bold(self, p: Any) -> bool:
        ppr = p.find(w("pPr"))
        style = ppr.find(w("pStyle")) if ppr is not None else None
        return self._style_is_bold(style.get(VAL, "") if style is not None else "")

    def _style_is_bold(self, style_id: str) -> bool:
        if style_id not in self._style_bold:
            bold = False
            try:
                style = self.document.styles.element.get_by_id(style_id) if style_id else None
                seen = 0
                while style is not None and seen < 10:
                    b = style.find(f"{w('rPr')}/{w('b')}")
                    if b is not None:
                        bold = b.get(VAL, "true").lower() not in _OFF
                        break
                    based = style.find(w("basedOn"))
                    style = self.document.styles.element.get_by_id(based.get(VAL)) if based is not None else None
                    seen += 1
            except (KeyError, AttributeError, NotImplementedError):
                bold = False
            self._style_bold[style_id] = bold
        return self._style_bold[style_id]


def _notes_element(document: Any, kind: str) -> Any:
    """The root element of the document's footnotes or endnotes part, or None."""
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/" + kind):
            continue
        part = rel.target_part
        element = getattr(part, "element", None)
        try:
            return element if element is not None else parse_xml(part.blob)
        except Exception:  # a damaged part: the notes are left out, the body is read
            return None
    return None


def _on(toggle: Any) -> bool:
    """A present w:b / w:vanish element, unless its w:val turns it off."""
    return toggle is not None and toggle.get(VAL, "true").lower() not in _OFF


def _marked(pieces: list[tuple[str, bool]]) -> str:
    """Join runs; each stretch of bold text with visible characters becomes `**…**`."""
    out: list[str] = []
    bold_run: list[str] = []

    def flush() -> None:
        if bold_run:
            joined = "".join(bold_run)
            out.append(f"**{joined}**" if joined.strip(" \t\u3000\n") and "\n" not in joined else joined)
            bold_run.clear()

    for text, bold in pieces:
        if bold:
            bold_run.append(text)
        else:
            flush()
            out.append(text)
    flush()
    return "".join(out)
