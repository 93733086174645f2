"""Small helpers shared by the subcommands: tables, problem output, help formatting."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:
    from game.packs.problems import Problem


def add_command(subparsers, name: str, summary: str, description: str, examples: str = ""):
    """A subparser whose --help shows a sentence, details and examples."""
    epilog = f"examples:\n{examples}" if examples else None
    return subparsers.add_parser(
        name, help=summary, description=f"{summary}\n\n{description}".rstrip(), epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


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
