"""Points, as pure functions: what a correct answer is worth, streaks, and one question's scores.

The rules (DESIGN, "Playing"):
- correct: round(points * (1 - elapsed / time_limit / 2)); full points in the first half
  second, 500 of 1000 at the buzzer; with speed points off, always full points
- wrong or no answer: 0
- streak: +100 for each consecutive correct answer after the first, at most +500
- number questions in team modes: the closest team that is not exact gets half
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from game.quiz.config import ScoringOptions
from game.quiz.questions import Response, RoundQuestion

FULL_POINTS_WINDOW = 0.5   # seconds in which a correct answer scores full points
STREAK_STEP = 100
STREAK_CAP = 500


def speed_points(points: int, elapsed: float, time_limit: float) -> int:
    """Points for a correct answer given after `elapsed` of `time_limit` seconds."""
    if elapsed <= FULL_POINTS_WINDOW:
        return points
    elapsed = min(elapsed, time_limit)
    return round(points * (1 - elapsed / time_limit / 2))


def points_for(correct: bool, points: int, elapsed: float, time_limit: float, speed: bool = True) -> int:
    """Base points of one answer, before any streak bonus."""
    if not correct:
        return 0
    return speed_points(points, elapsed, time_limit) if speed else points


def streak_bonus(streak: int, enabled: bool = True, points: int = 1000) -> int:
    """Bonus for the `streak`-th correct answer in a row (the first earns nothing).

    No bonus when a question is worth no points: a teacher who turns points off wants none.
    """
    if not enabled or points <= 0 or streak <= 1:
        return 0
    return min(STREAK_STEP * (streak - 1), STREAK_CAP)


def max_points(points: int, streaks: bool) -> int:
    """The most one question can give: full points plus the largest streak bonus."""
    return points + (STREAK_CAP if streaks and points > 0 else 0)


@dataclass(frozen=True)
class PlayerAnswer:
    """What one player or team gave for one question and what it scored."""

    player: int                 # index into the session's players
    response: Response | None   # option index or typed text; None when they did not answer
    response_text: str          # the option's text or what was typed; "" when no answer
    elapsed: float | None       # seconds from the prompt to the lock-in (pauses excluded)
    correct: bool
    close: bool                 # number question, team modes: the closest wrong answer (half points)
    base_points: int
    streak_bonus: int
    streak: int                 # consecutive correct answers after this question

    @property
    def points(self) -> int:
        return self.base_points + self.streak_bonus

    @property
    def answered(self) -> bool:
        return self.response is not None


def closest_wrong(question: RoundQuestion, responses: Mapping[int, Response]) -> set[int]:
    """Players whose number answer is the nearest of the answers that were not right."""
    distances: dict[int, float] = {}
    for player, response in responses.items():
        if question.is_correct(response):
            continue
        distance = question.distance(response)
        if distance is not None:
            distances[player] = distance
    if not distances:
        return set()
    nearest = min(distances.values())
    return {p for p, d in distances.items() if d == nearest}


def score_question(question: RoundQuestion, responses: Mapping[int, tuple[Response, float]],
                   streaks: list[int], options: ScoringOptions, teams: bool,
                   time_limit: float | None = None) -> tuple[PlayerAnswer, ...]:
    """Every player's result for one question, given their (response, elapsed) and streaks so far.

    `time_limit` is the time the question finally had (a teacher may have added some), so an
    answer at the buzzer still scores half.
    """
    limit = time_limit if time_limit is not None else question.time_limit
    close = closest_wrong(question, {p: r for p, (r, _) in responses.items()}) if teams else set()
    results = []
    for player, streak_before in enumerate(streaks):
        given = responses.get(player)
        if given is None:
            results.append(PlayerAnswer(player, None, "", None, False, False, 0, 0, 0))
            continue
        response, elapsed = given
        correct = question.is_correct(response)
        base = points_for(correct, question.points, elapsed, limit, options.speed)
        if player in close:
            base = points_for(True, question.points, elapsed, limit, options.speed) // 2
        streak = streak_before + 1 if correct else 0
        bonus = streak_bonus(streak, options.streaks, question.points) if correct else 0
        results.append(PlayerAnswer(player, response, question.response_text(response), elapsed,
                                    correct, player in close, base, bonus, streak))
    return tuple(results)
