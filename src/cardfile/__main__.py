"""`cardfile` and `python -m cardfile`: no command opens the desktop app, a command runs headless (cardfile.cli)."""

from __future__ import annotations

import sys

from cardfile.cli.main import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
