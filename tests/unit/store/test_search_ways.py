"""The first page of a search is the same whichever way the store finds it (store/search.py, `query`): ranking every
match, or, for a common query, ranking the names that hold it and walking the other names in order, looking at each
record's text. The threshold that chooses the way is lowered, so that a small database takes both."""

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
# Their text holds the trigrams of 'gmail' (gma, mai, ail) apart, and their names come first: most records the index
# gives for 'gmail' are not matches, and the look at the text then goes into the query.
PEOPLE += [("Decoy", f"Aab{n:02d}", f"gma.mail{n}@example.org") for n in range(15)]


@pytest.mark.parametrize("query", ["gmail", "berg", "example", "example.org", "gmail.com", "erg", "mail ail"])
def test_every_way_gives_the_same_first_page(services: Services, monkeypatch: pytest.MonkeyPatch, query: str) -> None:
    for family, given, email in PEOPLE:
        add_contact(services, given=given, family=family, emails=[{"value": email}])

    def page(common: int, limit: int) -> list[tuple[str, int]]:
        monkeypatch.setattr(index, "_COMMON", common)
        with services.db.read() as conn:
            return [(h.record_id, h.tier) for h in index.query(conn, query, limit=limit)]

    for limit in (1, 3, 8, 50):
        ranked = page(10**6, limit)  # every match ranked
        assert ranked, (query, limit)
        assert page(3, limit) == ranked, ("the names walked, each record's text looked at", query, limit)
    counted = sum(services.search.counts(query).values())
    assert len(page(10**6, 100)) == counted == len(page(3, 100))


def test_a_record_holding_the_trigrams_apart_is_not_found(services: Services) -> None:
    """detail=none keeps which records hold a trigram, not where: the text is looked at."""
    for family, given, email in PEOPLE:
        add_contact(services, given=given, family=family, emails=[{"value": email}])
    found = {r.display_name for r in services.search.search("gmail", limit=100)}
    assert "Ailsa Isgm" not in found and "Aab00 Decoy" not in found
    assert "Kári Gmail" in found and "Jón Bergman" in found
    assert services.search.counts("gmail") == {"contact": 24}
