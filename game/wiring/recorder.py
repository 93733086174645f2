"""Recording a session as it is played, by listening to its events.

    recorder = SessionRecorder(store, session)    # writes the session and players now
    ... play the session ...                       # each reveal, skip and adjustment is written
    recorder.saved                                 # False while some writes are not in the store
    recorder.flush()                               # try those again (the window does, every few seconds)
    recorder.ranks                                 # hall-of-fame places once it has finished

Each revealed question is one transaction, so killing the game loses at most the question
in progress, and a session never finished stays marked 'unfinished'. A failed write never
stops the game: it waits, in memory and in order, and is tried again before the next one,
so a session is marked finished only once every answer before it is in the store.
`recorder.error` says why the last attempt failed, for the window to show.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from typing import Callable

from game.i18n import _
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
from game.store.db import StoreError, write_problem
from game.store.store import AnswerRecord, QuestionRecord, Ranked, Store

WRITE_ERRORS = (sqlite3.Error, StoreError, OSError)


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
        self.error: str | None = None       # why the last write failed; None once all are saved
        self.ranks: list[Ranked] = []
        self.session_id: int | None = None
        self._waiting: list[Callable[[], None]] = []
        config = session.config
        options = asdict(config.scoring)
        options.update(types=list(config.types), difficulties=list(config.difficulties or []) or None,
                       time_limit=config.time_limit)
        begin = dict(mode=config.mode.value, kind=config.kind.value, seed=session.seed,
                     packs=[(p.id, p.title) for p in config.packs], players=[p.name for p in session.players],
                     question_count=session.total_questions, options=options, review_of=review_of)

        def begin_session() -> None:
            self.session_id = store.begin_session(**begin)

        self._waiting.append(begin_session)
        self.flush()
        session.subscribe(self)

    @property
    def saved(self) -> bool:
        """True when everything played so far is in the store."""
        return not self._waiting

    @property
    def unsaved(self) -> int:
        """Writes waiting to be saved (the session's start, questions, adjustments, its end)."""
        return len(self._waiting)

    def flush(self) -> bool:
        """Try the writes that are waiting, oldest first; True when none is left."""
        while self._waiting:
            try:
                self._waiting[0]()
            except WRITE_ERRORS as exc:
                self.error = _("the scores could not be saved: {reason}").format(reason=write_problem(exc))
                return False
            self._waiting.pop(0)
        self.error = None
        return True

    def __call__(self, event: Event) -> None:
        write = self._write_for(event)
        if write is not None:
            self._waiting.append(write)
            self.flush()

    def _write_for(self, event: Event) -> Callable[[], None] | None:
        """The write that records `event`, with everything it needs taken now."""
        store = self.store
        if isinstance(event, QuestionRevealed):
            result = event.result
            answers = [AnswerRecord(a.player, a.response_text if a.answered else None, a.correct, a.close,
                                    a.elapsed, a.points, a.streak_bonus) for a in result.answers]
            record = question_record(result.question, self.session.time_allowed())
            return lambda: store.record_question(self._id(), record, answers)
        if isinstance(event, QuestionSkipped):
            record = question_record(event.question)
            return lambda: store.record_skip(self._id(), record)
        if isinstance(event, PointsAdjusted):
            a = event.adjustment
            return lambda: store.record_adjustment(self._id(), a.player, a.points, a.reason, a.question_number)
        if isinstance(event, PlayerJoined):
            position, name = event.player, event.name
            return lambda: store.add_player(self._id(), position, name)
        if isinstance(event, PlayerRenamed):
            position, name = event.player, event.name
            return lambda: store.rename_player(self._id(), position, name)
        if isinstance(event, SessionFinished):
            early = event.ended_early

            def finish() -> None:
                self.ranks = store.finish_session(self._id(), early)
            return finish
        return None

    def _id(self) -> int:
        assert self.session_id is not None, "the session's start is written before anything else"
        return self.session_id
