"""Exporting contacts and companies as vCard (3.0 or 4.0) and CSV, streamed in pages so memory stays bounded.

What is exported: the records named by id, a group's members, a saved lookup's results, or everything. Everything
means every live person and every company that holds more than its name (a company that only names people's
employer is already written as their ORG, and re-created from it by any importer) or that has no people.
Companies are `KIND:org` cards in vCard 4.0 and Apple's `X-ADDRESSBOOKSERVER-KIND:org` in 3.0, as the writer does.

Where to: a file (written under a temporary name and moved into place, so a failed export leaves no half file),
a folder with one `.vcf` per record (names from the display name, made safe for every file system and unique,
never overwriting a file that is there), or an open text stream (standard output).

CSV holds people (companies when asked for) and is UTF-8 with a byte-order mark when written to a file: without
it Excel reads UTF-8 as the local code page and garbles every non-ASCII name; LibreOffice, Google Contacts, Outlook
and our own reader skip the mark. A stream gets no mark (a pipe is not a spreadsheet).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cardfile.domain.errors import CardfileError, NotFound, ValidationError
from cardfile.domain.values import RecordType
from cardfile.interchange.carddata import CardData, exported_uid
from cardfile.interchange.csv_writer import COLUMNS as CSV_COLUMNS
from cardfile.interchange.csv_writer import DEFAULT_COLUMNS, check_columns, csv_row
from cardfile.interchange.vcard_writer import VERSIONS, write_vcard
from cardfile.services import records
from cardfile.store.codec import CODECS
from cardfile.store.writer import collector_paused

if TYPE_CHECKING:
    from cardfile.services.container import Services

PAGE = 500
Target = str | PathLike[str] | TextIO
Cancel = threading.Event | Callable[[], bool] | None


class ExportFailed(CardfileError):
    """The export could not be written where it was asked to go."""

    code = "export_failed"
    template = "Cannot write {target}: {detail}. Nothing was exported."
    environment = True


@dataclass
class ExportReport:
    """What an export wrote."""

    target: str  # the file or folder, or "<stream>"
    format: str  # "vcard3", "vcard4", "csv"
    contacts: int = 0
    companies: int = 0
    groups: int = 0  # group cards (vCard only: with everyone, or with the group exported)
    files: list[str] = field(default_factory=list)  # the files written into a folder
    cancelled: bool = False  # cancelled: nothing of it was left behind

    @property
    def count(self) -> int:
        return self.contacts + self.companies

    def as_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "format": self.format,
            "count": self.count,
            "contacts": self.contacts,
            "companies": self.companies,
            "groups": self.groups,
            "files": len(self.files),
            "cancelled": self.cancelled,
        }


@dataclass(frozen=True, slots=True)
class Selection:
    """What to export, in export order: people first (in list order), then companies, then groups (vCard only)."""

    contacts: list[str]
    companies: list[str]
    groups: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.contacts) + len(self.companies)


class _Cancelled(Exception):
    pass


class ExportService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    # ----- choosing what to export -----

    def select(
        self,
        *,
        ids: Sequence[str] | None = None,
        group: str | None = None,
        lookup: str | None = None,
        companies: bool = True,
    ) -> Selection:
        """The records an export writes: `ids` (people and companies), a group's live members (id or name), a
        saved lookup's results (id or name), or else everything (see the module's docstring). `companies=False`
        leaves companies out of a group or of everything."""
        if sum(x is not None for x in (ids, group, lookup)) > 1:
            raise ValidationError(
                field="selection", problem="choose ids, a group or a lookup, not several", reason="several_selections"
            )
        if ids is not None:
            return self._by_ids(ids)
        if group is not None:
            group_id = self._services.groups.resolve(group)
            people = self._services.contacts.ids(group_id=group_id)
            return Selection(people, self._group_companies(group_id) if companies else [], [group_id])
        if lookup is not None:
            lookup_id = self._services.lookups.resolve(lookup)
            found = self._services.lookups.run(lookup_id)
            if self._services.lookups.get(lookup_id).record_type == "company":
                return Selection([], found)  # a lookup of companies asked for them
            return Selection(found, [])
        return Selection(
            self._services.contacts.ids(), self._companies_worth_a_card() if companies else [], self._all_groups()
        )

    def _by_ids(self, ids: Sequence[str]) -> Selection:
        wanted = list(dict.fromkeys(ids))
        with self._db.read() as conn:
            people = set(records.names(conn, RecordType.CONTACT, wanted))
            firms = set(records.names(conn, RecordType.COMPANY, wanted))
        for record_id in wanted:
            if record_id not in people and record_id not in firms:
                raise NotFound(record_type="contact or company", record_id=record_id)
        return Selection([i for i in wanted if i in people], [i for i in wanted if i in firms])

    def _group_companies(self, group_id: str) -> list[str]:
        with self._db.read() as conn:
            return [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT co.id FROM company co JOIN link l ON l.target_id = co.id AND l.target_type = 'company' "
                    "AND l.source_type = 'group' AND l.source_id = ? AND l.deleted_at IS NULL "
                    "WHERE co.deleted_at IS NULL ORDER BY co.sort_key, co.id",
                    (group_id,),
                )
            ]

    def _all_groups(self) -> list[str]:
        with self._db.read() as conn:
            return [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT id FROM contact_group WHERE deleted_at IS NULL ORDER BY lower(name), id"
                )
            ]

    def _companies_worth_a_card(self) -> list[str]:
        with self._db.read() as conn:
            return [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT id FROM company co WHERE deleted_at IS NULL AND (industry != '' OR website != '' "
                    "OR note != '' OR logo IS NOT NULL OR parent_id IS NOT NULL OR vcard_uid IS NOT NULL "
                    "OR tags != '[]' OR emails != '[]' OR phones != '[]' OR addresses != '[]' OR urls != '[]' "
                    "OR ims != '[]' OR dates != '[]' OR vcard_extra != '[]' OR NOT EXISTS "
                    "(SELECT 1 FROM contact c WHERE c.company_id = co.id AND c.deleted_at IS NULL)) "
                    "ORDER BY sort_key, id"
                )
            ]

    # ----- vCard -----

    def export_vcards(
        self,
        target: Target,
        *,
        ids: Sequence[str] | None = None,
        group: str | None = None,
        lookup: str | None = None,
        version: str = "3.0",
        one_per_record: bool | None = None,
        companies: bool = True,
        progress: Callable[[int, int], None] | None = None,
        cancel: Cancel = None,
    ) -> ExportReport:
        """Write vCards of the selection (see `select`) to a file, a folder (one .vcf per record; the default when
        `target` is an existing folder) or a text stream. Photos and logos are embedded. `progress(done, total)`
        is called after each page; a cancelled export removes what it wrote."""
        if version not in VERSIONS:
            raise ValidationError(
                field="vCard version",
                problem=f"{version!r} is not one of {', '.join(VERSIONS)}",
                reason="not_one_of",
                value=version,
                choices=list(VERSIONS),
            )
        selection = self.select(ids=ids, group=group, lookup=lookup, companies=companies)
        report = ExportReport(_target_name(target), "vcard4" if version == "4.0" else "vcard3")
        cards = self._cards(selection, report, progress, _cancel_check(cancel))
        # A page of cards is some fifty thousand dicts and lists, decoded at once; the collector would walk them
        # again and again while they live (a fifth of the time). They hold no reference cycles.
        with collector_paused():
            if isinstance(target, str | PathLike) and (
                one_per_record or (one_per_record is None and Path(target).is_dir())
            ):
                return self._to_folder(Path(target), cards, version, report)
            return self._to_file(target, report, lambda out: _write_cards(out, cards, version))

    def _cards(
        self,
        selection: Selection,
        report: ExportReport,
        progress: Callable[[int, int], None] | None,
        stop: Callable[[], bool],
    ) -> Iterator[tuple[str, CardData]]:
        """(file name stem, card) for every selected record, a page at a time."""
        done = 0
        for record_type, ids in ((RecordType.CONTACT, selection.contacts), (RecordType.COMPANY, selection.companies)):
            for start in range(0, len(ids), PAGE):
                if stop():
                    raise _Cancelled()
                page = ids[start : start + PAGE]
                if record_type is RecordType.CONTACT:
                    related = self._related(page)
                    for record_id, name, card in self._contact_cards(page):
                        card.related = related.get(record_id, [])
                        card.uid = card.uid or exported_uid(record_id)
                        report.contacts += 1
                        yield name, card
                else:
                    for row in self._rows(record_type, page):
                        card = CardData.from_company(row)
                        card.uid = card.uid or exported_uid(row["id"])
                        report.companies += 1
                        yield row["name"], card
                done += len(page)
                if progress is not None:
                    progress(done, selection.total)
        for group_id in selection.groups:
            if stop():
                raise _Cancelled()
            group = self._group_card(group_id)
            if group is not None:
                report.groups += 1
                yield group.display_name, group

    def _related(self, contact_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """The people each person's card names (an agent, from a nested vCard 2.1 card), as (role, their UID)."""
        with self._db.read() as conn:
            links = records.linked(conn, RecordType.CONTACT, list(contact_ids), RecordType.CONTACT)
            targets = sorted({target for found in links.values() for target, _ in found})
            uids = self._uids(conn, "contact", targets)
        return {
            source: [(role or "agent", uids[target]) for target, role in found if target in uids]
            for source, found in links.items()
            if found
        }

    @staticmethod
    def _uids(conn: Any, table: str, ids: Sequence[str]) -> dict[str, str]:
        """The UID each live record is exported with: its own, else its id (exported_uid)."""
        out: dict[str, str] = {}
        for start in range(0, len(ids), PAGE):
            chunk = list(ids[start : start + PAGE])
            marks = ",".join("?" for _ in chunk)
            for record_id, uid in conn.exec_driver_sql(
                f"SELECT id, vcard_uid FROM {table} WHERE deleted_at IS NULL AND id IN ({marks})", tuple(chunk)
            ):
                out[record_id] = uid or exported_uid(record_id)
        return out

    def _group_card(self, group_id: str) -> CardData | None:
        with self._db.read() as conn:
            row = conn.exec_driver_sql(
                "SELECT name, description FROM contact_group WHERE id = ? AND deleted_at IS NULL", (group_id,)
            ).first()
            if row is None:
                return None
            members: list[str] = []
            for member_type, table in ((RecordType.CONTACT, "contact"), (RecordType.COMPANY, "company")):
                ids = [
                    target for target, _ in records.linked(conn, RecordType.GROUP, [group_id], member_type)[group_id]
                ]
                uids = self._uids(conn, table, ids)
                members.extend(uids[i] for i in ids if i in uids)
        return CardData(kind="group", display_name=row[0], note=row[1], uid=exported_uid(group_id), members=members)

    def _contact_cards(self, ids: Sequence[str]) -> list[tuple[str, str, CardData]]:
        """(id, display name, card) of the live people of one page, in the given order: what
        `CardData.from_contact(row, company_name=…, extra=row["vcard_extra"])` makes of each stored row, read
        straight from SQLite with only the columns a card holds, and the page's JSON decoded in one call (a
        third of an export's time went to reading whole rows through the ORM's result and decoding each apart)."""
        marks = ",".join("?" for _ in ids)
        with self._db.read() as conn:
            cursor = conn.connection.driver_connection.cursor()
            found = cursor.execute(
                f"SELECT {_CARD_COLUMNS_SQL}, coalesce(co.name, '') FROM contact c "
                f"LEFT JOIN company co ON co.id = c.company_id WHERE c.id IN ({marks})",
                tuple(ids),
            ).fetchall()
        # Each row's JSON columns as one array, the page's arrays as one: a single call to the decoder.
        texts = ",".join(
            "[" + ",".join("null" if text is None else text for text in row[_CARD_JSON_AT:_CARD_JSON_END]) + "]"
            for row in found
        )
        decoded = _json_value("[" + texts + "]")
        by_id: dict[str, tuple[str, str, CardData]] = {}
        for row, (tags, emails, phones, addresses, urls, ims, dates, extra) in zip(found, decoded, strict=True):
            (record_id, display_name, custom, prefix, given, additional, family, suffix, nickname, phonetic_given,
             phonetic_additional, phonetic_family, title, department, birthday, anniversary, photo, photo_mime,
             note, uid) = row[:_CARD_JSON_AT]  # fmt: skip
            own_photo = isinstance(photo, bytes)
            card = CardData(
                kind="individual",
                display_name=(display_name or "") if custom else "",
                prefix=prefix or "",
                given=given or "",
                additional=additional or "",
                family=family or "",
                suffix=suffix or "",
                nickname=nickname or "",
                phonetic_given=phonetic_given or "",
                phonetic_additional=phonetic_additional or "",
                phonetic_family=phonetic_family or "",
                title=title or "",
                company=row[-1],
                department=department or "",
                birthday=birthday,
                anniversary=anniversary,
                photo=photo if own_photo else None,
                photo_mime=photo_mime if own_photo else None,
                note=note or "",
                tags=tags or [],
                emails=emails or [],
                phones=phones or [],
                addresses=addresses or [],
                urls=urls or [],
                ims=ims or [],
                dates=dates or [],
                uid=uid,
                extra=extra or [],
            )
            by_id[record_id] = (record_id, display_name, card)
        return [by_id[i] for i in ids if i in by_id]

    def _rows(self, record_type: RecordType, ids: Sequence[str]) -> list[dict[str, Any]]:
        """The stored rows of one page, in the given order, JSON decoded; people carry their company's name."""
        codec = CODECS[record_type]
        marks = ",".join("?" for _ in ids)
        with self._db.read() as conn:
            result = conn.exec_driver_sql(f"SELECT * FROM {codec.table.name} WHERE id IN ({marks})", tuple(ids))
            keys = list(result.keys())
            json_columns = [k for k in keys if k in codec.json_columns]
            by_id: dict[str, dict[str, Any]] = {}
            for raw in result.all():
                row = dict(zip(keys, raw, strict=True))
                # All of a row's JSON columns decoded in one call: the decoder's own overhead, not the text, is most
                # of what a call costs for lists this short.
                texts = [row[name] for name in json_columns]
                decoded = _json_value("[" + ",".join("null" if text is None else text for text in texts) + "]")
                row.update(zip(json_columns, decoded, strict=True))
                by_id[row["id"]] = row
            if record_type is RecordType.CONTACT:
                companies = records.names(conn, RecordType.COMPANY, [r["company_id"] for r in by_id.values()])
                for row in by_id.values():
                    row["company"] = companies.get(row["company_id"] or "", "")
        return [by_id[i] for i in ids if i in by_id]

    def _to_file(self, target: Target, report: ExportReport, write: Callable[[TextIO], None]) -> ExportReport:
        if not isinstance(target, str | PathLike):
            try:
                write(target)
            except _Cancelled:
                report.cancelled = True
            return report
        path = Path(target)
        temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")  # same folder: os.replace is atomic
        try:
            with open(temporary, "x", encoding="utf-8", newline="") as out:
                write(out)
            os.replace(temporary, path)
        except _Cancelled:
            report.cancelled = True
        except OSError as exc:
            raise ExportFailed(target=str(path), detail=exc.strerror or str(exc), errno=exc.errno) from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        return report

    def _to_folder(
        self, folder: Path, cards: Iterator[tuple[str, CardData]], version: str, report: ExportReport
    ) -> ExportReport:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            taken = {child.name.casefold() for child in folder.iterdir()}
        except OSError as exc:
            raise ExportFailed(target=str(folder), detail=exc.strerror or str(exc), errno=exc.errno) from None
        try:
            for name, card in cards:
                filename = unique_filename(safe_filename(name), ".vcf", taken)
                path = folder / filename
                with open(path, "x", encoding="utf-8", newline="") as out:
                    report.files.append(str(path))
                    out.write(write_vcard(card, version))
        except _Cancelled:
            for written in report.files:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(written)
            report.files.clear()
            report.cancelled = True
        except OSError as exc:
            raise ExportFailed(target=str(folder), detail=exc.strerror or str(exc), errno=exc.errno) from None
        return report

    # ----- CSV -----

    def export_csv(
        self,
        target: Target,
        *,
        ids: Sequence[str] | None = None,
        group: str | None = None,
        lookup: str | None = None,
        columns: Sequence[str] = DEFAULT_COLUMNS,
        delimiter: str = ",",
        bom: bool | None = None,
        companies: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancel: Cancel = None,
    ) -> ExportReport:
        """Write the selection (see `select`) as CSV with the chosen columns (csv_writer.COLUMNS).

        People only unless `companies` (a CSV has no column to tell a company from a person, so company rows would
        read as nameless people), or unless the ids or the lookup name companies; a company fills the name,
        channel, tag and note columns. `bom`: a UTF-8 byte-order mark; by default for files, not for streams."""
        columns = list(columns)
        try:
            check_columns(columns)
        except ValueError as exc:
            raise ValidationError(field="columns", problem=str(exc), reason="unknown_columns") from None
        if delimiter not in (",", ";", "\t"):
            raise ValidationError(
                field="delimiter", problem="use a comma, a semicolon or a tab", reason="bad_delimiter"
            )
        selection = self.select(ids=ids, group=group, lookup=lookup, companies=companies)
        report = ExportReport(_target_name(target), "csv")
        with_bom = bom if bom is not None else isinstance(target, str | PathLike)
        stop = _cancel_check(cancel)

        def write(out: TextIO) -> None:
            import csv

            if with_bom:
                out.write("\ufeff")
            writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow([CSV_COLUMNS[column] for column in columns])
            for row in self._csv_records(selection, report, progress, stop):
                writer.writerow(csv_row(row, columns))

        return self._to_file(target, report, write)

    def _csv_records(
        self,
        selection: Selection,
        report: ExportReport,
        progress: Callable[[int, int], None] | None,
        stop: Callable[[], bool],
    ) -> Iterator[dict[str, Any]]:
        done = 0
        for record_type, ids in ((RecordType.CONTACT, selection.contacts), (RecordType.COMPANY, selection.companies)):
            for start in range(0, len(ids), PAGE):
                if stop():
                    raise _Cancelled()
                page = ids[start : start + PAGE]
                for row in self._rows(record_type, page):
                    if record_type is RecordType.COMPANY:
                        row = {**row, "display_name": row["name"], "company": ""}
                        report.companies += 1
                    else:
                        report.contacts += 1
                    yield row
                done += len(page)
                if progress is not None:
                    progress(done, selection.total)


_json_value = json.JSONDecoder().decode  # json.loads without its argument checks, for every column of every row
# What a person's card is made of (`_contact_cards`): the plain columns, then the JSON ones, then the company's name.
_CARD_COLUMNS = (
    "id", "display_name", "display_name_custom", "prefix", "given", "additional", "family", "suffix", "nickname",
    "phonetic_given", "phonetic_additional", "phonetic_family", "title", "department", "birthday", "anniversary",
    "photo", "photo_mime", "note", "vcard_uid",
    "tags", "emails", "phones", "addresses", "urls", "ims", "dates", "vcard_extra",
)  # fmt: skip
_CARD_JSON_AT = _CARD_COLUMNS.index("tags")
_CARD_JSON_END = len(_CARD_COLUMNS)
_CARD_COLUMNS_SQL = ", ".join(f"c.{name}" for name in _CARD_COLUMNS)


def _write_cards(out: TextIO, cards: Iterator[tuple[str, CardData]], version: str) -> None:
    texts: list[str] = []
    for _, card in cards:
        texts.append(write_vcard(card, version))
        if len(texts) >= 100:  # a hundred cards to a write: one encoding and one call instead of a hundred
            out.write("".join(texts))
            texts = []
    out.write("".join(texts))


def _target_name(target: Target) -> str:
    return str(target) if isinstance(target, str | PathLike) else "<stream>"


def _cancel_check(cancel: Cancel) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


# ----- file names -----

_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
)
MAX_NAME_BYTES = 100


def safe_filename(name: str, fallback: str = "contact") -> str:
    """A file name stem from a display name that every common file system accepts: no path separators, control or
    reserved characters, no trailing dot or space (Windows), not a device name (CON, NUL …), at most 100 bytes
    of UTF-8 (file systems allow 255; the rest leaves room for a counter and the extension)."""
    text = unicodedata.normalize("NFC", name)
    text = " ".join(_UNSAFE_CHARS.sub("_", text).split()).strip(" .")
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        text = encoded[:MAX_NAME_BYTES].decode("utf-8", errors="ignore").rstrip(" .")
    if not text:
        return fallback
    if text.split(".")[0].upper() in _RESERVED_NAMES:
        text = f"_{text}"
    return text


def unique_filename(stem: str, suffix: str, taken: set[str]) -> str:
    """`stem + suffix`, or `stem (2) + suffix` and so on, unused in `taken` (compared case-insensitively, as macOS
    and Windows do); the name returned is added to `taken`."""
    candidate = f"{stem}{suffix}"
    number = 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{stem} ({number}){suffix}"
    taken.add(candidate.casefold())
    return candidate
