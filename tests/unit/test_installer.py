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
        ("PySide6/Qt/lib/libQt6Charts.so.6", False),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", True),
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


def test_icons_hold_every_size_as_png(build: ModuleType, tmp_path: Path, qapp: object) -> None:
    # qapp first: build_icons makes a QGuiApplication when there is no application, and a QGuiApplication left
    # behind in this process would make every later QWidget abort ("Cannot create a QWidget without QApplication").
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


@pytest.mark.parametrize(
    ("language", "look_in", "red"), [("is", "&Leita í:", "&Rauður:"), ("th", "ค้นหาใน(&L):", "แดง(&R):")]
)
def test_the_bundles_catalogues_carry_qts_own_dialog_words_for_languages_qt_leaves_in_english(
    build: ModuleType, tmp_path: Path, language: str, look_in: str, red: str
) -> None:
    """The bundle ships Qt's own qtbase_<lang>.qm only where Qt has one (not Icelandic, not Thai): the file chooser's
    and colour picker's words for those come in Cardfile's own catalogue, compiled as the spec compiles it."""
    from PySide6.QtCore import QTranslator

    assert not build.qt_translations([language])
    built = {path.name: path for path in build.compile_translations(tmp_path)}
    translator = QTranslator()
    assert translator.load(str(built[f"cardfile_{language}.qm"]))
    assert translator.translate("QFileDialog", "&Look in:") == look_in
    assert translator.translate("QFileSystemModel", "Type", "All other platforms") not in ("", "Type")
    assert translator.translate("QColorDialog", "&Red:") == red


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop's own libraries are a Linux matter")
def test_printing_takes_the_computers_own_cups_client(build: ModuleType) -> None:
    """CUPS' client and GnuTLS (8 MB) came from the build machine; the print plugin stays, CUPS is the system's."""
    assert not build.keep_file("libcups.so.2") and not build.keep_file("libgnutls.so.30")
    assert build.keep_file("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")
    assert build.keep_file("libgssapi_krb5.so.2"), "Qt Network links it: without it the app would not start"


@pytest.mark.parametrize(
    ("item", "size", "kept"),
    [
        ("icudt73l/coll/ru.res", 9_000, True),
        ("icudt73l/coll/ja.res", 146_000, True),
        ("icudt73l/coll/root.res", 300_000, True),
        ("icudt73l/coll/ucadata.icu", 570_000, True),
        ("icudt73l/coll/zh.res", 712_000, False),
        ("icudt73l/zone/fa_AF.res", 2_000, True),
        ("icudt73l/zone/de.res", 60_000, False),
        ("icudt73l/zone/tzdbNames.res", 8_000, True),
        ("icudt73l/th.res", 80_000, True),
        ("icudt73l/en_GB.res", 5_000, True),
        ("icudt73l/sv.res", 50_000, False),
        ("icudt73l/res_index.res", 20_000, True),
        ("icudt73l/supplementalData.res", 240_000, True),
        ("icudt73l/zoneinfo64.res", 150_000, True),
        ("icudt73l/brkitr/cjdict.dict", 2_000_000, False),
        ("icudt73l/translit/root.res", 1_000_000, False),
        ("icudt73l/lang/ru.res", 30_000, False),
        ("icudt73l/ibm-943_P15A-2003.cnv", 90_000, True),
        ("icudt73l/ibm-1251_P100-1995.cnv", 3_000, True),
        ("icudt73l/ibm-1390_P110-2003.cnv", 167_000, False),
        ("icudt73l/cnvalias.icu", 100_000, True),
    ],
)
def test_icu_keeps_what_qt_uses_in_cardfiles_languages(build: ModuleType, item: str, size: int, kept: bool) -> None:
    assert build.icu_item_kept(item, size, ("fa", "is", "ja", "ru", "th")) is kept


def _common_data(items: dict[str, bytes]) -> bytes:
    """A little-endian ICU common data package (CmnD) holding `items`, laid out as ICU's own tools do."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD"
    header += bytes([1, 0, 0, 0, 3, 0, 0, 0]) + b"\0" * (32 - 24)
    names = b"".join(name.encode() + b"\0" for name in items)
    at = 4 + 8 * len(items) + len(names)
    at += -(32 + at) % 16
    first, entries, body, name_at = at, b"", b"", 4 + 8 * len(items)
    for name, item in items.items():
        entries += struct.pack("<II", name_at, at)
        name_at += len(name) + 1
        item += b"\0" * (-len(item) % 16)
        body, at = body + item, at + len(item)
    table = struct.pack("<I", len(items)) + entries + names
    return header + table + b"\0" * (first - len(table)) + body


def _items_of(data: bytes) -> dict[str, bytes]:
    header = struct.unpack_from("<H", data, 0)[0]
    count = struct.unpack_from("<I", data, header)[0]
    toc = [struct.unpack_from("<II", data, header + 4 + 8 * n) for n in range(count)]
    ends = [offset for _name, offset in toc[1:]] + [len(data) - header]
    found = {}
    for (name_at, at), end in zip(toc, ends, strict=True):
        assert (header + at) % 16 == 0, "every item 16-byte aligned, as ICU maps them"
        name = data[header + name_at : data.index(b"\0", header + name_at)].decode()
        found[name] = data[header + at : header + end].rstrip(b"\0")
    return found


def test_trimmed_icu_data_keeps_the_kept_items_whole_and_in_order(build: ModuleType) -> None:
    items = {
        "icudt73l/brkitr/thaidict.dict": b"\x01" * 40,
        "icudt73l/coll/ru.res": b"\x02" * 7,
        "icudt73l/ru.res": b"\x03" * 33,
        "icudt73l/sv.res": b"\x04" * 5,
    }
    package = _common_data(items)
    assert _items_of(package) == items
    trimmed = build.trim_icu_common_data(package, lambda name, size: name.endswith("ru.res"))
    assert _items_of(trimmed) == {name: items[name] for name in ("icudt73l/coll/ru.res", "icudt73l/ru.res")}
    with pytest.raises(SystemExit, match="not ICU common data"):
        build.trim_icu_common_data(b"\0" * 64, lambda name, size: True)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ICU is bundled on Linux only")
def test_the_trimmed_icu_library_serves_qt_collation_and_codecs(build: ModuleType, tmp_path: Path) -> None:
    """The library rebuilt with binutils loads in place of the wheel's, and Qt still collates and decodes with it."""
    import subprocess

    from PySide6.QtCore import QLibraryInfo

    wheel = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    (original,) = wheel.glob("libicudata.so.*")
    trimmed = build.trimmed_icu_data_library(original, tmp_path, ("fa", "is", "ja", "ru", "th"))
    assert trimmed.stat().st_size < original.stat().st_size / 4
    probe = (
        "from PySide6.QtCore import QCollator, QLocale, QStringDecoder\n"
        "words = ['яблоко', 'ёж', 'Жук', 'арбуз']\n"
        "print(sorted(words, key=QCollator(QLocale('ru')).sortKey))\n"
        "print([QStringDecoder(n).isValid() for n in ('Shift_JIS', 'EUC-KR', 'Big5', 'windows-1256', 'IBM-930')])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={"LD_PRELOAD": str(trimmed), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["['арбуз', 'ёж', 'Жук', 'яблоко']", "[True, True, True, True, False]"]
