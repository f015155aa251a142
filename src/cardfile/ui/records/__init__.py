"""The record framework: a kind of record described once (`RecordKind`) gets its list page, card, tabs and form."""
