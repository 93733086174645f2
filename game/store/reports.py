"""The results report of one session: built from the records, written as text, CSV or HTML.

    report = build_report(session_id)      # or build_report() for the last session
    write_csv(report, path)                # UTF-8 with BOM, one row per player per question
    write_html(report, path)               # one self-contained printable page
    export_report(session_id)              # both, into the user's documents folder; returns the paths

The classroom screen calls these to export a report; `relayquiz report` prints it as text.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from game.i18n import N_, _
from game.store.atomic import write_atomic
from game.store.db import StoreError
from game.store.queries import AdjustmentRow
from game.store.report_model import (
    Report,
    ReportAdjustment,
    ReportAnswer,
    ReportQuestion,
    local_time,
    rank_players,
)
from game.store.store import Store

def build_report(session_id: int | None = None, store: Store | None = None) -> Report:
    """The report of session `session_id` (the last one when None); StoreError if there is none."""
    if store is None:
        with Store() as own:
            return build_report(session_id, own)
    if session_id is None:
        session_id = store.last_session_id()
        if session_id is None:
            raise StoreError(_("no session has been played yet"))
    summary = store.session(session_id)
    if summary is None:
        raise StoreError(_("there is no session {number}; `relayquiz history` lists them").format(number=session_id))
    names = {p.position: p.name for p in summary.players}
    questions = tuple(
        ReportQuestion(q.number, q.pack_id, q.question_id, q.type, q.prompt, q.answer, q.skipped, tuple(
            ReportAnswer(names[a.position], a.choice, a.correct, a.close, a.time_taken, a.points, a.streak_bonus)
            for a in q.answers))
        for q in store.questions(session_id)
    )
    raw_adjustments: list[AdjustmentRow] = store.adjustments(session_id)
    adjustments = tuple(ReportAdjustment(names[a.position], a.points, a.reason, a.question_number)
                        for a in raw_adjustments)
    return Report(summary, rank_players(summary, questions, adjustments), questions, adjustments)


# The columns of the CSV report, with their English headings (the same words scripts have always
# read). In another language the headings are translated, for a teacher reading them in a
# spreadsheet; the values below them stay the same in every language: plain numbers, ISO dates,
# and the result codes right, closest, wrong, no answer, skipped and adjustment.
# Translators: the CSV report's column headings, one a column; translate them as a spreadsheet's short headings
# ("time_s" is the seconds taken to answer, "correct" is 1 or 0)
CSV_COLUMNS = [N_("session"), N_("started"), N_("mode"), N_("question"), N_("pack"), N_("question_id"), N_("type"),
               N_("prompt"), N_("correct_answer"), N_("player"), N_("answer"), N_("result"), N_("correct"),
               N_("time_s"), N_("points"), N_("streak_bonus")]


def csv_headings() -> list[str]:
    """The CSV report's column headings in the current language."""
    return [_(heading) for heading in CSV_COLUMNS]


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Text a spreadsheet would run as a formula is prefixed with an apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_rows(report: Report) -> list[list[object]]:
    """One row per player per question, then one per adjustment (so points add up to the totals)."""
    s = report.session
    common = [s.id, local_time(s.started_at), s.mode]
    rows: list[list[object]] = []
    for q in report.questions:
        head = [*common, q.number, q.pack_id, q.question_id, q.type, q.prompt, q.answer]
        if q.skipped:
            for p in sorted(report.players, key=lambda p: p.position):
                rows.append([*head, p.name, "", "skipped", 0, "", 0, 0])
            continue
        for a in q.answers:
            rows.append([*head, a.player, a.choice or "", a.result, int(a.correct),
                         "" if a.time_taken is None else round(a.time_taken, 2), a.points, a.streak_bonus])
    for adj in report.adjustments:
        given = _("points given by hand ({reason})").format(reason=adj.reason)
        rows.append([*common, adj.question_number or "", "", "", "adjustment", given,
                     "", adj.player, adj.reason, "adjustment", "", "", adj.points, 0])
    return [[spreadsheet_safe(cell) for cell in row] for row in rows]


def write_csv(report: Report, path: Path) -> Path:
    """The report as CSV for a spreadsheet: UTF-8 with a BOM so accents survive a double-click."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_headings())
    writer.writerows(csv_rows(report))
    write_atomic(Path(path), buffer.getvalue().encode("utf-8-sig"), backup=True)
    return Path(path)


def write_html(report: Report, path: Path) -> Path:
    """The report as one printable web page with everything inline."""
    from game.store.report_html import render_html

    write_atomic(Path(path), render_html(report).encode("utf-8"), backup=True)
    return Path(path)


def export_report(session_id: int | None = None, folder: Path | None = None,
                  store: Store | None = None) -> tuple[Path, Path]:
    """Write the CSV and HTML reports side by side (default: the user's documents folder)."""
    return write_report_files(build_report(session_id, store), folder)


def write_report_files(report: Report, folder: Path | None = None) -> tuple[Path, Path]:
    """`report` as CSV and HTML side by side in `folder` (default: the user's documents folder)."""
    from game import paths

    folder = Path(folder) if folder is not None else paths.user_documents_dir()
    when = local_time(report.session.started_at) or "undated"
    if report.session.id:
        stem = f"relayquiz-session-{report.session.id}-{when[:10]}"
    else:  # a session the scores database never took
        stem = f"relayquiz-unsaved-session-{when.replace(' ', '-').replace(':', '')}"
    return write_csv(report, folder / f"{stem}.csv"), write_html(report, folder / f"{stem}.html")
