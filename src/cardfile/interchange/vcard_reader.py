"""Read vCard 2.1, 3.0 and 4.0 files card by card into validated contacts and companies.

`read_vcards` streams: it yields one result per card, in file order, either a ParsedCard (a validated
ContactCreate or CompanyCreate plus what the importer needs: the company to link, warnings, the card's line) or a
Rejection naming the file, the line of the card's BEGIN:VCARD and the reason. One bad card never stops the rest.
A file that is not vCard at all raises NotVCard before anything is yielded.

We parse with our own tokenizer (vcard_lines) rather than vobject: vobject fails on much of what real software
writes (quoted-printable soft breaks, legacy charsets, UTF-16, data: URIs in 3.0, unindented 2.1 base64) and
parses about 1,800 cards/s, below the import budget. vobject remains the reference the tests check our writer's
output against.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from os import PathLike, fspath
from pathlib import Path
from typing import Any, BinaryIO, Literal
from urllib.parse import unquote

from pydantic import BaseModel
from pydantic import ValidationError as PydanticError

from cardfile.domain.errors import CardfileError
from cardfile.domain.models import CompanyCreate, ContactCreate, validate
from cardfile.domain.sentences import Sentence, of_error
from cardfile.domain.text import derive_display_name
from cardfile.domain.values import (
    MULTI_VALUED,
    EmailAddress,
    ImHandle,
    PhoneNumber,
    PostalAddress,
    RelatedDate,
    WebUrl,
)
from cardfile.interchange import vcard_labels as labels
from cardfile.interchange.carddata import CardData
from cardfile.interchange.vcard_lines import (
    BrokenCard,
    ContentLine,
    RawCard,
    content_lines,
    inner_cards,
    open_source,
    parse_params,
    split_cards,
    text_blocks,
)
from cardfile.interchange.vcard_media import ImageError, decode_image, is_link, mime_for_type, parse_date
from cardfile.interchange.vcard_text import (
    codec_name,
    decode_quoted_printable,
    escape_newlines,
    guess_encoding,
    split_escaped,
    unescape,
)


@dataclass(frozen=True, slots=True)
class CardWarning:
    """Something of a card that could not be used as it stood; the card imported and the value was kept aside."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class ParsedCard:
    """One card read from a file: a validated contact (or company, for KIND:org) and what came with it."""

    file: str
    line: int  # the line of the card's BEGIN:VCARD
    version: str
    record: ContactCreate | CompanyCreate
    company_name: str = ""  # the person's organization (ORG), to link by name; empty for companies
    warnings: tuple[CardWarning, ...] = ()
    # (role, card) of the people this one names: ('agent', 'line:12') for a card nested at line 12 of the same file
    # (vCard 2.1's AGENT), ('agent', 'uid:…') for an AGENT or RELATED;TYPE=agent naming a card by its UID
    related: tuple[tuple[str, str], ...] = ()

    @property
    def kind(self) -> Literal["contact", "company"]:
        return "company" if isinstance(self.record, CompanyCreate) else "contact"

    @property
    def uid(self) -> str | None:
        return self.record.vcard_uid

    @property
    def extra(self) -> list[str]:
        return self.record.vcard_extra

    @property
    def fields(self) -> dict[str, Any]:
        return self.record.model_dump()

    @property
    def display_name(self) -> str:
        """The name a preview shows: FN, or what the store will derive from the name parts."""
        record = self.record
        if isinstance(record, CompanyCreate):
            return record.name
        return record.display_name or derive_display_name(
            prefix=record.prefix,
            given=record.given,
            additional=record.additional,
            family=record.family,
            suffix=record.suffix,
            nickname=record.nickname,
            company=self.company_name,
            email=record.emails[0].value if record.emails else None,
        )

    def card_data(self) -> CardData:
        """This card ready to be written again (round trips and previews of an export)."""
        data = self.record.model_dump()
        if isinstance(self.record, CompanyCreate):
            return CardData.from_company(data)
        return CardData.from_contact(data, company_name=self.company_name)


@dataclass(frozen=True, slots=True)
class Rejection:
    """A card that was not imported: where it starts and why."""

    file: str
    line: int
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class ParsedGroup:
    """A group card (vCard 4.0 KIND:group, Apple's X-ADDRESSBOOKSERVER-KIND:group) and the cards it names."""

    file: str
    line: int
    version: str
    name: str
    description: str = ""
    members: tuple[str, ...] = ()  # 'uid:…' (a member's UID, without urn:uuid:) or 'email:…'
    uid: str | None = None
    warnings: tuple[CardWarning, ...] = ()

    @property
    def kind(self) -> Literal["group"]:
        return "group"

    @property
    def display_name(self) -> str:
        return self.name


CardResult = ParsedCard | ParsedGroup | Rejection


def member_ref(uri: str) -> str:
    """How a group member or a related card is named: 'uid:' and the UID (urn:uuid: dropped, lower case), or
    'email:' and the address for a mailto: URI."""
    text = uri.strip()
    lowered = text.lower()
    if lowered.startswith("mailto:"):
        return "email:" + text[7:].strip().lower()
    if lowered.startswith("urn:uuid:"):
        text = text[9:]
    return "uid:" + text.strip().lower()


def read_vcards(source: bytes | str | PathLike[str] | BinaryIO, *, filename: str | None = None) -> Iterator[CardResult]:
    """Each card of a vCard file in order, parsed or rejected; raises NotVCard if the file holds no vCard.

    `source` is the file's bytes, its path, or an open binary file; `filename` names it in results and errors
    (default: the path's name, or "<data>").
    """
    if filename is None:
        filename = Path(fspath(source)).name if isinstance(source, str | PathLike) else "<data>"
    stream, owned = open_source(source)
    try:
        memory = _EncodingMemory()
        for raw in split_cards(text_blocks(stream, filename), filename):
            if isinstance(raw, BrokenCard):
                yield Rejection(filename, raw.line, raw.reason)
                continue
            yield from _read_card(filename, raw, memory)
    finally:
        if owned:
            stream.close()


def _read_card(filename: str, raw: RawCard, memory: _EncodingMemory) -> Iterator[CardResult]:
    """The card, after the cards nested in it (vCard 2.1's AGENT), each a card of its own the outer one names."""
    outer, nested = inner_cards(raw)
    related: list[tuple[str, str]] = []
    for card, role in nested:
        results = list(_read_card(filename, card, memory))
        yield from results
        if results and isinstance(results[-1], ParsedCard):  # its own nested cards come before it
            related.append((role, f"line:{card.line}"))
    try:
        reader = _CardReader(filename, outer, memory)
        result = reader.read()
        for card, role in reader.inline_agents:
            results = list(_read_card(filename, card, memory))
            yield from results
            if results and isinstance(results[-1], ParsedCard):
                related.append((role, f"line:{card.line}"))
        if related and isinstance(result, ParsedCard):
            result = replace(result, related=(*related, *result.related))
        yield result
    except _Rejected as rejected:
        yield Rejection(filename, raw.line, rejected.reason)
    except CardfileError as exc:
        yield Rejection(filename, raw.line, of_error(exc))
    except (ValueError, UnicodeError, LookupError) as exc:
        yield Rejection(
            filename, raw.line, Sentence("unreadable_card", "the card could not be read ({detail})", detail=str(exc))
        )


class _Rejected(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(slots=True)
class _EncodingMemory:
    """The legacy encoding the file's earlier cards turned out to use: the first guess for the next card."""

    last: str | None = None


# ----- one card -----


@dataclass(slots=True)
class _Property:
    source: ContentLine
    name: str
    params: dict[str, list[str]]  # shared between properties with the same parameter text: never changed
    value: str  # decoded, still vCard-escaped
    normalized: bool  # the header must be rewritten (2.1 syntax, quoted-printable or CHARSET, odd name)

    @property
    def line(self) -> int:
        return self.source.line

    @property
    def group(self) -> str:
        return self.source.group

    def types(self) -> list[str]:
        return self.params.get("TYPE", _NONE)

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None

    def raw_line(self) -> str:
        """The property as one unfolded line in 3.0/4.0 syntax, to be written back as it came."""
        header = _header(self.source, self.params) if self.normalized else _original_header(self.source)
        return f"{header}:{escape_newlines(self.value)}"


_NONE: list[str] = []
_VALID_NAME = re.compile(r"[A-Za-z0-9-]+")
_INVALID_NAME_CHARS = re.compile(r"[^A-Za-z0-9-]")
_DROPPED = frozenset({"VERSION", "PRODID", "REV", "BEGIN", "END"})
_PERSON_ONLY = frozenset(
    {
        "N",
        "NICKNAME",
        "TITLE",
        "BDAY",
        "ANNIVERSARY",
        "X-ANNIVERSARY",
        "X-EVOLUTION-ANNIVERSARY",
        "X-MS-ANNIVERSARY",
        "X-KADDRESSBOOK-X-ANNIVERSARY",
        "X-PHONETIC-FIRST-NAME",
        "X-PHONETIC-MIDDLE-NAME",
        "X-PHONETIC-LAST-NAME",
    }
)
_ANNIVERSARY_PROPERTIES = frozenset(
    {"ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-KADDRESSBOOK-X-ANNIVERSARY"}
)
_PHONETIC = {
    "X-PHONETIC-FIRST-NAME": "phonetic_given",
    "X-PHONETIC-MIDDLE-NAME": "phonetic_additional",
    "X-PHONETIC-LAST-NAME": "phonetic_family",
}
_APPLE_MARKERS = ("X-ABUID", "X-ABLABEL", "X-ABSHOWAS", "X-ABADR", "X-ADDRESSBOOKSERVER-KIND")
# The name of a card that holds something but no name, organization, email address, phone number or handle.
NO_NAME = "(no name)"
NOTHING_REASON = Sentence(
    "empty_card", "the card is empty: it holds no name, address, date, note, photo or any other property"
)
_UNKNOWN_KIND_REASON = "the card is a vCard of kind {kind!r}, not a person or an organization"


class _CardReader:
    """Turns one card's content lines into a validated contact or company."""

    def __init__(self, filename: str, raw: RawCard, memory: _EncodingMemory) -> None:
        self.filename = filename
        self.raw = raw
        self.memory = memory
        self.warnings: list[CardWarning] = []
        self.extra: list[str] = []
        self.values: dict[str, Any] = {}
        # per multi-valued field: (entry as a dict, preference rank, the property it came from)
        self.entries: dict[str, list[tuple[dict[str, Any], int, _Property]]] = {name: [] for name in MULTI_VALUED}
        self.tags: list[str] = []
        self.notes: list[str] = []
        self.org: list[str] = []
        self.fn = ""
        self.uid: str | None = None
        self.version = ""
        self.kind = "individual"
        self.show_as_company = False  # Apple's X-ABShowAs:COMPANY
        self.seen_single: set[str] = set()
        self.seen_altid: set[tuple[str, str]] = set()
        self.group_labels: dict[str, str] = {}  # itemN (lower-case) -> our label from its X-ABLabel
        self.group_label_lines: dict[str, str] = {}
        self.modelled_groups: set[str] = set()
        self.related: list[tuple[str, str]] = []  # (role, 'uid:…') from AGENT and RELATED;TYPE=agent URIs
        self.inline_agents: list[tuple[RawCard, str]] = []  # a 3.0 AGENT whose value is a whole card

    # ----- driving -----

    def read(self) -> ParsedCard | ParsedGroup:
        lines, problems = content_lines(self.raw)
        for number, message in problems:
            self.warn(number, message)
        properties = self.decode(lines)
        self.prepare(properties)
        if self.kind == "group":
            return self.read_group(properties)
        grouped_extra: list[_Property] = []
        for prop in properties:
            if not prop.value.strip() and prop.name not in ("N", "ORG"):
                continue  # empty properties (URL:, EMAIL:) carry nothing
            handler = _HANDLERS.get(prop.name)
            if prop.name in _DROPPED or prop.name == "X-ABLABEL":
                continue
            if self.kind == "org" and prop.name in _PERSON_ONLY and prop.name != "N":
                self.keep(prop)
                continue
            altid = prop.param("ALTID")
            if altid is not None:
                if (prop.name, altid) in self.seen_altid:
                    self.keep(prop)  # another language or form of a value we already have
                    continue
                self.seen_altid.add((prop.name, altid))
            if handler is not None and handler(self, prop):
                if prop.group:
                    self.modelled_groups.add(prop.group.lower())
                continue
            if prop.group:
                grouped_extra.append(prop)
            else:
                self.keep(prop)
        for prop in grouped_extra:
            self.keep_grouped(prop)
        return self.build()

    def decode(self, lines: list[ContentLine]) -> list[_Property]:
        """Decode every value: quoted-printable first, then UTF-8, the declared CHARSET, or the card's best guess."""
        properties: list[_Property] = []
        undecided: list[tuple[_Property, bytes]] = []
        for line in lines:
            params, normalized = parse_params(line.params)
            raw = line.value
            if "ENCODING" in params or "CHARSET" in params:
                params, raw, charset, recoded = _transfer_decoded(params, raw)
                normalized = normalized or recoded
            else:
                charset = None
            name = line.name
            if not _VALID_NAME.fullmatch(line.written_name):
                # Kontact writes names such as X-messaging/gadu-All, which vobject and most readers refuse.
                name = _INVALID_NAME_CHARS.sub("-", line.written_name).upper()
                normalized = True
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                declared = _decode_declared(raw, charset)
                if declared is None:
                    prop = _Property(line, name, params, "", normalized)
                    undecided.append((prop, raw))
                    properties.append(prop)
                    continue
                text = declared
            if "\r" in text:  # quoted-printable line breaks are CRLF (=0D=0A)
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            properties.append(_Property(line, name, params, text, normalized))
        if undecided:
            self.decode_legacy(undecided, lines)
        return properties

    def decode_legacy(self, undecided: list[tuple[_Property, bytes]], lines: list[ContentLine]) -> None:
        """Decode 8-bit values that are not UTF-8 and declare no usable CHARSET with the card's likeliest encoding."""
        prefer = [self.memory.last] if self.memory.last else []
        if any(line.name in _APPLE_MARKERS for line in lines):
            prefer.insert(0, "mac_roman")
        guess = guess_encoding([raw for _, raw in undecided], prefer)
        self.memory.last = guess
        for prop, raw in undecided:
            text = raw.decode(guess, errors="replace")
            prop.value = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text

    def prepare(self, properties: list[_Property]) -> None:
        """What must be known before any property is read: version, kind, and the labels of Apple's groups."""
        has_person_name = False
        for prop in properties:
            name = prop.name
            if name == "VERSION":
                self.version = prop.value.strip()
            elif name in ("KIND", "X-ADDRESSBOOKSERVER-KIND"):
                self.kind = prop.value.strip().lower() or "individual"
            elif name == "X-ABSHOWAS":
                self.show_as_company = prop.value.strip().upper() == "COMPANY"
            elif name == "X-ABLABEL" and prop.group:
                group = prop.group.lower()
                text = unescape(prop.value)
                self.group_labels[group] = labels.label_from_ablabel(text)
                self.group_label_lines[group] = prop.raw_line()
            elif name == "N":
                has_person_name = any(part.strip() for part in split_escaped(prop.value, ";")[:2])
        if self.kind == "individual" and self.show_as_company and not has_person_name:
            self.kind = "org"  # Apple's "show as company" card with no person's name is the company itself
        if self.kind not in ("individual", "org", "group"):
            raise _Rejected(Sentence("unknown_kind", _UNKNOWN_KIND_REASON, kind=self.kind))

    # ----- helpers for handlers -----

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(CardWarning(line, message))

    def keep(self, prop: _Property) -> None:
        """Keep a property we do not model, as one unfolded line, so an export writes it back."""
        self.extra.append(prop.raw_line())

    def keep_grouped(self, prop: _Property) -> None:
        """Keep an unmodelled property of an Apple group, with the group's X-ABLabel when nothing else used it."""
        group = prop.group.lower()
        if group in self.modelled_groups:
            if prop.name != "X-ABADR":  # Apple's country hint for an address we model cannot follow the address
                self.extra.append(prop.raw_line())
            return
        self.extra.append(prop.raw_line())
        label_line = self.group_label_lines.pop(group, None)
        if label_line is not None:
            self.extra.append(label_line)

    def label(self, prop: _Property, *, phone: bool = False) -> str:
        if prop.group and prop.group.lower() in self.group_labels:
            return self.group_labels[prop.group.lower()]
        return labels.label_from_types(prop.types(), phone=phone)

    def pref_rank(self, prop: _Property) -> int:
        """0 for not preferred; otherwise 1 (most preferred) … 100, from TYPE=pref or a 4.0 PREF=n."""
        pref = prop.param("PREF")
        if pref is not None:
            try:
                return max(1, min(100, int(pref)))
            except ValueError:
                return 1
        return 1 if any(t.lower() == "pref" for t in prop.types()) else 0

    def add_entry(self, field_name: str, prop: _Property, entry: dict[str, Any]) -> bool:
        """Collect an entry; all of a card's entries are validated together in build()."""
        self.entries[field_name].append((entry, self.pref_rank(prop), prop))
        return True

    def single(self, prop: _Property) -> bool:
        """True the first time a single-valued property is met; later ones are kept as extra properties."""
        if prop.name in self.seen_single:
            return False
        self.seen_single.add(prop.name)
        return True

    # ----- handlers: each returns True when it used the property -----

    def on_fn(self, prop: _Property) -> bool:
        if not self.single(prop):
            return False
        self.fn = unescape(prop.value).strip()
        return True

    def on_n(self, prop: _Property) -> bool:
        if not self.single(prop):
            return False
        # Each part may be a list ("Ann,Marie" as additional names); its items are joined with spaces.
        parts = [" ".join(split_escaped(part, ",")).strip() for part in split_escaped(prop.value, ";", keep=True)]
        parts += [""] * (5 - len(parts))
        family, given, additional, prefix, suffix = parts[:5]
        if len(parts) > 5 and any(parts[5:]):
            self.warn(prop.line, Sentence("name_parts", "N has more than five parts; the rest were ignored"))
        if self.kind == "org":
            if family or given:
                self.keep(prop)
            return True
        self.values.update(family=family, given=given, additional=additional, prefix=prefix, suffix=suffix)
        return True

    def on_nickname(self, prop: _Property) -> bool:
        if not self.single(prop):
            return False
        self.values["nickname"] = ", ".join(p.strip() for p in split_escaped(prop.value, ",") if p.strip())
        return True

    def on_phonetic(self, prop: _Property) -> bool:
        if not self.single(prop):
            return False
        self.values[_PHONETIC[prop.name]] = unescape(prop.value).strip()
        return True

    def on_title(self, prop: _Property) -> bool:
        if not self.single(prop):
            return False
        self.values["title"] = unescape(prop.value).strip()
        return True

    def on_org(self, prop: _Property) -> bool:
        if not self.single(prop):
            return False
        units = [unit.strip() for unit in split_escaped(prop.value, ";")]
        while units and not units[-1]:
            units.pop()
        self.org = units
        return True

    def on_birthday(self, prop: _Property) -> bool:
        return self.on_date(prop, "birthday")

    def on_anniversary(self, prop: _Property) -> bool:
        return self.on_date(prop, "anniversary")

    def on_date(self, prop: _Property, field_name: str) -> bool:
        date = self.date_of(prop)
        return date is not None and self.set_date(field_name, date)

    def set_date(self, field_name: str, date: str) -> bool:
        current = self.values.get(field_name)
        if current is not None:
            return current == date  # the same date again (Evolution writes two) is dropped; another is kept
        self.values[field_name] = date
        return True

    def date_of(self, prop: _Property) -> str | None:
        """The partial date of a date property, or None (with a warning) when its value is no date."""
        value = unescape(prop.value).strip()
        is_text = (prop.param("VALUE") or "").lower() == "text"
        date = None if is_text else parse_date(value, prop.param("X-APPLE-OMIT-YEAR"))
        if date is None:
            self.warn(
                prop.line,
                Sentence(
                    "not_a_date_kept",
                    "{property} {value!r} is not a date; it was kept as an extra vCard property",
                    property=prop.name,
                    value=value,
                ),
            )
            return None
        return date.iso()

    def on_abdate(self, prop: _Property) -> bool:
        date = self.date_of(prop)
        if date is None:
            return False
        label = self.label(prop)
        if label.lower() == "anniversary" and self.set_date("anniversary", date):
            return True  # Apple's _$!<Anniversary>!$_ and Google's "Anniversary" label the anniversary
        return self.add_entry("dates", prop, {"value": date, "label": label})

    def on_email(self, prop: _Property) -> bool:
        value = unescape(prop.value).strip()
        if value.lower().startswith("mailto:"):
            value = value[7:]
        label = self.label(prop)
        return self.add_entry("emails", prop, {"value": value, "label": label})

    def on_tel(self, prop: _Property) -> bool:
        value = unescape(prop.value).strip()
        if value.lower().startswith("tel:"):
            value = value[4:]
        label = self.label(prop, phone=True)
        return self.add_entry("phones", prop, {"value": value, "label": label})

    def on_adr(self, prop: _Property) -> bool:
        parts = split_escaped(prop.value, ";")
        parts += [""] * (7 - len(parts))
        po_box, extended, street, locality, region, postcode, country = (p.strip() for p in parts[:7])
        if not any((po_box, extended, street, locality, region, postcode, country)):
            return True  # ADR:;;;;;; says nothing
        label = self.label(prop)
        address = {
            "label": label,
            "po_box": po_box,
            "extended": extended,
            "street": street,
            "locality": locality,
            "region": region,
            "postcode": postcode,
            "country": country,
        }
        return self.add_entry("addresses", prop, address)

    def on_url(self, prop: _Property) -> bool:
        value = unescape(prop.value).strip()
        label = self.label(prop)
        return self.add_entry("urls", prop, {"value": value, "label": label})

    def on_impp(self, prop: _Property) -> bool:
        scheme_service, handle = labels.split_impp(unescape(prop.value).strip())
        service = (prop.param("X-SERVICE-TYPE") or scheme_service).strip().lower()
        label = self.label(prop)
        return self.add_handle(prop, unquote(handle), service, label)

    def on_legacy_im(self, prop: _Property) -> bool:
        return self.add_handle(prop, unescape(prop.value).strip(), labels.IM_PROPERTIES[prop.name], self.label(prop))

    def on_social_profile(self, prop: _Property) -> bool:
        value = unescape(prop.value).strip()
        if value.lower().startswith("x-apple:"):
            value = unquote(value[8:])
        kinds = [t for t in prop.types() if t.lower() != "pref"]
        service = kinds[0].lower() if kinds else ""  # Apple and we write the network as the first TYPE
        if prop.group and prop.group.lower() in self.group_labels:
            label = self.group_labels[prop.group.lower()]
        else:
            label = labels.label_from_types(kinds[1:])
        return self.add_handle(prop, value, service, label)

    def add_handle(self, prop: _Property, value: str, service: str, label: str) -> bool:
        if not value:
            return True
        return self.add_entry("ims", prop, {"value": value, "service": service, "label": label})

    def on_categories(self, prop: _Property) -> bool:
        self.tags.extend(tag.strip() for tag in split_escaped(prop.value, ",") if tag.strip())
        return True

    def on_note(self, prop: _Property) -> bool:
        note = unescape(prop.value).strip()
        if note:
            self.notes.append(note)
        return True

    def on_uid(self, prop: _Property) -> bool:
        if not self.single(prop):
            return False
        self.uid = unescape(prop.value).strip() or None
        return True

    def on_photo(self, prop: _Property) -> bool:
        if self.kind != "org" and prop.name == "LOGO":
            return False
        if "photo" in self.values:
            return False  # a second image is kept as written
        value = prop.value.strip()
        value_type = (prop.param("VALUE") or "").lower()
        if (value_type in ("uri", "url") and not value.lower().startswith("data:")) or is_link(value):
            return False  # a link to a photo: kept as written, never fetched
        encoding = (prop.param("ENCODING") or "").lower()
        declared = next((m for m in map(mime_for_type, prop.types()) if m), None)
        if prop.param("MEDIATYPE"):
            declared = prop.param("MEDIATYPE")
        try:
            data, mime = decode_image(
                unescape(value) if value.lower().startswith("data:") else value,
                base64_encoded=encoding in ("b", "base64"),
                declared=declared,
            )
        except ImageError as exc:
            self.warn(
                prop.line,
                Sentence(
                    "image_kept",
                    "{property}: {problem}; it was kept as an extra vCard property",
                    property=prop.name,
                    problem=str(exc),
                ),
            )
            return False
        self.values["photo"], self.values["photo_mime"] = data, mime
        return True

    def on_kind(self, prop: _Property) -> bool:
        return True

    def on_agent(self, prop: _Property) -> bool:
        """AGENT naming a card by URI (3.0 VALUE=uri, as we write it), or holding a whole card as its value."""
        value = unescape(prop.value).strip()
        if value.upper().startswith("BEGIN:VCARD"):
            lines = value.replace("\r\n", "\n").split("\n")
            if lines[-1].strip().upper() == "END:VCARD":
                body = "\n".join(lines[1:-1]) + "\n"
                self.inline_agents.append((RawCard(prop.line, body.encode("utf-8")), "agent"))
                return True
            return False
        if value.lower().startswith("urn:uuid:"):
            self.related.append(("agent", member_ref(value)))
            return True
        return False  # another kind of URI (a CID, a URL): kept as written

    def on_related(self, prop: _Property) -> bool:
        """RELATED;TYPE=agent naming a card by its UID: a link to that person; other relations are kept as written."""
        value = unescape(prop.value).strip()
        if any(t.lower() == "agent" for t in prop.types()) and value.lower().startswith("urn:uuid:"):
            self.related.append(("agent", member_ref(value)))
            return True
        return False

    def read_group(self, properties: list[_Property]) -> ParsedGroup:
        name, family_name, notes, members, uid = "", "", [], [], None
        for prop in properties:
            value = unescape(prop.value).strip()
            if not value:
                continue
            if prop.name == "FN" and not name:
                name = value
            elif prop.name == "N" and not family_name:
                family_name = " ".join(p.strip() for p in split_escaped(prop.value, ";") if p.strip())
            elif prop.name in ("MEMBER", "X-ADDRESSBOOKSERVER-MEMBER"):
                members.append(member_ref(value))
            elif prop.name == "NOTE":
                notes.append(value)
            elif prop.name == "UID" and uid is None:
                uid = value
        name = name or family_name
        if not name and not members and not notes:
            raise _Rejected(NOTHING_REASON)
        return ParsedGroup(
            self.filename,
            self.raw.line,
            self.version,
            name or NO_NAME,
            "\n\n".join(notes),
            tuple(dict.fromkeys(members)),
            uid,
            tuple(self.warnings),
        )

    def on_show_as(self, prop: _Property) -> bool:
        return self.kind == "org"  # consumed when the card became a company; kept on a person for Apple

    # ----- the result -----

    def build(self) -> ParsedCard:
        entries = self.valid_entries()
        note = "\n\n".join(self.notes)
        company_name = self.org[0] if self.org else ""
        department = ", ".join(unit for unit in self.org[1:] if unit)
        common: dict[str, Any] = {
            **entries,
            "tags": self.tags,
            "note": note,
            "vcard_uid": self.uid,
            "vcard_extra": self.extra,
        }
        if self.kind == "org":
            return self.build_company(common, company_name)
        names = {k: self.values.get(k, "") for k in ("prefix", "given", "additional", "family", "suffix", "nickname")}
        first_email = entries["emails"][0].value if entries["emails"] else None
        derived = {
            derive_display_name(**names, company=company_name, email=first_email, family_first=order)
            for order in (False, True)
        }
        display_name = ""
        fn_is_company = self.show_as_company and self.fn == company_name and any(derived)
        named = any(names[part] for part in ("prefix", "given", "additional", "family", "suffix"))
        if self.fn and self.fn not in derived and not fn_is_company:
            display_name = self.fn
        elif not self.fn and not named:
            fallback = self.fallback_name(entries, company_name)
            if fallback == NO_NAME and not self.holds_anything(entries):
                raise _Rejected(NOTHING_REASON)
            if fallback not in derived:
                display_name = fallback
        record = validate(
            ContactCreate,
            **common,
            **self.values,
            display_name=display_name,
            department=department,
        )
        return ParsedCard(
            self.filename,
            self.raw.line,
            self.version,
            record,
            company_name,
            tuple(self.warnings),
            tuple(self.related),
        )

    def valid_entries(self) -> dict[str, list[Any]]:
        """The card's entries validated in one go; an invalid one is kept as an extra property, with a warning."""
        # Every field given, the empty ones too: pydantic deep-copies a default list for each field left out.
        data = {name: _with_preferred(found) if found else [] for name, found in self.entries.items()}
        try:
            checked = _Entries.model_validate(data)
        except PydanticError as exc:
            invalid: dict[tuple[str, int], str] = {}
            for error in exc.errors():
                location = error["loc"]
                if len(location) >= 2 and isinstance(location[1], int):
                    invalid.setdefault((str(location[0]), location[1]), str(error["msg"]))
            removed = sorted(
                ((self.entries[name][index][2], name, message) for (name, index), message in invalid.items()),
                key=lambda item: item[0].line,
            )
            for name, index in sorted(invalid, key=lambda key: -key[1]):
                del self.entries[name][index]
            for prop, name, message in removed:
                problem = message.removeprefix("Value error, ")
                self.warn(
                    prop.line,
                    Sentence(
                        "entry_kept",
                        "{problem}; the {entry} was kept as an extra vCard property",
                        problem=problem,
                        entry=_ENTRY_NAMES[name],
                        field=name,
                    ),
                )
                self.keep_invalid(prop)
            data = {name: _with_preferred(found) if found else [] for name, found in self.entries.items()}
            checked = _Entries.model_validate(data)
        return {name: getattr(checked, name) for name in MULTI_VALUED}

    def keep_invalid(self, prop: _Property) -> None:
        self.extra.append(prop.raw_line())
        label_line = self.group_label_lines.get(prop.group.lower()) if prop.group else None
        if label_line is not None and label_line not in self.extra:
            self.extra.append(label_line)

    def build_company(self, common: dict[str, Any], org_name: str) -> ParsedCard:
        name = self.fn or org_name
        urls = common.pop("urls")
        website = ""
        if urls:
            website, urls = urls[0].value, urls[1:]
        if not name:
            name = (
                website
                or next((e.value for e in common["emails"]), "")
                or next((p.value for p in common["phones"]), "")
            )
        if not name:
            if not self.holds_anything({**common, "urls": urls}):
                raise _Rejected(NOTHING_REASON)
            name = NO_NAME
        record = validate(
            CompanyCreate,
            **common,
            name=name,
            urls=urls,
            website=website,
            logo=self.values.get("photo"),
            logo_mime=self.values.get("photo_mime"),
        )
        return ParsedCard(self.filename, self.raw.line, self.version, record, "", tuple(self.warnings))

    def fallback_name(self, entries: dict[str, list[Any]], organization: str) -> str:
        """The name of a person whose card has no name: the nickname, the first messaging handle, email address,
        phone number, the organization, the first web address, an email address that is not valid — or NO_NAME."""
        if self.values.get("nickname"):
            return str(self.values["nickname"])
        for field_name in ("ims", "emails", "phones"):
            if entries[field_name]:
                return str(entries[field_name][0].value)
        if organization:
            return organization
        if entries["urls"]:
            return str(entries["urls"][0].value)
        for line in self.extra:
            head, _, value = line.partition(":")
            if head.split(";", 1)[0].split(".")[-1].upper() == "EMAIL" and value.strip():
                return unescape(value).strip()
        return NO_NAME

    def holds_anything(self, entries: dict[str, list[Any]]) -> bool:
        """Whether the card holds any value at all (a UID alone is none): only an empty card is rejected."""
        return bool(
            any(entries.values())
            or self.tags
            or self.notes
            or any(unit for unit in self.org)
            or any(value for value in self.values.values())
            or self.extra
        )


def _with_preferred(found: list[tuple[dict[str, Any], int, _Property]]) -> list[dict[str, Any]]:
    """The entries with only the most preferred one (lowest rank; the first of equals) marked preferred."""
    ranks = [rank for _, rank, _ in found if rank]
    best = min(ranks) if ranks else 0
    out: list[dict[str, Any]] = []
    marked = False
    for entry, rank, _ in found:
        preferred = bool(best) and rank == best and not marked
        marked = marked or preferred
        out.append({**entry, "preferred": preferred})
    return out


class _Entries(BaseModel):
    """All multi-valued fields of a card, validated in one call; each entry type keeps its own validators."""

    emails: list[EmailAddress] = []
    phones: list[PhoneNumber] = []
    addresses: list[PostalAddress] = []
    urls: list[WebUrl] = []
    ims: list[ImHandle] = []
    dates: list[RelatedDate] = []


_ENTRY_NAMES = {
    "emails": "email address",
    "phones": "phone number",
    "addresses": "address",
    "urls": "web address",
    "ims": "handle",
    "dates": "date",
}


def _transfer_decoded(params: dict[str, list[str]], raw: bytes) -> tuple[dict[str, list[str]], bytes, str | None, bool]:
    """Undo quoted-printable and take CHARSET out: (params left, bytes, charset, whether params changed)."""
    encoding = (params.get("ENCODING") or [""])[0].upper()
    quoted_printable = encoding in ("QUOTED-PRINTABLE", "QP")
    charset = params.get("CHARSET")
    if not quoted_printable and charset is None:
        return params, raw, None, encoding == "BASE64"  # 2.1's BASE64 is written back as 3.0's ENCODING=b
    if quoted_printable:
        raw = decode_quoted_printable(raw)
    dropped = ("ENCODING", "CHARSET") if quoted_printable else ("CHARSET",)
    left = {key: values for key, values in params.items() if key not in dropped}
    return left, raw, charset[0] if charset else None, True


def _decode_declared(raw: bytes, charset: str | None) -> str | None:
    codec = codec_name(charset) if charset else None
    if codec is None:
        return None
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def _original_header(line: ContentLine) -> str:
    name_part = f"{line.group}.{line.written_name}" if line.group else line.written_name
    if not line.params:
        return name_part
    try:
        return name_part + line.params.decode("utf-8")
    except UnicodeDecodeError:
        return name_part + line.params.decode("cp1252", errors="replace")


def _header(line: ContentLine, params: dict[str, list[str]]) -> str:
    """The header in 3.0/4.0 syntax: bare 2.1 types as TYPE=, base64 as ENCODING=b, no CHARSET or QP."""
    written = _INVALID_NAME_CHARS.sub("-", line.written_name)
    parts = [f"{line.group}.{written}" if line.group else written]
    for key, values in params.items():
        if key == "ENCODING" and values and values[0].upper() in ("BASE64", "B"):
            parts.append("ENCODING=b")
            continue
        if not values:
            continue
        parts.append(f"{key}={','.join(_quote_param(v) for v in values)}")
    return ";".join(parts)


def _quote_param(value: str) -> str:
    value = value.replace('"', "'")
    return f'"{value}"' if any(ch in value for ch in ",;:") else value


_HANDLERS: dict[str, Callable[[_CardReader, _Property], bool]] = {
    "FN": _CardReader.on_fn,
    "N": _CardReader.on_n,
    "NICKNAME": _CardReader.on_nickname,
    "X-PHONETIC-FIRST-NAME": _CardReader.on_phonetic,
    "X-PHONETIC-MIDDLE-NAME": _CardReader.on_phonetic,
    "X-PHONETIC-LAST-NAME": _CardReader.on_phonetic,
    "TITLE": _CardReader.on_title,
    "ORG": _CardReader.on_org,
    "BDAY": _CardReader.on_birthday,
    "EMAIL": _CardReader.on_email,
    "TEL": _CardReader.on_tel,
    "ADR": _CardReader.on_adr,
    "URL": _CardReader.on_url,
    "IMPP": _CardReader.on_impp,
    "X-SOCIALPROFILE": _CardReader.on_social_profile,
    "X-ABDATE": _CardReader.on_abdate,
    "CATEGORIES": _CardReader.on_categories,
    "NOTE": _CardReader.on_note,
    "UID": _CardReader.on_uid,
    "PHOTO": _CardReader.on_photo,
    "LOGO": _CardReader.on_photo,
    "KIND": _CardReader.on_kind,
    "AGENT": _CardReader.on_agent,
    "RELATED": _CardReader.on_related,
    "X-ADDRESSBOOKSERVER-KIND": _CardReader.on_kind,
    "X-ABSHOWAS": _CardReader.on_show_as,
    **{name: _CardReader.on_anniversary for name in _ANNIVERSARY_PROPERTIES},
    **{name: _CardReader.on_legacy_im for name in labels.IM_PROPERTIES},
}
