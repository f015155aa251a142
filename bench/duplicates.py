"""The duplicate scan and the check while typing at 100,000 people with 2% planted duplicates; prints, asserts nothing.

    python bench/duplicates.py                                  # a copy of /work/bench-data/big100k.db if it is there
    python bench/duplicates.py --source /tmp/big.db --runs 5    # a copy of that database
    python bench/duplicates.py --people 20000                   # builds a database of that many people first

Budgets (2-core machine, 100,000 people, 2% planted duplicates): a full scan in <= 20 s that finds >= 95% of the
planted pairs with <= 5% false pairs; the check of one person being typed in <= 50 ms.

The database is a copy (never the source itself) with its default country set to the United States. Then 2% more
people are added, each the duplicate of a different person already there, of one of six kinds in turn:

| kind | the duplicate is the original … |
|---|---|
| email | with its first email address in other letter case, and the name |
| phone | with a number of the default country in the other form (national <-> international), and the name |
| accents | named without accents or strokes (Jónsdóttir -> Jonsdottir, Müller -> Muller) |
| script | named in the other script (Петрова <-> Petrova, 山田太郎 <-> Taro Yamada, کریمی <-> Karimi) |
| order | with given and family name swapped |
| typo | with one slip in its longest word (a letter changed, left out, added, or two swapped) |

A duplicate of the four name kinds carries what a second card of a person carries: the same company and title (if
the original has them), its postal address and birthday; an original without a company lends its first phone
number as typed (or, without one, its first email address) instead. "False pairs" are proposed pairs that are not
planted; as the generator draws names from short lists, some of them are two people of one name at one company,
which the rules rightly propose (they are counted false all the same, and shown apart).

The scan runs R times (`--runs`, default 3); its time is the median. The check runs on the typed values of every
planted duplicate of a name kind (should it find the original?) and of as many new people from the generator (who
have no duplicate), each timed once per run: median and p95 over all of them.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` importable, and bench/calendar.py no stdlib module
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import phonenumbers
from unidecode import unidecode

from bench.generate import Generator, build
from bench.names import CULTURES
from cardfile.domain.models import ContactCreate, validate
from cardfile.services import Services, open_database

SOURCE = Path("/work/bench-data/big100k.db")
COUNTRY = "US"
KINDS = ("email", "phone", "accents", "script", "order", "typo")
NAME_KINDS = ("accents", "script", "order", "typo")
BUDGET_SCAN_S, BUDGET_RECALL, BUDGET_FALSE, BUDGET_CHECK_MS = 20.0, 0.95, 0.05, 50.0


@dataclass(frozen=True)
class Planted:
    original: str
    duplicate: str
    kind: str
    values: dict[str, Any]  # what the duplicate was created with (the check types these)


# ----- planting -----


def _other_script() -> dict[str, tuple[str, str]]:
    """Every name of the non-Latin cultures written one way -> (written the other way, the culture's key)."""
    out: dict[str, tuple[str, str]] = {}
    for culture in CULTURES:
        if all(native == latin for native, latin in culture.family):
            continue
        pairs = [*culture.family, *culture.female, *culture.male, *culture.family_female.values()]
        for native, latin in pairs:
            if native and latin and native != latin:
                out[native] = (latin, culture.key)
                out.setdefault(latin, (native, culture.key))
    return out


_PHONETIC = {native: reading for culture in CULTURES for native, reading in culture.phonetic.items()}


def _is_latin_letters(word: str) -> bool:
    return all(ch.isalpha() and (ord(ch) < 0x250 or 0x370 <= ord(ch) < 0x530) for ch in word)


class Planter:
    def __init__(self, services: Services, rng: random.Random) -> None:
        self.services = services
        self.rng = rng
        self.script = _other_script()

    def plant(self, share: float) -> list[Planted]:
        with self.services.db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, given, family, additional, emails, phones, addresses, company_id, title, birthday "
                "FROM contact WHERE deleted_at IS NULL ORDER BY id"
            ).all()
        import json

        people = [
            {
                "id": r[0],
                "given": r[1],
                "family": r[2],
                "additional": r[3],
                "emails": json.loads(r[4]),
                "phones": json.loads(r[5]),
                "addresses": json.loads(r[6]),
                "company_id": r[7],
                "title": r[8],
                "birthday": r[9],
            }
            for r in rows
        ]
        self.rng.shuffle(people)
        wanted = int(len(people) * share)
        per_kind = {kind: wanted // len(KINDS) + (1 if n < wanted % len(KINDS) else 0) for n, kind in enumerate(KINDS)}
        used: set[str] = set()
        made: list[tuple[str, str, dict[str, Any]]] = []
        for kind in KINDS:
            count = 0
            for person in people:
                if count == per_kind[kind]:
                    break
                if person["id"] in used:
                    continue
                values = getattr(self, f"_{kind}")(person)
                if values is None:
                    continue
                used.add(person["id"])
                made.append((person["id"], kind, values))
                count += 1
            if count < per_kind[kind]:
                print(f"only {count} originals fit the kind {kind}", file=sys.stderr)
        ids: list[str] = []
        for start in range(0, len(made), 1000):
            batch = made[start : start + 1000]
            ids += self.services.contacts.create_many(
                [validate(ContactCreate, **values) for _, _, values in batch], label="Plant duplicates"
            )
        return [Planted(o, d, k, v) for (o, k, v), d in zip(made, ids, strict=True)]

    # The duplicate of each kind, or None when this person cannot have one of that kind.

    def _name_kind(
        self, person: dict[str, Any], given: str, family: str, additional: str | None = None
    ) -> dict[str, Any]:
        values: dict[str, Any] = {"given": given, "family": family}
        if additional is None and person["additional"]:
            values["additional"] = person["additional"]
        elif additional:
            values["additional"] = additional
        if person["company_id"]:
            values["company_id"] = person["company_id"]
            values["title"] = person["title"]
        elif person["phones"]:
            values["phones"] = [{"value": person["phones"][0]["value"], "label": "work"}]
        elif person["emails"]:
            values["emails"] = [{"value": person["emails"][0]["value"], "label": "work"}]
        if person["addresses"]:
            values["addresses"] = [{k: v for k, v in person["addresses"][0].items()}]
        if person["birthday"]:
            values["birthday"] = person["birthday"]
        return values

    def _email(self, person: dict[str, Any]) -> dict[str, Any] | None:
        if not person["emails"] or not (person["given"] or person["family"]):
            return None
        address = person["emails"][0]["value"]
        local, _, domain = address.partition("@")
        changed = local.capitalize() + "@" + domain.upper() if self.rng.random() < 0.5 else address.upper()
        if changed == address:
            return None
        return {"given": person["given"], "family": person["family"], "emails": [{"value": changed, "label": "home"}]}

    def _phone(self, person: dict[str, Any]) -> dict[str, Any] | None:
        if not (person["given"] or person["family"]):
            return None
        for entry in person["phones"]:
            try:
                parsed = phonenumbers.parse(entry["value"], COUNTRY)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.region_code_for_number(parsed) != COUNTRY or not parsed.national_number:
                continue
            international = entry["value"].lstrip().startswith("+")
            form = (
                phonenumbers.PhoneNumberFormat.NATIONAL
                if international
                else phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
            other = phonenumbers.format_number(parsed, form)
            return {"given": person["given"], "family": person["family"], "phones": [{"value": other, "label": "cell"}]}
        return None

    def _accents(self, person: dict[str, Any]) -> dict[str, Any] | None:
        given, family = person["given"], person["family"]
        text = given + family
        if text.isascii() or not all(ord(ch) < 0x250 for ch in text if ch.isalpha()):
            return None
        return self._name_kind(person, unidecode(given), unidecode(family), unidecode(person["additional"]))

    def _script(self, person: dict[str, Any]) -> dict[str, Any] | None:
        given, family = person["given"], person["family"]
        if given not in self.script or family not in self.script:
            return None
        other_given, culture = self.script[given]
        other_family, _ = self.script[family]
        values = self._name_kind(person, other_given, other_family, "")
        if culture == "japanese" and other_family in _PHONETIC:
            values["phonetic_family"] = _PHONETIC[other_family]
            if other_given in _PHONETIC:
                values["phonetic_given"] = _PHONETIC[other_given]
        return values

    def _order(self, person: dict[str, Any]) -> dict[str, Any] | None:
        given, family = person["given"], person["family"]
        if not given or not family or given == family or not (given + family).isascii():
            return None  # written without spaces (山田太郎) the order is the name itself
        return self._name_kind(person, family, given)

    def _typo(self, person: dict[str, Any]) -> dict[str, Any] | None:
        given, family = person["given"], person["family"]
        parts = [("given", w) for w in given.split()] + [("family", w) for w in family.split()]
        parts = [(where, w) for where, w in parts if len(w) >= 5 and _is_latin_letters(w)]
        if not parts:
            return None
        where, word = max(parts, key=lambda p: len(p[1]))
        rng = self.rng
        i = rng.randrange(1, len(word) - 1)
        how = rng.randrange(4)
        if how == 0:
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif how == 1:
            typo = word[:i] + word[i + 1 :]
        elif how == 2:
            typo = word[:i] + word[i] + word[i:]
        else:
            letters = [c for c in unicodedata.normalize("NFC", word.lower()) if c != word[i].lower()]
            typo = word[:i] + rng.choice(letters) + word[i + 1 :]
        if typo == word:
            return None
        if where == "given":
            return self._name_kind(person, given.replace(word, typo, 1), family)
        return self._name_kind(person, given, family.replace(word, typo, 1))


def unique_addresses(services: Services) -> int:
    """Give every person an email address of their own: the generator draws names from short lists and makes
    addresses from names, so it gives two Anna Petrovas anna.petrova@gmail.com, which no mail provider does; the
    rules rightly take such a pair for one person. The later person's address gets a number. Returns how many."""
    import json

    from cardfile.domain.models import ContactUpdate

    seen: set[str] = set()
    changes: list[tuple[str, list[dict[str, Any]]]] = []
    with services.db.read() as conn:
        for record_id, emails in conn.exec_driver_sql(
            "SELECT id, emails FROM contact WHERE deleted_at IS NULL AND emails != '[]' ORDER BY id"
        ):
            entries = json.loads(emails)
            changed = False
            for entry in entries:
                address = entry["value"]
                n = 2
                while address.casefold() in seen:
                    local, _, domain = entry["value"].partition("@")
                    address, n = f"{local}{n}@{domain}", n + 1
                seen.add(address.casefold())
                if address != entry["value"]:
                    entry["value"], changed = address, True
            if changed:
                changes.append((record_id, entries))
    with services.db.write("Unique addresses") as w:
        for record_id, entries in changes:
            services.contacts.apply_update(w, record_id, validate(ContactUpdate, emails=entries))
    return len(changes)


# ----- measuring -----


def _load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def measure_scan(services: Services, planted: list[Planted], runs: int) -> dict[str, Any]:
    times, cpu = [], []
    result = None
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = services.duplicates.scan("contact")
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    assert result is not None
    truth = {tuple(sorted((p.original, p.duplicate))): p.kind for p in planted}
    proposed = {(pair.first_id, pair.second_id): pair for group in result.groups for pair in group.pairs}
    found = Counter(truth[k] for k in proposed if k in truth)
    false_pairs = [pair for key, pair in proposed.items() if key not in truth]
    missed = [p for p in planted if tuple(sorted((p.original, p.duplicate))) not in proposed]
    by_reasons = Counter(
        " + ".join(sorted({r.code if r.code != "name" else f"name:{r.detail}" for r in p.reasons})) for p in false_pairs
    )
    planted_by_kind = Counter(p.kind for p in planted)
    return {
        "scan_s": statistics.median(times),
        "scan_cpu_s": statistics.median(cpu),
        "scan_runs": times,
        "candidates": result.candidates,
        "scanned": result.scanned,
        "proposed": len(proposed),
        "groups": len(result.groups),
        "recall": sum(found.values()) / len(truth),
        "recall_by_kind": {k: found[k] / planted_by_kind[k] for k in KINDS if planted_by_kind[k]},
        "false": len(false_pairs),
        "false_rate": len(false_pairs) / len(proposed) if proposed else 0.0,
        "false_reasons": by_reasons.most_common(8),
        "missed": missed,
        "false_pairs": false_pairs,
    }


def measure_check(services: Services, planted: list[Planted], runs: int, seed: int) -> dict[str, Any]:
    gen = Generator(seed + 1)
    typed: list[tuple[dict[str, Any], str | None]] = [
        (p.values, p.original) for p in planted if p.kind in NAME_KINDS or p.kind in ("email", "phone")
    ]
    fresh = [gen.person(None).data.model_dump(exclude_defaults=True) for _ in range(len(typed))]
    typed += [(values, None) for values in fresh]
    services.duplicates.check(typed[0][0])  # warm the caches once
    latencies: list[float] = []
    found = 0
    wanted = 0
    for run in range(runs):
        for values, original in typed:
            started = time.perf_counter()
            candidates = services.duplicates.check(values)
            latencies.append((time.perf_counter() - started) * 1000)
            if run == 0 and original is not None:
                wanted += 1
                found += any(c.id == original and c.likely for c in candidates)
    latencies.sort()
    return {
        "checks": len(latencies),
        "check_p50_ms": statistics.median(latencies),
        "check_p95_ms": latencies[int(len(latencies) * 0.95)],
        "check_max_ms": latencies[-1],
        "check_found": found / wanted if wanted else 0.0,
    }


def show(services: Services, scan: dict[str, Any], count: int) -> None:
    """Missed planted pairs and false pairs, with what the rules make of them."""
    from cardfile.domain.matching import person_facts, score_people

    country = services.settings.default_country()

    def facts(record_id: str) -> Any:
        person = services.contacts.get(record_id)
        values = {
            k: getattr(person, k)
            for k in (
                "given",
                "additional",
                "family",
                "nickname",
                "display_name",
                "phonetic_given",
                "phonetic_additional",
                "phonetic_family",
                "emails",
                "phones",
                "addresses",
                "birthday",
                "vcard_uid",
                "title",
            )
        }
        values["company_id"] = person.company.id if person.company else None
        values["display_name_custom"] = person.display_name_custom
        return person, person_facts(record_id, values, country=country)

    for planted in scan["missed"][:count]:
        (a, fa), (b, fb) = facts(planted.original), facts(planted.duplicate)
        points, reasons = score_people(fa, fb)
        print(f"missed {planted.kind}: {a.display_name!r} / {b.display_name!r} -> {points} {reasons}")
    for pair in scan["false_pairs"][:count]:
        (a, _), (b, _) = facts(pair.first_id), facts(pair.second_id)
        print(
            f"false: {a.display_name!r} ({a.company.name if a.company else ''}) / {b.display_name!r} "
            f"({b.company.name if b.company else ''}) -> {pair.score} {pair.reasons}"
        )


def prepare(args: argparse.Namespace, folder: Path) -> Path:
    if args.reuse:
        return Path(args.reuse)
    path = folder / "duplicates.db"
    if args.people:
        with open_database(path, auto_backup=False) as services:
            print(f"building {args.people:,} people …", file=sys.stderr, flush=True)
            build(services, args.people, seed=args.seed)
        return path
    source = Path(args.source)
    if not source.exists() or Path(f"{source}.building").exists():
        sys.exit(f"{source} is not there (or still being built): give --source PATH or --people N")
    print(f"copying {source} …", file=sys.stderr, flush=True)
    shutil.copyfile(source, path)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", default=str(SOURCE), help="a database to copy (default: %(default)s)")
    parser.add_argument("--people", type=int, default=0, help="build a database of this many people instead")
    parser.add_argument("--share", type=float, default=0.02, help="planted duplicates per person (default 0.02)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--keep", type=Path, help="work in this folder and leave the database there, duplicates planted"
    )
    parser.add_argument("--reuse", type=Path, help="measure a database --keep left (its duplicates planted already)")
    parser.add_argument("--show", type=int, default=0, help="print this many missed and false pairs, with scores")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cardfile-duplicates-"))
    try:
        path = prepare(args, folder)
        with open_database(path, auto_backup=False) as services:
            if args.reuse:
                planted = [Planted(*p) for p in services.db.setting("bench_planted")]
            else:
                services.settings.set_default_country(COUNTRY)
                made_unique = unique_addresses(services)
                print(f"{made_unique:,} people given an address of their own")
                planted = Planter(services, random.Random(args.seed)).plant(args.share)
                services.db.set_setting("bench_planted", [[p.original, p.duplicate, p.kind, p.values] for p in planted])
            people = services.contacts.count()
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(Counter(p.kind for p in planted).items()))
            print(f"{people:,} people, {len(planted):,} of them planted duplicates ({kinds})")
            print(f"load average before: {_load_average()}")
            scan = measure_scan(services, planted, args.runs)
            check = measure_check(services, planted, args.runs, args.seed)
            if args.show:
                show(services, scan, args.show)
            print(f"load average after:  {_load_average()}")
        print()
        print(
            f"scan      median {scan['scan_s']:.2f} s wall, {scan['scan_cpu_s']:.2f} s CPU "
            f"(runs: {', '.join(f'{t:.2f}' for t in scan['scan_runs'])}; budget {BUDGET_SCAN_S:.0f} s)"
        )
        print(
            f"          {scan['candidates']:,} candidate pairs scored, {scan['proposed']:,} proposed in "
            f"{scan['groups']:,} groups"
        )
        print(
            f"recall    {scan['recall']:.1%} of planted pairs found (budget {BUDGET_RECALL:.0%}): "
            + ", ".join(f"{k} {v:.1%}" for k, v in scan["recall_by_kind"].items())
        )
        print(
            f"false     {scan['false']:,} proposed pairs not planted = {scan['false_rate']:.1%} "
            f"(budget {BUDGET_FALSE:.0%})"
        )
        for reasons, count in scan["false_reasons"]:
            print(f"          {count:5,}  {reasons}")
        print(
            f"check     p50 {check['check_p50_ms']:.1f} ms, p95 {check['check_p95_ms']:.1f} ms, "
            f"max {check['check_max_ms']:.1f} ms over {check['checks']:,} checks (budget {BUDGET_CHECK_MS:.0f} ms); "
            f"found the original of {check['check_found']:.1%} of planted duplicates"
        )
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
