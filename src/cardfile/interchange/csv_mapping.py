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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from cardfile.domain.errors import CardfileError, ValidationError
from cardfile.domain.text import search_fold

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
        raise CsvMappingError(column=column, target=text, problem="not a field name", reason="not_a_field_name")
    kind = match.group("kind")
    if kind in SINGLE_TARGETS:
        if match.group("label") is not None or match.group("slot") is not None or match.group("part") is not None:
            raise CsvMappingError(
                column=column, target=text, problem=f"{kind} takes no label, slot or part", reason="takes_no_label"
            )
        return Target(kind)
    parts = ENTRY_PARTS.get(kind)
    if parts is None:
        known = ", ".join(sorted({*SINGLE_TARGETS, *ENTRY_PARTS, IGNORE}))
        raise CsvMappingError(
            column=column, target=text, problem=f"no such field (known: {known})", reason="no_such_field"
        )
    part = match.group("part") or ("street" if kind == "address" else "value")
    if part not in parts:
        raise CsvMappingError(
            column=column,
            target=text,
            problem=f"{kind} has the parts {', '.join(sorted(parts))}",
            reason="no_such_part",
            parts=sorted(parts),
        )
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

# Header words as people and localized Outlook, Google and phone exports write them, by language, after
# `_guess_key` (case, accents and punctuation folded: 'Tel. Büro' -> 'tel buro', 'E-Mail-Adresse' -> 'email adresse').
_GUESSES_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "en": {
        "name": "display_name", "full name": "display_name", "display name": "display_name",
        "contact": "display_name", "contact name": "display_name", "contact person": "display_name",
        "person": "display_name", "customer name": "display_name", "client name": "display_name",
        "first name": "given", "firstname": "given", "given name": "given", "forename": "given", "first": "given",
        "middle name": "additional", "middle": "additional", "last name": "family", "lastname": "family",
        "surname": "family", "family name": "family", "last": "family", "prefix": "prefix", "salutation": "prefix",
        "suffix": "suffix", "nickname": "nickname", "nick": "nickname",
        "company": "company", "company name": "company", "organization": "company", "organisation": "company",
        "org": "company", "organization name": "company", "business name": "company", "account name": "company",
        "employer": "company", "firm": "company",
        "title": "title", "job title": "title", "position": "title", "role": "title", "job": "title",
        "designation": "title", "department": "department", "dept": "department",
        "email": "email", "email address": "email", "email addr": "email", "emailaddress": "email", "mail": "email",
        "work email": "email:work", "business email": "email:work", "home email": "email:home",
        "personal email": "email:home",
        "phone": "phone", "phone number": "phone", "phone no": "phone", "telephone": "phone", "tel": "phone",
        "tel no": "phone", "work phone": "phone:work", "business phone": "phone:work", "office phone": "phone:work",
        "direct": "phone:work", "direct line": "phone:work", "home phone": "phone:home",
        "mobile": "phone:cell", "mobile phone": "phone:cell", "mobile number": "phone:cell", "cell": "phone:cell",
        "cell phone": "phone:cell", "cellphone": "phone:cell", "fax": "phone:fax", "fax number": "phone:fax",
        "street": "address.street", "address": "address.street", "street address": "address.street",
        "mailing address": "address.street", "postal address": "address.street",
        "address 1": "address.street", "address line 1": "address.street", "address line 2": "address.street",
        "street 1": "address.street", "street 2": "address.street", "city": "address.locality",
        "town": "address.locality", "state": "address.region", "region": "address.region",
        "province": "address.region", "state province": "address.region", "county": "address.region",
        "zip": "address.postcode", "zip code": "address.postcode", "zipcode": "address.postcode",
        "postcode": "address.postcode", "postal code": "address.postcode", "zip postal code": "address.postcode",
        "country": "address.country", "country region": "address.country",
        "website": "url", "web": "url", "web page": "url", "web site": "url", "url": "url", "homepage": "url",
        "birthday": "birthday", "date of birth": "birthday", "dob": "birthday", "birth date": "birthday",
        "anniversary": "anniversary", "notes": "note", "note": "note", "comments": "note", "comment": "note",
        "remarks": "note", "description": "note", "tags": "tags", "categories": "tags", "category": "tags",
        "labels": "tags", "groups": "tags", "group": "tags", "skype": "im", "im": "im",
    },
    "de": {
        "kontakt": "display_name", "ansprechpartner": "display_name", "vollstandiger name": "display_name",
        "vorname": "given", "weitere vornamen": "additional", "nachname": "family", "familienname": "family",
        "anrede": "prefix", "titel": "prefix", "spitzname": "nickname", "firma": "company",
        "unternehmen": "company", "firmenname": "company", "abteilung": "department", "position": "title",
        "funktion": "title", "berufsbezeichnung": "title", "epost": "email", "email adresse": "email",
        "emailadresse": "email", "telefon": "phone", "telefonnummer": "phone", "tel buro": "phone:work",
        "telefon buro": "phone:work", "telefon geschaftlich": "phone:work", "tel geschaftlich": "phone:work",
        "telefon privat": "phone:home", "tel privat": "phone:home", "handy": "phone:cell", "mobil": "phone:cell",
        "mobiltelefon": "phone:cell", "mobilnummer": "phone:cell", "telefax": "phone:fax",
        "fax geschaftlich": "phone:fax", "strasse": "address.street", "anschrift": "address.street",
        "adresse": "address.street", "strasse geschaftlich": "address:work.street", "strasse privat":
        "address:home.street", "ort": "address.locality", "stadt": "address.locality",
        "ort geschaftlich": "address:work.locality", "ort privat": "address:home.locality",
        "plz": "address.postcode", "postleitzahl": "address.postcode",
        "postleitzahl geschaftlich": "address:work.postcode", "postleitzahl privat": "address:home.postcode",
        "bundesland": "address.region", "land": "address.country", "land region geschaftlich":
        "address:work.country", "webseite": "url", "internetseite": "url", "geburtstag": "birthday",
        "geburtsdatum": "birthday", "jahrestag": "anniversary", "notizen": "note", "notiz": "note",
        "bemerkung": "note", "bemerkungen": "note", "kategorien": "tags", "gruppen": "tags",
    },
    "fr": {
        "nom complet": "display_name", "prenom": "given", "nom": "family", "nom de famille": "family",
        "deuxieme prenom": "additional", "civilite": "prefix", "titre": "prefix", "surnom": "nickname",
        "societe": "company", "entreprise": "company", "organisation": "company", "service": "department",
        "fonction": "title", "poste": "title", "courriel": "email", "adresse de messagerie": "email",
        "adresse email": "email", "adresse mail": "email", "telephone": "phone", "telephone bureau": "phone:work",
        "telephone bureau 1": "phone:work", "telephone domicile": "phone:home", "telephone mobile": "phone:cell",
        "tel mobile": "phone:cell", "portable": "phone:cell", "telecopie": "phone:fax",
        "telecopie bureau": "phone:fax", "adresse": "address.street", "rue": "address.street",
        "rue bureau": "address:work.street", "ville": "address.locality", "ville bureau": "address:work.locality",
        "code postal": "address.postcode", "code postal bureau": "address:work.postcode",
        "pays": "address.country", "pays region": "address.country", "site web": "url", "page web": "url",
        "date de naissance": "birthday", "anniversaire": "birthday", "remarques": "note", "categories": "tags",
    },
    "es": {
        "nombre completo": "display_name", "contacto": "display_name", "nombre": "given", "apellido": "family",
        "apellidos": "family", "segundo nombre": "additional", "tratamiento": "prefix", "apodo": "nickname",
        "empresa": "company", "compania": "company", "organizacion": "company", "departamento": "department",
        "cargo": "title", "puesto": "title", "correo": "email", "correo electronico": "email",
        "direccion de correo electronico": "email", "telefono": "phone", "telefono del trabajo": "phone:work",
        "telefono de la casa": "phone:home", "telefono particular": "phone:home", "movil": "phone:cell",
        "telefono movil": "phone:cell", "celular": "phone:cell", "direccion": "address.street",
        "calle": "address.street", "calle del trabajo": "address:work.street", "ciudad": "address.locality",
        "ciudad de trabajo": "address:work.locality", "provincia": "address.region", "estado": "address.region",
        "codigo postal": "address.postcode", "pais": "address.country", "pais o region": "address.country",
        "sitio web": "url", "pagina web": "url", "cumpleanos": "birthday", "fecha de nacimiento": "birthday",
        "notas": "note", "categorias": "tags",
    },
    "is": {
        "nafn": "display_name", "fullt nafn": "display_name", "fornafn": "given", "millinafn": "additional",
        "eftirnafn": "family", "kenninafn": "family", "gaelunafn": "nickname", "fyrirtaeki": "company",
        "vinnustadur": "company", "deild": "department", "starfsheiti": "title", "stada": "title",
        "netfang": "email", "simi": "phone", "simanumer": "phone", "vinnusimi": "phone:work",
        "heimasimi": "phone:home", "farsimi": "phone:cell", "gsm": "phone:cell", "fax": "phone:fax",
        "heimilisfang": "address.street", "gata": "address.street", "postnumer": "address.postcode",
        "stadur": "address.locality", "baer": "address.locality", "sveitarfelag": "address.locality",
        "land": "address.country", "vefsida": "url", "heimasida": "url", "afmaelisdagur": "birthday",
        "faedingardagur": "birthday", "athugasemdir": "note", "athugasemd": "note", "flokkar": "tags",
    },
    "ja": {
        "氏名": "display_name", "名前": "display_name", "表示名": "display_name", "姓": "family", "名": "given",
        "ミドルネーム": "additional", "姓 フリガナ": "phonetic_family", "名 フリガナ": "phonetic_given",
        "フリガナ 姓": "phonetic_family", "フリガナ 名": "phonetic_given", "せい": "phonetic_family",
        "めい": "phonetic_given", "敬称": "prefix", "ニックネーム": "nickname", "会社": "company",
        "会社名": "company", "勤務先": "company", "部署": "department", "部署名": "department", "役職": "title",
        "肩書き": "title", "メール": "email", "メールアドレス": "email", "電子メール": "email", "電話": "phone",
        "電話番号": "phone", "会社電話": "phone:work", "勤務先電話": "phone:work", "自宅電話": "phone:home",
        "携帯": "phone:cell", "携帯電話": "phone:cell", "携帯番号": "phone:cell", "ファックス": "phone:fax",
        "住所": "address.street", "番地": "address.street", "市区町村": "address.locality",
        "都道府県": "address.region", "郵便番号": "address.postcode", "国": "address.country",
        "ホームページ": "url", "ウェブサイト": "url", "誕生日": "birthday", "生年月日": "birthday",
        "記念日": "anniversary", "メモ": "note", "備考": "note", "グループ": "tags", "分類": "tags",
    },
    "ru": {
        "фио": "display_name", "полное имя": "display_name", "контакт": "display_name",
        "контактное лицо": "display_name", "имя": "given", "отчество": "additional", "фамилия": "family",
        "обращение": "prefix", "прозвище": "nickname", "псевдоним": "nickname", "компания": "company",
        "организация": "company", "фирма": "company", "отдел": "department", "подразделение": "department",
        "должность": "title", "электронная почта": "email", "эл почта": "email", "почта": "email",
        "адрес электронной почты": "email", "телефон": "phone", "номер телефона": "phone",
        "рабочий телефон": "phone:work", "домашний телефон": "phone:home", "мобильный": "phone:cell",
        "мобильный телефон": "phone:cell", "сотовый": "phone:cell", "сотовый телефон": "phone:cell",
        "факс": "phone:fax", "адрес": "address.street", "улица": "address.street", "город": "address.locality",
        "область": "address.region", "регион": "address.region", "индекс": "address.postcode",
        "почтовый индекс": "address.postcode", "страна": "address.country", "сайт": "url", "веб сайт": "url",
        "день рождения": "birthday", "дата рождения": "birthday", "годовщина": "anniversary",
        "заметки": "note", "примечание": "note", "примечания": "note", "комментарий": "note",
        "группы": "tags", "категории": "tags", "метки": "tags",
    },
    "fa": {
        "نام کامل": "display_name", "نام و نام خانوادگی": "display_name", "مخاطب": "display_name",
        "نام": "given", "نام خانوادگی": "family", "نام مستعار": "nickname", "لقب": "nickname",
        "پیشوند": "prefix", "عنوان": "prefix", "شرکت": "company", "سازمان": "company", "نام شرکت": "company",
        "بخش": "department", "دپارتمان": "department", "واحد": "department", "سمت": "title",
        "عنوان شغلی": "title", "ایمیل": "email", "پست الکترونیک": "email", "پست الکترونیکی": "email",
        "رایانامه": "email", "تلفن": "phone", "شماره تلفن": "phone", "شماره تماس": "phone", "تلفن محل کار":
        "phone:work", "تلفن منزل": "phone:home", "موبایل": "phone:cell", "تلفن همراه": "phone:cell",
        "شماره همراه": "phone:cell", "فکس": "phone:fax", "نمابر": "phone:fax", "آدرس": "address.street",
        "نشانی": "address.street", "خیابان": "address.street", "شهر": "address.locality",
        "استان": "address.region", "کد پستی": "address.postcode", "کشور": "address.country", "وبسایت": "url",
        "وب سایت": "url", "تارنما": "url", "تاریخ تولد": "birthday", "سالگرد": "anniversary",
        "یادداشت": "note", "یادداشتها": "note", "توضیحات": "note", "برچسب": "tags", "برچسبها": "tags",
        "گروه": "tags",
    },
    "th": {
        "ชื่อ นามสกุล": "display_name", "ชื่อเต็ม": "display_name", "ผู้ติดต่อ": "display_name", "ชื่อ": "given",
        "ชื่อจริง": "given", "นามสกุล": "family", "ชื่อเล่น": "nickname", "คำนำหน้า": "prefix",
        "คำนำหน้าชื่อ": "prefix", "บริษัท": "company", "ชื่อบริษัท": "company", "องค์กร": "company",
        "หน่วยงาน": "company", "แผนก": "department", "ฝ่าย": "department", "ตำแหน่ง": "title", "อีเมล": "email",
        "อีเมล์": "email", "โทรศัพท์": "phone", "เบอร์โทร": "phone", "เบอร์โทรศัพท์": "phone",
        "หมายเลขโทรศัพท์": "phone", "โทรศัพท์ที่ทำงาน": "phone:work", "โทรศัพท์บ้าน": "phone:home",
        "มือถือ": "phone:cell", "โทรศัพท์มือถือ": "phone:cell", "เบอร์มือถือ": "phone:cell", "แฟกซ์": "phone:fax",
        "โทรสาร": "phone:fax", "ที่อยู่": "address.street", "เมือง": "address.locality",
        "อำเภอ": "address.locality", "เขต": "address.locality", "จังหวัด": "address.region",
        "รหัสไปรษณีย์": "address.postcode", "ประเทศ": "address.country", "เว็บไซต์": "url", "วันเกิด": "birthday",
        "วันครบรอบ": "anniversary", "หมายเหตุ": "note", "บันทึก": "note", "กลุ่ม": "tags", "แท็ก": "tags",
    },
}  # fmt: skip


_PUNCTUATION = re.compile(r"[.,;:#()\[\]/\\|_*+&?!\"“”«»・。、]+")
_JOINERS = re.compile(r"[-‐'’]")


def _guess_keys(header: str) -> list[str]:
    """The forms of a header the guesses are looked up by: folded as search folds (case, accents, width, kana,
    Persian letter forms), punctuation made spaces, a hyphen joining ('E-Mail' -> 'email') or parting words."""
    folded = _PUNCTUATION.sub(" ", search_fold(header.replace("\ufeff", "")))
    joined = " ".join(_JOINERS.sub("", folded).split())
    parted = " ".join(_JOINERS.sub(" ", folded).split())
    return [joined] if joined == parted else [joined, parted]


_GUESSES: dict[str, str] = {}
for _language in _GUESSES_BY_LANGUAGE.values():
    for _header, _target in _language.items():
        for _key in _guess_keys(_header):
            _GUESSES.setdefault(_key, _target)

# When no header matches whole: the words that make a column an email or a phone column, and the words that label
# a phone number ('Handy privat', 'Business Mobile 2', 'Telefonnummer (Arbeit)').
_EMAIL_WORDS = ("email", "epost", "courriel", "correo", "netfang", "почта", "ایمیل", "رایانامه", "อีเมล", "メール")
_PHONE_WORDS = (
    "phone", "tel", "telefon", "telephone", "telefono", "simi", "simanumer", "телефон", "تلفن", "โทรศัพท์",
    "เบอร์", "電話", "mobile", "mobil", "cell", "handy", "gsm", "farsimi", "movil", "celular", "portable",
    "мобильный", "сотовый", "موبایل", "همراه", "มือถือ", "携帯", "fax", "telecopie", "факс", "فکس", "نمابر", "แฟกซ์",
)  # fmt: skip
_PHONE_LABELS = (
    ("fax", ("fax", "telefax", "telecopie", "факс", "فکس", "نمابر", "แฟกซ์", "ファックス")),
    ("cell", ("mobile", "mobil", "cell", "handy", "gsm", "farsimi", "movil", "celular", "portable", "мобильный",
              "сотовый", "موبایل", "همراه", "มือถือ", "携帯")),
    ("work", ("work", "business", "office", "buro", "geschaftlich", "arbeit", "bureau", "trabajo", "vinnu",
              "рабочий", "کار", "ที่ทำงาน", "会社", "勤務先")),
    ("home", ("home", "private", "privat", "personal", "domicile", "casa", "particular", "heima", "домашний",
              "منزل", "บ้าน", "自宅")),
)  # fmt: skip


def _has_word(key: str, words: Sequence[str]) -> bool:
    """A Latin word begins one of the key's words ('telefonnummer' has 'telefon'); any other is found inside it."""
    tokens = key.split()
    for word in words:
        folded = search_fold(word)
        if folded.isascii():
            if any(token.startswith(folded) for token in tokens):
                return True
        elif folded in key:
            return True
    return False


def guess_target(header: str) -> str | None:
    """The field a header names in any of the languages above, or None when it names none we know."""
    keys = _guess_keys(header)
    for key in keys:
        if key in _GUESSES:
            return _GUESSES[key]
    key = keys[0]
    if _has_word(key, _EMAIL_WORDS) or "mail" in key.split():
        label = next((label for label, words in _PHONE_LABELS[2:] if _has_word(key, words)), "")
        return f"email:{label}" if label else "email"
    if _has_word(key, _PHONE_WORDS):
        label = next((label for label, words in _PHONE_LABELS if _has_word(key, words)), "")
        return f"phone:{label}" if label else "phone"
    return None


# ----- what a column holds, when its header says nothing -----

_EMAIL_VALUE = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")
_URL_VALUE = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_PHONE_VALUE = re.compile(r"^\+?[\d\s().\-/]+$")
_DATE_VALUE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
SHARE_TO_DECIDE = 0.8  # of a column's non-empty sample values that must be of one kind


def target_from_values(values: Sequence[str], parse_date: Callable[[str], str | None]) -> str | None:
    """What a column of these values holds when its header does not say: email addresses, web addresses, dates
    (before phone numbers: '15.04.1980' would pass for one) or phone numbers; None when no kind has 4 in 5."""
    filled = [value.strip() for value in values if value.strip()]
    if not filled:
        return None

    def most(test: Callable[[str], bool]) -> bool:
        return sum(1 for value in filled if test(value)) >= SHARE_TO_DECIDE * len(filled)

    if most(lambda v: bool(_EMAIL_VALUE.match(v))):
        return "email"
    if most(lambda v: bool(_URL_VALUE.match(v))):
        return "url"
    if most(lambda v: bool(_DATE_VALUE.match(v)) and bool(parse_date(v))):
        return "date"
    if most(lambda v: bool(_PHONE_VALUE.match(v)) and sum(ch.isdigit() for ch in v) >= 6):
        return "phone"
    return None


def suggest_mapping(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]] = (),
    parse_date: Callable[[str], str | None] | None = None,
) -> dict[str, str]:
    """The preset mapping for a known header row, else a guess per column: from its header in any of the languages
    above, else (given `rows` of sample cells and a date parser) from what its values are.

    Columns nobody would guess stay out of the result (their cells go to the note unless mapped).
    """
    known = recognise(headers)
    if known is not None:
        return dict(known.mapping)
    out: dict[str, str] = {}
    for index, header in enumerate(headers):
        if header in out:
            continue
        guess = guess_target(header)
        if guess is None and rows and parse_date is not None:
            guess = target_from_values([row[index] for row in rows if index < len(row)], parse_date)
        if guess is not None:
            out[header] = guess
    return out


# ----- a mapping with no column for people's names -----

NAME_TARGETS = frozenset({"given", "family", "additional", "display_name", "nickname"})


class NoNameColumn(CardfileError):
    """Every column of a CSV file is mapped, but none to a person's name while one is mapped to the company: each
    person would be named after their company. A warning: the import goes on if the person wants it."""

    code = "csv_no_name_column"
    template = (
        "No column holds people's names, and {column!r} holds their company: each person would be shown by the "
        "company's name. Map the column with the names to a name field, or import as it is."
    )


def name_warning(mapping: Mapping[str, str]) -> NoNameColumn | None:
    """NoNameColumn when the mapping names a company column but no name column; else None."""
    kinds: dict[str, str] = {}
    for column, spec in mapping.items():
        target = parse_target(spec, column)
        if target is not None:
            kinds.setdefault(target.kind, column)
    if "company" in kinds and not NAME_TARGETS & kinds.keys():
        return NoNameColumn(column=kinds["company"])
    return None


IDENTIFYING_TARGETS = NAME_TARGETS | {"company", "email"}


class NothingToNameBy(CardfileError):
    """No column of a CSV file is mapped to a name, a company or an email address: nothing would tell the contacts
    apart (each would be '(no name)' or named by a phone number)."""

    code = "csv_nothing_to_name_by"
    template = (
        "No column is mapped to a name, a company or an email address, so nothing would tell the contacts apart. "
        "Choose the field of the column that holds them."
    )


def nothing_to_name_by(mapping: Mapping[str, str]) -> NothingToNameBy | None:
    """NothingToNameBy when no column of a valid mapping fills a name, a company or an email; else None."""
    for column, spec in mapping.items():
        target = parse_target(spec, column)
        if target is not None and target.kind in IDENTIFYING_TARGETS:
            return None
    return NothingToNameBy()
