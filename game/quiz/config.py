"""How a session is set up: packs, players or teams, mode, filters and scoring options.

A `SessionConfig` is a plain value the setup screen fills in. Building one checks it and
tidies player names; a problem raises `ConfigError` with every message at once, so the
setup screen can show them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from game.i18n import _
from game.packs.model import DIFFICULTIES, QUESTION_TYPES, TIME_LIMIT_RANGE, Pack

MAX_PLAYERS = 8
MAX_ROOM_PLAYERS = 250   # an open room (phones): every student of a hall can be a player of their own
MAX_NAME_LENGTH = 30
POINTS_CHOICES = (0, 1000, 2000)
MAX_QUESTIONS = 500


class Mode(str, Enum):
    SOLO = "solo"
    PARTY = "party"
    CLASSROOM = "classroom"

    @property
    def teams(self) -> bool:
        """Party and classroom: everyone answers at once by picking an option."""
        return self is not Mode.SOLO

    @property
    def player_range(self) -> tuple[int, int]:
        return (1, 1) if self is Mode.SOLO else (2, MAX_PLAYERS)

    def players_allowed(self, open_room: bool = False) -> tuple[int, int]:
        """How many players or teams a session may start with; an open room (phones) takes a
        class, and may start with one player because more can join while it is played."""
        if open_room and self.teams:
            return (1, MAX_ROOM_PLAYERS)
        return self.player_range


class RoundKind(str, Enum):
    MAIN = "main"
    REVIEW = "review"  # the questions the room missed, played again


class ConfigError(ValueError):
    """A session cannot be set up as asked; `problems` lists every reason in words."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True)
class ScoringOptions:
    """The options DESIGN lists; each can be changed on the setup screen."""

    speed: bool = True               # off: every correct answer scores full points
    streaks: bool = True             # +100 per consecutive correct answer after the first, max +500
    points: int | None = None        # 0, 1000 or 2000 per question; None: each pack's default
    standings_every: int = 1         # 1: after every question; N: every N questions; 0: only at the end


@dataclass(frozen=True)
class QuestionKey:
    """A question's identity across packs and sessions."""

    pack_id: str
    question_id: str

    def __str__(self) -> str:
        return f"{self.pack_id}/{self.question_id}"


@dataclass(frozen=True)
class SessionConfig:
    """Everything that decides which questions are played and how they score."""

    packs: tuple[Pack, ...]
    players: tuple[str, ...] = ("Player",)
    mode: Mode = Mode.SOLO
    question_count: int = 10
    types: tuple[str, ...] = QUESTION_TYPES
    difficulties: tuple[str, ...] | None = None   # None: any; a question without one counts as medium
    time_limit: int | None = None                 # overrides every question's own limit
    default_time_limit: int | None = None         # for questions whose pack gives no time (see question_time)
    seed: int | None = None                       # None: the session picks one (and keeps it)
    scoring: ScoringOptions = field(default_factory=ScoringOptions)
    only: tuple[QuestionKey, ...] | None = None   # play exactly these, in this order (a review round)
    kind: RoundKind = RoundKind.MAIN
    open_room: bool = False       # party/classroom: players may join while it is played (phones);
                                  # up to MAX_ROOM_PLAYERS players or teams
    typed_answers: bool = False   # party/classroom: number and text questions are typed, not picked
                                  # (every player has a keyboard of their own: a phone)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "packs", tuple(self.packs))
        set_(self, "mode", Mode(self.mode))
        set_(self, "kind", RoundKind(self.kind))
        set_(self, "types", tuple(self.types))
        if self.difficulties is not None:
            set_(self, "difficulties", tuple(self.difficulties))
        if self.only is not None:
            set_(self, "only", tuple(self.only))
        names, problems = tidy_names(self.players, self.mode, open_room=self.open_room)
        set_(self, "players", names)
        problems += _check_options(self)
        if problems:
            raise ConfigError(problems)

    @property
    def teams(self) -> bool:
        return self.mode.teams

    @property
    def picks_options(self) -> bool:
        """Every question is answered by picking an option (team modes, unless answers are typed)."""
        return self.mode.teams and not self.typed_answers


def tidy_name(name: str) -> str:
    """A name as shown: surrounding space trimmed, inner runs of space made single."""
    return " ".join(str(name).split())


def tidy_names(names, mode: Mode | str = Mode.SOLO, open_room: bool = False) -> tuple[tuple[str, ...], list[str]]:
    """Trimmed names and the problems with them (empty, too long, repeated, how many)."""
    mode = Mode(mode)
    tidied = tuple(tidy_name(n) for n in names)
    problems: list[str] = []
    low, high = mode.players_allowed(open_room)
    if not low <= len(tidied) <= high:
        # Translators: {mode} is solo, party or classroom as the command line writes it
        if low == high:
            problems.append(_("{mode} mode needs exactly 1 player, not {count}").format(mode=mode.value,
                                                                                      count=len(tidied)))
        else:
            problems.append(_("{mode} mode needs {low} to {high} players or teams, not {count}").format(
                mode=mode.value, low=low, high=high, count=len(tidied)))
    seen: dict[str, int] = {}
    for number, name in enumerate(tidied, start=1):
        if not name:
            problems.append((_("team {number} has no name") if mode.teams else
                             _("player {number} has no name")).format(number=number))
        elif len(name) > MAX_NAME_LENGTH:
            problems.append((_("team {number}'s name is longer than {limit} characters") if mode.teams else
                             _("player {number}'s name is longer than {limit} characters")).format(
                number=number, limit=MAX_NAME_LENGTH))
        folded = name.casefold()
        if name and folded in seen:
            problems.append((_("team {number} has the same name as team {other} ('{name}')") if mode.teams else
                             _("player {number} has the same name as player {other} ('{name}')")).format(
                number=number, other=seen[folded], name=name))
        seen.setdefault(folded, number)
    return tidied, problems


def _check_options(config: SessionConfig) -> list[str]:
    problems: list[str] = []
    if not config.packs:
        problems.append(_("choose at least one pack"))
    if not 1 <= config.question_count <= MAX_QUESTIONS:
        problems.append(_("the number of questions must be 1 to {limit}, not {count}").format(
            limit=MAX_QUESTIONS, count=config.question_count))
    unknown = [t for t in config.types if t not in QUESTION_TYPES]
    if unknown or not config.types:
        problems.append(_("question types must be some of {choices}").format(choices=", ".join(QUESTION_TYPES)))
    if config.difficulties is not None:
        if not config.difficulties or any(d not in DIFFICULTIES for d in config.difficulties):
            problems.append(_("difficulties must be some of {choices}").format(choices=", ".join(DIFFICULTIES)))
    low, high = TIME_LIMIT_RANGE
    if config.time_limit is not None and not low <= config.time_limit <= high:
        problems.append(_("the time limit must be {low} to {high} seconds, not {value}").format(
            low=low, high=high, value=config.time_limit))
    if config.default_time_limit is not None and not low <= config.default_time_limit <= high:
        problems.append(_("the default time limit must be {low} to {high} seconds, not {value}").format(
            low=low, high=high, value=config.default_time_limit))
    scoring = config.scoring
    if scoring.points is not None and scoring.points not in POINTS_CHOICES:
        problems.append(_("points per question must be one of {choices}").format(
            choices=", ".join(map(str, POINTS_CHOICES))))
    if scoring.standings_every < 0:
        problems.append(_("standings can be shown every N questions (N >= 1) or only at the end (0)"))
    return problems
