"""Fonts for PDF reports, found on this computer: nothing is downloaded and nothing is shipped.

A report names people in any script, so one font is rarely enough. The finder picks a main sans-serif font (Latin,
Cyrillic, Greek), then, for each character the fonts chosen so far cannot show, a font that can: through
fontconfig where it exists (Linux, the BSDs: `fc-match` with the character's code point), else from the
platform's font folders (Windows, macOS), trying well-known fonts for the common scripts first and then every
font there. Coverage is read from each font's character map (fontTools), never guessed from its name.

A character that no font on the computer has is reported (`missing`), so the report can say which script could
not be shown and what to install; it is drawn as the font's "missing glyph" box, and the rest of the report is
unaffected.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")


@dataclass(frozen=True, slots=True)
class FontFile:
    path: Path
    index: int = 0  # the font's number in a collection (.ttc)

    @property
    def name(self) -> str:
        return self.path.stem + (f"#{self.index}" if self.index else "")


def font_folders() -> list[Path]:
    """Where this platform keeps fonts (system-wide and the user's own)."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    data_home = Path(os.environ.get("XDG_DATA_HOME", home / ".local" / "share"))
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), data_home / "fonts", home / ".fonts"]


# Regular and bold main fonts, and well-known fonts for scripts the main font lacks, by file name, in order of
# preference; tried before the whole folder is searched (the first is what most Windows and macOS systems have).
_MAIN = [
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("segoeui.ttf", "segoeuib.ttf"),
    ("arial.ttf", "arialbd.ttf"),
    ("Arial.ttf", "Arial Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
]
_WELL_KNOWN = [
    "NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf",
    "NotoSansThai-Regular.ttf", "NotoSansCJK-Regular.ttc", "NotoSansCJKjp-Regular.otf",
    "NotoSansDevanagari-Regular.ttf",
    "tahoma.ttf", "leelawui.ttf", "LeelawUI.ttf", "YuGothR.ttc", "meiryo.ttc", "msgothic.ttc", "msyh.ttc",
    "malgun.ttf", "Nirmala.ttf", "Thonburi.ttc", "GeezaPro.ttc", "Hiragino Sans GB.ttc", "AppleSDGothicNeo.ttc",
    "Arial Unicode.ttf", "DroidSansFallbackFull.ttf",
]  # fmt: skip


@dataclass
class FontFinder:
    """Finds fonts once per report run; character maps are read once per font."""

    folders: list[Path] = field(default_factory=font_folders)
    use_fontconfig: bool = True
    _maps: dict[FontFile, frozenset[int]] = field(default_factory=dict)
    _outlined: dict[Path, bool] = field(default_factory=dict)
    _files: list[Path] | None = None

    # ----- what a font covers -----

    def covers(self, font: FontFile, char: str) -> bool:
        return ord(char) in self._map(font)

    def outlined(self, font: FontFile) -> bool:
        """True for TrueType outlines; False for CFF (PostScript) ones, whose text extractors read back less
        reliably from a PDF (pypdf, pdfminer), so they are a last resort. Reads only the font's table list."""
        known = self._outlined.get(font.path)
        if known is None:
            from fontTools.ttLib import TTFont

            try:
                with TTFont(font.path, fontNumber=font.index, lazy=True) as tt:
                    known = "CFF " not in tt and "CFF2" not in tt
            except Exception:
                known = False
            self._outlined[font.path] = known  # the fonts of one collection file share their outlines
        return known

    def _map(self, font: FontFile) -> frozenset[int]:
        found = self._maps.get(font)
        if found is None:
            from fontTools.ttLib import TTFont

            try:
                with TTFont(font.path, fontNumber=font.index, lazy=True) as tt:
                    found = frozenset(tt.getBestCmap() or {})
            except Exception:  # an unreadable or odd font file is simply not a candidate
                found = frozenset()
            self._maps[font] = found
        return found

    # ----- finding -----

    def main(self) -> tuple[FontFile, FontFile | None] | None:
        """The regular and (if there is one) bold main font; None when the computer has no usable font at all."""
        if self._fontconfig():
            regular = self._fc_match("sans-serif:style=Regular")
            bold = self._fc_match("sans-serif:style=Bold")
            if regular is not None and self.covers(regular, "A"):
                return regular, bold if bold is not None and self.covers(bold, "A") else None
        for regular_name, bold_name in _MAIN:
            regular_path, bold_path = self._named(regular_name), self._named(bold_name)
            if regular_path is not None:
                return FontFile(regular_path), FontFile(bold_path) if bold_path is not None else None
        for path in self._all_files():
            font = FontFile(path)
            if self.covers(font, "A") and self.covers(font, "é"):
                return font, None
        return None

    def font_for(self, char: str, exclude: Iterable[FontFile] = ()) -> FontFile | None:
        """A font that has `char`, one with TrueType outlines if there is one; None when no font here has it."""
        skip = set(exclude)
        fallback: FontFile | None = None
        for font in self._candidates(char):
            if font in skip:
                continue
            if self.outlined(font):
                if self.covers(font, char):
                    return font
            elif fallback is None and self.covers(font, char):
                fallback = font
        return fallback

    def _candidates(self, char: str) -> Iterable[FontFile]:
        if self._fontconfig():
            best = self._fc_match(f"sans-serif:charset={ord(char):x}")
            if best is not None:
                yield best
            yield from self._fc_list(f":charset={ord(char):x}")
        for name in _WELL_KNOWN:
            path = self._named(name)
            if path is not None:
                yield FontFile(path)
        for path in self._all_files():
            yield FontFile(path)

    def _fontconfig(self) -> bool:
        return self.use_fontconfig and shutil.which("fc-match") is not None

    @staticmethod
    def _fc_match(pattern: str) -> FontFile | None:
        lines = _fontconfig_lines("fc-match", "--format=%{file}|%{index}\n", pattern)
        return lines[0] if lines else None

    @staticmethod
    def _fc_list(pattern: str) -> list[FontFile]:
        return sorted(_fontconfig_lines("fc-list", "--format=%{file}|%{index}\n", pattern), key=lambda f: str(f.path))

    def _all_files(self) -> list[Path]:
        if self._files is None:
            found: list[Path] = []
            for folder in self.folders:
                if folder.is_dir():
                    found += sorted(p for p in folder.rglob("*") if p.suffix.lower() in _FONT_SUFFIXES)
            self._files = found
        return self._files

    def _named(self, name: str) -> Path | None:
        for folder in self.folders:
            if not folder.is_dir():
                continue
            direct = folder / name
            if direct.is_file():
                return direct
        for path in self._all_files():
            if path.name == name:
                return path
        return None


def _fontconfig_lines(*command: str) -> list[FontFile]:
    """The TrueType and OpenType fonts a fontconfig command names, one 'file|index' a line (bitmap and Type 1
    fonts, which a PDF cannot embed as TrueType, left out); nothing when the command fails."""
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    if done.returncode != 0:
        return []
    out = []
    for line in done.stdout.splitlines():
        path, _, index = line.rpartition("|")
        if Path(path).suffix.lower() in _FONT_SUFFIXES and Path(path).is_file():
            out.append(FontFile(Path(path), int(index) if index.isdigit() else 0))
    return out


# Script names for what a report says it could not show.
_BLOCKS = [
    (0x0370, 0x03FF, "Greek"), (0x0400, 0x052F, "Cyrillic"), (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"),
    (0x0900, 0x097F, "Devanagari"), (0x0980, 0x09FF, "Bengali"), (0x0B80, 0x0BFF, "Tamil"),
    (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Lao"), (0x10A0, 0x10FF, "Georgian"), (0x1100, 0x11FF, "Hangul"),
    (0x1200, 0x137F, "Ethiopic"), (0x3040, 0x30FF, "Japanese kana"), (0x3100, 0x312F, "Bopomofo"),
    (0x3400, 0x9FFF, "CJK (Chinese, Japanese, Korean) ideographs"), (0xAC00, 0xD7AF, "Hangul"),
    (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"), (0x1F300, 0x1FAFF, "emoji"),
]  # fmt: skip
SCRIPT_NAMES = tuple(dict.fromkeys(name for _, _, name in _BLOCKS))  # every name script_of gives but "U+…"


def script_of(char: str) -> str:
    code = ord(char)
    for first, last, name in _BLOCKS:
        if first <= code <= last:
            return name
    return f"U+{code:04X}"
