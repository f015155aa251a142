"""Reports in each format: CSV and JSON carry exact decimals per currency, and the PDF is a real document whose text
can be read back in every script Cardfile promises (Icelandic, Russian, Japanese, Thai, Persian).

The PDF tests need fonts for those scripts on this computer (Debian: fonts-dejavu-core, fonts-noto-core,
fonts-noto-cjk; .ci/run installs them). Without them they skip, naming the missing font; with CI set they fail.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import CompanyCreate, ContactCreate, DealCreate, validate
from cardfile.domain.report_cells import (
    Cell,
    Count,
    Day,
    Money,
    Name,
    Overdue,
    Percent,
    Period,
    Range,
    Status,
    Text,
    Word,
)
from cardfile.interchange.fonts import FontFile, FontFinder
from cardfile.interchange.report import to_csv, to_json
from cardfile.interchange.report_pdf import NoFont, render_pdf
from cardfile.services import Services, open_database
from cardfile.services.sales import DealFilter

SCRIPTS = {
    "Icelandic": ("Jónsdóttir ehf.", "Þórunn Jónsdóttir", "ISK"),
    "Russian": ("ООО «Урал-Строй»", "Пётр Петров", "RUB"),
    "Japanese": ("株式会社ミドリシステム", "山田 太郎", "JPY"),
    "Thai": ("บริษัท สมชาย จำกัด", "สมชาย ใจดี", "THB"),
    "Persian": ("شرکت کریمی", "علی کریمی", "IRR"),
}


@pytest.fixture
def office(db_path: Path) -> Iterator[Services]:
    now = datetime(2030, 5, 15, 12, 0, tzinfo=UTC)
    with open_database(db_path, now=lambda: now) as services:
        for n, (company, person, currency) in enumerate(SCRIPTS.values()):
            given, _, family = person.partition(" ")
            co = services.companies.create(validate(CompanyCreate, name=company)).id
            services.contacts.create(
                validate(
                    ContactCreate, given=given, family=family, company_id=co, emails=[{"value": f"p{n}@x.example"}]
                )
            )
            services.deals.create(
                validate(
                    DealCreate,
                    name=f"{company} service",
                    company_id=co,
                    amount_minor=1_000_005 + n,
                    currency=currency,
                    stage_id="Proposal",
                    expected_close=f"2030-0{n + 4}-10",
                    owner_id="anna" if n % 2 else "bo",
                )
            )
        yield services


def fonts_or_skip() -> FontFinder:
    finder = FontFinder()
    wanted = {"Latin": "é", "Cyrillic": "Ж", "Japanese": "山", "Thai": "ส", "Persian": "ک"}
    main = finder.main()
    lacking = [
        s for s, ch in wanted.items() if main is None or (not finder.covers(main[0], ch) and not finder.font_for(ch))
    ]
    if lacking:
        message = f"no font on this computer for {', '.join(lacking)} (install fonts-noto-core and fonts-noto-cjk)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return finder


def pdf_text(data: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def squeeze(text: str) -> str:
    """Text without spaces and control characters: an extractor may put spaces between CJK glyphs or at a font
    change, and a glyph that shaping adds without a character of its own (Thai SARA AM splits into two glyphs)
    reads back as a control character (pypdf) or a space (pdftotext)."""
    return re.sub(r"[\s\x00-\x1f]+", "", text)


def test_the_pipeline_report_as_csv_keeps_currencies_apart_in_exact_decimals(office: Services) -> None:
    report = office.reports.pipeline()
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    assert {r["currency"] for r in rows} == {"ISK", "RUB", "JPY", "THB", "IRR"}
    by_currency = {r["currency"]: r for r in rows}
    assert (by_currency["ISK"]["total"], by_currency["ISK"]["weighted"]) == ("1000005", "500003")  # 500002.5 → up
    assert (by_currency["RUB"]["total"], by_currency["RUB"]["weighted"]) == ("10000.06", "5000.03")
    assert by_currency["JPY"]["stage"] == "Proposal" and by_currency["JPY"]["count"] == "1"


def test_csv_keeps_a_name_that_looks_like_a_formula_as_text(office: Services) -> None:
    office.contacts.create(validate(ContactCreate, given='=HYPERLINK("http://x")', family="Evil"))
    text = to_csv(office.reports.contacts())
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


def test_the_json_report_gives_totals_per_currency_as_decimal_strings(office: Services) -> None:
    data = to_json(office.reports.pipeline())
    assert data["report"] == "pipeline" and data["conversion"] is None
    assert data["totals"]["THB"] == {"count": 1, "total": "10000.08", "weighted": "5000.04"}
    assert all(isinstance(t["total"], str) for t in data["totals"].values()), "never a float"
    deals = data["tables"][1]["rows"]
    assert {d["currency"] for d in deals} == set(data["totals"])
    json.dumps(data)  # plain JSON all the way down


def test_a_converted_report_says_which_rates_it_used(office: Services) -> None:
    conversion = office.reports.conversion(
        "EUR",
        {"ISK": Decimal("0.0066"), "RUB": Decimal("0.0101"), "JPY": Decimal("0.0061"), "THB": Decimal("0.026"),
         "IRR": Decimal("0.000021")},
    )  # fmt: skip
    data = to_json(office.reports.pipeline(conversion=conversion))
    assert data["conversion"]["to"] == "EUR"
    assert {"from": "ISK", "to": "EUR", "rate": "0.0066"} in data["conversion"]["rates"]
    # ISK 1000005 × 0.0066 = 6600.033; RUB 10000.06 × 0.0101 = 101.000606; JPY 1000007 × 0.0061 = 6100.0427;
    # THB 10000.08 × 0.026 = 260.00208; IRR 10000.09 × 0.000021 = 0.21000189; Σ 13061.28838789 → 13061.29 EUR
    assert data["converted"]["total"] == "13061.29"
    report = office.reports.pipeline(conversion=conversion)
    assert any("1 ISK = 0.0066 EUR" in note.english() for note in report.notes)


def test_rates_the_user_enters_are_kept_exactly(office: Services) -> None:
    office.reports.set_rate("EUR", "USD", Decimal("1.08450000"))
    assert office.reports.rates() == {"EUR": {"USD": Decimal("1.0845")}}
    assert office.reports.conversion("usd").rates == {"EUR": Decimal("1.0845")}
    with pytest.raises(Exception, match="positive"):
        office.reports.set_rate("EUR", "USD", Decimal(0))


def test_the_forecast_report_by_owner_and_quarter(office: Services) -> None:
    report = office.reports.forecast(DealFilter(close_from=date(2030, 4, 1), close_to=date(2030, 6, 30)), by="quarter")
    rows = report.tables[0].values
    assert {r["owner"] for r in rows} == {"anna", "bo", None}
    assert {r["period"] for r in rows} == {"2030-Q2"}
    assert {c for c in to_json(report)["totals"]} == {"ISK", "RUB", "JPY"}  # April to June only


@pytest.mark.parametrize("kind", ["pipeline", "forecast", "contacts"])
def test_the_pdf_is_a_document_whose_text_reads_back_in_every_script(office: Services, kind: str) -> None:
    finder = fonts_or_skip()
    report = getattr(office.reports, kind)()
    result = render_pdf(report, finder)
    assert result.data.startswith(b"%PDF-") and result.missing_scripts == []
    text = pdf_text(result.data)
    flat = squeeze(text)
    assert squeeze(report.title.english()) in flat and "Generated2030-05-15" in flat and "Page1of1" in flat
    for script, (company, person, _currency) in SCRIPTS.items():
        wanted = person if kind == "contacts" else company
        if kind == "forecast":
            continue  # the forecast shows periods and owners, not names
        for word in wanted.split():  # a name's parts may come in either order (家族名 first in Japanese)
            assert squeeze(word) in flat, (script, word)
    assert b"/FontFile2" in result.data, "the fonts are embedded"


def test_a_long_report_repeats_headings_and_numbers_its_pages(db_path: Path) -> None:
    finder = fonts_or_skip()
    with open_database(db_path) as services:
        services.contacts.create_many([validate(ContactCreate, given="Person", family=f"{n:04d}") for n in range(150)])
        result = render_pdf(services.reports.contacts(), finder)
    text = pdf_text(result.data)
    pages = text.count("Page ")
    assert pages >= 3 and f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert text.count("Name") >= pages, "the table's headings are on every page"


def test_a_script_without_a_font_is_named_and_the_report_still_comes_out(office: Services) -> None:
    latin_only = FontFinder(folders=[], use_fontconfig=False)
    dejavu = next(
        (p for p in Path("/usr/share/fonts").rglob("DejaVuSans.ttf")), None
    ) if Path("/usr/share/fonts").is_dir() else None  # fmt: skip
    if dejavu is None:
        pytest.skip("DejaVu Sans is not installed here")
    latin_only.main = lambda: (FontFile(dejavu), None)  # type: ignore[method-assign]
    latin_only.font_for = lambda char, exclude=(): None  # type: ignore[method-assign]
    result = render_pdf(office.reports.contacts(), latin_only)
    assert "Thai" in result.missing_scripts and any("CJK" in s for s in result.missing_scripts)
    text = pdf_text(result.data)
    assert "no font for" in text and "Thai" in text and "Jónsdóttir" in text


def test_only_text_that_needs_it_is_shaped() -> None:
    from cardfile.interchange.report_pdf import needs_shaping

    assert not needs_shaping(["Jónsdóttir", "Петрова", "山田太郎", "12,500.00 EUR"])
    assert needs_shaping(["สมชาย"]) and needs_shaping(["کریمی"]) and needs_shaping(["e\u0301"])


def test_no_font_at_all_is_a_clear_error(office: Services) -> None:
    nothing = FontFinder(folders=[], use_fontconfig=False)
    with pytest.raises(NoFont) as caught:
        render_pdf(office.reports.contacts(), nothing)
    assert "install one" in caught.value.message and caught.value.environment


def test_the_app_can_give_a_report_its_own_words(office: Services) -> None:
    icelandic = {"Pipeline": "Söluferli", "By stage": "Eftir stigum", "Stage": "Stig", "Total": "Samtals"}

    def speak(cell: Cell) -> str:
        if isinstance(cell, Word):
            return icelandic.get(cell.text, cell.text)
        return cell.english()

    report = office.reports.pipeline().in_language(speak, {"page": "Síða {page} af {pages}"})
    assert report.text(report.title) == "Söluferli" and report.text(report.tables[0].title) == "Eftir stigum"
    assert [report.heading(c) for c in report.tables[0].columns][:2] == ["Söluferli", "Stig"]
    assert report.text(report.tables[0].total_cells[0][0]) == "Samtals"
    assert report.word("page") == "Síða {page} af {pages}" and report.word("no_rows") == "Nothing to show."
    assert [c.key for c in report.tables[0].columns][:2] == ["pipeline", "stage"], "CSV keys stay"
    assert to_csv(report) == to_csv(office.reports.pipeline()), "the CSV is an interface, not text"
    assert to_json(report)["title"] == "Pipeline"


def test_a_reports_cells_are_typed_values_the_command_line_words_in_english(office: Services) -> None:
    """The cells are values (money in minor units, a count, a day, a built-in name), so the app can word them in
    the reader's language; the command line's English is what it always was."""
    office.deals.create(
        validate(DealCreate, name="Late", amount_minor=123_456, currency="EUR", expected_close="2030-01-31")
    )
    report = office.reports.pipeline()
    by_stage, deals = report.tables
    eur = next(row for row in by_stage.cells if row[2] == Text("EUR"))
    assert eur[:2] == [Name("Sales"), Name("Prospect")] and eur[3] == Count(1)
    assert eur[4] == Money(123_456, "EUR") and eur[4].english() == "1,234.56 EUR"
    late = next(row for row in deals.cells if row[0] == Text("Late"))
    assert late[5] == Percent(10) and late[7] == Overdue(Day(date(2030, 1, 31)))
    assert deals.rows[[r[0] for r in deals.rows].index("Late")][4:8] == [
        "1,234.56 EUR",
        "10 %",
        "123.46 EUR",
        "2030-01-31 !",
    ]
    assert by_stage.total_rows[0][:2] == ["Total", ""]
    assert (Word("Status"), Status("open")) in report.filters
    forecast = office.reports.forecast(by="quarter")
    assert Period("2030-Q2") in [row[0] for row in forecast.tables[0].cells]
    assert forecast.tables[0].rows[0][0] == "2030-Q1" and forecast.tables[0].total_rows[0][0] == "All"


# ----- activities -----


def test_the_activities_report_by_date_range_owner_and_type(office: Services) -> None:
    """The report the issue names once activities landed: each occurrence on its own line, filtered by the days,
    the owner and the type, with a count per type; CSV and PDF carry it like the others."""
    from datetime import timedelta

    from cardfile.domain.models import ActivityCreate

    activities = office.activities
    anna = office.contacts.ids()[0]
    call, meeting = activities.resolve_type("call"), activities.resolve_type("meeting")

    def schedule(subject: str, when: datetime, **fields: object) -> str:
        return activities.schedule(
            validate(ActivityCreate, subject=subject, starts_at=when, time_zone="UTC", **fields)
        ).id

    noon = datetime(2030, 5, 14, 12, 0, tzinfo=UTC)
    schedule("Call about the renewal", noon, type_id=call, contact_ids=[anna], owner_id="anna")
    done = schedule("Demo at the fair", noon - timedelta(days=3), type_id=meeting)
    activities.clear(done, outcome="They liked it")
    schedule("Weekly check-in", datetime(2030, 5, 6, 9, 0, tzinfo=UTC), type_id=call, rrule="FREQ=WEEKLY;COUNT=8")
    schedule("Next month", noon + timedelta(days=40), type_id=call)

    def report_of(**more: object) -> Any:
        return office.reports.activities(date_from=date(2030, 5, 1), date_to=date(2030, 5, 31), zone="UTC", **more)

    report = report_of()
    table = report.tables[0]
    subjects = [row[2] for row in table.rows]
    assert subjects.count("Weekly check-in") == 4  # 6, 13, 20, 27 May: a line per occurrence
    assert "Next month" not in subjects and "Demo at the fair" in subjects
    assert [row[0] for row in table.rows] == sorted(row[0] for row in table.rows)
    first_call = table.values[subjects.index("Call about the renewal")]
    assert first_call["when"] == "2030-05-14 12:00" and first_call["owner"] == "anna"
    assert first_call["with"]  # the person, by name
    assert report.data["by_type"] == {"Call": 5, "Meeting": 1}
    assert (Word("Dates"), Range(date(2030, 5, 1), date(2030, 5, 31))) in report.filters
    assert report.notes[0].english().startswith("Times are in UTC")
    tokyo = office.reports.activities(date_from=date(2030, 5, 14), date_to=date(2030, 5, 14), zone="Asia/Tokyo")
    assert [row[0] for row in tokyo.tables[0].rows] == ["2030-05-14 21:00"]  # noon UTC is 21:00 in Tokyo

    calls = report_of(activity_type="call")
    assert {row[1] for row in calls.tables[0].rows} == {"Call"} and len(calls.tables[0].rows) == 5
    annas = report_of(owner="anna")
    assert [row[2] for row in annas.tables[0].rows] == ["Call about the renewal"]
    history = report_of(status="done")
    assert [row[2] for row in history.tables[0].rows] == ["Demo at the fair"]
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    assert rows[0]["when"] == "2030-05-06 09:00" and rows[0]["type"] == "call"
    with pytest.raises(ValidationError):
        office.reports.activities(date_from=date(2030, 5, 31), date_to=date(2030, 5, 1))


def test_an_activity_running_past_midnight_is_in_the_report_of_the_day_it_starts(office: Services) -> None:
    """Regression: a meeting from 23:30 on 30 April to 01:30 was listed in May's report, dated 2030-04-30."""
    from cardfile.domain.models import ActivityCreate

    office.activities.schedule(
        validate(
            ActivityCreate,
            subject="Night shift handover",
            starts_at=datetime(2030, 4, 30, 23, 30, tzinfo=UTC),
            duration_minutes=120,
            time_zone="UTC",
        )
    )
    office.activities.schedule(
        validate(ActivityCreate, subject="Trade fair", starts_at=datetime(2030, 4, 29, tzinfo=UTC), all_day=True,
                 ends_at=datetime(2030, 5, 3, tzinfo=UTC), time_zone="UTC")
    )  # fmt: skip

    def subjects(first: date, last: date) -> list[str]:
        report = office.reports.activities(date_from=first, date_to=last, zone="UTC")
        return [row[2] for row in report.tables[0].rows]

    assert subjects(date(2030, 5, 1), date(2030, 5, 31)) == []
    assert subjects(date(2030, 4, 1), date(2030, 4, 30)) == ["Trade fair", "Night shift handover"]


def test_the_activities_report_as_a_pdf_reads_back(office: Services) -> None:
    from cardfile.domain.models import ActivityCreate

    office.activities.schedule(
        validate(
            ActivityCreate, subject="Звонок Петрову", starts_at=datetime(2030, 5, 20, 10, tzinfo=UTC), time_zone="UTC"
        )
    )
    report = office.reports.activities(date_from=date(2030, 5, 1), date_to=date(2030, 5, 31), zone="UTC")
    result = render_pdf(report, fonts_or_skip())
    flat = squeeze(pdf_text(result.data))
    assert "Activities" in flat and squeeze("Звонок Петрову") in flat and "Page1of1" in flat


def test_page_numbers_are_in_the_readers_digits_and_a_name_like_the_page_alias_stays(office: Services) -> None:
    """Regression: the app's Persian PDF said 'صفحهٔ 1 از 3' in Latin digits (the page count was an fpdf alias,
    written as ASCII when the document closed), and a deal named "{nb}" was printed as the number of pages."""
    finder = fonts_or_skip()
    office.deals.create(validate(DealCreate, name="Plan {nb}", amount_minor=100, currency="EUR"))
    persian_digits = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

    def speak(cell: Cell) -> str:
        return cell.english().translate(persian_digits) if isinstance(cell, Count) else cell.english()

    report = office.reports.pipeline().in_language(speak, {"page": "صفحهٔ {page} از {pages}"}, right_to_left=True)
    flat = squeeze(pdf_text(render_pdf(report, finder).data))
    assert "۱از۱" in flat or "۱ از ۱" in flat or squeeze("صفحهٔ ۱ از ۱") in flat, flat[-80:]
    assert "Plan{nb}" in squeeze(pdf_text(render_pdf(office.reports.pipeline(), finder).data))
