"""Say in one line what is missing when Qt cannot open a window, instead of Qt's generic abort."""

from __future__ import annotations

import ctypes.util
import os
import sys

XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libegl1 libfontconfig1"
)
_XCB_LIBS = ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xcb-image", "xcb-render-util", "xkbcommon-x11",
             "xcb-shape")


def display_problem(env: dict[str, str] | None = None) -> str | None:
    """None when a window can open; else one sentence saying what to do."""
    env = dict(os.environ) if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # wayland, offscreen, vnc …: Qt reports its own problems
    if not env.get("DISPLAY"):
        if env.get("WAYLAND_DISPLAY") and not platform:
            return None
        return ("没有图形显示（DISPLAY 未设置）；可用 --screenshot OUT.png 离屏生成截图。 / "
                "No display (DISPLAY is not set); use --screenshot OUT.png to render offscreen.")
    missing = [lib for lib in _XCB_LIBS if ctypes.util.find_library(lib) is None]
    if missing:
        return (f"Qt 的 xcb 平台缺少系统库（{', '.join(missing)}）；请运行 / Qt's xcb platform needs: "
                f"sudo apt-get install {XCB_PACKAGES}")
    return None
