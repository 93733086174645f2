"""`relayquiz history`: the sessions played on this machine, newest first."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from game.commands.common import add_command, format_table
from game.commands.records import open_store, positive
from game.i18n import N_, _

if TYPE_CHECKING:
    from game.commands.common import Subparsers
    from game.store import SessionSummary


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "history", _("List past sessions, newest first."),
        _("Each session with its date, mode, packs, players, questions played and whether it finished. A "
          "session the game was closed in the middle of is listed as unfinished, with what was played. "
          "`relayquiz report --session N` shows one in full."),
        (("relayquiz history", None), ("relayquiz history --limit 5", None), ("relayquiz history --json", None)),
    )
    parser.add_argument("--limit", metavar="N", type=positive, help=_("only the N most recent sessions"))
    parser.add_argument("--json", action="store_true", help=_("print the sessions as JSON for scripts"))
    parser.set_defaults(run=run)


# The history table's column headings.
HEADINGS = (N_("session"), N_("started"), N_("mode"), N_("packs"), N_("players"), N_("questions"), N_("status"),
            N_("leader"))


def _winner(summary: SessionSummary) -> str:
    leaders = summary.leaders
    if not leaders:
        return "-"
    from game.i18n.formats import format_number

    names = " & ".join(p.name for p in leaders)
    return f"{names} ({format_number(leaders[0].score)})"


def run(args: argparse.Namespace) -> int:
    from game.store.modes import mode_words
    from game.store.report_model import shown_time

    store = open_store()
    if store is None:
        return 1
    with store:
        sessions = store.sessions(limit=args.limit)
    if args.json:
        print(json.dumps([{
            "session": s.id, "started": s.started_at, "finished": s.finished_at, "status": s.status, "mode": s.mode,
            "kind": s.kind, "review_of": s.review_of, "packs": s.pack_key.split("+"), "pack_titles": s.pack_titles,
            "questions": s.question_count, "played": s.questions_played,
            "players": [{"name": p.name, "points": p.score} for p in s.players],
        } for s in sessions], indent=2, ensure_ascii=False))
        return 0
    if not sessions:
        print(_("No sessions yet: play one and it is listed here."))
        return 0
    rows = []
    for s in sessions:
        mode = mode_words(s.mode)
        if s.kind == "review":
            # Translators: a mode of play in the history's table, for a round that goes over missed questions
            mode = _("{mode} review").format(mode=mode)
        rows.append((s.id, shown_time(s.started_at), mode, s.pack_titles, len(s.players),
                     f"{s.questions_played}/{s.question_count}", s.status_words, _winner(s)))
    print(format_table([_(heading) for heading in HEADINGS], rows, right=(0, 4)))
    return 0
