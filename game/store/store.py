"""The scores database as a small API of plain values: write as play goes, read for screens.

Every write is one short `BEGIN IMMEDIATE` transaction, so a crash loses at most the write
in progress and two game windows can record at once (SQLite's WAL lets readers carry on
while one writer waits its turn).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Sequence

from game import paths
from game.i18n import _
from game.store import queries
from game.store.db import StoreError, is_busy, open_database

WallClock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class QuestionRecord:
    """One question as it was played, for the records."""

    number: int
    pack_id: str
    question_id: str
    type: str
    prompt: str
    answer: str
    options: Sequence[str] | None
    time_limit: float
    points: int


@dataclass(frozen=True)
class AnswerRecord:
    """One player's answer to one question."""

    position: int               # the player's index in the session
    choice: str | None          # what they chose or typed; None: no answer
    correct: bool
    close: bool
    time_taken: float | None
    points: int
    streak_bonus: int = 0


@dataclass(frozen=True)
class Ranked:
    """A player's place in the hall of fame after a session."""

    position: int
    name: str
    total: int
    rank: int                   # 1-based among all entries for the same packs and mode


class Store:
    """One open scores database. Use as a context manager, or call `close()`."""

    def __init__(self, path: Path | None = None, wall_clock: WallClock = utc_now):
        self.path = Path(path) if path is not None else paths.scores_db_path()
        opened = open_database(self.path)
        self.connection = opened.connection
        self.notice = opened.notice
        self.wall_clock = wall_clock

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: all of it lands, or none of it (a failed COMMIT included)."""
        connection = self.connection
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise StoreError(_("the scores database is busy ({reason}); try again").format(reason=exc)) from None
            raise
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException:
            self._roll_back()
            raise

    def _roll_back(self) -> None:
        """Undo the open transaction, if SQLite has not already undone it (it may, on a full disk)."""
        try:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # the original error is the one worth reporting

    def _now(self) -> str:
        return iso(self.wall_clock())

    # Writing, as a session is played ---------------------------------------------------

    def begin_session(self, *, mode: str, packs: Sequence[tuple[str, str]], players: Sequence[str],
                      question_count: int, kind: str = "main", seed: int | None = None,
                      options: dict | None = None, review_of: int | None = None) -> int:
        """Record a session as started (status 'unfinished' until `finish_session`); returns its id."""
        ordered = sorted(dict(packs).items())  # the same packs in any order share a hall of fame
        pack_key = "+".join(pack_id for pack_id, _ in ordered)
        titles = " + ".join(title for _pack_id, title in ordered)
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (started_at, mode, kind, review_of, seed, pack_key, pack_titles, "
                "question_count, options) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self._now(), mode, kind, review_of, seed, pack_key, titles, question_count,
                 json.dumps(options or {}, sort_keys=True)),
            )
            session_id = int(cursor.lastrowid)
            db.executemany("INSERT INTO players (session_id, position, name) VALUES (?, ?, ?)",
                           [(session_id, position, name) for position, name in enumerate(players)])
        return session_id

    def add_player(self, session_id: int, position: int, name: str) -> None:
        """A player who joined a session under way (an open room played on phones); written once
        only, so a retry of a write that did land changes nothing."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO players (session_id, position, name) VALUES (?, ?, ?)",
                       (session_id, position, name))

    def rename_player(self, session_id: int, position: int, name: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE players SET name = ? WHERE session_id = ? AND position = ?",
                       (name, session_id, position))

    def _player_ids(self, session_id: int) -> dict[int, int]:
        rows = self.connection.execute("SELECT position, id FROM players WHERE session_id = ?", (session_id,))
        return {row["position"]: row["id"] for row in rows}

    @staticmethod
    def _has_question(db: sqlite3.Connection, session_id: int, number: int) -> bool:
        return db.execute("SELECT 1 FROM questions WHERE session_id = ? AND number = ?",
                          (session_id, number)).fetchone() is not None

    def _insert_question(self, db: sqlite3.Connection, session_id: int, question: QuestionRecord, skipped: bool) -> None:
        db.execute(
            "INSERT INTO questions (session_id, number, pack_id, question_id, type, prompt, answer, options, "
            "time_limit, points, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, question.number, question.pack_id, question.question_id, question.type, question.prompt,
             question.answer, json.dumps(list(question.options)) if question.options else None,
             question.time_limit, question.points, int(skipped)),
        )

    def record_question(self, session_id: int, question: QuestionRecord, answers: Sequence[AnswerRecord]) -> None:
        """A revealed question and every player's answer, and the players' new totals, at once.

        Written once only: a retry of a write that did land changes nothing."""
        with self.transaction() as db:
            if self._has_question(db, session_id, question.number):
                return
            ids = self._player_ids(session_id)
            self._insert_question(db, session_id, question, skipped=False)
            db.executemany(
                "INSERT INTO answers (session_id, number, player_id, pack_id, question_id, choice, correct, close, "
                "time_taken, points, streak_bonus) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(session_id, question.number, ids[a.position], question.pack_id, question.question_id, a.choice,
                  int(a.correct), int(a.close), a.time_taken, a.points, a.streak_bonus) for a in answers],
            )
            db.executemany("UPDATE players SET score = score + ? WHERE id = ?",
                           [(a.points, ids[a.position]) for a in answers if a.points])

    def record_skip(self, session_id: int, question: QuestionRecord) -> None:
        with self.transaction() as db:
            if self._has_question(db, session_id, question.number):
                return
            self._insert_question(db, session_id, question, skipped=True)

    def record_adjustment(self, session_id: int, position: int, points: int, reason: str,
                          question_number: int | None = None) -> None:
        """Points given or taken by hand, kept with their reason (a teacher's are 'teacher')."""
        with self.transaction() as db:
            player_id = self._player_ids(session_id)[position]
            db.execute("INSERT INTO adjustments (session_id, player_id, question_number, points, reason, made_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       (session_id, player_id, question_number, points, reason, self._now()))
            db.execute("UPDATE players SET score = MAX(score + ?, 0) WHERE id = ?", (points, player_id))

    def finish_session(self, session_id: int, ended_early: bool = False) -> list[Ranked]:
        """Mark the session finished and enter a main round's totals above 0 in the hall of fame."""
        now = self._now()
        with self.transaction() as db:
            session = db.execute("SELECT kind, mode, pack_key, pack_titles, status FROM sessions WHERE id = ?",
                                 (session_id,)).fetchone()
            if session is None:
                raise StoreError(_("there is no session {number}").format(number=session_id))
            if session["status"] != "unfinished":
                raise StoreError(_("session {number} is already finished").format(number=session_id))
            db.execute("UPDATE sessions SET status = ?, finished_at = ? WHERE id = ?",
                       ("ended_early" if ended_early else "finished", now, session_id))
            players = db.execute("SELECT position, name, score FROM players WHERE session_id = ? ORDER BY position",
                                 (session_id,)).fetchall()
            if session["kind"] != "main":
                return []
            # A total of 0 is no feat: it does not burn in the hall of fame.
            db.executemany(
                "INSERT INTO hall_of_fame (pack_key, pack_titles, mode, name, total, session_id, achieved_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(session["pack_key"], session["pack_titles"], session["mode"], p["name"], p["score"], session_id, now)
                 for p in players if p["score"] > 0],
            )
            ranked = []
            for p in players:
                better = db.execute("SELECT COUNT(*) FROM hall_of_fame WHERE pack_key = ? AND mode = ? AND total > ?",
                                    (session["pack_key"], session["mode"], p["score"])).fetchone()[0]
                ranked.append(Ranked(p["position"], p["name"], p["score"], better + 1))
            return ranked

    # Reading ----------------------------------------------------------------------------

    def hall_of_fame(self, pack: str | None = None, mode: str | None = None, limit: int = 10) -> list[queries.FameEntry]:
        return queries.hall_of_fame(self.connection, pack, mode, limit)

    def sessions(self, limit: int | None = None) -> list[queries.SessionSummary]:
        """Past sessions, newest first."""
        return queries.list_sessions(self.connection, limit)

    def session(self, session_id: int) -> queries.SessionSummary | None:
        return queries.get_session(self.connection, session_id)

    def last_session_id(self) -> int | None:
        return queries.last_session_id(self.connection)

    def questions(self, session_id: int) -> list[queries.QuestionRow]:
        return queries.session_questions(self.connection, session_id)

    def adjustments(self, session_id: int) -> list[queries.AdjustmentRow]:
        return queries.session_adjustments(self.connection, session_id)
