"""Small helpers shared by the subcommands: tables, problem output, help formatting, and the
one way every command words a file it cannot write.

Importing a command module costs only its command line (`relayquiz --help` imports them all):
each imports what its command does inside `run`, when it runs."""

from __future__ import annotations

import argparse
import errno
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence, TextIO

if TYPE_CHECKING:
    from game.packs.problems import Problem

    # What `ArgumentParser.add_subparsers()` returns; each command module's `register` takes it.
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

# A command's handler: the parsed command line in, the exit status out.
Handler = Callable[[argparse.Namespace], int]


def add_command(subparsers: Subparsers, name: str, summary: str, description: str,
                examples: str = "") -> argparse.ArgumentParser:
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


def print_problems(problems: Iterable[Problem], stream: TextIO | None = None) -> None:
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


_WRITE_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file would be larger than this disk or the system allows",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied (the file or its folder is read-only)",
    errno.EPERM: "permission denied (the file or its folder is read-only)",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "the disk reported an error",
}


def target_problem(raw: str) -> str | None:
    """What makes `raw` impossible to write to before anything is done, in words; None when
    nothing does. Names the file as the user gave it."""
    if not raw.strip():
        return f"{raw!r}: an empty name; give the name of the file to write"
    path = Path(raw)
    if path.is_dir():
        return f"{raw}: this is a folder; give the name of a file to write in it, like {path / 'my-file'}"
    blocker = _file_in_the_way(path)
    if blocker is not None:
        return f"{raw}: cannot write it: {blocker} is a file, not a folder"
    return None


def write_failure(raw: str | Path, error: OSError) -> str:
    """Why the file the user named as `raw` could not be written (never a temporary file's name)."""
    raw = str(raw)
    before = target_problem(raw)
    if before is not None:
        return before
    if isinstance(error, IsADirectoryError):
        return f"{raw}: this is a folder; give the name of a file to write in it"
    reason = _WRITE_REASONS.get(error.errno) or error.strerror or str(error)
    return f"{raw}: cannot write it: {reason}"


def _file_in_the_way(path: Path) -> Path | None:
    """The first of `path`'s parents that exists but is not a folder, if any."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return parent
    return None
