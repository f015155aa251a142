"""Read contact files (vCard or CSV) into plain card items, in this process or in a second one.

An import spends its time in two halves of similar cost: parsing cards (here) and writing them to the database
(the services). On a machine with two cores they overlap when the parsing runs in a separate process, which
nearly doubles a large import's speed (bench/interchange.py); small files are read in-process, where starting a
process would cost more than it saves. Writing is the larger half, so a reader that gets ahead also parses the
cards' phone numbers for the search index (see BackgroundReader).

What crosses between the processes is deliberately plain — tuples, dicts of built-in values, bytes — because
unpickling pydantic models costs about as much as validating them again. The values are exactly a validated
ContactCreate's or CompanyCreate's `model_dump()`, without the fields left at their defaults.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import queue
import threading
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, BinaryIO, Literal, NamedTuple

from cardfile.domain.errors import CardfileError
from cardfile.domain.models import CompanyCreate, ContactCreate
from cardfile.domain.phones import search_keys
from cardfile.interchange.csv_mapping import check_mapping
from cardfile.interchange.csv_reader import CsvLayout, default_mapping, read_csv, sniff_csv
from cardfile.interchange.match_keys import MatchKeys, match_keys
from cardfile.interchange.vcard_reader import ParsedCard, ParsedGroup, Rejection, read_vcards

Format = Literal["vcard", "csv"]
VCARD_SUFFIXES = (".vcf", ".vcard")
CSV_SUFFIXES = (".csv",)


class FileUnreadable(CardfileError):
    """A file to import is missing or cannot be read (permissions, a device error); nothing was imported."""

    code = "file_unreadable"
    template = "Cannot read {file}: {detail}. Nothing was imported."
    environment = True


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One file to import and how to read it; `name` is how results and errors refer to it."""

    path: str
    name: str
    format: Format
    size: int = 0
    csv_mapping: dict[str, str] | None = None
    csv_layout: CsvLayout | None = None


class CardItem(NamedTuple):
    """One card or row as the importer needs it: cheap to pickle, no pydantic inside."""

    line: int
    kind: str  # "contact", "company", "group" or "rejected"
    # the validated record's fields that differ from their defaults; a group's name, description, members, UID
    values: dict[str, Any]
    company_name: str  # a person's organization, to link by name
    display_name: str  # what a preview shows
    reason: str  # why a rejected card was not imported
    warnings: tuple[tuple[int, str], ...]  # (line, message) of values kept aside
    keys: MatchKeys | None = None  # what a contact can be recognised by
    related: tuple[tuple[str, str], ...] = ()  # (role, card) of the people a person's card names (ParsedCard)


class Chunk(NamedTuple):
    """Consecutive items of one file and how far into the file the reader has got (for progress)."""

    file: int  # index into the sources
    items: list[CardItem]
    position: int  # bytes read so far
    # phones.search_keys of the items' phone numbers for the country the reader was given, when it had time to
    # work them out (see BackgroundReader)
    phone_keys: dict[str, tuple[str, ...]] | None = None


def _defaults(model: type[ContactCreate] | type[CompanyCreate]) -> dict[str, Any]:
    return {
        name: info.get_default(call_default_factory=True)
        for name, info in model.model_fields.items()
        if not info.is_required()
    }


_CONTACT_DEFAULTS = _defaults(ContactCreate)
_COMPANY_DEFAULTS = _defaults(CompanyCreate)
_NO_DEFAULT = object()


def card_item(result: ParsedCard | ParsedGroup | Rejection) -> CardItem:
    """The plain form of a reader's result."""
    if isinstance(result, Rejection):
        return CardItem(result.line, "rejected", {}, "", "", result.reason, ())
    if isinstance(result, ParsedGroup):
        values = {
            "name": result.name,
            "description": result.description,
            "members": list(result.members),
            "vcard_uid": result.uid,
        }
        warnings = tuple((w.line, w.message) for w in result.warnings)
        return CardItem(result.line, "group", values, "", result.name, "", warnings)
    record = result.record
    defaults = _COMPANY_DEFAULTS if isinstance(record, CompanyCreate) else _CONTACT_DEFAULTS
    values = {k: v for k, v in record.model_dump().items() if v != defaults.get(k, _NO_DEFAULT)}
    warnings = tuple((w.line, w.message) for w in result.warnings)
    keys = None if isinstance(record, CompanyCreate) else match_keys(values, result.company_name)
    return CardItem(
        result.line, result.kind, values, result.company_name, result.display_name, "", warnings, keys, result.related
    )


# ----- checking a file before anything is imported -----


def check_source(source: SourceFile) -> SourceFile:
    """Open the file and read its start: raises FileUnreadable, NotVCard, NotCsv, CsvNeedsMapping or
    CsvMappingError now, before anything is written. Returns the source with its size and, for CSV, its layout
    and mapping settled."""
    try:
        stream: BinaryIO = open(source.path, "rb")  # noqa: SIM115 - closed below, on every path
    except OSError as exc:
        raise FileUnreadable(file=source.name, detail=exc.strerror or str(exc), errno=exc.errno) from None
    try:
        try:
            size = _size(stream)
            if source.format == "csv":
                layout = sniff_csv(stream, filename=source.name)
                mapping = source.csv_mapping
                if mapping is None:
                    mapping = default_mapping(layout, source.name)
                check_mapping(mapping)
                return replace(source, size=size, csv_layout=layout, csv_mapping=mapping)
            next(read_vcards(stream, filename=source.name), None)  # NotVCard comes before the first card
            return replace(source, size=size)
        except OSError as exc:
            raise FileUnreadable(file=source.name, detail=exc.strerror or str(exc), errno=exc.errno) from None
    finally:
        stream.close()


def _size(stream: BinaryIO) -> int:
    return os.fstat(stream.fileno()).st_size


# ----- reading -----


def read_file(source: SourceFile) -> Generator[ParsedCard | ParsedGroup | Rejection, None, None]:
    """The reader's results for one file, as the vCard or CSV reader gives them (close it to stop early)."""
    if source.format == "csv":
        yield from read_csv(source.path, source.csv_mapping, filename=source.name, layout=source.csv_layout)
    else:
        yield from read_vcards(source.path, filename=source.name)


def read_chunks(index: int, source: SourceFile, chunk_size: int) -> Iterator[Chunk]:
    """One file's cards as plain items, `chunk_size` at a time."""
    try:
        stream: BinaryIO = open(source.path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise FileUnreadable(file=source.name, detail=exc.strerror or str(exc), errno=exc.errno) from None
    try:
        if source.format == "csv":
            results: Iterator[ParsedCard | ParsedGroup | Rejection] = read_csv(
                stream, source.csv_mapping, filename=source.name, layout=source.csv_layout
            )
        else:
            results = read_vcards(stream, filename=source.name)
        items: list[CardItem] = []
        try:
            for result in results:
                items.append(card_item(result))
                if len(items) >= chunk_size:
                    yield Chunk(index, items, stream.tell())
                    items = []
        except OSError as exc:
            raise FileUnreadable(file=source.name, detail=exc.strerror or str(exc), errno=exc.errno) from None
        yield Chunk(index, items, source.size or stream.tell())
    finally:
        stream.close()


def read_in_process(sources: Sequence[SourceFile], chunk_size: int) -> Iterator[Chunk]:
    for index, source in enumerate(sources):
        yield from read_chunks(index, source, chunk_size)


class _Done(NamedTuple):
    pass


class _Failed(NamedTuple):
    file: str
    detail: str


def _tune_collector() -> None:
    """Make the reading process's garbage collector cheap: it costs a tenth of the parsing otherwise.

    The cards of a chunk live until the chunk is sent, so the collector's youngest generation fills with objects
    that survive, and it would walk them every 700 allocations. Parsing makes few reference cycles (a rejected
    card's exception), so collecting every 20,000 allocations loses nothing; the modules loaded at start-up are
    moved out of the collector's sight for good (gc.freeze), as they live as long as the process.
    """
    gc.freeze()
    gc.set_threshold(20_000)


def phone_keys(items: Iterable[CardItem], country: str | None) -> dict[str, tuple[str, ...]]:
    """The search keys of the items' phone numbers (phones.search_keys, as the search index works them out)."""
    return {
        entry["value"]: search_keys(entry["value"], country)
        for item in items
        if item.kind != "group"
        for entry in item.values.get("phones", ())
    }


def _importer_is_behind(out: Any) -> bool:
    """Chunks are waiting for the importer: the reader can take on some of its work without keeping it waiting.

    Two chunks waiting, not just one, so that the importer never runs dry while the reader does the extra work.
    Where a queue cannot tell its size (macOS), a full queue is the sign.
    """
    try:
        return bool(out.qsize() >= 2)
    except NotImplementedError:
        return bool(out.full())


def _die_with_parent() -> None:
    """End this process as soon as the process that started it is gone, however it went (even `kill -9`).

    The reader is otherwise stuck for good putting a chunk on a full queue nobody reads, holding the input file
    open. multiprocessing hands a spawned child a sentinel of its parent: on POSIX (Linux, macOS) the read end of a
    pipe whose write end only the parent holds, which reads as closed once the parent has died; on Windows the
    parent's process handle, which is signalled when it exits. One thread waits on it.
    """
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)  # at once: nothing here is worth finishing for a reader whose importer has gone

    threading.Thread(target=watch, name="cardfile-reader-parent-watch", daemon=True).start()


def _reading_process(sources: Sequence[SourceFile], chunk_size: int, out: Any, phone_country: str | None) -> None:
    """Where the second process starts."""
    _die_with_parent()
    _tune_collector()
    send_chunks(sources, chunk_size, out, phone_country)


def send_chunks(sources: Sequence[SourceFile], chunk_size: int, out: Any, phone_country: str | None) -> None:
    """Read every file in turn and put its chunks on the queue `out`, then a last message: done, or what failed."""
    current = ""
    try:
        for index, source in enumerate(sources):
            current = source.name
            for chunk in read_chunks(index, source, chunk_size):
                if _importer_is_behind(out):
                    chunk = chunk._replace(phone_keys=phone_keys(chunk.items, phone_country))
                out.put(chunk)
        out.put(_Done())
    except CardfileError as exc:
        out.put(_Failed(current, exc.message))
    except Exception as exc:  # a bug or the machine: reported to the importer, which rolls back
        out.put(_Failed(current, f"{type(exc).__name__}: {exc}"))


class BackgroundReader:
    """Read the sources in a second process; iterate for chunks, `close()` to stop (it also terminates the process).

    At most `depth` chunks wait between the processes, so memory stays bounded however large the files are. When
    chunks are waiting, the importer is the slower of the two, and the reader takes on some of its work: it works
    out the search keys of the next chunk's phone numbers for `phone_country` (the database's default country), a
    quarter of what writing a contact costs. So the two processes share the work about evenly, whichever is faster
    on the machine at hand.
    """

    POLL_SECONDS = 0.5

    def __init__(
        self, sources: Sequence[SourceFile], chunk_size: int, *, depth: int = 8, phone_country: str | None = None
    ) -> None:
        # spawn, not fork: the desktop app imports from a worker thread, and forking a process with threads is
        # unsafe (and not available on Windows or the default on macOS anyway).
        self._sources = list(sources)
        self._chunk_size = chunk_size
        context = multiprocessing.get_context("spawn")
        self._queue: Any = context.Queue(maxsize=depth)
        self._process = context.Process(
            target=_reading_process,
            args=(self._sources, chunk_size, self._queue, phone_country),
            daemon=True,
            name="cardfile-reader",
        )
        self._process.start()
        self._finished = False

    def __iter__(self) -> Iterator[Chunk]:
        received = False
        while not self._finished:
            try:
                message = self._queue.get(timeout=self.POLL_SECONDS)
            except queue.Empty:
                if not self._process.is_alive() and self._queue.empty():
                    self._finished = True
                    if not received:
                        # The process could not start (a frozen app without freeze_support(), a script without a
                        # __main__ guard): read here instead, slower but whole.
                        yield from read_in_process(self._sources, self._chunk_size)
                        return
                    raise FileUnreadable(
                        file="the import", detail=f"the reading process stopped (exit code {self._process.exitcode})"
                    ) from None
                continue
            received = True
            if isinstance(message, _Done):
                self._finished = True
                return
            if isinstance(message, _Failed):
                self._finished = True
                raise FileUnreadable(file=message.file, detail=message.detail)
            yield message

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._queue.cancel_join_thread()
        self._queue.close()
        self._process.close()

    def __enter__(self) -> BackgroundReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
