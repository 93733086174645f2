"""`relayquiz validate PATH...`: check pack files and report every problem with its place."""

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
        subparsers, "validate", _("Check pack files and show every problem with its line and column."),
        _("Each PATH is a pack file or a folder searched for .yaml/.yml files. Problems are printed on stderr as "
          "FILE:LINE:COLUMN: MESSAGE. Exit status: 0 when every pack is valid, 1 when any has a problem."),
        (("relayquiz validate questions/", None), ("relayquiz validate my-pack.yaml other-pack.yaml", None)),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_("pack file or folder"))
    parser.add_argument("-q", "--quiet", action="store_true", help=_("print problems only, no summary"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from game.packs.finding import find_pack_files
    from game.packs.load import try_load_pack
    from game.packs.problems import Problem

    valid = broken = 0
    seen_ids: dict[str, Path] = {}
    for raw in args.paths:
        root = Path(raw)
        if not root.exists():
            print_problems([Problem(raw, _("no such file or folder"))])
            broken += 1
            continue
        found = find_pack_files(root)
        print_problems(found.problems)
        broken += len(found.problems)
        files = found.files
        if root.is_dir() and not files:
            print(_("{folder}: no .yaml or .yml files here").format(folder=raw), file=sys.stderr)
        for file in files:
            result = try_load_pack(file)
            if result.pack is None:
                print_problems(result.problems)
                broken += 1
                continue
            pack = result.pack
            if pack.id in seen_ids:
                print_problems([Problem(str(file), _("pack id '{id}' is also used by {file}").format(
                    id=pack.id, file=seen_ids[pack.id]), warning=True)])
            seen_ids.setdefault(pack.id, file)
            valid += 1
    if not args.quiet:
        total = valid + broken
        if broken:
            print(ngettext("{broken} of {total} pack with problems; {valid} valid",
                           "{broken} of {total} packs with problems; {valid} valid", total).format(
                broken=broken, total=total, valid=valid), file=sys.stderr)
        else:
            print(ngettext("{count} pack valid", "{count} packs valid", total).format(count=total))
    return 1 if broken or valid == 0 else 0
