"""`relayquiz lint PATH...`: validation plus advice on packs that could play better."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.common import add_command, print_problems
from game.i18n import _, ngettext

if TYPE_CHECKING:
    from game.commands.common import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "lint", _("Check packs and give authoring advice, each with its line and column."),
        _("Reports every validation problem (as `validate` does), then advice for valid packs: prompts and "
          "options too long to show well at the default text size, wrong options that look like the answer, "
          "prompts that appear twice across the packs checked, true/false answers that lean one way, questions "
          "without an explanation. Printed as FILE:LINE:COLUMN: advice: MESSAGE. Exit status: 1 when a pack has "
          "problems (or, with --strict, when there is any advice), else 0."),
        (("relayquiz lint questions/", None), ("relayquiz lint my-pack.yaml --strict", None)),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_("pack file or folder"))
    parser.add_argument("--strict", action="store_true", help=_("exit 1 when there is any advice"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from game.packs.finding import find_pack_files
    from game.packs.lint import Linter, lint_text
    from game.packs.problems import PackError, Problem
    from game.textfile import decode, read_bytes

    linter = Linter()
    problems = advice = files = 0
    for raw in args.paths:
        root = Path(raw)
        if not root.exists():
            print_problems([Problem(raw, _("no such file or folder"))])
            problems += 1
            continue
        found = find_pack_files(root)
        print_problems(found.problems)
        problems += len(found.problems)
        for file in found.files:
            files += 1
            try:
                text = decode(read_bytes(file, str(file)), str(file))
            except PackError as error:
                print_problems(error.problems)
                problems += len(error.problems)
                continue
            found, advised = lint_text(text, str(file), linter, file.parent)
            print_problems(found)
            for item in advised:
                print(item, file=sys.stderr)
            problems += len(found)
            advice += len(advised)
    # Translators: lint's summary, such as "3 packs checked: 1 problem, 4 pieces of advice"
    print(_("{packs} checked: {problems}, {advice}").format(
        packs=ngettext("{count} pack", "{count} packs", files).format(count=files),
        problems=ngettext("{count} problem", "{count} problems", problems).format(count=problems),
        advice=ngettext("{count} piece of advice", "{count} pieces of advice", advice).format(count=advice)))
    if problems or files == 0:
        return 1
    return 1 if args.strict and advice else 0
