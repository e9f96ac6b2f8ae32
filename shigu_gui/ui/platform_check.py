"""Say in one line what is missing when Qt cannot open a window, instead of Qt's generic abort."""

from __future__ import annotations

import os
import sys

XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libegl1 libfontconfig1"
)
# The libraries Qt's xcb plugin needs that minimal installs lack, by their runtime names.
_XCB_LIBS = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0",
             "libxcb-render-util.so.0", "libxkbcommon-x11.so.0", "libxcb-shape.so.0")


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
    missing = [lib for lib in _XCB_LIBS if not _loadable(lib)]
    if missing:
        return (f"Qt 的 xcb 平台缺少系统库（{', '.join(missing)}）；请运行 / Qt's xcb platform needs: "
                f"sudo apt-get install {XCB_PACKAGES}")
    return None


def _loadable(soname: str) -> bool:
    """dlopen, as Qt will: fast (ctypes.util.find_library would run ldconfig once per name)."""
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True
