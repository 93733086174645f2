"""The `relayquiz` command line: one subcommand per job, each in game/commands/.

Exit codes scripts can rely on: 0 success, 1 the input had problems (reported on stderr),
2 the command line itself was wrong.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from game import __version__

# Each module in game/commands/ provides `register(subparsers)`, which adds its subcommand
# and sets `run(args) -> int` as the handler. The order here is the order in --help.
COMMANDS = (
    "play",
    "generate",
    "importing",
    "export",
    "new",
    "lint",
    "packs",
    "validate",
    "schema",
    "scores",
    "report",
    "history",
)

DESCRIPTION = """\
Torch Relay Quiz: an offline trivia game that writes quizzes from your own documents.

Run without a command to start the game on the shipped packs and your own."""

EPILOG = """\
examples:
  relayquiz                          start the game
  relayquiz packs                    list every pack the game can play
  relayquiz validate questions/      check pack files and show each problem with its line
  relayquiz import quiz.xlsx -o packs/quiz.yaml
                                     bring questions in from Kahoot, Quizizz, Moodle...

Your packs, scores and settings stay on this machine; set RELAYQUIZ_HOME to keep them all
in one folder (a portable install)."""


def build_parser(only: tuple[str, ...] | None = None) -> argparse.ArgumentParser:
    """The whole command line, or only the subcommands in `only` (each module imports what its
    command needs, so running one command, the game above all, loads only that)."""
    parser = argparse.ArgumentParser(
        prog="relayquiz", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"relayquiz {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in COMMANDS:
        if only is None or name in only:
            importlib.import_module(f"game.commands.{name}").register(subparsers)
    return parser


def named_command(argv: list[str]) -> str | None:
    """The subcommand `argv` runs: the one it names first, `play` for no arguments at all, or
    None when it starts otherwise (--help, --version, a mistake), which needs every command."""
    if not argv:
        return "play"
    return argv[0] if argv[0] in COMMANDS else None


def main(argv: list[str] | None = None) -> int:
    # pygame prints a greeting on import; the game's own output should stand alone.
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    if argv is None:
        argv = sys.argv[1:]
    command = named_command(argv)
    parser = build_parser(None if command is None else (command,))
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["play", *(argv or [])])
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
