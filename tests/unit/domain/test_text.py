"""Folding for search and the display name of a person."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cardfile.domain.text import derive_display_name, fold, join_name, latin_of, search_fold, short_pieces


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Jónsdóttir", "jonsdottir"),
        ("ÞÓRÐUR", "thordur"),
        ("Søren Ærø", "soren aero"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("Петрова", "петрова"),
        ("Ёлка", "елка"),
        ("Ἀθῆναι", "αθηναι"),
        ("ﬁnance", "finance"),
        ("Ｆｕｌｌ", "full"),
    ],
)
def test_fold_drops_case_and_accents_of_latin_greek_and_cyrillic(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize("text", ["สมชาย ใจดี", "नमस्ते", "کریمی", "山田太郎", "김민준"])
def test_fold_keeps_the_marks_that_are_vowels_in_other_scripts(text: str) -> None:
    assert fold(text) == unicodedata.normalize("NFC", text)


def test_fold_normalizes_decomposed_input_to_the_same_key() -> None:
    decomposed = unicodedata.normalize("NFD", "Jónsdóttir")
    assert fold(decomposed) == fold("Jónsdóttir") == "jonsdottir"
    assert fold(unicodedata.normalize("NFD", "กี่")) == "กี่"


def test_fold_keeps_a_combining_mark_with_nothing_before_it() -> None:
    """Regression: a leading combining mark made fold() raise TypeError (ord of an empty string)."""
    assert fold("\u0301abc") == "\u0301abc"
    assert fold("\u0e48") == "\u0e48"


@settings(max_examples=50, deadline=None)
@given(st.text())
@example("𝓐𝓷𝓷𝓪")  # regression: compatibility letters folded to upper case ('A'), so a second fold changed them
@example("\u0301abc")
def test_fold_is_idempotent(text: str) -> None:
    """A query that is already folded must find what it was folded from."""
    once = fold(text)
    assert fold(once) == once


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ({"given": "Anna", "family": "Berg"}, "Anna Berg"),
        (
            {"prefix": "Dr.", "given": "Anna", "additional": "Maria", "family": "Berg", "suffix": "PhD"},
            "Dr. Anna Maria Berg PhD",
        ),
        ({"given": "Anna", "family": "Berg", "family_first": True}, "Berg Anna"),
        ({"given": "  Anna ", "family": ""}, "Anna"),
        ({"family": "Berg"}, "Berg"),
        ({"given": "太郎", "family": "山田"}, "山田太郎"),
        ({"given": "太郎", "family": "山田", "family_first": False}, "山田太郎"),
        ({"given": "민준", "family": "김"}, "김민준"),
        ({"given": "はなこ", "family": "たなか"}, "たなかはなこ"),
        ({"nickname": "Ace", "company": "Acme", "email": "a@b.example"}, "Ace"),
        ({"additional": "Maria", "company": "Acme"}, "Maria"),
        ({"company": "Acme Ltd", "email": "a@b.example"}, "Acme Ltd"),
        ({"email": "ann@example.org"}, "ann@example.org"),
        ({"company": "   ", "email": "ann@example.org"}, "ann@example.org"),
        ({}, ""),
    ],
)
def test_display_name_is_derived_from_the_parts_with_fallbacks(parts: dict[str, Any], expected: str) -> None:
    assert derive_display_name(**parts) == expected


def test_join_name_skips_blank_parts() -> None:
    assert join_name(["  a ", None, "", " ", "b"]) == "a b"
    assert join_name(["山田", "太郎"], sep="") == "山田太郎"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ヤマダ", "やまだ"),
        ("ｶﾞｸ", "がく"),
        ("ヴ", "ゔ"),
        ("ＡＢＣ商事", "abc商事"),
        ("كريمي", "کریمی"),  # kaf and yeh of an Arabic keyboard
        ("علی", "علی"),
        ("موسى", "موسی"),  # alef maksura
        ("أحمد إيمان آرش ٱ", "احمد ایمان ارش ا"),  # alef forms
        ("فاطمة", "فاطمه"),  # teh marbuta
        ("مـحـمـد", "محمد"),  # tatweel
        ("مُحَمَّد", "محمد"),  # harakat
        ("نیک\u200cنام", "نیکنام"),  # zero-width non-joiner
        ("خانۀ", "خانه"),
        ("۰۹۱۲ ١٢٣ ๑๒๓", "0912 123 123"),
        ("Ёлкин", "елкин"),
        ("Þórður Ævarsson Björk", "thordur aevarsson bjork"),
        ("สมชาย ใจดี", "สมชาย ใจดี"),
        ("김민준", "김민준"),
    ],
)
def test_search_fold_makes_letters_a_reader_takes_for_one_the_same(text: str, folded: str) -> None:
    assert search_fold(text) == folded


@settings(max_examples=50, deadline=None)
@given(st.text())
@example("ｶﾞ")
@example("آ")
def test_search_fold_is_idempotent(text: str) -> None:
    once = search_fold(text)
    assert search_fold(once) == once


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("山田太郎", "山田 田太 太郎 郎"),
        ("สมชาย ใจดี", "สม มช ชา าย ย ใจ จด ดี ี"),
        ("やまだ anna", "やま まだ だ anna"),
        ("jónsdóttir петрова کریمی", "jónsdóttir петрова کریمی"),  # scripts with spaces keep their words
        ("a山b", "a山b"),  # one letter alone is its own piece already
    ],
)
def test_short_pieces_split_scripts_without_spaces_into_pairs(text: str, pieces: str) -> None:
    assert short_pieces(text) == pieces


@pytest.mark.parametrize(
    ("folded", "latin"),
    [
        ("анна петрова", "anna petrova"),
        ("игорь", "igor"),  # the soft sign is left out, as people leave it out typing
        ("παπαδοπουλος", "papadopoulos"),
        ("анна smith", "anna smith"),
        ("jonsdottir", None),
        ("山田", None),
    ],
)
def test_latin_of_transliterates_cyrillic_and_greek_only(folded: str, latin: str | None) -> None:
    assert latin_of(folded) == latin
