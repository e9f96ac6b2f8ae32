"""What the PyInstaller bundle leaves out (shigu-gui.spec filters its collected files through
`unused`). Each group was checked by removing it from a built bundle and running it under `env -i`:
the reading, charts and library tabs draw, and DOCX, PDF and web pages open.

- Qt's translations, except the Chinese ones the interface loads (English needs none): 7 MiB.
- The GTK platform theme, and the GTK libraries only it needs (the app uses Fusion; without the
  plugin Qt uses its own theme): pulled in when the build host has GTK.
- Platform plugins the reader never runs on (eglfs, linuxfb, minimal, VNC, Vulkan display) and
  the TUIO touch plugin; with them go Qt's EGLFS libraries and QtNetwork, which only they load.
- lxml's objectify, html and isoschematron (python-docx uses lxml.etree only).
- PySide6.QtTest (pyqtgraph imports it if present, for its own tests).
- selectolax's C and Cython sources.
Kept although large: ICU data (QtCore needs it), OpenBLAS (numpy loads it), the QtOpenGL binding
(pyqtgraph's PlotCurveItem imports it at import time), CUPS (printing)."""

from __future__ import annotations

_GTK_ONLY = ("libgtk-3", "libgdk-3", "libatk-1.0", "libatk-bridge", "libcairo", "libgdk_pixbuf", "libpango",
             "libharfbuzz", "libfribidi", "libthai", "libdatrie", "libpixman", "libepoxy")
_PLATFORMS = ("libqeglfs", "libqlinuxfb", "libqminimal", "libqminimalegl", "libqvkkhrdisplay", "libqvnc")
_QT_LIBS = ("libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport", "libQt6Network", "libQt6Test")


def unused(dest: str) -> bool:
    """Whether the file at `dest` (its path inside the bundle) is left out."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if "/Qt/translations/" in path:
        return not (name.endswith("_zh_CN.qm") and name.startswith(("qt_", "qtbase_")))
    if "/plugins/" in path:
        return (path.endswith(("platformthemes/libqgtk3.so", "generic/libqtuiotouchplugin.so"))
                or "/egldeviceintegrations/" in path
                or ("/platforms/" in path and name.split(".")[0] in _PLATFORMS))
    if name.startswith(_GTK_ONLY) or name.split(".")[0] in _QT_LIBS:
        return True
    if path.startswith(("PySide6/QtTest.", "PySide6/QtNetwork.", "lxml/objectify.", "lxml/html/",
                        "lxml/isoschematron/")):
        return True
    return path.startswith("selectolax/") and name.endswith((".c", ".pyx", ".pxd", ".pxi"))
