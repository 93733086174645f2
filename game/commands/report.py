"""`relayquiz report`: one session's results, per player and per question, as text, CSV or HTML."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.commands.common import add_command, format_table, positive, target_problem, write_failure
from game.commands.records import open_store
from game.i18n import _, pgettext

if TYPE_CHECKING:
    from game.commands.common import Subparsers
    from game.store.report_model import Report


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "report", _("Show the results of one session: every answer, the totals, how the room did."),
        _("Without --csv or --html the report is printed. --csv writes one row per player per question (UTF-8 "
          "with BOM, opens cleanly in a spreadsheet); --html writes one self-contained page you can open in a "
          "browser and print. `relayquiz history` lists the session numbers.") + "\n\n" +
        _("The page, the printed report and the CSV's column headings are in the language of the run (--lang); "
          "the CSV's values stay plain numbers, ISO dates and the result codes right, closest, wrong, no answer, "
          "skipped and adjustment, so a spreadsheet or script reads them the same in every language."),
        (("relayquiz report --last", None), ("relayquiz report --session 12 --csv results.csv --html results.html", None),
         ("relayquiz report --last --lang de --html ergebnisse.html", None)),
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--last", action="store_true", help=_("the most recent session"))
    which.add_argument("--session", metavar="N", type=positive, help=_("session number N (see relayquiz history)"))
    parser.add_argument("--csv", metavar="FILE", help=_("write the report as CSV to FILE"))
    parser.add_argument("--html", metavar="FILE", help=_("write the report as a printable web page to FILE"))
    parser.set_defaults(run=run)


def report_text(report: Report) -> str:
    """The report for a terminal: totals, then each question with every player's answer."""
    from game.i18n.formats import format_number
    from game.store.modes import mode_words
    from game.store.report_model import percent_text, result_words, seconds_text, session_line

    s = report.session
    who = pgettext("column", "player") if s.mode == "solo" else _("player/team")
    lines = [
        _("Session {number}: {packs}").format(number=s.id, packs=s.pack_titles),
        session_line(s),
        "",
        format_table(["#", who, _("points"), pgettext("column", "right"), _("answered")],
                     [(p.rank, p.name, format_number(p.total), p.right, p.answered) for p in report.players],
                     right=(0, 2, 3, 4)),
    ]
    for q in report.questions:
        lines += ["", _("Q{number}").format(number=q.number) + f". {q.prompt}",
                  "    " + _("answer: {answer}").format(answer=q.answer)]
        if q.skipped:
            lines.append("    " + _("skipped"))
            continue
        lines.append("    " + _("right: {right} of {total} ({share})").format(
            right=q.right, total=len(q.answers), share=percent_text(q.share_right)))
        table = format_table([pgettext("column", "player"), pgettext("column", "answer"), _("result"), _("time"),
                              _("points")],
                             [(a.player, a.choice if a.choice is not None else "-", result_words(a.result),
                               seconds_text(a.time_taken), format_number(a.points)) for a in q.answers], right=(3, 4))
        lines += ["    " + line for line in table.splitlines()]
    if report.adjustments:
        lines += ["", _("Points given or taken by hand:")]
        for a in report.adjustments:
            points = f"{a.points:+d}"
            if a.question_number:
                lines.append("    " + _("{player}: {points} ({reason}) during Q{number}").format(
                    player=a.player, points=points, reason=a.reason, number=a.question_number))
            else:
                lines.append("    " + _("{player}: {points} ({reason})").format(
                    player=a.player, points=points, reason=a.reason))
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
                print(_wrote(done_kind, report.session.id, path))
            print(f"relayquiz report: {write_failure(raw, exc)}", file=sys.stderr)
            return 1
    if not written:
        print(report_text(report))
    for kind, path in written:
        print(_wrote(kind, report.session.id, path))
    return 0


def _wrote(kind: str, session: int, path: Path) -> str:
    # Translators: {kind} is CSV or HTML
    return _("wrote the {kind} report of session {session} to {file}").format(kind=kind, session=session, file=path)
