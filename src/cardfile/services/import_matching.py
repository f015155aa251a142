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

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple

from sqlalchemy import Connection

from cardfile.domain.phones import digits, search_keys
from cardfile.domain.text import fold
from cardfile.interchange.match_keys import MatchKeys, name_key, name_words

Reason = Literal["uid", "email", "phone", "name"]
MIN_PHONE_DIGITS = 6
_TAIL = 7


class Match(NamedTuple):
    record_id: str
    reason: Reason


def _plainly_international(number: str) -> bool:
    return number.lstrip().startswith("+") and "(" not in number


def _tail(number_digits: str) -> str:
    return number_digits[-_TAIL:]


class ContactIndex:
    """Keys of live contacts → contact id; the first contact to claim a key keeps it."""

    def __init__(self, country: str | None) -> None:
        self.country = country
        self._uids: dict[str, str] = {}
        self._emails: dict[str, str] = {}
        self._phones: dict[str, list[tuple[str, str]]] = {}  # last seven digits → [(number as typed, id)]
        self._names: dict[str, str] = {}
        # what a weak match is checked against: id → (UID, email addresses, name words)
        self._facts: dict[str, tuple[str | None, tuple[str, ...], tuple[str, ...]]] = {}

    def phone_key(self, number: str) -> str | None:
        """The number's international digits (its digits when it cannot be placed); None when too short."""
        keys = search_keys(number, self.country)
        # search_keys gives (as typed, international, national) without repeats: (international, national) when
        # the number was typed in international form, (national, international) when typed without its trunk 0.
        if len(keys) >= 3:
            key = keys[1]
        elif len(keys) == 2:
            key = max(keys, key=len)
        elif keys:
            key = keys[0]
        else:
            return None
        return key if len(key) >= MIN_PHONE_DIGITS else None

    @classmethod
    def load(cls, conn: Connection, country: str | None) -> ContactIndex:
        """The keys of every live contact, read in three streaming queries."""
        index = cls(country)
        rows = conn.exec_driver_sql(
            "SELECT c.id, c.vcard_uid, c.given, c.additional, c.family, c.display_name, c.display_name_custom, "
            "coalesce(co.name, '') FROM contact c LEFT JOIN company co ON co.id = c.company_id "
            "WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.id"
        )
        emails: dict[str, list[str]] = {}
        for record_id, value in conn.exec_driver_sql(
            "SELECT c.id, json_extract(e.value, '$.value') FROM contact c, json_each(c.emails) e "
            "WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.id, e.key"
        ):
            if value:
                emails.setdefault(record_id, []).append(str(value).casefold())
        for record_id, uid, given, additional, family, display_name, custom, company in rows:
            values = {
                "given": given,
                "additional": additional,
                "family": family,
                "display_name": display_name,
                "display_name_custom": bool(custom),
            }
            words = name_words(values)
            keys = MatchKeys(uid or None, tuple(emails.pop(record_id, ())), (), name_key(words, company), words)
            index.add(record_id, keys)
        for record_id, value in conn.exec_driver_sql(
            "SELECT c.id, json_extract(e.value, '$.value') FROM contact c, json_each(c.phones) e "
            "WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.id, e.key"
        ):
            if value:
                index._add_phone(str(value), record_id)
        return index

    def _add_phone(self, number: str, record_id: str) -> None:
        number_digits = digits(number)
        if len(number_digits) < MIN_PHONE_DIGITS:
            return
        candidates = self._phones.setdefault(_tail(number_digits), [])
        if not any(existing == number and owner == record_id for existing, owner in candidates):
            candidates.append((number, record_id))

    def add(self, record_id: str, keys: MatchKeys) -> None:
        """Make a contact just written (or merged into) findable by the rest of the import."""
        if keys.uid:
            self._uids.setdefault(keys.uid, record_id)
        for email in keys.emails:
            self._emails.setdefault(email, record_id)
        for number in keys.phones:
            self._add_phone(number, record_id)
        if keys.name is not None:
            self._names.setdefault(keys.name, record_id)
        facts = self._facts.get(record_id)
        if facts is None:
            self._facts[record_id] = (keys.uid, keys.emails, keys.words)
        else:  # a card merged into the record: it is known by both
            uid, emails, words = facts
            self._facts[record_id] = (
                uid or keys.uid,
                emails + tuple(e for e in keys.emails if e not in emails),
                tuple(sorted({*words, *keys.words})),
            )

    def find(self, keys: MatchKeys) -> Match | None:
        """The contact the keys identify, or None."""
        if keys.uid and keys.uid in self._uids:
            return Match(self._uids[keys.uid], "uid")
        for email in keys.emails:
            found = self._emails.get(email)
            if found is not None:
                return Match(found, "email")
        for number in keys.phones:
            for found in self._phone_owners(number):
                if not self._contradicted(found, keys, by_name=True):
                    return Match(found, "phone")
        if keys.name is not None and keys.name in self._names:
            found = self._names[keys.name]
            if not self._contradicted(found, keys, by_name=False):
                return Match(found, "name")
        return None

    def _contradicted(self, record_id: str, keys: MatchKeys, *, by_name: bool) -> bool:
        """True when what is known of the record speaks against the weak match: another UID, no common email,
        (`by_name`) no common word in the names."""
        facts = self._facts.get(record_id)
        if facts is None:
            return False
        uid, emails, words = facts
        if uid and keys.uid and uid != keys.uid:
            return True
        if emails and keys.emails and set(emails).isdisjoint(keys.emails):
            return True
        return by_name and bool(words and keys.words and set(words).isdisjoint(keys.words))

    def _phone_owners(self, number: str) -> Iterator[str]:
        """Contacts with this number. Parsing a number costs more than the rest of the lookup, so it happens only
        when a number with the same last seven digits exists (a number written with an extension can be missed)."""
        number_digits = digits(number)
        candidates = self._phones.get(_tail(number_digits))
        if not candidates:
            return
        international = _plainly_international(number)
        key: str | None = None
        seen: set[str] = set()
        for candidate, record_id in candidates:
            if record_id in seen:
                continue
            if candidate == number:
                same = True
            elif international and _plainly_international(candidate):
                same = digits(candidate) == number_digits  # '+' and no '(0)': the digits are the E.164 number
            else:
                key = key or self.phone_key(number)
                same = key is not None and self.phone_key(candidate) == key
            if same:
                seen.add(record_id)
                yield record_id


@dataclass
class CompanyIndex:
    """Live companies by folded name (as CompanyService.ensure finds them) and by vCard UID."""

    by_name: dict[str, str]
    by_uid: dict[str, str]

    @classmethod
    def load(cls, conn: Connection) -> CompanyIndex:
        index = cls({}, {})
        for record_id, sort_key, uid in conn.exec_driver_sql(
            "SELECT id, sort_key, vcard_uid FROM company WHERE deleted_at IS NULL ORDER BY created_at, id"
        ):
            index.by_name.setdefault(sort_key, record_id)
            if uid:
                index.by_uid.setdefault(uid, record_id)
        return index

    @staticmethod
    def key(name: str) -> str:
        return fold(name.strip())

    def find(self, name: str, uid: str | None) -> Match | None:
        if uid and uid in self.by_uid:
            return Match(self.by_uid[uid], "uid")
        found = self.by_name.get(self.key(name))
        return Match(found, "name") if found is not None else None

    def add(self, record_id: str, name: str, uid: str | None) -> None:
        self.by_name.setdefault(self.key(name), record_id)
        if uid:
            self.by_uid.setdefault(uid, record_id)
