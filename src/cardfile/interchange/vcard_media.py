"""Dates and photos in vCards: birthdays without a year, and images as base64, data: URIs or links.

Birthdays without a year come as `--0415` and `--04-15` (vCard 4.0, Android), as Apple's year 1604, and with
Apple's `X-APPLE-OMIT-YEAR=<year>` parameter. We write them back in the form each version's readers understand:
4.0 `--0415`; 3.0 the Apple form, which vobject, Apple, Google and DAVx5 read.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote_to_bytes

from cardfile.domain.errors import ValidationError
from cardfile.domain.values import PartialDate

APPLE_NO_YEAR = 1604  # Apple's placeholder year for "no year" (a leap year early in the Gregorian calendar)

_DATE = re.compile(r"^(?:(\d{4})|--|-)-?(\d{2})-?(\d{2})(?:[T ].*)?$")


def parse_date(text: str, omit_year: str | None = None) -> PartialDate | None:
    """A partial date from a vCard date value, or None when the value is not a day of a year.

    Accepts 1980-01-18, 19800118, 1980-01-18T00:00:00Z, --0415, --04-15 and the years that mean "unknown":
    1604 (Apple), 0000, and the year named by X-APPLE-OMIT-YEAR.
    """
    match = _DATE.match(text.strip())
    if not match:
        return None
    year_text, month, day = match.groups()
    year = int(year_text) if year_text else None
    if year is not None and (year in (APPLE_NO_YEAR, 0) or (omit_year and year_text == omit_year.strip())):
        year = None
    try:
        return PartialDate.parse(f"{year:04d}-{month}-{day}" if year is not None else f"--{month}-{day}")
    except ValidationError:
        return None


def format_date(iso: str, version: str) -> tuple[str, str]:
    """(parameters, value) for writing a partial date (ISO form, `--MM-DD` when the year is unknown)."""
    date = PartialDate.parse(iso)
    if version == "4.0":
        if date.year is None:
            return "", f"--{date.month:02d}{date.day:02d}"
        return "", f"{date.year:04d}{date.month:02d}{date.day:02d}"
    if date.year is None:
        return f";X-APPLE-OMIT-YEAR={APPLE_NO_YEAR}", f"{APPLE_NO_YEAR}-{date.month:02d}-{date.day:02d}"
    return "", date.iso()


# ----- images -----

_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
_TYPE_MIME = {
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "pjpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tiff": "image/tiff",
    "tif": "image/tiff",
    "webp": "image/webp",
    "heic": "image/heic",
}
_DATA_URI = re.compile(r"^data:([^,;]*)((?:;[^,;]*)*),(.*)$", re.S | re.IGNORECASE)
_LINK = re.compile(r"^(?:https?|ftp|file|cid|content):", re.IGNORECASE)


class ImageError(ValueError):
    """An embedded image whose data cannot be decoded."""


def sniff_mime(data: bytes) -> str | None:
    """The image type told by the data's first bytes, or None."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image/heic"
    return None


def mime_for_type(type_value: str) -> str | None:
    """MIME type for a TYPE parameter of a photo: JPEG, jpeg, image/jpeg …"""
    value = type_value.strip().lower()
    if "/" in value:
        return value
    return _TYPE_MIME.get(value)


def is_link(value: str) -> bool:
    """True for a photo given as a link (http, https, ftp …), which we keep as written and never download."""
    return bool(_LINK.match(value.strip()))


def decode_image(value: str, *, base64_encoded: bool, declared: str | None) -> tuple[bytes, str]:
    """(bytes, MIME type) of an embedded image: base64 (3.0 ENCODING=b, 2.1 BASE64) or a data: URI (4.0, and
    3.0 writers that use the 4.0 form). The data's own first bytes decide the type when they tell one."""
    text = value.strip()
    if text[:5].lower() == "data:":
        match = _DATA_URI.match(text)
        if not match:
            raise ImageError("the data: URI is malformed")
        media, options, payload = match.groups()
        if any(option.strip().lower() == "base64" for option in options.split(";")):
            data = _base64(payload)
        else:
            data = unquote_to_bytes(payload)
        declared = media.strip().lower() or declared
    elif base64_encoded:
        data = _base64(text)
    else:
        raise ImageError("the image is neither base64 data nor a data: URI")
    if not data:
        raise ImageError("the image is empty")
    return data, sniff_mime(data) or declared or "application/octet-stream"


def _base64(text: str) -> bytes:
    compact = "".join(text.split())
    compact += "=" * (-len(compact) % 4)
    try:
        return base64.b64decode(compact, validate=False)
    except (binascii.Error, ValueError):
        raise ImageError("the base64 data is damaged") from None


def type_for_mime(mime: str) -> str:
    """The vCard 3.0 TYPE for a MIME type: image/jpeg → JPEG."""
    subtype = mime.split("/", 1)[-1].upper()
    return "JPEG" if subtype in ("JPG", "PJPEG") else subtype
