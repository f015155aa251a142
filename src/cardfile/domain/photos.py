"""Contact photos and company logos as Cardfile keeps them: scaled to at most PHOTO_SIZE pixels a side and
recompressed on the way in, wherever they come from (a vCard, the command line, the edit form, a script).

A photo straight from a camera is several megabytes; kept as it came it would make the database heavy and a sync
request too large for the server to take. A contact card shows a picture a few hundred pixels wide.
"""

from __future__ import annotations

import io
import warnings

from cardfile.domain.field_rules import MAX_VALUE_CHARS

PHOTO_SIZE = 512
# A picture already this small (in bytes and in pixels) is kept exactly as it came.
_KEEP_BYTES = 200 * 1024
# What a picture Cardfile cannot read may weigh and still be kept as it came: its base64 must fit in one field.
_LARGEST_UNREAD = (MAX_VALUE_CHARS - 64) * 3 // 4


def check_photo(data: bytes) -> bytes:
    """A photo Cardfile can keep: one it can read (and so shrink), or one small enough to keep as it came."""
    from PIL import Image

    if len(data) <= _LARGEST_UNREAD:
        return data
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.verify()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ValueError(_UNREADABLE.format(size=len(data) / 1_000_000)) from None
    return data


_UNREADABLE = "too large ({size:.1f} MB) and not a picture Cardfile can shrink (JPEG, PNG, GIF, WebP, BMP or TIFF)"


def fitted_photo(data: bytes, mime: str | None) -> tuple[bytes, str | None]:
    """The photo as Cardfile keeps it, and its MIME type: at most PHOTO_SIZE pixels a side (upright, as the camera
    held it), as JPEG — or PNG where it is transparent. Raises ValueError for a picture too large to keep that
    Cardfile cannot read."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)  # a picture of absurd size: refused
            with Image.open(io.BytesIO(data)) as image:
                if max(image.size) <= PHOTO_SIZE and len(data) <= _KEEP_BYTES:
                    return data, mime or Image.MIME.get(image.format or "")
                image.draft("RGB", (PHOTO_SIZE, PHOTO_SIZE))  # a JPEG decodes straight at a fraction of its size
                upright = ImageOps.exif_transpose(image)
                upright.thumbnail((PHOTO_SIZE, PHOTO_SIZE), Image.Resampling.LANCZOS)
                transparent = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
                out = io.BytesIO()
                if transparent:
                    upright.convert("RGBA").save(out, "PNG", optimize=True)
                    return out.getvalue(), "image/png"
                upright.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
                return out.getvalue(), "image/jpeg"
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        if len(data) <= _LARGEST_UNREAD:
            return data, mime  # not a picture Cardfile reads (HEIC, say), but small enough to keep as it came
        raise ValueError(_UNREADABLE.format(size=len(data) / 1_000_000)) from None
