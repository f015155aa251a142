"""Where Cardfile's own files are: icons, translations, sample data and both Alembic migration trees.

One answer for the three ways Cardfile runs:

- from a source checkout (also an editable install, what `python3 dev.py run` makes): `resources/` at the top of
  the repository, beside `src/`;
- installed from a wheel: `resources/` goes to `<prefix>/share/cardfile/` (the wheel's data files, see
  pyproject.toml), where Linux packaging puts a program's data too;
- frozen by PyInstaller (`build_installer.spec`): `resources/` inside the bundle's folder (`sys._MEIPASS`).

The migrations are Python packages of `cardfile.store` and `cardfile.server` and travel with them in all three
(package data of the wheel, datas of the bundle); they are named here so that every file Cardfile reads from its
own installation is found through this module.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
SHARE_NAME = "cardfile"
# The application's id on Linux desktops: the .desktop entry's and the AppStream metadata's file names.
DESKTOP_ID = "org.cardfile.Cardfile"

# The interface languages Cardfile is translated into (resources/translations/cardfile_<code>.ts); the bundle takes
# Qt's own translations (qtbase_<code>.qm) for these. A test keeps it equal to the .ts files present.
LANGUAGES = ("fa", "is", "ja", "ru", "th")
# The language the code is written in. Its cardfile_en.ts holds only the texts with a number (%n), in English's
# singular and plural forms ("1 contact", "2 contacts" for "%n contact(s)"); it is loaded for English and for any
# language Cardfile has no translation of.
SOURCE_LANGUAGE = "en"


def _candidates() -> list[Path]:
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(_PACKAGE.parents[1] / "resources")  # src/cardfile → the repository root
    found.append(Path(sys.prefix) / "share" / SHARE_NAME)
    return found


def resources_dir() -> Path:
    """The folder holding icons/ and translations/; raises FileNotFoundError naming the places looked in."""
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(
        "Cardfile's resources (icons, translations) are missing; looked in " + ", ".join(map(str, candidates))
    )


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def help_dir() -> Path:
    """The user guide shown by Help ▸ User Guide (resources/help/guide.html)."""
    return resources_dir() / "help"


def store_migrations() -> Path:
    """The Alembic scripts of the local database (cardfile.store.migrations)."""
    return _PACKAGE / "store" / "migrations"


def server_migrations() -> Path:
    """The Alembic scripts of the sync server's database (cardfile.server.migrations)."""
    return _PACKAGE / "server" / "migrations"
