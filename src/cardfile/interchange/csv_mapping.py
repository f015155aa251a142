"""Which CSV column fills which contact field: the mapping vocabulary, the header sets of Google Contacts and
Outlook exports (recognised automatically), our own export's headers, and guesses for any other file.

A mapping is a dict from a column header to a target:

    given  family  additional  prefix  suffix  nickname  display_name  phonetic_given  phonetic_additional
    phonetic_family  title  department  company  birthday  anniversary  note  tags  uid  photo  ignore

or a multi-valued field — email, phone, url, im, date, address — with an optional fixed label, slot and part:

    phone:cell              a phone number labelled cell
    email#2, email#2.label  the value and the label of the second email (Google's "E-mail 2 - Value/Label")
    address:work.street     the street of the work address

Columns whose targets share kind, label and slot describe one entry: an address's street, city and postcode, or a
value and the column that labels it. Several value columns of one entry (Outlook's "Business Fax" and "Home Fax",
both `phone:fax`) each give an entry; several street columns ("Business Street 2") are joined line by line.

A column the mapping does not name is not lost: its non-empty cells go into the note as "Header: value". `ignore`
drops a column (Outlook's "Priority", which is "Normal" on every row).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cardfile.domain.errors import ValidationError

IGNORE = "ignore"

SINGLE_TARGETS = frozenset(
    {
        "prefix",
        "given",
        "additional",
        "family",
        "suffix",
        "nickname",
        "display_name",
        "phonetic_given",
        "phonetic_additional",
        "phonetic_family",
        "title",
        "department",
        "company",
        "birthday",
        "anniversary",
        "note",
        "tags",
        "uid",
        "photo",  # a link to a photo: kept as a vCard PHOTO line, never fetched
    }
)
ADDRESS_PARTS = ("street", "locality", "region", "postcode", "country", "po_box", "extended")
ENTRY_PARTS: dict[str, frozenset[str]] = {
    "email": frozenset({"value", "label"}),
    "phone": frozenset({"value", "label"}),
    "url": frozenset({"value", "label"}),
    "date": frozenset({"value", "label"}),
    "im": frozenset({"value", "label", "service"}),
    "address": frozenset({*ADDRESS_PARTS, "label", "formatted"}),
}
_TARGET = re.compile(r"^(?P<kind>[a-z_]+)(?::(?P<label>[^#.]*))?(?:#(?P<slot>[^.]*))?(?:\.(?P<part>[a-z_]+))?$")


@dataclass(frozen=True, slots=True)
class Target:
    """A parsed mapping target: a single field (`kind` only) or one part of a multi-valued entry."""

    kind: str
    label: str = ""
    slot: str = ""
    part: str = "value"

    @property
    def is_entry(self) -> bool:
        return self.kind in ENTRY_PARTS

    @property
    def entry_key(self) -> tuple[str, str, str]:
        return (self.kind, self.label, self.slot)


class CsvMappingError(ValidationError):
    """A mapping names a field that does not exist."""

    code = "csv_mapping"
    template = "Column {column!r} cannot be mapped to {target!r}: {problem}"


def parse_target(text: str, column: str = "") -> Target | None:
    """The Target a mapping value names; None for `ignore`. Raises CsvMappingError for anything else."""
    spec = text.strip()
    if spec.lower() == IGNORE:
        return None
    match = _TARGET.match(spec)
    if match is None:
        raise CsvMappingError(column=column, target=text, problem="not a field name")
    kind = match.group("kind")
    if kind in SINGLE_TARGETS:
        if match.group("label") is not None or match.group("slot") is not None or match.group("part") is not None:
            raise CsvMappingError(column=column, target=text, problem=f"{kind} takes no label, slot or part")
        return Target(kind)
    parts = ENTRY_PARTS.get(kind)
    if parts is None:
        known = ", ".join(sorted({*SINGLE_TARGETS, *ENTRY_PARTS, IGNORE}))
        raise CsvMappingError(column=column, target=text, problem=f"no such field (known: {known})")
    part = match.group("part") or ("street" if kind == "address" else "value")
    if part not in parts:
        raise CsvMappingError(column=column, target=text, problem=f"{kind} has the parts {', '.join(sorted(parts))}")
    return Target(kind, (match.group("label") or "").strip(), (match.group("slot") or "").strip(), part)


def check_mapping(mapping: Mapping[str, str]) -> None:
    """Raise CsvMappingError if any target of `mapping` is not one we know."""
    for column, target in mapping.items():
        parse_target(target, column)


def compile_mapping(headers: Sequence[str], mapping: Mapping[str, str]) -> list[Target | str | None]:
    """Per column: its Target, `IGNORE`, or None when the mapping does not name it (its cells go to the note)."""
    by_header = {_header_key(name): target for name, target in mapping.items()}
    out: list[Target | str | None] = []
    for header in headers:
        spec = mapping.get(header)
        if spec is None:
            spec = by_header.get(_header_key(header))
        if spec is None:
            out.append(None)
            continue
        target = parse_target(spec, header)
        out.append(IGNORE if target is None else target)
    return out


def _header_key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).casefold()


# ----- labels as Google and Outlook write them -----

_LABEL_WORDS = {
    "mobile": "cell",
    "cell": "cell",
    "cellular": "cell",
    "handy": "cell",
    "work": "work",
    "business": "work",
    "office": "work",
    "home": "home",
    "personal": "home",
    "private": "home",
    "other": "other",
    "fax": "fax",
    "work fax": "fax",
    "home fax": "fax",
    "business fax": "fax",
    "other fax": "fax",
}


def normalize_csv_label(text: str) -> tuple[str, bool]:
    """(our label, preferred) for a label cell: Google marks the primary entry '* Work'; 'Mobile' is cell."""
    value = text.strip()
    preferred = value.startswith("*")
    value = value.lstrip("*").strip()
    return _LABEL_WORDS.get(value.casefold(), value), preferred


# ----- presets: the exports of Google Contacts and Outlook, and our own -----

_OUTLOOK_ADDRESSES = {"Business": "work", "Home": "home", "Other": "other"}


def _outlook() -> dict[str, str]:
    mapping = {
        "Title": "prefix",
        "First Name": "given",
        "Middle Name": "additional",
        "Last Name": "family",
        "Suffix": "suffix",
        "Nickname": "nickname",
        "Given Yomi": "phonetic_given",
        "Surname Yomi": "phonetic_family",
        "Company": "company",
        "Department": "department",
        "Job Title": "title",
        "Assistant's Phone": "phone:assistant",
        "Business Fax": "phone:fax",
        "Business Phone": "phone:work",
        "Business Phone 2": "phone:work",
        "Callback": "phone:callback",
        "Car Phone": "phone:car",
        "Company Main Phone": "phone:main",
        "Home Fax": "phone:fax",
        "Home Phone": "phone:home",
        "Home Phone 2": "phone:home",
        "ISDN": "phone:isdn",
        "Mobile Phone": "phone:cell",
        "Other Fax": "phone:fax",
        "Other Phone": "phone:other",
        "Pager": "phone:pager",
        "Primary Phone": "phone:main",
        "Radio Phone": "phone:radio",
        "TTY/TDD Phone": "phone:textphone",
        "Telex": "phone:telex",
        "Anniversary": "anniversary",
        "Birthday": "birthday",
        "Categories": "tags",
        "E-mail Address": "email#1",
        "E-mail 2 Address": "email#2",
        "E-mail 3 Address": "email#3",
        "Notes": "note",
        "Web Page": "url",
        "Personal Web Page": "url:home",
        "IMAddress": "im",
        # Outlook fills these on every row with its defaults ("Normal", "Unspecified", "False", "SMTP").
        "E-mail Type": IGNORE,
        "E-mail Display Name": IGNORE,
        "E-mail 2 Type": IGNORE,
        "E-mail 2 Display Name": IGNORE,
        "E-mail 3 Type": IGNORE,
        "E-mail 3 Display Name": IGNORE,
        "Gender": IGNORE,
        "Initials": IGNORE,
        "Priority": IGNORE,
        "Private": IGNORE,
        "Sensitivity": IGNORE,
    }
    for prefix, label in _OUTLOOK_ADDRESSES.items():
        mapping.update(
            {
                f"{prefix} Street": f"address:{label}.street",
                f"{prefix} Street 2": f"address:{label}.street",
                f"{prefix} Street 3": f"address:{label}.street",
                f"{prefix} City": f"address:{label}.locality",
                f"{prefix} State": f"address:{label}.region",
                f"{prefix} Postal Code": f"address:{label}.postcode",
                f"{prefix} Country/Region": f"address:{label}.country",
                f"{prefix} Address PO Box": f"address:{label}.po_box",
            }
        )
    return mapping


OUTLOOK = _outlook()

_GOOGLE_FIXED = {
    # the export since 2023
    "First Name": "given",
    "Middle Name": "additional",
    "Last Name": "family",
    "Phonetic First Name": "phonetic_given",
    "Phonetic Middle Name": "phonetic_additional",
    "Phonetic Last Name": "phonetic_family",
    "Organization Name": "company",
    "Organization Title": "title",
    "Organization Department": "department",
    "Labels": "tags",
    # the older "Google CSV"
    "Name": "display_name",
    "Given Name": "given",
    "Additional Name": "additional",
    "Family Name": "family",
    "Given Name Yomi": "phonetic_given",
    "Additional Name Yomi": "phonetic_additional",
    "Family Name Yomi": "phonetic_family",
    "Group Membership": "tags",
    "Organization 1 - Name": "company",
    "Organization 1 - Title": "title",
    "Organization 1 - Department": "department",
    "Organization 1 - Type": IGNORE,
    "Yomi Name": IGNORE,
    # both
    "Name Prefix": "prefix",
    "Name Suffix": "suffix",
    "Nickname": "nickname",
    "Birthday": "birthday",
    "Notes": "note",
    "Photo": "photo",
}
_GOOGLE_NUMBERED = re.compile(r"^(E-mail|Phone|Address|Website|Event|IM) (\d+) - (.+)$")
_GOOGLE_KINDS = {
    "E-mail": "email",
    "Phone": "phone",
    "Address": "address",
    "Website": "url",
    "Event": "date",
    "IM": "im",
}
_GOOGLE_PARTS = {
    "Type": "label",
    "Label": "label",
    "Value": "value",
    "Service": "service",
    "Formatted": "formatted",
    "Street": "street",
    "City": "locality",
    "PO Box": "po_box",
    "Region": "region",
    "Postal Code": "postcode",
    "Country": "country",
    "Extended Address": "extended",
}


def _google(headers: Sequence[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for header in headers:
        fixed = _GOOGLE_FIXED.get(header)
        if fixed is not None:
            mapping[header] = fixed
            continue
        match = _GOOGLE_NUMBERED.match(header)
        if match is None:
            continue
        kind, slot, part = _GOOGLE_KINDS[match.group(1)], match.group(2), _GOOGLE_PARTS.get(match.group(3))
        if part is not None and part in ENTRY_PARTS[kind]:
            mapping[header] = f"{kind}#{slot}.{part}"
    return mapping


# Our own CSV export (csv_writer.COLUMNS) read back: header → target.
CARDFILE = {
    "Name": "display_name",
    "Prefix": "prefix",
    "First Name": "given",
    "Middle Name": "additional",
    "Last Name": "family",
    "Suffix": "suffix",
    "Nickname": "nickname",
    "Company": "company",
    "Department": "department",
    "Job Title": "title",
    "E-mail": "email",
    "E-mails": "email#all",
    "E-mail (work)": "email:work",
    "E-mail (home)": "email:home",
    "Phone": "phone",
    "Phones": "phone#all",
    "Phone (work)": "phone:work",
    "Phone (home)": "phone:home",
    "Mobile": "phone:cell",
    "Fax": "phone:fax",
    "Street": "address.street",
    "City": "address.locality",
    "Region": "address.region",
    "Postal Code": "address.postcode",
    "Country": "address.country",
    "Address": "address.formatted",  # used when the street, city … columns are absent
    "Web Page": "url",
    "Birthday": "birthday",
    "Anniversary": "anniversary",
    "Tags": "tags",
    "Notes": "note",
    "vCard UID": "uid",
    "Cardfile ID": IGNORE,
    "Created": IGNORE,
    "Updated": IGNORE,
}


@dataclass(frozen=True, slots=True)
class Recognised:
    """A header row we know: which program wrote it and the mapping that reads it."""

    preset: str  # "google", "outlook", "cardfile"
    mapping: dict[str, str]


def recognise(headers: Sequence[str]) -> Recognised | None:
    """The preset for a header row written by Google Contacts, Outlook or Cardfile; None for any other file."""
    names = {h.strip() for h in headers}
    numbered = sum(1 for h in names if _GOOGLE_NUMBERED.match(h))
    if ({"Given Name", "Family Name"} <= names or {"First Name", "Last Name"} <= names) and numbered:
        return Recognised("google", _google([h.strip() for h in headers]))
    if {"First Name", "Last Name"} <= names and names & {"E-mail Address", "Business Phone", "Mobile Phone"}:
        return Recognised("outlook", {h: OUTLOOK[h.strip()] for h in headers if h.strip() in OUTLOOK})
    if "Name" in names and len(names & CARDFILE.keys()) >= 3 and names <= CARDFILE.keys():
        return Recognised("cardfile", {h: CARDFILE[h.strip()] for h in headers})
    return None


# ----- guesses for any other file, for the import wizard to start from -----

_GUESSES = {
    "name": "display_name",
    "full name": "display_name",
    "display name": "display_name",
    "first name": "given",
    "firstname": "given",
    "given name": "given",
    "forename": "given",
    "vorname": "given",
    "prénom": "given",
    "middle name": "additional",
    "last name": "family",
    "lastname": "family",
    "surname": "family",
    "family name": "family",
    "nachname": "family",
    "nom": "family",
    "prefix": "prefix",
    "salutation": "prefix",
    "suffix": "suffix",
    "nickname": "nickname",
    "company": "company",
    "company name": "company",
    "organization": "company",
    "organisation": "company",
    "firma": "company",
    "title": "title",
    "job title": "title",
    "position": "title",
    "role": "title",
    "department": "department",
    "email": "email",
    "e-mail": "email",
    "email address": "email",
    "e-mail address": "email",
    "mail": "email",
    "phone": "phone",
    "phone number": "phone",
    "telephone": "phone",
    "tel": "phone",
    "telefon": "phone",
    "work phone": "phone:work",
    "business phone": "phone:work",
    "home phone": "phone:home",
    "mobile": "phone:cell",
    "mobile phone": "phone:cell",
    "cell": "phone:cell",
    "cell phone": "phone:cell",
    "handy": "phone:cell",
    "fax": "phone:fax",
    "street": "address.street",
    "address": "address.street",
    "street address": "address.street",
    "city": "address.locality",
    "town": "address.locality",
    "ort": "address.locality",
    "state": "address.region",
    "region": "address.region",
    "province": "address.region",
    "zip": "address.postcode",
    "zip code": "address.postcode",
    "postcode": "address.postcode",
    "postal code": "address.postcode",
    "plz": "address.postcode",
    "country": "address.country",
    "land": "address.country",
    "website": "url",
    "web": "url",
    "web page": "url",
    "url": "url",
    "homepage": "url",
    "birthday": "birthday",
    "date of birth": "birthday",
    "dob": "birthday",
    "geburtstag": "birthday",
    "anniversary": "anniversary",
    "notes": "note",
    "note": "note",
    "comments": "note",
    "comment": "note",
    "tags": "tags",
    "categories": "tags",
    "labels": "tags",
    "groups": "tags",
}


def suggest_mapping(headers: Sequence[str]) -> dict[str, str]:
    """The preset mapping for a known header row, else a guess per column from its header's common names.

    Columns nobody would guess stay out of the result (their cells go to the note unless mapped).
    """
    known = recognise(headers)
    if known is not None:
        return dict(known.mapping)
    out: dict[str, str] = {}
    for header in headers:
        guess = _GUESSES.get(_header_key(header).replace("_", " "))
        if guess is not None and header not in out:
            out[header] = guess
    return out
