"""`relayquiz export PACK --format F -o FILE`: write a pack in another tool's format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.common import add_command, print_problems, target_problem, write_failure
from game.i18n import _, ngettext
from game.packs.formatnames import EXPORT_FORMATS

if TYPE_CHECKING:
    from game.commands.common import Subparsers

EXAMPLES = (
    ("relayquiz export packs/my-quiz.yaml --format kahoot -o my-quiz-kahoot.xlsx", None),
    ("relayquiz export packs/my-quiz.yaml --format quizizz -o my-quiz-quizizz.xlsx", None),
    ("relayquiz export packs/my-quiz.yaml --format moodlexml -o my-quiz.xml", None),
    ("relayquiz export packs/my-quiz.yaml --format gift -o my-quiz.gift.txt", None),
)


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "export", _("Write a pack in another tool's format."),
        _("Formats: kahoot and quizizz (.xlsx spreadsheets in the vendors' layouts), moodlexml, gift, aiken and "
          "csv. Every target holds less than a pack: each question that had to be shortened, changed or left "
          "out is named on stderr, with what happened (Kahoot takes 120 characters a question, 75 an answer, "
          "4 answers and only its own time limits; Aiken takes choice questions only). An existing FILE is "
          "kept as FILE~. Exit status: 0 when the file was written, 1 when the pack has problems or the file "
          "cannot be written."),
        EXAMPLES,
    )
    parser.add_argument("pack", metavar="PACK", help=_("the pack file to export"))
    parser.add_argument("--format", required=True, choices=EXPORT_FORMATS, help=_("the format to write"))
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the file to write"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from game.packs.formats import export_pack
    from game.packs.formats.files import write_bytes_atomically
    from game.packs.load import load_pack
    from game.packs.problems import PackError

    out = Path(args.output)
    try:
        pack = load_pack(args.pack)
    except PackError as error:
        print_problems(error.problems)
        return 1
    problem = target_problem(args.output)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    result = export_pack(pack, args.format, out)
    for note in result.notes:
        print(note, file=sys.stderr)
    try:
        write_bytes_atomically(out, result.data)
    except OSError as exc:
        print(write_failure(args.output, exc), file=sys.stderr)
        return 1
    total = len(pack.questions)
    if result.dropped:
        print(ngettext("wrote {file}: {written} of {total} question as {format}; {dropped} left out (see above)",
                       "wrote {file}: {written} of {total} questions as {format}; {dropped} left out (see above)",
                       total).format(file=out, written=result.written, total=total, format=args.format,
                                     dropped=result.dropped))
    else:
        print(ngettext("wrote {file}: {written} of {total} question as {format}",
                       "wrote {file}: {written} of {total} questions as {format}",
                       total).format(file=out, written=result.written, total=total, format=args.format))
    return 0
