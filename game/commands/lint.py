"""`relayquiz lint PATH...`: validation plus advice on packs that could play better."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.common import add_command, print_problems

if TYPE_CHECKING:
    from game.commands.common import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "lint", "Check packs and give authoring advice, each with its line and column.",
        "Reports every validation problem (as `validate` does), then advice for valid packs:\n"
        "prompts and options too long to show well at the default text size, wrong options that\n"
        "look like the answer, prompts that appear twice across the packs checked, true/false\n"
        "answers that lean one way, questions without an explanation. Printed as\n"
        "FILE:LINE:COLUMN: advice: MESSAGE. Exit status: 1 when a pack has problems (or, with\n"
        "--strict, when there is any advice), else 0.",
        "  relayquiz lint questions/\n  relayquiz lint my-pack.yaml --strict",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="pack file or folder")
    parser.add_argument("--strict", action="store_true", help="exit 1 when there is any advice")
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
            print_problems([Problem(raw, "no such file or folder")])
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
    noun = "pack" if files == 1 else "packs"
    print(f"{files} {noun} checked: {problems} problem{'s' if problems != 1 else ''}, "
          f"{advice} piece{'s' if advice != 1 else ''} of advice")
    if problems or files == 0:
        return 1
    return 1 if args.strict and advice else 0
