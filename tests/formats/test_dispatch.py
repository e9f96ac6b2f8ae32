"""Whatever bytes arrive, each importer gives report text or one clear ReportError, never a crash."""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shigu_gui.model import ReportError
from shigu_gui.model.formats import DOCX, HTML, PDF, TEXT, report_text, sniff

from ..conftest import SEED
from .pages import portal_page


def _zip_with(document: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


PREFIXES = st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"<!DOCTYPE html><html><body><p>", b"", b"\xef\xbb\xbf"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=PREFIXES, body=st.binary(max_size=400), name=st.sampled_from(["r.pdf", "r.docx", "r.html", "r"]))
def test_any_bytes_give_text_or_a_report_error(prefix: bytes, body: bytes, name: str) -> None:
    try:
        text = report_text(prefix + body, name)
    except ReportError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(text, str)


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=300))
def test_a_docx_with_any_document_part_is_text_or_a_report_error(body: bytes) -> None:
    try:
        report_text(_zip_with(body), "r.docx")
    except ReportError as exc:
        assert "\n" not in str(exc)


def test_sniff_by_content() -> None:
    assert sniff(b"%PDF-1.4\n...", "a.txt") == PDF
    assert sniff(b"\r\n%PDF-1.4\n", "a") == PDF  # junk before the header, as some servers add
    assert sniff(b"PK\x03\x04rest", "a.pdf") == DOCX
    assert sniff(b"<?xml version='1.0'?>\n<!DOCTYPE html><html>", "a") == HTML
    assert sniff("各位代表：".encode(), "a.html") == TEXT


def test_portal_class_names_that_look_like_furniture_keep_the_article() -> None:
    """gov.cn's article box is div.pages_content: a furniture word, but it holds the page's text."""
    page = portal_page(SEED.read_text(encoding="utf-8").split("\n"), "政府工作报告")
    page = page.replace(b'class="content" id="zoom"', b'class="pages_content" id="UCAP-CONTENT"')
    assert "突出打硬仗" in report_text(page, "p.html")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_needs_worker_looks_at_the_bytes_and_never_opens_a_pipe(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from shigu_gui.model.formats import needs_worker

    pdf, txt, fifo = tmp_path / "a.txt", tmp_path / "b.pdf", tmp_path / "fifo"
    pdf.write_bytes(b"%PDF-1.7\n")
    txt.write_bytes("各位代表".encode())
    os.mkfifo(fifo)
    assert needs_worker(pdf) and not needs_worker(txt)
    page = tmp_path / "small.html"  # a page's parse time grows with its nesting, not its size
    page.write_bytes(b"<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert needs_worker(page)
    assert not needs_worker(fifo)
    assert not needs_worker(tmp_path / "missing.pdf")
