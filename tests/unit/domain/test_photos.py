"""Photos are scaled and recompressed on the way in (issue #10): a 20 MB picture imported kept its device from ever
syncing again, as no push could carry it."""

from __future__ import annotations

import base64
import io
import os

import pytest
from PIL import Image

from cardfile.domain.errors import ValidationError
from cardfile.domain.field_rules import MAX_VALUE_CHARS
from cardfile.domain.models import CompanyCreate, ContactCreate, ContactUpdate, validate
from cardfile.domain.photos import PHOTO_SIZE, fitted_photo
from cardfile.services import Services


def picture(width: int, height: int, *, mode: str = "RGB", form: str = "JPEG", **options: object) -> bytes:
    """A picture of noise (it does not compress away), as a camera or a scanner writes one."""
    image = Image.frombytes(mode, (width, height), os.urandom(width * height * len(mode)))
    out = io.BytesIO()
    image.save(out, form, **options)
    return out.getvalue()


def size_of(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        return image.size


def test_a_camera_photo_is_scaled_to_a_card_photo():
    big = picture(4000, 3000, quality=95)
    assert len(big) > 5_000_000

    data, mime = fitted_photo(big, "image/jpeg")

    assert (size_of(data), mime) == ((PHOTO_SIZE, 384), "image/jpeg")
    assert len(base64.b64encode(data)) < MAX_VALUE_CHARS // 4


def test_a_transparent_logo_stays_transparent_and_a_turned_photo_stands_upright():
    logo, mime = fitted_photo(picture(1200, 600, mode="RGBA", form="PNG"), "image/png")
    assert (size_of(logo), mime) == ((PHOTO_SIZE, 256), "image/png")
    with Image.open(io.BytesIO(logo)) as image:
        assert image.mode == "RGBA"

    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: the camera was turned a quarter
    turned, _ = fitted_photo(picture(1600, 1200, exif=exif.tobytes()), "image/jpeg")
    assert size_of(turned) == (384, PHOTO_SIZE)


def test_a_small_photo_is_kept_as_it_came_and_an_unknown_small_one_too():
    small = picture(200, 200)
    assert fitted_photo(small, "image/jpeg") == (small, "image/jpeg")
    heic = b"\x00\x00\x00\x18ftypheic" + os.urandom(50_000)  # a format Cardfile does not read
    assert fitted_photo(heic, "image/heic") == (heic, "image/heic")


def test_a_large_file_that_is_no_picture_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError, match=r"photo: too large \(2\.0 MB\) and not a picture Cardfile can shrink"):
        validate(ContactCreate, given="Zoë", photo=os.urandom(2_000_000), photo_mime="image/jpeg")


def test_every_way_in_scales_it(services: Services):
    """The input models are the one place: the form, the command line, scripts and the importer build them."""
    big = picture(3000, 3000)
    person = services.contacts.create(validate(ContactCreate, given="Zoë", photo=big, photo_mime="image/jpeg"))
    company = services.companies.create(validate(CompanyCreate, name="Acme", logo=big, logo_mime="image/jpeg"))
    services.contacts.update(person.id, validate(ContactUpdate, photo=big, photo_mime="image/png"))

    stored = services.contacts.photo(person.id)
    assert stored is not None and size_of(stored[0]) == (PHOTO_SIZE, PHOTO_SIZE) and stored[1] == "image/jpeg"
    with services.db.read() as conn:
        logo = conn.exec_driver_sql("SELECT logo FROM company WHERE id = ?", (company.id,)).scalar_one()
    assert size_of(logo) == (PHOTO_SIZE, PHOTO_SIZE)


def test_an_imported_vcard_photo_is_scaled(services: Services, tmp_path):
    big = picture(2500, 2000)
    card = "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:3.0",
            "N:Kim;Zoë;;;",
            "FN:Zoë Kim",
            "PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(big).decode(),
            "END:VCARD",
            "",
        ]
    )
    path = tmp_path / "zoe.vcf"
    path.write_text(card, encoding="utf-8")

    report = services.importer.import_files([path])

    assert report.imported == 1
    (person,) = services.contacts.list()
    stored = services.contacts.photo(person.id)
    assert stored is not None and size_of(stored[0]) == (PHOTO_SIZE, 410)
