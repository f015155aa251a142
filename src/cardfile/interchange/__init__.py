"""vCard, CSV and iCalendar readers and writers: pure conversion to and from domain values."""
