"""Add records whose values mix scripts to a database, for looking at right-to-left screenshots (bench/screens.py).

    python bench/generate.py 1200 --db /tmp/shots.db && python bench/mixed_values.py /tmp/shots.db

Latin values ending in punctuation ("Maple Capital Corp.", "VIP!"), Persian ones with Latin inside ("جلسه با Acme
Ltd."), numbers, email addresses and phone numbers, as companies, people (named to sort first: "Aa…"), History
edits, activities in the week bench/screens.py shows and on an old day (so they lead the overdue list), three with
alarms rung an hour ago (the Reminders window), deals (two won, for the dashboard's averages) and a note. Writes
through the services, like generate.py.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cardfile.domain.models import ActivityCreate, CompanyCreate, ContactCreate, ContactUpdate, DealCreate, NoteCreate
from cardfile.services import Services, open_database

SUBJECTS = (
    "Meeting with Maple Capital Corp.",
    "جلسه با Acme Ltd.",
    "Call +1 555 0110?",
    "Send price list to info@acme.example.",
    "تماس با آقای O'Neil!",
    "Demo: CRM 2.0 (beta).",
    "پیگیری پیشنهاد ۱۲۳",
    "Lunch @ Café Léon.",
)


def add_mixed_values(services: Services) -> None:
    companies, people = services.companies, services.contacts
    acme = companies.create(
        CompanyCreate(
            name="Aaa Acme Ltd.",
            industry="Software.",
            emails=[{"value": "info@acme.example", "label": "work"}],
            phones=[{"value": "+1 555 0110", "label": "work"}],
            tags=["VIP!", "مشتری"],
            note="Head office (NYC).",
        )
    ).id
    maple = companies.create(
        CompanyCreate(name="Aab Maple Capital Corp.", phones=[{"value": "(021) 8888-1234", "label": "work"}])
    ).id
    mehr = companies.create(
        CompanyCreate(
            name="Aac شرکت مهر پارس (سهامی خاص)",
            industry="تولید.",
            phones=[{"value": "+98 21 5555 1234", "label": "work"}],
            tags=["مشتری", "B2B"],
        )
    ).id
    made = [
        ContactCreate(
            given="Aaron",
            family="O'Neil",
            suffix="Jr.",
            company_id=maple,
            title="CEO, Sales.",
            emails=[{"value": "aaron.oneil@maple.example", "label": "work"}],
            phones=[{"value": "+1 (555) 010-2030", "label": "cell"}],
            tags=["VIP!", "مشتری", "2026"],
        ),
        ContactCreate(
            given="Aarash",
            family="کریمی",
            company_id=acme,
            title="مدیر فروش.",
            emails=[{"value": "arash.karimi@acme.example", "label": "work"}],
            phones=[{"value": "+98 912 345 6789", "label": "cell"}],
            note="Prefers email. جلسه بعدی: Acme HQ.",
        ),
        ContactCreate(
            given="Aaliyah",
            family="Smith-Jones?",
            company_id=mehr,
            title="Buyer (EMEA)",
            emails=[{"value": "aaliyah@mehr.example", "label": "work"}],
            tags=["B2B", "prospect."],
        ),
        ContactCreate(given="آرش", family="رضایی", company_id=acme, title="CTO.", tags=["مشتری!"]),
        ContactCreate(
            given="Aabid",
            family="12345",
            company_id=maple,
            emails=[{"value": "12345@maple.example", "label": "work"}],
        ),
    ]
    ids = [people.create(person).id for person in made]
    people.update(ids[0], ContactUpdate(title="CEO, Sales & Marketing.", phones=[{"value": "+1 (555) 010-9999"}]))
    people.update(ids[1], ContactUpdate(title="Head of Sales (Tehran)."))
    types = [t.id for t in services.activities.types()]
    week = datetime(2026, 5, 26, 8, tzinfo=UTC)  # bench/screens.py's calendar shows 27 May 2026
    for i, subject in enumerate(SUBJECTS):
        for starts in (week + timedelta(days=i % 4, hours=i), datetime(2025, 1, 2, 9, tzinfo=UTC) + timedelta(hours=i)):
            services.activities.schedule(
                ActivityCreate(
                    type_id=types[i % len(types)],
                    subject=subject,
                    details="Agenda: pricing, Q3.",
                    starts_at=starts,
                    duration_minutes=60,
                    contact_ids=[ids[i % len(ids)]],
                    company_id=(maple, acme, mehr)[i % 3],
                    time_zone="Europe/Paris",
                )
            )
    now = datetime.now(UTC)
    for i, subject in enumerate(SUBJECTS[:3]):  # rang an hour ago: the Reminders window lists them
        services.activities.schedule(
            ActivityCreate(
                subject=subject,
                starts_at=now + timedelta(hours=3 + i),
                duration_minutes=30,
                contact_ids=[ids[i]],
                alarm_minutes=4 * 60,
                time_zone="Europe/Paris",
            )
        )
    stages = [s.id for s in services.deals.pipelines()[0].stages]
    deals = (
        ("Aaa Maple Capital Corp. – Renewal 2026.", maple, 1_234_567, "EUR"),
        ("Aab قرارداد Acme Ltd.", acme, 98_765_432, "EUR"),
        ("Aac CRM 2.0 (pilot)!", mehr, 5_000_000, "USD"),
    )
    for i, (name, company, minor, currency) in enumerate(deals):
        deal = services.deals.create(
            DealCreate(
                name=name,
                company_id=company,
                stage_id=stages[i % len(stages)],
                amount_minor=minor,
                currency=currency,
                expected_close=date(2026, 6, 1 + i),
                contacts=[{"contact_id": ids[i], "role": "Decision maker."}],
            )
        )
        if i < 2:
            services.deals.close(deal.id, won=True, reason="")
    services.notes.add(
        NoteCreate(
            body="Called Maple Capital Corp. about the renewal.\nقرار شد Acme Ltd. پیشنهاد بدهد.",
            contact_ids=[ids[0]],
            company_ids=[maple],
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="a database bench/generate.py built (written to)")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        parser.error(f"{args.db}: no such database")
    with open_database(args.db, auto_backup=False) as services:
        add_mixed_values(services)
    print(f"Added mixed-script values to {args.db}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
