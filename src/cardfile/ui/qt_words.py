"""Qt's own words on Cardfile's dialogs, marked so Cardfile's catalogues carry them for languages Qt leaves in English.

Qt ships translations of its own texts (qtbase_<lang>.qm) for Japanese, Persian and Russian, but none for Icelandic
or Thai: there the import wizard's "< Back" and "Next >", the buttons "Save" and "Yes", the file chooser (Look in,
File name, Files of type, Detail View, its columns Name, Size, Type, Date Modified, "New Folder", its questions), the
colour picker, a text field's right-click menu (Undo, Cut, Copy, Paste), the print preview's toolbar, the print
dialog and what it shows only with a CUPS printer (the printer's properties, its conflicts, its sign-in) stayed
English. Each text is marked here under the context and with the disambiguation Qt looks it up with
(`QPlatformTheme`, `QWizard`, `QFileDialog`, `QFileSystemModel`, `QAbstractFileIconProvider`, `QColorDialog`,
`QLineEdit`, `QWidgetTextControl`, `QPrintPreviewDialog`, `QPrintDialog`, `QPrintWidget`, `QPrintSettingsOutput`,
`QPageSetupWidget`, `QPrintPropertiesDialog`, `QPrintPropertiesWidget`, `QCupsJobWidget`, `QCupsPrinterSupport`;
taken from Qt 6.11 itself by recording what its dialogs ask a translator for), so
installer/translations.py puts it in every .ts and the translator fills it. Cardfile's catalogue is installed after
Qt's, so its words are the ones shown; for Japanese, Persian and Russian they start from Qt's own translations, and
also cover texts Qt 6 renamed since its catalogue was written ("&Look in:", "Files of &type:") and texts it lacks
("Pages &per sheet:"). Keyboard shortcuts Qt spells in words ("Alt+Left") are not here: translated, they would stop
working. Nothing calls these at run time but the tests that check they are translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_words() -> list[tuple[str, str, str]]:
    """(context, English, in the reader's language) for each of Qt's words Cardfile's dialogs show."""
    return [
        *_buttons(),
        *file_chooser_words(),
        *colour_picker_words(),
        *_text_menu_words(),
        *print_words(),
        *cups_words(),
    ]


def _buttons() -> list[tuple[str, str, str]]:
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


def file_chooser_words() -> list[tuple[str, str, str]]:
    """The file chooser (QFileDialog where the desktop offers none of its own): labels, buttons, tooltips, the
    columns of its detail view, its right-click menu and its questions."""
    translate = QCoreApplication.translate
    return [
        ("QFileDialog", "&Look in:", translate("QFileDialog", "&Look in:")),
        ("QFileDialog", "Back", translate("QFileDialog", "Back")),
        ("QFileDialog", "Go back", translate("QFileDialog", "Go back")),
        ("QFileDialog", "Forward", translate("QFileDialog", "Forward")),
        ("QFileDialog", "Go forward", translate("QFileDialog", "Go forward")),
        ("QFileDialog", "Parent Directory", translate("QFileDialog", "Parent Directory")),
        ("QFileDialog", "Go to the parent directory", translate("QFileDialog", "Go to the parent directory")),
        ("QFileDialog", "Create New Folder", translate("QFileDialog", "Create New Folder")),
        ("QFileDialog", "Create a New Folder", translate("QFileDialog", "Create a New Folder")),
        ("QFileDialog", "List View", translate("QFileDialog", "List View")),
        ("QFileDialog", "Change to list view mode", translate("QFileDialog", "Change to list view mode")),
        ("QFileDialog", "Detail View", translate("QFileDialog", "Detail View")),
        ("QFileDialog", "Change to detail view mode", translate("QFileDialog", "Change to detail view mode")),
        ("QFileDialog", "Sidebar", translate("QFileDialog", "Sidebar")),
        ("QFileDialog", "List of places and bookmarks", translate("QFileDialog", "List of places and bookmarks")),
        ("QFileDialog", "Files", translate("QFileDialog", "Files")),
        ("QFileDialog", "File &name:", translate("QFileDialog", "File &name:")),
        ("QFileDialog", "Files of &type:", translate("QFileDialog", "Files of &type:")),
        ("QFileDialog", "Directory:", translate("QFileDialog", "Directory:")),
        ("QFileDialog", "Directories", translate("QFileDialog", "Directories")),
        ("QFileDialog", "All Files (*)", translate("QFileDialog", "All Files (*)")),
        ("QFileDialog", "All files (*)", translate("QFileDialog", "All files (*)")),
        ("QFileDialog", "&Open", translate("QFileDialog", "&Open")),
        ("QFileDialog", "&Save", translate("QFileDialog", "&Save")),
        ("QFileDialog", "&Choose", translate("QFileDialog", "&Choose")),
        ("QFileDialog", "Open", translate("QFileDialog", "Open")),
        ("QFileDialog", "Save As", translate("QFileDialog", "Save As")),
        ("QFileDialog", "Find Directory", translate("QFileDialog", "Find Directory")),
        ("QFileDialog", "&Rename", translate("QFileDialog", "&Rename")),
        ("QFileDialog", "&Delete", translate("QFileDialog", "&Delete")),
        ("QFileDialog", "Show &hidden files", translate("QFileDialog", "Show &hidden files")),
        ("QFileDialog", "&New Folder", translate("QFileDialog", "&New Folder")),
        ("QFileDialog", "New Folder", translate("QFileDialog", "New Folder")),
        ("QFileDialog", "Recent Places", translate("QFileDialog", "Recent Places")),
        ("QFileDialog", "Delete", translate("QFileDialog", "Delete")),
        (
            "QFileDialog",
            "Are you sure you want to delete '%1'?",
            translate("QFileDialog", "Are you sure you want to delete '%1'?"),
        ),
        (
            "QFileDialog",
            "'%1' is write protected.\nDo you want to delete it anyway?",
            translate("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
        ),
        ("QFileDialog", "Could not delete directory.", translate("QFileDialog", "Could not delete directory.")),
        (
            "QFileDialog",
            "%1 already exists.\nDo you want to replace it?",
            translate("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
        ),
        (
            "QFileDialog",
            "%1\nFile not found.\nPlease verify the correct file name was given.",
            translate("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
        ),
        (
            "QFileDialog",
            "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
            translate("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."),
        ),
        ("QFileSystemModel", "Name", translate("QFileSystemModel", "Name")),
        ("QFileSystemModel", "Size", translate("QFileSystemModel", "Size")),
        ("QFileSystemModel", "Type", translate("QFileSystemModel", "Type", "All other platforms")),
        ("QFileSystemModel", "Date Modified", translate("QFileSystemModel", "Date Modified")),
        ("QFileSystemModel", "Computer", translate("QFileSystemModel", "Computer")),
        ("QFileSystemModel", "My Computer", translate("QFileSystemModel", "My Computer")),
        ("QAbstractFileIconProvider", "Drive", translate("QAbstractFileIconProvider", "Drive")),
        (
            "QAbstractFileIconProvider",
            "Folder",
            translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        ),
        ("QAbstractFileIconProvider", "Unknown", translate("QAbstractFileIconProvider", "Unknown")),
        ("QPlatformTheme", "Open", translate("QPlatformTheme", "Open")),
    ]


def colour_picker_words() -> list[tuple[str, str, str]]:
    """The colour picker (QColorDialog). ("&HTML:" is the same in every language and is left to Qt.)"""
    translate = QCoreApplication.translate
    return [
        ("QColorDialog", "Select Color", translate("QColorDialog", "Select Color")),
        ("QColorDialog", "&Basic colors", translate("QColorDialog", "&Basic colors")),
        ("QColorDialog", "&Custom colors", translate("QColorDialog", "&Custom colors")),
        ("QColorDialog", "&Add to Custom Colors", translate("QColorDialog", "&Add to Custom Colors")),
        ("QColorDialog", "&Pick Screen Color", translate("QColorDialog", "&Pick Screen Color")),
        ("QColorDialog", "Hu&e:", translate("QColorDialog", "Hu&e:")),
        ("QColorDialog", "&Sat:", translate("QColorDialog", "&Sat:")),
        ("QColorDialog", "&Val:", translate("QColorDialog", "&Val:")),
        ("QColorDialog", "&Red:", translate("QColorDialog", "&Red:")),
        ("QColorDialog", "&Green:", translate("QColorDialog", "&Green:")),
        ("QColorDialog", "Bl&ue:", translate("QColorDialog", "Bl&ue:")),
        ("QColorDialog", "A&lpha channel:", translate("QColorDialog", "A&lpha channel:")),
        (
            "QColorDialog",
            "Cursor at %1, %2\nPress ESC to cancel",
            translate("QColorDialog", "Cursor at %1, %2\nPress ESC to cancel"),
        ),
    ]


def _text_menu_words() -> list[tuple[str, str, str]]:
    """The right-click menu of a one-line text field (the file chooser's file name, every form's fields) and of a
    text box (a note)."""
    translate = QCoreApplication.translate
    return [
        ("QLineEdit", "&Undo", translate("QLineEdit", "&Undo")),
        ("QLineEdit", "&Redo", translate("QLineEdit", "&Redo")),
        ("QLineEdit", "Cu&t", translate("QLineEdit", "Cu&t")),
        ("QLineEdit", "&Copy", translate("QLineEdit", "&Copy")),
        ("QLineEdit", "&Paste", translate("QLineEdit", "&Paste")),
        ("QLineEdit", "Delete", translate("QLineEdit", "Delete")),
        ("QLineEdit", "Select All", translate("QLineEdit", "Select All")),
        ("QWidgetTextControl", "&Undo", translate("QWidgetTextControl", "&Undo")),
        ("QWidgetTextControl", "&Redo", translate("QWidgetTextControl", "&Redo")),
        ("QWidgetTextControl", "Cu&t", translate("QWidgetTextControl", "Cu&t")),
        ("QWidgetTextControl", "&Copy", translate("QWidgetTextControl", "&Copy")),
        ("QWidgetTextControl", "&Paste", translate("QWidgetTextControl", "&Paste")),
        ("QWidgetTextControl", "Delete", translate("QWidgetTextControl", "Delete")),
        ("QWidgetTextControl", "Select All", translate("QWidgetTextControl", "Select All")),
    ]


def print_words() -> list[tuple[str, str, str]]:
    """The print preview (QPrintPreviewDialog: its toolbar's actions, the tooltips naming them), the print dialog
    (QPrintDialog: printer, print range, copies, its options) and the page setup both open (QPageSetupWidget: paper,
    orientation, margins, units), as Qt 6.11 asks for them. Paper sizes (QPageSize: "A4", "Letter", "Envelope DL")
    are trade names and are left to Qt; what only a CUPS printer shows is in cups_words."""
    translate = QCoreApplication.translate
    return [
        ("QPrintPreviewDialog", "Next page", translate("QPrintPreviewDialog", "Next page")),
        ("QPrintPreviewDialog", "Previous page", translate("QPrintPreviewDialog", "Previous page")),
        ("QPrintPreviewDialog", "First page", translate("QPrintPreviewDialog", "First page")),
        ("QPrintPreviewDialog", "Last page", translate("QPrintPreviewDialog", "Last page")),
        ("QPrintPreviewDialog", "Fit width", translate("QPrintPreviewDialog", "Fit width")),
        ("QPrintPreviewDialog", "Fit page", translate("QPrintPreviewDialog", "Fit page")),
        ("QPrintPreviewDialog", "Zoom in", translate("QPrintPreviewDialog", "Zoom in")),
        ("QPrintPreviewDialog", "Zoom out", translate("QPrintPreviewDialog", "Zoom out")),
        ("QPrintPreviewDialog", "Portrait", translate("QPrintPreviewDialog", "Portrait")),
        ("QPrintPreviewDialog", "Landscape", translate("QPrintPreviewDialog", "Landscape")),
        ("QPrintPreviewDialog", "Show single page", translate("QPrintPreviewDialog", "Show single page")),
        ("QPrintPreviewDialog", "Show facing pages", translate("QPrintPreviewDialog", "Show facing pages")),
        (
            "QPrintPreviewDialog",
            "Show overview of all pages",
            translate("QPrintPreviewDialog", "Show overview of all pages"),
        ),
        ("QPrintPreviewDialog", "Print", translate("QPrintPreviewDialog", "Print")),
        ("QPrintPreviewDialog", "Page setup", translate("QPrintPreviewDialog", "Page setup")),
        ("QPrintPreviewDialog", "Print Preview", translate("QPrintPreviewDialog", "Print Preview")),
        ("QPrintDialog", "Print", translate("QPrintDialog", "Print")),
        ("QPrintWidget", "Printer", translate("QPrintWidget", "Printer")),
        ("QPrintWidget", "&Name:", translate("QPrintWidget", "&Name:")),
        ("QPrintWidget", "P&roperties", translate("QPrintWidget", "P&roperties")),
        ("QPrintWidget", "Location:", translate("QPrintWidget", "Location:")),
        ("QPrintWidget", "Preview", translate("QPrintWidget", "Preview")),
        ("QPrintWidget", "Type:", translate("QPrintWidget", "Type:")),
        ("QPrintWidget", "Output &file:", translate("QPrintWidget", "Output &file:")),
        ("QPrintSettingsOutput", "Print range", translate("QPrintSettingsOutput", "Print range")),
        ("QPrintSettingsOutput", "Print all", translate("QPrintSettingsOutput", "Print all")),
        ("QPrintSettingsOutput", "Pages from", translate("QPrintSettingsOutput", "Pages from")),
        ("QPrintSettingsOutput", "to", translate("QPrintSettingsOutput", "to")),
        ("QPrintSettingsOutput", "Pages", translate("QPrintSettingsOutput", "Pages")),
        (
            "QPrintSettingsOutput",
            "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. "
            "E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
            translate(
                "QPrintSettingsOutput",
                "Specify pages or ranges separated by commas. Ranges are specified by two "
                "numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
            ),
        ),
        ("QPrintSettingsOutput", "Current Page", translate("QPrintSettingsOutput", "Current Page")),
        ("QPrintSettingsOutput", "Selection", translate("QPrintSettingsOutput", "Selection")),
        ("QPrintSettingsOutput", "Page &Set:", translate("QPrintSettingsOutput", "Page &Set:")),
        ("QPrintSettingsOutput", "Output Settings", translate("QPrintSettingsOutput", "Output Settings")),
        ("QPrintSettingsOutput", "Copies:", translate("QPrintSettingsOutput", "Copies:")),
        ("QPrintSettingsOutput", "Collate", translate("QPrintSettingsOutput", "Collate")),
        ("QPrintSettingsOutput", "Reverse", translate("QPrintSettingsOutput", "Reverse")),
        ("QPrintSettingsOutput", "Copies", translate("QPrintSettingsOutput", "Copies")),
        ("QPrintSettingsOutput", "Color Mode", translate("QPrintSettingsOutput", "Color Mode")),
        ("QPrintSettingsOutput", "Color", translate("QPrintSettingsOutput", "Color")),
        ("QPrintSettingsOutput", "Grayscale", translate("QPrintSettingsOutput", "Grayscale")),
        ("QPrintSettingsOutput", "Double Sided Printing", translate("QPrintSettingsOutput", "Double Sided Printing")),
        ("QPrintSettingsOutput", "Off", translate("QPrintSettingsOutput", "Off")),
        ("QPrintSettingsOutput", "Long side binding", translate("QPrintSettingsOutput", "Long side binding")),
        ("QPrintSettingsOutput", "Short side binding", translate("QPrintSettingsOutput", "Short side binding")),
        ("QPrintSettingsOutput", "Options", translate("QPrintSettingsOutput", "Options")),
        ("QPrintDialog", "All Pages", translate("QPrintDialog", "All Pages")),
        ("QPrintDialog", "Odd Pages", translate("QPrintDialog", "Odd Pages")),
        ("QPrintDialog", "Even Pages", translate("QPrintDialog", "Even Pages")),
        ("QPrintDialog", "&Options >>", translate("QPrintDialog", "&Options >>")),
        ("QPrintDialog", "&Options <<", translate("QPrintDialog", "&Options <<")),
        ("QPrintDialog", "&Print", translate("QPrintDialog", "&Print")),
        ("QPrintDialog", "Print to File (PDF)", translate("QPrintDialog", "Print to File (PDF)")),
        ("QPrintDialog", "Local file", translate("QPrintDialog", "Local file")),
        ("QPrintDialog", "Write PDF file", translate("QPrintDialog", "Write PDF file")),
        ("QPrintDialog", "Print To File ...", translate("QPrintDialog", "Print To File ...")),
        (
            "QPrintDialog",
            "%1 is a directory.\nPlease choose a different file name.",
            translate("QPrintDialog", "%1 is a directory.\nPlease choose a different file name."),
        ),
        (
            "QPrintDialog",
            "File %1 is not writable.\nPlease choose a different file name.",
            translate("QPrintDialog", "File %1 is not writable.\nPlease choose a different file name."),
        ),
        (
            "QPrintDialog",
            "%1 already exists.\nDo you want to overwrite it?",
            translate("QPrintDialog", "%1 already exists.\nDo you want to overwrite it?"),
        ),
        ("QPrintPreviewDialog", "Page Setup", translate("QPrintPreviewDialog", "Page Setup")),
        ("QPageSetupWidget", "Paper", translate("QPageSetupWidget", "Paper")),
        ("QPageSetupWidget", "Page size:", translate("QPageSetupWidget", "Page size:")),
        ("QPageSetupWidget", "Width:", translate("QPageSetupWidget", "Width:")),
        ("QPageSetupWidget", "Height:", translate("QPageSetupWidget", "Height:")),
        ("QPageSetupWidget", "Paper source:", translate("QPageSetupWidget", "Paper source:")),
        ("QPageSetupWidget", "Orientation", translate("QPageSetupWidget", "Orientation")),
        ("QPageSetupWidget", "Portrait", translate("QPageSetupWidget", "Portrait")),
        ("QPageSetupWidget", "Landscape", translate("QPageSetupWidget", "Landscape")),
        ("QPageSetupWidget", "Reverse landscape", translate("QPageSetupWidget", "Reverse landscape")),
        ("QPageSetupWidget", "Reverse portrait", translate("QPageSetupWidget", "Reverse portrait")),
        ("QPageSetupWidget", "Margins", translate("QPageSetupWidget", "Margins")),
        ("QPageSetupWidget", "top margin", translate("QPageSetupWidget", "top margin")),
        ("QPageSetupWidget", "left margin", translate("QPageSetupWidget", "left margin")),
        ("QPageSetupWidget", "right margin", translate("QPageSetupWidget", "right margin")),
        ("QPageSetupWidget", "bottom margin", translate("QPageSetupWidget", "bottom margin")),
        ("QPageSetupWidget", "Page Layout", translate("QPageSetupWidget", "Page Layout")),
        ("QPageSetupWidget", "Page &order:", translate("QPageSetupWidget", "Page &order:")),
        ("QPageSetupWidget", "Pages &per sheet:", translate("QPageSetupWidget", "Pages &per sheet:")),
        ("QPageSetupWidget", "Millimeters (mm)", translate("QPageSetupWidget", "Millimeters (mm)")),
        ("QPageSetupWidget", "Inches (in)", translate("QPageSetupWidget", "Inches (in)")),
        ("QPageSetupWidget", "Points (pt)", translate("QPageSetupWidget", "Points (pt)")),
        ("QPageSetupWidget", "Pica (P̸)", translate("QPageSetupWidget", "Pica (P̸)")),
        ("QPageSetupWidget", "Didot (DD)", translate("QPageSetupWidget", "Didot (DD)")),
        ("QPageSetupWidget", "Cicero (CC)", translate("QPageSetupWidget", "Cicero (CC)")),
        ("QPrintDialog", "Left to Right, Top to Bottom", translate("QPrintDialog", "Left to Right, Top to Bottom")),
        ("QPrintDialog", "Left to Right, Bottom to Top", translate("QPrintDialog", "Left to Right, Bottom to Top")),
        ("QPrintDialog", "Right to Left, Bottom to Top", translate("QPrintDialog", "Right to Left, Bottom to Top")),
        ("QPrintDialog", "Right to Left, Top to Bottom", translate("QPrintDialog", "Right to Left, Top to Bottom")),
        ("QPrintDialog", "Bottom to Top, Left to Right", translate("QPrintDialog", "Bottom to Top, Left to Right")),
        ("QPrintDialog", "Bottom to Top, Right to Left", translate("QPrintDialog", "Bottom to Top, Right to Left")),
        ("QPrintDialog", "Top to Bottom, Left to Right", translate("QPrintDialog", "Top to Bottom, Left to Right")),
        ("QPrintDialog", "Top to Bottom, Right to Left", translate("QPrintDialog", "Top to Bottom, Right to Left")),
        ("QPageSetupWidget", "Custom", translate("QPageSetupWidget", "Custom")),
        ("QPageSetupWidget", "mm", translate("QPageSetupWidget", "mm")),
        ("QPrintPropertiesDialog", "Printer Properties", translate("QPrintPropertiesDialog", "Printer Properties")),
        ("QPrintPropertiesWidget", "Page", translate("QPrintPropertiesWidget", "Page")),
        ("QPrintPropertiesWidget", "Advanced", translate("QPrintPropertiesWidget", "Advanced")),
        (
            "QPrintPropertiesWidget",
            "There are conflicts in some options. Please fix them.",
            translate("QPrintPropertiesWidget", "There are conflicts in some options. Please fix them."),
        ),
        ("QPrintPropertiesDialog", "Job Options", translate("QPrintPropertiesDialog", "Job Options")),
    ]


def cups_words() -> list[tuple[str, str, str]]:
    """What the print dialog shows only where CUPS offers a printer (Linux and other Unix desktops), as Qt 6.11 asks
    for it with a CUPS printer installed: the printer properties' job page (QCupsJobWidget: when to print, billing,
    priority, banner pages), the conflicts between a printer's options that its driver (PPD) forbids together
    (page setup, advanced options, double-sided printing), pages per sheet with a page set, a page list it cannot
    read, the name a screen reader gives an option's own value, and the sign-in a password-protected printer asks
    for (QCupsPrinterSupport). The advanced page's option names and values ("Media Source", "Tray 1") are the
    printer driver's own words, not Qt's; "1 (1x1)" and the other pages-per-sheet counts read the same everywhere
    (Qt's Persian has its own digits for them). "Job" is the job page's form title, which no window shows, kept
    because Qt's catalogues carry it."""
    translate = QCoreApplication.translate
    return [
        ("QCupsJobWidget", "Job", translate("QCupsJobWidget", "Job")),
        ("QCupsJobWidget", "Job Control", translate("QCupsJobWidget", "Job Control")),
        ("QCupsJobWidget", "Scheduled &printing:", translate("QCupsJobWidget", "Scheduled &printing:")),
        ("QCupsJobWidget", "&Billing information:", translate("QCupsJobWidget", "&Billing information:")),
        ("QCupsJobWidget", "Job &priority:", translate("QCupsJobWidget", "Job &priority:")),
        ("QCupsJobWidget", "Banner Pages", translate("QCupsJobWidget", "Banner Pages")),
        ("QCupsJobWidget", "&Start:", translate("QCupsJobWidget", "&Start:", "Banner page at start")),
        ("QCupsJobWidget", "&End:", translate("QCupsJobWidget", "&End:", "Banner page at end")),
        ("QCupsJobWidget", "Print Immediately", translate("QCupsJobWidget", "Print Immediately")),
        ("QCupsJobWidget", "Hold Indefinitely", translate("QCupsJobWidget", "Hold Indefinitely")),
        ("QCupsJobWidget", "Day (06:00 to 17:59)", translate("QCupsJobWidget", "Day (06:00 to 17:59)")),
        ("QCupsJobWidget", "Night (18:00 to 05:59)", translate("QCupsJobWidget", "Night (18:00 to 05:59)")),
        (
            "QCupsJobWidget",
            "Second Shift (16:00 to 23:59)",
            translate("QCupsJobWidget", "Second Shift (16:00 to 23:59)"),
        ),
        (
            "QCupsJobWidget",
            "Third Shift (00:00 to 07:59)",
            translate("QCupsJobWidget", "Third Shift (00:00 to 07:59)"),
        ),
        (
            "QCupsJobWidget",
            "Weekend (Saturday to Sunday)",
            translate("QCupsJobWidget", "Weekend (Saturday to Sunday)"),
        ),
        ("QCupsJobWidget", "Specific Time", translate("QCupsJobWidget", "Specific Time")),
        ("QCupsJobWidget", "None", translate("QCupsJobWidget", "None", "CUPS Banner page")),
        ("QCupsJobWidget", "Standard", translate("QCupsJobWidget", "Standard", "CUPS Banner page")),
        ("QCupsJobWidget", "Unclassified", translate("QCupsJobWidget", "Unclassified", "CUPS Banner page")),
        ("QCupsJobWidget", "Confidential", translate("QCupsJobWidget", "Confidential", "CUPS Banner page")),
        ("QCupsJobWidget", "Classified", translate("QCupsJobWidget", "Classified", "CUPS Banner page")),
        ("QCupsJobWidget", "Secret", translate("QCupsJobWidget", "Secret", "CUPS Banner page")),
        ("QCupsJobWidget", "Top Secret", translate("QCupsJobWidget", "Top Secret", "CUPS Banner page")),
        ("QPrintPropertiesDialog", "Page Setup Conflicts", translate("QPrintPropertiesDialog", "Page Setup Conflicts")),
        (
            "QPrintPropertiesDialog",
            "There are conflicts in page setup options. Do you want to fix them?",
            translate("QPrintPropertiesDialog", "There are conflicts in page setup options. Do you want to fix them?"),
        ),
        (
            "QPrintPropertiesDialog",
            "Advanced Option Conflicts",
            translate("QPrintPropertiesDialog", "Advanced Option Conflicts"),
        ),
        (
            "QPrintPropertiesDialog",
            "There are conflicts in some advanced options. Do you want to fix them?",
            translate(
                "QPrintPropertiesDialog", "There are conflicts in some advanced options. Do you want to fix them?"
            ),
        ),
        ("QPrintPropertiesDialog", "Custom value for %1", translate("QPrintPropertiesDialog", "Custom value for %1")),
        ("QPrintDialog", "Duplex Settings Conflicts", translate("QPrintDialog", "Duplex Settings Conflicts")),
        (
            "QPrintDialog",
            "There are conflicts in duplex settings. Do you want to fix them?",
            translate("QPrintDialog", "There are conflicts in duplex settings. Do you want to fix them?"),
        ),
        (
            "QPrintDialog",
            "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those options off.",
            translate(
                "QPrintDialog",
                "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\n"
                "Please turn one of those options off.",
            ),
        ),
        ("QPrintDialog", "Invalid Pages Definition", translate("QPrintDialog", "Invalid Pages Definition")),
        (
            "QPrintDialog",
            "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define "
            "ranges and make sure ranges do not intersect with each other.",
            translate(
                "QPrintDialog",
                "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define "
                "ranges and make sure ranges do not intersect with each other.",
            ),
        ),
        ("QCupsPrinterSupport", "Authentication Needed", translate("QCupsPrinterSupport", "Authentication Needed")),
        (
            "QCupsPrinterSupport",
            "Authentication needed to use %1.",
            translate("QCupsPrinterSupport", "Authentication needed to use %1."),
        ),
        (
            "QCupsPrinterSupport",
            "Authentication needed to use %1 on %2.",
            translate("QCupsPrinterSupport", "Authentication needed to use %1 on %2."),
        ),
        ("QCupsPrinterSupport", "Username:", translate("QCupsPrinterSupport", "Username:")),
        ("QCupsPrinterSupport", "Password:", translate("QCupsPrinterSupport", "Password:")),
    ]
