"""Sessions played and recorded for the store, report and command tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from game.quiz import FakeClock, Mode, Session, SessionConfig, State
from game.wiring import SessionRecorder
from quizpacks import mixed_pack


class TickingWallClock:
    """Wall-clock times a minute apart, so 'newest first' is testable."""

    def __init__(self):
        self.moment = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)

    def __call__(self):
        self.moment += timedelta(minutes=1)
        return self.moment


def play_recorded(store, players=("Red", "Blue"), mode=Mode.PARTY, count=4, seed=1, right=(0,), review_of=None,
                  config=None, finish=True):
    clock = FakeClock()
    config = config or SessionConfig(packs=(mixed_pack("a", 4),), players=players, mode=mode, question_count=count,
                                     seed=seed, types=("choice", "truefalse"))
    session = Session(config, clock)
    recorder = SessionRecorder(store, session, review_of=review_of)
    while session.state is not State.FINISHED:
        q = session.start_question()
        for player in range(len(players)):
            clock.advance(2)
            good = player in right
            session.answer(player, q.correct_option if good else (q.correct_option + 1) % len(q.options))
        session.reveal()
        if not finish and session.is_last:
            break
        session.next()
    return session, recorder
