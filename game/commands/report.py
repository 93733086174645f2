"""`relayquiz report`: one session's results, per player and per question, as text, CSV or HTML."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.common import add_command, format_table, positive, target_problem, write_failure
from game.commands.records import open_store

if TYPE_CHECKING:
    from game.commands.common import Subparsers
    from game.store.report_model import Report


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "report", "Show the results of one session: every answer, the totals, how the room did.",
        "Without --csv or --html the report is printed. --csv writes one row per player per question\n"
        "(UTF-8 with BOM, opens cleanly in a spreadsheet); --html writes one self-contained page you\n"
        "can open in a browser and print. `relayquiz history` lists the session numbers.",
        "  relayquiz report --last\n  relayquiz report --session 12 --csv results.csv --html results.html",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--last", action="store_true", help="the most recent session")
    which.add_argument("--session", metavar="N", type=positive, help="session number N (see relayquiz history)")
    parser.add_argument("--csv", metavar="FILE", help="write the report as CSV to FILE")
    parser.add_argument("--html", metavar="FILE", help="write the report as a printable web page to FILE")
    parser.set_defaults(run=run)


def report_text(report: Report) -> str:
    """The report for a terminal: totals, then each question with every player's answer."""
    from game.store.modes import MODE_WORDS
    from game.store.report_model import local_time, percent_text, seconds_text

    s = report.session
    lines = [
        f"Session {s.id}: {s.pack_titles}",
        " · ".join(part for part in (
            MODE_WORDS.get(s.mode, s.mode), "review round" if s.kind == "review" else "", local_time(s.started_at),
            f"{s.questions_played} of {s.question_count} questions", s.status_words) if part),
        "",
        format_table(["#", "player" if s.mode == "solo" else "player/team", "points", "right", "answered"],
                     [(p.rank, p.name, f"{p.total:,}", p.right, p.answered) for p in report.players],
                     right=(0, 2, 3, 4)),
    ]
    for q in report.questions:
        lines += ["", f"Q{q.number}. {q.prompt}", f"    answer: {q.answer}"]
        if q.skipped:
            lines.append("    skipped")
            continue
        lines.append(f"    right: {q.right} of {len(q.answers)} ({percent_text(q.share_right)})")
        table = format_table(["player", "answer", "result", "time", "points"],
                             [(a.player, a.choice if a.choice is not None else "-", a.result,
                               seconds_text(a.time_taken), f"{a.points:,}") for a in q.answers], right=(3, 4))
        lines += ["    " + line for line in table.splitlines()]
    if report.adjustments:
        lines += ["", "Points given or taken by hand:"]
        for a in report.adjustments:
            during = f" during Q{a.question_number}" if a.question_number else ""
            lines.append(f"    {a.player}: {a.points:+d} ({a.reason}){during}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from game.store import StoreError
    from game.store.reports import build_report, write_csv, write_html

    for flag, raw in (("--csv", args.csv), ("--html", args.html)):
        problem = target_problem(raw) if raw is not None else None
        if problem:
            print(f"relayquiz report: {flag} {problem}", file=sys.stderr)
            return 1
    store = open_store()
    if store is None:
        return 1
    with store:
        try:
            report = build_report(None if args.last else args.session, store)
        except StoreError as exc:
            print(f"relayquiz report: {exc}", file=sys.stderr)
            return 1
    written = []
    for kind, raw, write in (("CSV", args.csv, write_csv), ("HTML", args.html, write_html)):
        if raw is None:
            continue
        try:
            written.append((kind, write(report, Path(raw))))
        except OSError as exc:
            for done_kind, path in written:
                print(f"wrote the {done_kind} report of session {report.session.id} to {path}")
            print(f"relayquiz report: {write_failure(raw, exc)}", file=sys.stderr)
            return 1
    if not written:
        print(report_text(report))
    for kind, path in written:
        print(f"wrote the {kind} report of session {report.session.id} to {path}")
    return 0
