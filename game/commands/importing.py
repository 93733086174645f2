"""`relayquiz import FILE -o PACK.yaml`: turn another tool's question file into a pack."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.common import add_command, target_problem, write_failure
from game.i18n import N_, _, ngettext
from game.packs.formatnames import IMPORT_FORMATS

if TYPE_CHECKING:
    from game.commands.common import Subparsers

EXAMPLES = (
    ("relayquiz import quiz.xlsx -o packs/my-quiz.yaml", N_("Kahoot or Quizizz spreadsheet")),
    ("relayquiz import questions.xml -o packs/biology.yaml", N_("Moodle XML question bank")),
    ("relayquiz import bank.gift --format gift -o packs/bank.yaml", None),
    ('relayquiz import trivia.json -o packs/trivia.yaml --title "Friday trivia"', None),
)


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "import", _("Turn another tool's question file into a pack."),
        _("Reads Kahoot and Quizizz/Wayground spreadsheets (.xlsx), Moodle XML, Moodle GIFT, Aiken, CSV and "
          "Open Trivia DB JSON. The format is guessed from the extension and the content unless --format names "
          "it. Questions the game cannot play (essays, matching, several right answers, polls...) are skipped, "
          "each reported as FILE:LINE or FILE:SHEET!ROW with the reason; the rest become the pack. A question's "
          "picture, embedded in the file or beside it (Moodle XML, GIFT [html], CSV), is saved beside the pack "
          "under images/; picture links are reported, never downloaded. A CSV must be in one known layout "
          "(ours, Kahoot's or Quizizz's): a column none of them reads is refused by name. An existing pack at "
          "-o is kept as PACK.yaml~. Exit status: 0 when the pack was written, 1 when the file could not be "
          "read."),
        EXAMPLES,
    )
    parser.add_argument("file", metavar="FILE", help=_("the question file to read"))
    parser.add_argument("--format", choices=IMPORT_FORMATS, help=_("the file's format (guessed when not given)"))
    parser.add_argument("-o", "--output", required=True, metavar="PACK.yaml", help=_("the pack file to write"))
    parser.add_argument("--id", help=_("the pack's id (default: from the output file name)"))
    parser.add_argument("--title", help=_("the pack's title (default: from the file)"))
    parser.set_defaults(run=run)


def _title_from(path: Path) -> str:
    words = re.sub(r"[-_.\s]+", " ", path.stem).strip()
    return words[:1].upper() + words[1:] if words else _("Imported questions")


def run(args: argparse.Namespace) -> int:
    from game.packs.formats import FormatError, import_file
    from game.packs.formats.common import pack_problems, slugify
    from game.packs.formats.files import write_import
    from game.packs.validate import SLUG

    out = Path(args.output)
    if args.id is not None and not SLUG.match(args.id):
        print(_("relayquiz import: --id '{id}' must use only a-z, 0-9 and single hyphens").format(id=args.id),
              file=sys.stderr)
        return 2
    problem = target_problem(args.output)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    pack_id = args.id or slugify(out.stem, max_words=12, max_chars=80) or "imported"
    try:
        result = import_file(args.file, args.format, pack_id, args.title)
    except FormatError as error:
        print(error, file=sys.stderr)
        return 1
    if not args.title and not result.suggested_title:
        result.pack.title = _title_from(Path(args.file))
    for note in result.notes:
        print(note, file=sys.stderr)
    problems = pack_problems(result.pack)
    if problems:
        for message in problems:
            print(_("{file}: the imported pack would not be valid: {problem}").format(file=out, problem=message),
                  file=sys.stderr)
        return 1
    try:
        written = write_import(result, out)
    except OSError as exc:
        print(write_failure(args.output, exc), file=sys.stderr)
        return 1
    print(result.summary())
    pictures = len(written) - 1
    if pictures:
        print(ngettext("wrote {file} and {count} picture under {folder}",
                       "wrote {file} and {count} pictures under {folder}", pictures).format(
            file=out, count=pictures, folder=out.parent / "images"))
    else:
        print(_("wrote {file}").format(file=out))
    return 0
