"""The lazy argument parser: `cardfile --version` and `--help` import no command module, and the parser built for
one command gives every command the same help as the whole tree."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from cardfile.cli.helpformat import HelpFormatter
from cardfile.cli.main import main
from cardfile.cli.parser import COMMANDS, MODULES, build_parser, command_word


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(_leaves(sub))
    return found


def _find(parser: argparse.ArgumentParser, words: list[str]) -> argparse.ArgumentParser:
    for word in words:
        parser = _subcommands(parser).choices[word]
    return parser


def test_the_command_table_is_what_the_modules_declare() -> None:
    """The summaries `cardfile --help` shows without importing the modules are the ones the modules declare, in
    the same order, and each command is declared by the module the table names."""
    whole = _subcommands(build_parser())
    declared = [(a.dest, a.help) for a in whole._choices_actions]
    listed = [(name, summary) for name, _, summary in COMMANDS]
    assert declared == listed, "a command's summary changed: copy it into cardfile.cli.parser.COMMANDS"
    for module in MODULES:
        alone = argparse.ArgumentParser(formatter_class=HelpFormatter).add_subparsers()
        importlib.import_module(f"cardfile.cli.{module}").register(alone)
        assert list(alone.choices) == [name for name, owner, _ in COMMANDS if owner == module], module


def test_every_help_of_the_lazy_parser_is_the_whole_trees() -> None:
    """Each command's parser, built for that command alone, prints the help the whole tree prints (and so does
    `cardfile --help`, built with no module at all)."""
    whole = build_parser()
    assert build_parser(["--help"]).format_help() == whole.format_help()
    leaves = _leaves(whole)[1:]
    assert len(leaves) > 70
    for leaf in leaves:
        words = leaf.prog.split()[1:]
        lazy = _find(build_parser(words), words)
        assert lazy.format_help() == leaf.format_help(), leaf.prog
        assert callable(lazy.get_default("handler")) == callable(leaf.get_default("handler")), leaf.prog


@pytest.mark.parametrize("name", [name for name, _, _ in COMMANDS])
def test_every_commands_help_works(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`cardfile COMMAND --help` exits 0 and prints that command's full help, subcommands and options included."""
    assert main([name, "--help"]) == 0
    printed = capsys.readouterr().out
    assert printed == _find(build_parser(), [name]).format_help()
    assert printed.startswith(f"usage: cardfile {name}")


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        ([], None),
        (["--version"], None),
        (["--db", "search", "contact", "list"], "contact"),  # a database file named like a command
        (["--d", "x.db", "search", "anna"], "search"),
        (["--db=x.db", "--json", "contact", "list"], "contact"),
        (["--", "search", "x"], "search"),
    ],
)
def test_command_word(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word


def test_a_word_that_is_no_command_is_a_usage_error_naming_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contcat", "list"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'contcat'" in err and "'contact'" in err and "'server'" in err


HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "PySide6",
    "cardfile.services",
    "cardfile.store",
    "cardfile.cli.common",
    *(f"cardfile.cli.{name}" for name in MODULES),
)


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["--db", "x.db", "--help"]])
def test_version_and_help_import_no_command_module(argv: list[str]) -> None:
    """Issue #14: `cardfile --version` took 0.6-0.85 s because building the parser imported every command module
    and with them SQLAlchemy, SQLModel and pydantic (budget 0.15 s)."""
    probe = (
        "import sys\n"
        "from cardfile.cli.main import main\n"
        f"status = main({argv!r})\n"
        f"heavy = sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in {HEAVY!r}))\n"
        "print('HEAVY', heavy, status, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert "HEAVY [] 0" in done.stderr, done.stderr
