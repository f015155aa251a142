"""Whether two people (or two companies) are the same: the keys records are compared by, and the rules that score
a pair of them. Pure functions of record values; the duplicate scan and the check while typing share them.

Keys
- An email address is compared case-insensitively as a whole (`email_key`). Mail providers treat the local part
  without regard to case in practice, although RFC 5321 lets them do otherwise. Gmail's dots and the '+tag' of
  plus addressing are *not* removed: only some providers ignore them, and two addresses that differ there are
  usually two mailboxes (a shared family address, a role address); the name rule still finds such people.
- A phone number is compared by its international digits (`phone_key`), placed with the default country when it
  has no '+': '030 1234567' in Germany and '+49 30 1234567' are one number. Shorter than six digits: no key.
- A name is compared in Latin letters: folded (case, accents) and, for other scripts, transliterated (Unidecode, as
  the search does for Cyrillic and Greek); kana readings of Japanese names are names too (`name_forms`). Word order
  does not matter. Beyond equality, two names are a typo apart (one edit in a word of four letters or more), the
  same name in two scripts (equal consonant skeletons: Arabic and Persian write few vowels, Thai and Korean
  romanize loosely), or similar (a middle name or an initial more, or rapidfuzz's token ratio of 90 or more).

Scoring (`score_people`, `score_companies`): each kind of evidence adds points, evidence against subtracts them, and a
pair scoring `PROPOSED` or more is proposed as a duplicate. A name alone is not enough (two John Smiths), nor is
a shared number or mailbox when the names differ (a switchboard, info@): names decide along with something else.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import permutations
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from unidecode import unidecode

from cardfile.domain.phones import digits, international_digits
from cardfile.domain.text import fold

PROPOSED = 55  # a pair scoring this or more is proposed as a duplicate
LIKELY = 40  # the check while typing also names people this close (same name, nothing else known yet)
MIN_PHONE_DIGITS = 6

# ----- names -----

_WORD_BREAK = re.compile(r"[^0-9a-z]+")
_LATIN_SCRIPT_END = 0x0250  # Latin letters and their extensions end here; anything above is another script


@lru_cache(maxsize=1 << 16)
def _latin_word(word: str) -> tuple[str, ...]:
    """A folded word in Latin letters, split where it holds several ('山田' -> ('shan', 'tian'))."""
    if not word.isascii():
        word = unidecode(word).lower()
    return tuple(part for part in _WORD_BREAK.split(word) if part)


# Chinese characters and hangul: each is a whole syllable (kana are romanized letter by letter, near enough).
_SYLLABIC = re.compile("[\u1100-\u11ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Scripts that write few vowels: their transliteration's w, v and y are mostly the long vowels u and i.
_ABJAD = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _is_native(text: str) -> bool:
    """Written (at least partly) in a script other than Latin."""
    return any(ch.isalpha() and ord(ch) >= _LATIN_SCRIPT_END for ch in text)


@dataclass(frozen=True, slots=True)
class NameForm:
    """One way a name is written, ready to compare."""

    text: str  # case-folded, as written (NFC)
    folded: tuple[str, ...]  # its words, case- and accent-folded, in order
    words: tuple[str, ...]  # its words in Latin letters, sorted
    native: bool  # written in a script other than Latin
    syllables: bool = False  # written in Chinese characters or hangul: a Latin word is a whole sign
    abjad: bool = False  # written in Arabic or Hebrew letters, which leave most vowels out

    @classmethod
    def of(cls, text: str) -> NameForm | None:
        return _name_form(text)


@lru_cache(maxsize=1 << 17)
def _name_form(text: str) -> NameForm | None:
    """NameForm.of, remembered: an address book holds the same names over and over."""
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    if not text:
        return None
    folded = tuple(fold(text).split())
    words = tuple(sorted(part for word in folded for part in _latin_word(word)))
    if not words:
        return None
    return NameForm(
        text.casefold(), folded, words, _is_native(text), bool(_SYLLABIC.search(text)), bool(_ABJAD.search(text))
    )


_PERSON_PARTS = ("given", "additional", "family")
_PHONETIC_PARTS = ("phonetic_given", "phonetic_additional", "phonetic_family")


def name_forms(values: Mapping[str, Any]) -> tuple[NameForm, ...]:
    """The ways a person's name is written: the name parts (given, middle, family), their phonetic reading (kana of a
    Japanese name, alone and standing in for the parts it reads), the nickname with the family name, and a display
    name the person set themselves."""
    given, additional, family = (str(values.get(n) or "") for n in _PERSON_PARTS)
    readings = tuple(str(values.get(n) or "") for n in _PHONETIC_PARTS)
    nickname = str(values.get("nickname") or "")
    named = bool(values.get("display_name_custom")) or not (given or additional or family)
    display = str(values.get("display_name") or "") if named else ""
    return _forms(given, additional, family, readings, nickname, display)


@lru_cache(maxsize=1 << 16)
def _forms(
    given: str, additional: str, family: str, readings: tuple[str, str, str], nickname: str, display: str
) -> tuple[NameForm, ...]:
    written = (given, additional, family)
    texts = [" ".join(written), " ".join(readings)]
    if any(readings):
        # the reading where there is one, else the name as written ('アヤ' with 'カトウ' for 加藤)
        texts.append(" ".join(r or w for r, w in zip(readings, written, strict=True)))
    if nickname.strip():
        texts.append(f"{nickname} {family}")
    texts.append(display)
    forms: list[NameForm] = []
    for text in texts:
        form = NameForm.of(text) if text.strip() else None
        if form is not None and form not in forms:
            forms.append(form)
    return tuple(forms)


# Legal forms and words that say "a company" rather than which one: left out when company names are compared.
_COMPANY_WORDS = frozenset(
    """
    inc incorporated ltd limited llc llp plc corp corporation co company group gmbh ag kg ek e k mbh se
    sa s a sl s l srl s r l spa sas bv nv ab as asa aps oy oyj ehf hf slf sf pvt pty de cv the and
    ooo ao pao zao oao ae oe epe kabushiki kaisha youxian gongsi gufen
    """.split()  # noqa: SIM905
)
_COMPANY_NATIVE_WORDS = (
    *("株式会社", "有限会社", "股份有限公司", "有限公司", "주식회사", "(주)", "บริษัท", "จำกัด", "(มหาชน)"),
    *("شرکت", "گروه", "شركة", "مجموعة", "ООО", "АО", "ПАО", "Α.Ε.", "Ο.Ε.", "Ε.Π.Ε."),
)


def company_form(name: str) -> NameForm | None:
    """A company's name ready to compare, without its legal form ('Acme Ltd', 'ACME Inc.' -> 'acme')."""
    text = name
    for word in _COMPANY_NATIVE_WORDS:
        text = text.replace(word, " ")
    text = re.sub(r"[«»\"'“”„&.,()]", " ", text)
    form = NameForm.of(text)
    if form is None:
        return NameForm.of(name)
    kept = tuple(w for w in form.words if w not in _COMPANY_WORDS)
    if not kept:
        return form
    return replace(form, words=kept)


@dataclass(frozen=True, slots=True)
class NameMatch:
    """How two names compare: `kind` says how they are alike, `points` what that adds to a pair's score."""

    kind: str  # same, accents, order, script, typo, similar, weak, different, unknown
    similarity: int  # 0-100

    @property
    def points(self) -> int:
        return _NAME_POINTS[self.kind]

    @property
    def alike(self) -> bool:
        return self.kind in _ALIKE


_NAME_POINTS = {
    "same": 40,
    "accents": 40,
    "order": 40,
    "script": 36,
    "typo": 36,
    "similar": 35,
    "weak": 0,
    "unknown": 0,
    "different": -40,
}
_ALIKE = frozenset({"same", "accents", "order", "script", "typo", "similar"})
_RANK = {kind: n for n, kind in enumerate(_NAME_POINTS)}
UNKNOWN = NameMatch("unknown", 0)


def compare_names(a: Sequence[NameForm], b: Sequence[NameForm]) -> NameMatch:
    """The closest any form of one name comes to any form of the other."""
    best = UNKNOWN
    for x in a:
        for y in b:
            found = _compare(x, y)
            if _RANK[found.kind] < _RANK[best.kind] or best is UNKNOWN:
                best = found
                if _RANK[best.kind] <= _RANK["order"]:
                    return best
    return best


def _compare(a: NameForm, b: NameForm) -> NameMatch:
    if a.text == b.text:
        return NameMatch("same", 100)
    if a.folded == b.folded:
        return NameMatch("accents", 100)
    if sorted(a.folded) == sorted(b.folded):
        return NameMatch("order", 100)
    if a.words == b.words or "".join(a.words) == "".join(b.words):
        return NameMatch("script" if a.native or b.native else "accents", 100)
    # A slip of the keyboard changes a letter; in a name written in signs a changed sign is another name.
    slips = not (a.syllables or b.syllables)
    if slips and _typo_apart(a.words, b.words):
        return NameMatch("typo", 95)
    if a.native != b.native and _skeletons_alike(a.words, b.words, abjad=a.abjad or b.abjad):
        return NameMatch("script", 90)
    if _one_holds_the_other(a.words, b.words, slips=slips):
        return NameMatch("similar", 90)
    ratio = round(fuzz.token_sort_ratio(" ".join(a.words), " ".join(b.words)))
    if ratio >= 90:
        return NameMatch("similar", ratio)
    if ratio < 75 and not _a_word_alike(a.words, b.words):
        return NameMatch("different", ratio)
    return NameMatch("weak", ratio)


def _a_word_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the names share a word, or two words a slip apart (then they may still be one person's)."""
    if set(a) & set(b):
        return True
    return any(min(len(x), len(y)) >= 3 and OSA.distance(x, y) <= 1 for x in a for y in b)


def _pairings(a: tuple[str, ...], b: tuple[str, ...]) -> Iterable[tuple[tuple[str, str], ...]]:
    """The ways to pair the words of two names with as many words (all orders for up to four words)."""
    if len(a) != len(b) or not a:
        return ()
    if len(a) > 4:
        return (tuple(zip(a, b, strict=True)),)
    return (tuple(zip(a, order, strict=True)) for order in permutations(b))


def _typo_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One slip of the keyboard apart: one letter added, left out, changed, or two letters swapped, in one word of
    four letters or more (a shorter word changed is another name: Jon and Jan, Li and Lu)."""
    for pairs in _pairings(a, b):
        slips = [(x, y) for x, y in pairs if x != y]
        if len(slips) == 1:
            x, y = slips[0]
            if min(len(x), len(y)) >= 4 and OSA.distance(x, y) == 1:
                return True
    return False


_VOWELS = str.maketrans("", "", "aeiouy")
_SEMIVOWELS = str.maketrans("", "", "wvy'`")
# Letters and pairs two romanizations write for one sound: each to one letter, in this order.
_SOUNDS = tuple(
    tuple(pair.split(":"))
    for pair in "kh:k sh:s ch:c th:t ph:f gh:g dh:d zh:j x:ks q:k g:k c:k w:v b:p v:p f:p z:s".split()  # noqa: SIM905
)


@lru_cache(maxsize=1 << 15)
def skeleton(word: str, abjad: bool = False) -> str:
    """The consonants of a Latin word, loosely: what two romanizations of one name in another script share
    ('Mohammadi' and Unidecode's 'mHmdy' of محمدی are both 'mhmd'; 'Vasileiou' and 'Basileiou' of Βασιλείου are
    'psl'). `abjad`: one of the two is written in Arabic or Hebrew letters, whose w, v and y are mostly vowels."""
    text = word.translate(_SEMIVOWELS) if abjad else word
    for sound, letter in _SOUNDS:
        text = text.replace(sound, letter)
    text = text.translate(_VOWELS)
    return re.sub(r"(.)\1+", r"\1", text)


def _skeletons_alike(a: tuple[str, ...], b: tuple[str, ...], *, abjad: bool = False) -> bool:
    """The same consonants (three or more), word for word or run together in some order ('al khatib' and
    Unidecode's 'lkhtyb' of الخطيب), or those of one name all among the other's (a patronymic more)."""
    ka = [skeleton(w, abjad) for w in a]
    kb = [skeleton(w, abjad) for w in b]
    if sum(map(len, ka)) < 3 or sum(map(len, kb)) < 3:
        return False
    if sorted(ka) == sorted(kb):
        return True
    short, long = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(short) >= 2 and all(k and k in long for k in short) and len(set(short)) == len(short):
        return True
    if len(ka) > 4 or len(kb) > 4:
        return False
    return bool({_single("".join(p)) for p in permutations(ka)} & {_single("".join(p)) for p in permutations(kb)})


def _single(text: str) -> str:
    """A letter doubled where two words meet is one letter: 'km' + 'mnjn' against 'kmnjn' of 김민준 run together."""
    return re.sub(r"(.)\1+", r"\1", text)


def _one_holds_the_other(a: tuple[str, ...], b: tuple[str, ...], *, slips: bool = True) -> bool:
    """Every word of the shorter name is in the longer one (a middle name or a second family name more), an initial
    standing for a word ('J Smith' and 'John Smith'), one word perhaps a slip apart; the shorter name has two words
    or more."""
    if len(a) == len(b):
        return _holds(a, b, slips) or _holds(b, a, slips)
    return _holds(a, b, slips) if len(a) < len(b) else _holds(b, a, slips)


def _holds(short: tuple[str, ...], long: tuple[str, ...], slips: bool) -> bool:
    if len(short) < 2 or short == long:
        return False
    rest = list(long)
    slipped = False
    for word in sorted(short, key=len, reverse=True):
        if word in rest:
            rest.remove(word)
            continue
        if len(word) == 1:
            found = next((w for w in rest if w.startswith(word)), None)
        elif slips and not slipped and len(word) >= 4:
            found = next((w for w in rest if len(w) >= 4 and OSA.distance(word, w) == 1), None)
            slipped = found is not None
        else:
            found = None
        if found is None:
            return False
        rest.remove(found)
    return any(len(w) > 1 for w in short)


# ----- contact details -----


def email_key(address: str) -> str | None:
    """An address as compared: trimmed and case-folded, its domain in ASCII (IDNA); None for no address."""
    text = address.strip().strip("<>").strip()
    if "@" not in text:
        return text.casefold() or None
    local, _, domain = text.rpartition("@")
    domain = domain.strip().rstrip(".").casefold()
    if not domain.isascii():
        with contextlib.suppress(UnicodeError):  # not a valid name: compared as written
            domain = domain.encode("idna").decode("ascii")
    return f"{local.casefold()}@{domain}" if local else None


def phone_key(number: str, country: str | None) -> str | None:
    """A number's international digits ('030 1234567' in DE and '+49 30 1234567' -> '49301234567'), placed with
    `country` when it has no '+'; its digits when it cannot be placed; None below six digits."""
    if len(digits(number)) < MIN_PHONE_DIGITS:
        return None
    return international_digits(number, country)


def phone_tail(number: str) -> str | None:
    """The last seven digits of a number: what the scan groups numbers by before placing any of them (placing a
    number costs twenty times as much, and most numbers share their tail with no other)."""
    plain = digits(number)
    return plain[-7:] if len(plain) >= MIN_PHONE_DIGITS else None


def address_key(entry: Mapping[str, Any]) -> str | None:
    """A postal address as compared: its street and its postcode (or town), folded; None without a street."""
    street = " ".join(fold(str(entry.get("street") or "")).replace(",", " ").replace(".", " ").split())
    place = fold(str(entry.get("postcode") or "")).replace(" ", "") or fold(str(entry.get("locality") or "")).strip()
    return f"{street}|{place}" if street and place else None


def web_key(url: str) -> str | None:
    """A web address's host without 'www.' ('https://www.Acme.example/about' -> 'acme.example')."""
    text = url.strip().casefold()
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    host = text.split("/", 1)[0].split("?", 1)[0].split("@")[-1].split(":", 1)[0].strip(".")
    host = host.removeprefix("www.")
    return host if "." in host else None


# Domains of mail providers anybody can sign up with: two companies whose addresses end in one of these are not
# alike for it.
PUBLIC_MAIL_DOMAINS = frozenset(
    """
    gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.es yahoo.gr yahoo.co.jp yahoo.co.in yahoo.co.th yahoo.de
    hotmail.com hotmail.co.uk hotmail.es hotmail.se hotmail.no hotmail.co.th hotmail.de hotmail.fr outlook.com
    live.com msn.com icloud.com me.com mac.com aol.com gmx.de gmx.at gmx.net gmx.com web.de t-online.de mail.ru
    bk.ru yandex.ru rambler.ru qq.com 163.com 126.com sina.com naver.com daum.net hanmail.net kakao.com
    proton.me protonmail.com zoho.com mail.com rediffmail.com chmail.ir simnet.is internet.is visir.is
    """.split()  # noqa: SIM905
)


def mail_domain(address_key: str) -> str | None:
    """The domain of an address (as `email_key` gives it), unless anyone can get an address there."""
    domain = address_key.rpartition("@")[2]
    return domain if domain and domain not in PUBLIC_MAIL_DOMAINS else None


# ----- scoring -----


@dataclass(frozen=True, slots=True)
class Reason:
    """Why two records look alike (or not): `code` is one of email, phone, uid, name, company, address, birthday,
    title, website; `detail` the value they share ('anna@acme.example') or, for a name, how the names compare
    (same, accents, order, script, typo, similar)."""

    code: str
    detail: str = ""

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "detail": self.detail}


@dataclass(slots=True)
class PersonFacts:
    """What the rules compare of one person."""

    id: str
    names: tuple[NameForm, ...]
    emails: dict[str, str]  # key -> the address as written
    phones: dict[str, str]  # key -> the number as written
    uid: str | None = None
    company_id: str | None = None
    company_name: str = ""
    addresses: frozenset[str] = frozenset()
    birthday: str | None = None
    title: str = ""


def person_facts(
    record_id: str,
    values: Mapping[str, Any],
    *,
    country: str | None,
    company_name: str = "",
    phone_keys: Mapping[str, str | None] | None = None,
) -> PersonFacts:
    """The facts of a person from stored values (a database row decoded, or a form's values)."""
    emails: dict[str, str] = {}
    for entry in values.get("emails") or ():
        key = email_key(str(entry.get("value") or ""))
        if key:
            emails.setdefault(key, str(entry.get("value")))
    phones: dict[str, str] = {}
    for entry in values.get("phones") or ():
        number = str(entry.get("value") or "")
        key = phone_keys.get(number) if phone_keys is not None and number in phone_keys else phone_key(number, country)
        if key:
            phones.setdefault(key, number)
    addresses = frozenset(k for k in (address_key(a) for a in values.get("addresses") or ()) if k)
    return PersonFacts(
        record_id,
        name_forms(values),
        emails,
        phones,
        values.get("vcard_uid") or None,
        values.get("company_id") or None,
        company_name,
        addresses,
        values.get("birthday") or None,
        fold(str(values.get("title") or "")).strip(),
    )


def _channels(
    a: PersonFacts | CompanyFacts, b: PersonFacts | CompanyFacts, reasons: list[Reason], *, email: int, phone: int
) -> int:
    """Points (and reasons) for an email address, a phone number and a vCard UID two records share."""
    points = 0
    shared_emails = a.emails.keys() & b.emails.keys()
    if shared_emails:
        points += email
        reasons.append(Reason("email", a.emails[min(shared_emails)]))
    shared_phones = a.phones.keys() & b.phones.keys()
    if shared_phones:
        points += phone
        reasons.append(Reason("phone", a.phones[min(shared_phones)]))
    if a.uid and a.uid == b.uid:
        points += 80
        reasons.append(Reason("uid", a.uid))
    return points


def _birthday_points(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    if a == b:
        return 25 if not a.startswith("--") else 10
    if a[-5:] == b[-5:]:
        return 10  # the same day, one of them without its year
    return -30


def score_people(a: PersonFacts, b: PersonFacts, name: NameMatch | None = None) -> tuple[int, list[Reason]]:
    """How likely two people are one (0-100), and why. `name`: the names' comparison, when worked out already."""
    if name is None:
        name = compare_names(a.names, b.names)
    points = 0
    reasons: list[Reason] = []
    shared_emails, shared_phones = a.emails.keys() & b.emails.keys(), a.phones.keys() & b.phones.keys()
    points += _channels(a, b, reasons, email=60, phone=50)
    if name.alike:
        reasons.append(Reason("name", name.kind))
    points += name.points
    if a.company_id and a.company_id == b.company_id:
        points += 20
        reasons.append(Reason("company", a.company_name or b.company_name))
    if a.addresses & b.addresses:
        points += 25
        reasons.append(Reason("address"))
    birthday = _birthday_points(a.birthday, b.birthday)
    if birthday > 0:
        reasons.append(Reason("birthday", a.birthday or ""))
    points += birthday
    if a.title and b.title:
        if a.title == b.title:
            points += 10
            reasons.append(Reason("title", a.title))
        else:
            points -= 10
    if a.emails and b.emails and not shared_emails and a.phones and b.phones and not shared_phones:
        points -= 10  # each has an address and a number, and they share neither
    return max(0, min(100, points)), reasons


@dataclass(slots=True)
class CompanyFacts:
    id: str
    name: NameForm | None
    emails: dict[str, str]
    phones: dict[str, str]
    domains: frozenset[str]  # its website's host, its addresses' domains (not a public mail provider's)
    addresses: frozenset[str] = frozenset()
    uid: str | None = None


def company_facts(
    record_id: str,
    values: Mapping[str, Any],
    *,
    country: str | None,
    phone_keys: Mapping[str, str | None] | None = None,
) -> CompanyFacts:
    person = person_facts(record_id, values, country=country, phone_keys=phone_keys)
    domains = {d for d in (mail_domain(k) for k in person.emails) if d}
    website = web_key(str(values.get("website") or ""))
    if website:
        domains.add(website)
    for entry in values.get("urls") or ():
        host = web_key(str(entry.get("value") or ""))
        if host:
            domains.add(host)
    return CompanyFacts(
        record_id,
        company_form(str(values.get("name") or "")),
        person.emails,
        person.phones,
        frozenset(domains),
        person.addresses,
        person.uid,
    )


def score_companies(a: CompanyFacts, b: CompanyFacts, name: NameMatch | None = None) -> tuple[int, list[Reason]]:
    """How likely two companies are one (0-100), and why. A company's name is more its own than a person's: the same
    name is enough on its own."""
    if name is None:
        name = compare_names([a.name] if a.name else [], [b.name] if b.name else [])
    points = {
        "same": 60,
        "accents": 60,
        "order": 55,
        "script": 50,
        "typo": 45,
        "similar": 25,
        "weak": 0,
        "unknown": 0,
        "different": -40,
    }[name.kind]
    reasons: list[Reason] = [Reason("name", name.kind)] if name.alike else []
    shared_domains = a.domains & b.domains
    if shared_domains:
        points += 50
        reasons.append(Reason("website", min(shared_domains)))
    points += _channels(a, b, reasons, email=50, phone=40)
    if a.addresses & b.addresses:
        points += 20
        reasons.append(Reason("address"))
    return max(0, min(100, points)), reasons
