"""The model knows no Qt, and `--dump` runs without it."""

from __future__ import annotations

import subprocess
import sys


def test_model_and_dump_import_no_qt() -> None:
    code = (
        "import sys, shigu_gui.model, shigu_gui.cli;"
        "from shigu_gui.cli import main;"
        "import io, contextlib;"
        "buf = io.StringIO();"
        "main(['--dump', 'outline']);"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'numpy', 'shiboken'))];"
        "print('LOADED', bad, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "LOADED []" in result.stderr
