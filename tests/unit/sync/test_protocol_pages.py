"""A page of entries is checked quickly in the usual case, and exactly as one entry at a time in every other."""

from __future__ import annotations

from typing import Any

import pytest

from cardfile.sync.protocol import Entry, ProtocolError, entries_from_json, entry_from_json

GOOD = {"t": "contact", "r": "0190ffff-0000-7000-8000-0000000000c1", "f": "given", "v": '"Anna"', "h": 7, "d": "x"}


class Text(str):
    """A str that is not exactly a str: the quick check leaves it to the full one."""


ODD: list[Any] = [
    {**GOOD, "s": True},  # a bool where a number belongs: the full check lets it through, as before
    {**GOOD, "r": Text(GOOD["r"])},
    {k: v for k, v in GOOD.items() if k != "t"},
    {k: v for k, v in GOOD.items() if k != "h"},
    {**GOOD, "t": "spaceship"},
    {**GOOD, "t": ["contact"]},
    {**GOOD, "r": "not an id!"},
    {**GOOD, "f": "Given"},
    {**GOOD, "v": 5},
    {**GOOD, "h": 0},
    {**GOOD, "h": True},
    {**GOOD, "d": None},
    ["contact", "id", "given"],
    "an entry",
]


def _one_at_a_time(item: Any, where: str) -> Entry | str:
    try:
        return entry_from_json(item, where)
    except ProtocolError as error:
        return str(error)


@pytest.mark.parametrize("odd", ODD, ids=range(len(ODD)))
def test_a_page_agrees_with_checking_each_entry_alone(odd: Any) -> None:
    page = [GOOD, {**GOOD, "f": "family", "s": 3}, odd, GOOD]
    expected = [_one_at_a_time(item, f"page[{i}]") for i, item in enumerate(page)]
    failures = [e for e in expected if isinstance(e, str)]
    if failures:
        with pytest.raises(ProtocolError) as raised:
            entries_from_json(page, "page", 10)
        assert str(raised.value) == failures[0]
    else:
        assert entries_from_json(page, "page", 10) == expected


def test_repeated_ids_and_fields_are_still_checked_per_page() -> None:
    entries = entries_from_json([GOOD, {**GOOD, "v": None}, {**GOOD, "f": "family"}], "page", 10)
    assert [(e.field, e.value) for e in entries] == [("given", '"Anna"'), ("given", None), ("family", '"Anna"')]
    with pytest.raises(ProtocolError, match=r"page\[1\]: malformed record id"):
        entries_from_json([GOOD, {**GOOD, "r": GOOD["r"] + "\x00"}], "page", 10)
