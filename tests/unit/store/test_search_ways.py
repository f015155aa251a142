"""The first page of a search is the same whichever way the store finds it (store/search.py, `query`): ranking every
match, reading a common query's records once and walking the names in order against them, or walking the names and
looking at each record's text. The thresholds that choose the way are lowered, so that a small database takes each."""

from __future__ import annotations

import pytest

from cardfile.services import Services
from cardfile.store import search as index
from tests.helpers import add_contact

PEOPLE = [
    ("Berg", "Anna", "anna@example.org"),  # the name is the query: tier 0 for 'berg'
    ("Bergman", "Jón", "jon@gmail.com"),
    ("Sólberg", "Ása", "asa@gmail.com"),  # inside the name
    ("Lind", "Berg", "lind@gmail.com"),  # a later word of the name
    ("Берг", "Ольга", "olga@mail.ru"),  # through the name's Latin letters
    ("Gmail", "Kári", "kari@example.is"),  # 'gmail' in the name, the others in an address
    ("Isgm", "Ailsa", "ailsa.gm@example.org"),  # holds the trigrams of 'gmail' apart, not 'gmail'
]
PEOPLE += [(f"Person{n:02d}", "Jo", f"jo{n}@gmail.com") for n in range(20)]
PEOPLE += [(f"Example{n:02d}", "Eva", f"eva{n}@example.org") for n in range(12)]


@pytest.mark.parametrize("query", ["gmail", "berg", "example", "example.org", "gmail.com", "erg", "mail ail"])
def test_every_way_gives_the_same_first_page(services: Services, monkeypatch: pytest.MonkeyPatch, query: str) -> None:
    for family, given, email in PEOPLE:
        add_contact(services, given=given, family=family, emails=[{"value": email}])

    def page(common: int, walked_from: int, limit: int) -> list[tuple[str, int]]:
        monkeypatch.setattr(index, "_COMMON", common)
        monkeypatch.setattr(index, "_WALKED_FROM", walked_from)
        with services.db.read() as conn:
            return [(h.record_id, h.tier) for h in index.query(conn, query, limit=limit)]

    for limit in (1, 3, 8, 50):
        ranked = page(10**6, 10**6, limit)  # every match ranked
        assert ranked, (query, limit)
        assert page(10**6, 0, limit) == ranked, ("the rowids read, the names walked", query, limit)
        assert page(3, 0, limit) == ranked, ("the names walked, each record's text looked at", query, limit)
    counted = sum(services.search.counts(query).values())
    assert len(page(10**6, 10**6, 100)) == counted == len(page(3, 0, 100)) == len(page(10**6, 0, 100))


def test_a_record_holding_the_trigrams_apart_is_not_found(services: Services) -> None:
    """detail=none keeps which records hold a trigram, not where: the text is looked at."""
    for family, given, email in PEOPLE:
        add_contact(services, given=given, family=family, emails=[{"value": email}])
    found = {r.display_name for r in services.search.search("gmail", limit=100)}
    assert "Ailsa Isgm" not in found and "Kári Gmail" in found and "Jón Bergman" in found
    assert services.search.counts("gmail") == {"contact": 24}
