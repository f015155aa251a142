"""The bundle's build steps (installer/build.py): which files stay, and the icon files it writes."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cardfile_installer_build", ROOT / "installer" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Charts.so.6", True),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("libatk-1.0.so.0", False),
        ("libsqlite3.so.0", True),
        ("libxcb-cursor.so.0", True),
        ("cardfile/store/migrations/env.py", True),
    ],
)
def test_only_the_qt_parts_in_use_stay(build: ModuleType, destination: str, kept: bool) -> None:
    assert build.keep_file(destination) is kept


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop's own libraries are a Linux matter")
def test_linux_system_libraries_come_from_the_system(build: ModuleType) -> None:
    assert not build.keep_file("libX11.so.6") and not build.keep_file("libfontconfig.so.1")
    assert build.keep_file("PySide6/Qt/lib/libicudata.so.73")


def test_icons_hold_every_size_as_png(build: ModuleType, tmp_path: Path) -> None:
    ico, icns = build.build_icons(tmp_path)
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(build.ICO_SIZES))
    for n in range(count):
        side, _, _, _, _, _, size, offset = struct.unpack("<BBBBHHII", data[6 + 16 * n : 22 + 16 * n])
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(data)
        assert (side or 256) == build.ICO_SIZES[n]
    mac = icns.read_bytes()
    assert mac[:4] == b"icns" and struct.unpack(">I", mac[4:8])[0] == len(mac)
    assert mac[8:12] == build.ICNS_TYPES[0][0] and mac[16:24] == b"\x89PNG\r\n\x1a\n"


def test_translations_compile_from_their_sources(build: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    sources = tmp_path / "translations"
    sources.mkdir()
    (sources / "cardfile_fa.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fa">\n<context>\n'
        "<name>MainWindow</name>\n<message>\n<source>Contacts</source>\n<translation>مخاطبان</translation>\n"
        "</message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(build, "TRANSLATIONS", sources)
    (built,) = build.compile_translations(tmp_path / "out")
    assert built == tmp_path / "out" / "cardfile_fa.qm" and built.stat().st_size > 0
