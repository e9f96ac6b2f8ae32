"""Reading a report file once: its bytes and their digest, with the reader's guards."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from shigu_gui.model import ReportError
from shigu_gui.model.reading import read_report_file


def test_the_digest_is_of_the_bytes_read(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes("各位代表：\n一、报告\n".encode() * 10)
    read = read_report_file(path)
    assert read.data == path.read_bytes()
    assert read.digest == hashlib.sha256(read.data).hexdigest()


def test_a_huge_sparse_file_is_refused_by_its_size_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(1_600_000_000)  # sparse: costs no disk
    with pytest.raises(ReportError, match="太大"):
        read_report_file(path)
