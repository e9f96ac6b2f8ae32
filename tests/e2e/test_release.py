"""What a user quotes and a packager installs: the version, the changelog, the installed files."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from shigu_gui.version import version

ROOT = Path(__file__).resolve().parents[2]


def test_version_option_prints_the_version_without_loading_qt() -> None:
    code = ("import sys\nfrom shigu_gui.cli import main\ntry:\n    main(['--version'])\n"
            "except SystemExit as exc:\n    assert exc.code in (0, None), exc.code\n"
            "assert not any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == f"shigu-gui {version()}\n"


def test_the_changelog_has_an_entry_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Keep a Changelog" in changelog and "## [Unreleased]" in changelog
    assert re.search(rf"^## \[{re.escape(version())}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.MULTILINE)


APP_ID = "io.github.shigu_gui.ShiguGui"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_the_app_id_names_the_desktop_file_metainfo_and_icons() -> None:
    from shigu_gui.version import APP_ID as declared

    assert declared == APP_ID
    desktop = (ROOT / "resources" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    metainfo = ET.parse(ROOT / "resources" / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert f"Icon={APP_ID}\n" in desktop
    for size in SIZES:
        assert _png_size(ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") \
            == (size, size)
    assert (ROOT / "resources" / "icons" / "hicolor" / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg").is_file()


def test_the_metainfo_agrees_with_the_desktop_file_and_the_version() -> None:
    desktop = (ROOT / "resources" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    mime = next(line for line in desktop.splitlines() if line.startswith("MimeType="))
    declared = [m for m in mime.removeprefix("MimeType=").split(";") if m]
    assert {"application/xhtml+xml", "text/html", "application/pdf", "text/plain"} <= set(declared)
    metainfo = ET.parse(ROOT / "resources" / f"{APP_ID}.metainfo.xml").getroot()
    assert [m.text for m in metainfo.iter("mediatype")] == declared
    assert metainfo.findtext("provides/binary") == "shigu-gui"
    assert metainfo.find("releases/release").get("version") == version()  # the newest release first
    langs = {s.get("{http://www.w3.org/XML/1998/namespace}lang") for s in metainfo.iter("summary")}
    assert langs == {None, "zh_CN"}


def _make_install(*args: str) -> subprocess.CompletedProcess[str]:
    # -o: the venv counts as installed, whatever pyproject.toml's time; the test installs nothing.
    return subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "-o", ".venv/.installed", *args],
                          capture_output=True, text=True, check=False)


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_install_lays_out_bin_share_and_icons_and_uninstall_removes_them(tmp_path: Path) -> None:
    dest = tmp_path / "stage"
    result = _make_install("install", f"DESTDIR={dest}", "PREFIX=/usr")
    assert result.returncode == 0, result.stderr
    usr = dest / "usr"
    assert (usr / "bin" / "shigu-gui").is_symlink()
    assert os.readlink(usr / "bin" / "shigu-gui") == str(ROOT / ".venv" / "bin" / "shigu-gui")
    desktop = usr / "share" / "applications" / f"{APP_ID}.desktop"
    assert "Exec=/usr/bin/shigu-gui %f\n" in desktop.read_text(encoding="utf-8")
    metainfo = usr / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert metainfo.is_file()
    hicolor = usr / "share" / "icons" / "hicolor"
    for size in SIZES:
        assert _png_size(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (hicolor / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg").is_file()
    if shutil.which("desktop-file-validate"):  # the validators where they exist (desktop-file-utils, appstream)
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    if shutil.which("appstreamcli"):
        check = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True,
                               text=True, check=False)
        assert check.returncode == 0, check.stdout + check.stderr
    result = _make_install("uninstall", f"DESTDIR={dest}", "PREFIX=/usr")
    assert result.returncode == 0, result.stderr
    assert [p for p in dest.rglob("*") if not p.is_dir()] == []


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_the_desktop_file_is_valid() -> None:
    check = subprocess.run(["desktop-file-validate", str(ROOT / "resources" / f"{APP_ID}.desktop")],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_the_metainfo_is_valid() -> None:
    check = subprocess.run(["appstreamcli", "validate", "--no-net", str(ROOT / "resources" / f"{APP_ID}.metainfo.xml")],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_console_script_beside_the_gui_one() -> None:
    """On Windows a gui-script prints nothing: the command-line uses need the console one."""
    from importlib.metadata import entry_points

    gui = {e.name: e.value for e in entry_points(group="gui_scripts")}
    console = {e.name: e.value for e in entry_points(group="console_scripts")}
    assert gui["shigu-gui"] == console["shigu-gui-cli"] == "shigu_gui.cli:main"


def test_the_lowest_versions_are_pinned_from_pyproject_s_bounds() -> None:
    """make test-lowest installs these: every direct dependency at its `>=` bound, markers kept."""
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "lowest_constraints.py")], capture_output=True,
                            text=True, check=True)
    pins = result.stdout.splitlines()
    for pin in ("pypdfium2==5.7", "pytest==8.4", "pytest-qt==4.5", "numpy==2.2"):
        assert pin in pins
    assert "PySide6-Essentials==6.11.3; python_version < '3.12'" in pins
    assert all("==" in pin and ">" not in pin.split(";")[0] for pin in pins)


def test_the_bundle_leaves_out_only_what_the_reader_does_not_use() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from bundle_filter import unused
    finally:
        sys.path.pop(0)
    for kept in ("PySide6/Qt/translations/qtbase_zh_CN.qm", "PySide6/Qt/translations/qt_zh_CN.qm",
                 "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
                 "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/lib/libQt6Gui.so.6",
                 "PySide6/QtOpenGL.abi3.so", "PySide6/QtSvg.abi3.so", "PySide6/Qt/lib/libicudata.so.73",
                 "lxml/etree.cpython-311-x86_64-linux-gnu.so", "libglib-2.0.so.0", "libcups.so.2",
                 "selectolax/lexbor.cpython-311-x86_64-linux-gnu.so", "shigu_gui/resources/report.txt",
                 "shigu_gui/resources/licenses/LGPL-3.0.txt",
                 "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so"):
        assert not unused(kept), kept
    for dropped in ("PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/translations/assistant_zh_CN.qm",
                    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0", "libpango-1.0.so.0",
                    "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/lib/libQt6Network.so.6",
                    "lxml/objectify.cpython-311-x86_64-linux-gnu.so", "selectolax/lexbor.c", "PySide6/QtTest.abi3.so"):
        assert unused(dropped), dropped
