"""Incomplete records: people (or companies) without an email address or phone number, without a company, or
without any activity for some months — lookups like any other, so they run, narrow a list and save as one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from cardfile.domain.errors import ValidationError
from cardfile.domain.lookup import Condition, LookupQuery
from cardfile.services.readmodels import LookupRead

if TYPE_CHECKING:
    from cardfile.services.container import Services

DEFAULT_IDLE_MONTHS = 12


def incomplete_query(
    record_type: Literal["contact", "company"] = "contact",
    *,
    no_email_or_phone: bool = False,
    no_company: bool = False,
    idle_months: int | None = None,
    match: Literal["all", "any"] = "any",
) -> LookupQuery:
    """The lookup of records incomplete in the ways asked for: in any of them (`match` "any"), or in all."""
    conditions: list[Condition] = []
    if no_email_or_phone:
        conditions.append(Condition(field="email_or_phone", op="is_empty"))
    if no_company:
        if record_type != "contact":
            raise ValidationError(
                field="no company",
                problem="only people have a company",
                reason="wrong_record_type",
                record_type=record_type,
            )
        conditions.append(Condition(field="company", op="is_empty"))
    if idle_months is not None:
        conditions.append(Condition(field="activity", op="no_activity_for_months", value=idle_months))
    if not conditions:
        raise ValidationError(
            field="incomplete", problem="say how: no email or phone, no company, or idle months", reason="no_criteria"
        )
    return LookupQuery(record_type=record_type, match=match, conditions=conditions)


class IncompleteService:
    def __init__(self, services: Services) -> None:
        self._services = services

    def find(
        self,
        record_type: Literal["contact", "company"] = "contact",
        *,
        no_email_or_phone: bool = False,
        no_company: bool = False,
        idle_months: int | None = None,
        match: Literal["all", "any"] = "any",
    ) -> list[str]:
        """Ids of the live records incomplete in the ways asked for, in list order."""
        query = incomplete_query(
            record_type,
            no_email_or_phone=no_email_or_phone,
            no_company=no_company,
            idle_months=idle_months,
            match=match,
        )
        return self._services.lookups.run_query(query)

    def counts(
        self, record_type: Literal["contact", "company"] = "contact", *, idle_months: int = DEFAULT_IDLE_MONTHS
    ) -> dict[str, int]:
        """How many live records are incomplete in each way: no_email_or_phone, no_company (people), idle."""
        out = {"no_email_or_phone": len(self.find(record_type, no_email_or_phone=True))}
        if record_type == "contact":
            out["no_company"] = len(self.find(record_type, no_company=True))
        out["idle"] = len(self.find(record_type, idle_months=idle_months))
        return out

    def save(
        self,
        name: str,
        record_type: Literal["contact", "company"] = "contact",
        *,
        no_email_or_phone: bool = False,
        no_company: bool = False,
        idle_months: int | None = None,
        match: Literal["all", "any"] = "any",
    ) -> LookupRead:
        """Save the lookup under a name (a dynamic group: "idle for N months" counts back from when it runs)."""
        query = incomplete_query(
            record_type,
            no_email_or_phone=no_email_or_phone,
            no_company=no_company,
            idle_months=idle_months,
            match=match,
        )
        return self._services.lookups.save(name, query)
