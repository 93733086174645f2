"""What a session's results report holds: the players best first, every question with every
answer, the points given by hand; and how its times and shares are written.

Built from the records by `reports.build_report`, or from a session still in memory; written
as text by `relayquiz report`, as CSV by `reports.write_csv`, as HTML by `report_html`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from game.i18n import N_, _, ngettext
from game.store.queries import SessionSummary

# How each result of an answer (`ReportAnswer.result`) is shown to a person.
RESULT_WORDS = {"right": N_("right"), "closest": N_("closest"), "wrong": N_("wrong"), "no answer": N_("no answer"),
                "skipped": N_("skipped")}


def result_words(result: str) -> str:
    words = RESULT_WORDS.get(result)
    return _(words) if words else result


@dataclass(frozen=True)
class ReportAnswer:
    player: str
    choice: str | None      # None: no answer
    correct: bool
    close: bool             # nearest number in team modes: half points
    time_taken: float | None
    points: int
    streak_bonus: int

    @property
    def result(self) -> str:
        if self.correct:
            return "right"
        if self.close:
            return "closest"
        return "wrong" if self.choice is not None else "no answer"


@dataclass(frozen=True)
class ReportQuestion:
    number: int
    pack_id: str
    question_id: str
    type: str
    prompt: str
    answer: str
    skipped: bool
    answers: tuple[ReportAnswer, ...]

    @property
    def right(self) -> int:
        return sum(a.correct for a in self.answers)

    @property
    def share_right(self) -> float | None:
        """The share of the room that got it right; None for a skipped question."""
        if self.skipped or not self.answers:
            return None
        return self.right / len(self.answers)


@dataclass(frozen=True)
class ReportPlayer:
    rank: int
    position: int
    name: str
    total: int
    right: int
    answered: int
    adjusted: int           # the sum of points given or taken by hand


@dataclass(frozen=True)
class ReportAdjustment:
    player: str
    points: int
    reason: str
    question_number: int | None


@dataclass(frozen=True)
class Report:
    session: SessionSummary
    players: tuple[ReportPlayer, ...]       # best first
    questions: tuple[ReportQuestion, ...]   # in play order
    adjustments: tuple[ReportAdjustment, ...]

    @property
    def title(self) -> str:
        return _("{packs}: results").format(packs=self.session.pack_titles)

    @property
    def played(self) -> list[ReportQuestion]:
        return [q for q in self.questions if not q.skipped]

    def hardest(self, count: int = 5) -> list[ReportQuestion]:
        """The questions the room found hardest, lowest share right first."""
        return sorted(self.played, key=lambda q: (q.share_right or 0.0, q.number))[:count]


def local_time(stamp: str | None) -> str:
    """A stored UTC time as the local date and time, to the minute, in ISO form for files and
    machines (`shown_time` writes it for a person)."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def rank_players(summary: SessionSummary, questions: tuple[ReportQuestion, ...],
                 adjustments: tuple[ReportAdjustment, ...]) -> tuple[ReportPlayer, ...]:
    """The players best first, with what each got right and answered; equal totals share a rank."""
    players = []
    for p in summary.players:
        own = [a for q in questions for a in q.answers if a.player == p.name]
        players.append((p.position, p.name, p.score, sum(a.correct for a in own), sum(a.choice is not None for a in own),
                        sum(a.points for a in adjustments if a.player == p.name)))
    players.sort(key=lambda p: (-p[2], p[0]))
    ranked: list[ReportPlayer] = []
    for index, (position, name, total, right, answered, adjusted) in enumerate(players, start=1):
        rank = ranked[-1].rank if ranked and ranked[-1].total == total else index
        ranked.append(ReportPlayer(rank, position, name, total, right, answered, adjusted))
    return tuple(ranked)


def shown_time(stamp: str | None) -> str:
    """A stored UTC time as the local date and time, written as the current language writes them."""
    from game.i18n.formats import format_datetime

    if not stamp:
        return ""
    try:
        return format_datetime(datetime.fromisoformat(stamp).astimezone())
    except ValueError:
        return stamp


def session_line(s: SessionSummary) -> str:
    """The line under a report's title: mode, review round, start, questions played, status."""
    from game.store.modes import mode_words

    parts = [mode_words(s.mode), _("review round") if s.kind == "review" else "", shown_time(s.started_at),
             ngettext("{played} of {count} question", "{played} of {count} questions", s.question_count).format(
                 played=s.questions_played, count=s.question_count), s.status_words]
    return " · ".join(part for part in parts if part)


def seconds_text(value: float | None) -> str:
    from game.i18n.formats import format_number

    # Translators: a time taken to answer, such as "4.2 s"
    return "" if value is None else _("{seconds} s").format(seconds=format_number(value, 1))


def percent_text(share: float | None) -> str:
    from game.i18n.formats import format_percent

    return _("skipped") if share is None else format_percent(share)
