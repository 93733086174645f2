"""One session of play: the per-question state machine, the clock, the scores.

Each question goes READY -> ASKING -> LOCKED -> REVEALED -> (STANDINGS) -> the next READY,
with PAUSED (time stops) inside ASKING, SKIPPED instead of being scored, and FINISHED at the
end. A move the current state does not allow raises `IllegalMove`; an answer that cannot be
taken (time up, already locked in) is refused with a status instead, because players press
keys whenever they like.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from enum import Enum

from game.i18n import _, ngettext
from game.quiz.clock import Clock, Countdown, MonotonicClock
from game.quiz.config import MAX_NAME_LENGTH, MAX_ROOM_PLAYERS, ConfigError, RoundKind, SessionConfig, tidy_name
from game.quiz.events import (
    AnswerLocked,
    CountdownChanged,
    Event,
    Listener,
    PlayerJoined,
    PlayerRenamed,
    PointsAdjusted,
    QuestionRevealed,
    QuestionSkipped,
    QuestionStarted,
    SessionFinished,
)
from game.quiz.questions import Response, RoundQuestion
from game.quiz.results import Adjustment, QuestionResult
from game.quiz.rules import describe_rules
from game.quiz.scoring import score_question
from game.quiz.selection import Outlook, Selection, select_questions

TEACHER = "teacher"


class State(str, Enum):
    READY = "ready"          # the question is chosen; the prompt is not shown yet
    ASKING = "asking"        # prompt shown, the countdown runs, answers are taken
    PAUSED = "paused"        # asking, with the countdown stopped and answers refused
    LOCKED = "locked"        # everyone answered or time is up; waiting for the reveal
    REVEALED = "revealed"    # the right answer and this question's points are shown
    STANDINGS = "standings"  # the scoreboard after the reveal
    SKIPPED = "skipped"      # the question was dropped without points
    FINISHED = "finished"    # no more questions: the podium


class AnswerStatus(str, Enum):
    ACCEPTED = "accepted"
    ALREADY_ANSWERED = "already answered"   # the first lock-in counts
    TIME_UP = "time up"
    PAUSED = "paused"
    NOT_ASKING = "not asking"               # before the prompt or after the lock
    JOINED_LATE = "joined after this question began"   # they play from the next question


class IllegalMove(RuntimeError):
    """A move the state machine does not allow, such as revealing a question not yet asked."""


@dataclass
class Player:
    """A player or team and their running totals."""

    index: int
    name: str
    score: int = 0
    previous_score: int = 0   # before the last revealed question, for the standings animation
    streak: int = 0
    correct: int = 0
    first_question: int = 0   # index of the first question they play (later for a late joiner)


@dataclass(frozen=True)
class Standing:
    rank: int            # 1-based; equal scores share a rank
    player: int
    name: str
    score: int
    previous_score: int
    streak: int

    @property
    def gained(self) -> int:
        return self.score - self.previous_score


def check_something_to_play(config: SessionConfig, selection: Selection | Outlook) -> None:
    """Raise ConfigError when a session of `config` would have no question to play."""
    if not any(pack.questions for pack in config.packs):
        names = ", ".join(f"'{pack.id}'" for pack in config.packs)
        raise ConfigError([ngettext("the chosen pack has no questions ({names}); add some, or choose another pack",
                                    "the chosen packs have no questions ({names}); add some, or choose another "
                                    "pack", len(config.packs)).format(names=names)])
    if not selection.played:
        if selection.unplayable:
            raise ConfigError([_("no question of the chosen packs matches the chosen types and difficulties "
                                 "(number and text questions need options in team modes)")])
        raise ConfigError([_("no question of the chosen packs matches the chosen types and difficulties")])


class Session:
    """A session over the questions its config selects; time comes from `clock`."""

    def __init__(self, config: SessionConfig, clock: Clock | None = None, listeners: tuple[Listener, ...] = ()):
        if config.seed is None:
            config = replace(config, seed=random.SystemRandom().randrange(2**31))
        self.config = config
        self.clock = clock if clock is not None else MonotonicClock()
        self.selection: Selection = select_questions(config, self.seed)
        check_something_to_play(config, self.selection)
        self.questions: tuple[RoundQuestion, ...] = self.selection.questions
        self.players = tuple(Player(i, name) for i, name in enumerate(config.players))
        self.results: list[QuestionResult] = []
        self.adjustments: list[Adjustment] = []
        self.ended_early = False
        self.timed_out = False
        self._listeners: list[Listener] = list(listeners)
        self._index = 0
        self._state = State.READY
        self._countdown: Countdown | None = None
        self._responses: dict[int, tuple[Response, float]] = {}

    # What the screen shows -------------------------------------------------------------

    @property
    def seed(self) -> int:
        assert self.config.seed is not None
        return self.config.seed

    @property
    def state(self) -> State:
        """The current state; reading it after the deadline shows LOCKED (time is up)."""
        self._expire_if_due()
        return self._state

    @property
    def current(self) -> RoundQuestion | None:
        """The question being played (None once the session is finished)."""
        if self._state is State.FINISHED:
            return None
        return self.questions[self._index]

    @property
    def result(self) -> QuestionResult | None:
        """The scored result of the current question, once revealed."""
        if self._state in (State.REVEALED, State.STANDINGS) and self.results:
            return self.results[-1]
        return None

    @property
    def total_questions(self) -> int:
        return len(self.questions)

    @property
    def is_last(self) -> bool:
        return self._index == len(self.questions) - 1

    @property
    def locked_in(self) -> frozenset[int]:
        """Players who have answered the current question (what they chose stays hidden)."""
        return frozenset(self._responses)

    def time_left(self) -> float:
        """Seconds left to answer: the full limit before the prompt, frozen at the lock, 0 after."""
        state = self.state
        if state is State.READY:
            return float(self.questions[self._index].time_limit)
        if state in (State.ASKING, State.PAUSED, State.LOCKED) and self._countdown is not None:
            return self._countdown.left()
        return 0.0

    def time_allowed(self) -> float:
        """The current question's time including any added, for drawing the torch."""
        if self._countdown is not None and self._state is not State.READY:
            return self._countdown.budget
        current = self.current
        return float(current.time_limit) if current else 0.0

    @property
    def standings_due(self) -> bool:
        """Whether the options ask for the standings after the question just revealed."""
        if self._state is not State.REVEALED:
            return False
        every = self.config.scoring.standings_every
        return self.is_last or (every > 0 and (self._index + 1) % every == 0)

    def rules(self) -> list[str]:
        """The rules of this session in words, for the screen before the first question."""
        return describe_rules(self.config, self.selection)

    def standings(self) -> list[Standing]:
        """Players from first to last; equal scores share a rank and keep player order."""
        ordered = sorted(self.players, key=lambda p: (-p.score, p.index))
        table: list[Standing] = []
        for position, player in enumerate(ordered, start=1):
            rank = table[-1].rank if table and table[-1].score == player.score else position
            table.append(Standing(rank, player.index, player.name, player.score, player.previous_score,
                                  player.streak))
        return table

    # Moves ------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def start_question(self) -> RoundQuestion:
        """Show the prompt and start the countdown."""
        self._require("start the question", State.READY)
        question = self.questions[self._index]
        self._countdown = Countdown(self.clock, question.time_limit)
        self._responses = {}
        self.timed_out = False
        self._state = State.ASKING
        self._emit(QuestionStarted(question))
        return question

    def answer(self, player: int, response: Response) -> AnswerStatus:
        """A player's lock-in; the first one counts. Locks the question once everyone has answered."""
        self._check_player(player)
        if self.players[player].first_question > self._index:
            return AnswerStatus.JOINED_LATE
        state = self.state
        if state is State.PAUSED:
            return AnswerStatus.PAUSED
        if state is not State.ASKING:
            if player in self._responses and state is State.LOCKED:
                return AnswerStatus.ALREADY_ANSWERED
            return AnswerStatus.TIME_UP if state is State.LOCKED and self.timed_out else AnswerStatus.NOT_ASKING
        if player in self._responses:
            return AnswerStatus.ALREADY_ANSWERED
        question = self.questions[self._index]
        if not question.valid_response(response):
            wanted = f"an option index 0 to {len(question.options) - 1}" if question.options else "typed text"
            raise ValueError(f"question {question.number} takes {wanted}, not {response!r}")
        assert self._countdown is not None
        self._responses[player] = (response, self._countdown.elapsed())
        self._emit(AnswerLocked(question, player))
        if len(self._responses) == len(self._playing()):
            self._lock()
        return AnswerStatus.ACCEPTED

    def lock(self) -> None:
        """Stop taking answers now (those not given count as no answer)."""
        self._require("lock the answers", State.ASKING, State.PAUSED)
        self._lock()

    def reveal(self) -> QuestionResult:
        """Show the right answer and score the question (a teacher's "reveal now" locks first)."""
        state = self._require("reveal the answer", State.ASKING, State.PAUSED, State.LOCKED)
        if state is not State.LOCKED:
            self._lock()
        assert self._countdown is not None
        question = self.questions[self._index]
        answers = score_question(question, self._responses, [p.streak for p in self._playing()],
                                 self.config.scoring, self.config.teams, self._countdown.budget)
        for player, given in zip(self.players, answers):
            player.previous_score = player.score
            player.score += given.points
            player.streak = given.streak
            player.correct += given.correct
        result = QuestionResult(question, answers)
        self.results.append(result)
        self._state = State.REVEALED
        self._emit(QuestionRevealed(result))
        return result

    def show_standings(self) -> list[Standing]:
        self._require("show the standings", State.REVEALED)
        self._state = State.STANDINGS
        return self.standings()

    def next(self) -> State:
        """Move on to the next question, or finish after the last."""
        self._require("go to the next question", State.REVEALED, State.STANDINGS, State.SKIPPED)
        if self.is_last:
            self._finish(early=False)
        else:
            self._index += 1
            self._countdown = None
            self._responses = {}
            self._state = State.READY
        return self._state

    def proceed(self) -> State:
        """The usual next step from wherever play is (the "next" key): start, reveal, standings, next."""
        state = self.state
        if state is State.READY:
            self.start_question()
        elif state in (State.ASKING, State.PAUSED, State.LOCKED):
            self.reveal()
        elif state is State.REVEALED and self.standings_due:
            self.show_standings()
        elif state is State.FINISHED:
            raise IllegalMove("the session is finished; there is no next step")
        else:
            self.next()
        return self._state

    def pause(self) -> None:
        """Stop the countdown; answers are refused until `resume`."""
        self._require("pause", State.ASKING)
        assert self._countdown is not None
        self._countdown.pause()
        self._state = State.PAUSED
        self._emit(CountdownChanged(self.questions[self._index], True, self._countdown.left()))

    def resume(self) -> None:
        self._require("resume", State.PAUSED)
        assert self._countdown is not None
        self._countdown.resume()
        self._state = State.ASKING
        self._emit(CountdownChanged(self.questions[self._index], False, self._countdown.left()))

    def add_time(self, seconds: float = 10) -> float:
        """Give everyone more time on the current question; returns the time now left."""
        self._require("add time", State.ASKING, State.PAUSED)
        assert self._countdown is not None
        self._countdown.add(seconds)
        left = self._countdown.left()
        self._emit(CountdownChanged(self.questions[self._index], self._state is State.PAUSED, left))
        return left

    def skip(self) -> None:
        """Drop the current question: no points, streaks untouched."""
        self._require("skip the question", State.READY, State.ASKING, State.PAUSED, State.LOCKED)
        if self._countdown is not None:
            self._countdown.pause()
        question = self.questions[self._index]
        self.results.append(QuestionResult(question, (), skipped=True))
        self._responses = {}
        self._state = State.SKIPPED
        self._emit(QuestionSkipped(question))

    def adjust(self, player: int, points: int, reason: str = TEACHER) -> Adjustment:
        """Give (positive) or take (negative) points by hand; a total never goes below zero.

        What is recorded is what happened: taking from a total of 0 changes nothing and leaves
        no adjustment (the one returned says 0 points were applied)."""
        self._check_player(player)
        self._require("adjust points", *[s for s in State if s is not State.FINISHED])
        if not reason.strip():
            raise ValueError("an adjustment needs a reason")
        target = self.players[player]
        applied = max(points, -target.score)
        target.score += applied
        number = self._index if self._state is State.READY else self._index + 1
        adjustment = Adjustment(player, applied, points, reason.strip(), number or None)
        if applied == 0:
            return adjustment
        self.adjustments.append(adjustment)
        self._emit(PointsAdjusted(adjustment))
        return adjustment

    def add_player(self, name: str) -> int:
        """A player or team joining an open room while it is played; returns their index.

        Someone joining before the prompt plays this question; once it has started, they play
        from the next one (their answers to this one are refused as JOINED_LATE).
        """
        if not self.config.open_room:
            raise IllegalMove("players can join only an open room (a session played on phones)")
        self._require("add a player", *[s for s in State if s is not State.FINISHED])
        name = self._checked_name(name)
        if len(self.players) >= MAX_ROOM_PLAYERS:
            raise ValueError(f"the room is full ({MAX_ROOM_PLAYERS} players)")
        first = self._index if self._state is State.READY else self._index + 1
        player = Player(len(self.players), name, first_question=first)
        self.players = (*self.players, player)
        self._emit(PlayerJoined(player.index, name, first + 1))
        return player.index

    def rename_player(self, player: int, name: str) -> str:
        """Change a player's or team's name (a teacher's correction); returns the name as kept."""
        self._check_player(player)
        name = self._checked_name(name, besides=player)
        self.players[player].name = name
        self._emit(PlayerRenamed(player, name))
        return name

    def end_round(self) -> None:
        """Finish now; a question asked but not revealed is dropped unscored."""
        self._require("end the round", *[s for s in State if s is not State.FINISHED])
        remaining = self._state not in (State.REVEALED, State.STANDINGS, State.SKIPPED) or not self.is_last
        self._finish(early=remaining)

    # After the session ------------------------------------------------------------------

    def missed_questions(self, below: float = 1.0) -> list[QuestionResult]:
        """Revealed questions that fewer than `below` of the room got right, in play order."""
        return [r for r in self.results if not r.skipped and r.share_correct < below]

    def hardest(self, count: int = 5) -> list[QuestionResult]:
        """The questions the room found hardest: lowest share right first."""
        played = [r for r in self.results if not r.skipped]
        return sorted(played, key=lambda r: (r.share_correct, r.question.number))[:count]

    def review_config(self, below: float = 1.0) -> SessionConfig | None:
        """A round of the missed questions for the same players, or None when nobody missed any."""
        missed = self.missed_questions(below)
        if not missed:
            return None
        keys = tuple(r.question.key for r in missed)
        return replace(self.config, players=tuple(p.name for p in self.players), only=keys,
                       question_count=len(keys), kind=RoundKind.REVIEW, seed=self.seed + 1)

    # Inside -----------------------------------------------------------------------------

    def _require(self, move: str, *allowed: State) -> State:
        state = self.state
        if state not in allowed:
            raise IllegalMove(f"cannot {move} while the session is {state.value}")
        return state

    def _check_player(self, player: int) -> None:
        if not isinstance(player, int) or not 0 <= player < len(self.players):
            raise ValueError(f"there is no player {player!r}; players are numbered 0 to {len(self.players) - 1}")

    def _playing(self) -> tuple[Player, ...]:
        """The players taking part in the current question: all but those who joined during it.
        Late joiners are added at the end, so these are always the first ones."""
        return tuple(p for p in self.players if p.first_question <= self._index)

    def _checked_name(self, name: str, besides: int | None = None) -> str:
        tidied = tidy_name(name)
        if not tidied:
            raise ValueError("a name cannot be empty")
        if len(tidied) > MAX_NAME_LENGTH:
            raise ValueError(f"a name has at most {MAX_NAME_LENGTH} characters")
        folded = tidied.casefold()
        if any(p.name.casefold() == folded and p.index != besides for p in self.players):
            raise ValueError(f"'{tidied}' is already playing")
        return tidied

    def _expire_if_due(self) -> None:
        if self._state is State.ASKING and self._countdown is not None and self._countdown.expired():
            self.timed_out = True
            self._lock()

    def _lock(self) -> None:
        assert self._countdown is not None
        self._countdown.pause()
        self._state = State.LOCKED

    def _finish(self, early: bool) -> None:
        if self._countdown is not None:
            self._countdown.pause()
        self.ended_early = early
        self._state = State.FINISHED
        self._emit(SessionFinished(early))

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)
