"""A question as it is played: its options in their shuffled order, its time and points.

The pack's question stays untouched; a `RoundQuestion` adds what one session decided about
it. Option order is seeded by the session seed and the question's identity, so the same
seed shows the same order whatever else was picked.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Union

from game.packs.model import (
    DEFAULT_TIME_LIMIT,
    AnyQuestion,
    ChoiceQuestion,
    NumberQuestion,
    Pack,
    TextQuestion,
    TrueFalseQuestion,
    format_number,
)
from game.packs.quotes import readable_quote
from game.quiz.checking import check_number, check_text, number_distance, parse_number
from game.quiz.config import QuestionKey
from game.quiz.placement import arrange

# What a player gives: the index of an option, or the text they typed.
Response = Union[int, str]

# The screen has four answer tiles (four keys per team), so at most three wrong options show.
MAX_OPTIONS = 4


@dataclass(frozen=True, eq=False)
class RoundQuestion:
    """One question of a session, ready to show."""

    number: int                          # 1-based position in the session
    pack: Pack
    question: AnyQuestion
    options: tuple[str, ...]             # in the order shown; empty when the answer is typed
    correct_option: int | None           # index into options
    option_values: tuple[float, ...] | None  # numbers behind the options of a number question
    time_limit: int                      # seconds
    points: int                          # full points for a correct answer

    @property
    def key(self) -> QuestionKey:
        return QuestionKey(self.pack.id, self.question.id)

    @property
    def type(self) -> str:
        return self.question.type

    @property
    def typed(self) -> bool:
        """True when the player types the answer (number and text questions in solo mode)."""
        return not self.options

    @property
    def prompt(self) -> str:
        return self.question.prompt

    @property
    def unit(self) -> str:
        return self.question.unit if isinstance(self.question, NumberQuestion) else ""

    @property
    def explanation(self) -> str | None:
        return self.question.explanation

    @property
    def source_quote(self) -> str | None:
        return readable_quote(self.question.source.quote) if self.question.source else None

    @property
    def source_title(self) -> str | None:
        """The title of the document the question cites, for the reveal screen."""
        citation = self.question.source
        found = self.pack.source(citation.doc) if citation else None
        return found.title if found else None

    @property
    def answer_text(self) -> str:
        """The right answer as shown on the reveal screen."""
        q = self.question
        if isinstance(q, TrueFalseQuestion):
            return "True" if q.answer else "False"
        if isinstance(q, NumberQuestion):
            text = format_number(q.answer)
            if q.tolerance:
                text += f" (± {format_number(q.tolerance)})"
            return f"{text} {q.unit}".rstrip()
        return q.answer

    def response_text(self, response: Response | None) -> str:
        """What the player chose or typed, as text for the screen and the records."""
        if response is None:
            return ""
        if isinstance(response, int) and not isinstance(response, bool) and self.options:
            return self.options[response]
        return str(response)

    def valid_response(self, response: object) -> bool:
        if self.options:
            return isinstance(response, int) and not isinstance(response, bool) and 0 <= response < len(self.options)
        return isinstance(response, str)

    def is_correct(self, response: Response) -> bool:
        if self.options:
            return response == self.correct_option
        q = self.question
        if isinstance(q, NumberQuestion):
            return check_number(str(response), q.answer, q.tolerance, q.unit, self.pack.language)
        assert isinstance(q, TextQuestion)
        return check_text(str(response), q.answer, q.accept, q.wrong, self.pack.language)

    def distance(self, response: Response) -> float | None:
        """How far a number answer is from the right one; None for other questions or no number."""
        q = self.question
        if not isinstance(q, NumberQuestion):
            return None
        if self.option_values is not None:
            value: float | None = self.option_values[int(response)]
        else:
            value = parse_number(str(response), q.unit, self.pack.language)
        return None if value is None else number_distance(value, q.answer)


def playable(question: AnyQuestion, teams: bool) -> bool:
    """Team modes answer by picking options, so number and text need `wrong:` options there."""
    if teams and isinstance(question, (NumberQuestion, TextQuestion)):
        return bool(question.wrong)
    return True


def question_time(pack: Pack, question: AnyQuestion, time_limit: int | None = None,
                  default_time_limit: int | None = None) -> int:
    """The seconds a question gets: `time_limit` when the player chose one for every question;
    else the question's own time, else the pack's default; `default_time_limit` (the player's
    setting) stands in where the pack gives none. Every saved pack writes the format's default
    time, so a pack default equal to it counts as none given."""
    if time_limit is not None:
        return time_limit
    if question.time_limit is not None:
        return question.time_limit
    if default_time_limit is not None and pack.defaults.time_limit == DEFAULT_TIME_LIMIT:
        return default_time_limit
    return pack.defaults.time_limit


def prepare(number: int, pack: Pack, question: AnyQuestion, *, seed: int, teams: bool,
            time_limit: int | None, points: int | None, default_time_limit: int | None = None) -> RoundQuestion:
    """A pack question made ready to play: options chosen and shuffled (seeded), time and points settled.

    A question with more wrong options than fit on the screen shows three of them, picked by the seed.
    Options reading as a tile's key digit or naming a tile's colour then move onto that tile
    (`game.quiz.placement`).
    """
    options: tuple[str, ...] = ()
    correct: int | None = None
    values: tuple[float, ...] | None = None
    if isinstance(question, TrueFalseQuestion):
        options, correct = ("True", "False"), (0 if question.answer else 1)
    elif isinstance(question, ChoiceQuestion) or (teams and playable(question, teams)):
        raw = [question.answer, *question.wrong]  # type: ignore[union-attr]
        rng = random.Random(f"{seed}:{pack.id}:{question.id}")
        order = [0, *rng.sample(range(1, len(raw)), min(len(raw), MAX_OPTIONS) - 1)]
        rng.shuffle(order)
        show = format_number if isinstance(question, NumberQuestion) else str
        # A tile reading "3" goes on key 3, a tile reading "Blue" on the blue tile.
        order = [order[i] for i in arrange([show(raw[i]) for i in order])]
        correct = order.index(0)
        if isinstance(question, NumberQuestion):
            values = tuple(float(raw[i]) for i in order)
        options = tuple(show(raw[i]) for i in order)
    return RoundQuestion(
        number=number, pack=pack, question=question, options=options, correct_option=correct,
        option_values=values,
        time_limit=question_time(pack, question, time_limit, default_time_limit),
        points=points if points is not None else pack.defaults.points,
    )
