"""Finding the existing contact or company an incoming card describes, without a query per card.

An import builds these indexes once, streamed from the database, and adds every card it writes, so two cards of
the same person in one file find each other too. A card matches, in this order of confidence:

1. the vCard UID, when both have one (a hint, never a constraint: a UID two cards share marks the same person);
2. an email address, compared case-insensitively;
3. a phone number, compared by its international digits (domain.phones.search_keys with the default country),
   so '+49 30 1234567' and '030 1234567' in Germany match; numbers shorter than six digits never match;
4. the name and the company together: the name's words in any order, accents and case folded. A name alone is
   too weak (two John Smiths), and so is a company.

A weaker key never overrules a stronger one that disagrees: a phone or name match is refused when both records
have UIDs and they differ, or both have email addresses and share none, and a phone match when both have names
without a word in common (colleagues who share an office's main number are two people).

Phone numbers are indexed by their last seven digits as typed; a candidate is confirmed by comparing international
forms. That keeps building the index cheap (no phone parsing for the contacts already there) and a lookup too: a
number is parsed only when another number ends in the same seven digits.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from sqlalchemy import Connection

from cardfile.domain.phones import digits, international_digits
from cardfile.domain.text import fold
from cardfile.interchange.carddata import exported_uid
from cardfile.interchange.match_keys import MatchKeys, name_key, name_words

Reason = Literal["uid", "email", "phone", "name"]
_EXPORTED_UID = exported_uid("")  # the prefix of the UID an export gives a record that has none
MIN_PHONE_DIGITS = 6
_TAIL = 7


class Match(NamedTuple):
    record_id: str
    reason: Reason


def _plainly_international(number: str) -> bool:
    return number.lstrip().startswith("+") and "(" not in number


def _tail(number_digits: str) -> int:
    return int(number_digits[-_TAIL:])


def _hashed(text: str) -> int:
    """A key as a 64-bit hash: a third of the memory of the text. Two different email addresses (or names) share
    a hash with a chance of about one in 10^9 in an address book of a million — far below a person's typo rate."""
    return hash(text)


class _Facts(NamedTuple):
    """What is known of one contact: what a weak match is checked against, and its numbers to confirm one."""

    uid: str | None
    emails: tuple[int, ...]  # hashed
    words: tuple[str, ...]  # interned: names repeat across an address book
    phones: tuple[str, ...]


_NO_FACTS = _Facts(None, (), (), ())


class ContactIndex:
    """Keys of live contacts → contact id; the first contact to claim a key keeps it.

    Built for 100,000 contacts and more, so it holds little per contact (under a kilobyte): a number's last seven
    digits as an int leading to the ids that have such a number, and each number once, with its contact's facts.
    """

    def __init__(self, country: str | None) -> None:
        self.country = country
        self._uids: dict[str, str] = {}
        self._emails: dict[int, str] = {}  # hashed address → id
        self._phones: dict[int, str | list[str]] = {}  # last seven digits → the id, or ids, with such a number
        self._names: dict[int, str] = {}  # hashed name key → id
        self._facts: dict[str, _Facts] = {}

    def phone_key(self, number: str) -> str | None:
        """The number's international digits (its digits when it cannot be placed); None when too short."""
        key = international_digits(number, self.country)
        return key if len(key) >= MIN_PHONE_DIGITS else None

    @classmethod
    def load(cls, conn: Connection, country: str | None) -> ContactIndex:
        """The keys of every live contact, read in three streaming queries."""
        index = cls(country)
        emails: dict[str, list[str]] = {}
        for record_id, value in conn.exec_driver_sql(
            "SELECT c.id, json_extract(e.value, '$.value') FROM contact c, json_each(c.emails) e "
            "WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.id, e.key"
        ):
            if value:
                emails.setdefault(record_id, []).append(str(value).casefold())
        phones: dict[str, list[str]] = {}
        for record_id, value in conn.exec_driver_sql(
            "SELECT c.id, json_extract(e.value, '$.value') FROM contact c, json_each(c.phones) e "
            "WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.id, e.key"
        ):
            if value:
                phones.setdefault(record_id, []).append(str(value))
        rows = conn.exec_driver_sql(
            "SELECT c.id, c.vcard_uid, c.given, c.additional, c.family, c.display_name, c.display_name_custom, "
            "coalesce(co.name, '') FROM contact c LEFT JOIN company co ON co.id = c.company_id "
            "WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.id"
        )
        for record_id, uid, given, additional, family, display_name, custom, company in rows:
            values = {
                "given": given,
                "additional": additional,
                "family": family,
                "display_name": display_name,
                "display_name_custom": bool(custom),
            }
            words = name_words(values)
            keys = MatchKeys(
                uid or None,
                tuple(emails.pop(record_id, ())),
                tuple(phones.pop(record_id, ())),
                name_key(words, company),
                words,
            )
            index.add(record_id, keys)
        return index

    def add(self, record_id: str, keys: MatchKeys) -> None:
        """Make a contact just written (or merged into) findable by the rest of the import."""
        if keys.uid:
            self._uids.setdefault(keys.uid, record_id)
        emails = tuple(_hashed(email) for email in keys.emails)
        for email in emails:
            self._emails.setdefault(email, record_id)
        if keys.name is not None:
            self._names.setdefault(_hashed(keys.name), record_id)
        words = tuple(sys.intern(word) for word in keys.words)
        facts = self._facts.get(record_id)
        tails: dict[str, int] = {}  # number → its last seven digits, for the numbers long enough to match
        for number in keys.phones:
            number_digits = digits(number)
            if len(number_digits) >= MIN_PHONE_DIGITS:
                tails[number] = _tail(number_digits)
        if facts is None:
            new_numbers = tuple(tails)
            self._facts[record_id] = _Facts(keys.uid, emails, words, new_numbers)
        else:  # a card merged into the record: it is known by both
            new_numbers = tuple(n for n in tails if n not in facts.phones)
            self._facts[record_id] = _Facts(
                facts.uid or keys.uid,
                facts.emails + tuple(e for e in emails if e not in facts.emails),
                tuple(sorted({*facts.words, *words})),
                facts.phones + new_numbers,
            )
        for number in new_numbers:
            tail = tails[number]
            owners = self._phones.get(tail)
            if owners is None:
                self._phones[tail] = record_id
            elif isinstance(owners, str):
                if owners != record_id:
                    self._phones[tail] = [owners, record_id]
            elif record_id not in owners:
                owners.append(record_id)

    def find(self, keys: MatchKeys) -> Match | None:
        """The contact the keys identify, or None."""
        if keys.uid and keys.uid in self._uids:
            return Match(self._uids[keys.uid], "uid")
        if keys.uid and keys.uid.startswith(_EXPORTED_UID) and keys.uid[len(_EXPORTED_UID) :] in self._facts:
            # A record without a UID is exported with its id as one (carddata.exported_uid): the card is that
            # record, so exporting and importing again updates it.
            return Match(keys.uid[len(_EXPORTED_UID) :], "uid")
        for email in keys.emails:
            found = self._emails.get(_hashed(email))
            if found is not None:
                return Match(found, "email")
        for number in keys.phones:
            for found in self._phone_owners(number):
                if not self._contradicted(found, keys, by_name=True):
                    return Match(found, "phone")
        found_by_name = self._names.get(_hashed(keys.name)) if keys.name is not None else None
        if found_by_name is not None and not self._contradicted(found_by_name, keys, by_name=False):
            return Match(found_by_name, "name")
        return None

    def _contradicted(self, record_id: str, keys: MatchKeys, *, by_name: bool) -> bool:
        """True when what is known of the record speaks against the weak match: another UID, no common email,
        (`by_name`) no common word in the names."""
        facts = self._facts.get(record_id, _NO_FACTS)
        if facts.uid and keys.uid and facts.uid != keys.uid:
            return True
        if facts.emails and keys.emails and set(facts.emails).isdisjoint(map(_hashed, keys.emails)):
            return True
        return by_name and bool(facts.words and keys.words and set(facts.words).isdisjoint(keys.words))

    def _phone_owners(self, number: str) -> Iterator[str]:
        """Contacts with this number. Parsing a number costs more than the rest of the lookup, so it happens only
        when a number with the same last seven digits exists (a number written with an extension can be missed)."""
        number_digits = digits(number)
        if len(number_digits) < MIN_PHONE_DIGITS:
            return
        tail = _tail(number_digits)
        owners = self._phones.get(tail)
        if owners is None:
            return
        international = _plainly_international(number)
        key: str | None = None
        for record_id in [owners] if isinstance(owners, str) else owners:
            for candidate in self._facts.get(record_id, _NO_FACTS).phones:
                candidate_digits = digits(candidate)
                if _tail(candidate_digits) != tail:
                    continue
                if candidate == number:
                    same = True
                elif international and _plainly_international(candidate):
                    same = candidate_digits == number_digits  # '+' and no '(0)': the digits are the E.164 number
                else:
                    key = key or self.phone_key(number)
                    same = key is not None and self.phone_key(candidate) == key
                if same:
                    yield record_id
                    break


@dataclass
class CompanyIndex:
    """Live companies by folded name (as CompanyService.ensure finds them) and by vCard UID."""

    by_name: dict[str, str]
    by_uid: dict[str, str]
    ids: set[str] = field(default_factory=set)  # of the companies in the database

    @classmethod
    def load(cls, conn: Connection) -> CompanyIndex:
        index = cls({}, {})
        for record_id, sort_key, uid in conn.exec_driver_sql(
            "SELECT id, sort_key, vcard_uid FROM company WHERE deleted_at IS NULL ORDER BY created_at, id"
        ):
            index.by_name.setdefault(sort_key, record_id)
            if uid:
                index.by_uid.setdefault(uid, record_id)
            index.ids.add(record_id)
        return index

    @staticmethod
    def key(name: str) -> str:
        return fold(name.strip())

    def find(self, name: str, uid: str | None) -> Match | None:
        if uid and uid in self.by_uid:
            return Match(self.by_uid[uid], "uid")
        if uid and uid.startswith(_EXPORTED_UID) and uid[len(_EXPORTED_UID) :] in self.ids:
            return Match(uid[len(_EXPORTED_UID) :], "uid")  # the id an export gave it (carddata.exported_uid)
        found = self.by_name.get(self.key(name))
        return Match(found, "name") if found is not None else None

    def add(self, record_id: str, name: str, uid: str | None) -> None:
        self.by_name.setdefault(self.key(name), record_id)
        if uid:
            self.by_uid.setdefault(uid, record_id)
