"""How `cardfile … --help` is laid out; kept apart so the argument parser can start without the commands' imports."""

from __future__ import annotations

import argparse
import shutil
import textwrap


class HelpFormatter(argparse.HelpFormatter):
    """Wraps each line of a description on its own, so a deliberate line break stays; indented lines (examples)
    are printed as written. Option help starts a little further right than argparse's default."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=34, width=min(100, shutil.get_terminal_size().columns - 2))

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines: list[str] = []
        for line in text.splitlines():
            if not line.strip() or line.startswith(" "):
                lines.append(indent + line if line.strip() else "")
            else:
                lines.extend(textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=indent))
        return "\n".join(lines)
