"""`relayquiz scores`: the hall of fame, the best totals per pack and mode, as a table."""

from __future__ import annotations

import argparse
import json
from itertools import groupby
from typing import TYPE_CHECKING

from game.commands.common import add_command, format_table
from game.commands.records import open_store, positive
from game.i18n import N_, _
from game.store.modes import MODE_WORDS

if TYPE_CHECKING:
    from game.commands.common import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "scores", _("Show the hall of fame: the best totals for each pack and mode."),
        _("One table per pack (or set of packs played together) and mode, best first. Scores are kept in "
          "scores.sqlite3 in your user data folder (or $RELAYQUIZ_HOME)."),
        (("relayquiz scores", None), ("relayquiz scores --pack olympic-flame-history --limit 3", None),
         ("relayquiz scores --json", None)),
    )
    parser.add_argument("--pack", metavar="ID", help=_("only sessions that played this pack"))
    parser.add_argument("--mode", choices=sorted(MODE_WORDS), help=_("only this mode"))
    parser.add_argument("--limit", metavar="N", type=positive, default=10, help=_("entries per table (default 10)"))
    parser.add_argument("--json", action="store_true", help=_("print the entries as JSON for scripts"))
    parser.set_defaults(run=run)


# The hall of fame's column headings (after "#").
HEADINGS = (N_("name"), N_("points"), N_("date"), N_("session"))


def run(args: argparse.Namespace) -> int:
    from game.i18n.formats import format_number
    from game.store.modes import mode_words
    from game.store.report_model import shown_time

    store = open_store()
    if store is None:
        return 1
    with store:
        entries = store.hall_of_fame(pack=args.pack, mode=args.mode, limit=args.limit)
    if args.json:
        print(json.dumps([{
            "pack": e.pack_key, "pack_titles": e.pack_titles, "mode": e.mode, "rank": e.rank, "name": e.name,
            "points": e.total, "session": e.session_id, "date": e.achieved_at,
        } for e in entries], indent=2, ensure_ascii=False))
        return 0
    if not entries:
        if args.pack:
            print(_("No scores for pack '{pack}' yet: finish a session and the best totals appear here.").format(
                pack=args.pack))
        else:
            print(_("No scores yet: finish a session and the best totals appear here."))
        return 0
    blocks = []
    for (pack_key, mode), group in groupby(entries, key=lambda e: (e.pack_key, e.mode)):
        rows = list(group)
        title = f"{rows[0].pack_titles} ({pack_key}) · {mode_words(mode)}"
        table = format_table(["#", *(_(heading) for heading in HEADINGS)],
                             [(e.rank, e.name, format_number(e.total), shown_time(e.achieved_at), e.session_id)
                              for e in rows], right=(0, 2, 4))
        blocks.append(f"{title}\n{table}")
    print("\n\n".join(blocks))
    return 0
