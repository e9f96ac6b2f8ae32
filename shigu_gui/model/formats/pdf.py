"""PDF import: not written yet."""

from __future__ import annotations

from ..errors import ReportError


def pdf_text(data: bytes) -> str:
    raise ReportError("暂不支持这种格式 / This format is not supported yet")
