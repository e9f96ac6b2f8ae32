"""DOCX → report text with python-docx: the body's paragraphs and tables in order.

Kept: every paragraph's text (tracked insertions included), Word list numbers rendered from
numbering.xml, tables as one line per row, bold runs wrapped in `**…**` (the parser's heading hint).
Footnotes and endnotes (often the report's 注释, its glossary) follow the body under a 注释 line,
each as '〔N〕…', numbered in the order the body refers to them; a reference in the body reads '〔N〕'.
Left out: headers, footers and comments (other parts of the package), tracked deletions,
field codes, and the fallback copy of text boxes that Word stores twice.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from ..errors import ReportError

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


P, TBL, TR, TC, R, T, TAB, BR, CR = (_q(t) for t in ("p", "tbl", "tr", "tc", "r", "t", "tab", "br", "cr"))
SDT, SDT_CONTENT, CUSTOM_XML, HYPERLINK, INS = (_q(t) for t in ("sdt", "sdtContent", "customXml", "hyperlink", "ins"))
# Subtrees whose text is not part of the reading text.
_SKIP = {_q("del"), _q("delText"), _q("instrText"), _q("moveFrom"), _q("pPr"), _q("rPr"),
         f"{{{_MC}}}Fallback"}
NOTE_REFERENCE = {_q("footnoteReference"): "footnotes", _q("endnoteReference"): "endnotes"}
_NOTE = {"footnotes": _q("footnote"), "endnotes": _q("endnote")}
_ID = _q("id")
_NOTES_HEADING = "注释"
VAL = _q("val")
NO_BREAK_HYPHEN = _q("noBreakHyphen")
_OFF = {"0", "false", "off", "none"}


# Limits checked on the zip's directory and its XML before python-docx parses anything. A real
# report's DOCX is under 5 MB, its word/document.xml a few hundred KB, a few thousand paragraphs.
MAX_MEMBERS = 5_000
MAX_UNPACKED = 256 * 1024 * 1024  # all parts together (pictures included)
MAX_XML_PART = 32 * 1024 * 1024  # one XML part unpacked (python-docx holds it as an lxml tree)
MAX_XML_TOTAL = 64 * 1024 * 1024
MAX_RATIO = 100  # unpacked / packed, for a part over RATIO_FROM bytes: XML packs ~5-10 to 1
RATIO_FROM = 4 * 1024 * 1024
MAX_PARAGRAPHS = 50_000
MAX_ELEMENTS = 800_000  # elements in all XML parts together (counted as tags, start and end)
_PARAGRAPH_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s/>]")
_SLICE = 1 << 20  # a tag cut at a slice's end goes uncounted: a few in millions
_DAMAGED = "DOCX 文件已损坏（无法解压） / Damaged DOCX file (cannot unzip)"


def check_package(data: bytes) -> None:
    """Refuse, before anything is parsed, a zip that is no DOCX or would take too long or too much
    memory to read: too many parts, too much unpacked (a zip bomb), too much XML. A part is read
    at most to its declared size (zipfile stops there and checks the CRC), so a size that lies
    cannot make the reading longer."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_directory(infos)
            xml_total = elements = paragraphs = 0
            for info in infos:
                if info.is_dir() or not info.file_size:
                    continue
                with archive.open(info) as member:
                    head = member.read(512)
                    # XML in UTF-8, -16 or -32 (lxml reads them all); else a picture, a font, an
                    # embedded object: never parsed
                    if not head[:64].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xfe\xff \t\r\n").startswith(b"<"):
                        continue
                    xml = head + member.read(MAX_XML_PART + 1 - len(head))
                if len(xml) > MAX_XML_PART or xml_total + len(xml) > MAX_XML_TOTAL:
                    raise ReportError(f"DOCX 文件里的 XML 部件过大（超过 {MAX_XML_PART >> 20} MB），不像是一份报告 / "
                                      f"An XML part of this DOCX is too large (over {MAX_XML_PART >> 20} MB): "
                                      "not a report")
                xml_total += len(xml)
                for start in range(0, len(xml), _SLICE):  # in slices: one call over all would hold the GIL
                    elements += xml.count(b"<", start, start + _SLICE)
                    paragraphs += len(_PARAGRAPH_TAG.findall(xml, start, start + _SLICE))
                if paragraphs > MAX_PARAGRAPHS or elements > 2 * MAX_ELEMENTS:
                    raise ReportError(f"DOCX 文件的段落或元素过多（超过 {MAX_PARAGRAPHS} 段），不像是一份报告 / "
                                      f"Too many paragraphs or elements in this DOCX (over {MAX_PARAGRAPHS:,} "
                                      "paragraphs): not a report")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        # RuntimeError: an encrypted part; NotImplementedError: a compression zipfile lacks
        raise ReportError(_DAMAGED) from None


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ReportError(f"DOCX 文件包含的部件过多（超过 {MAX_MEMBERS} 个），不像是一份报告 / "
                          f"Too many parts in this DOCX (over {MAX_MEMBERS:,}): not a report")
    names = [info.filename for info in infos]
    if "word/document.xml" not in names:
        raise ReportError("这是一个 ZIP 压缩包，不是 Word（DOCX）文档 / A zip archive, not a Word (DOCX) document")
    seen: set[str] = set()
    for name in names:
        if name.lower() in seen:
            raise ReportError(f"DOCX 文件已损坏（部件 {name} 重复） / "
                              f"Damaged DOCX file (the part {name} appears twice)")
        seen.add(name.lower())
    if sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise ReportError(f"DOCX 文件解压后过大（超过 {MAX_UNPACKED >> 20} MB），不像是一份报告 / "
                          f"This DOCX unpacks to over {MAX_UNPACKED >> 20} MB: not a report")
    for info in infos:
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise ReportError("DOCX 文件的压缩比异常（疑似压缩炸弹），拒绝打开 / "
                              "This DOCX is packed suspiciously tightly (a zip bomb?): refused")


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
    body = root.find(_q("body")) if root.tag == _q("document") else None
    if body is None:
        raise ReportError("Word（DOCX）文档已损坏（没有正文部分） / Damaged Word (DOCX) document (no body)")
    try:
        reader = _Reader(document)
        text = "\n".join(reader.blocks(body))
        notes = reader.notes()
    except (KeyError, ValueError, IndexError, TypeError, AttributeError, RecursionError, zipfile.BadZipFile) as exc:
        # The backstop for a part damaged in a way the checks above do not foresee: one message.
        raise ReportError(f"Word（DOCX）文档已损坏 / Damaged Word (DOCX) document ({type(exc).__name__})") from None
    return text + "\n" + "\n".join([_NOTES_HEADING, *notes]) if notes else text


@dataclass
class _Reader:
    document: Any
    numbering: _Numbering = field(init=False)
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
        self.numbering = _Numbering(self.document)

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
                rpr = child.find(_q("rPr"))
                if rpr is not None and _on(rpr.find(_q("vanish"))):
                    continue  # hidden text
                bold = self._run_bold(child, style_bold)
                for part in child.iterchildren():
                    if part.tag == T:
                        out.append((part.text or "", bold))
                    elif part.tag == TAB:
                        out.append(("\t", False))
                    elif part.tag == NO_BREAK_HYPHEN:
                        out.append(("-", bold))
                    elif part.tag in (BR, CR) and part.get(_q("type")) in (None, "textWrapping"):
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
        rpr = run.find(_q("rPr"))
        if rpr is not None:
            b = rpr.find(_q("b"))
            if b is not None:
                return b.get(VAL, "true").lower() not in _OFF
            style = rpr.find(_q("rStyle"))
            if style is not None and self._style_is_bold(style.get(VAL, "")):
                return True
        return style_bold

    def _paragraph_style_bold(self, p: Any) -> bool:
        ppr = p.find(_q("pPr"))
        style = ppr.find(_q("pStyle")) if ppr is not None else None
        return self._style_is_bold(style.get(VAL, "") if style is not None else "")

    def _style_is_bold(self, style_id: str) -> bool:
        if style_id not in self._style_bold:
            bold = False
            try:
                style = self.document.styles.element.get_by_id(style_id) if style_id else None
                seen = 0
                while style is not None and seen < 10:
                    b = style.find(f"{_q('rPr')}/{_q('b')}")
                    if b is not None:
                        bold = b.get(VAL, "true").lower() not in _OFF
                        break
                    based = style.find(_q("basedOn"))
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


_CHINESE_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    if n < 10:
        return _CHINESE_DIGITS[n]
    if n < 20:
        return "十" + (_CHINESE_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CHINESE_DIGITS[n // 10] + "十" + (_CHINESE_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def _roman(n: int) -> str:
    values = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
              (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while n >= value:
            out += letters
            n -= value
    return out


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """A list number as Word shows it for the w:numFmt values reports use."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "koreanCounting"):
        return _chinese(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal"):
        legal = str.maketrans("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾" if fmt == "chineseLegalSimplified"
                              else "壹貳參肆伍陸柒捌玖拾")
        return _chinese(n).translate(legal)
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= 12:
        return "子丑寅卯辰巳午未申酉戌亥"[n - 1]
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


class _Numbering:
    """Renders w:numPr the way Word does: the lists (w:num) of one definition (w:abstractNum) count
    on together unless a list restarts a level (w:startOverride); deeper levels restart."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._abstract_of: dict[str, str] = {}
        self._restarts: dict[str, set[int]] = {}  # levels a list restarts when first used
        self._counters: dict[str, list[int]] = {}
        self._style_numpr: dict[str, tuple[str, int] | None] = {}
        self._document = document
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError, ValueError):
            return  # none, or two numbering parts (python-docx's ValueError): the lists go unnumbered
        abstracts: dict[str, dict[int, _Level]] = {}
        for abstract in root.iterchildren(_q("abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iterchildren(_q("lvl")):
                levels[_int(lvl.get(_q("ilvl")), 0)] = _Level(
                    fmt=_child_val(lvl, "numFmt") or "decimal",
                    text=_child_val(lvl, "lvlText") or "",
                    start=_start(_child_val(lvl, "start")),
                )
            abstracts[abstract.get(_q("abstractNumId"), "")] = levels
        for num in root.iterchildren(_q("num")):
            num_id, abstract_id = num.get(_q("numId"), ""), _child_val(num, "abstractNumId") or ""
            base = abstracts.get(abstract_id, {})
            levels = {k: _Level(v.fmt, v.text, v.start) for k, v in base.items()}
            restarts: set[int] = set()
            for override in num.iterchildren(_q("lvlOverride")):
                ilvl = _int(override.get(_q("ilvl")), 0)
                start = _child_val(override, "startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl].start = _start(start)
                    restarts.add(ilvl)
            self._levels[num_id] = levels
            self._abstract_of[num_id] = abstract_id
            self._restarts[num_id] = restarts

    def label(self, p: Any) -> str:
        ref = self._numpr(p)
        if ref is None:
            return ""
        num_id, ilvl = ref
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels or not 0 <= ilvl < 9:  # Word has nine levels, 0-8
            return ""
        key = self._abstract_of.get(num_id, num_id)
        counters = self._counters.setdefault(key, [levels[i].start - 1 if i in levels else 0 for i in range(9)])
        for restart in self._restarts.pop(num_id, set()):
            counters[restart] = levels[restart].start - 1
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = levels[deeper].start - 1 if deeper in levels else 0
        level = levels[ilvl]
        if level.fmt == "bullet":
            return ""
        text = level.text
        for i in range(ilvl + 1):
            value = max(counters[i], levels[i].start if i in levels else 1)
            fmt = levels[i].fmt if i in levels else "decimal"
            text = text.replace(f"%{i + 1}", format_number(value, fmt))
        return text

    def _numpr(self, p: Any) -> tuple[str, int] | None:
        ppr = p.find(_q("pPr"))
        if ppr is None:
            return None
        numpr = ppr.find(_q("numPr"))
        if numpr is not None:
            num_id = _child_val(numpr, "numId")
            if num_id is None or num_id == "0":
                return None
            return num_id, _int(_child_val(numpr, "ilvl"), 0)
        style = ppr.find(_q("pStyle"))
        return self._style_numbering(style.get(VAL, "")) if style is not None else None

    def _style_numbering(self, style_id: str) -> tuple[str, int] | None:
        if style_id not in self._style_numpr:
            found = None
            try:
                style = self._document.styles.element.get_by_id(style_id)
                numpr = style.find(f"{_q('pPr')}/{_q('numPr')}") if style is not None else None
                if numpr is not None:
                    num_id = _child_val(numpr, "numId")
                    if num_id and num_id != "0":
                        found = (num_id, _int(_child_val(numpr, "ilvl"), 0))
            except (KeyError, AttributeError):
                found = None
            self._style_numpr[style_id] = found
        return self._style_numpr[style_id]


def _child_val(node: Any, tag: str) -> str | None:
    child = node.find(_q(tag))
    return None if child is None else child.get(VAL)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


_MAX_START = 32_767  # Word's own bound for a list's start


def _start(value: str | None) -> int:
    """A list level's first number, within what Word allows (a negative or huge w:start is damage)."""
    return min(max(_int(value, 1), 0), _MAX_START)
