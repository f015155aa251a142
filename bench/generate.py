"""Build a realistic Cardfile database through the services layer, for benchmarks and for trying the app on volume.

    python bench/generate.py 100000 --db /tmp/big.db [--seed 7]

People come from many countries and scripts (Icelandic patronymics, Nordic, English, Spanish, German, Russian,
Greek, Japanese, Chinese, Korean, Thai, Persian, Arabic, Hindi), with ASCII email addresses, phone numbers in their
countries' own punctuation, postal addresses, titles, tags and some notes. Around them: companies (N/20) the people
work for, activities (N/2: calls, meetings and to-dos, many of them done), deals (N/20) across the pipeline's stages
and notes (N/10). Everything goes through the services, in batches of about a thousand records per transaction, so
the change log and the search index are built exactly as the app builds them.

The same seed gives the same content (names, numbers, links); record ids and timestamps are new on every run.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.names import (
    ACTIVITY_DETAILS,
    ACTIVITY_SUBJECTS,
    CULTURES,
    DEAL_PRODUCTS,
    DEAL_ROLES,
    DEPARTMENTS,
    ENGLISH_TITLES,
    EVENTS,
    ICELANDIC_FATHERS,
    LOSS_REASONS,
    MONTHS,
    NEXT_STEPS,
    NOTE_TEXTS,
    OUTCOMES,
    PATRONYMIC_RU,
    PER_DOLLAR,
    PRODUCTS,
    TAGS,
    Culture,
    Pair,
    ascii_of,
)
from cardfile.domain.models import ActivityCreate, CompanyCreate, ContactCreate, DealCreate, NoteCreate
from cardfile.domain.values import RecordType, currency_digits
from cardfile.services import Services, open_database
from cardfile.store.writer import Writer

BATCH = 1000
# Seeded by the 0001 migration with fixed ids, the same in every database.
ACTIVITY_TYPES = {
    "call": "00000000-0000-7000-8000-000000000001",
    "meeting": "00000000-0000-7000-8000-000000000002",
    "todo": "00000000-0000-7000-8000-000000000003",
}
# "Now" for the generated calendar, fixed so that a seed always gives the same past and future.
EPOCH = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@dataclass
class CompanyInfo:
    """What the generator remembers of a company it made: enough to staff it and to sell to it."""

    id: str
    name: str
    domain: str
    culture: Culture
    people: list[PersonInfo] = field(default_factory=list)


@dataclass(slots=True)
class PersonInfo:
    """A person the generator made: who they are for activities, deals and notes about them."""

    id: str
    name: str
    given: str
    company: CompanyInfo | None
    culture: Culture


class PersonInput(NamedTuple):
    data: ContactCreate
    name: str  # 'Jóna Sigurðardóttir', '山田太郎'
    given: str  # what a subject line calls them by: 'Jóna', '山田太郎'
    culture: Culture
    company: CompanyInfo | None


def _digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)


def _postcode(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch in "AB" and pattern != ch:
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _email_local(rng: random.Random, given: str, family: str) -> str:
    g = re.sub(r"[^a-z0-9]", "", given.lower())
    f = re.sub(r"[^a-z0-9-]", "", family.lower()).strip("-")
    if not f:
        f, g = g, ""
    if not g:
        return f or "info"
    form = rng.randrange(8)
    if form == 0:
        return f"{g}{f}"
    if form == 1:
        return f"{g[0]}{f}"
    if form == 2:
        return f"{f}.{g}"
    if form == 3:
        return f"{g}_{f}{rng.randrange(10, 99)}"
    if form == 4:
        return f"{g}{rng.randrange(1960, 2005)}"
    return f"{g}.{f}"


class Generator:
    """Makes the inputs of the services (ContactCreate, CompanyCreate …) from the name tables, seeded."""

    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        self._weights = [c.weight for c in CULTURES]

    def culture(self) -> Culture:
        return self.rng.choices(CULTURES, weights=self._weights)[0]

    # ----- companies -----

    def company(self) -> tuple[CompanyCreate, str, Culture]:
        """One company and its web domain."""
        rng = self.rng
        culture = self.culture()
        parts = [rng.choice(part) for part in culture.company_parts]
        form = rng.choice(culture.company_forms)
        name = " ".join(culture.company_format.format(*(p[0] for p in parts), form=form).split())
        slug = "".join(re.sub(r"[^a-z0-9]", "", p[1].lower()) for p in parts) or "company"
        domain = f"{slug}.{culture.tld}"
        country = rng.choice(culture.countries)
        data = CompanyCreate(
            name=name,
            industry=rng.choice(
                (
                    "Manufacturing",
                    "Software",
                    "Retail",
                    "Logistics",
                    "Finance",
                    "Health care",
                    "Construction",
                    "Food",
                    "Energy",
                    "Media",
                    "Fishing",
                    "Tourism",
                )
            ),
            website=f"https://www.{domain}",
            emails=[{"value": f"info@{domain}", "label": "work"}],
            phones=[{"value": _digits(rng, rng.choice(culture.phones[country])), "label": "work"}],
            addresses=[self._address(culture, country, "work")],
            tags=rng.sample(
                ("customer", "prospect", "partner", "supplier", "reseller", "key account"), k=rng.randrange(0, 3)
            ),
            note=rng.choice(
                (
                    "",
                    "",
                    "",
                    "Head office; invoices go to the finance department.",
                    "Framework agreement until end of next year.",
                )
            ),
        )
        return data, domain, culture

    def _address(self, culture: Culture, country: str, label: str) -> dict[str, str]:
        rng = self.rng
        home = culture.countries[0]
        places = [p for p in culture.places if (p.country or home) == country] or culture.places
        place = rng.choice(places)
        street = place.street_format.format(street=rng.choice(place.streets), number=rng.randrange(1, 180))
        return {
            "label": label,
            "street": _digits(rng, street),
            "locality": place.locality,
            "region": place.region,
            "postcode": _postcode(rng, place.postcode),
            "country": culture.country_names.get(country, country),
        }

    # ----- people -----

    def _names(self, culture: Culture, female: bool) -> tuple[Pair, Pair, Pair | None]:
        """(given, family, additional) as (written, romanized) pairs."""
        rng = self.rng
        given = rng.choice(culture.female if female else culture.male)
        additional: Pair | None = None
        if culture.key == "icelandic":
            father = rng.choice(ICELANDIC_FATHERS)
            family_name = father + ("dóttir" if female else "son")
            family = (family_name, ascii_of(family_name))
            if rng.random() < 0.1:
                additional = rng.choice(culture.female if female else culture.male)
        else:
            family = rng.choice(culture.family)
            if female and family[0] in culture.family_female:
                family = culture.family_female[family[0]]
            if culture.key == "spanish" and rng.random() < 0.6:
                second = rng.choice(culture.family)
                family = (f"{family[0]} {second[0]}", f"{family[1]} {second[1]}")
            if culture.key == "russian" and rng.random() < 0.5:
                father = rng.choice(list(PATRONYMIC_RU))
                additional = (PATRONYMIC_RU[father][1 if female else 0], "")
        return given, family, additional

    def person(self, company: CompanyInfo | None) -> PersonInput:
        """One person, working for `company` if one is given."""
        rng = self.rng
        culture = company.culture if company is not None and rng.random() < 0.8 else self.culture()
        country = rng.choice(culture.countries)
        female = rng.random() < 0.5
        given, family, additional = self._names(culture, female)
        in_latin = rng.random() < culture.latin_share
        written_given = given[1] if in_latin else given[0]
        written_family = family[1] if in_latin else family[0]
        data: dict = {"given": written_given, "family": written_family}
        if additional and not in_latin and additional[0]:
            data["additional"] = additional[0]
        if culture.phonetic and not in_latin:
            if family[0] in culture.phonetic:
                data["phonetic_family"] = culture.phonetic[family[0]]
            if given[0] in culture.phonetic:
                data["phonetic_given"] = culture.phonetic[given[0]]
        if culture.nicknames and rng.random() < 0.3:
            data["nickname"] = rng.choice(culture.nicknames)[1 if in_latin else 0]
        if culture.key == "english":
            r = rng.random()
            if r < 0.05:
                data["prefix"] = "Dr."
            elif r < 0.08:
                data["suffix"] = rng.choice(("Jr.", "PhD", "III"))

        emails = []
        if company is not None and rng.random() < 0.85:
            emails.append(
                {
                    "value": f"{_email_local(rng, given[1], family[1])}@{company.domain}",
                    "label": "work",
                    "preferred": True,
                }
            )
        if not emails or rng.random() < 0.3:
            domain = rng.choice(culture.mail_domains)
            emails.append({"value": f"{_email_local(rng, given[1], family[1])}@{domain}", "label": "home"})
        data["emails"] = emails

        phone_count = rng.choices((0, 1, 2, 3), weights=(5, 50, 35, 10))[0]
        labels = ("cell", "work", "home", "fax")
        data["phones"] = [
            {"value": _digits(rng, rng.choice(culture.phones[country])), "label": labels[i]} for i in range(phone_count)
        ]
        if rng.random() < 0.6:
            data["addresses"] = [self._address(culture, country, "work" if company else "home")]
        if company is not None:
            data["company_id"] = company.id
            titles = culture.titles if culture.titles and rng.random() < 0.5 else ENGLISH_TITLES
            data["title"] = rng.choice(titles)
            if rng.random() < 0.5:
                data["department"] = rng.choice(DEPARTMENTS)
        if rng.random() < 0.55:
            data["tags"] = rng.sample(TAGS, k=rng.randrange(1, 4))
        if rng.random() < 0.15:
            data["note"] = self.note_text(culture)
        if rng.random() < 0.25:
            year = rng.randrange(1950, 2004)
            month, day = rng.randrange(1, 13), rng.randrange(1, 29)
            data["birthday"] = f"{year}-{month:02d}-{day:02d}" if rng.random() < 0.7 else f"--{month:02d}-{day:02d}"
        if rng.random() < 0.1:
            data["urls"] = [
                {"value": f"https://www.linkedin.com/in/{_email_local(rng, given[1], family[1])}", "label": "other"}
            ]
        if rng.random() < 0.05:
            data["private"] = True
        if culture.east_asian and not in_latin:
            name = short = written_family + written_given
        else:
            name, short = f"{written_given} {written_family}", written_given
        return PersonInput(ContactCreate(**data), name, short, culture, company)

    def _language(self, culture: Culture, table: dict) -> str:  # type: ignore[type-arg]
        """Half of what is written about a person is in their language (where the tables have it)."""
        return culture.key if culture.key in table and self.rng.random() < 0.5 else "english"

    def note_text(self, culture: Culture) -> str:
        rng = self.rng
        template = rng.choice(NOTE_TEXTS[self._language(culture, NOTE_TEXTS)])
        return template.format(event=rng.choice(EVENTS), product=rng.choice(PRODUCTS), month=rng.choice(MONTHS))

    # ----- activities, deals, notes -----

    def activity(self, people: Sequence[PersonInfo], deal_id: str | None) -> tuple[ActivityCreate, bool]:
        """One activity with the people it concerns; True if it lies in the past and should be cleared."""
        rng = self.rng
        kind = rng.choices(("call", "meeting", "todo"), weights=(45, 30, 25))[0]
        person = people[0]
        company = person.company
        language = self._language(person.culture, ACTIVITY_SUBJECTS)
        subject = rng.choice(ACTIVITY_SUBJECTS[language][kind]).format(
            given=person.given, name=person.name, company=company.name if company else person.name
        )
        start = EPOCH + timedelta(minutes=rng.randrange(-365 * 24 * 60, 90 * 24 * 60))
        start = start.replace(minute=(start.minute // 15) * 15, second=0)
        data: dict = {
            "type_id": ACTIVITY_TYPES[kind],
            "subject": subject,
            "details": rng.choice(ACTIVITY_DETAILS),
            "priority": rng.choices(("low", "normal", "high"), weights=(2, 6, 2))[0],
            "contact_ids": [p.id for p in people],
            "time_zone": (company.culture if company else CULTURES[0]).time_zone,
        }
        if kind == "todo" and rng.random() < 0.5:
            data["starts_at"] = start.replace(hour=0, minute=0)
            data["timeless"] = True
        else:
            data["starts_at"] = start
            data["duration_minutes"] = rng.choice((15, 30, 30, 45, 60, 90))
            if kind == "meeting" and rng.random() < 0.03:
                data["rrule"] = rng.choice(("FREQ=WEEKLY;COUNT=10", "FREQ=MONTHLY;BYMONTHDAY=1", "FREQ=WEEKLY"))
            if kind == "meeting" and rng.random() < 0.5:
                data["alarm_minutes"] = 15
        if company is not None:
            data["company_id"] = company.id
        if deal_id is not None:
            data["deal_id"] = deal_id
        return ActivityCreate(**data), start < EPOCH and not data.get("rrule")

    def deal(self, company: CompanyInfo, stage_ids: Sequence[str]) -> tuple[DealCreate, str | None]:
        """One deal for a company, and 'won'/'lost' if it is closed."""
        rng = self.rng
        buyers = rng.sample(company.people, k=min(len(company.people), rng.randrange(1, 4)))
        currency = company.culture.currency
        dollars = rng.randrange(10, 2_500) * 100
        amount = dollars * PER_DOLLAR.get(currency, 1) * 10 ** currency_digits(currency)
        year = rng.choice((2025, 2026, 2027))
        data = DealCreate(
            name=f"{company.name} – {rng.choice(DEAL_PRODUCTS)} {year}",
            company_id=company.id,
            stage_id=rng.choice(stage_ids),
            amount_minor=amount,
            currency=currency,
            expected_close=date(year, rng.randrange(1, 13), rng.randrange(1, 29)),
            contacts=[{"contact_id": p.id, "role": rng.choice(DEAL_ROLES)} for p in buyers],
        )
        r = rng.random()
        return data, "won" if r < 0.15 else "lost" if r < 0.25 else None

    def note(self, person: PersonInfo, deal_id: str | None) -> NoteCreate:
        rng = self.rng
        lines = [self.note_text(person.culture)]
        if rng.random() < 0.4:
            lines.append(rng.choice(NEXT_STEPS[self._language(person.culture, NEXT_STEPS)]))
        return NoteCreate(
            body="\n".join(lines),
            contact_ids=[person.id],
            company_ids=[person.company.id] if person.company is not None and rng.random() < 0.5 else [],
            deal_ids=[deal_id] if deal_id is not None else [],
        )


# ----- building a database -----


@dataclass
class BuildReport:
    counts: dict[str, int]
    seconds: dict[str, float]

    def lines(self) -> list[str]:
        out = []
        for what, count in self.counts.items():
            took = self.seconds.get(what, 0.0)
            rate = f"{count / took:,.0f}/s" if took > 0 else ""
            out.append(f"{what:<12} {count:>9,}  {took:8.1f} s  {rate:>10}")
        out.append(f"{'total':<12} {'':>9}  {sum(self.seconds.values()):8.1f} s")
        return out


def _batches(items: Sequence, size: int = BATCH):  # type: ignore[no-untyped-def]
    for start in range(0, len(items), size):
        yield items[start : start + size]


def create_companies(services: Services, gen: Generator, count: int) -> list[CompanyInfo]:
    made = [gen.company() for _ in range(count)]
    out: list[CompanyInfo] = []
    for batch in _batches(made):
        with services.db.write("Generate companies") as w:
            ids = services.companies.insert_many(w, [data for data, _, _ in batch])
        out.extend(CompanyInfo(i, d.name, domain, c) for i, (d, domain, c) in zip(ids, batch, strict=True))
    return out


def contact_inputs(gen: Generator, count: int, companies: Sequence[CompanyInfo]) -> list[PersonInput]:
    """People to create; about three in four work for one of `companies`."""
    out = []
    for _ in range(count):
        company = gen.rng.choice(companies) if companies and gen.rng.random() < 0.75 else None
        out.append(gen.person(company))
    return out


@dataclass
class ContactsMade:
    people: list[PersonInfo]
    input_seconds: float  # building and validating the ContactCreate models
    create_seconds: float  # ContactService.create_many alone, wall clock
    create_cpu_seconds: float  # the same, in CPU time of this process: what other load on the machine cannot inflate


def create_contacts(services: Services, gen: Generator, count: int, companies: Sequence[CompanyInfo]) -> ContactsMade:
    """The bulk path the budget is about: ContactService.create_many, one transaction per batch of 1,000.

    Each batch's input models are built just before it is created, as an import reads a file batch by batch;
    building them all first would leave the garbage collector walking a hundred thousand live models.
    """
    made = ContactsMade([], 0.0, 0.0, 0.0)
    for start in range(0, count, BATCH):
        started = time.perf_counter()
        batch = contact_inputs(gen, min(BATCH, count - start), companies)
        created, cpu = time.perf_counter(), time.process_time()
        ids = services.contacts.create_many([p.data for p in batch], label="Generate contacts")
        made.create_cpu_seconds += time.process_time() - cpu
        made.input_seconds += created - started
        made.create_seconds += time.perf_counter() - created
        for record_id, person_input in zip(ids, batch, strict=True):
            person = PersonInfo(
                record_id, person_input.name, person_input.given, person_input.company, person_input.culture
            )
            if person_input.company is not None:
                person_input.company.people.append(person)
            made.people.append(person)
    return made


def create_deals(services: Services, gen: Generator, companies: Sequence[CompanyInfo], count: int) -> list[str]:
    stage_ids = [s.id for s in services.deals.pipelines()[0].stages]
    staffed = [c for c in companies if c.people]
    ids: list[str] = []
    for _ in range(count if staffed else 0):
        company = gen.rng.choice(staffed)
        data, closed = gen.deal(company, stage_ids)
        deal = services.deals.create(data)
        if closed is not None:
            services.deals.close(
                deal.id, won=closed == "won", reason="" if closed == "won" else gen.rng.choice(LOSS_REASONS)
            )
        ids.append(deal.id)
    return ids


def _clear(w: Writer, activity_id: str, outcome: str, when: datetime, cancelled: bool) -> None:
    """What ActivityService.clear does for a one-off activity, inside the batch's transaction: `when` it happened,
    cleared an hour later."""
    status = "cancelled" if cancelled else "done"
    w.update(
        RecordType.ACTIVITY,
        activity_id,
        {
            "status": status,
            "result": "" if cancelled else "completed",
            "outcome": outcome,
            "happened_at": when,
            "completed_at": when + timedelta(hours=1),
        },
    )


def create_activities(
    services: Services, gen: Generator, people: Sequence[PersonInfo], deal_ids: Sequence[str], count: int
) -> int:
    rng = gen.rng
    made = []
    for _ in range(count):
        person = rng.choice(people)
        group = [person]
        if person.company is not None and len(person.company.people) > 1 and rng.random() < 0.2:
            other = rng.choice(person.company.people)
            if other is not person:
                group.append(other)
        deal_id = rng.choice(deal_ids) if deal_ids and rng.random() < 0.1 else None
        made.append(gen.activity(group, deal_id))
    for batch in _batches(made):
        with services.db.write("Generate activities") as w:
            for data, past in batch:
                activity_id = services.activities.insert(w, data)
                if past and rng.random() < 0.8:
                    assert data.starts_at is not None
                    _clear(
                        w, activity_id, rng.choice(OUTCOMES), data.starts_at + timedelta(hours=1), rng.random() < 0.1
                    )
    return len(made)


def create_notes(
    services: Services, gen: Generator, people: Sequence[PersonInfo], deal_ids: Sequence[str], count: int
) -> int:
    for _ in range(count):
        person = gen.rng.choice(people)
        deal_id = gen.rng.choice(deal_ids) if deal_ids and gen.rng.random() < 0.1 else None
        services.notes.add(gen.note(person, deal_id))
    return count


def build(
    services: Services, n: int, *, seed: int = 1, progress: Callable[[str], None] = lambda _: None
) -> BuildReport:
    """Fill an open database with `n` people and everything around them; returns counts and timings."""
    gen = Generator(seed)
    report = BuildReport({}, {})
    clock = _PhaseClock(report, progress)

    with clock("companies"):
        companies = create_companies(services, gen, max(1, n // 20))
        report.counts["companies"] = len(companies)
    progress("contacts …")
    made = create_contacts(services, gen, n, companies)
    people = made.people
    report.counts["inputs"] = report.counts["contacts"] = len(people)
    report.seconds["inputs"], report.seconds["contacts"] = made.input_seconds, made.create_seconds
    with clock("deals"):
        deal_ids = create_deals(services, gen, companies, n // 20)
        report.counts["deals"] = len(deal_ids)
    with clock("activities"):
        report.counts["activities"] = create_activities(services, gen, people, deal_ids, n // 2)
    with clock("notes"):
        report.counts["notes"] = create_notes(services, gen, people, deal_ids, n // 10)
    return report


class _PhaseClock:
    """Times the phases of a build into its report and says which one is running."""

    def __init__(self, report: BuildReport, progress: Callable[[str], None]) -> None:
        self._report = report
        self._progress = progress

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        self._progress(f"{name} …")
        started = time.perf_counter()
        yield
        self._report.seconds[name] = time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of people")
    parser.add_argument("--db", type=Path, required=True, help="database file to create (must not exist)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.db.exists():
        parser.error(f"{args.db} exists; generate.py only builds new databases")
    with open_database(args.db, auto_backup=False) as services:
        report = build(services, args.n, seed=args.seed, progress=lambda m: print(m, file=sys.stderr, flush=True))
    print(f"Built {args.db} (seed {args.seed}):")
    print(f"{'':<12} {'records':>9}  {'time':>10}  {'rate':>10}")
    for line in report.lines():
        print(line)
    print("('inputs' is building and validating the ContactCreate models; 'contacts' is create_many alone.)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
