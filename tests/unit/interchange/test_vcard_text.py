"""Value text: escaping and splitting, and the guess of a legacy file's charset when it declares none."""

from __future__ import annotations

import pytest

from cardfile.interchange.vcard_text import (
    codec_name,
    escape,
    guess_encoding,
    implausibility,
    split_escaped,
    unescape,
)


@pytest.mark.parametrize(
    ("escaped", "text"),
    [
        ("plain", "plain"),
        ("a\\, b\\; c\\\\d", "a, b; c\\d"),
        ("line\\nnext\\Nlast", "line\nnext\nlast"),
        ("http\\://www.apple.ch", "http://www.apple.ch"),
        ("C:\\Temp", "C:\\Temp"),  # an unknown escape keeps its backslash
    ],
)
def test_unescape(escaped: str, text: str) -> None:
    assert unescape(escaped) == text


def test_escape_reads_back() -> None:
    text = "Müller, Jr.; back\\slash\nnew line\r\nand CRLF"
    assert escape(text) == "Müller\\, Jr.\\; back\\\\slash\\nnew line\\nand CRLF"
    assert unescape(escape(text)) == "Müller, Jr.; back\\slash\nnew line\nand CRLF"


def test_split_on_separators_that_are_not_escaped() -> None:
    assert split_escaped("Lee;Ann\\;Marie;;Dr.\\\\;", ";") == ["Lee", "Ann;Marie", "", "Dr.\\", ""]
    assert split_escaped("a\\,b,c", ",") == ["a,b", "c"]
    assert split_escaped("a\\,b;c", ";", keep=True) == ["a\\,b", "c"]


@pytest.mark.parametrize(
    ("charset", "codec"),
    [
        ("UTF-8", "utf-8"),
        ('"utf-8"', "utf-8"),
        ("ISO-8859-1", "iso8859-1"),
        ("Windows-1250", "cp1250"),
        ("Shift_JIS", "shift_jis"),
        ("x-mac-roman", "mac-roman"),
        ("no-such-charset", None),
    ],
)
def test_charset_names(charset: str, codec: str | None) -> None:
    assert codec_name(charset) == codec


@pytest.mark.parametrize(
    ("text", "encoding", "prefer"),
    [
        ("François Ærø Ñoño", "cp1252", ()),
        ("Iksiński", "cp1250", ()),
        ("Kraków, małopolskie", "cp1250", ()),
        ("Łódź, Świętokrzyska", "iso8859_2", ()),
        ("Петрова Мария", "cp1251", ()),
        ("Ελένη Παπαδοπούλου", "cp1253", ()),
        ("山田太郎", "shift_jis", ()),
        ("Müller Jäger", "mac_roman", ("mac_roman",)),
        ("Töcken, Spaßlund", "cp1252", ("mac_roman",)),  # Latin-1 bytes in an Apple file
    ],
)
def test_the_likeliest_encoding_of_undeclared_text(text: str, encoding: str, prefer: tuple[str, ...]) -> None:
    data = text.encode(encoding)
    guessed = guess_encoding([data], prefer)
    assert data.decode(guessed) == text


@pytest.mark.parametrize(
    ("text", "plausible"),
    [
        ("Jónsdóttir", True),
        ("O’Brien – €12", True),
        ("ma³opolskie", False),  # a symbol inside a word
        ("Mьller", False),  # two scripts in one word
        ("MŸller", False),  # upper case after lower case
        ("Ïåòðîâ", False),  # a run of accented letters: Cyrillic read as Latin
        ("Iksiñski", False),  # ñ before a consonant
    ],
)
def test_implausibility(text: str, plausible: bool) -> None:
    assert (implausibility(text) == 0) is plausible
