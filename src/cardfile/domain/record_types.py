"""The kinds of record: a module of its own so that a short command (`cardfile search`) names them without loading
pydantic, which the other value types need."""

from __future__ import annotations

from enum import StrEnum


class RecordType(StrEnum):
    CONTACT = "contact"
    COMPANY = "company"
    ACTIVITY = "activity"
    ACTIVITY_TYPE = "activity_type"
    NOTE = "note"
    DEAL = "deal"
    PIPELINE = "pipeline"
    STAGE = "stage"
    GROUP = "group"
    LOOKUP = "lookup"
    CUSTOM_FIELD = "custom_field"
    LINK = "link"
    CHOICE = "choice"
    MERGE = "merge"  # one record merged into another: what unmerge needs, and the redirect late edits follow
    NOT_DUPLICATE = "not_duplicate"  # two records a person said are not the same: never proposed again
