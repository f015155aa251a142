"""File ▸ Import: the import wizard and its CSV column-mapping page."""
