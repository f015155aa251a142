"""Lookup queries as SQL: each condition becomes one parameterized predicate over the contact or company table."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Connection

from cardfile.domain.lookup import Condition, LookupQuery
from cardfile.domain.phones import digits

_TEXT_COLUMNS = {
    "display_name",
    "prefix",
    "given",
    "additional",
    "family",
    "suffix",
    "nickname",
    "title",
    "department",
    "note",
    "name",
    "industry",
    "website",
}
_ADDRESS_PARTS = {"locality", "region", "postcode", "country"}


def _time_param(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return date.fromisoformat(str(value)[:10]).isoformat()


def _text_test(expr: str, op: str, value: Any, params: list[Any]) -> str:
    """A predicate on a text expression; matching ignores case and accents (cf_fold)."""
    if op == "is_empty":
        return f"coalesce({expr}, '') = ''"
    if op == "is_not_empty":
        return f"coalesce({expr}, '') != ''"
    params.append(str(value))
    if op == "contains":
        return f"instr(cf_fold({expr}), cf_fold(?)) > 0"
    if op == "starts_with":
        params.append(str(value))
        return f"substr(cf_fold({expr}), 1, length(cf_fold(?))) = cf_fold(?)"
    if op in ("equals", "is"):
        return f"cf_fold({expr}) = cf_fold(?)"
    if op == "is_not":
        return f"cf_fold(coalesce({expr}, '')) != cf_fold(?)"
    raise ValueError(f"{op} does not apply to text")


def _multi_test(alias: str, column: str, key: str, op: str, value: Any, params: list[Any]) -> str:
    """A predicate over one key of a JSON array of entries (emails, phones, addresses …)."""
    expr = f"json_extract(j.value, '$.{key}')"
    if op == "is_empty":
        return f"NOT EXISTS (SELECT 1 FROM json_each({alias}.{column}) j WHERE coalesce({expr}, '') != '')"
    if op == "is_not_empty":
        return f"EXISTS (SELECT 1 FROM json_each({alias}.{column}) j WHERE coalesce({expr}, '') != '')"
    if column == "phones" and op in ("contains", "equals", "starts_with"):
        params.append(digits(str(value)))
        return f"EXISTS (SELECT 1 FROM json_each({alias}.phones) j WHERE instr(cf_digits({expr}), ?) > 0)"
    negate = op == "is_not"
    test = _text_test(expr, "equals" if negate else op, value, params)
    exists = f"EXISTS (SELECT 1 FROM json_each({alias}.{column}) j WHERE {test})"
    return f"NOT {exists}" if negate else exists


def _condition(record_type: str, alias: str, c: Condition, params: list[Any], now: datetime) -> str:
    field, op, value = c.field, c.op, c.value
    if field in _TEXT_COLUMNS:
        return _text_test(f"{alias}.{field}", op, value, params)
    if field == "company":
        return _text_test(f"(SELECT name FROM company WHERE id = {alias}.company_id)", op, value, params)
    if field == "email":
        return _multi_test(alias, "emails", "value", op, value, params)
    if field == "phone":
        return _multi_test(alias, "phones", "value", op, value, params)
    if field == "email_or_phone":  # "is empty": neither an email address nor a phone number
        emails = _multi_test(alias, "emails", "value", "is_empty", value, params)
        phones = _multi_test(alias, "phones", "value", "is_empty", value, params)
        both_empty = f"({emails} AND {phones})"
        return both_empty if op == "is_empty" else f"NOT {both_empty}"
    if field == "url":
        return _multi_test(alias, "urls", "value", op, value, params)
    if field == "address":
        return _multi_test(alias, "addresses", "street", op, value, params)
    if field in _ADDRESS_PARTS:
        return _multi_test(alias, "addresses", field, op, value, params)
    if field == "tag":
        if op in ("is_empty", "is_not_empty"):
            return f"json_array_length({alias}.tags) {'=' if op == 'is_empty' else '>'} 0"
        params.append(str(value))
        exists = f"EXISTS (SELECT 1 FROM json_each({alias}.tags) j WHERE cf_fold(j.value) = cf_fold(?))"
        return f"NOT {exists}" if op == "is_not" else exists
    if field in ("created", "updated", "birthday"):
        column = {"created": "created_at", "updated": "updated_at", "birthday": "birthday"}[field]
        if op in ("is_empty", "is_not_empty"):
            return f"{alias}.{column} IS {'' if op == 'is_empty' else 'NOT '}NULL"
        params.append(_time_param(value))
        # A birthday without its year ('--04-15') is neither before nor after a date.
        dated = f"{alias}.{column} NOT LIKE '--%' AND " if field == "birthday" else ""
        if op == "before":
            return f"{dated}{alias}.{column} < ?"
        if op == "after":
            return f"{dated}{alias}.{column} >= date(?, '+1 day')"
        return f"substr({alias}.{column}, 1, 10) = ?"
    if field == "activity":
        if op == "no_activity_for_months":
            value = (now - relativedelta(months=int(value))).date().isoformat()
        elif op != "no_activity_since":
            raise ValueError("the activity field takes 'no activity since' or 'no activity for months'")
        params.append(_time_param(value))
        link_source = "contact" if record_type == "contact" else "company"
        if link_source == "contact":
            touched = (
                f"a.id IN (SELECT source_id FROM link WHERE source_type = 'activity' AND target_type = "
                f"'contact' AND target_id = {alias}.id AND deleted_at IS NULL)"
            )
        else:
            touched = f"a.company_id = {alias}.id"
        return (
            f"NOT EXISTS (SELECT 1 FROM activity a WHERE a.deleted_at IS NULL AND a.status != 'skipped' AND {touched} "
            "AND coalesce(a.happened_at, a.completed_at, a.starts_at, a.created_at) >= ?)"
        )
    if field.startswith("custom:"):
        key = field.split(":", 1)[1].replace('"', "")
        path = f"'$.\"{key}\"'"
        # yes/no values are JSON true and false, which json_extract gives as 1 and 0: compare them as 'yes'/'no'.
        expr = (
            f"CASE json_type({alias}.custom, {path}) WHEN 'true' THEN 'yes' WHEN 'false' THEN 'no' "
            f"ELSE json_extract({alias}.custom, {path}) END"
        )
        if isinstance(value, bool):
            value = "yes" if value else "no"
        return _text_test(expr, op, value, params)
    raise ValueError(f"unknown lookup field {field!r}")


def run(conn: Connection, query: LookupQuery, *, now: datetime | None = None) -> list[str]:
    """Ids of live records matching the lookup, in list order. `now`: what "for N months" counts back from."""
    table = query.record_type
    params: list[Any] = []
    at = now or datetime.now(UTC)
    tests = [_condition(table, "r", c, params, at) for c in query.conditions]
    joiner = " AND " if query.match == "all" else " OR "
    where = f"({joiner.join(tests)})" if tests else "1"
    sql = f"SELECT r.id FROM {table} r WHERE r.deleted_at IS NULL AND {where} ORDER BY r.sort_key, r.id"
    return [row[0] for row in conn.exec_driver_sql(sql, tuple(params))]
