"""The format libraries load only when a file of their format is opened: start-up and .txt never pay."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .test_docx import build_docx

HEAVY = ("docx", "pypdfium2", "selectolax", "lxml")


def test_window_and_txt_never_import_format_libraries(tmp_path: Path) -> None:
    code = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from shigu_gui.model import load_report
from shigu_gui.resources import bundled_report
from shigu_gui.ui.main_window import MainWindow
from shigu_gui.ui.settings import Settings
heavy = {HEAVY!r}
w = MainWindow(Settings(sys.argv[1]), load_report(bundled_report()))
w.show(); app.processEvents()
start = [m for m in heavy if m in sys.modules]
w.open_path(sys.argv[2]); app.processEvents()
txt = [m for m in heavy if m in sys.modules]
before = w.session.doc
w.open_path(sys.argv[3])
import time
deadline = time.monotonic() + 60
while w.session.doc is before and time.monotonic() < deadline:
    app.processEvents(); time.sleep(0.01)
print('MODULES', start, txt, 'docx' in sys.modules, w.session.doc.sections[0].title)
"""
    report = tmp_path / "other.txt"
    report.write_text("各位代表：\n一、2019年工作回顾\n地区生产总值增长6%。\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHIGU_GUI_DATA": str(tmp_path / "d")}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.ini"), str(report), str(build_docx(tmp_path))],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert "MODULES [] [] True 2024年工作回顾" in out.stdout, out.stderr[-1500:]


def test_dump_of_a_txt_imports_no_format_library(tmp_path: Path) -> None:
    code = (
        "import sys; from shigu_gui.cli import main; main(['--dump', 'outline']);"
        f"print('LOADED', [m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "LOADED []" in result.stderr


def test_dump_reads_a_docx_and_refuses_a_broken_one(tmp_path: Path) -> None:
    good = subprocess.run([sys.executable, "-m", "shigu_gui", "--dump", "outline", str(build_docx(tmp_path))],
                          capture_output=True, check=False)
    assert good.returncode == 0, good.stderr
    assert "2024年工作回顾" in good.stdout.decode("utf-8")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"this is not a zip file\n" * 20)
    bad = subprocess.run([sys.executable, "-m", "shigu_gui", "--dump", "outline", str(broken)],
                         capture_output=True, check=False)
    assert bad.returncode == 2
    lines = bad.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and "DOCX" in lines[0]


def test_dump_reads_a_pdf_and_refuses_a_scan(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ..conftest import SEED
    from .pdfs import build_pdf, scanned_pdf

    good, scan = tmp_path / "report.pdf", tmp_path / "scan.pdf"
    good.write_bytes(build_pdf(SEED.read_text(encoding="utf-8").split("\n"))[0])
    scan.write_bytes(scanned_pdf())
    result = subprocess.run([sys.executable, "-m", "shigu_gui", "--dump", "outline", str(good)],
                            capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    assert '"title": "石鼓区2019年政府工作报告"' in result.stdout.decode("utf-8")
    bad = subprocess.run([sys.executable, "-m", "shigu_gui", "--dump", "outline", str(scan)],
                         capture_output=True, check=False)
    assert bad.returncode == 2
    assert bad.stderr.decode("utf-8").strip().startswith("shigu-gui: 此 PDF 没有文字层（可能是扫描件），无法读取")
    assert len(bad.stderr.decode("utf-8").strip().splitlines()) == 1
