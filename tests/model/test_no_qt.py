"""`--dump` runs without Qt. (That the model, the store and the paths import no Qt is an
import-linter contract in pyproject.toml, run by `make lint`: it sees every module, not only the
ones a run happens to import.)"""

from __future__ import annotations

import subprocess
import sys


def test_dump_imports_no_qt() -> None:
    code = (
        "import sys;"
        "from shigu_gui.cli import main;"
        "main(['--dump', 'outline']);"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'numpy', 'shiboken'))];"
        "print('LOADED', bad, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "LOADED []" in result.stderr
