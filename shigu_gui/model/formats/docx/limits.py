"""What a DOCX may cost, checked on the zip's directory and its XML before python-docx parses it."""

from __future__ import annotations

import re
import zipfile
import zlib
from io import BytesIO

from ...errors import ReportError

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
