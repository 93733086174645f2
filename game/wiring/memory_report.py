"""The results report of a session as it was played, from memory rather than the records.

When the scores database could not take a session (a full disk, a read-only file), the
window still has the whole session in memory; this builds the same report from it, so its
CSV and HTML can be saved somewhere else.

    report = report_from_session(session, session_id=None, started_at=iso(now))
    write_report_files(report, Path("/media/stick"))
"""

from __future__ import annotations

from game.quiz.session import Session, State
from game.store.queries import PlayerTotal, SessionSummary
from game.store.report_model import Report, ReportAdjustment, ReportAnswer, ReportQuestion, rank_players


def report_from_session(session: Session, session_id: int | None = None, started_at: str = "",
                        finished_at: str | None = None) -> Report:
    """The report of `session` as played so far (all of it, once it has finished)."""
    config = session.config
    players = session.players
    name = {p.index: p.name for p in players}
    questions = tuple(
        ReportQuestion(result.question.number, result.question.pack.id, result.question.question.id,
                       result.question.type, result.question.prompt, result.question.answer_text, result.skipped,
                       tuple(ReportAnswer(name[a.player], a.response_text if a.answered else None, a.correct, a.close,
                                          a.elapsed, a.points, a.streak_bonus) for a in result.answers))
        for result in session.results
    )
    adjustments = tuple(ReportAdjustment(name[a.player], a.points, a.reason, a.question_number)
                        for a in session.adjustments)
    finished = session.state is State.FINISHED
    status = ("ended_early" if session.ended_early else "finished") if finished else "unfinished"
    packs = sorted({p.id: p.title for p in config.packs}.items())
    summary = SessionSummary(
        id=session_id or 0, started_at=started_at, finished_at=finished_at if finished else None, status=status,
        mode=config.mode.value, kind=config.kind.value, review_of=None, seed=session.seed,
        pack_key="+".join(pack_id for pack_id, _ in packs), pack_titles=" + ".join(title for _, title in packs),
        question_count=session.total_questions, questions_played=sum(1 for q in questions if not q.skipped),
        players=tuple(PlayerTotal(p.index, p.name, p.score) for p in players),
    )
    return Report(summary, rank_players(summary, questions, adjustments), questions, adjustments)
