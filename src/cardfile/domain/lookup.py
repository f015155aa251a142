"""Lookups (as in ACT!): a query built from conditions, run on demand or saved as a dynamic group."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Operator = Literal[
    "contains",
    "equals",
    "starts_with",
    "is_empty",
    "is_not_empty",
    "is",
    "is_not",
    "before",
    "after",
    "no_activity_since",
    "no_activity_for_months",
]

# Fields a lookup can test, per record type; "custom:<field id>" names a custom field.
CONTACT_FIELDS = (
    "display_name",
    "prefix",
    "given",
    "additional",
    "family",
    "suffix",
    "nickname",
    "title",
    "department",
    "company",
    "note",
    "email",
    "phone",
    "email_or_phone",
    "address",
    "locality",
    "region",
    "postcode",
    "country",
    "url",
    "tag",
    "birthday",
    "created",
    "updated",
    "activity",
)
COMPANY_FIELDS = (
    "name",
    "industry",
    "website",
    "note",
    "email",
    "phone",
    "email_or_phone",
    "address",
    "locality",
    "region",
    "postcode",
    "country",
    "url",
    "tag",
    "created",
    "updated",
    "activity",
)
FIELDS = {"contact": CONTACT_FIELDS, "company": COMPANY_FIELDS}

_NEEDS_VALUE = {"contains", "equals", "starts_with", "is", "is_not", "before", "after"}
_NEEDS_VALUE |= {"no_activity_since", "no_activity_for_months"}
# "No activity for N months": counted back from the day the lookup runs, so a saved lookup stays current.
MAX_MONTHS = 1200
# Fields holding a date: the only ones 'before' and 'after' apply to, and their values must be dates.
DATE_FIELDS = ("birthday", "created", "updated")


class Condition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    op: Operator
    value: Any = None

    @model_validator(mode="after")
    def _value(self) -> Condition:
        if self.op in _NEEDS_VALUE and (self.value is None or self.value == ""):
            raise ValueError(f"{self.field} {self.op.replace('_', ' ')} needs a value")
        if self.op in ("no_activity_since", "no_activity_for_months") and self.field != "activity":
            raise ValueError("'no activity since' and 'no activity for months' apply to the activity field")
        if self.field == "activity" and self.op not in ("no_activity_since", "no_activity_for_months"):
            raise ValueError("the activity field takes 'no activity since' or 'no activity for months'")
        if self.op == "no_activity_for_months":
            months = self.value
            if isinstance(months, str) and months.strip().isdigit():
                months = int(months.strip())
            if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
                raise ValueError(f"activity: {self.value!r} is not a number of months (1 to {MAX_MONTHS})")
            object.__setattr__(self, "value", months)
            return self
        if self.field == "email_or_phone" and self.op not in ("is_empty", "is_not_empty"):
            raise ValueError("email or phone takes 'is empty' or 'is not empty'")
        if self.op in ("before", "after") and self.field not in DATE_FIELDS:
            raise ValueError(f"{self.op} applies to dates ({', '.join(DATE_FIELDS)}), not to {self.field}")
        if (self.field in DATE_FIELDS or self.field == "activity") and self.op in _NEEDS_VALUE:
            try:
                date.fromisoformat(str(self.value)[:10])
            except ValueError:
                raise ValueError(f"{self.field}: {self.value!r} is not a date (YYYY-MM-DD)") from None
        return self


class LookupQuery(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    record_type: Literal["contact", "company"] = "contact"
    match: Literal["all", "any"] = "all"
    conditions: list[Condition] = Field(default_factory=list)

    @model_validator(mode="after")
    def _fields(self) -> LookupQuery:
        allowed = FIELDS[self.record_type]
        for condition in self.conditions:
            if condition.field not in allowed and not condition.field.startswith("custom:"):
                raise ValueError(f"{self.record_type}s have no field {condition.field!r} to look up")
        return self
