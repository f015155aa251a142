"""Importing vCard and CSV files: preview, duplicate handling, batches that keep the app usable, cancel and undo.

An import is one job. Every file is opened and its start read before anything is written, so a missing file, a
file that is not vCard (or not CSV), or a CSV whose columns cannot be mapped stops the import with a typed error
naming the file and nothing changed. Then cards stream through (parsed in a second process for large imports,
see interchange.reading) and are written in batches, one transaction each, labelled "Imported from FILE" and
tagged with the job's id. That label is what each contact's history shows; the tag lets Cancel and Undo take
back the whole job as one step (HistoryService.undo_job), and a failure part-way rolls back what was written.

Each card is imported, merged into the contact it duplicates (import_matching, import_merge), skipped, or rejected
with its file, the line of its BEGIN:VCARD (or CSV row) and the reason. `on_duplicate` chooses for every matched
card; `decisions` (from the wizard's preview) choose per card, keyed by PreviewItem.key.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cardfile.domain.errors import CardfileError, ValidationError
from cardfile.domain.models import ContactUpdate, validate
from cardfile.domain.sentences import Sentence
from cardfile.domain.values import RecordType
from cardfile.interchange.csv_mapping import (
    NoNameColumn,
    NothingToNameBy,
    check_mapping,
    name_warning,
    nothing_to_name_by,
)
from cardfile.interchange.csv_reader import CsvPreview, preview_csv
from cardfile.interchange.match_keys import MatchKeys, match_keys
from cardfile.interchange.reading import (
    CSV_SUFFIXES,
    VCARD_SUFFIXES,
    BackgroundReader,
    CardItem,
    Chunk,
    FileUnreadable,
    SourceFile,
    card_item,
    check_source,
    read_file,
    read_in_process,
)
from cardfile.interchange.vcard_reader import NO_NAME
from cardfile.services import records
from cardfile.services.import_matching import CompanyIndex, ContactIndex, Match
from cardfile.services.import_merge import merge_company, merge_contact
from cardfile.store import search
from cardfile.store.writer import Writer, collector_paused, new_id

if TYPE_CHECKING:
    from cardfile.services.container import Services

Decision = Literal["update", "skip", "new"]
DECISIONS: tuple[Decision, ...] = ("update", "skip", "new")
PathArg = str | PathLike[str]
Cancel = threading.Event | Callable[[], bool] | None
# Above this many bytes of input, cards are parsed in a second process (its start costs about a second).
BACKGROUND_BYTES = 4 << 20
CSV_MAPPINGS_SETTING = "csv_mappings"


class _Cancelled(Exception):
    """Raised between batches when the person cancelled; never leaves the service."""


class ImportPartlyKept(CardfileError):
    """An import stopped part-way (a full disk, say) and what it had written could not be taken back yet."""

    code = "import_partly_kept"
    template = (
        "The import stopped part-way. {cause} What it had written before that stayed in the database: {kept}, as "
        "one step of the history; once the problem is solved, `cardfile undo {action}` takes all of it back."
    )
    environment = True


class NoCardFiles(CardfileError):
    """A folder to import holds no vCard files."""

    code = "no_card_files"
    template = "{folder} holds no .vcf or .vcard files; nothing was imported."


# ----- what the service returns -----


@dataclass
class ImportReport:
    """The outcome of an import: counts, every rejected card with its place and reason, and the job's id."""

    job_id: str
    files: list[str]
    imported: int = 0  # cards that became new contacts or companies
    updated: int = 0  # cards merged into a record they duplicate, adding something to it
    skipped: int = 0  # duplicates left alone (on request, or because they added nothing)
    groups: int = 0  # group cards that became groups (or added members to a group of the same name)
    skipped_cards: list[dict[str, Any]] = field(default_factory=list)  # {file, line, name, reason}
    rejected: list[dict[str, Any]] = field(default_factory=list)  # {file, line, reason}
    warnings: list[dict[str, Any]] = field(default_factory=list)  # {file, line, message}: values kept aside
    companies_created: int = 0  # companies made for people's organizations
    cancelled: bool = False  # cancelled and rolled back: nothing of it remains

    def as_json(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "files": list(self.files),
            "imported": self.imported,
            "updated": self.updated,
            "skipped": self.skipped,
            "groups": self.groups,
            "skipped_cards": list(self.skipped_cards),
            "rejected": list(self.rejected),
            "warnings": list(self.warnings),
            "companies_created": self.companies_created,
            "cancelled": self.cancelled,
        }


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """Where an import stands, after each batch it committed."""

    file: str
    bytes_done: int
    bytes_total: int
    cards: int
    imported: int
    updated: int
    skipped: int
    rejected: int

    @property
    def fraction(self) -> float:
        return min(1.0, self.bytes_done / self.bytes_total) if self.bytes_total else 1.0


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """The record an incoming card duplicates: one in the database, or an earlier card of the same import."""

    record_type: Literal["contact", "company"]
    record_id: str | None  # None when the match is an earlier card of this import
    display_name: str
    reason: Literal["uid", "email", "phone", "name"]
    card_key: str | None = None  # PreviewItem.key of the earlier card

    def as_json(self) -> dict[str, Any]:
        return {
            "type": self.record_type,
            "id": self.record_id,
            "display_name": self.display_name,
            "reason": self.reason,
            "card": self.card_key,
        }


@dataclass(frozen=True, slots=True)
class PreviewItem:
    """One card as the import wizard shows it before importing: summary, duplicate and the default decision."""

    key: str  # "FILE:LINE": how `decisions` name this card
    file: str
    line: int
    kind: Literal["contact", "company", "group", "rejected"]
    display_name: str
    company: str
    emails: list[str]
    phones: list[str]
    match: DuplicateMatch | None
    decision: Decision | None  # None for a rejected card
    reason: str = ""  # why a rejected card cannot be imported
    warnings: list[str] = field(default_factory=list)
    members: int = 0  # of a group card: how many cards it names

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "file": self.file,
            "line": self.line,
            "type": self.kind,
            "display_name": self.display_name,
            "company": self.company,
            "emails": list(self.emails),
            "phones": list(self.phones),
            "match": self.match.as_json() if self.match else None,
            "decision": self.decision,
            "reason": self.reason,
            "warnings": list(self.warnings),
            "members": self.members,
        }


def card_key(file: str, line: int) -> str:
    return f"{file}:{line}"


# ----- the service -----


class ImportService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    def import_files(
        self,
        paths: PathArg | Sequence[PathArg],
        *,
        on_duplicate: Decision = "update",
        decisions: Mapping[str, Decision] | None = None,
        job_id: str | None = None,
        progress: Callable[[ImportProgress], None] | None = None,
        cancel: Cancel = None,
        batch_size: int = 500,
        csv_mapping: Mapping[str, str] | str | None = None,
        parallel: bool | None = None,
        unnamed: str = NO_NAME,
    ) -> ImportReport:
        """Import vCard files (.vcf, .vcard; folders of them) and CSV files (.csv) as one undoable job.

        `on_duplicate`: what to do with a card that duplicates a contact (update: merge, losing nothing; skip;
        new: import it anyway). `decisions`: per-card choices keyed by PreviewItem.key, overriding it; "skip"
        skips a card even without a duplicate. `cancel` (an Event or a callable) is checked between batches; a
        cancelled import is rolled back and its report says `cancelled`. `csv_mapping`: a mapping for CSV files
        whose columns are not recognised, or the name of a saved one. `parallel`: parse in a second process
        (default: for inputs over 4 MB).
        """
        _check_decision(on_duplicate)
        for choice in (decisions or {}).values():
            _check_decision(choice)
        if batch_size < 1:
            raise ValidationError(field="batch size", problem="must be at least 1", reason="too_small", limit=1)
        sources = [check_source(source) for source in self._sources(paths, csv_mapping)]
        report = ImportReport(job_id or new_id(), [source.name for source in sources])
        for source in sources:
            no_name_column = name_warning(source.csv_mapping) if source.csv_mapping is not None else None
            if no_name_column is not None:  # the import goes on: the person was told (the wizard told them before)
                line = (source.csv_layout.skip_lines if source.csv_layout else 0) + 1
                report.warnings.append({"file": source.name, "line": line, "message": no_name_column.message})
        if parallel is None:
            parallel = sum(source.size for source in sources) > BACKGROUND_BYTES
        chunk_size = min(batch_size, 250)
        with self._db.read() as conn:
            index_country = search.default_country(conn)  # what the search index parses phone numbers for
        # The reading process starts first: it starts up and reads ahead while the job loads what the database
        # holds to recognise duplicates (a few seconds for a large address book).
        background = BackgroundReader(sources, chunk_size, phone_country=index_country) if parallel else None
        try:
            job = _ImportJob(
                self._services, sources, report, on_duplicate, dict(decisions or {}), batch_size, index_country
            )
            job.unnamed = unnamed
        except BaseException:
            if background is not None:
                background.close()
            raise
        chunks: Iterable[Chunk] = background if background is not None else read_in_process(sources, chunk_size)
        stop = _cancel_check(cancel)

        def commit() -> None:
            if stop():
                raise _Cancelled()
            job.commit()
            job.report_progress(progress)

        try:
            # The job's duplicate indexes grow by a few objects a card, and between batches the collector would
            # walk all of them again and again (a tenth of a large import's time); see collector_paused().
            with collector_paused():
                for chunk in chunks:
                    if chunk.file != job.batch.file:
                        if job.batch.cards:
                            commit()
                        job.switch_file(chunk.file)
                    job.know_phone_keys(chunk.phone_keys)
                    for item in chunk.items:
                        if job.batch_full():
                            commit()
                        job.take(item)
                    job.position = chunk.position
                commit()
                job.link_and_group()
            return report
        except _Cancelled:
            if job.wrote:
                self._take_back(report.job_id, None)
            return ImportReport(report.job_id, report.files, cancelled=True)
        except BaseException as failure:
            if job.wrote:
                self._take_back(report.job_id, failure)
            raise
        finally:
            if background is not None:
                background.close()

    def _take_back(self, job_id: str, failure: BaseException | None) -> None:
        """Undo what a cancelled or failed import wrote, so that nothing of it stays.

        When the database cannot take the undo either (still full, locked), the batches stay, tagged with the job,
        and the person is told exactly what stayed and that one undo removes it: ImportPartlyKept, raised from the
        failure. A bug (any other exception) stays what the caller hears about, with that news added as a note.
        """
        history = self._services.history
        try:
            history.undo_job(job_id)
            return
        except CardfileError as undo_failure:
            counts: dict[str, int] = {}
            try:
                left = history.job_left(job_id)
                kept, action = left.describe(), left.action_id or job_id
                counts = {
                    "new_contacts": left.created.get("contact", 0),
                    "new_companies": left.created.get("company", 0),
                    "changed": sum(left.changed.values()),
                }
            except CardfileError:
                kept, action = "the batches it had written", job_id
            if failure is None:
                cause = f"The import was cancelled, but what it had written could not be taken back: {undo_failure}"
            elif isinstance(failure, CardfileError):
                cause = failure.message
            else:
                failure.add_note(f"The import's batches stayed ({kept}); `cardfile undo {action}` removes them.")
                return
            raise ImportPartlyKept(cause=cause, kept=kept, action=action, **counts) from (failure or undo_failure)

    def preview(
        self,
        paths: PathArg | Sequence[PathArg],
        *,
        limit: int = 50,
        on_duplicate: Decision = "update",
        csv_mapping: Mapping[str, str] | str | None = None,
        unnamed: str = NO_NAME,
    ) -> list[PreviewItem]:
        """The first `limit` cards of the files, each with the duplicate it matches and the default decision.

        Raises the same typed errors import_files raises for files that cannot be imported; writes nothing.
        """
        _check_decision(on_duplicate)
        sources = [check_source(source) for source in self._sources(paths, csv_mapping)]
        with self._db.read() as conn:
            contacts = ContactIndex.load(conn, self._services.settings.default_country())
            companies = CompanyIndex.load(conn)
        items: list[PreviewItem] = []
        earlier: dict[str, tuple[str, str]] = {}  # placeholder id of an earlier card → (its key, its name)
        for source in sources:
            if len(items) >= limit:
                break
            with contextlib.closing(read_file(source)) as results:
                for result in results:
                    item = named(card_item(result), unnamed)
                    key = card_key(source.name, item.line)
                    items.append(self._preview_item(source, key, item, contacts, companies, earlier, on_duplicate))
                    if len(items) >= limit:
                        break
        return self._with_names(items)

    def _preview_item(
        self,
        source: SourceFile,
        key: str,
        item: CardItem,
        contacts: ContactIndex,
        companies: CompanyIndex,
        earlier: dict[str, tuple[str, str]],
        on_duplicate: Decision,
    ) -> PreviewItem:
        values = item.values
        warnings: list[str] = [
            Sentence("at_line", "line {line}: {said}", line=line, said=message) for line, message in item.warnings
        ]
        if item.kind == "rejected":
            return PreviewItem(key, source.name, item.line, "rejected", "", "", [], [], None, None, reason=item.reason)
        if item.kind == "group":
            members = len(values.get("members", ()))
            return PreviewItem(
                key, source.name, item.line, "group", item.display_name, "", [], [], None, "new", warnings=warnings,
                members=members,
            )  # fmt: skip
        placeholder = f"card:{key}"
        found: Match | None
        if item.kind == "company":
            found = companies.find(values["name"], values.get("vcard_uid"))
            companies.add(placeholder, values["name"], values.get("vcard_uid"))
        else:
            keys = item.keys or match_keys(values, item.company_name)
            found = contacts.find(keys)
            contacts.add(placeholder, keys)
        earlier[placeholder] = (key, item.display_name)
        match = None
        if found is not None:
            record_type: Literal["contact", "company"] = "company" if item.kind == "company" else "contact"
            if found.record_id in earlier:
                other_key, other_name = earlier[found.record_id]
                match = DuplicateMatch(record_type, None, other_name, found.reason, other_key)
            else:
                match = DuplicateMatch(record_type, found.record_id, "", found.reason)
        return PreviewItem(
            key,
            source.name,
            item.line,
            kind="company" if item.kind == "company" else "contact",
            display_name=item.display_name,
            company=item.company_name,
            emails=[e["value"] for e in values.get("emails", [])],
            phones=[p["value"] for p in values.get("phones", [])],
            match=match,
            decision=on_duplicate if match is not None else "new",
            warnings=warnings,
        )

    def _with_names(self, items: list[PreviewItem]) -> list[PreviewItem]:
        """Fill in the names of the database records the previewed cards match, in one query per record type."""
        wanted: dict[str, set[str]] = {"contact": set(), "company": set()}
        for item in items:
            if item.match is not None and item.match.record_id is not None:
                wanted[item.match.record_type].add(item.match.record_id)
        with self._db.read() as conn:
            names = {
                **records.names(conn, RecordType.CONTACT, wanted["contact"]),
                **records.names(conn, RecordType.COMPANY, wanted["company"]),
            }
        out = []
        for item in items:
            match = item.match
            if match is not None and match.record_id is not None:
                match = DuplicateMatch(match.record_type, match.record_id, names.get(match.record_id, ""), match.reason)
                item = dataclasses.replace(item, match=match)
            out.append(item)
        return out

    # ----- CSV -----

    def preview_csv(self, path: PathArg, *, rows: int = 20) -> CsvPreview:
        """Encoding, delimiter, header row, the mapping we suggest (a recognised export's, or guesses) and the
        first rows: what the wizard shows so that a person can check or change the mapping."""
        name = str(path)
        try:
            return preview_csv(Path(path), filename=name, rows=rows)
        except OSError as exc:
            raise FileUnreadable(file=name, detail=exc.strerror or str(exc), errno=exc.errno) from None

    def files(self, paths: PathArg | Sequence[PathArg]) -> list[str]:
        """The files an import of `paths` reads, folders expanded as the import expands them (to count them, to
        list them); raises what the import raises for a missing file or a folder without cards."""
        return [source.name for source in self._sources(paths, None)]

    def csv_mapping_gap(self, mapping: Mapping[str, str]) -> NothingToNameBy | None:
        """What keeps a valid mapping from making cards worth importing: no column is mapped to a name, a company
        or an email address, so nothing would tell the contacts apart. The wizard does not go on with it."""
        return nothing_to_name_by(mapping)

    def csv_mappings(self) -> dict[str, dict[str, str]]:
        """Saved CSV mappings by name."""
        return dict(self._db.setting(CSV_MAPPINGS_SETTING, {}) or {})

    def check_csv_mapping(self, mapping: Mapping[str, str]) -> None:
        """Raise CsvMappingError naming the first column whose target is not a field: what the import wizard checks
        while a person maps columns, without reading the files or the database."""
        check_mapping(mapping)

    def csv_mapping_warning(self, mapping: Mapping[str, str]) -> NoNameColumn | None:
        """What a person should know before importing with this mapping though it can be imported: no column holds
        people's names while one holds their company (each person would be named after it). None when all is well;
        the mapping must pass check_csv_mapping first."""
        return name_warning(mapping)

    def save_csv_mapping(self, name: str, mapping: Mapping[str, str]) -> None:
        """Save (or replace) a named mapping, checked first, in the database's settings."""
        if not name.strip():
            raise ValidationError(field="mapping name", problem="a saved mapping needs a name", reason="no_name")
        check_mapping(mapping)
        saved = self.csv_mappings()
        saved[name.strip()] = dict(mapping)
        self._db.set_setting(CSV_MAPPINGS_SETTING, saved)

    def delete_csv_mapping(self, name: str) -> bool:
        saved = self.csv_mappings()
        if saved.pop(name.strip(), None) is None:
            return False
        self._db.set_setting(CSV_MAPPINGS_SETTING, saved)
        return True

    # ----- files -----

    def _sources(
        self, paths: PathArg | Sequence[PathArg], csv_mapping: Mapping[str, str] | str | None
    ) -> list[SourceFile]:
        """The files to import, folders expanded (the .vcf and .vcard files anywhere inside them, by path; hidden
        folders left out), each once."""
        mapping = self._mapping(csv_mapping)
        given = [paths] if isinstance(paths, str | PathLike) else list(paths)
        if not given:
            raise ValidationError(
                field="files", problem="name at least one file or folder to import", reason="no_files"
            )
        out: list[SourceFile] = []
        seen: set[Path] = set()
        for entry in given:
            path = Path(entry)
            if path.is_dir():
                found = _card_files_in(path)
                if not found:
                    raise NoCardFiles(folder=str(path))
                files = found
            elif not path.exists():
                raise FileUnreadable(file=str(path), detail="no such file", reason="missing")
            else:
                files = [path]
            for file in files:
                resolved = file.resolve()
                if resolved in seen:
                    continue
                seen.add(resolved)
                is_csv = file.suffix.lower() in CSV_SUFFIXES
                out.append(SourceFile(str(file), str(file), "csv" if is_csv else "vcard", csv_mapping=mapping))
        return out

    def _mapping(self, csv_mapping: Mapping[str, str] | str | None) -> dict[str, str] | None:
        if csv_mapping is None:
            return None
        if isinstance(csv_mapping, str):
            saved = self.csv_mappings()
            if csv_mapping not in saved:
                raise ValidationError(
                    field="CSV mapping",
                    problem=f"no saved mapping named {csv_mapping!r}",
                    reason="no_saved_mapping",
                    name=csv_mapping,
                )
            return dict(saved[csv_mapping])
        check_mapping(csv_mapping)
        return dict(csv_mapping)


# Cards a card names by line are nested in it, so read just before it: the last few hundred places are enough.
_PLACES_KEPT = 256
_MATCHED_BY = {"uid": "UID", "email": "email address", "phone": "phone number", "name": "name and company"}


def named(item: CardItem, unnamed: str) -> CardItem:
    """`item` with the name a reader gives a card that has none (vcard_reader.NO_NAME, English) replaced by
    `unnamed`: the window names such a card in the reader's language, as if they had typed it; the command line
    keeps the English. Its match keys stay as the reader made them."""
    if unnamed == NO_NAME or item.display_name != NO_NAME:
        return item
    field = "display_name" if item.kind == "contact" else "name"
    values = {**item.values, field: unnamed} if item.values.get(field) == NO_NAME else item.values
    return item._replace(values=values, display_name=unnamed)


def _same_as(code: str, template: str, matched_by: str) -> Sentence:
    """Why a card was skipped as a record already there: `matched` is what matched (uid, email, phone, name)."""
    return Sentence(code, template, by=_MATCHED_BY[matched_by], matched=matched_by)


def _records_by_uid(w: Writer, refs: Sequence[str]) -> dict[str, tuple[str, str]]:
    """'uid:…' and 'email:…' references → (record type, id) of the live contact or company they name: its own
    vCard UID (with or without urn:uuid:), the id an export gave it as UID, or (for a contact) an email address."""
    wanted = sorted({ref for ref in refs if ref.startswith(("uid:", "email:"))})
    out: dict[str, tuple[str, str]] = {}
    uids = [ref[4:] for ref in wanted if ref.startswith("uid:")]
    for table in ("company", "contact"):  # a contact wins a UID both hold
        for start in range(0, len(uids), 400):
            chunk = uids[start : start + 400]
            marks = ",".join("?" for _ in chunk)
            rows = w.conn.exec_driver_sql(
                f"SELECT id, lower(vcard_uid) FROM {table} WHERE deleted_at IS NULL AND (id IN ({marks}) "
                f"OR lower(vcard_uid) IN ({marks}) OR lower(vcard_uid) IN ({marks}))",
                (*chunk, *chunk, *(f"urn:uuid:{u}" for u in chunk)),
            )
            for record_id, uid in rows:
                for key in {record_id, (uid or "").removeprefix("urn:uuid:")}:
                    if key:
                        out[f"uid:{key}"] = (table, record_id)
    emails = [ref[6:] for ref in wanted if ref.startswith("email:")]
    for start in range(0, len(emails), 400):  # one pass over the address book per 400 addresses, not per address
        chunk = emails[start : start + 400]
        marks = ",".join("?" for _ in chunk)
        rows = w.conn.exec_driver_sql(
            "SELECT c.id, lower(json_extract(e.value, '$.value')) FROM contact c, json_each(c.emails) e "
            f"WHERE c.deleted_at IS NULL AND lower(json_extract(e.value, '$.value')) IN ({marks}) "
            "ORDER BY c.created_at DESC",
            tuple(chunk),
        )
        for record_id, email in rows:
            out[f"email:{email}"] = ("contact", record_id)  # the oldest contact with the address, written last
    return out


def _group_named(w: Writer, name: str, uid: str | None) -> str | None:
    """The live group a group card describes: the one an export named by UID (its id), else one of that name."""
    if uid:
        found = w.conn.exec_driver_sql(
            "SELECT id FROM contact_group WHERE deleted_at IS NULL AND id = ?", (uid.lower().removeprefix("urn:uuid:"),)
        ).first()
        if found is not None:
            return str(found[0])
    found = w.conn.exec_driver_sql(
        "SELECT id FROM contact_group WHERE deleted_at IS NULL AND lower(name) = lower(?) ORDER BY id", (name,)
    ).first()
    return str(found[0]) if found is not None else None


def _card_files_in(folder: Path) -> list[Path]:
    """The vCard files anywhere inside `folder`, by their path under it; hidden folders are skipped and folder
    links are not followed (a link back up would go round for ever)."""
    found: list[Path] = []
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found += [Path(root, name) for name in names if Path(name).suffix.lower() in VCARD_SUFFIXES]
    return sorted((file for file in found if file.is_file()), key=lambda file: file.relative_to(folder).parts)


def _check_decision(decision: str) -> None:
    if decision not in DECISIONS:
        raise ValidationError(
            field="duplicates",
            problem=f"{decision!r} is not one of {', '.join(DECISIONS)}",
            reason="not_one_of",
            value=decision,
            choices=list(DECISIONS),
        )


def _cancel_check(cancel: Cancel) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


# ----- one import -----


@dataclass
class _Batch:
    """What the next transaction writes; cards of the batch already point at each other by id."""

    file: int = -1
    cards: int = 0
    companies: dict[str, dict[str, Any]] = field(default_factory=dict)  # id → values, new
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)  # id → values, new
    company_names: dict[str, str] = field(default_factory=dict)  # new contact id → its company's name
    # existing contact id → the cards to merge into it: (values, the card's company name)
    # (values, the card's company name, where the card is: file, line, name)
    contact_updates: dict[str, list[tuple[dict[str, Any], str, tuple[str, int, str]]]] = field(default_factory=dict)
    company_updates: dict[str, list[tuple[dict[str, Any], tuple[str, int, str]]]] = field(default_factory=dict)
    phone_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # worked out by the reader, by number


class _ImportJob:
    """The state of one import between batches: indexes of what exists, the batch being built, the report."""

    def __init__(
        self,
        services: Services,
        sources: Sequence[SourceFile],
        report: ImportReport,
        on_duplicate: Decision,
        decisions: dict[str, Decision],
        batch_size: int,
        index_country: str | None,
    ) -> None:
        self.services = services
        self.sources = sources
        self.report = report
        self.on_duplicate = on_duplicate
        self.decisions = decisions
        self.batch_size = batch_size
        self.bytes_total = sum(source.size for source in sources)
        self.bytes_before = 0  # of the files finished
        self.position = 0  # in the current file
        self.cards = 0
        self.wrote = False
        self.matching = on_duplicate != "new" or any(d != "new" for d in decisions.values())
        self.unnamed = NO_NAME  # what a card without any name is named (import_files' `unnamed`)
        country = services.settings.default_country()
        with services.db.read() as conn:
            self.contacts = ContactIndex.load(conn, country) if self.matching else ContactIndex(country)
            self.companies = CompanyIndex.load(conn)
        self.index_country = index_country  # what the search index parses phone numbers for
        self.batch = _Batch()
        self.chunk_phone_keys: dict[str, tuple[str, ...]] = {}
        # Where each person's card went (file index, line) → record id, for the cards other cards name; the links
        # those name (source record, role, file index, 'line:N' or 'uid:…'); the group cards. All are written
        # once every card is in (link_and_group), since a group may name cards that come after it.
        self.placed: dict[tuple[int, int], str] = {}
        self.links: list[tuple[str, str, int, str, int]] = []  # (…, the line of the card that names it)
        self.groups: list[tuple[int, CardItem]] = []
        self.skipping: tuple[str, int, str] = ("", 0, "")  # the card being taken: (file, line, name)

    # ----- deciding, card by card -----

    def batch_full(self) -> bool:
        return self.batch.cards >= self.batch_size

    def switch_file(self, file: int) -> None:
        """Cards of another file follow; a batch (and its label) belongs to one file."""
        if self.batch.file >= 0:
            self.bytes_before += self.sources[self.batch.file].size
        self.position = 0
        self.batch.file = file

    def know_phone_keys(self, keys: dict[str, tuple[str, ...]] | None) -> None:
        """The search keys of the next chunk's phone numbers, when the reader worked them out."""
        self.chunk_phone_keys = keys or {}
        self.batch.phone_keys.update(self.chunk_phone_keys)

    def take(self, item: CardItem) -> None:
        source = self.sources[self.batch.file]
        self.batch.cards += 1
        self.cards += 1
        report = self.report
        item = named(item, self.unnamed)
        for line, message in item.warnings:
            report.warnings.append({"file": source.name, "line": line, "message": message})
        if item.kind == "rejected":
            report.rejected.append({"file": source.name, "line": item.line, "reason": item.reason})
            return
        explicit = self.decisions.get(card_key(source.name, item.line))
        self.skipping = (source.name, item.line, item.display_name)
        if explicit == "skip":
            self.skip(Sentence("skipped_as_chosen", "skipped as chosen"))
            return
        if item.kind == "group":
            self.groups.append((self.batch.file, item))
            return
        decision = explicit or self.on_duplicate
        values = item.values  # the item's own dict, handed over: nothing else holds it
        if item.kind == "company":
            self.take_company(values, decision)
            return
        record_id = self.take_contact(values, item.company_name.strip(), decision, item.keys)
        if record_id is not None:
            self.placed[(self.batch.file, item.line)] = record_id
            if len(self.placed) > _PLACES_KEPT:
                del self.placed[next(iter(self.placed))]
            self.links.extend((record_id, role, self.batch.file, ref, item.line) for role, ref in item.related)

    def skip(self, reason: str) -> None:
        """Count the card being taken as skipped, and say why in the report."""
        file, line, name = self.skipping
        self.report.skipped += 1
        self.report.skipped_cards.append({"file": file, "line": line, "name": name, "reason": reason})

    def take_contact(
        self, values: dict[str, Any], company: str, decision: Decision, keys: MatchKeys | None
    ) -> str | None:
        """Import or merge a person's card; the record it went to (None when skipped)."""
        if not self.matching:
            keys = None
        elif keys is None:
            keys = match_keys(values, company)
        found = self.contacts.find(keys) if keys is not None and decision != "new" else None
        if found is None:
            return self.insert_contact(values, company, keys)
        if decision == "skip":
            self.skip(_same_as("same_contact", "the same person as a contact already there (same {by})", found.reason))
            return None
        self.merge_into_contact(found.record_id, values, company, keys)
        return found.record_id

    def insert_contact(self, values: dict[str, Any], company: str, keys: MatchKeys | None) -> str:
        record_id = new_id()
        values["id"] = record_id
        if company:
            values["company_id"] = self.company_id(company)
        self.batch.contacts[record_id] = values
        self.batch.company_names[record_id] = company
        if keys is not None:
            self.contacts.add(record_id, keys)
        self.report.imported += 1
        return record_id

    def merge_into_contact(self, record_id: str, values: dict[str, Any], company: str, keys: MatchKeys | None) -> None:
        pending = self.batch.contacts.get(record_id)
        if pending is None:
            self.batch.contact_updates.setdefault(record_id, []).append(
                (values, company, self.skipping)
            )  # counted when written
        else:
            changes = merge_contact(
                pending,
                values,
                current_company=self.batch.company_names[record_id],
                incoming_company=company,
                phone_key=self.contacts.phone_key,
            )
            if "company" in changes:
                self.batch.company_names[record_id] = changes["company"]
                changes["company_id"] = self.company_id(changes.pop("company"))
            pending.update(changes)
            self.count_merge(bool(changes))
        if keys is not None:
            self.contacts.add(record_id, keys)

    def take_company(self, values: dict[str, Any], decision: Decision) -> None:
        found = self.companies.find(values["name"], values.get("vcard_uid")) if decision != "new" else None
        if found is None:
            record_id = new_id()
            self.batch.companies[record_id] = {**values, "id": record_id}
            self.companies.add(record_id, values["name"], values.get("vcard_uid"))
            self.report.imported += 1
        elif decision == "skip":
            self.skip(_same_as("same_company", "the same company as one already there (same {by})", found.reason))
        elif found.record_id in self.batch.companies:
            pending = self.batch.companies[found.record_id]
            changes = merge_company(pending, values, phone_key=self.contacts.phone_key)
            pending.update(changes)
            self.count_merge(bool(changes))
        else:
            self.batch.company_updates.setdefault(found.record_id, []).append((values, self.skipping))

    def company_id(self, name: str) -> str:
        """The company a person's organization names: an existing one, or one this batch creates."""
        found = self.companies.find(name, None)
        if found is not None:
            return found.record_id
        record_id = new_id()
        self.batch.companies[record_id] = {"id": record_id, "name": name}
        self.companies.add(record_id, name, None)
        self.report.companies_created += 1
        return record_id

    def count_merge(self, changed: bool) -> None:
        if changed:
            self.report.updated += 1
        else:
            self.skip("holds nothing the record it duplicates lacks")

    # ----- what cards name: agents, group members -----

    def link_and_group(self) -> None:
        """Link each person to the people their card names, and make the group cards groups of their members, in
        one transaction tagged with the job once every card is in (a group may name cards after it)."""
        if not self.links and not self.groups:
            return
        file = self.groups[-1][0] if self.groups else self.links[-1][2]
        label = f"Imported from {Path(self.sources[file].path).name}"
        with self.services.db.write(label, job_id=self.report.job_id) as w:
            self.wrote = True
            uids = _records_by_uid(
                w,
                [link[3] for link in self.links]
                + [ref for _, item in self.groups for ref in item.values.get("members", ())],
            )
            for source, role, file_index, ref, line in self.links:
                target = self.placed.get((file_index, int(ref[5:]))) if ref.startswith("line:") else None
                if target is None and uids.get(ref, ("", ""))[0] == "contact":
                    target = uids[ref][1]
                if target is None and not ref.startswith("line:"):
                    self.report.warnings.append(
                        {
                            "file": self.sources[file_index].name,
                            "line": line,
                            "message": f"the {role} this card names ({ref.split(':', 1)[1]}) is not in the address "
                            "book; the link was left out",
                        }
                    )
                if target is not None and target != source:
                    current = records.linked(w.conn, RecordType.CONTACT, [source], RecordType.CONTACT)[source]
                    if target not in dict(current):
                        records.set_links(w, RecordType.CONTACT, source, RecordType.CONTACT, [*current, (target, role)])
            for file_index, item in self.groups:
                self.write_group(w, file_index, item, uids)

    def write_group(self, w: Writer, file_index: int, item: CardItem, uids: Mapping[str, tuple[str, str]]) -> None:
        values = item.values
        name = str(values["name"])
        group_id = _group_named(w, name, values.get("vcard_uid"))
        if group_id is None:
            group_id = w.insert(RecordType.GROUP, {"name": name, "description": values.get("description", "")})
        members: dict[RecordType, list[str]] = {RecordType.CONTACT: [], RecordType.COMPANY: []}
        for ref in values.get("members", ()):
            found = uids.get(ref)
            if found is None:
                self.report.warnings.append(
                    {
                        "file": self.sources[file_index].name,
                        "line": item.line,
                        "message": f"group {name!r} names {ref.split(':', 1)[1]}, which is not in the address book; "
                        "it was left out of the group",
                    }
                )
                continue
            members[RecordType(found[0])].append(found[1])
        for member_type, ids in members.items():
            if ids:
                records.add_links(w, RecordType.GROUP, group_id, member_type, ids)
        self.report.groups += 1

    # ----- writing, batch by batch -----

    def commit(self) -> None:
        batch = self.batch
        if batch.companies or batch.contacts or batch.contact_updates or batch.company_updates:
            label = f"Imported from {Path(self.sources[batch.file].path).name}"
            with collector_paused(), self.services.db.write(label, job_id=self.report.job_id) as w:
                self.wrote = True
                if batch.phone_keys:
                    w.know_phone_keys(search.PhoneKeys(self.index_country, batch.phone_keys))
                if batch.companies:
                    self.services.companies.insert_many(w, list(batch.companies.values()))
                if batch.contacts:
                    self.services.contacts.insert_many(w, list(batch.contacts.values()))
                self.update_companies(w, batch.company_updates)
                self.update_contacts(w, batch.contact_updates)
        self.batch = _Batch(file=batch.file, phone_keys=dict(self.chunk_phone_keys))  # the chunk goes on

    def update_contacts(
        self, w: Writer, updates: Mapping[str, list[tuple[dict[str, Any], str, tuple[str, int, str]]]]
    ) -> None:
        if not updates:
            return
        rows = records.fetch(w.conn, RecordType.CONTACT, list(updates))
        companies = records.names(w.conn, RecordType.COMPANY, [row["company_id"] for row in rows.values()])
        contacts = self.services.contacts
        for record_id, incoming in updates.items():
            row = rows.get(record_id)
            if row is None or row["deleted_at"] is not None:  # erased or deleted while we were importing
                for values, company, _ in incoming:
                    fresh = {**values, "id": new_id()}
                    if company:
                        fresh["company_id"] = self.company_id_now(w, company)
                    contacts.insert_many(w, [fresh])
                    self.report.imported += 1
                continue
            current = dict(row)
            current_company = companies.get(row["company_id"] or "", "")
            total: dict[str, Any] = {}
            for values, company, where in incoming:
                self.skipping = where
                changes = merge_contact(
                    current,
                    values,
                    current_company=current_company,
                    incoming_company=company,
                    phone_key=self.contacts.phone_key,
                )
                if "company" in changes:
                    current_company = changes.pop("company")
                    changes["company_id"] = self.company_id_now(w, current_company)
                current.update(changes)
                total.update(changes)
                self.count_merge(bool(changes))
            if total:
                contacts.apply_update(w, record_id, validate(ContactUpdate, **total))

    def update_companies(
        self, w: Writer, updates: Mapping[str, list[tuple[dict[str, Any], tuple[str, int, str]]]]
    ) -> None:
        for record_id, incoming in updates.items():
            current = w.get(RecordType.COMPANY, record_id)
            total: dict[str, Any] = {}
            for values, where in incoming:
                self.skipping = where
                changes = merge_company(current, values, phone_key=self.contacts.phone_key)
                current.update(changes)
                total.update(changes)
                self.count_merge(bool(changes))
            if total:
                w.update(RecordType.COMPANY, record_id, total)

    def company_id_now(self, w: Writer, name: str) -> str:
        """company_id() inside the batch's transaction, for merges decided while writing."""
        found = self.companies.find(name, None)
        if found is not None:
            return found.record_id
        record_id = self.services.companies.insert_many(w, [{"name": name}])[0]
        self.companies.add(record_id, name, None)
        self.report.companies_created += 1
        return record_id

    def report_progress(self, progress: Callable[[ImportProgress], None] | None) -> None:
        if progress is None:
            return
        report = self.report
        done = self.bytes_before + self.position
        file = self.sources[self.batch.file].name if self.batch.file >= 0 else ""
        progress(
            ImportProgress(
                file, done, self.bytes_total, self.cards, report.imported, report.updated, report.skipped,
                len(report.rejected),
            )
        )  # fmt: skip
