"""What tells same-named records apart wherever they are listed: a person's company and email, a company's city and
industry, a deal's company.

Every list that names records (the Trash, the company completer, search results) asks here rather than choosing
its own second line, so two "John Smith"s or two "Contoso Ltd."s are told apart by the same facts everywhere.
`details` gives each record its usual distinguishing facts; `tell_apart` adds the next ones (a phone number, a
city, a title) only for records that are still alike in the list at hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cardfile.domain.record_types import RecordType

if TYPE_CHECKING:
    from cardfile.store.reading import Reads


@dataclass(frozen=True, slots=True)
class Distinction:
    """A record's facts that tell it apart from another of the same name: `usual` are shown wherever it is listed
    (a person's company and email), `more` only where it is still alike another (a phone number, a city)."""

    usual: tuple[str, ...] = ()
    more: tuple[str, ...] = ()


# A person's facts as columns of a query over `contact c LEFT JOIN company co ON co.id = c.company_id`, and a
# company's over `company`: the search reads them with the rows of its results (`person`, `company` make them one).
PERSON_FACTS = (
    "coalesce(co.name, '')",
    "coalesce(json_extract(c.emails, '$[0].value'), '')",
    "coalesce(json_extract(c.phones, '$[0].value'), '')",
    "coalesce(json_extract(c.addresses, '$[0].locality'), '')",
    "c.title",
)
COMPANY_FACTS = (
    "coalesce(json_extract(addresses, '$[0].locality'), '')",
    "industry",
    "coalesce(json_extract(phones, '$[0].value'), '')",
    "website",
)
_PEOPLE = (
    f"SELECT c.id, {', '.join(PERSON_FACTS)} FROM contact c LEFT JOIN company co ON co.id = c.company_id "
    "WHERE c.id IN ({marks})"
)
_COMPANIES = f"SELECT id, {', '.join(COMPANY_FACTS)} FROM company WHERE id IN ({{marks}})"
_DEALS = (
    "SELECT d.id, coalesce(co.name, '') FROM deal d LEFT JOIN company co ON co.id = d.company_id "
    "WHERE d.id IN ({marks})"
)


def person(company: str, email: str, phone: str, city: str, title: str | None) -> Distinction:
    """A person's distinction from the values of PERSON_FACTS."""
    return Distinction(_kept(company, email), _kept(phone, city, title))


def company(city: str, industry: str | None, phone: str, website: str | None) -> Distinction:
    """A company's distinction from the values of COMPANY_FACTS."""
    return Distinction(_kept(city, industry), _kept(website, phone))


def details(conn: Reads, record_type: RecordType | str, ids: Iterable[str]) -> dict[str, Distinction]:
    """The distinguishing facts of each record (live or in the Trash); a kind without any gives none."""
    kind = RecordType(record_type)
    wanted = list(dict.fromkeys(ids))
    out: dict[str, Distinction] = {}
    query = {RecordType.CONTACT: _PEOPLE, RecordType.COMPANY: _COMPANIES, RecordType.DEAL: _DEALS}.get(kind)
    if query is None:
        return out
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        sql = query.format(marks=",".join("?" for _ in chunk))
        for _id, *facts in conn.exec_driver_sql(sql, tuple(chunk)):
            if kind is RecordType.CONTACT:
                out[_id] = person(*facts)
            elif kind is RecordType.COMPANY:
                out[_id] = company(*facts)
            else:
                out[_id] = Distinction(_kept(*facts))
    return out


def tell_apart(listed: Sequence[tuple[str, Distinction]]) -> list[tuple[str, ...]]:
    """The facts to show beside each of `listed` (name, distinction): the usual ones, and the others too for the
    records that have the same name and the same usual facts as another one in the list."""
    seen: dict[tuple[str, tuple[str, ...]], int] = {}
    for name, distinction in listed:
        key = (name.casefold(), distinction.usual)
        seen[key] = seen.get(key, 0) + 1
    return [
        distinction.usual + distinction.more if seen[(name.casefold(), distinction.usual)] > 1 else distinction.usual
        for name, distinction in listed
    ]


def _kept(*facts: str | None) -> tuple[str, ...]:
    return tuple(fact.strip() for fact in facts if fact and fact.strip())
