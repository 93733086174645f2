"""Recording a session as it is played, by listening to its events.

    recorder = SessionRecorder(store, session)    # writes the session and players now
    ... play the session ...                       # each reveal, skip and adjustment is written
    recorder.ranks                                 # hall-of-fame places once it has finished

Each revealed question is one transaction, so killing the game loses at most the question
in progress, and a session never finished stays marked 'unfinished'. A failed write never
stops the game: the first problem is kept in `recorder.error` for the window to show.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict

from game.quiz.events import (
    Event,
    PlayerJoined,
    PlayerRenamed,
    PointsAdjusted,
    QuestionRevealed,
    QuestionSkipped,
    SessionFinished,
)
from game.quiz.questions import RoundQuestion
from game.quiz.session import Session
from game.store.db import StoreError
from game.store.store import AnswerRecord, QuestionRecord, Ranked, Store


def question_record(question: RoundQuestion, time_limit: float | None = None) -> QuestionRecord:
    return QuestionRecord(
        number=question.number, pack_id=question.pack.id, question_id=question.question.id, type=question.type,
        prompt=question.prompt, answer=question.answer_text, options=question.options or None,
        time_limit=float(time_limit if time_limit is not None else question.time_limit), points=question.points,
    )


class SessionRecorder:
    """Writes a `Session` to a `Store` as it goes; see the module docstring."""

    def __init__(self, store: Store, session: Session, review_of: int | None = None):
        self.store = store
        self.session = session
        self.error: str | None = None
        self.ranks: list[Ranked] = []
        config = session.config
        options = asdict(config.scoring)
        options.update(types=list(config.types), difficulties=list(config.difficulties or []) or None,
                       time_limit=config.time_limit)
        self.session_id = store.begin_session(
            mode=config.mode.value, kind=config.kind.value, seed=session.seed,
            packs=[(p.id, p.title) for p in config.packs], players=list(config.players),
            question_count=session.total_questions, options=options, review_of=review_of,
        )
        session.subscribe(self)

    def __call__(self, event: Event) -> None:
        try:
            self._record(event)
        except (sqlite3.Error, StoreError, OSError) as exc:
            if self.error is None:
                self.error = f"the scores could not be saved: {exc}"

    def _record(self, event: Event) -> None:
        if isinstance(event, QuestionRevealed):
            result = event.result
            answers = [AnswerRecord(a.player, a.response_text if a.answered else None, a.correct, a.close,
                                    a.elapsed, a.points, a.streak_bonus) for a in result.answers]
            self.store.record_question(self.session_id, question_record(result.question, self.session.time_allowed()),
                                       answers)
        elif isinstance(event, QuestionSkipped):
            self.store.record_skip(self.session_id, question_record(event.question))
        elif isinstance(event, PointsAdjusted):
            adjustment = event.adjustment
            self.store.record_adjustment(self.session_id, adjustment.player, adjustment.points, adjustment.reason,
                                         adjustment.question_number)
        elif isinstance(event, PlayerJoined):
            self.store.add_player(self.session_id, event.player, event.name)
        elif isinstance(event, PlayerRenamed):
            self.store.rename_player(self.session_id, event.player, event.name)
        elif isinstance(event, SessionFinished):
            self.ranks = self.store.finish_session(self.session_id, event.ended_early)
