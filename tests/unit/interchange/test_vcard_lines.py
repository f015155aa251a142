"""The byte layer of the vCard reader: encodings, line ends, card boundaries with their line numbers, unfolding."""

from __future__ import annotations

import io

import pytest

from cardfile.interchange import vcard_lines
from cardfile.interchange.errors import NotVCard
from cardfile.interchange.vcard_lines import (
    BrokenCard,
    RawCard,
    content_lines,
    parse_params,
    split_cards,
    text_blocks,
)

TWO_CARDS = b"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Bob\nEND:VCARD\n"


def cards_of(data: bytes) -> list[RawCard | BrokenCard]:
    return list(split_cards(text_blocks(io.BytesIO(data), "test.vcf"), "test.vcf"))


def names_and_lines(data: bytes) -> list[tuple[int, str]]:
    """(line of BEGIN, FN value) of every card, or (line, reason) of a broken one."""
    out: list[tuple[int, str]] = []
    for card in cards_of(data):
        if isinstance(card, BrokenCard):
            out.append((card.line, card.reason))
            continue
        lines, _ = content_lines(card)
        out.append((card.line, next(ln.value.decode() for ln in lines if ln.name == "FN")))
    return out


@pytest.mark.parametrize(
    ("line_end", "label"),
    [(b"\n", "bare LF"), (b"\r\n", "CRLF"), (b"\r\r\n", "Outlook's CR CR LF"), (b"\r", "classic Mac CR")],
)
def test_every_line_end_counts_one_line(line_end: bytes, label: str) -> None:
    data = TWO_CARDS.replace(b"\n", line_end)
    assert names_and_lines(data) == [(1, "Ann"), (5, "Bob")], label


def test_utf8_byte_order_mark_is_dropped() -> None:
    assert names_and_lines(b"\xef\xbb\xbf" + TWO_CARDS) == [(1, "Ann"), (5, "Bob")]


def test_byte_order_mark_of_a_concatenated_file_mid_way() -> None:
    """`cat a.vcf b.vcf` leaves b's byte-order mark in front of its BEGIN."""
    data = b"\xef\xbb\xbfBEGIN:VCARD\nFN:Ann\nEND:VCARD\n\xef\xbb\xbfBEGIN:VCARD\nFN:Bob\nEND:VCARD\n"
    assert names_and_lines(data) == [(1, "Ann"), (4, "Bob")]


@pytest.mark.parametrize(
    "encoded",
    [
        "\ufeff".encode("utf-16-le") + TWO_CARDS.decode().replace("Ann", "Ännchen").encode("utf-16-le"),
        "\ufeff".encode("utf-16-be") + TWO_CARDS.decode().replace("Ann", "Ännchen").encode("utf-16-be"),
        TWO_CARDS.decode().replace("Ann", "Ännchen").encode("utf-16-be"),  # Apple: no byte-order mark
        TWO_CARDS.decode().replace("Ann", "Ännchen").encode("utf-16-le"),
        TWO_CARDS.decode().replace("Ann", "Ännchen").encode("utf-32"),
    ],
    ids=["utf-16-le with BOM", "utf-16-be with BOM", "utf-16-be without BOM", "utf-16-le without BOM", "utf-32"],
)
def test_wide_encodings_are_recognised(encoded: bytes) -> None:
    assert names_and_lines(encoded) == [(1, "Ännchen"), (5, "Bob")]


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64])
def test_cards_and_line_numbers_do_not_depend_on_where_blocks_end(block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader works on 1 MB blocks; a line end, a CR LF pair or a UTF-16 character split across two blocks
    must not change anything."""
    monkeypatch.setattr(vcard_lines, "_BLOCK", block)
    data = TWO_CARDS.replace(b"\n", b"\r\r\n")
    assert names_and_lines(data) == [(1, "Ann"), (5, "Bob")]
    assert names_and_lines(TWO_CARDS.replace(b"Ann", "Ännchen".encode()).decode().encode("utf-16")) == [
        (1, "Ännchen"),
        (5, "Bob"),
    ]
    assert names_and_lines(TWO_CARDS.replace(b"\n", b"\r")) == [(1, "Ann"), (5, "Bob")]


def test_whitespace_after_begin_and_end_and_lower_case_boundaries() -> None:
    data = b"begin:vcard \nFN:Ann\nend:vcard\t\nBEGIN : VCARD\nFN:Bob\nEND:VCARD \n"
    assert names_and_lines(data) == [(1, "Ann"), (4, "Bob")]


def test_a_card_without_end_is_rejected_and_the_next_one_reads() -> None:
    data = b"BEGIN:VCARD\nFN:Ann\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\n"
    assert names_and_lines(data) == [
        (1, "the card is not closed: END:VCARD is missing before line 3"),
        (3, "Bob"),
    ]


def test_a_card_nested_without_agent_stays_inside_the_card_that_holds_it() -> None:
    """vCard 2.1 cards nest: a BEGIN before the outer END, the inner END followed by the outer one."""
    data = (
        b"BEGIN:VCARD\nFN:Boss\nBEGIN:VCARD\nFN:Assistant\nEND:VCARD\nTEL:123\nEND:VCARD\n"
        b"BEGIN:VCARD\nFN:Next\nEND:VCARD\n"
    )
    assert names_and_lines(data) == [(1, "Boss"), (8, "Next")]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            b"BEGIN:VCARD\nFN:Ann\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\nBEGIN:VCARD\nFN:Cy\nEND:VCARD\n",
            [(1, "the card is not closed: END:VCARD is missing before line 3"), (3, "Bob"), (6, "Cy")],
            id="a begin follows",
        ),
        pytest.param(
            b"BEGIN:VCARD\nFN:Ann\nBEGIN:VCARD\nFN:Bob\nBEGIN:VCARD\nFN:Cy\nEND:VCARD\n",
            [
                (1, "the card is not closed: END:VCARD is missing before line 3"),
                (3, "the card is not closed: END:VCARD is missing before line 5"),
                (5, "Cy"),
            ],
            id="two cards lost their ends",
        ),
        pytest.param(
            b"BEGIN:VCARD\nFN:Ann\nBEGIN:VCARD\nFN:Bob\n",
            [
                (1, "the card is not closed: END:VCARD is missing before line 3"),
                (3, "the card is not closed: the file ends before END:VCARD"),
            ],
            id="the file ends",
        ),
    ],
)
def test_a_card_that_lost_its_end_is_not_taken_for_a_nested_one(data: bytes, expected: list) -> None:
    assert names_and_lines(data) == expected


def test_a_file_that_ends_inside_a_card() -> None:
    data = b"BEGIN:VCARD\nFN:Ann\nEND:VCARD\n\nBEGIN:VCARD\nFN:Bob\n"
    assert names_and_lines(data) == [(1, "Ann"), (5, "the card is not closed: the file ends before END:VCARD")]


def test_a_card_without_begin_is_rejected_at_its_first_line() -> None:
    data = b"BEGIN:VCARD\nFN:Ann\nEND:VCARD\n\nVERSION:3.0\nFN:Bob\nEND:VCARD\nBEGIN:VCARD\nFN:Cy\nEND:VCARD\n"
    assert names_and_lines(data) == [(1, "Ann"), (5, "the card has no BEGIN:VCARD line"), (8, "Cy")]


def test_text_between_cards_without_properties_is_ignored() -> None:
    """Mail-archive separators, a DOS end-of-file mark: nothing a person would want reported."""
    data = b"BEGIN:VCARD\nFN:Ann\nEND:VCARD\n-----\n\x1a\n"
    assert names_and_lines(data) == [(1, "Ann")]


def test_an_indented_boundary_inside_a_card_is_folded_text() -> None:
    data = b"BEGIN:VCARD\nNOTE:the last line of this note reads\n END:VCARD\nFN:Ann\nEND:VCARD\n"
    (card,) = cards_of(data)
    assert isinstance(card, RawCard)
    lines, _ = content_lines(card)
    assert [(ln.name, ln.value) for ln in lines] == [
        ("NOTE", b"the last line of this note readsEND:VCARD"),
        ("FN", b"Ann"),
    ]


def test_a_vcard_21_agent_keeps_its_embedded_card_inside() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistant\nEND:VCARD\n"
        b"TEL:123\nEND:VCARD\nBEGIN:VCARD\nFN:Next\nEND:VCARD\n"
    )
    assert names_and_lines(data) == [(1, "Boss"), (11, "Next")]


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"", "it is empty"),
        (b"\n\n  \n", "it is empty"),
        (b"Name,Email\nAnn,ann@example.com\n", "it holds no BEGIN:VCARD"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "it holds binary data"),
    ],
)
def test_a_file_that_is_not_vcard(data: bytes, detail: str) -> None:
    with pytest.raises(NotVCard) as raised:
        cards_of(data)
    assert raised.value.code == "not_vcard"
    assert raised.value.message == f"test.vcf is not a vCard file ({detail}); nothing was imported."


def test_a_long_prologue_without_a_card_is_not_vcard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vcard_lines, "MAX_LEADING_BYTES", 100)
    with pytest.raises(NotVCard, match="no BEGIN:VCARD near its start"):
        cards_of(b"x" * 60 + b"\n" + b"y" * 60 + b"\nBEGIN:VCARD\nFN:Ann\nEND:VCARD\n")


def test_a_short_prologue_before_the_first_card_is_tolerated() -> None:
    assert names_and_lines(b"exported by PhoneSync\n\nBEGIN:VCARD\nFN:Ann\nEND:VCARD\n") == [(3, "Ann")]


def test_a_card_larger_than_the_limit_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vcard_lines, "MAX_CARD_BYTES", 50)
    data = b"BEGIN:VCARD\nFN:Ann\nNOTE:" + b"x" * 60 + b"\nEND:VCARD\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\n"
    assert names_and_lines(data) == [(1, "the card is larger than 0 MB"), (5, "Bob")]


# ----- unfolding -----


def unfolded(body: bytes) -> list[tuple[int, str, bytes]]:
    (card,) = cards_of(b"BEGIN:VCARD\n" + body + b"END:VCARD\n")
    assert isinstance(card, RawCard)
    lines, problems = content_lines(card)
    assert problems == []
    return [(ln.line, ln.name, ln.value) for ln in lines]


def test_folding_that_splits_a_utf8_character_is_joined_on_bytes() -> None:
    """'ö' is C3 B6; a writer that folds at 75 octets may put C3 and B6 on two lines."""
    assert unfolded(b"FN:J\xc3\n \xb6rg\nNOTE:x\n") == [(2, "FN", "Jörg".encode()), (4, "NOTE", b"x")]


def test_tab_folding_and_blank_lines_inside_a_card() -> None:
    assert unfolded(b"FN:Ann\n\nNOTE:one\n\ttwo\n\n\nTEL:1\n") == [
        (2, "FN", b"Ann"),
        (4, "NOTE", b"onetwo"),
        (8, "TEL", b"1"),
    ]


def test_quoted_printable_soft_line_breaks_join_the_next_line() -> None:
    body = b"LABEL;ENCODING=QUOTED-PRINTABLE:Street 1=0D=0AKaiserslautern=\n=0D=0ADeutschland\nFN:Ann\n"
    assert unfolded(body) == [
        (2, "LABEL", b"Street 1=0D=0AKaiserslautern=0D=0ADeutschland"),
        (4, "FN", b"Ann"),
    ]


def test_a_soft_line_break_that_was_also_folded() -> None:
    body = b"NOTE;QUOTED-PRINTABLE:caf=\n =C3=A9\nFN:Ann\n"
    assert unfolded(body) == [(2, "NOTE", b"caf=C3=A9"), (4, "FN", b"Ann")]


def test_a_base64_value_ending_in_equals_does_not_swallow_the_next_property() -> None:
    body = b"PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=\nFN:Ann\n"
    assert unfolded(body) == [(2, "PHOTO", b"iVBORw0KGgo="), (3, "FN", b"Ann")]


def test_unindented_vcard_21_base64_lines_continue_the_photo() -> None:
    body = b"PHOTO;TYPE=JPEG;ENCODING=BASE64:\n/9j/4AAQ\nSkZJRg==\n\nFN:Ann\n"
    assert unfolded(body) == [(2, "PHOTO", b"/9j/4AAQSkZJRg=="), (6, "FN", b"Ann")]


def test_a_line_that_is_no_property_is_reported_and_skipped() -> None:
    (card,) = cards_of(b"BEGIN:VCARD\nFN:Ann\nthis is not a property\nEND:VCARD\n")
    assert isinstance(card, RawCard)
    lines, problems = content_lines(card)
    assert [ln.name for ln in lines] == ["FN"]
    assert problems == [(3, "the line is not a vCard property and was skipped")]


def test_groups_names_and_parameters_are_split() -> None:
    (card,) = cards_of(b'BEGIN:VCARD\nitem1.tel;type="voice,home";X-LABEL="a;b:c":+1 555\nEND:VCARD\n')
    assert isinstance(card, RawCard)
    ((line),), _ = content_lines(card)
    assert (line.group, line.name, line.written_name, line.value) == ("item1", "TEL", "tel", b"+1 555")
    assert parse_params(line.params) == ({"TYPE": ["voice", "home"], "X-LABEL": ["a;b:c"]}, False)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b";WORK;VOICE", ({"TYPE": ["WORK", "VOICE"]}, True)),
        (b";QUOTED-PRINTABLE;CHARSET=UTF-8", ({"ENCODING": ["QUOTED-PRINTABLE"], "CHARSET": ["UTF-8"]}, True)),
        (b";TYPE=work,pref;TYPE=cell", ({"TYPE": ["work", "pref", "cell"]}, False)),
        (b";type=INTERNET;type=WORK", ({"TYPE": ["INTERNET", "WORK"]}, False)),
        (b';CHARSET="UTF-8"', ({"CHARSET": ["UTF-8"]}, False)),
        (b"", ({}, False)),
    ],
)
def test_parameters(raw: bytes, expected: tuple[dict[str, list[str]], bool]) -> None:
    assert parse_params(raw) == expected


@pytest.mark.parametrize(
    ("data", "quick"),
    [
        pytest.param(b"FN:Ann\nN:A;Ann;;;\nNOTE:one\n two\n\tthree\n", True, id="folds-space-and-tab"),
        pytest.param(b"PHOTO;ENCODING=b:AAAA\n BBBB\n CC==\nFN:Ann\n", True, id="folded-base64"),
        pytest.param(b"FN:Ann\n\nEMAIL:a@x.io\n", True, id="empty-line"),
        pytest.param(b"FN:Ann\n   \nEMAIL:a@x.io\n", True, id="blank-continuation"),
        pytest.param(b"item1.X-ABLabel:Zentrale\nitem1.TEL:1\n", True, id="apple-groups"),
        pytest.param(b"FN:Ann\n\n folded after an empty line\n", False, id="fold-after-empty-line"),
        pytest.param(b" starts folded\nFN:Ann\n", False, id="fold-first"),
        pytest.param(b"PHOTO;ENCODING=BASE64:AAAA\nBBBB\n\nFN:Ann\n", False, id="unindented-2.1-base64"),
        pytest.param(b"NOTE;ENCODING=QUOTED-PRINTABLE:a=\nb\nFN:Ann\n", None, id="soft-break"),
        pytest.param(b"FN:Ann\nthis is no property\n", False, id="no-property"),
        pytest.param(b"", True, id="no-lines"),
    ],
)
def test_the_quick_unfolding_takes_the_usual_card_and_gives_the_general_unfolding(
    data: bytes, quick: bool | None
) -> None:
    """plain_logical_lines gives logical_lines' result on the cards it takes, and leaves every quirk to it (a
    soft break never reaches it: content_lines sends any card holding one to the general unfolding)."""
    card = RawCard(4, data)
    found = vcard_lines.plain_logical_lines(card)
    if quick is None:
        assert content_lines(card) == vcard_lines._split_lines(*vcard_lines.logical_lines(card))
        return
    assert (found is not None) == quick
    if found is not None:
        assert found == vcard_lines.logical_lines(card)
