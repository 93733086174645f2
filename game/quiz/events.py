"""What a session tells its listeners, so the recorder (and anything else) can follow play.

A listener is any callable taking one event; `Session.subscribe(listener)` adds one. Events
are sent after the session's own state has changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Union

from game.quiz.questions import RoundQuestion

if TYPE_CHECKING:
    from game.quiz.session import Adjustment, QuestionResult, Session


@dataclass(frozen=True)
class QuestionStarted:
    question: RoundQuestion


@dataclass(frozen=True)
class AnswerLocked:
    """A player or team locked in (what they chose stays hidden until the reveal)."""

    question: RoundQuestion
    player: int


@dataclass(frozen=True)
class QuestionRevealed:
    result: "QuestionResult"


@dataclass(frozen=True)
class QuestionSkipped:
    question: RoundQuestion


@dataclass(frozen=True)
class PointsAdjusted:
    adjustment: "Adjustment"


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
    session: "Session"
    ended_early: bool


Event = Union[QuestionStarted, AnswerLocked, QuestionRevealed, QuestionSkipped, PointsAdjusted, PlayerJoined,
              PlayerRenamed, SessionFinished]
Listener = Callable[[Event], None]
