"""English sentences that carry their code and parameters, so the window can say them in the reader's language."""

from __future__ import annotations

from typing import Any


class Sentence(str):
    """What a reader of a file (or a service) says about a card, in English, with the `code` and `params` it was
    made from.

    It is the English text itself — the command line prints it and JSON carries it unchanged — while the desktop
    app looks at `code` and `params` and says the same in the reader's language (ui/importing/problems.py), as it
    does for a typed error. Parameters are plain values (numbers, names, a file's own words), or another Sentence
    (what was said of a line) that the window says in turn.
    """

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, template: str, **params: Any) -> Sentence:
        self = super().__new__(cls, template.format(**params))
        self.code = code
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # the reading process hands cards over pickled
        return (restored, (self.code, str(self), self.params))


def restored(code: str, text: str, params: dict[str, Any]) -> Sentence:
    """A sentence as it was kept (its code, its English and its parameters), without formatting it again."""
    sentence = str.__new__(Sentence, text)
    sentence.code = code
    sentence.params = params
    return sentence


def of_error(error: Any, english: str | None = None) -> Sentence:
    """A typed error (domain.errors.CardfileError) as a sentence: its code, its parameters and its English."""
    return restored(error.code, english if english is not None else error.message, dict(error.params))
