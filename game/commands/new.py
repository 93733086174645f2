"""`relayquiz new PACK.yaml`: start a pack from a commented template of every field."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.common import add_command, target_problem, write_failure
from game.i18n import _

if TYPE_CHECKING:
    from game.commands.common import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "new", _("Start a pack from a template that shows every question type and field."),
        _("Writes a commented pack with one question of each type (choice, truefalse, number, text) and every "
          "optional field explained. It validates as written: play it, then make it yours. An existing file is "
          "never replaced. The comments are in the language of the run (--lang); the keys stay as they are."),
        (("relayquiz new packs/my-first-pack.yaml", None), ('relayquiz new ww2.yaml --title "World War II"', None),
         ("relayquiz new --lang fr packs/histoire.yaml", None)),
    )
    parser.add_argument("path", metavar="PACK.yaml", help=_("the pack file to create"))
    parser.add_argument("--title", help=_("the pack's title (default: from the file name)"))
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
        print(_("{file}: already exists; choose another name (new never replaces a file)").format(file=path),
              file=sys.stderr)
        return 1
    pack_id = slugify(path.stem, max_words=12, max_chars=80) or "my-pack"
    title = args.title or " ".join(path.stem.replace("-", " ").replace("_", " ").split()).capitalize() or _("My pack")
    try:
        write_text_atomically(path, pack_template(pack_id, title, path.name))
    except OSError as exc:
        print(write_failure(args.path, exc), file=sys.stderr)
        return 1
    print(_("wrote {file}: edit it, then check it with `relayquiz lint {file}`").format(file=path))
    return 0
