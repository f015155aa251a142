"""Build steps shared by build_installer.spec and dev.py: translations, icons, Windows version info, Qt pruning.

    python installer/build.py translations [OUT]     # compile resources/translations/*.ts to .qm (default: beside)
    python installer/build.py icons OUT               # cardfile.ico and cardfile.icns from resources/icons/cardfile.svg
    python installer/build.py check-links BUNDLE      # every shared library of a Linux bundle finds its dependencies

Run with the project's virtualenv (PySide6 installed). Nothing here is imported by the cardfile package.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
APP_ICON = ROOT / "resources" / "icons" / "cardfile.svg"

# ----- translations -----


def lrelease() -> str:
    """pyside6-lrelease from the Python running this (its Scripts/ or bin/ folder), else from PATH."""
    folder = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 into this Python (python3 dev.py test does)")
    return found


def compile_translations(out: Path | None = None, *, only_stale: bool = False) -> list[Path]:
    """Each resources/translations/*.ts compiled to a .qm in `out` (default: beside it); returns the .qm files.

    A .qm is never edited or committed: it is built from its .ts here, by the bundle's spec and by dev.py.
    """
    built = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = (out or source.parent) / source.with_suffix(".qm").name
        built.append(target)
        if only_stale and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([lrelease(), str(source), "-qm", str(target)], capture_output=True, text=True)
        if done.returncode != 0 or not target.exists():
            raise SystemExit(f"pyside6-lrelease failed on {source}:\n{done.stdout}{done.stderr}")
    return built


def qt_translations(languages: Iterable[str]) -> list[Path]:
    """Qt's own qtbase_<lang>.qm for the languages Cardfile speaks, where Qt has one. It has no Icelandic or Thai:
    the words of Qt's dialogs Cardfile shows are in Cardfile's own catalogues for every language (ui/qt_words.py)."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [folder / f"qtbase_{lang}.qm" for lang in languages if (folder / f"qtbase_{lang}.qm").exists()]


# ----- icons -----

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types holding PNG data, by pixel size (the @2x types take the same image as the next size up).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size×size pixels, as PNG bytes (needs a QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (Windows Vista and later read PNG entries at every size)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build_icons(out: Path) -> tuple[Path, Path]:
    """cardfile.ico (Windows) and cardfile.icns (macOS) drawn from the one SVG the app uses."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    sizes = {*ICO_SIZES, *(size for _kind, size in ICNS_TYPES)}
    pngs = {size: render_png(APP_ICON, size) for size in sorted(sizes)}
    out.mkdir(parents=True, exist_ok=True)
    ico, icns = out / "cardfile.ico", out / "cardfile.icns"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns.write_bytes(icns_bytes(pngs))
    del app
    return ico, icns


# ----- Windows version information -----


def windows_version_info(version: str, *, description: str, file_name: str) -> object:
    """The version resource Windows Explorer shows in a program's Properties ▸ Details."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = (*(int(part) for part in version.split(".") if part.isdigit()), 0, 0, 0, 0)[:4]
    strings = [
        vi.StringStruct("CompanyName", "Cardfile"),
        vi.StringStruct("FileDescription", description),
        vi.StringStruct("FileVersion", version),
        vi.StringStruct("InternalName", file_name.removesuffix(".exe")),
        vi.StringStruct("LegalCopyright", "GPL-3.0-or-later"),
        vi.StringStruct("OriginalFilename", file_name),
        vi.StringStruct("ProductName", "Cardfile"),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0, OS=0x40004, fileType=1),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


# ----- what the bundle leaves out of Qt -----

# Qt plugins Cardfile uses, by plugin folder and file name (without `lib` and the extension, on Linux, Windows and
# macOS); every other plugin is dropped. platforms: X11, Wayland, Windows, macOS, and offscreen for --self-check.
# imageformats: contact photos and logos as vCards carry them (JPEG, GIF, WebP; PNG is built into Qt), SVG, ICO.
# platformthemes: the desktop portal gives Flatpak/GNOME/KDE file dialogs; the GTK 3 theme is left out, since it
# would drag the build machine's GTK, Cairo and Pango into the bundle. printsupport comes along when Cardfile
# imports QtPrintSupport.
QT_PLUGINS = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qdirect2d", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qjpeg", "qgif", "qwebp", "qsvg", "qico"},
    "iconengines": {"qsvgicon"},
    "styles": {"qwindowsvistastyle", "qmodernwindowsstyle", "qmacstyle"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-decoration-client": {"adwaita", "bradient"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl", "shm-emulation-server", "dmabuf-server"},
    "wayland-shell-integration": {"xdg-shell"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},
}
# Libraries only the dropped plugins load: QML and Quick (through the virtual keyboard), PDF rendering (the PDF image
# plugin), embedded-Linux EGL, and the GTK 3 theme's GTK, Cairo and Pango stack. Printing (QtPrintSupport, QPdfWriter
# in QtGui) stays available: it is collected when Cardfile imports it. Charts are drawn with QPainter: QtCharts and
# the OpenGL widgets it linked are not needed.
LIBRARIES_DROPPED = (
    "Qt6Qml",
    "Qt6QmlMeta",
    "Qt6QmlModels",
    "Qt6QmlWorkerScript",
    "Qt6Quick",
    "Qt6VirtualKeyboard",
    "Qt6VirtualKeyboardQml",
    "Qt6Pdf",
    "Qt6Charts",
    "Qt6OpenGLWidgets",
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport",
    "atk-1.0",
    "cairo",
    "cairo-gobject",
    "gdk_pixbuf-2.0",
    "pango-1.0",
    "pangocairo-1.0",
    "pangoft2-1.0",
    "pixman-1",
    "fribidi",
    "thai",
    "datrie",
)


# Linux libraries every desktop that can show a window already has (the core of X11, fontconfig and FreeType, GLib,
# D-Bus and systemd's client, compression, the C++ runtime), as AppImage's exclude list has them too: the user's
# own copies match the user's display server and font configuration, where the build machine's would not. Kept in
# the bundle: Qt's xcb-util helpers and xkbcommon (often missing), OpenSSL, SQLite (FTS5 is needed), libjpeg.
SYSTEM_LIBRARIES = (
    "stdc++",
    "gcc_s",
    "X11",
    "X11-xcb",
    "Xau",
    "Xdmcp",
    "Xext",
    "Xrender",
    "fontconfig",
    "freetype",
    "harfbuzz",
    "graphite2",
    "expat",
    "z",
    "png16",
    "brotlicommon",
    "brotlidec",
    "bz2",
    "glib-2.0",
    "gobject-2.0",
    "gio-2.0",
    "gmodule-2.0",
    "gthread-2.0",
    "pcre2-8",
    "ffi",
    "mount",
    "blkid",
    "selinux",
    "dbus-1",
    "systemd",
    "gcrypt",
    "gpg-error",
    "lz4",
    "lzma",
    "zstd",
    "cap",
    "uuid",
    "md",
    "bsd",
    # CUPS' client and what it alone brings (GnuTLS and its helpers, Avahi's client): Qt's print plugin loads it,
    # and it must be the one that speaks to the computer's own print service; where there is none, Qt prints to PDF.
    "cups",
    "gnutls",
    "unistring",
    "p11-kit",
    "nettle",
    "hogweed",
    "gmp",
    "idn2",
    "tasn1",
    "avahi-client",
    "avahi-common",
)


def _stem(file_name: str) -> str:
    """`atk-1.0` from libatk-1.0.so.0, `Qt6Qml` from Qt6Qml.dll, `qsvg` from libqsvg.dylib."""
    return re.sub(r"\.(so|dll|dylib|pyd)(\.[0-9.]*)?$", "", file_name).removeprefix("lib")


def keep_file(destination: str) -> bool:
    """Whether a file PyInstaller collected belongs in Cardfile's bundle (destination path inside the bundle)."""
    parts = Path(destination).parts
    if not parts:
        return True
    if "PySide6" in parts and "translations" in parts:
        return False  # Qt's own translations come from resources/translations, for Cardfile's languages only
    if "PySide6" in parts and "plugins" in parts:
        at = parts.index("plugins")
        folder = parts[at + 1] if at + 2 < len(parts) else ""
        return _stem(parts[-1]) in QT_PLUGINS.get(folder, set())
    stem = _stem(parts[-1])
    if len(parts) == 1 and sys.platform.startswith("linux") and stem in SYSTEM_LIBRARIES:
        return False
    return stem not in LIBRARIES_DROPPED


def prune(toc: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The TOC (destination, source, kind) without the files Cardfile does not use or takes from the system."""
    return [entry for entry in toc if keep_file(entry[0])]


# ----- ICU's data, trimmed to what Qt asks of it (Linux) -----

# Qt calls ICU for four things only (the ICU functions libQt6Core imports): collation (QCollator and Qt's own file
# dialog: coll/), text codecs beyond UTF-8 and Latin-1 (QStringConverter: the .cnv tables), upper and lower case
# (compiled into ICU's code) and time-zone names (QTimeZone::displayName: zone/, with the locale bundles' calendar
# data). So the data library (30 MB) keeps, of ICU's 3,900 items:
# - none of the subtrees that serve ICU's own formatting, word breaking and transliteration, which Qt never calls;
ICU_DATA_DROPPED = ("brkitr", "unit", "curr", "lang", "region", "translit", "rbnf")
# - nor the character names, IDNA and StringPrep profiles and spoofing tables (Qt does IDNA itself);
ICU_ITEMS_DROPPED = ("unames.icu", "uts46.nrm", "confusables.cfu")
# - the locale bundles (main, coll/, zone/) of the languages Cardfile speaks, and root, which every other language
#   falls back to (root's collation orders German, French, Dutch or Italian names as those languages do);
# - the codecs of the WHATWG Encoding Standard (what web pages, mail and the clipboard use): every table under
#   20 KB, which is each single-byte codepage, and these for Chinese, Japanese and Korean. The others are
#   EBCDIC mainframe codepages, X11 compound text and rare CJK variants (4 MB).
ICU_CODECS_KEPT = (
    "gb18030",  # GB18030
    "ibm-1386_P100-2001",  # GBK (windows-936-2000 extends it)
    "ibm-1383_P110-1999",  # GB2312
    "ibm-1373_P100-2002",  # Big5 (windows-950-2000 extends it)
    "ibm-1375_P100-2008",  # Big5-HKSCS
    "ibm-943_P15A-2003",  # Shift_JIS
    "euc-jp-2007",  # EUC-JP
    "jisx-212",  # ISO-2022-JP-1 and -2
    "ibm-970_P110_P110-2006_U2",  # EUC-KR
    "ibm-1363_P11B-1998",  # windows-949
    "ibm-949_P11A-1999",  # ISO-2022-KR
)
ICU_SMALL_CODEC = 20 * 1024
_LOCALE_BUNDLE = re.compile(r"(?!res_index$)([a-z]{2,3})(_\w*)?")


def icu_item_kept(name: str, size: int, languages: Iterable[str]) -> bool:
    """Whether ICU's data item `name` (icudt73l/coll/ja.res) of `size` bytes stays in the bundle, by the rules above."""
    parts = name.split("/")[1:]
    folder, (stem, _dot, kind) = ("/".join(parts[:-1]), parts[-1].partition("."))
    if folder in ICU_DATA_DROPPED or parts[-1] in ICU_ITEMS_DROPPED or kind == "spp":
        return False
    if kind == "cnv":
        return size < ICU_SMALL_CODEC or stem in ICU_CODECS_KEPT
    locale = _LOCALE_BUNDLE.fullmatch(stem)
    if kind == "res" and folder in ("", "coll", "zone") and locale:
        return locale.group(1) in {"en", *languages}
    return True


def _icu_data_symbol(library: Path) -> tuple[str, int, int]:
    """The data library's one symbol (icudtNN_dat), and its offset and size in the file (from nm and readelf)."""
    listed = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True)
    found = [line.split() for line in listed.stdout.splitlines() if re.search(r" icudt\d+_dat$", line)]
    if listed.returncode != 0 or len(found) != 1:
        raise SystemExit(f"{library}: no icudtNN_dat symbol (nm said: {listed.stdout}{listed.stderr})")
    address, size, name = int(found[0][0], 16), int(found[0][1], 16), found[0][3]
    segments = subprocess.run(["readelf", "-lW", str(library)], capture_output=True, text=True).stdout
    for line in segments.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, start, length = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if start <= address < start + length:
                return name, address - start + offset, size
    raise SystemExit(f"{library}: {name} lies in no loaded segment")


def trim_icu_common_data(data: bytes, kept: Callable[[str, int], bool]) -> bytes:
    """ICU common data (the CmnD package ICU links in) with only the items `kept(name, size)` approves.

    The package is a header, a table of contents (count, then each item's name and data offsets from the table's
    start, sorted by name) and the items, each 16-byte aligned; the kept items are copied unchanged, in order.
    """
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD" or data[8] != 0:
        raise SystemExit("not ICU common data (little-endian CmnD) where the data symbol points")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _name, offset in toc[1:]] + [len(data) - header_size]
    items = []
    for (name_offset, data_offset), end in zip(toc, ends, strict=True):
        name = data[header_size + name_offset : data.index(b"\0", header_size + name_offset)]
        if kept(name.decode("ascii"), end - data_offset):
            items.append((name, data[header_size + data_offset : header_size + end]))
    names = b"".join(name + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    first = table_size + len(names)
    first += -(header_size + first) % 16
    entries, body, name_at, at = [], b"", table_size, first
    for name, item in items:
        entries.append(struct.pack("<II", name_at, at))
        name_at += len(name) + 1
        item += b"\0" * (-len(item) % 16)
        body += item
        at += len(item)
    table = struct.pack("<I", len(items)) + b"".join(entries) + names
    return data[:header_size] + table + b"\0" * (first - len(table)) + body


def trimmed_icu_data_library(library: Path, out: Path, languages: Iterable[str]) -> Path:
    """A copy of ICU's data library (libicudata.so.NN) holding only the data Qt uses, built with binutils."""
    name, offset, size = _icu_data_symbol(library)
    languages = tuple(languages)
    data = trim_icu_common_data(
        library.read_bytes()[offset : offset + size], lambda item, length: icu_item_kept(item, length, languages)
    )
    out.mkdir(parents=True, exist_ok=True)
    (out / "icudata.dat").write_bytes(data)
    (out / "icudata.s").write_text(
        f"\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n{name}:\n"
        f'\t.incbin "icudata.dat"\n\t.size {name}, .-{name}\n\t.section .note.GNU-stack,"",@progbits\n'
    )
    target = out / library.name
    for command in (
        ["as", "-o", "icudata.o", "icudata.s"],
        ["ld", "-shared", "-soname", library.name, "-o", library.name, "icudata.o"],
    ):
        done = subprocess.run(command, cwd=out, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed (binutils is needed):\n{done.stdout}{done.stderr}")
    return target


def trim_icu(toc: Iterable[tuple[str, str, str]], out: Path, languages: Iterable[str]) -> list[tuple[str, str, str]]:
    """The TOC with ICU's data library (Linux only: elsewhere Qt uses the system's ICU) swapped for one holding
    what Qt uses, with the locale data of `languages` (and English)."""
    return [
        (dest, str(trimmed_icu_data_library(Path(source), out, languages)), kind)
        if sys.platform.startswith("linux") and re.fullmatch(r"libicudata\.so\.\d+", Path(dest).name)
        else (dest, source, kind)
        for dest, source, kind in toc
    ]


# ----- checking the result -----


# Libraries that come only with the desktop they serve (a Wayland session, an OpenGL driver), never in a bundle.
DESKTOP_LIBRARIES = ("wayland-client", "wayland-cursor", "wayland-egl", "GL", "EGL", "GLX", "OpenGL")


def missing_links(bundle: Path) -> list[str]:
    """Shared libraries in a Linux bundle whose dependencies the dynamic linker finds neither in the bundle nor on
    this system (from `ldd`): a library the bundle should have carried, or a system library this machine lacks."""
    problems = []
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join([str(internal), str(internal / "PySide6" / "Qt" / "lib")])}
    for path in sorted(bundle.rglob("*.so*")):
        if not path.is_file() or path.is_symlink():
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in done.stdout.splitlines():
            needed = line.strip().split(" ", 1)[0]
            if "not found" in line and _stem(needed) not in DESKTOP_LIBRARIES:
                problems.append(f"{path.relative_to(bundle)}: {line.strip()}")
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "translations":
        for built in compile_translations(Path(rest[0]) if rest else None, only_stale=not rest):
            print(built)
        return 0
    if command == "icons" and rest:
        for built in build_icons(Path(rest[0])):
            print(built)
        return 0
    if command == "check-links" and rest:
        problems = missing_links(Path(rest[0]))
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
