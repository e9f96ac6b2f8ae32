"""Structure-aware fuzzing of the importers: valid documents damaged where their structure is.

DOCX: a small valid package whose XML parts lose, gain or change elements, attributes and bytes,
or whose parts are dropped or doubled. PDF: a small valid file whose objects lose keys, point
elsewhere (themselves included), carry absurd numbers or cut streams. Web pages: generated
nesting, charsets, entities and MHTML wrappers. Whatever comes in, report_text gives text or
one ReportError, within the deadline.
"""

from __future__ import annotations

import copy
import io
import os
import re
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from shigu_gui.model import ReportError
from shigu_gui.model.formats import report_text

from .test_docx import build_docx
from .test_hostile_pdf import FONT, PAGE, build, stream

# SHIGU_FUZZ_EXAMPLES=5000 for a longer campaign than the suite's few seconds.
FUZZ = settings(max_examples=int(os.environ.get("SHIGU_FUZZ_EXAMPLES", "40")), deadline=3000,
                suppress_health_check=[HealthCheck.too_slow])


def text_or_report_error(data: bytes, name: str) -> None:
    try:
        text = report_text(data, name)
    except ReportError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(text, str)


# ---- DOCX -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def docx_parts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    path: Path = build_docx(tmp_path_factory.mktemp("fuzz"))
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


ODD_VALUES = st.sampled_from(["-1", "0", "-32768", "99999999999999999999", "", "x", "1e9", "%1%2%9", "NaN",
                              "../../word/document.xml", "rId1", "rId999", "9", "12", "true", "off", "ＡＢ",
                              "chineseCounting", "bullet", "decimalEnclosedCircle", "upperRoman"])
ATTRIBUTES = st.sampled_from([
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val",
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}id",
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}numId",
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}ilvl",
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}abstractNumId",
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type",
    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id",
    "Target", "Type", "Id", "TargetMode", "PartName", "ContentType",
])
TAGS = st.sampled_from(["p", "r", "t", "tbl", "tr", "tc", "body", "document", "numPr", "ilvl", "numId", "lvl",
                        "abstractNum", "num", "start", "b", "footnoteReference", "sdt", "sdtContent", "pPr"])


def _mutate_xml(xml: bytes, data: st.DataObject) -> bytes:
    try:
        root = etree.fromstring(xml)
    except etree.XMLSyntaxError:
        return xml
    elements = list(root.iter())
    for _ in range(data.draw(st.integers(1, 4))):
        element = elements[data.draw(st.integers(0, len(elements) - 1))]
        parent = element.getparent()
        action = data.draw(st.sampled_from(["drop", "duplicate", "set", "unset", "retag", "text", "move"]))
        if action == "drop" and parent is not None:
            parent.remove(element)
        elif action == "duplicate" and parent is not None:
            parent.insert(parent.index(element), copy.deepcopy(element))
        elif action == "set":
            element.set(data.draw(ATTRIBUTES), data.draw(ODD_VALUES))
        elif action == "unset" and element.attrib:
            del element.attrib[data.draw(st.sampled_from(sorted(element.attrib)))]
        elif action == "retag":
            element.tag = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + data.draw(TAGS)
        elif action == "text":
            element.text = data.draw(st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=20))
        elif action == "move" and parent is not None:
            other = elements[data.draw(st.integers(0, len(elements) - 1))]
            if element not in other.iterancestors() and other is not element:
                other.append(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _mutate_bytes(blob: bytes, data: st.DataObject) -> bytes:
    start = data.draw(st.integers(0, len(blob)))
    end = data.draw(st.integers(start, min(len(blob), start + 200)))
    action = data.draw(st.sampled_from(["cut", "double", "replace", "truncate"]))
    if action == "cut":
        return blob[:start] + blob[end:]
    if action == "double":
        return blob[:end] + blob[start:end] + blob[end:]
    if action == "truncate":
        return blob[:start]
    return blob[:start] + data.draw(st.binary(max_size=20)) + blob[end:]


def _pack(parts: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # a doubled part's "Duplicate name"
        for name, blob in parts:
            archive.writestr(name, blob)
    return buffer.getvalue()


XML_PARTS = ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/_rels/document.xml.rels",
             "[Content_Types].xml", "_rels/.rels", "word/settings.xml"]


@FUZZ
@given(data=st.data())
def test_a_docx_damaged_in_its_xml_is_text_or_one_error(docx_parts: dict[str, bytes], data: st.DataObject) -> None:
    parts = dict(docx_parts)
    for name in data.draw(st.lists(st.sampled_from([n for n in XML_PARTS if n in parts]), min_size=1, max_size=3)):
        parts[name] = (_mutate_bytes(parts[name], data) if data.draw(st.booleans()) and data.draw(st.booleans())
                       else _mutate_xml(parts[name], data))
    entries = list(parts.items())
    structure = data.draw(st.sampled_from(["keep", "drop", "double"]))
    if structure != "keep":
        index = data.draw(st.integers(0, len(entries) - 1))
        entries = entries[:index] + entries[index + 1:] if structure == "drop" else [*entries, entries[index]]
    text_or_report_error(_pack(entries), "r.docx")


# ---- PDF --------------------------------------------------------------------------------------

TEXT = b"BT /F1 12 Tf 72 700 Td (Government work report) Tj 0 -20 Td [(Line) -250 (two)] TJ ET 0 0 9 9 re f"


def _pdf_objects() -> list[bytes]:
    """Catalogue, page tree, font, two pages with their streams, an outline."""
    return [b"<< /Type /Catalog /Pages 2 0 R /Outlines 8 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>", FONT,
            PAGE % 5, stream(TEXT), PAGE % 7, stream(TEXT, ("ASCII85Decode", "FlateDecode")),
            b"<< /Type /Outlines /Count 0 >>"]


NUMBERS = st.sampled_from([b"-1", b"0", b"99999999999", b"1e400", b"2147483648", b"-0.0", b"3.4e38", b"1 0 R",
                           b"2 0 R", b"4 0 R", b"99 0 R", b"null", b"[]", b"<<>>", b"/Pages", b"(x)"])


def _mutate_object(body: bytes, data: st.DataObject) -> bytes:
    action = data.draw(st.sampled_from(["number", "reference", "drop key", "cut", "bytes", "name"]))
    if action == "number":
        spots = list(re.finditer(rb"(?<![\w/.])-?\d+(?:\.\d+)?(?![\w.])", body))
        if spots:
            spot = spots[data.draw(st.integers(0, len(spots) - 1))]
            return body[:spot.start()] + data.draw(NUMBERS) + body[spot.end():]
    if action == "reference":
        refs = list(re.finditer(rb"\d+ 0 R", body))
        if refs:
            ref = refs[data.draw(st.integers(0, len(refs) - 1))]
            return body[:ref.start()] + b"%d 0 R" % data.draw(st.integers(0, 10)) + body[ref.end():]
    if action == "drop key":
        keys = list(re.finditer(rb"/\w+\s+(?:\d+ 0 R|\[[^\]]*\]|/\w+|-?\d+|<<[^<>]*>>)", body))
        if keys:
            key = keys[data.draw(st.integers(0, len(keys) - 1))]
            return body[:key.start()] + body[key.end():]
    if action == "name":
        return body.replace(data.draw(st.sampled_from([b"/Page ", b"/Pages", b"/FlateDecode", b"/Font", b"/Kids"])),
                            data.draw(st.sampled_from([b"/Pages", b"/Page ", b"/LZWDecode", b"/XObject", b"/Parent"])))
    if action == "cut":
        return body[: data.draw(st.integers(0, len(body)))]
    return _mutate_bytes(body, data)


@FUZZ
@given(data=st.data())
def test_a_pdf_damaged_in_its_objects_is_text_or_one_error(data: st.DataObject) -> None:
    objects = _pdf_objects()
    for _ in range(data.draw(st.integers(1, 3))):
        index = data.draw(st.integers(0, len(objects) - 1))
        objects[index] = _mutate_object(objects[index], data)
    pdf = build(objects)
    if data.draw(st.booleans()) and data.draw(st.booleans()):
        pdf = _mutate_bytes(pdf, data)  # the cross-reference table no longer fits either
    text_or_report_error(pdf, "r.pdf")


# ---- Web pages --------------------------------------------------------------------------------

CHARSETS = st.sampled_from(["utf-8", "gbk", "gb2312", "undefined", "utf-16", "utf-32", "utf-7", "rot13", "base64",
                            "idna", "punycode", "unicode_escape", "x-nonsense", "", "latin-1", "big5", "hz"])
ENTITIES = st.sampled_from(["&nbsp;", "&#0;", "&#xD800;", "&#99999999;", "&#x110000;", "&amp", "&lt;", "&#12354;",
                            "&notanentity;", "&#x;", "&", "\u3000", "\ufeff", "\x00", "\r"])
HTML_TAGS = st.sampled_from(["div", "p", "span", "b", "strong", "h1", "h2", "td", "tr", "table", "li", "ul", "a",
                             "font", "section", "br", "script", "style", "iframe", "nav", "meta", "title", "form"])
WORDS = st.sampled_from(["政府工作报告", "各位代表：", "一、2024年工作回顾", "地区生产总值增长6%。", "x", " ", "\n"])


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    out = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 5))
        if kind <= 1 and depth < 12:
            tag = draw(HTML_TAGS)
            attrs = draw(st.sampled_from(["", ' class="nav"', ' id="content"', ' class="pages_content"', " b=\"'<\"",
                                          ' style="display:none"', " charset=x"]))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag.upper()}>", "</div>"]))
            out.append(f"<{tag}{attrs}>{draw(markup(depth + 1))}{close}")
        elif kind == 2:
            out.append(draw(ENTITIES))
        elif kind == 3:
            out.append(draw(st.sampled_from(["<!--", "-->", "<!-- x -->", "<![CDATA[", "<?xml?>", "</", "<", ">"])))
        else:
            out.append(draw(WORDS))
    return "".join(out)


def _encoded(text: str, charset: str) -> bytes:
    try:
        return text.encode(charset or "utf-8")
    except (LookupError, UnicodeError, TypeError):
        return text.encode("utf-8", errors="surrogatepass")


@FUZZ
@given(body=markup(), charset=CHARSETS, declared=CHARSETS, bom=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe"]),
       wrap=st.sampled_from(["page", "mhtml-qp", "mhtml-base64", "mhtml-8bit"]))
def test_a_generated_page_is_text_or_one_error(body: str, charset: str, declared: str, bom: bytes, wrap: str) -> None:
    import base64
    import quopri

    page = bom + _encoded(f'<!DOCTYPE html><html><head><meta charset="{declared}"><title>政府工作报告</title>'
                          f"</head><body>{body}</body></html>", charset)
    if wrap == "page":
        text_or_report_error(page, "p.html")
        return
    encoding = wrap.split("-")[1]
    payload = {"qp": quopri.encodestring(page), "base64": base64.encodebytes(page), "8bit": page}[encoding]
    transfer = {"qp": b"quoted-printable", "base64": b"base64", "8bit": b"8bit"}[encoding]
    mhtml = (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
             b'\ttype="text/html";\r\n\tboundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset="'
             + declared.encode("ascii", errors="replace") + b'"\r\nContent-Transfer-Encoding: ' + transfer
             + b"\r\n\r\n" + payload + b"\r\n--b--\r\n")
    text_or_report_error(mhtml, "p.mhtml")
