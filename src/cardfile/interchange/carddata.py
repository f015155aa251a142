"""CardData: one person or company as the vCard writer needs it, filled from a read model or from an import.

Field names are those of the domain (ContactCreate / CompanyCreate, ContactRead.as_json()), so that a contact read
from the database and a card just parsed from a file go through the same writer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["individual", "org", "group"]

_TEXT_FIELDS = (
    "prefix",
    "given",
    "additional",
    "family",
    "suffix",
    "nickname",
    "phonetic_given",
    "phonetic_additional",
    "phonetic_family",
    "title",
    "department",
    "note",
)
_MULTI_FIELDS = ("emails", "phones", "addresses", "urls", "ims", "dates")


@dataclass(slots=True)
class CardData:
    """Everything we write into one vCard. Multi-valued entries are plain dicts (label, preferred, value …)."""

    kind: Kind = "individual"
    display_name: str = ""  # FN; empty: built from the name parts, the company, then the first email
    prefix: str = ""
    given: str = ""
    additional: str = ""
    family: str = ""
    suffix: str = ""
    nickname: str = ""
    phonetic_given: str = ""
    phonetic_additional: str = ""
    phonetic_family: str = ""
    title: str = ""
    company: str = ""  # the organization's name (ORG); for a company card, its own name
    department: str = ""
    birthday: str | None = None
    anniversary: str | None = None
    photo: bytes | None = None  # for a company: its logo
    photo_mime: str | None = None
    note: str = ""
    website: str = ""
    tags: list[str] = field(default_factory=list)
    emails: list[dict[str, Any]] = field(default_factory=list)
    phones: list[dict[str, Any]] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)
    urls: list[dict[str, Any]] = field(default_factory=list)
    ims: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    uid: str | None = None
    extra: list[str] = field(default_factory=list)  # unmodelled properties as unfolded vCard lines
    related: list[tuple[str, str]] = field(default_factory=list)  # (role, URI): the agent as RELATED / AGENT
    members: list[str] = field(default_factory=list)  # a group's members, as URIs (urn:uuid:…)

    @classmethod
    def from_contact(
        cls,
        data: Mapping[str, Any],
        *,
        photo: bytes | None = None,
        photo_mime: str | None = None,
        company_name: str | None = None,
        extra: list[str] | None = None,
    ) -> CardData:
        """From ContactRead.as_json() (or a ContactCreate dump) and what as_json() leaves out: the photo's bytes
        and the unmodelled vCard lines (`extra`, else `data["vcard_extra"]`).

        The company's name comes from `company_name`, else from `data["company"]["name"]` as read models give it.
        """
        texts: dict[str, Any] = {name: str(data.get(name) or "") for name in _TEXT_FIELDS}
        company = company_name
        if company is None:
            linked = data.get("company")
            company = linked.get("name", "") if isinstance(linked, Mapping) else ""
        return cls(
            kind="individual",
            display_name=str(data.get("display_name") or "") if data.get("display_name_custom", True) else "",
            company=company or "",
            birthday=data.get("birthday"),
            anniversary=data.get("anniversary"),
            photo=photo if photo is not None else data.get("photo") if isinstance(data.get("photo"), bytes) else None,
            photo_mime=photo_mime or (data.get("photo_mime") if isinstance(data.get("photo"), bytes) else None),
            tags=list(data.get("tags") or []),
            uid=data.get("vcard_uid"),
            extra=list(extra if extra is not None else data.get("vcard_extra") or []),
            **texts,
            **_entries(data),
        )

    @classmethod
    def from_company(
        cls,
        data: Mapping[str, Any],
        *,
        logo: bytes | None = None,
        logo_mime: str | None = None,
        extra: list[str] | None = None,
    ) -> CardData:
        """From CompanyRead.as_json() (or a CompanyCreate dump), the logo's bytes and the unmodelled vCard lines."""
        own_logo = data.get("logo") if isinstance(data.get("logo"), bytes) else None
        return cls(
            kind="org",
            display_name=str(data.get("name") or data.get("display_name") or ""),
            company=str(data.get("name") or data.get("display_name") or ""),
            photo=logo if logo is not None else own_logo,
            photo_mime=logo_mime or (data.get("logo_mime") if own_logo is not None else None),
            note=str(data.get("note") or ""),
            website=str(data.get("website") or ""),
            tags=list(data.get("tags") or []),
            uid=data.get("vcard_uid"),
            extra=list(extra if extra is not None else data.get("vcard_extra") or []),
            **_entries(data),
        )


def exported_uid(record_id: str) -> str:
    """The UID an export gives a record that has none of its own: its id, as a URN. An import recognises the
    record by it (services.import_matching), so exporting and importing again updates instead of duplicating."""
    return f"urn:uuid:{record_id}"


def _entries(data: Mapping[str, Any]) -> dict[str, Any]:
    return {name: [dict(entry) for entry in data.get(name) or []] for name in _MULTI_FIELDS}
