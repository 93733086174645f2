"""`relayquiz schema`: the JSON Schema of the pack format, for editors."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from game.commands.common import add_command
from game.i18n import _

if TYPE_CHECKING:
    from game.commands.common import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "schema", _("Print the JSON Schema of pack format v1 (or where it is installed)."),
        _("Point your editor's YAML language server at it to check packs as you type; see the README section "
          "'Checking packs in your editor'."),
        (("relayquiz schema --path", None), ("relayquiz schema > relayquiz-pack-v1.schema.json", None)),
    )
    parser.add_argument("--path", action="store_true", help=_("print the installed file's path instead"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from game.packs.schema import SCHEMA_PATH, schema_text

    print(SCHEMA_PATH if args.path else schema_text(), end="\n" if args.path else "")
    return 0
