"""Name tables for the benchmark data: people, places, companies and phone formats of many countries and scripts.

Names in Latin script are listed as written (with their diacritics); `ascii_of` turns them into the ASCII an email
address uses. Names in other scripts are listed as (native, romanized) pairs, the romanization being what the
person would use in an email address or when writing their name in Latin letters. Phone formats use '#' for a
random digit; every other character is kept, so the numbers come out punctuated as people really type them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

Pair = tuple[str, str]  # (as written, romanized ASCII)

_ASCII_EXTRA = str.maketrans(
    {"þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l"}
)


def ascii_of(text: str) -> str:
    """'Sigurðardóttir' -> 'Sigurdardottir', 'Müller' -> 'Muller': the name as an email address spells it."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_EXTRA))
    return "".join(ch for ch in decomposed if ch.isascii() and not unicodedata.combining(ch))


def latin(*names: str) -> tuple[Pair, ...]:
    return tuple((name, ascii_of(name)) for name in names)


@dataclass(frozen=True)
class Place:
    locality: str
    region: str
    postcode: str  # '#' for a digit
    streets: tuple[str, ...]
    street_format: str = "{street} {number}"  # how this country writes a street line
    country: str = ""  # ISO 3166 code; empty: the culture's first country


@dataclass(frozen=True)
class Culture:
    """People of one language and script, with the places, phones and companies that go with them."""

    key: str
    countries: tuple[str, ...]  # ISO 3166 codes; the first is the most common
    country_names: dict[str, str]
    weight: int
    female: tuple[Pair, ...]
    male: tuple[Pair, ...]
    family: tuple[Pair, ...]
    phones: dict[str, tuple[str, ...]]
    places: tuple[Place, ...]
    mail_domains: tuple[str, ...]
    company_parts: tuple[tuple[Pair, ...], ...]  # one word is drawn from each part, in order
    company_format: str  # '{0} {1} {form}' etc.
    company_forms: tuple[str, ...]
    tld: str
    currency: str
    time_zone: str
    family_female: dict[str, Pair] = field(default_factory=dict)  # male family form -> female form
    east_asian: bool = False  # family name first, no space
    latin_share: float = 0.0  # share of people who write their name in Latin letters
    titles: tuple[str, ...] = ()
    nicknames: tuple[Pair, ...] = ()
    phonetic: dict[str, str] = field(default_factory=dict)  # native name -> reading (Japanese kana)


# The tables below are laid out by hand, several short names to a line.
# fmt: off
ENGLISH_TITLES = (
    "Sales Manager",
    "Account Executive",
    "Chief Executive Officer",
    "Chief Financial Officer",
    "Head of Procurement",
    "Purchasing Manager",
    "Marketing Director",
    "Operations Manager",
    "Software Engineer",
    "IT Manager",
    "Office Manager",
    "Product Manager",
    "Managing Director",
    "Business Development Manager",
    "Consultant",
    "Project Manager",
    "Customer Success Manager",
    "Head of Sales",
    "Founder",
    "Partner",
    "Buyer",
    "Regional Manager",
    "Logistics Coordinator",
    "HR Manager",
)

DEPARTMENTS = (
    "Sales",
    "Marketing",
    "Finance",
    "IT",
    "Purchasing",
    "Human Resources",
    "Operations",
    "Legal",
    "R&D",
    "Support",
    "Logistics",
    "Management",
)

TAGS = (
    "customer",
    "prospect",
    "lead",
    "vip",
    "partner",
    "supplier",
    "reseller",
    "newsletter",
    "press",
    "investor",
    "trade show 2025",
    "webinar",
    "cold",
    "warm",
    "hot",
    "golf",
    "christmas card",
    "referral",
    "former customer",
    "key account",
)

ICELANDIC_FATHERS = (
    "Jóns",
    "Sigurðar",
    "Guðmundar",
    "Gunnars",
    "Ólafs",
    "Einars",
    "Kristjáns",
    "Magnúsar",
    "Stefáns",
    "Páls",
    "Björns",
    "Helga",
    "Þórs",
    "Árna",
    "Halldórs",
    "Ragnars",
    "Bjarna",
    "Haraldar",
    "Friðriks",
    "Snorra",
    "Þórðar",
    "Eiríks",
    "Hjálmars",
    "Ásgeirs",
)

CULTURES: tuple[Culture, ...] = (
    Culture(
        key="icelandic",
        countries=("IS",),
        country_names={"IS": "Iceland"},
        weight=14,
        female=latin(
            "Guðrún", "Anna", "Sigríður", "Kristín", "Margrét", "Helga", "Sigrún", "Ingibjörg", "Jóhanna",
            "María", "Katrín", "Elín", "Þórunn", "Ásta", "Hildur", "Björk", "Ragnheiður", "Eydís", "Sólveig",
            "Bryndís", "Jóna", "Steinunn", "Auður", "Hrafnhildur",
        ),
        male=latin(
            "Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán",
            "Jóhann", "Björn", "Árni", "Helgi", "Páll", "Þórður", "Halldór", "Ragnar", "Bjarni", "Snorri",
            "Eiður", "Hjörtur", "Ásgeir", "Egill", "Davíð",
        ),
        family=(),  # patronymics: built from ICELANDIC_FATHERS
        phones={"IS": ("+354 ### ####", "### ####", "###-####", "+354-###-####", "#######", "+354 8## ####")},
        places=(
            Place("Reykjavík", "", "10#", ("Laugavegur", "Skólavörðustígur", "Hverfisgata", "Borgartún",
                                          "Suðurlandsbraut", "Ármúli", "Hafnarstræti", "Bankastræti")),
            Place("Kópavogur", "", "20#", ("Hamraborg", "Smáratorg", "Dalvegur", "Hlíðasmári")),
            Place("Hafnarfjörður", "", "22#", ("Strandgata", "Reykjavíkurvegur", "Fjarðargata")),
            Place("Akureyri", "", "60#", ("Glerárgata", "Hafnarstræti", "Þingvallastræti")),
            Place("Garðabær", "", "210", ("Garðatorg", "Lyngás", "Ásgarður")),
            Place("Ísafjörður", "", "400", ("Aðalstræti", "Hafnarstræti")),
        ),
        mail_domains=("simnet.is", "internet.is", "gmail.com", "hi.is", "visir.is"),
        company_parts=(
            latin("Norðurljós", "Hafgola", "Jökull", "Sæberg", "Eldey", "Vörður", "Hekla", "Straumur", "Askja",
                  "Brimborg", "Fjörður", "Sólheimar", "Hraun", "Gullfoss", "Drangey", "Þórsmörk"),
            latin("", "Fiskvinnsla", "Ráðgjöf", "Hugbúnaður", "Flutningar", "Verkfræðistofa", "Heildverslun"),
        ),
        company_format="{0} {1} {form}",
        company_forms=("ehf.", "hf.", "ehf.", "slf."),
        tld="is",
        currency="ISK",
        time_zone="Atlantic/Reykjavik",
        titles=("Framkvæmdastjóri", "Sölustjóri", "Verkefnastjóri", "Fjármálastjóri", "Forstjóri"),
    ),
    Culture(
        key="english",
        countries=("US", "GB", "IE", "CA", "AU"),
        country_names={
            "US": "United States", "GB": "United Kingdom", "IE": "Ireland", "CA": "Canada", "AU": "Australia",
        },
        weight=18,
        female=latin(
            "Emma", "Olivia", "Sarah", "Jessica", "Emily", "Charlotte", "Hannah", "Grace", "Lucy", "Megan",
            "Rebecca", "Laura", "Amy", "Rachel", "Kate", "Jennifer", "Elizabeth", "Margaret", "Siobhan", "Chloe",
        ),
        male=latin(
            "James", "John", "Robert", "Michael", "William", "David", "Richard", "Thomas", "Daniel", "Matthew",
            "Christopher", "Andrew", "George", "Oliver", "Henry", "Jack", "Samuel", "Benjamin", "Liam", "Sean",
        ),
        family=latin(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
            "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
            "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins",
            "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "O'Brien", "McDonald", "Fitzgerald",
            "Kelly", "Sullivan", "Bennett", "Hughes", "Price", "Wood", "Barnes",
        ),
        phones={
            "US": ("(###) 555-####", "+1 (###) ###-####", "###-###-####", "###.###.####", "+1 ### ### ####",
                   "1-###-###-####"),
            "GB": ("+44 20 #### ####", "020 #### ####", "+44 7### ######", "07### ######", "+44 (0)161 ### ####"),
            "IE": ("+353 1 ### ####", "087 ### ####", "+353 87 ### ####"),
            "CA": ("(###) ###-####", "+1 ###-###-####"),
            "AU": ("+61 2 #### ####", "04## ### ###", "(02) #### ####"),
        },
        places=(
            Place("New York", "NY", "100##", ("Broadway", "5th Avenue", "Madison Avenue", "Wall Street"),
                  "{number} {street}", country="US"),
            Place("San Francisco", "CA", "941##", ("Market Street", "Mission Street", "Valencia Street"),
                  "{number} {street}", country="US"),
            Place("Chicago", "IL", "606##", ("Michigan Avenue", "State Street", "Clark Street"),
                  "{number} {street}", country="US"),
            Place("Austin", "TX", "787##", ("Congress Avenue", "Lamar Boulevard", "Oak Street"),
                  "{number} {street}", country="US"),
            Place("London", "", "EC# #AA", ("High Street", "Church Road", "Station Road", "Victoria Road"),
                  "{number} {street}", country="GB"),
            Place("Manchester", "", "M# #AB", ("Deansgate", "Oxford Road", "Market Street"),
                  "{number} {street}", country="GB"),
            Place("Dublin", "", "D0#", ("Grafton Street", "Baggot Street", "Pearse Street"),
                  "{number} {street}", country="IE"),
            Place("Toronto", "ON", "M5V #A#", ("King Street West", "Queen Street", "Bay Street"),
                  "{number} {street}", country="CA"),
            Place("Sydney", "NSW", "2000", ("George Street", "Pitt Street", "Elizabeth Street"),
                  "{number} {street}", country="AU"),
        ),
        mail_domains=("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "eircom.net"),
        company_parts=(
            latin("Acme", "Brightwater", "Summit", "Northwind", "Bluebird", "Ironbridge", "Oakridge", "Redwood",
                  "Silverline", "Harbor", "Keystone", "Pinnacle", "Riverside", "Evergreen", "Lighthouse", "Granite",
                  "Maple", "Atlas", "Beacon", "Cobalt", "Falcon", "Highland"),
            latin("Analytics", "Logistics", "Software", "Consulting", "Holdings", "Foods", "Partners", "Media",
                  "Systems", "Engineering", "Health", "Capital", "Labs", "Supply", "Energy", "Design"),
        ),
        company_format="{0} {1} {form}",
        company_forms=("Inc.", "Ltd", "LLC", "Group", "Corp.", "plc"),
        tld="com",
        currency="USD",
        time_zone="America/New_York",
        titles=ENGLISH_TITLES,
        nicknames=latin("Bob", "Bill", "Jim", "Mike", "Dave", "Liz", "Kate", "Jen", "Chris", "Sam", "Ben"),
    ),
    Culture(
        key="spanish",
        countries=("ES", "MX", "AR"),
        country_names={"ES": "España", "MX": "México", "AR": "Argentina"},
        weight=10,
        female=latin(
            "María", "Lucía", "Carmen", "Sofía", "Paula", "Marta", "Elena", "Isabel", "Ana", "Pilar", "Dolores",
            "Begoña", "Inés", "Rocío", "Mónica", "Ángela",
        ),
        male=latin(
            "José", "Antonio", "Manuel", "Francisco", "Javier", "Jesús", "Alejandro", "David", "Ángel", "Sergio",
            "Raúl", "Andrés", "Íñigo", "Álvaro", "Martín", "Joaquín",
        ),
        family=latin(
            "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Peña",
            "Ibáñez", "Núñez", "Castaño", "Ortega", "Delgado", "Vázquez", "Serrano",
        ),
        phones={
            "ES": ("+34 6## ## ## ##", "9## ### ###", "+34 91 ### ## ##", "6## ### ###"),
            "MX": ("+52 55 #### ####", "55 #### ####", "+52 1 33 #### ####"),
            "AR": ("+54 11 ####-####", "011 ####-####", "+54 9 11 ####-####"),
        },
        places=(
            Place("Madrid", "Madrid", "280##", ("Calle de Alcalá", "Gran Vía", "Calle Mayor", "Paseo de la Castellana"),
                  "{street}, {number}"),
            Place("Barcelona", "Barcelona", "080##", ("Carrer de Balmes", "Passeig de Gràcia", "Carrer d'Aragó"),
                  "{street}, {number}"),
            Place("Sevilla", "Sevilla", "410##", ("Calle Sierpes", "Avenida de la Constitución"), "{street}, {number}"),
            Place("Ciudad de México", "CDMX", "06###", ("Avenida Reforma", "Calle Madero", "Avenida Insurgentes"),
                  "{street} {number}", country="MX"),
            Place("Buenos Aires", "CABA", "C1###", ("Avenida Corrientes", "Calle Florida", "Avenida de Mayo"),
                  "{street} {number}", country="AR"),
        ),
        mail_domains=("gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "prodigy.net.mx"),
        company_parts=(
            latin("Soluciones", "Construcciones", "Distribuciones", "Tecnología", "Viñedos", "Transportes",
                  "Servicios", "Ingeniería", "Alimentos", "Consultoría"),
            latin("Ibéricas", "Peña", "del Sur", "Andaluza", "Álvarez", "Levante", "Cantábrico", "Núñez", "Atlántico",
                  "Castellana", "del Norte", "Muñoz"),
        ),
        company_format="{0} {1} {form}",
        company_forms=("S.L.", "S.A.", "S.A. de C.V.", "S.R.L."),
        tld="es",
        currency="EUR",
        time_zone="Europe/Madrid",
        titles=("Director Comercial", "Jefa de Compras", "Gerente General", "Responsable de Ventas",
                "Director Financiero"),
    ),
    Culture(
        key="german",
        countries=("DE", "AT", "CH"),
        country_names={"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz"},
        weight=10,
        female=latin(
            "Anna", "Katharina", "Sabine", "Ursula", "Monika", "Petra", "Bärbel", "Käthe", "Lena", "Sophie",
            "Hannelore", "Gisela", "Jördis", "Renate", "Jana", "Lea",
        ),
        male=latin(
            "Jürgen", "Klaus", "Stefan", "Günther", "Jörg", "Uwe", "Wolfgang", "Dieter", "Matthias", "Björn",
            "Lukas", "Maximilian", "Fritz", "Hans-Peter", "Jan", "Tobias",
        ),
        family=latin(
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
            "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
            "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Weiß", "Strauß", "Groß", "Jäger",
            "Köhler", "Böhm", "Schäuble", "Oßwald",
        ),
        phones={
            "DE": ("+49 30 ########", "030 #######", "+49 (0)170 #######", "0171/#######", "+49 89 ### ###-##",
                   "089-#######"),
            "AT": ("+43 1 ### ####", "0664 ### ####", "+43 664 #######"),
            "CH": ("+41 44 ### ## ##", "079 ### ## ##", "044 ### ## ##"),
        },
        places=(
            Place("Berlin", "Berlin", "10###", ("Friedrichstraße", "Kurfürstendamm", "Torstraße", "Unter den Linden")),
            Place("München", "Bayern", "80###", ("Leopoldstraße", "Maximilianstraße", "Schleißheimer Straße")),
            Place("Hamburg", "Hamburg", "20###", ("Mönckebergstraße", "Große Bleichen", "Jungfernstieg")),
            Place("Köln", "Nordrhein-Westfalen", "50###", ("Hohe Straße", "Ehrenstraße")),
            Place("Wien", "Wien", "1010", ("Kärntner Straße", "Mariahilfer Straße", "Währinger Straße"), country="AT"),
            Place("Zürich", "ZH", "80##", ("Bahnhofstrasse", "Löwenstrasse", "Seefeldstrasse"), country="CH"),
        ),
        mail_domains=("web.de", "gmx.de", "t-online.de", "gmail.com", "bluewin.ch", "gmx.at"),
        company_parts=(
            latin("Müller", "Schäfer", "Kühne", "Nordlicht", "Bergmann", "Rheinland", "Alpen", "Hansa",
                  "Brückner", "Sonnenschein", "Löwen", "Ostsee"),
            latin("Maschinenbau", "Software", "Logistik", "Bäckerei", "Elektrotechnik", "Handels", "Bau",
                  "Medizintechnik", "Verlag", "Immobilien", "& Söhne"),
        ),
        company_format="{0} {1} {form}",
        company_forms=("GmbH", "AG", "KG", "GmbH & Co. KG", "e.K."),
        tld="de",
        currency="EUR",
        time_zone="Europe/Berlin",
        titles=("Geschäftsführer", "Vertriebsleiterin", "Einkaufsleiter", "Prokurist", "Abteilungsleiterin"),
    ),
    Culture(
        key="swedish",
        countries=("SE",),
        country_names={"SE": "Sverige"},
        weight=4,
        female=latin("Åsa", "Märta", "Karin", "Ingrid", "Linnéa", "Maja", "Elsa", "Astrid", "Sofia", "Ebba"),
        male=latin("Björn", "Göran", "Lars", "Anders", "Per", "Nils", "Erik", "Håkan", "Olof", "Mikael"),
        family=latin(
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Öberg", "Åström", "Bergström", "Lindqvist",
            "Sjögren", "Ekström", "Söderberg", "Hägglund", "Wållberg",
        ),
        phones={"SE": ("+46 8 ### ### ##", "070-### ## ##", "08-### ### ##", "+46 70 ### ## ##")},
        places=(
            Place("Stockholm", "", "1## ##", ("Drottninggatan", "Götgatan", "Sveavägen", "Strandvägen")),
            Place("Göteborg", "", "41# ##", ("Kungsportsavenyn", "Linnégatan")),
            Place("Malmö", "", "21# ##", ("Södergatan", "Östra Förstadsgatan")),
        ),
        mail_domains=("telia.com", "gmail.com", "hotmail.se", "bredband.net"),
        company_parts=(latin("Ståhlberg", "Norrsken", "Östersjö", "Fjällvind", "Älvdal", "Skärgård"),
                       latin("Konsult", "Bygg", "Data", "Transport", "Handel")),
        company_format="{0} {1} {form}",
        company_forms=("AB",),
        tld="se",
        currency="SEK",
        time_zone="Europe/Stockholm",
    ),
    Culture(
        key="norwegian",
        countries=("NO",),
        country_names={"NO": "Norge"},
        weight=3,
        female=latin("Åse", "Solveig", "Ingrid", "Kari", "Sigrid", "Ragnhild", "Liv", "Tone", "Synnøve"),
        male=latin("Bjørn", "Øyvind", "Håkon", "Torbjørn", "Ståle", "Geir", "Kjetil", "Ørjan", "Sindre"),
        family=latin("Ødegård", "Sæther", "Løvås", "Bråten", "Haugen", "Hansen", "Johansen", "Bakken", "Strøm",
                     "Kværnø", "Grøtting"),
        phones={"NO": ("+47 ## ## ## ##", "### ## ###", "+47 9## ## ###")},
        places=(
            Place("Oslo", "", "01##", ("Karl Johans gate", "Storgata", "Bogstadveien")),
            Place("Bergen", "", "50##", ("Torgallmenningen", "Strandgaten")),
            Place("Trondheim", "", "70##", ("Munkegata", "Nordre gate")),
        ),
        mail_domains=("online.no", "gmail.com", "hotmail.no"),
        company_parts=(latin("Fjord", "Nordkapp", "Vestland", "Bølge", "Fjellheim"),
                       latin("Shipping", "Fiskeri", "Energi", "Data", "Eiendom")),
        company_format="{0} {1} {form}",
        company_forms=("AS", "ASA"),
        tld="no",
        currency="NOK",
        time_zone="Europe/Oslo",
    ),
    Culture(
        key="danish",
        countries=("DK",),
        country_names={"DK": "Danmark"},
        weight=3,
        female=latin("Mette", "Birgitte", "Lærke", "Signe", "Sørine", "Ida", "Freja", "Karen"),
        male=latin("Søren", "Jørgen", "Mads", "Rasmus", "Bjørn", "Niels", "Frederik", "Anders"),
        family=latin("Jørgensen", "Sørensen", "Møller", "Kjærgaard", "Nørgaard", "Ravn", "Poulsen", "Mikkelsen",
                     "Dalsgaard", "Østergaard"),
        phones={"DK": ("+45 ## ## ## ##", "## ## ## ##", "+45 ########")},
        places=(
            Place("København", "", "1###", ("Strøget", "Nørrebrogade", "Vesterbrogade", "Østerbrogade")),
            Place("Aarhus", "", "8000", ("Søndergade", "Åboulevarden")),
        ),
        mail_domains=("mail.dk", "gmail.com", "jubii.dk"),
        company_parts=(latin("Nørrebro", "Øresund", "Jylland", "Fyn", "Kattegat"),
                       latin("Design", "Rederi", "Mejeri", "Software", "Byg")),
        company_format="{0} {1} {form}",
        company_forms=("ApS", "A/S"),
        tld="dk",
        currency="DKK",
        time_zone="Europe/Copenhagen",
    ),
    Culture(
        key="finnish",
        countries=("FI",),
        country_names={"FI": "Suomi"},
        weight=2,
        female=latin("Päivi", "Sanna", "Tiina", "Kaisa", "Aino", "Hilkka", "Sirkka", "Minna"),
        male=latin("Jyrki", "Matti", "Jaakko", "Väinö", "Pekka", "Mikko", "Tuomas", "Jussi"),
        family=latin("Mäkinen", "Virtanen", "Hämäläinen", "Järvinen", "Könönen", "Nieminen", "Määttä", "Pöllänen",
                     "Korhonen"),
        phones={"FI": ("+358 40 ### ####", "09 ### ####", "040 ### ####", "+358 9 ### ####")},
        places=(Place("Helsinki", "", "00###", ("Mannerheimintie", "Aleksanterinkatu", "Hämeentie")),
                Place("Tampere", "", "33###", ("Hämeenkatu", "Näsilinnankatu"))),
        mail_domains=("gmail.com", "kolumbus.fi", "elisa.fi"),
        company_parts=(latin("Järvi", "Pohjola", "Kallio", "Sisu", "Revontuli"),
                       latin("Solutions", "Teknologia", "Rakennus", "Kuljetus")),
        company_format="{0} {1} {form}",
        company_forms=("Oy", "Oyj"),
        tld="fi",
        currency="EUR",
        time_zone="Europe/Helsinki",
    ),
    Culture(
        key="russian",
        countries=("RU",),
        country_names={"RU": "Россия"},
        weight=7,
        female=(
            ("Анна", "Anna"), ("Мария", "Maria"), ("Елена", "Elena"), ("Ольга", "Olga"), ("Наталья", "Natalya"),
            ("Татьяна", "Tatyana"), ("Ирина", "Irina"), ("Светлана", "Svetlana"), ("Екатерина", "Ekaterina"),
            ("Юлия", "Yulia"), ("Дарья", "Darya"), ("Ксения", "Ksenia"), ("Алёна", "Alyona"),
        ),
        male=(
            ("Александр", "Aleksandr"), ("Сергей", "Sergey"), ("Дмитрий", "Dmitry"), ("Андрей", "Andrey"),
            ("Алексей", "Alexey"), ("Иван", "Ivan"), ("Михаил", "Mikhail"), ("Николай", "Nikolay"),
            ("Владимир", "Vladimir"), ("Пётр", "Pyotr"), ("Евгений", "Evgeny"), ("Юрий", "Yury"),
        ),
        family=(
            ("Иванов", "Ivanov"), ("Смирнов", "Smirnov"), ("Кузнецов", "Kuznetsov"), ("Попов", "Popov"),
            ("Васильев", "Vasiliev"), ("Петров", "Petrov"), ("Соколов", "Sokolov"), ("Михайлов", "Mikhailov"),
            ("Новиков", "Novikov"), ("Фёдоров", "Fyodorov"), ("Морозов", "Morozov"), ("Волков", "Volkov"),
            ("Лебедев", "Lebedev"), ("Козлов", "Kozlov"), ("Егоров", "Egorov"), ("Павлов", "Pavlov"),
            ("Орлов", "Orlov"), ("Никитин", "Nikitin"), ("Захаров", "Zakharov"), ("Зайцев", "Zaitsev"),
        ),
        family_female={},  # filled below: -ов/-ев/-ин take -а
        phones={"RU": ("+7 (495) ###-##-##", "8 (812) ###-##-##", "+7 9## ###-##-##", "8-9##-###-##-##",
                       "+7 (343) ###-##-##")},
        places=(
            Place("Москва", "", "1#####", ("ул. Тверская", "Ленинский проспект", "ул. Арбат", "Кутузовский проспект"),
                  "{street}, д. {number}"),
            Place("Санкт-Петербург", "", "19####", ("Невский проспект", "ул. Садовая", "Литейный проспект"),
                  "{street}, д. {number}"),
            Place("Екатеринбург", "Свердловская область", "620###", ("ул. Малышева", "ул. Ленина"),
                  "{street}, д. {number}"),
            Place("Новосибирск", "Новосибирская область", "630###", ("Красный проспект", "ул. Ленина"),
                  "{street}, д. {number}"),
        ),
        mail_domains=("yandex.ru", "mail.ru", "gmail.com", "rambler.ru", "bk.ru"),
        company_parts=(
            (("Северный", "Severny"), ("Техно", "Tekhno"), ("Урал", "Ural"), ("Сибирь", "Sibir"),
             ("Балтика", "Baltika"), ("Волга", "Volga"), ("Вектор", "Vektor"), ("Альфа", "Alfa"), ("Нева", "Neva"),
             ("Прогресс", "Progress"), ("Енисей", "Yenisei"), ("Заря", "Zarya"), ("Кристалл", "Kristall"),
             ("Меридиан", "Meridian"), ("Спектр", "Spektr")),
            (("Строй", "Stroy"), ("Трейд", "Trade"), ("Софт", "Soft"), ("Логистик", "Logistik"),
             ("Групп", "Group"), ("Инвест", "Invest"), ("Сервис", "Servis"), ("Торг", "Torg"), ("Пром", "Prom"),
             ("Энерго", "Energo")),
        ),
        company_format="{form} «{0}-{1}»",
        company_forms=("ООО", "АО", "ПАО"),
        tld="ru",
        currency="RUB",
        time_zone="Europe/Moscow",
        latin_share=0.15,
        titles=("Генеральный директор", "Менеджер по продажам", "Главный бухгалтер", "Руководитель отдела закупок"),
    ),
    Culture(
        key="greek",
        countries=("GR", "CY"),
        country_names={"GR": "Ελλάδα", "CY": "Κύπρος"},
        weight=3,
        female=(("Μαρία", "Maria"), ("Ελένη", "Eleni"), ("Αικατερίνη", "Aikaterini"), ("Βασιλική", "Vasiliki"),
                ("Σοφία", "Sofia"), ("Γεωργία", "Georgia"), ("Δήμητρα", "Dimitra"), ("Ειρήνη", "Eirini")),
        male=(("Γιώργος", "Giorgos"), ("Γιάννης", "Giannis"), ("Κωνσταντίνος", "Konstantinos"),
              ("Δημήτρης", "Dimitris"), ("Νίκος", "Nikos"), ("Παναγιώτης", "Panagiotis"), ("Χρήστος", "Christos"),
              ("Αλέξανδρος", "Alexandros")),
        family=(("Παπαδόπουλος", "Papadopoulos"), ("Παπαδάκης", "Papadakis"), ("Γεωργίου", "Georgiou"),
                ("Οικονόμου", "Oikonomou"), ("Νικολάου", "Nikolaou"), ("Βασιλείου", "Vasileiou"),
                ("Καραγιάννης", "Karagiannis"), ("Αντωνίου", "Antoniou"), ("Μακρής", "Makris"),
                ("Ιωάννου", "Ioannou")),
        family_female={
            "Παπαδόπουλος": ("Παπαδοπούλου", "Papadopoulou"),
            "Παπαδάκης": ("Παπαδάκη", "Papadaki"),
            "Καραγιάννης": ("Καραγιάννη", "Karagianni"),
            "Μακρής": ("Μακρή", "Makri"),
        },
        phones={"GR": ("+30 21# ### ####", "69# ### ####", "+30 69# ### ####", "210 ### ####"),
                "CY": ("+357 22 ######", "99 ######")},
        places=(
            Place("Αθήνα", "Αττική", "10# ##", ("Οδός Ερμού", "Λεωφόρος Συγγρού", "Οδός Σταδίου", "Πανεπιστημίου")),
            Place("Θεσσαλονίκη", "Κεντρική Μακεδονία", "54# ##", ("Οδός Τσιμισκή", "Λεωφόρος Νίκης")),
            Place("Λευκωσία", "", "10##", ("Λεωφόρος Μακαρίου", "Οδός Λήδρας"), country="CY"),
        ),
        mail_domains=("otenet.gr", "gmail.com", "yahoo.gr", "hol.gr"),
        company_parts=(
            (("Αιγαίο", "Aigaio"), ("Όλυμπος", "Olympos"), ("Ερμής", "Ermis"), ("Αθηνά", "Athina"),
             ("Κρήτη", "Kriti"), ("Ποσειδών", "Poseidon"), ("Ιόνιο", "Ionio"), ("Παρθενών", "Parthenon")),
            (("Ναυτιλιακή", "Naftiliaki"), ("Τρόφιμα", "Trofima"), ("Τεχνική", "Techniki"),
             ("Εμπορική", "Emporiki"), ("Πληροφορική", "Pliroforiki")),
        ),
        company_format="{0} {1} {form}",
        company_forms=("Α.Ε.", "Ο.Ε.", "Ε.Π.Ε."),
        tld="gr",
        currency="EUR",
        time_zone="Europe/Athens",
        latin_share=0.2,
    ),
    Culture(
        key="japanese",
        countries=("JP",),
        country_names={"JP": "日本"},
        weight=6,
        female=(("花子", "Hanako"), ("さくら", "Sakura"), ("由美", "Yumi"), ("美咲", "Misaki"), ("陽子", "Yoko"),
                ("恵子", "Keiko"), ("あおい", "Aoi"), ("ゆい", "Yui"), ("アヤ", "Aya"), ("真由美", "Mayumi")),
        male=(("太郎", "Taro"), ("健太", "Kenta"), ("翔太", "Shota"), ("大輔", "Daisuke"), ("拓也", "Takuya"),
              ("直樹", "Naoki"), ("浩", "Hiroshi"), ("誠", "Makoto"), ("ケンジ", "Kenji"), ("一郎", "Ichiro")),
        family=(("山田", "Yamada"), ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"),
                ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato"),
                ("吉田", "Yoshida"), ("山本", "Yamamoto"), ("松本", "Matsumoto"), ("井上", "Inoue"), ("木村", "Kimura"),
                ("山口", "Yamaguchi")),
        phonetic={
            "山田": "ヤマダ", "佐藤": "サトウ", "鈴木": "スズキ", "高橋": "タカハシ", "田中": "タナカ",
            "伊藤": "イトウ",
            "渡辺": "ワタナベ", "中村": "ナカムラ", "小林": "コバヤシ", "加藤": "カトウ", "吉田": "ヨシダ",
            "山本": "ヤマモト", "松本": "マツモト", "井上": "イノウエ", "木村": "キムラ", "山口": "ヤマグチ",
            "花子": "ハナコ", "由美": "ユミ", "美咲": "ミサキ", "陽子": "ヨウコ", "恵子": "ケイコ", "真由美": "マユミ",
            "太郎": "タロウ", "健太": "ケンタ", "翔太": "ショウタ", "大輔": "ダイスケ", "拓也": "タクヤ",
            "直樹": "ナオキ", "浩": "ヒロシ", "誠": "マコト", "一郎": "イチロウ",
        },
        east_asian=True,
        phones={"JP": ("+81 3-####-####", "03-####-####", "090-####-####", "+81 90-####-####", "06-####-####",
                       "(03) ####-####")},
        places=(
            Place("千代田区", "東京都", "100-####", ("丸の内", "大手町", "有楽町"), "{street}{number}-#-#"),
            Place("渋谷区", "東京都", "150-####", ("道玄坂", "神南", "恵比寿"), "{street}{number}-#-#"),
            Place("大阪市北区", "大阪府", "530-####", ("梅田", "中之島"), "{street}{number}-#-#"),
            Place("横浜市西区", "神奈川県", "220-####", ("みなとみらい", "高島"), "{street}{number}-#-#"),
        ),
        mail_domains=("yahoo.co.jp", "docomo.ne.jp", "gmail.com", "nifty.com", "ezweb.ne.jp"),
        company_parts=(
            (("山田", "yamada"), ("さくら", "sakura"), ("東京", "tokyo"), ("大和", "yamato"), ("富士", "fuji"),
             ("日本", "nihon"), ("北斗", "hokuto"), ("青葉", "aoba"), ("ミドリ", "midori")),
            (("製作所", "seisakusho"), ("商事", "shoji"), ("物流", "butsuryu"), ("電機", "denki"), ("工業", "kogyo"),
             ("建設", "kensetsu"), ("システム", "system"), ("食品", "shokuhin")),
        ),
        company_format="{form}{0}{1}",
        company_forms=("株式会社", "有限会社", ""),
        tld="co.jp",
        currency="JPY",
        time_zone="Asia/Tokyo",
        latin_share=0.15,
        titles=("営業部長", "代表取締役", "課長", "システムエンジニア", "購買担当"),
    ),
    Culture(
        key="chinese",
        countries=("CN", "TW", "SG"),
        country_names={"CN": "中国", "TW": "台灣", "SG": "Singapore"},
        weight=6,
        female=(("芳", "Fang"), ("娜", "Na"), ("秀英", "Xiuying"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"),
                ("艳", "Yan"), ("娟", "Juan"), ("秀兰", "Xiulan"), ("霞", "Xia"), ("子涵", "Zihan"),
                ("雨桐", "Yutong")),
        male=(("伟", "Wei"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"),
              ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("建华", "Jianhua"), ("晓明", "Xiaoming"),
              ("浩然", "Haoran"), ("志强", "Zhiqiang")),
        family=(("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
                ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
                ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("林", "Lin"), ("欧阳", "Ouyang")),
        east_asian=True,
        phones={"CN": ("+86 10 #### ####", "138 #### ####", "+86 139 #### ####", "(021) ########", "010-########"),
                "TW": ("+886 2 #### ####", "09##-###-###"), "SG": ("+65 #### ####", "9### ####")},
        places=(
            Place("北京市", "朝阳区", "100###", ("建国路", "朝阳北路", "三里屯路"), "{street}{number}号"),
            Place("上海市", "浦东新区", "200###", ("世纪大道", "陆家嘴环路", "张江路"), "{street}{number}号"),
            Place("深圳市", "南山区", "518###", ("深南大道", "科技园路"), "{street}{number}号"),
            Place("台北市", "信義區", "110", ("忠孝東路", "信義路"), "{street}{number}號", country="TW"),
        ),
        mail_domains=("qq.com", "163.com", "126.com", "sina.com", "gmail.com"),
        company_parts=(
            (("北京", "beijing"), ("上海", "shanghai"), ("深圳", "shenzhen"), ("广州", "guangzhou"),
             ("杭州", "hangzhou"), ("成都", "chengdu")),
            (("华信", "huaxin"), ("东方", "dongfang"), ("创新", "chuangxin"), ("天河", "tianhe"), ("宏达", "hongda"),
             ("金桥", "jinqiao"), ("长城", "changcheng"), ("瑞丰", "ruifeng")),
            (("科技", "tech"), ("贸易", "trade"), ("电子", "dianzi"), ("物流", "wuliu"), ("网络", "net")),
        ),
        company_format="{0}{1}{2}{form}",
        company_forms=("有限公司", "股份有限公司"),
        tld="cn",
        currency="CNY",
        time_zone="Asia/Shanghai",
        latin_share=0.25,
        titles=("总经理", "销售经理", "采购经理", "技术总监"),
    ),
    Culture(
        key="korean",
        countries=("KR",),
        country_names={"KR": "대한민국"},
        weight=4,
        female=(("서연", "Seoyeon"), ("서윤", "Seoyun"), ("지우", "Jiwoo"), ("하은", "Haeun"), ("민서", "Minseo"),
                ("지민", "Jimin"), ("수빈", "Subin"), ("예은", "Yeeun")),
        male=(("민준", "Minjun"), ("서준", "Seojun"), ("도윤", "Doyun"), ("예준", "Yejun"), ("시우", "Siwoo"),
              ("지호", "Jiho"), ("현우", "Hyunwoo"), ("성민", "Sungmin")),
        family=(("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
                ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"),
                ("서", "Seo"), ("신", "Shin")),
        east_asian=True,
        phones={"KR": ("+82 2-###-####", "010-####-####", "+82 10-####-####", "02-###-####", "010 #### ####")},
        places=(
            Place("서울특별시", "강남구", "06###", ("테헤란로", "강남대로", "논현로"), "{street} {number}"),
            Place("서울특별시", "종로구", "03###", ("종로", "세종대로"), "{street} {number}"),
            Place("부산광역시", "해운대구", "48###", ("해운대로", "센텀중앙로"), "{street} {number}"),
        ),
        mail_domains=("naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com"),
        company_parts=(
            (("한빛", "hanbit"), ("대한", "daehan"), ("누리", "nuri"), ("미래", "mirae"), ("하나", "hana"),
             ("푸른", "pureun"), ("새솔", "saesol")),
            (("소프트", "soft"), ("물산", "mulsan"), ("테크", "tech"), ("건설", "construction"), ("미디어", "media"),
             ("바이오", "bio")),
        ),
        company_format="{form}{0}{1}",
        company_forms=("주식회사 ", "(주)", ""),
        tld="co.kr",
        currency="KRW",
        time_zone="Asia/Seoul",
        latin_share=0.2,
        titles=("대표이사", "영업팀장", "과장", "부장"),
    ),
    Culture(
        key="thai",
        countries=("TH",),
        country_names={"TH": "ประเทศไทย"},
        weight=3,
        female=(("สมหญิง", "Somying"), ("มาลี", "Malee"), ("ปราณี", "Pranee"), ("วันดี", "Wandee"), ("สุดา", "Suda"),
                ("กาญจนา", "Kanjana"), ("นภา", "Napa"), ("ศิริพร", "Siriporn")),
        male=(("สมชาย", "Somchai"), ("สมศักดิ์", "Somsak"), ("ประเสริฐ", "Prasert"), ("วิชัย", "Wichai"),
              ("ธนากร", "Thanakorn"), ("อนันต์", "Anan"), ("ณัฐพล", "Nattapon"), ("กิตติ", "Kitti")),
        family=(("ใจดี", "Jaidee"), ("รักไทย", "Rakthai"), ("ศรีสุข", "Srisuk"), ("วงศ์สวัสดิ์", "Wongsawat"),
                ("สุขสวัสดิ์", "Suksawat"), ("แก้วมณี", "Kaewmanee"), ("ทองดี", "Thongdee"), ("บุญมา", "Boonma"),
                ("พึ่งบุญ", "Phuengboon"), ("จันทร์เพ็ญ", "Chanpen"), ("ชัยประเสริฐ", "Chaiprasert")),
        nicknames=(("ต้น", "Ton"), ("นก", "Nok"), ("แดง", "Daeng"), ("เล็ก", "Lek"), ("ปุ้ย", "Pui"), ("บอม", "Bom")),
        phones={"TH": ("+66 2 ### ####", "08# ### ####", "+66 8# ### ####", "02-###-####", "08#-###-####")},
        places=(
            Place("กรุงเทพมหานคร", "", "10###", ("ถนนสุขุมวิท", "ถนนสีลม", "ถนนพระราม 4"), "{number} {street}"),
            Place("เชียงใหม่", "", "50###", ("ถนนนิมมานเหมินท์", "ถนนช้างคลาน"), "{number} {street}"),
        ),
        mail_domains=("gmail.com", "hotmail.co.th", "yahoo.co.th"),
        company_parts=(
            (("สยาม", "siam"), ("กรุงเทพ", "krungthep"), ("ไทยรุ่งเรือง", "thairungruang"), ("รุ่งโรจน์", "rungroj"),
             ("ศรีสยาม", "srisiam")),
            (("เทค", "tech"), ("ขนส่ง", "khonsong"), ("อาหาร", "food"), ("การค้า", "trading")),
        ),
        company_format="บริษัท {0}{1} {form}",
        company_forms=("จำกัด", "จำกัด (มหาชน)"),
        tld="co.th",
        currency="THB",
        time_zone="Asia/Bangkok",
        latin_share=0.25,
        titles=("ผู้จัดการ", "ผู้จัดการฝ่ายขาย"),
    ),
    Culture(
        key="persian",
        countries=("IR",),
        country_names={"IR": "ایران"},
        weight=3,
        female=(("زهرا", "Zahra"), ("فاطمه", "Fatemeh"), ("مریم", "Maryam"), ("سارا", "Sara"), ("نازنین", "Nazanin"),
                ("شیرین", "Shirin"), ("پریسا", "Parisa"), ("لیلا", "Leila")),
        male=(("علی", "Ali"), ("محمد", "Mohammad"), ("حسین", "Hossein"), ("رضا", "Reza"), ("مهدی", "Mehdi"),
              ("امیر", "Amir"), ("سعید", "Saeed"), ("داریوش", "Dariush")),
        family=(("کریمی", "Karimi"), ("محمدی", "Mohammadi"), ("حسینی", "Hosseini"), ("احمدی", "Ahmadi"),
                ("رضایی", "Rezaei"), ("موسوی", "Mousavi"), ("جعفری", "Jafari"), ("صادقی", "Sadeghi"),
                ("رحیمی", "Rahimi"), ("تهرانی", "Tehrani"), ("نوری", "Nouri"), ("کاظمی", "Kazemi")),
        phones={"IR": ("+98 21 #### ####", "0912 ### ####", "021-########", "+98 912 ### ####")},
        places=(
            Place("تهران", "استان تهران", "#####-#####", ("خیابان ولیعصر", "خیابان انقلاب", "بلوار کشاورز"),
                  "{street}، پلاک {number}"),
            Place("اصفهان", "استان اصفهان", "#####-#####", ("خیابان چهارباغ", "خیابان نظر"), "{street}، پلاک {number}"),
        ),
        mail_domains=("gmail.com", "yahoo.com", "chmail.ir"),
        company_parts=(
            (("پارس", "pars"), ("آریا", "arya"), ("البرز", "alborz"), ("کیان", "kian"), ("سپهر", "sepehr")),
            (("داده", "dadeh"), ("صنعت", "sanat"), ("تجارت", "tejarat"), ("سازه", "sazeh"), ("فن‌آوری", "fanavari")),
        ),
        company_format="{form} {0} {1}",
        company_forms=("شرکت", "گروه"),
        tld="ir",
        currency="IRR",
        time_zone="Asia/Tehran",
        latin_share=0.2,
    ),
    Culture(
        key="arabic",
        countries=("AE", "EG", "SA", "JO"),
        country_names={"AE": "الإمارات", "EG": "مصر", "SA": "السعودية", "JO": "الأردن"},
        weight=3,
        female=(("فاطمة", "Fatima"), ("عائشة", "Aisha"), ("مريم", "Mariam"), ("نور", "Nour"), ("ليلى", "Layla"),
                ("سارة", "Sara"), ("هدى", "Huda"), ("ريم", "Reem")),
        male=(("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("خالد", "Khaled"), ("عمر", "Omar"), ("يوسف", "Youssef"),
              ("إبراهيم", "Ibrahim"), ("حسن", "Hassan"), ("طارق", "Tariq")),
        family=(("الحسن", "Al-Hassan"), ("العلي", "Al-Ali"), ("المنصور", "Al-Mansour"), ("الخطيب", "Al-Khatib"),
                ("حداد", "Haddad"), ("نصر", "Nasr"), ("عبد الله", "Abdullah"), ("الشامي", "Al-Shami"),
                ("السيد", "El-Sayed"), ("منصور", "Mansour")),
        phones={"AE": ("+971 4 ### ####", "050 ### ####", "+971 50 ### ####"),
                "EG": ("+20 2 #### ####", "010 #### ####"), "SA": ("+966 5# ### ####", "05# ### ####"),
                "JO": ("+962 7 #### ####", "07# ### ####")},
        places=(
            Place("دبي", "", "", ("شارع الشيخ زايد", "شارع المطار"), "{number} {street}", country="AE"),
            Place("القاهرة", "", "11###", ("شارع التحرير", "شارع قصر النيل"), "{number} {street}", country="EG"),
            Place("عمّان", "", "11###", ("شارع الرينبو", "شارع مكة"), "{number} {street}", country="JO"),
        ),
        mail_domains=("gmail.com", "hotmail.com", "yahoo.com", "emirates.net.ae"),
        company_parts=(
            (("النور", "alnoor"), ("الأفق", "alofoq"), ("الخليج", "alkhaleej"), ("الرواد", "alrowad"),
             ("الأمل", "alamal")),
            (("للتجارة", "trading"), ("للتقنية", "tech"), ("للمقاولات", "contracting"), ("للاستشارات", "consulting")),
        ),
        company_format="{form} {0} {1}",
        company_forms=("شركة", "مجموعة"),
        tld="ae",
        currency="AED",
        time_zone="Asia/Dubai",
        latin_share=0.35,
    ),
    Culture(
        key="hindi",
        countries=("IN",),
        country_names={"IN": "India"},
        weight=4,
        female=(("प्रिया", "Priya"), ("अनीता", "Anita"), ("सुनीता", "Sunita"), ("पूजा", "Pooja"), ("नेहा", "Neha"),
                ("दीपिका", "Deepika"), ("कविता", "Kavita"), ("अंजलि", "Anjali")),
        male=(("राहुल", "Rahul"), ("अमित", "Amit"), ("विजय", "Vijay"), ("संजय", "Sanjay"), ("अर्जुन", "Arjun"),
              ("रोहित", "Rohit"), ("सुरेश", "Suresh"), ("आदित्य", "Aditya")),
        family=(("शर्मा", "Sharma"), ("वर्मा", "Verma"), ("गुप्ता", "Gupta"), ("सिंह", "Singh"), ("कुमार", "Kumar"),
                ("पटेल", "Patel"), ("मेहता", "Mehta"), ("जोशी", "Joshi"), ("अग्रवाल", "Agarwal"),
                ("श्रीवास्तव", "Srivastava"), ("मिश्रा", "Mishra"), ("चौधरी", "Chaudhary")),
        phones={"IN": ("+91 98### #####", "022 #### ####", "+91-11-########", "098### #####", "+91 80 #### ####")},
        places=(
            Place("Mumbai", "Maharashtra", "400 0##", ("Marine Drive", "Linking Road", "Nariman Point")),
            Place("Bengaluru", "Karnataka", "560 0##", ("MG Road", "Brigade Road", "Residency Road")),
            Place("नई दिल्ली", "दिल्ली", "110 0##", ("कनॉट प्लेस", "चांदनी चौक"), "{number}, {street}"),
        ),
        mail_domains=("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
        company_parts=(
            (("Sharma", "sharma"), ("Ganga", "ganga"), ("Bharat", "bharat"), ("Shree", "shree"), ("Indus", "indus"),
             ("Sahyadri", "sahyadri"), ("श्री गणेश", "shriganesh")),
            (("Textiles", "textiles"), ("Infotech", "infotech"), ("Logistics", "logistics"), ("Traders", "traders"),
             ("Pharma", "pharma"), ("Engineering", "engineering")),
        ),
        company_format="{0} {1} {form}",
        company_forms=("Pvt. Ltd.", "Ltd.", "LLP"),
        tld="in",
        currency="INR",
        time_zone="Asia/Kolkata",
        latin_share=0.5,
    ),
)

for _culture in CULTURES:
    if _culture.key == "russian":
        for _native, _roman in _culture.family:
            _culture.family_female[_native] = (_native + "а", _roman + "a")

PATRONYMIC_RU = {
    # father's name -> (son's patronymic, daughter's patronymic)
    "Александр": ("Александрович", "Александровна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Иван": ("Иванович", "Ивановна"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Николай": ("Николаевич", "Николаевна"),
    "Владимир": ("Владимирович", "Владимировна"),
    "Пётр": ("Петрович", "Петровна"),
    "Юрий": ("Юрьевич", "Юрьевна"),
}

# Notes and activity subjects are written in the language of the person they are about, or in English.
NOTE_TEXTS = {
    "english": (
        "Met at the {event}; interested in {product}.",
        "Prefers email to phone. Decides on purchases over 10,000 EUR with the CFO.",
        "Asked for a quote on {product}. Follow up after the summer holidays.",
        "Referred by a former colleague. Budget cycle starts in {month}.",
        "Do not call before 10:00. Assistant handles the calendar.",
    ),
    "icelandic": ("Hittumst á {event}. Hefur áhuga á {product}.", "Vill frekar tölvupóst en símtal."),
    "german": ("Kennengelernt auf der {event}. Möchte ein Angebot für {product}.", "Bitte nur vormittags anrufen."),
    "spanish": ("Nos conocimos en {event}. Quiere una demostración de {product}.", "Prefiere correo electrónico."),
    "russian": ("Познакомились на {event}. Интересуется: {product}.", "Предпочитает звонки после обеда."),
    "japanese": ("{event}で名刺交換。{product}に興味あり。", "午前中は会議が多いので午後に連絡。"),
    "chinese": ("在{event}认识，对{product}感兴趣。", "喜欢用微信联系。"),
    "korean": ("{event}에서 만남. {product}에 관심 있음.", "오후에 연락하는 것을 선호함."),
    "thai": ("พบกันที่งาน {event} สนใจ {product}", "สะดวกให้ติดต่อทางอีเมล"),
    "persian": ("در {event} آشنا شدیم. به {product} علاقه دارد.", "ترجیح می‌دهد با ایمیل تماس بگیریم."),
    "greek": ("Γνωριστήκαμε στο {event}. Ενδιαφέρεται για {product}.",),
}
NEXT_STEPS = {
    "english": ("Next step: send the revised offer.", "Wants a reference customer.", "Call again in two weeks."),
    "icelandic": ("Næsta skref: senda nýtt tilboð.",),
    "german": ("Nächster Schritt: überarbeitetes Angebot schicken.",),
    "spanish": ("Próximo paso: enviar la oferta revisada.",),
}
EVENTS = ("Web Summit", "CeBIT", "Slush", "UTmessan", "Arctic Circle Assembly", "MWC Barcelona", "Hannover Messe",
          "SaaStr", "Tokyo Big Sight expo", "Canton Fair", "Nordic Business Forum")
PRODUCTS = ("the CRM upgrade", "fleet tracking", "cloud backup", "the analytics package", "on-site training",
            "the support contract", "ERP integration", "the mobile app", "hardware leasing")
MONTHS = ("January", "March", "April", "June", "September", "October", "November")

ACTIVITY_SUBJECTS = {
    "english": {
        "call": ("Call {given} about the proposal", "Follow-up call: {company}", "Call back {name}"),
        "meeting": ("Meeting with {company}", "Demo for {name}", "Quarterly review: {company}", "Lunch with {given}"),
        "todo": ("Send contract to {given}", "Prepare quote for {company}", "Update {name}'s address",
                 "Send brochure to {name}"),
    },
    "icelandic": {
        "call": ("Hringja í {given}",),
        "meeting": ("Fundur með {name}",),
        "todo": ("Senda tilboð til {given}",),
    },
    "german": {
        "call": ("Anruf bei {name}",),
        "meeting": ("Termin mit {name}",),
        "todo": ("Angebot an {company} schicken",),
    },
    "spanish": {
        "call": ("Llamar a {given}",),
        "meeting": ("Reunión con {company}",),
        "todo": ("Enviar presupuesto a {company}",),
    },
    "russian": {
        "call": ("Звонок: {name}",),
        "meeting": ("Встреча с {company}",),
        "todo": ("Отправить договор: {company}",),
    },
    "japanese": {
        "call": ("{name}さんに電話",),
        "meeting": ("{company}と打ち合わせ",),
        "todo": ("{company}に見積書を送る",),
    },
    "chinese": {"call": ("给{name}打电话",), "meeting": ("与{company}开会",), "todo": ("给{company}发报价",)},
    "korean": {"call": ("{name}님께 전화",), "meeting": ("{company} 미팅",), "todo": ("{company} 견적서 발송",)},
    "thai": {"call": ("โทรหา {given}",), "meeting": ("ประชุมกับ {company}",), "todo": ("ส่งใบเสนอราคาให้ {company}",)},
    "persian": {
        "call": ("تماس با {name}",),
        "meeting": ("جلسه با {company}",),
        "todo": ("ارسال پیش‌فاکتور به {company}",),
    },
}
OUTCOMES = ("Left a message", "Agreed on next steps", "Not interested right now", "Sent the quote",
            "Meeting went well", "Rescheduled", "Signed", "Needs approval from management", "")
ACTIVITY_DETAILS = ("Bring the price list.", "Dial-in details in the invitation.", "Ask about the renewal date.",
                    "Agenda: pricing, timeline, next steps.", "")

# Roughly how many units of each currency buy one US dollar, so deal sizes look alike across currencies.
PER_DOLLAR = {"ISK": 140, "JPY": 150, "KRW": 1300, "RUB": 90, "INR": 83, "IRR": 42000, "THB": 35, "SEK": 10,
              "NOK": 10, "DKK": 7, "CNY": 7, "AED": 4}

DEAL_PRODUCTS = ("CRM licences", "Support renewal", "Fleet tracking", "Analytics package", "On-site training",
                 "Hardware refresh", "Cloud migration", "Consulting days", "Annual maintenance")
DEAL_ROLES = ("Decision maker", "Champion", "Technical contact", "Economic buyer", "")
LOSS_REASONS = ("Price", "Went with a competitor", "No budget", "Project cancelled", "")
