"""The scores database's tables, as numbered migrations, and how a migration is cut into statements.

`PRAGMA user_version` holds how many migrations a database has had; opening it applies the
rest in one transaction. Never edit a migration that has shipped: add the next one.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: sessions, players, questions, answers, adjustments, hall of fame
    """
    CREATE TABLE sessions (
        id             INTEGER PRIMARY KEY,
        started_at     TEXT NOT NULL,                    -- ISO 8601, UTC
        finished_at    TEXT,
        status         TEXT NOT NULL DEFAULT 'unfinished'
                       CHECK (status IN ('unfinished', 'finished', 'ended_early')),
        mode           TEXT NOT NULL,
        kind           TEXT NOT NULL DEFAULT 'main',     -- main or review
        review_of      INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
        seed           INTEGER,
        pack_key       TEXT NOT NULL,                    -- pack ids joined by '+'
        pack_titles    TEXT NOT NULL,
        question_count INTEGER NOT NULL,                 -- as selected when it started
        options        TEXT NOT NULL DEFAULT '{}'        -- JSON: scoring options and filters
    );
    CREATE INDEX sessions_by_start ON sessions(started_at);

    CREATE TABLE players (
        id         INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        name       TEXT NOT NULL,
        score      INTEGER NOT NULL DEFAULT 0,
        UNIQUE (session_id, position)
    );

    CREATE TABLE questions (
        session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        number      INTEGER NOT NULL,
        pack_id     TEXT NOT NULL,
        question_id TEXT NOT NULL,
        type        TEXT NOT NULL,
        prompt      TEXT NOT NULL,
        answer      TEXT NOT NULL,
        options     TEXT,                                -- JSON list as shown; NULL when typed
        time_limit  REAL NOT NULL,
        points      INTEGER NOT NULL,
        skipped     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, number)
    );

    CREATE TABLE answers (
        session_id   INTEGER NOT NULL,
        number       INTEGER NOT NULL,
        player_id    INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
        pack_id      TEXT NOT NULL,
        question_id  TEXT NOT NULL,
        choice       TEXT,                               -- option or typed text; NULL: no answer
        correct      INTEGER NOT NULL,
        close        INTEGER NOT NULL DEFAULT 0,         -- nearest number in team modes (half points)
        time_taken   REAL,
        points       INTEGER NOT NULL,
        streak_bonus INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, number, player_id),
        FOREIGN KEY (session_id, number) REFERENCES questions(session_id, number) ON DELETE CASCADE
    );

    CREATE TABLE adjustments (
        id              INTEGER PRIMARY KEY,
        session_id      INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        player_id       INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
        question_number INTEGER,
        points          INTEGER NOT NULL,
        reason          TEXT NOT NULL,
        made_at         TEXT NOT NULL
    );

    CREATE TABLE hall_of_fame (
        id          INTEGER PRIMARY KEY,
        pack_key    TEXT NOT NULL,
        pack_titles TEXT NOT NULL,
        mode        TEXT NOT NULL,
        name        TEXT NOT NULL,
        total       INTEGER NOT NULL,
        session_id  INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
        achieved_at TEXT NOT NULL
    );
    CREATE INDEX hall_of_fame_best ON hall_of_fame(pack_key, mode, total DESC);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    """A script cut into single statements (executescript would commit our transaction)."""
    found, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            found.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        found.append(buffer.strip())
    return found
