"""Errors of the interchange readers: a whole file that cannot be imported at all."""

from __future__ import annotations

from cardfile.domain.errors import CardfileError


class NotVCard(CardfileError):
    """The file holds no vCard at all (another format, binary data, or empty); nothing of it was imported."""

    code = "not_vcard"
    template = "{file} is not a vCard file ({detail}); nothing was imported."
