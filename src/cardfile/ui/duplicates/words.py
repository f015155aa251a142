"""Why two records look alike, the fields of a merge, and what a merge refused, in the reader's language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from cardfile.domain.errors import CardfileError
from cardfile.domain.matching import Reason
from cardfile.ui.words import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("Duplicates", text)


def reason_text(reason: Reason) -> str:
    """One reason as a person reads it: 'same email anna@acme.example', 'same name in another script'."""
    if reason.code == "name":
        return {
            "same": _t("same name"),
            "accents": _t("same name but for accents or case"),
            "order": _t("same name, words in another order"),
            "script": _t("same name in another script"),
            "typo": _t("name a typo apart"),
        }.get(reason.detail, _t("similar name"))
    with_detail = {
        "email": _t("same email {detail}"),
        "phone": _t("same phone {detail}"),
        "uid": _t("same vCard UID"),
        "company": _t("same company {detail}"),
        "birthday": _t("same birthday {detail}"),
        "title": _t("same title {detail}"),
        "website": _t("same website {detail}"),
        "address": _t("same address"),
    }
    template = with_detail.get(reason.code)
    if template is None:
        return reason.code
    return template.format(detail=reason.detail).strip()


def reasons_text(reasons: Sequence[Reason]) -> str:
    return _t("; ").join(reason_text(r) for r in reasons)


def merge_field_title(key: str, label: str) -> str:
    """A field (or group of fields) of a merge as the merge view names it; a custom field by its own name."""
    if key.startswith("custom:"):
        return label
    return {
        "name": _t("Name"),
        "phonetic": _t("Name (phonetic)"),
        "photo": _t("Photo"),
        "logo": _t("Logo"),
        "nickname": _t("Nickname"),
        "title": _t("Title"),
        "department": _t("Department"),
        "company": _t("Company"),
        "parent": _t("Parent company"),
        "industry": _t("Industry"),
        "website": _t("Website"),
        "birthday": _t("Birthday"),
        "anniversary": _t("Anniversary"),
        "note": _t("Note"),
        "vcard_uid": _t("vCard UID"),
        "emails": _t("Email"),
        "phones": _t("Phone"),
        "addresses": _t("Address"),
        "urls": _t("Web"),
        "ims": _t("Messaging"),
        "dates": _t("Dates"),
        "tags": _t("Tags"),
        "vcard_extra": _t("Other vCard properties"),
    }.get(key, key.replace("_", " "))


def merge_error_text(error: CardfileError) -> str:
    """A merge or unmerge the records do not allow, said by its reason; any other error as usual."""
    params: dict[str, Any] = dict(error.params)
    record = params.get("record", "")
    if error.code == "cannot_merge":
        texts = {
            "same_record": _t("A record cannot be merged with itself."),
            "not_found": _t("“{record}” is no longer there."),
            "different_kinds": _t("A person and a company cannot be merged."),
            "removed": _t("“{record}” is in the Trash or was merged already; restore or unmerge it first."),
        }
    elif error.code == "cannot_unmerge":
        texts = {
            "undone": _t("This merge was taken back already."),
            "erased": _t("One of the records was erased for good; the merge cannot be taken back."),
            "merged_elsewhere": _t("“{record}” was merged into another record since; unmerge that merge first."),
        }
    else:
        return error_text(error)
    template = texts.get(str(params.get("reason")))
    return template.format(record=record) if template is not None else error_text(error)
