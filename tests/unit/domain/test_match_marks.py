"""Where a search query is in a text, for the highlight: found as the search finds it, in every script."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cardfile.domain.phones import number_marks
from cardfile.domain.text import match_marks, merged_marks, search_fold


def marked(text: str, marks: tuple[tuple[int, int], ...]) -> str:
    """The text with what is marked in [brackets]."""
    out, at = [], 0
    for start, end in marks:
        out += [text[at:start], "[", text[start:end], "]"]
        at = end
    return "".join([*out, text[at:]])


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("Anna Jónsdóttir", "jons", "Anna [Jóns]dóttir"),  # typed without the accent
        ("Anna Jónsdóttir", "JÓNSD", "Anna [Jónsd]óttir"),
        ("Þórður Ásgeirsson", "thord", "[Þórð]ur Ásgeirsson"),  # a letter folded to two
        ("Hans Straße", "strasse", "Hans [Straße]"),
        ("Søren Ærø", "aero", "Søren [Ærø]"),
        ("Анна Петрова", "петр", "Анна [Петр]ова"),
        ("Ёлкин Пётр", "елк", "[Ёлк]ин Пётр"),
        ("山田太郎", "太郎", "山田[太郎]"),
        ("สมชาย ใจดี", "ใจดี", "สมชาย [ใจดี]"),
        ("مریم کریمی", "کریمی", "مریم [کریمی]"),
        ("Anna Hansen", "an", "[An]na Hansen"),  # a short word starts a word
        ("Hansen", "an", "H[an]sen"),  # … or anywhere, when no word starts with it
        ("Jón Jónsson", "jón j", "[Jón] [Jón]sson"),
        ("Anna Berg", "berg anna", "[Anna] [Berg]"),  # every word, in any order
        ("Anna Berg", "zzz", "Anna Berg"),
        ("a-b", "-", "a-b"),  # a term of punctuation alone is left out, as the search leaves it out
        ("Анна Петрова", "petrov", "Анна [Петров]а"),  # a Cyrillic name in the Latin letters a query spells it with
        ("Σωκράτης Παπαδόπουλος", "papad", "Σωκράτης [Παπαδ]όπουλος"),
        ("ヤマダ タロウ", "やまだ", "[ヤマダ] タロウ"),  # hiragana finds katakana
        ("مریم کریمی", "كريمي", "مریم [کریمی]"),  # Arabic kaf and yeh typed for Persian ones
        ("山田太郎", "田", "山[田]太郎"),  # one letter of a name written without spaces
    ],
)
def test_marks_follow_the_search_folding(text: str, query: str, expected: str) -> None:
    assert marked(text, match_marks(text, query)) == expected


def test_a_decomposed_accent_stays_with_its_letter() -> None:
    """'e' and a combining accent typed apart are one letter: the mark takes both or neither."""
    text = unicodedata.normalize("NFD", "Lefèvre")
    marks = match_marks(text, "lefe")
    assert marks == ((0, 5),) and text[:5] == unicodedata.normalize("NFD", "Lefè")


def test_a_thai_vowel_stays_with_its_consonant() -> None:
    text = "กี่ครั้ง"
    ((start, end),) = match_marks(text, "กี่")
    assert text[start:end] == "กี่"


def test_letters_beyond_the_basic_plane_are_counted_as_one() -> None:
    text = "𠮷野家 𠮷田"
    assert marked(text, match_marks(text, "𠮷田")) == "𠮷野家 [𠮷田]"


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=30), st.data())
def test_a_marked_piece_folds_to_what_was_searched(text: str, data: st.DataObject) -> None:
    """Whatever the text, what is marked is where the folded query is: each mark folds to hold the query."""
    folded = search_fold(text)
    if len(folded) < 3:
        return
    start = data.draw(st.integers(0, len(folded) - 3))
    query = folded[start : start + 3]
    if not any(ch.isalnum() for ch in query) or any(ch.isspace() for ch in query):  # one word
        return
    marks = match_marks(text, query)
    assert marks, (text, query)
    for begin, end in marks:
        assert query in search_fold(text[begin:end])


def test_merged_marks_join_touching_and_overlapping_spans() -> None:
    assert merged_marks([(5, 7), (0, 2), (1, 3), (3, 4), (9, 9)]) == ((0, 4), (5, 7))


@pytest.mark.parametrize(
    ("number", "query", "country", "expected"),
    [
        ("+1 (555) 010-2030", "010-2030", None, "+1 (555) [010-2030]"),
        ("+1 (555) 010-2030", "5550102030", None, "+1 ([555) 010-2030]"),
        ("+354 555 1234", "5551234", "IS", "+354 [555 1234]"),
        ("555 1234", "+354 555 1234", "IS", "[555 1234]"),  # found by its international form
        ("+7 (495) 123-45-67", "123 45 67", None, "+7 (495) [123-45-67]"),
        ("+1 (555) 010-2030", "999", None, "+1 (555) 010-2030"),
        ("+98 ۹۱۲ ۳۴۵ ۶۷۸۹", "912345", None, "+98 [۹۱۲ ۳۴۵] ۶۷۸۹"),  # digits of another script
        ("+81 3-1234-5678", "03-1234-5678", "JP", "+81 [3-1234-5678]"),  # as dialled at home: no '0' to mark
        ("+7 (495) 123-45-67", "8 (495) 123-45-67", "RU", "+7 ([495) 123-45-67]"),
    ],
)
def test_a_phone_query_marks_the_digits_as_written(number: str, query: str, country: str | None, expected: str) -> None:
    assert marked(number, number_marks(number, query, country)) == expected
