"""Reading the records back: the hall of fame, past sessions, one session in full."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from game.i18n import N_, _

# Translators: how a session ended, in the history and reports
STATUS_WORDS = {"finished": N_("finished"), "ended_early": N_("ended early"), "unfinished": N_("unfinished")}


@dataclass(frozen=True)
class FameEntry:
    rank: int
    pack_key: str
    pack_titles: str
    mode: str
    name: str
    total: int
    session_id: int | None
    achieved_at: str


@dataclass(frozen=True)
class PlayerTotal:
    position: int
    name: str
    score: int


@dataclass(frozen=True)
class SessionSummary:
    id: int
    started_at: str
    finished_at: str | None
    status: str                 # finished, ended_early or unfinished
    mode: str
    kind: str
    review_of: int | None
    seed: int | None
    pack_key: str
    pack_titles: str
    question_count: int
    questions_played: int       # revealed, not skipped
    players: tuple[PlayerTotal, ...]
    options: dict = field(default_factory=dict)

    @property
    def status_words(self) -> str:
        words = STATUS_WORDS.get(self.status)
        return _(words) if words else self.status

    @property
    def leaders(self) -> list[PlayerTotal]:
        """Everyone sharing the top score (empty when nobody scored)."""
        best = max((p.score for p in self.players), default=0)
        return [p for p in self.players if p.score == best] if best > 0 else []


@dataclass(frozen=True)
class AnswerRow:
    position: int
    choice: str | None
    correct: bool
    close: bool
    time_taken: float | None
    points: int
    streak_bonus: int


@dataclass(frozen=True)
class QuestionRow:
    number: int
    pack_id: str
    question_id: str
    type: str
    prompt: str
    answer: str
    options: tuple[str, ...] | None
    time_limit: float
    points: int
    skipped: bool
    answers: tuple[AnswerRow, ...]   # in player order; empty when skipped


@dataclass(frozen=True)
class AdjustmentRow:
    position: int
    points: int
    reason: str
    question_number: int | None
    made_at: str


def hall_of_fame(db: sqlite3.Connection, pack: str | None = None, mode: str | None = None,
                 limit: int = 10) -> list[FameEntry]:
    """The best `limit` totals for each set of packs and mode; `pack` matches any set holding it."""
    where, params = ["total > 0"], []      # a 0 kept by an older version is still left out
    if pack:
        where.append("('+' || pack_key || '+') LIKE ? ESCAPE '\\'")
        params.append("%+" + pack.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "+%")
    if mode:
        where.append("mode = ?")
        params.append(mode)
    rows = db.execute(
        f"""SELECT * FROM (
              SELECT pack_key, pack_titles, mode, name, total, session_id, achieved_at,
                     RANK() OVER (PARTITION BY pack_key, mode ORDER BY total DESC) AS place,
                     ROW_NUMBER() OVER (PARTITION BY pack_key, mode ORDER BY total DESC, achieved_at, id) AS row_number
              FROM hall_of_fame WHERE {' AND '.join(where)})
            WHERE row_number <= ? ORDER BY pack_key, mode, row_number""",
        (*params, limit),
    ).fetchall()
    return [FameEntry(r["place"], r["pack_key"], r["pack_titles"], r["mode"], r["name"], r["total"],
                      r["session_id"], r["achieved_at"]) for r in rows]


def _summary(db: sqlite3.Connection, row: sqlite3.Row) -> SessionSummary:
    players = tuple(PlayerTotal(p["position"], p["name"], p["score"]) for p in db.execute(
        "SELECT position, name, score FROM players WHERE session_id = ? ORDER BY position", (row["id"],)))
    played = db.execute("SELECT COUNT(*) FROM questions WHERE session_id = ? AND NOT skipped", (row["id"],)).fetchone()[0]
    try:
        options = json.loads(row["options"] or "{}")
    except ValueError:
        options = {}
    return SessionSummary(row["id"], row["started_at"], row["finished_at"], row["status"], row["mode"], row["kind"],
                          row["review_of"], row["seed"], row["pack_key"], row["pack_titles"], row["question_count"],
                          played, players, options)


def list_sessions(db: sqlite3.Connection, limit: int | None = None) -> list[SessionSummary]:
    """Past sessions, newest first."""
    rows = db.execute("SELECT * FROM sessions ORDER BY started_at DESC, id DESC LIMIT ?",
                      (-1 if limit is None else limit,)).fetchall()
    return [_summary(db, row) for row in rows]


def get_session(db: sqlite3.Connection, session_id: int) -> SessionSummary | None:
    row = db.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
    return _summary(db, row) if row else None


def last_session_id(db: sqlite3.Connection) -> int | None:
    row = db.execute("SELECT id FROM sessions ORDER BY started_at DESC, id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def session_questions(db: sqlite3.Connection, session_id: int) -> list[QuestionRow]:
    """Every recorded question of a session with each player's answer, in play order."""
    answers: dict[int, list[AnswerRow]] = {}
    for a in db.execute(
        """SELECT a.number, p.position, a.choice, a.correct, a.close, a.time_taken, a.points, a.streak_bonus
           FROM answers a JOIN players p ON p.id = a.player_id
           WHERE a.session_id = ? ORDER BY a.number, p.position""", (session_id,)):
        answers.setdefault(a["number"], []).append(AnswerRow(
            a["position"], a["choice"], bool(a["correct"]), bool(a["close"]), a["time_taken"], a["points"],
            a["streak_bonus"]))
    questions = []
    for q in db.execute("SELECT * FROM questions WHERE session_id = ? ORDER BY number", (session_id,)):
        options = tuple(json.loads(q["options"])) if q["options"] else None
        questions.append(QuestionRow(q["number"], q["pack_id"], q["question_id"], q["type"], q["prompt"], q["answer"],
                                     options, q["time_limit"], q["points"], bool(q["skipped"]),
                                     tuple(answers.get(q["number"], ()))))
    return questions


def session_adjustments(db: sqlite3.Connection, session_id: int) -> list[AdjustmentRow]:
    return [AdjustmentRow(r["position"], r["points"], r["reason"], r["question_number"], r["made_at"])
            for r in db.execute(
                """SELECT p.position, a.points, a.reason, a.question_number, a.made_at
                   FROM adjustments a JOIN players p ON p.id = a.player_id
                   WHERE a.session_id = ? ORDER BY a.id""", (session_id,))]
