"""Write contacts as CSV with chosen columns, in a form Excel, LibreOffice, Google Contacts and Cardfile read back.

Columns are named by key (COLUMNS); each has an English header that csv_mapping recognises, so a file we write
imports again without a mapping. A cell holds one value: `email` is the preferred (else the first) address,
`email:work` the first labelled work, `emails` all of them joined with " ::: " as Google does.

Cells that a spreadsheet would run as a formula (starting with '=' or '@', or with '+' or '-' when they are not a
phone number or a number) get a leading apostrophe, which spreadsheets hide: an imported vCard must not be able to
run a command on the machine of whoever opens the export (OWASP "CSV injection"). Our reader takes the apostrophe
off again.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, TextIO

from cardfile.domain.values import PostalAddress

COLUMNS: dict[str, str] = {
    "display_name": "Name",
    "prefix": "Prefix",
    "given": "First Name",
    "additional": "Middle Name",
    "family": "Last Name",
    "suffix": "Suffix",
    "nickname": "Nickname",
    "company": "Company",
    "department": "Department",
    "title": "Job Title",
    "email": "E-mail",
    "emails": "E-mails",
    "email:work": "E-mail (work)",
    "email:home": "E-mail (home)",
    "phone": "Phone",
    "phones": "Phones",
    "phone:work": "Phone (work)",
    "phone:home": "Phone (home)",
    "phone:cell": "Mobile",
    "phone:fax": "Fax",
    "street": "Street",
    "locality": "City",
    "region": "Region",
    "postcode": "Postal Code",
    "country": "Country",
    "address": "Address",
    "url": "Web Page",
    "birthday": "Birthday",
    "anniversary": "Anniversary",
    "tags": "Tags",
    "note": "Notes",
    "uid": "vCard UID",
    "id": "Cardfile ID",
    "created": "Created",
    "updated": "Updated",
}
DEFAULT_COLUMNS = (
    "display_name",
    "given",
    "family",
    "company",
    "department",
    "title",
    "email",
    "phone",
    "phone:cell",
    "street",
    "locality",
    "region",
    "postcode",
    "country",
    "url",
    "birthday",
    "tags",
    "note",
)
_TEXT = (
    "display_name",
    "prefix",
    "given",
    "additional",
    "family",
    "suffix",
    "nickname",
    "department",
    "title",
    "birthday",
    "anniversary",
    "note",
)
_PLAIN_NUMBER = re.compile(r"^[+-]?[\d\s().\-/]*\d[\d\s().\-/]*(?:\s*(?:x|ext\.?)\s*\d+)?$", re.IGNORECASE)


def check_columns(columns: Sequence[str]) -> None:
    """Raise ValueError naming a column key that does not exist."""
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        raise ValueError(f"no CSV column {', '.join(map(repr, unknown))}; the columns are {', '.join(COLUMNS)}")


def _entries(record: Mapping[str, Any], name: str) -> list[dict[str, Any]]:
    return list(record.get(name) or [])


def _chosen(entries: list[dict[str, Any]], label: str | None) -> dict[str, Any] | None:
    if label is not None:
        return next((e for e in entries if (e.get("label") or "") == label), None)
    return next((e for e in entries if e.get("preferred")), entries[0] if entries else None)


def _value(field: str, label: str | None = None) -> Callable[[Mapping[str, Any]], str]:
    def cell(record: Mapping[str, Any]) -> str:
        entry = _chosen(_entries(record, field), label)
        return str(entry.get("value", "")) if entry else ""

    return cell


def _all(field: str) -> Callable[[Mapping[str, Any]], str]:
    def cell(record: Mapping[str, Any]) -> str:
        return " ::: ".join(str(e.get("value", "")) for e in _entries(record, field))

    return cell


def _address(part: str) -> Callable[[Mapping[str, Any]], str]:
    def cell(record: Mapping[str, Any]) -> str:
        entry = _chosen(_entries(record, "addresses"), None)
        if entry is None:
            return ""
        if part == "address":
            return PostalAddress(**entry).one_line()
        return str(entry.get(part) or "")

    return cell


def _time(field: str) -> Callable[[Mapping[str, Any]], str]:
    def cell(record: Mapping[str, Any]) -> str:
        value = record.get(field)
        return value.isoformat() if isinstance(value, datetime) else str(value or "")

    return cell


def _text(field: str) -> Callable[[Mapping[str, Any]], str]:
    def cell(record: Mapping[str, Any]) -> str:
        return str(record.get(field) or "")

    return cell


_CELLS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    **{name: _text(name) for name in _TEXT},
    "company": _text("company"),
    "email": _value("emails"),
    "emails": _all("emails"),
    "email:work": _value("emails", "work"),
    "email:home": _value("emails", "home"),
    "phone": _value("phones"),
    "phones": _all("phones"),
    "phone:work": _value("phones", "work"),
    "phone:home": _value("phones", "home"),
    "phone:cell": _value("phones", "cell"),
    "phone:fax": _value("phones", "fax"),
    **{part: _address(part) for part in ("street", "locality", "region", "postcode", "country", "address")},
    "url": _value("urls"),
    "tags": lambda record: "; ".join(record.get("tags") or []),
    "uid": lambda record: str(record.get("vcard_uid") or ""),
    "id": _text("id"),
    "created": _time("created_at"),
    "updated": _time("updated_at"),
}


def safe_cell(value: str) -> str:
    """The cell as written: a leading apostrophe when a spreadsheet would take it for a formula."""
    if not value:
        return value
    first = value[0]
    if first in "=@\t\r" or (first in "+-" and not all(map(_PLAIN_NUMBER.match, value.split(" ::: ")))):
        return "'" + value
    return value


def csv_row(record: Mapping[str, Any], columns: Sequence[str]) -> list[str]:
    """One record's cells. `record` holds a contact's stored fields plus `company`, its company's name."""
    return [safe_cell(_CELLS[column](record)) for column in columns]


def write_csv(
    records: Iterable[Mapping[str, Any]],
    stream: TextIO,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    *,
    delimiter: str = ",",
) -> int:
    """Write the header row and one row per record (CRLF line ends, as RFC 4180 says); returns the row count."""
    check_columns(columns)
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([COLUMNS[column] for column in columns])
    count = 0
    for record in records:
        writer.writerow(csv_row(record, columns))
        count += 1
    return count
