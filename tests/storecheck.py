"""Checks of a scores database shared by the store tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def committed_lines(output: str) -> list[list[str]]:
    """The writer's complete lines (a kill can cut the last one short)."""
    lines = output.split("\n")
    return [line.split() for line in lines[:-1] if line.strip()]


def assert_consistent(path: Path, lines: list[list[str]]) -> None:
    """The file is intact, and every write the writer reported is in it, whole."""
    db = sqlite3.connect(str(path))
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for kind, session, *rest in lines:
            if kind == "Q":
                number, points = int(rest[0]), [int(p) for p in rest[1:]]
                stored = [row[0] for row in db.execute(
                    "SELECT a.points FROM answers a JOIN players p ON p.id = a.player_id "
                    "WHERE a.session_id = ? AND a.number = ? ORDER BY p.position", (int(session), number))]
                assert stored == points, f"session {session} question {number}"
            elif kind == "F":
                status = db.execute("SELECT status FROM sessions WHERE id = ?", (int(session),)).fetchone()[0]
                assert status == "finished"
            elif kind == "A":
                count = db.execute("SELECT COUNT(*) FROM adjustments WHERE session_id = ?", (int(session),)).fetchone()[0]
                assert count >= 1
        # Every question is whole: as many answers as players, and totals add up.
        for session_id, players in db.execute("SELECT session_id, COUNT(*) FROM players GROUP BY session_id"):
            for (number, answers) in db.execute(
                    "SELECT q.number, COUNT(a.player_id) FROM questions q LEFT JOIN answers a "
                    "ON a.session_id = q.session_id AND a.number = q.number WHERE q.session_id = ? AND NOT q.skipped "
                    "GROUP BY q.number", (session_id,)):
                assert answers == players, f"session {session_id} question {number} has {answers} answers"
            for player_id, score in db.execute("SELECT id, score FROM players WHERE session_id = ?", (session_id,)):
                answered = db.execute("SELECT COALESCE(SUM(points), 0) FROM answers WHERE player_id = ?",
                                      (player_id,)).fetchone()[0]
                adjusted = db.execute("SELECT COALESCE(SUM(points), 0) FROM adjustments WHERE player_id = ?",
                                      (player_id,)).fetchone()[0]
                assert score == answered + adjusted
    finally:
        db.close()
