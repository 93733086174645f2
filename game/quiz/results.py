"""What play leaves behind, as values: each question's result and the points given by hand.

The session makes them and its events carry them (events.py), so listeners such as the
recorder read them without knowing the session.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.quiz.questions import RoundQuestion
from game.quiz.scoring import PlayerAnswer


@dataclass(frozen=True)
class Adjustment:
    """Points given or taken by hand, such as a teacher's correction."""

    player: int
    points: int                  # as applied (a total never goes below zero)
    requested: int
    reason: str
    question_number: int | None  # the question on screen, or the last one played; None before the first


@dataclass(frozen=True)
class QuestionResult:
    question: RoundQuestion
    answers: tuple[PlayerAnswer, ...]   # one per player, in player order; empty when skipped
    skipped: bool = False

    @property
    def share_correct(self) -> float:
        """The share of the room that got it right (0 for a skipped question)."""
        if not self.answers:
            return 0.0
        return sum(a.correct for a in self.answers) / len(self.answers)
