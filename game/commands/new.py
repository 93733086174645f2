"""`relayquiz new PACK.yaml`: start a pack from a commented template of every field."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.common import add_command, target_problem, write_failure

if TYPE_CHECKING:
    from game.commands.common import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "new", "Start a pack from a template that shows every question type and field.",
        "Writes a commented pack with one question of each type (choice, truefalse, number,\n"
        "text) and every optional field explained. It validates as written: play it, then make\n"
        "it yours. An existing file is never replaced.",
        "  relayquiz new packs/my-first-pack.yaml\n  relayquiz new ww2.yaml --title \"World War II\"",
    )
    parser.add_argument("path", metavar="PACK.yaml", help="the pack file to create")
    parser.add_argument("--title", help="the pack's title (default: from the file name)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from game.packs.dump import write_text_atomically
    from game.packs.formats.common import slugify
    from game.packs.template import pack_template

    path = Path(args.path)
    problem = target_problem(args.path)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    if path.exists():
        print(f"{path}: already exists; choose another name (new never replaces a file)", file=sys.stderr)
        return 1
    pack_id = slugify(path.stem, max_words=12, max_chars=80) or "my-pack"
    title = args.title or " ".join(path.stem.replace("-", " ").replace("_", " ").split()).capitalize() or "My pack"
    try:
        write_text_atomically(path, pack_template(pack_id, title, path.name))
    except OSError as exc:
        print(write_failure(args.path, exc), file=sys.stderr)
        return 1
    print(f"wrote {path}: edit it, then check it with `relayquiz lint {path}`")
    return 0
