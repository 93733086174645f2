"""`relayquiz export PACK --format F -o FILE`: write a pack in another tool's format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.common import add_command, print_problems, target_problem, write_failure
from game.packs.formatnames import EXPORT_FORMATS

if TYPE_CHECKING:
    from game.commands.common import Subparsers

EXAMPLES = """\
  relayquiz export packs/my-quiz.yaml --format kahoot -o my-quiz-kahoot.xlsx
  relayquiz export packs/my-quiz.yaml --format quizizz -o my-quiz-quizizz.xlsx
  relayquiz export packs/my-quiz.yaml --format moodlexml -o my-quiz.xml
  relayquiz export packs/my-quiz.yaml --format gift -o my-quiz.gift.txt"""


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "export", "Write a pack in another tool's format.",
        "Formats: kahoot and quizizz (.xlsx spreadsheets in the vendors' layouts), moodlexml,\n"
        "gift, aiken and csv. Every target holds less than a pack: each question that had to be\n"
        "shortened, changed or left out is named on stderr, with what happened (Kahoot takes\n"
        "120 characters a question, 75 an answer, 4 answers and only its own time limits; Aiken\n"
        "takes choice questions only). An existing FILE is kept as FILE~. Exit status: 0 when\n"
        "the file was written, 1 when the pack has problems or the file cannot be written.",
        EXAMPLES,
    )
    parser.add_argument("pack", metavar="PACK", help="the pack file to export")
    parser.add_argument("--format", required=True, choices=EXPORT_FORMATS, help="the format to write")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
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
    left_out = f"; {result.dropped} left out (see above)" if result.dropped else ""
    print(f"wrote {out}: {result.written} of {total} question{'s' if total != 1 else ''} as {args.format}{left_out}")
    return 0
