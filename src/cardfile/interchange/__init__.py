"""vCard, CSV and iCalendar readers and writers: pure conversion to and from domain values.

vCard: `read_vcards` streams a file card by card into ParsedCard (a validated ContactCreate or CompanyCreate) or
Rejection; `write_vcard` turns a CardData (filled from a read model or a parsed card) into vCard 3.0 or 4.0 text.
"""

from cardfile.interchange.carddata import CardData
from cardfile.interchange.errors import NotVCard
from cardfile.interchange.vcard_reader import CardResult, CardWarning, ParsedCard, Rejection, read_vcards
from cardfile.interchange.vcard_writer import write_vcard, write_vcards

__all__ = [
    "CardData",
    "CardResult",
    "CardWarning",
    "NotVCard",
    "ParsedCard",
    "Rejection",
    "read_vcards",
    "write_vcard",
    "write_vcards",
]
