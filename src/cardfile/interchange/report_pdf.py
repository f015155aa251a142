"""A report as a PDF document: title, date, filters, notes, tables with their headings on every page, page numbers.

Text is shaped with HarfBuzz (through fpdf2 and uharfbuzz), so Thai clusters, Persian and Arabic joining and
right-to-left order come out as a reader expects, and fonts are embedded (subsets of the fonts found on this
computer; see fonts.py), so the file reads the same everywhere and its text can be searched and copied.
No Qt: the command line renders it, and the desktop app's "Save as PDF" uses this same module.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cardfile.domain.errors import CardfileError
from cardfile.domain.report_cells import Count, Moment, Scripts
from cardfile.interchange.fonts import FontFile, FontFinder, script_of
from cardfile.interchange.report import Report, Table


class NoFont(CardfileError):
    code = "no_font"
    template = (
        "No TrueType or OpenType font was found on this computer (looked with fontconfig and in {folders}); "
        "install one (for example DejaVu Sans or Noto Sans) to make PDF reports"
    )
    environment = True


@dataclass(frozen=True, slots=True)
class PdfResult:
    data: bytes
    fonts: list[str]  # the font files embedded
    missing_scripts: list[str]  # scripts no font on this computer has (shown as boxes; the report says so)


@dataclass(frozen=True, slots=True)
class _Worded:
    """Every text of a report in its language, worded once (a long report has a hundred thousand cells)."""

    title: str
    generated: str
    filters: list[str]
    notes: list[str]
    tables: list[tuple[str, list[str], list[list[str]], list[list[str]]]]  # title, headings, rows, total rows

    def texts(self) -> list[str]:
        out = [self.title, *self.filters, *self.notes]
        for title, headings, rows, totals in self.tables:
            out += [title, *headings]
            for row in [*rows, *totals]:
                out += row
        return out


def _worded(report: Report) -> _Worded:
    text = report.text
    return _Worded(
        text(report.title),
        report.word("generated").format(when=text(Moment(report.generated_at))),
        [f"{text(what)}: {text(value)}" for what, value in report.filters],
        [text(note) for note in report.notes],
        [
            (
                text(t.title),
                [report.heading(c) for c in t.columns],
                [[text(cell) for cell in row] for row in t.cells],
                [[text(cell) for cell in row] for row in t.total_cells],
            )
            for t in report.tables
        ],
    )


def _texts(report: Report) -> list[str]:
    return _worded(report).texts()


# Scripts whose letters change shape or order with their neighbours (Arabic and Hebrew with right-to-left order,
# the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer …) and combining marks: text with any of these is shaped
# by HarfBuzz; text without them (Latin, Cyrillic, Greek, CJK) is laid out directly, several times faster.
_SHAPED = [(0x0300, 0x036F), (0x0590, 0x08FF), (0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x0F00, 0x109F),
           (0x1780, 0x17FF), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x200C, 0x200F), (0x202A, 0x202E),
           (0xFB1D, 0xFDFF), (0xFE20, 0xFE2F), (0xFE70, 0xFEFF)]  # fmt: skip


def needs_shaping(texts: list[str]) -> bool:
    return any(first <= ord(ch) <= last for text in texts for ch in text for first, last in _SHAPED if ord(ch) >= 0x300)


def choose_fonts(
    report: Report, finder: FontFinder, texts: list[str] | None = None
) -> tuple[FontFile, FontFile | None, list[FontFile], list[str]]:
    """The main font (regular, bold), fallback fonts for every character it lacks, and the scripts nobody has."""
    main = finder.main()
    if main is None:
        raise NoFont(folders=", ".join(str(f) for f in finder.folders))
    regular, bold = main
    fallbacks: list[FontFile] = []
    missing: dict[str, None] = {}
    seen: set[str] = set()
    for text in _texts(report) if texts is None else texts:
        for char in text:
            if char in seen or char.isspace() or not char.isprintable():
                continue
            seen.add(char)
            if finder.covers(regular, char) or any(finder.covers(f, char) for f in fallbacks):
                continue
            font = finder.font_for(char, exclude=[regular, *fallbacks])
            if font is None:
                missing[script_of(char)] = None
            else:
                fallbacks.append(font)
    return regular, bold, fallbacks, list(missing)


def render_pdf(report: Report, finder: FontFinder | None = None) -> PdfResult:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    finder = finder or FontFinder()
    worded = _worded(report)
    every_digit = report.text(Count(1234567890))  # the page numbers' digits need a font too
    texts = [*worded.texts(), report.word("page").format(page=every_digit, pages=every_digit)]
    regular, bold, fallbacks, missing = choose_fonts(report, finder, texts)
    notes = list(worded.notes)
    if missing:
        notes.insert(0, report.word("missing_fonts").format(scripts=report.text(Scripts(tuple(missing)))))

    page_words = report.word("page")
    near, far = ("R", "L") if report.right_to_left else ("L", "R")

    pdf = FPDF(orientation="landscape", unit="mm", format="A4")
    pdf.set_title(worded.title)
    pdf.set_creator("Cardfile")
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.set_margins(14, 14, 14)
    pdf.add_font("main", "", str(regular.path), collection_font_number=regular.index)
    strong = bold or regular
    pdf.add_font("main", "B", str(strong.path), collection_font_number=strong.index)
    names = []
    for n, font in enumerate(fallbacks):
        name = f"fallback{n}"
        pdf.add_font(name, "", str(font.path), collection_font_number=font.index)
        pdf.add_font(name, "B", str(font.path), collection_font_number=font.index)
        names.append(name)
    if names:
        pdf.set_fallback_fonts(names, exact_match=False)
    if needs_shaping(texts):
        pdf.set_text_shaping(True)
    # no "{nb}" alias (a deal named "{nb}" would read as the page count): the footers are written once the pages
    # are counted, in the reader's digits
    pdf.alias_nb_pages(None)  # type: ignore[arg-type]  # documented as the way to turn it off
    pdf.add_page()

    pdf.set_font("main", "B", 16)
    pdf.multi_cell(0, 8, worded.title, new_x="LMARGIN", new_y="NEXT", align=near)
    pdf.set_font("main", "", 9)
    pdf.set_text_color(70)
    pdf.multi_cell(0, 5, worded.generated, new_x="LMARGIN", new_y="NEXT", align=near)
    for line in worded.filters:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT", align=near)
    pdf.set_text_color(0)
    for note in notes:
        pdf.multi_cell(0, 5, note, new_x="LMARGIN", new_y="NEXT", align=near)
    for table, words in zip(report.tables, worded.tables, strict=True):
        _table(pdf, table, words, report, FontFace)
    pages = pdf.pages_count
    pdf.set_auto_page_break(auto=False)
    for number in range(1, pages + 1):
        pdf.page = number
        pdf.set_y(-12)
        pdf.set_font("main", size=8)
        pdf.set_text_color(90)
        pdf.cell(0, 6, worded.title, align=near)
        pdf.set_x(pdf.l_margin)
        numbers = page_words.format(page=report.text(Count(number)), pages=report.text(Count(pages)))
        pdf.cell(0, 6, numbers, align=far)
    return PdfResult(bytes(pdf.output()), [f.name for f in [regular, *(x for x in [bold] if x), *fallbacks]], missing)


def _table(
    pdf: object,
    table: Table,
    words: tuple[str, list[str], list[list[str]], list[list[str]]],
    report: Report,
    face: type,
) -> None:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    title, headings, rows, totals = words
    rtl = report.right_to_left
    near = "R" if rtl else "L"
    pdf.ln(4)
    pdf.set_font("main", "B", 11)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT", align=near)
    pdf.set_font("main", "", 8.5)
    if not rows:
        pdf.multi_cell(0, 6, report.word("no_rows"), new_x="LMARGIN", new_y="NEXT", align=near)
        return

    def order(cells: list[Any]) -> list[Any]:
        """Right to left, the first column on the right (a PDF table is laid out left to right)."""
        return cells[::-1] if rtl else cells

    widths = tuple(order([c.weight for c in table.columns]))
    aligns = tuple(
        order([("LEFT" if rtl else "RIGHT") if c.numeric else ("RIGHT" if rtl else "LEFT") for c in table.columns])
    )
    headings, rows, totals = order(headings), [order(r) for r in rows], [order(r) for r in totals]
    heading_style = face(emphasis="BOLD", fill_color=(230, 230, 230))
    with pdf.table(
        col_widths=widths,
        text_align=aligns,
        headings_style=heading_style,
        line_height=5,
        borders_layout="HORIZONTAL_LINES",
        repeat_headings=1,
    ) as grid:
        heading = grid.row()
        for text in headings:
            heading.cell(text)
        for row in rows:
            line = grid.row()
            for cell in row:
                line.cell(cell)
        for row in totals:
            line = grid.row(style=face(emphasis="BOLD"))
            for cell in row:
                line.cell(cell)


def write_pdf(report: Report, path: Path, finder: FontFinder | None = None) -> PdfResult:
    result = render_pdf(report, finder)
    path.write_bytes(result.data)
    return result
