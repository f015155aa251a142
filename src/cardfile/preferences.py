"""This computer's preferences that belong to no database: the interface language, in a config file.

`preferences.ini` in Cardfile's config directory (paths.config_dir()) holds them; `CARDFILE_LANG` overrides the
language for one run (tests, screenshots, a person trying another language). Window geometry and other UI state
are kept apart, by Qt, in ui-state.ini.
"""

from __future__ import annotations

import configparser
import os
import re
from pathlib import Path

from cardfile import paths

FILE_NAME = "preferences.ini"
LANGUAGE_ENV = "CARDFILE_LANG"
_SECTION = "interface"
# A BCP 47 / POSIX locale name as people write it: fa, pt_BR, sr-Latn-RS, de_DE.UTF-8 (the encoding is dropped).
_LOCALE_NAME = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")


# The languages Settings offers, each named in its own language (a reader looks for their own language's name).
INTERFACE_LANGUAGES = (
    ("en", "English"),
    ("is", "Íslenska"),
    ("ja", "日本語"),
    ("fa", "فارسی"),
    ("th", "ไทย"),
    ("ru", "Русский"),
)


def preferences_file() -> Path:
    return paths.config_dir() / FILE_NAME


def normalized_language(value: str | None) -> str | None:
    """`fa`, `pt_BR`… from what a person or the environment wrote; None for empty, `system` or nonsense."""
    if not value:
        return None
    text = value.strip().split(".", 1)[0].split("@", 1)[0]
    if text.lower() in ("", "system", "c", "posix") or not _LOCALE_NAME.match(text):
        return None
    return text.replace("-", "_")


def chosen_language(environ: dict[str, str] | None = None) -> str | None:
    """The language asked for (`CARDFILE_LANG`, else the preferences file), or None to follow the system."""
    environ = dict(os.environ) if environ is None else environ
    override = environ.get(LANGUAGE_ENV)
    if override is not None and override.strip():
        return normalized_language(override)
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(preferences_file(), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None  # an unreadable preferences file must never keep the app from starting
    return normalized_language(parser.get(_SECTION, "language", fallback=None))


def saved_language() -> str | None:
    """The language chosen in Settings (the preferences file), whatever CARDFILE_LANG says for this run."""
    return chosen_language({})


def set_language(language: str | None) -> None:
    """Remember `language` (None: follow the system) for the next start; other preferences are kept."""
    path = preferences_file()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        parser = configparser.ConfigParser(interpolation=None)  # replaced by a good one rather than kept broken
    if not parser.has_section(_SECTION):
        parser.add_section(_SECTION)
    parser.set(_SECTION, "language", normalized_language(language) or "system")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        parser.write(handle)
    os.replace(temporary, path)
