"""CSV files from anywhere: headers recognised in the languages Outlook and Google exports come in, columns whose
header says nothing mapped by their values, and a file with no name column told about before it is imported."""

from __future__ import annotations

import pytest

from cardfile.interchange.csv_mapping import guess_target, name_warning, suggest_mapping, target_from_values
from cardfile.interchange.csv_reader import parse_csv_date, read_csv, sniff_csv
from cardfile.interchange.vcard_reader import ParsedCard

HEADERS = [
    # English, with the variants people and small CRMs write
    ("en", "Name", "display_name"),
    ("en", "Contact Person", "display_name"),
    ("en", "First Name", "given"),
    ("en", "Surname", "family"),
    ("en", "Org", "company"),
    ("en", "Account Name", "company"),
    ("en", "Job Title", "title"),
    ("en", "E-mail addr", "email"),
    ("en", "Email Address (Work)", "email:work"),
    ("en", "Cell #", "phone:cell"),
    ("en", "Phone No.", "phone"),
    ("en", "Business Mobile 2", "phone:cell"),
    ("en", "Fax Number", "phone:fax"),
    ("en", "Address Line 1", "address.street"),
    ("en", "Mailing Address", "address.street"),
    ("en", "Zip/Postal Code", "address.postcode"),
    ("en", "State/Province", "address.region"),
    ("en", "Date of Birth", "birthday"),
    ("en", "Web Site", "url"),
    # German
    ("de", "Kontakt", "display_name"),
    ("de", "Vorname", "given"),
    ("de", "Nachname", "family"),
    ("de", "Firma", "company"),
    ("de", "E-Post", "email"),
    ("de", "E-Mail-Adresse", "email"),
    ("de", "Tel. Büro", "phone:work"),
    ("de", "Telefon privat", "phone:home"),
    ("de", "Handy", "phone:cell"),
    ("de", "Mobiltelefon", "phone:cell"),
    ("de", "Straße", "address.street"),
    ("de", "Strasse", "address.street"),
    ("de", "PLZ", "address.postcode"),
    ("de", "Ort", "address.locality"),
    ("de", "Land", "address.country"),
    ("de", "Geburtstag", "birthday"),
    ("de", "Notizen", "note"),
    # French
    ("fr", "Prénom", "given"),
    ("fr", "Nom", "family"),
    ("fr", "Société", "company"),
    ("fr", "Fonction", "title"),
    ("fr", "Adresse de messagerie", "email"),
    ("fr", "Téléphone mobile", "phone:cell"),
    ("fr", "Téléphone (bureau)", "phone:work"),
    ("fr", "Code postal", "address.postcode"),
    ("fr", "Ville", "address.locality"),
    # Spanish
    ("es", "Nombre", "given"),
    ("es", "Apellidos", "family"),
    ("es", "Empresa", "company"),
    ("es", "Correo electrónico", "email"),
    ("es", "Teléfono móvil", "phone:cell"),
    ("es", "Código postal", "address.postcode"),
    ("es", "Cumpleaños", "birthday"),
    # Icelandic
    ("is", "Nafn", "display_name"),
    ("is", "Fornafn", "given"),
    ("is", "Eftirnafn", "family"),
    ("is", "Fyrirtæki", "company"),
    ("is", "Netfang", "email"),
    ("is", "Sími", "phone"),
    ("is", "Farsími", "phone:cell"),
    ("is", "Heimilisfang", "address.street"),
    ("is", "Póstnúmer", "address.postcode"),
    ("is", "Staður", "address.locality"),
    ("is", "Afmælisdagur", "birthday"),
    # Japanese
    ("ja", "氏名", "display_name"),
    ("ja", "姓", "family"),
    ("ja", "名", "given"),
    ("ja", "姓（フリガナ）", "phonetic_family"),
    ("ja", "会社名", "company"),
    ("ja", "メールアドレス", "email"),
    ("ja", "携帯電話", "phone:cell"),
    ("ja", "電話番号", "phone"),
    ("ja", "郵便番号", "address.postcode"),
    ("ja", "住所", "address.street"),
    ("ja", "誕生日", "birthday"),
    # Russian
    ("ru", "ФИО", "display_name"),
    ("ru", "Имя", "given"),
    ("ru", "Отчество", "additional"),
    ("ru", "Фамилия", "family"),
    ("ru", "Организация", "company"),
    ("ru", "Должность", "title"),
    ("ru", "Эл. почта", "email"),
    ("ru", "Мобильный телефон", "phone:cell"),
    ("ru", "Рабочий телефон", "phone:work"),
    ("ru", "Почтовый индекс", "address.postcode"),
    ("ru", "Город", "address.locality"),
    ("ru", "Дата рождения", "birthday"),
    # Persian (typed on an Arabic keyboard too)
    ("fa", "نام", "given"),
    ("fa", "نام خانوادگی", "family"),
    ("fa", "شرکت", "company"),
    ("fa", "سمت", "title"),
    ("fa", "ایمیل", "email"),
    ("fa", "پست الکترونیکی", "email"),
    ("fa", "تلفن همراه", "phone:cell"),
    ("fa", "موبايل", "phone:cell"),
    ("fa", "کد پستی", "address.postcode"),
    ("fa", "یادداشت\u200cها", "note"),
    ("fa", "تاريخ تولد", "birthday"),
    # Thai
    ("th", "ชื่อ", "given"),
    ("th", "นามสกุล", "family"),
    ("th", "ชื่อ-นามสกุล", "display_name"),
    ("th", "ชื่อเล่น", "nickname"),
    ("th", "บริษัท", "company"),
    ("th", "อีเมล", "email"),
    ("th", "เบอร์มือถือ", "phone:cell"),
    ("th", "เบอร์โทรศัพท์", "phone"),
    ("th", "รหัสไปรษณีย์", "address.postcode"),
    ("th", "วันเกิด", "birthday"),
]


@pytest.mark.parametrize(("language", "header", "target"), HEADERS, ids=[f"{h[0]}: {h[1]}" for h in HEADERS])
def test_headers_are_recognised_in_every_language_we_promise(language: str, header: str, target: str) -> None:
    assert guess_target(header) == target


@pytest.mark.parametrize("header", ["Kundennummer", "Column 7", "Geschlecht", "", "Customer ID"])
def test_a_header_that_names_no_field_is_not_guessed(header: str) -> None:
    assert guess_target(header) is None


# ----- values decide where headers say nothing -----

VALUES = [
    (["ann@example.com", "bo@example.org", "", "cy@example.net"], "email"),
    (["+354 555 1234", "(555) 010-2030", "0171 555 0000", "03-1234-5678"], "phone"),
    (["1980-04-15", "15.04.1980", "4/15/1980", "1975-12-01"], "date"),
    (["https://example.com", "www.example.org", "http://x.example/a"], "url"),
    (["K-1001", "K-1002", "K-1003"], None),
    (["12", "7", "300"], None),  # numbers are no phone numbers
    (["ann@example.com", "ask Bo", "call later", "n/a"], None),  # one email in four decides nothing
    ([], None),
]


@pytest.mark.parametrize(("values", "target"), VALUES)
def test_a_column_s_values_decide_its_field_when_its_header_does_not(values: list[str], target: str | None) -> None:
    assert target_from_values(values, parse_csv_date) == target


def test_the_suggestion_takes_the_header_first_and_the_values_after() -> None:
    headers = ["Kontakt", "Feld 1", "Feld 2", "Feld 3", "Kundennummer"]
    rows = [
        ["Ann Lee", "ann@example.com", "+49 30 1234567", "1980-04-15", "K-1"],
        ["Bo Berg", "bo@example.com", "+49 30 7654321", "1975-12-01", "K-2"],
    ]
    assert suggest_mapping(headers, rows, parse_csv_date) == {
        "Kontakt": "display_name",
        "Feld 1": "email",
        "Feld 2": "phone",
        "Feld 3": "date",
    }


def test_a_file_whose_columns_only_their_values_explain_imports_without_a_mapping() -> None:
    data = b"Kontakt;A;B\nAnn Lee;ann@example.com;+49 30 1234567\n"
    layout = sniff_csv(data)
    (card,) = read_csv(data, layout=layout)
    assert isinstance(card, ParsedCard)
    record = card.record
    assert [e.value for e in record.emails] == ["ann@example.com"]
    assert [p.value for p in record.phones] == ["+49 30 1234567"]


# ----- no column with names -----


def test_a_mapping_with_a_company_column_but_no_name_column_is_warned_about() -> None:
    """Regression: such a file imported every person under their company's name without a word."""
    warning = name_warning({"Org": "company", "E-mail addr": "email"})
    assert warning is not None and warning.code == "csv_no_name_column" and "'Org'" in warning.message
    assert name_warning({"Org": "company", "Contact Person": "display_name"}) is None
    assert name_warning({"E-mail addr": "email"}) is None  # no company to be named after: named by the email
