"""File ▸ Print: the list as it is shown, or the card of the record shown, laid out as a document and shown in a
print preview first.

The records come from the services (the list's own `rows`, the kind's `card` description); a QTextDocument lays
them out and Qt's print preview pages and prints it. A list prints what is selected (when several records are) or
else everything it shows under its filter, up to PRINT_LIMIT records: 100,000 contacts make no sense on paper, and
the page says how many were left out and how to print others.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QLabel, QWidget

from cardfile.ui.dates import format_datetime
from cardfile.ui.records.card import CardBuilder, Row
from cardfile.ui.widgets.basics import paragraphs_markup, strong_direction

if TYPE_CHECKING:
    from cardfile.services import Services
    from cardfile.ui.records.kind import RecordKind
    from cardfile.ui.records.list_page import RecordListPage

PRINT_LIMIT = 1000  # records a printed list holds at most (about 45 pages; laying out 2,000 froze the window 6 s)
NOTES_PRINTED = 20  # the newest notes printed under a card
UNBROKEN_COLUMNS = frozenset({"phone"})  # values printed without a line break between their words
DEFAULT_COLUMN_WIDTH = 100  # the share on paper of a column that asks for no width on screen

_STYLE = """
body { font-size: 10pt; }
h1 { font-size: 16pt; margin: 0; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 2px; }
p.subtitle, p.note, td.label, p.printed { color: #555; }
table.list { border-collapse: collapse; font-size: 9pt; }
table.list th { border-bottom: 1px solid #888; padding: 2px 8px 2px 0; }
table.list td { padding: 2px 8px 2px 0; border-bottom: 1px solid #ddd; }
td.label { padding-right: 12px; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


LEFT_TO_RIGHT_EMBEDDING, RIGHT_TO_LEFT_EMBEDDING, POP_DIRECTIONAL_FORMATTING = "\u202a", "\u202b", "\u202c"


def _cell(text: str) -> str:
    """A value from the database, escaped, laid out in its own direction whatever the page's: a Persian name in an
    English list, and '+354 555 1234' or 'Contoso Ltd.' on a right-to-left page (where the + and the full stop
    moved to the wrong end). Text with no letters (a phone number) reads left to right."""
    escaped = html.escape(text).replace("\n", "<br>")
    rtl = strong_direction(text) == Qt.LayoutDirection.RightToLeft
    embedding = RIGHT_TO_LEFT_EMBEDDING if rtl else LEFT_TO_RIGHT_EMBEDDING
    return f"{embedding}{escaped}{POP_DIRECTIONAL_FORMATTING}"


def _unbroken(text: str) -> str:
    """A phone number's groups kept together on paper ('+354 555 1234' never over two lines)."""
    return text.replace(" ", "\u00a0")


def _document(title: str, body: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    direction = "rtl" if QGuiApplication.isRightToLeft() else "ltr"
    document.setHtml(
        f'<html dir="{direction}"><head><title>{html.escape(title)}</title></head><body>{body}</body></html>'
    )
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def _printed_on() -> str:
    return _tr("Printed {when}").format(when=format_datetime(datetime.now(UTC)))


# ----- the list -----


def list_document(page: RecordListPage) -> tuple[QTextDocument, int, int]:
    """The list as a table of its shown columns: the selected records when several are selected, else every record
    the list shows (under its filter), up to PRINT_LIMIT. Returns the document, how many records it holds, and how
    many were to print."""
    selected = page.selected_ids() if page.selected_count() > 1 else []
    wanted = selected or page.model.ids()
    printed_ids = wanted[:PRINT_LIMIT]
    rows = page.service.rows(printed_ids)
    columns = {column.key: column for column in page.model.columns()}
    shown = [columns[key] for key in page.shown_columns()]
    locale = QLocale()
    if selected:
        scope = _tr("{records} selected").format(records=page.records_text(len(selected)))
    elif page.model.query.filtered:
        scope = _tr("{records} (filtered)").format(records=page.records_text(len(wanted)))
    else:
        scope = page.records_text(len(wanted))
    parts = [f"<h1>{html.escape(page.words.title)}</h1>", f'<p class="subtitle">{html.escape(scope)}</p>']
    if len(wanted) > len(printed_ids):
        note = _tr(
            "Only the first {printed} of {count} are printed. Select the records to print, or narrow the list "
            "with a filter or a lookup."
        ).format(printed=locale.toString(len(printed_ids)), count=locale.toString(len(wanted)))
        parts.append(f'<p class="note"><b>{html.escape(note)}</b></p>')
    # Each column gets the share of the page its width has on screen (Qt's own table layout gives a long email
    # address most of the page and squeezes names to a few letters a line); a phone number keeps its groups on one
    # line.
    total = sum(column.width or DEFAULT_COLUMN_WIDTH for column in shown) or 1
    side = "right" if QGuiApplication.isRightToLeft() else "left"  # headings start where the cells do
    header = "".join(
        f'<th align="{side}" width="{round(100 * (column.width or DEFAULT_COLUMN_WIDTH) / total)}%">'
        f"{html.escape(column.title)}</th>"
        for column in shown
    )
    lines = "".join(
        "<tr>"
        + "".join(
            f"<td>{_cell(_unbroken(column.text(row)) if column.key in UNBROKEN_COLUMNS else column.text(row))}</td>"
            for column in shown
        )
        + "</tr>"
        for row in rows
    )
    parts.append(f'<table class="list" width="100%" cellspacing="0"><thead><tr>{header}</tr></thead>{lines}</table>')
    parts.append(f'<p class="printed">{html.escape(_printed_on())}</p>')
    return _document(page.words.title, "".join(parts)), len(rows), len(wanted)


# ----- a card -----


class PrintedCard(CardBuilder):
    """A kind's card described for paper: the same sections its `card` function fills on screen, as HTML. Links
    print as their words; the widgets of the screen (buttons, pictures) are left out."""

    def __init__(self) -> None:
        super().__init__(lambda _target: None)
        self._parts: list[str] = []

    def header(
        self,
        name: str,
        subtitle: Sequence[tuple[str, str | None]],
        *,
        picture: bytes | None = None,
        trailing: QWidget | None = None,
        avatar: bool = True,
    ) -> None:
        self._parts.append(f"<h1>{_cell(name)}</h1>")  # paper shows no picture nor avatar
        pieces = [text for text, _link in subtitle if text]
        if pieces:
            self._parts.append(f'<p class="subtitle">{" · ".join(_cell(p) for p in pieces)}</p>')

    def section(self, title: str, rows: Iterable[Row]) -> None:
        texts = [(label, text) for label, text in ((label, _printed(value)) for label, value in rows) if text]
        if not texts:
            return
        cells = "".join(
            f'<tr><td class="label" valign="top" width="18%">{_cell(label)}</td><td>{_cell(text)}</td></tr>'
            for label, text in texts
        )
        self._parts.append(f"<h2>{html.escape(title)}</h2><table cellspacing='0' width='100%'>{cells}</table>")

    def link(self, text: str, target: str) -> QLabel:
        label = QLabel()
        label.setProperty("printed", text)
        return label

    def reach(self, text: str, target: str) -> QWidget:
        return self.link(text, target)

    def link_list(self, title: str, lines: Sequence[tuple[str, str, str]], more: str = "") -> None:
        if not lines:
            return
        items = "".join(
            f"<li>{_cell(text)}{' · ' + _cell(detail) if detail else ''}</li>" for text, _t, detail in lines
        )
        more_text = f'<p class="note">{html.escape(more)}</p>' if more else ""
        self._parts.append(f"<h2>{html.escape(title)}</h2><ul>{items}</ul>{more_text}")

    def tags(self, title: str, tags: Sequence[str]) -> None:
        if tags:
            self._parts.append(f"<h2>{html.escape(title)}</h2><p>{', '.join(_cell(t) for t in tags)}</p>")

    def paragraph(self, title: str, text: str) -> None:
        if text.strip():
            self._parts.append(f"<h2>{html.escape(title)}</h2>{paragraphs_markup(text.strip(), _direction())}")

    def add(self, widget: QWidget, *, spacing: int = 14) -> None:
        """Widgets of the screen (a list of a company's people is printed by its link_list) are not printed."""

    def notes(self, services: Services, record_id: str) -> None:
        """The record's newest notes, each with when and by whom."""
        notes = services.notes.list(record_id=record_id)[:NOTES_PRINTED]
        if not notes:
            return
        me = services.history.user()
        entries = []
        for note in notes:
            who = _tr("you") if note.meta.owner_id == me else note.meta.owner_id
            when = _tr("{when} · {user}").format(when=format_datetime(note.meta.created_at), user=who)
            entries.append(f'<p class="subtitle">{html.escape(when)}</p>{paragraphs_markup(note.body, _direction())}')
        self._parts.append(f"<h2>{html.escape(_tr('Notes'))}</h2>{''.join(entries)}")

    def html(self) -> str:
        return "".join(self._parts) + f'<p class="printed">{html.escape(_printed_on())}</p>'


def _printed(value: str | QWidget) -> str:
    if isinstance(value, QWidget):
        printed = value.property("printed")
        return str(printed) if printed else ""
    return value


def _direction() -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if QGuiApplication.isRightToLeft() else Qt.LayoutDirection.LeftToRight


def card_document(kind: RecordKind, services: Services, record_id: str) -> QTextDocument | None:
    """A record's card and its newest notes; None when the record is gone."""
    record: Any = kind.read(services, record_id)
    if record is None:
        return None
    printed = PrintedCard()
    kind.card(printed, record, services)
    printed.notes(services, record_id)
    return _document(record.display_name, printed.html())


# ----- the preview -----


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview of one document (it pages it for the printer chosen and prints it)."""

    def __init__(self, document: QTextDocument, parent: QWidget | None = None, *, landscape: bool = False) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if landscape:  # a list's four or more columns (the user can turn the page back in the preview)
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        super().__init__(printer, parent)
        self._printer = printer  # kept alive as long as the dialog
        self.setObjectName("printPreview")
        self.document = document
        document.setParent(self)
        self.setWindowTitle(_tr("Print Preview — {title}").format(
            title=document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)))  # fmt: skip
        self.paintRequested.connect(self._paint)
        self.resize(860, 700)

    def _paint(self, printer: QPrinter) -> None:
        self.document.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
        self.document.print_(printer)
