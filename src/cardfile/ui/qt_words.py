"""Qt's own words on Cardfile's dialogs, marked so Cardfile's catalogues carry them for languages Qt leaves in English.

Qt ships translations of its standard buttons and of the import wizard's Back/Next/Finish for Japanese, Persian and
Russian, but none for Icelandic or Thai: there "< Back", "Next >", "Save" and "Yes" stayed English. Each text is
marked here under the context Qt looks it up in (`QPlatformTheme`, `QWizard`), so installer/translations.py puts it
in every .ts and the translator fills it; Cardfile's catalogue is installed after Qt's, so its words are the ones
shown. Nothing calls these at run time but the test that checks they are translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_words() -> list[tuple[str, str, str]]:
    """(context, English, in the reader's language) for each of Qt's words Cardfile's dialogs show."""
    translate = QCoreApplication.translate
    return [
        ("QPlatformTheme", "OK", translate("QPlatformTheme", "OK")),
        ("QPlatformTheme", "Save", translate("QPlatformTheme", "Save")),
        ("QPlatformTheme", "Close", translate("QPlatformTheme", "Close")),
        ("QPlatformTheme", "Cancel", translate("QPlatformTheme", "Cancel")),
        ("QPlatformTheme", "Discard", translate("QPlatformTheme", "Discard")),
        ("QPlatformTheme", "Apply", translate("QPlatformTheme", "Apply")),
        ("QPlatformTheme", "&Yes", translate("QPlatformTheme", "&Yes")),
        ("QPlatformTheme", "&No", translate("QPlatformTheme", "&No")),
        ("QWizard", "< &Back", translate("QWizard", "< &Back")),
        ("QWizard", "&Next >", translate("QWizard", "&Next >")),
        ("QWizard", "&Finish", translate("QWizard", "&Finish")),
        ("QWizard", "Cancel", translate("QWizard", "Cancel")),
        ("QWizard", "&Help", translate("QWizard", "&Help")),
    ]
