"""`relayquiz packs`: list every pack the game can play."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.common import add_command, format_table, print_problems
from game.i18n import _

if TYPE_CHECKING:
    from game.commands.common import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "packs", _("List every pack the game can play: shipped ones and your own."),
        _("Shows id, title, questions of each type and the file each pack was loaded from. Packs with problems "
          "are reported on stderr and left out."),
        (("relayquiz packs", None), ("relayquiz packs --json", None)),
    )
    parser.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    parser.set_defaults(run=run)


def _shown_path(path: Path) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return relative if not relative.startswith("..") else str(path)


def run(args: argparse.Namespace) -> int:
    from game.packs.library import load_library
    from game.packs.model import QUESTION_TYPES

    library = load_library()
    print_problems(library.problems)
    if args.json:
        listing = [
            {"id": e.pack.id, "title": e.pack.title, "questions": e.pack.counts_by_type(),
             "path": str(e.pack.path), "shipped": e.shipped}
            for e in library.entries
        ]
        print(json.dumps(listing, indent=2, ensure_ascii=False))
        return 0
    rows = []
    for entry in library.entries:
        counts = entry.pack.counts_by_type()
        rows.append([entry.pack.id, entry.pack.title, len(entry.pack.questions),
                     *(counts[t] for t in QUESTION_TYPES), _shown_path(entry.pack.path)])
    # The question types head their columns as the format names them (choice, truefalse, ...).
    # Translators: the packs table's column headings; "id" and the question types stay as they are
    headers = ["id", _("title"), _("total"), *QUESTION_TYPES, _("file")]
    print(format_table(headers, rows, right=range(2, 7)))
    if library.drafts:
        print("\n" + _("Drafts (saved with problems; not played until they are fixed in the editor):"))
        for draft in library.drafts:
            print(f"  {draft.title}: {_shown_path(draft.path)}")
    return 0
