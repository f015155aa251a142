"""Local storage: engine, pragmas, migrations, the one write path with its change log, and search."""
