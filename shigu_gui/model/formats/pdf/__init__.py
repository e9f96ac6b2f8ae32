"""PDF → report text with pypdfium2 (Apache-2.0/BSD): the text layer, read by the characters' boxes.

Official documents are set on A4 with a two-character first-line indent, justified lines broken in
mid-sentence, a page number at the foot (— 3 —, -3-, 第3页) and often a running title at the head.
Lines are rebuilt from the characters' positions, page numbers and lines repeated at the top or foot
of most pages are dropped, and lines are joined into paragraphs where the next one is not indented
and the previous one runs to the right margin. Code points that text layers really contain are
folded: Kangxi and CJK radicals for the ideographs they look like, ⸺ for ——, and the spaces that
justification leaves inside numbers and between Chinese characters.

The steps, one module each: limits (what a file may cost, checked before PDFium parses it;
filters undoes the streams' compression for that count), lines (the text layer set into lines),
furniture (page numbers and running heads dropped), paragraphs (lines joined), folding (code points).
"""

from __future__ import annotations

import threading
import warnings

from ...errors import ReportError
from . import limits
from .furniture import drop_furniture
from .lines import page_lines, settle_made_up_spaces
from .paragraphs import paragraphs_of

_ERR_PASSWORD = 4
_PDFIUM = threading.Lock()
_GARBLED = ("此 PDF 的文字层无法解读（字体缺少 Unicode 对照表），无法读取 / "
            "This PDF's text layer cannot be decoded (its fonts lack a Unicode map)")
_ENCRYPTED = "此 PDF 已加密（需要密码），无法读取 / This PDF is encrypted: it needs a password"
_DAMAGED = "PDF 文件已损坏，无法打开 / Damaged PDF file: cannot open it"


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium  # imported only when a PDF is opened

    limits.check_content(data)
    with _PDFIUM, warnings.catch_warnings():  # PDFium is not thread-safe: one document at a time
        warnings.simplefilter("ignore")
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if getattr(exc, "err_code", None) == _ERR_PASSWORD:
                raise ReportError(_ENCRYPTED) from None
            raise ReportError(_DAMAGED) from None
        try:
            count = len(document)
            if count > limits.MAX_PAGES:
                raise ReportError(f"此 PDF 页数过多（{count} 页，上限 {limits.MAX_PAGES} 页），不像是一份报告 / "
                                  f"This PDF has too many pages ({count}, at most {limits.MAX_PAGES:,}): not a report")
            pages = []
            budget = [limits.MAX_CHARS]
            for i in range(count):
                try:
                    pages.append(page_lines(document, i, budget))
                except pdfium.PdfiumError:  # a page tree that loops, a page object that is no page
                    raise ReportError(f"PDF 文件已损坏（第 {i + 1} 页无法读取） / "
                                      f"Damaged PDF file (page {i + 1} cannot be read)") from None
        finally:
            document.close()
    settle_made_up_spaces(pages)
    body = drop_furniture(pages)
    if sum(len(line.text) for line in body) < 20:  # scanners may still write the page numbers as text
        raise ReportError("此 PDF 没有文字层（可能是扫描件），无法读取 / This PDF has no text layer (a scan?)")
    if _garbled("".join(line.text for line in body[:400])):
        raise ReportError(_GARBLED)
    return "\n".join(paragraphs_of(body))


def _garbled(sample: str) -> bool:
    """A text layer whose fonts lack a Unicode table reads as Latin-1 letters, controls and private
    code points instead of Chinese (what some converters leave behind)."""
    odd = sum(1 for ch in sample if "\x7f" <= ch <= "\xff" or "\ue000" <= ch <= "\uf8ff" or ch < " ")
    han = sum(1 for ch in sample if "\u3400" <= ch <= "\u9fff")
    return odd > max(20, han)
