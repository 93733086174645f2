"""Small helpers shared by the subcommands: tables, problem output, help formatting."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Callable, Iterable, Sequence

from game.packs.problems import Problem


def add_command(subparsers, name: str, summary: str, description: str, examples: str = ""):
    """A subparser whose --help shows a sentence, details and examples."""
    epilog = f"examples:\n{examples}" if examples else None
    return subparsers.add_parser(
        name, help=summary, description=f"{summary}\n\n{description}".rstrip(), epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


# The largest whole number a flag takes: what the scores database can hold (a signed 64-bit
# integer). Beyond it a number is refused on the command line rather than deep inside.
LARGEST_WHOLE = 2 ** 63 - 1
_WHOLE = re.compile(r"[+-]?[0-9]+")


def shown_argument(text: str, limit: int = 24) -> str:
    """A command-line value quoted for a message, shortened when it is very long."""
    return repr(text) if len(text) <= limit else f"{text[:limit - 3]!r}... ({len(text):,} characters)"


def whole_number(low: int = 1, high: int = LARGEST_WHOLE) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`; anything else exits 2 with a message."""
    def parse(text: str) -> int:
        digits = text.strip()
        if not _WHOLE.fullmatch(digits):
            raise argparse.ArgumentTypeError(f"a whole number is needed, not {shown_argument(text)}")
        if len(digits.lstrip("+-")) > len(str(LARGEST_WHOLE)):  # never converted: it could be 5,000 digits
            bound = f"{low:,} or more" if digits.startswith("-") else f"at most {high:,}"
            raise argparse.ArgumentTypeError(f"must be {bound}, not {shown_argument(text)}")
        value = int(digits)
        if value < low:
            raise argparse.ArgumentTypeError(f"must be {low:,} or more, not {value:,}")
        if value > high:
            raise argparse.ArgumentTypeError(f"must be at most {high:,}, not {value:,}")
        return value
    return parse


positive = whole_number(1)
seed_number = whole_number(-LARGEST_WHOLE - 1)


def print_problems(problems: Iterable[Problem], stream=None) -> None:
    stream = stream or sys.stderr
    for problem in problems:
        print(problem, file=stream)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = ()) -> str:
    """A plain-text table with columns sized to their widest cell."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for index, row in enumerate(cells):
        parts = [cell.rjust(widths[i]) if i in right else cell.ljust(widths[i]) for i, cell in enumerate(row)]
        lines.append("  ".join(parts).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
