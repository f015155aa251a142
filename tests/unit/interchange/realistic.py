"""A generator of realistic address-book cards (names in many scripts, several channels, some photos).

Used by the throughput checks here and by bench/interchange.py; deterministic for a given seed.
"""

from __future__ import annotations

import base64
import random

from cardfile.interchange.carddata import CardData

_GIVEN = ["Anna", "José", "Zoë", "Björn", "Мария", "Ιωάννης", "太郎", "สมชาย", "مریم", "Łukasz", "Siobhán", "Chloé"]
_FAMILY = ["Jónsdóttir", "Müller", "Петрова", "Παπαδόπουλος", "山田", "ใจดี", "کریمی", "Nowak", "O'Brien", "García"]
_COMPANIES = ["Acme GmbH", "Société Générale", "株式会社テスト", "ООО Ромашка", "Northwind Traders", "Contoso Ltd."]
_STREETS = ["Hauptstraße 12", "1 Infinite Loop", "Rue de Rivoli 99", "ул. Тверская, 7", "銀座1-2-3"]
_CITIES = ["Berlin", "Cupertino", "Paris", "Москва", "東京"]
# A 1×1 JPEG, padded to a typical thumbnail size.
_PHOTO = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwS"
    "ExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k="
) + bytes(6000)


def realistic_card(index: int, rng: random.Random) -> CardData:
    given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
    ascii_name = f"user{index}"
    return CardData(
        given=given,
        family=family,
        additional=rng.choice(["", "", "Maria"]),
        prefix=rng.choice(["", "", "Dr."]),
        title=rng.choice(["Sales Manager", "CEO", "Einkäufer", ""]),
        company=rng.choice(_COMPANIES),
        department=rng.choice(["", "Sales", "R&D"]),
        birthday=rng.choice([None, "1980-04-15", "--02-29", "1975-12-01"]),
        note=rng.choice(["", "Met at the trade fair; wants a quote.\nCall back in May.", "VIP, prefers email"]),
        tags=rng.sample(["customer", "prospect", "VIP", "Messe 2024"], k=rng.randint(0, 2)),
        emails=[
            {"value": f"{ascii_name}@example.com", "label": "work", "preferred": True},
            {"value": f"{ascii_name}.private@example.org", "label": "home", "preferred": False},
        ],
        phones=[
            {"value": f"+49 30 {index:07d}", "label": "work", "preferred": False},
            {"value": f"+49 170 {index:07d}", "label": "cell", "preferred": True},
            {"value": f"+49 30 {index:07d}-9", "label": rng.choice(["fax", "Zentrale"]), "preferred": False},
        ],
        addresses=[
            {
                "label": "work",
                "preferred": False,
                "street": rng.choice(_STREETS),
                "locality": rng.choice(_CITIES),
                "region": "",
                "postcode": f"{10000 + index % 90000}",
                "country": "Deutschland",
                "po_box": "",
                "extended": "",
            }
        ],
        urls=[{"value": f"https://example.com/{ascii_name}", "label": "work", "preferred": False}],
        ims=[{"value": ascii_name, "service": "skype", "label": "", "preferred": False}] if index % 3 == 0 else [],
        photo=_PHOTO if index % 10 == 0 else None,
        photo_mime="image/jpeg" if index % 10 == 0 else None,
        uid=f"urn:uuid:00000000-0000-4000-8000-{index:012d}",
        extra=["X-MS-OL-DEFAULT-POSTAL-ADDRESS:2", "X-GENDER:unknown"] if index % 4 == 0 else [],
    )


def realistic_cards(count: int, seed: int = 4) -> list[CardData]:
    rng = random.Random(seed)
    return [realistic_card(index, rng) for index in range(count)]
