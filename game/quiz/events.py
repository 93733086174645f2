"""What a session tells its listeners, so the recorder (and anything else) can follow play.

A listener is any callable taking one event; `Session.subscribe(listener)` adds one. Events
are sent after the session's own state has changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Union

from game.quiz.questions import RoundQuestion
from game.quiz.results import Adjustment, QuestionResult


@dataclass(frozen=True)
class QuestionStarted:
    question: RoundQuestion


@dataclass(frozen=True)
class AnswerLocked:
    """A player or team locked in (what they chose stays hidden until the reveal)."""

    question: RoundQuestion
    player: int


@dataclass(frozen=True)
class CountdownChanged:
    """The countdown of the question being asked stopped, went on, or was given more time, so
    anything showing the time (a phone's bar) can follow: `paused` says whether it runs, and
    `time_left` is the seconds left at that moment."""

    question: RoundQuestion
    paused: bool
    time_left: float


@dataclass(frozen=True)
class QuestionRevealed:
    result: QuestionResult


@dataclass(frozen=True)
class QuestionSkipped:
    question: RoundQuestion


@dataclass(frozen=True)
class PointsAdjusted:
    adjustment: Adjustment


@dataclass(frozen=True)
class PlayerJoined:
    """A player joined a session already under way (an open room); they play from `first_question`
    (1-based), the first question not yet started when they came."""

    player: int
    name: str
    first_question: int


@dataclass(frozen=True)
class PlayerRenamed:
    player: int
    name: str


@dataclass(frozen=True)
class SessionFinished:
    """The last question is done, or the round was ended early (a listener that wants the
    session's totals has the session it subscribed to)."""

    ended_early: bool


Event = Union[QuestionStarted, AnswerLocked, CountdownChanged, QuestionRevealed, QuestionSkipped, PointsAdjusted,
              PlayerJoined, PlayerRenamed, SessionFinished]
Listener = Callable[[Event], None]
