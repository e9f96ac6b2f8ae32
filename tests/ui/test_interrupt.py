"""Ctrl+C in the terminal ends the reader at once, as 文件 › 退出 does, with the shell's code 130."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = """
import sys
import shigu_gui.ui.app as app
original = app._after_start
def after(window):
    original(window)
    print("ready", flush=True)
app._after_start = after
from shigu_gui.cli import main
sys.exit(main([]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT from another process is POSIX")
def test_ctrl_c_closes_the_window_saves_and_exits_130(tmp_path: Path) -> None:
    settings = tmp_path / "s.ini"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHIGU_GUI_DATA": str(tmp_path / "data"),
           "SHIGU_GUI_SETTINGS": str(settings)}
    with subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == "ready\n"  # the window is complete and idle
            assert not settings.exists()
            sent = time.monotonic()
            child.send_signal(signal.SIGINT)
            _out, err = child.communicate(timeout=5)
            took = time.monotonic() - sent
        finally:
            if child.poll() is None:
                child.kill()
    assert child.returncode == 130, err
    assert took < 3  # about 0.3 s here; a loop that never wakes would wait for the timeout
    assert settings.stat().st_size > 0  # closed as by 退出: the window's state written
