"""What a search gives: each record found, where the query is in its name or what else it was found in. A module of
its own, without the other read models, so that `cardfile search` loads only these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

Marks = tuple[tuple[int, int], ...]  # (start, end) offsets of what a search found in a text


@dataclass(frozen=True, slots=True)
class FoundIn:
    """Where a search found a record when not in its name: the field ('phones', 'emails', 'company', 'note' …),
    the entry's label ('cell'; '' for a field without labels), the value as stored (for a note, the line that
    holds the match) and where in it the query is."""

    field: str
    label: str
    value: str
    marks: Marks


@dataclass(frozen=True, slots=True)
class SearchResult:
    record_type: str
    id: str
    display_name: str
    detail: str  # a second line: company and title of a person, date of an activity …
    tier: int
    name_marks: Marks = ()  # where the query is in the name, to show it
    found_in: FoundIn | None = None  # what matched, when not the name (a phone number, an email, a note's line)
    people: tuple[str, ...] = ()  # a company's first people, by name
    people_count: int = 0  # how many people the company has
    about: tuple[str, ...] = ()  # a note's people and companies, by name
    when: datetime | None = None  # when a note was written, when an activity starts

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.record_type,
            "display_name": self.display_name,
            "detail": self.detail,
            "rank": self.tier,
        }
