"""Small helpers shared by the subcommands: tables, problem output, help formatting, and the
one way every command words a file it cannot write.

Importing a command module costs only its command line (`relayquiz --help` imports them all):
each imports what its command does inside `run`, when it runs."""

from __future__ import annotations

import argparse
import errno
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence, TextIO

from game import i18n
from game.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from game.packs.problems import Problem

    # What `ArgumentParser.add_subparsers()` returns; each command module's `register` takes it.
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

# A command's handler: the parsed command line in, the exit status out.
Handler = Callable[[argparse.Namespace], int]


# A command's examples: each command line, with what it does (None when the line says it all).
Examples = Sequence[tuple[str, "str | None"]]
# The width help paragraphs are wrapped to (argparse's own lines keep theirs).
HELP_WIDTH = 92
LANG_FLAG = "--lang"


def wrapped(text: str, width: int = HELP_WIDTH, indent: str = "") -> str:
    """`text` (paragraphs separated by blank lines) wrapped to `width` columns."""
    import textwrap

    return "\n\n".join(textwrap.fill(paragraph, width, initial_indent=indent, subsequent_indent=indent,
                                       break_on_hyphens=False, break_long_words=False)
                        for paragraph in text.split("\n\n"))


def examples_text(examples: Examples, width: int = 0) -> str:
    """The examples of a --help: a heading, then each command line with what it does."""
    lines = [_("examples:")]
    described = [len(line) for line, words in examples if words is not None]
    column = width or (max(described) + 4 if described else 0)
    for line, words in examples:
        if words is None:
            lines.append(f"  {line}")
        elif len(line) + 4 <= column:
            lines.append(f"  {line}".ljust(column) + " " + _(words))
        else:
            lines += [f"  {line}", " " * (column + 1) + _(words)]
    return "\n".join(lines)


def add_command(subparsers: Subparsers, name: str, summary: str, description: str,
                examples: Examples = ()) -> argparse.ArgumentParser:
    """A subparser whose --help shows a sentence, details and examples (all already in the
    language of the run; the examples' words are translated here), and that takes --lang."""
    parser = subparsers.add_parser(
        name, help=summary, description=f"{wrapped(summary)}\n\n{wrapped(description)}".rstrip(),
        epilog=examples_text(examples) if examples else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_language_option(parser, after_command=True)
    return parser


def language_list() -> str:
    """The languages --lang takes, for messages: `en (English), de (Deutsch), ...`."""
    shown = [f"{code} ({name})" for code, name in i18n.LANGUAGES.items()]
    # Translators: the last item of the list of languages --lang takes
    shown.append(_("pseudo (for testing)"))
    return ", ".join(shown)


def language_name(text: str) -> str:
    """An argparse type: a language the game speaks, by its code; anything else exits 2 with the list."""
    found = i18n.supported(text)
    if found is None:
        raise argparse.ArgumentTypeError(_("unknown language {value}; choose from {languages}").format(
            value=shown_argument(text), languages=language_list()))
    return found


def add_language_option(parser: argparse.ArgumentParser, after_command: bool = False) -> None:
    """--lang, taken before the command and after it (where a missing one keeps the first)."""
    parser.add_argument(LANG_FLAG, dest="lang", metavar="LANG", type=language_name,
                        default=argparse.SUPPRESS if after_command else None,
                        help=_("the language of this run's messages: en, de, fr, es, ru (default: "
                               "RELAYQUIZ_LANG, else the language setting, else the system's)"))


# argparse's own words ("usage:", "error:", ...), in the catalog so they are translated too:
# argparse looks them up through its module's `_` and `ngettext`, which `argparse_words`
# points at the game's catalogs while the command line is built and read.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"), N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"), N_("not allowed with argument %s"), N_("ignored explicit argument %r"),
    N_("expected one argument"), N_("expected at most one argument"), N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"), N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _argparse_plurals(count: int) -> str:
    """argparse's words that depend on a count (never called: here for the catalog)."""
    return ngettext("expected %s argument", "expected %s arguments", count)


@contextmanager
def argparse_words() -> Iterator[None]:
    """argparse speaks the language of the run while inside (its words are bound at import to
    the standard gettext, which knows nothing of the game's catalogs)."""
    saved = argparse._, argparse.ngettext                    # type: ignore[attr-defined]
    argparse._, argparse.ngettext = i18n.gettext, i18n.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved               # type: ignore[attr-defined]


# The largest whole number a flag takes: what the scores database can hold (a signed 64-bit
# integer). Beyond it a number is refused on the command line rather than deep inside.
LARGEST_WHOLE = 2 ** 63 - 1
_WHOLE = re.compile(r"[+-]?[0-9]+")


def shown_argument(text: str, limit: int = 24) -> str:
    """A command-line value quoted for a message, shortened when it is very long."""
    from game.i18n.formats import format_number

    if len(text) <= limit:
        return repr(text)
    return ngettext("{start}... ({count} character)", "{start}... ({count} characters)", len(text)).format(
        start=repr(text[:limit - 3]), count=format_number(len(text)))


def whole_number(low: int = 1, high: int = LARGEST_WHOLE) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`; anything else exits 2 with a message."""
    def parse(text: str) -> int:
        from game.i18n.formats import format_number

        digits = text.strip()
        if not _WHOLE.fullmatch(digits):
            raise argparse.ArgumentTypeError(_("a whole number is needed, not {value}").format(
                value=shown_argument(text)))
        if len(digits.lstrip("+-")) > len(str(LARGEST_WHOLE)):  # never converted: it could be 5,000 digits
            if digits.startswith("-"):
                raise argparse.ArgumentTypeError(_("must be {low} or more, not {value}").format(
                    low=format_number(low), value=shown_argument(text)))
            raise argparse.ArgumentTypeError(_("must be at most {high}, not {value}").format(
                high=format_number(high), value=shown_argument(text)))
        value = int(digits)
        if value < low:
            raise argparse.ArgumentTypeError(_("must be {low} or more, not {value}").format(
                low=format_number(low), value=format_number(value)))
        if value > high:
            raise argparse.ArgumentTypeError(_("must be at most {high}, not {value}").format(
                high=format_number(high), value=format_number(value)))
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
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("the disk quota is used up"),
    errno.EFBIG: N_("the file would be larger than this disk or the system allows"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EACCES: N_("permission denied (the file or its folder is read-only)"),
    errno.EPERM: N_("permission denied (the file or its folder is read-only)"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.EIO: N_("the disk reported an error"),
}


def target_problem(raw: str) -> str | None:
    """What makes `raw` impossible to write to before anything is done, in words; None when
    nothing does. Names the file as the user gave it."""
    if not raw.strip():
        return _("{name}: an empty name; give the name of the file to write").format(name=repr(raw))
    path = Path(raw)
    if path.is_dir():
        return _("{name}: this is a folder; give the name of a file to write in it, like {example}").format(
            name=raw, example=path / "my-file")
    blocker = _file_in_the_way(path)
    if blocker is not None:
        return _("{name}: cannot write it: {blocker} is a file, not a folder").format(name=raw, blocker=blocker)
    return None


def write_failure(raw: str | Path, error: OSError) -> str:
    """Why the file the user named as `raw` could not be written (never a temporary file's name)."""
    raw = str(raw)
    before = target_problem(raw)
    if before is not None:
        return before
    if isinstance(error, IsADirectoryError):
        return _("{name}: this is a folder; give the name of a file to write in it").format(name=raw)
    known = _WRITE_REASONS.get(error.errno)
    reason = _(known) if known else (error.strerror or str(error))
    return _("{name}: cannot write it: {reason}").format(name=raw, reason=reason)


def _file_in_the_way(path: Path) -> Path | None:
    """The first of `path`'s parents that exists but is not a folder, if any."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return parent
    return None
