"""The bundle's smoke test (`make bundle`): the built program, run with no virtual environment
(`env -i`), must draw every tab and read every format the way the installed package does.

Run with the build's Python: `.venv/bin/python tools/bundle_smoke.py dist/shigu-gui/shigu-gui OUT_DIR`.
It writes the bundled report as DOCX (python-docx), PDF (Qt's QPdfWriter, with the bundled font)
and a web page into OUT_DIR; the bundle's `--dump outline` of each, and of the text, must give the
title and the sections this Python's own parser gives; `--screenshot` of the reading, charts and
library tabs must exit 0, save a picture and print no traceback. Exit 1 on the first failure."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "resources" / "report.txt"
TABS = ("reading", "charts", "library-chart")


def _clean_env() -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": tempfile.mkdtemp(), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def write_docx(lines: list[str], out: Path) -> None:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(out))


def write_pdf(lines: list[str], out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPdfWriter, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "NotoSansSC-Subset.otf")))
    document = QTextDocument()
    if families:
        document.setDefaultFont(QFont(families[0], 11))
    document.setPlainText("\n".join(lines))
    document.print_(QPdfWriter(str(out)))
    del app


def write_html(lines: list[str], out: Path) -> None:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    out.write_text(f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{html.escape(lines[0])}"
                   f"</title></head><body><div class='nav'><a href='/'>首页</a><a href='/zwgk'>政务公开</a></div>"
                   f"<div class='content'>{body}</div><div class='footer'>主办单位：某某人民政府办公室</div>"
                   "</body></html>", encoding="utf-8")


def outline(command: list[str], path: Path, env: dict[str, str] | None) -> tuple[str, list[str]]:
    done = subprocess.run([*command, "--dump", "outline", str(path)], capture_output=True, env=env, timeout=120,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"bundle smoke: {path.name}: exit {done.returncode}: {done.stderr.decode(errors='replace')}")
    data = json.loads(done.stdout)
    return data["title"], [s["title"] for s in data["sections"]]


def main(argv: list[str]) -> int:
    program, out = Path(argv[0]).resolve(), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    lines = [line for line in REPORT.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = [REPORT, out / "report.docx", out / "report.pdf", out / "report.html"]
    write_docx(lines, files[1])
    write_pdf(lines, files[2])
    write_html(lines, files[3])
    for path in files:
        expected = outline([sys.executable, "-m", "shigu_gui"], path, None)
        got = outline([str(program)], path, _clean_env())
        if got != expected or not got[1]:
            print(f"bundle smoke: {path.name}: the bundle reads {got[0]!r} with {len(got[1])} sections, "
                  f"the package {expected[0]!r} with {len(expected[1])}", file=sys.stderr)
            return 1
        print(f"bundle smoke: {path.name}: {got[0]}, {len(got[1])} top-level sections")
    for tab in TABS:
        picture = out / f"{tab}.png"
        done = subprocess.run([str(program), "--screenshot", str(picture), "--tab", tab], capture_output=True,
                              env=_clean_env(), timeout=120, check=False)
        stderr = done.stderr.decode(errors="replace")
        if done.returncode != 0 or not picture.is_file() or picture.stat().st_size < 10_000 or "Traceback" in stderr:
            print(f"bundle smoke: the {tab} tab: exit {done.returncode}\n{stderr}", file=sys.stderr)
            return 1
        print(f"bundle smoke: the {tab} tab: {picture}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
