"""How an incoming card merges into the contact or company it duplicates, losing nothing either side had.

- An empty field takes the incoming value; a date without a year takes the year the card knows.
- Multi-valued fields are unions: the existing entries keep their order, labels and preferred mark (an unlabelled
  one takes the card's label), and entries the record lacks are appended. Entries are compared normalized:
  email addresses case-insensitively, phone numbers by their international digits, addresses part by part with
  case and accents folded, handles per service.
- Tags and unmodelled vCard lines are unions; the photo (a company's logo) is kept, or taken when there is none.
- The card's note is appended unless the note already holds it.
- A single value on which the two disagree (another title, another company) keeps the existing value, and the
  card's value is written into the note as "Imported title: CEO". The person sees it and decides; nothing is lost,
  and importing the same file again adds nothing more, because a line the note holds is not added twice.
  A second vCard UID is not kept: it only identifies the card, and the email or phone match finds it again.

Values are in stored form (what ContactCreate.model_dump() gives and the database holds); a field missing from
`current` is at its default, so a card still waiting in the import's batch merges the same way as a stored row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from cardfile.domain.phones import digits
from cardfile.domain.text import fold
from cardfile.interchange.carddata import exported_uid

PhoneKey = Callable[[str], "str | None"]

CONTACT_FIELDS = {
    "prefix": "prefix",
    "given": "first name",
    "additional": "middle name",
    "family": "last name",
    "suffix": "suffix",
    "nickname": "nickname",
    "phonetic_given": "phonetic first name",
    "phonetic_additional": "phonetic middle name",
    "phonetic_family": "phonetic last name",
    "title": "title",
    "department": "department",
    "birthday": "birthday",
    "anniversary": "anniversary",
}
COMPANY_FIELDS = {"industry": "industry", "website": "website"}
ENTRY_FIELDS = ("emails", "phones", "addresses", "urls", "ims", "dates")
_NAME_PARTS = ("prefix", "given", "additional", "family", "suffix", "nickname")
_ADDRESS_PARTS = ("po_box", "extended", "street", "locality", "region", "postcode", "country")


def merge_contact(
    current: Mapping[str, Any],
    incoming: Mapping[str, Any],
    *,
    current_company: str,
    incoming_company: str,
    phone_key: PhoneKey,
) -> dict[str, Any]:
    """The changes that merge `incoming` into `current`: only fields whose value changes.

    A company to link appears as `company` (its name); the caller turns it into a `company_id`.
    """
    changes: dict[str, Any] = {}
    conflicts: list[str] = []
    _merge_singles(current, incoming, CONTACT_FIELDS, changes, conflicts)
    custom = current.get("display_name_custom", bool(current.get("display_name")))
    incoming_name = incoming.get("display_name") or ""
    if incoming_name:
        has_name = custom or any(current.get(part) or changes.get(part) for part in _NAME_PARTS)
        if not has_name:
            changes["display_name"] = incoming_name
        elif fold(incoming_name) != fold(current.get("display_name") or ""):
            conflicts.append(f"Imported name: {incoming_name}")
    if incoming_company.strip():
        if not current.get("company_id"):
            changes["company"] = incoming_company.strip()
        elif fold(incoming_company.strip()) != fold(current_company.strip()):
            conflicts.append(f"Imported company: {incoming_company.strip()}")
    if incoming.get("photo") and not current.get("photo"):
        changes["photo"] = incoming["photo"]
        changes["photo_mime"] = incoming.get("photo_mime")
    _merge_channels(current, incoming, changes, conflicts, phone_key)
    return changes


def merge_company(current: Mapping[str, Any], incoming: Mapping[str, Any], *, phone_key: PhoneKey) -> dict[str, Any]:
    """The changes that merge an incoming company card into `current` (found by UID or name)."""
    changes: dict[str, Any] = {}
    conflicts: list[str] = []
    _merge_singles(current, incoming, COMPANY_FIELDS, changes, conflicts)
    if incoming.get("logo") and not current.get("logo"):
        changes["logo"] = incoming["logo"]
        changes["logo_mime"] = incoming.get("logo_mime")
    _merge_channels(current, incoming, changes, conflicts, phone_key)
    return changes


def _merge_singles(
    current: Mapping[str, Any],
    incoming: Mapping[str, Any],
    fields: Mapping[str, str],
    changes: dict[str, Any],
    conflicts: list[str],
) -> None:
    for name, label in fields.items():
        new = incoming.get(name) or ""
        if not new:
            continue
        old = current.get(name) or ""
        if not old:
            changes[name] = new
        elif name in ("birthday", "anniversary"):
            if old.startswith("--") and not new.startswith("--") and new.endswith(old[1:]):
                changes[name] = new  # the same day, and now we know the year
            elif old != new and not (new.startswith("--") and old.endswith(new[1:])):
                conflicts.append(f"Imported {label}: {new}")
        elif fold(old) != fold(new):
            conflicts.append(f"Imported {label}: {new}")


def _merge_channels(
    current: Mapping[str, Any],
    incoming: Mapping[str, Any],
    changes: dict[str, Any],
    conflicts: list[str],
    phone_key: PhoneKey,
) -> None:
    for name in ENTRY_FIELDS:
        extra = incoming.get(name) or []
        if extra:
            merged = merge_entries(name, current.get(name) or [], extra, phone_key)
            if merged != list(current.get(name) or []):
                changes[name] = merged
    tags = list(current.get("tags") or [])
    folded = {tag.casefold() for tag in tags}
    for tag in incoming.get("tags") or []:
        if tag.casefold() not in folded:
            tags.append(tag)
            folded.add(tag.casefold())
    if len(tags) != len(current.get("tags") or []):
        changes["tags"] = tags
    lines = list(current.get("vcard_extra") or [])
    known = set(lines)
    for line in incoming.get("vcard_extra") or []:
        if line not in known:
            lines.append(line)
            known.add(line)
    if len(lines) != len(current.get("vcard_extra") or []):
        changes["vcard_extra"] = lines
    uid = incoming.get("vcard_uid")
    if uid and not current.get("vcard_uid") and uid != exported_uid(str(current.get("id"))):
        changes["vcard_uid"] = uid  # (the UID an export gave the record is its id: nothing new)
    note = merged_note(current.get("note") or "", incoming.get("note") or "", conflicts)
    if note != (current.get("note") or ""):
        changes["note"] = note


def merged_note(note: str, incoming: str, conflicts: list[str]) -> str:
    """The note with the card's note and the conflicting values added, each only if the note lacks it."""
    blocks = [note] if note else []
    if incoming and incoming not in note:
        blocks.append(incoming)
    new_lines = [line for line in dict.fromkeys(conflicts) if line not in note]
    if new_lines:
        blocks.append("\n".join(new_lines))
    return "\n\n".join(blocks)


def merge_entries(
    field: str, current: list[dict[str, Any]], incoming: list[dict[str, Any]], phone_key: PhoneKey
) -> list[dict[str, Any]]:
    """The union of two lists of labelled entries, the existing ones first and unchanged but for an empty label."""
    key = _entry_key(field, phone_key)
    out = [dict(entry) for entry in current]
    position = {key(entry): i for i, entry in enumerate(out)}
    has_preferred = any(entry.get("preferred") for entry in out)
    for entry in incoming:
        found = position.get(key(entry))
        if found is not None:
            if not out[found].get("label") and entry.get("label"):
                out[found]["label"] = entry["label"]
            continue
        added = dict(entry)
        if has_preferred:
            added["preferred"] = False
        has_preferred = has_preferred or bool(added.get("preferred"))
        position[key(added)] = len(out)
        out.append(added)
    return out


def _entry_key(field: str, phone_key: PhoneKey) -> Callable[[Mapping[str, Any]], Any]:
    if field == "emails":
        return lambda entry: str(entry.get("value", "")).casefold()
    if field == "phones":
        return lambda entry: phone_key(str(entry.get("value", ""))) or digits(str(entry.get("value", "")))
    if field == "urls":
        return lambda entry: str(entry.get("value", "")).strip().rstrip("/")
    if field == "ims":
        return lambda entry: (str(entry.get("service") or "").casefold(), str(entry.get("value", "")).casefold())
    if field == "dates":
        return lambda entry: (entry.get("value"), fold(str(entry.get("label") or "")))
    return lambda entry: tuple(fold(" ".join(str(entry.get(part) or "").split())) for part in _ADDRESS_PARTS)
