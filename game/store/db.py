"""Opening the scores database: WAL, foreign keys, migrations, and recovery from damage.

A damaged file (not SQLite, truncated, garbage) or another program's database is moved aside
with a timestamped name and a fresh database is made, so the game always starts; `opened.notice` says what happened in
words the player can act on. Lock waits are not damage and never move anything.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from game.i18n import N_, _
from game.store.ownership import APPLICATION_ID, ForeignDatabase, check_ours
from game.store.schema import MIGRATIONS, SCHEMA_VERSION, statements

BUSY_TIMEOUT_S = 15.0
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


class StoreError(Exception):
    """The database cannot be used, for a reason the message explains."""


@dataclass
class Opened:
    connection: sqlite3.Connection
    notice: str | None  # set when a damaged file was moved aside


def is_damage(exc: BaseException) -> bool:
    """True for errors that mean the file itself is broken, not merely busy."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _DAMAGE_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def is_busy(exc: BaseException) -> bool:
    """True for a lock held by another game: wait and try again, never treat it as damage."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return True
    text = str(exc).lower()
    return "locked" in text or "busy" in text


_WRITE_PROBLEMS = {
    13: N_("the disk is full"),                                        # SQLITE_FULL
    8: N_("the scores file or its folder is read-only"),               # SQLITE_READONLY
    10: N_("the disk reported an error while writing"),                # SQLITE_IOERR
    14: N_("the scores file cannot be opened for writing"),            # SQLITE_CANTOPEN
    5: N_("another game is holding the scores file"),                  # SQLITE_BUSY
    6: N_("another game is holding the scores file"),                  # SQLITE_LOCKED
}
_OS_PROBLEMS = {
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("the disk quota is used up"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EACCES: N_("permission to write is denied"),
    errno.EPERM: N_("permission to write is denied"),
    errno.EIO: N_("the disk reported an error while writing"),
}


def write_problem(exc: BaseException) -> str:
    """Why a write failed, in words a player can act on, with the system's own words after."""
    reason = None
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            reason = _WRITE_PROBLEMS.get(code & 0xFF)
        if reason is None:
            text = str(exc).lower()
            reason = (_WRITE_PROBLEMS[13] if "disk is full" in text else
                      _WRITE_PROBLEMS[8] if "readonly" in text else None)
    elif isinstance(exc, OSError):
        reason = _OS_PROBLEMS.get(exc.errno)
    detail = str(exc)
    if reason is None:
        return detail
    if detail and detail.lower() != reason:
        # Translators: why the scores could not be written, then the system's own words in brackets
        return _("{reason} ({detail})").format(reason=_(reason), detail=detail)
    return _(reason)


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: every write says BEGIN IMMEDIATE itself."""
    connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = FULL")
    return connection


def _prepare(connection: sqlite3.Connection, path: Path) -> None:
    problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise sqlite3.DatabaseError(f"database disk image is malformed: {'; '.join(problems[:3])}")
    check_ours(connection)
    if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        connection.execute("PRAGMA journal_mode = WAL")
    migrate(connection, path)


def migrate(connection: sqlite3.Connection, path: Path) -> None:
    """Apply the migrations this database has not had yet, all in one transaction."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]  # another process may have been first
        if version > SCHEMA_VERSION:
            raise StoreError(_(
                "{file} was written by a newer version of Torch Relay Quiz (schema {version}, this one knows "
                "{known}); update the game, or set RELAYQUIZ_HOME to use another folder"
            ).format(file=path, version=version, known=SCHEMA_VERSION))
        for script in MIGRATIONS[version:]:
            for statement in statements(script):
                connection.execute(statement)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        # Ctrl+C can land just after COMMIT, and a failed statement may have ended the
        # transaction already: the original exception is the one to report, never the rollback's.
        if connection.in_transaction:
            try:
                connection.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        raise


def move_aside(path: Path, why: str = "damaged") -> Path:
    """Rename a database that cannot be used (and its journal files) to `NAME.WHY-YYYYMMDD-HHMMSS`:
    `damaged` for a broken file, `other` for another program's."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{why}-{stamp}")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.name}.{why}-{stamp}-{counter}")
        counter += 1
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            if suffix == "-shm":
                extra.unlink()
            else:
                os.replace(extra, target.with_name(target.name + suffix))
    return target


def _moved_aside(path: Path, why: str, problem: BaseException) -> Path:
    try:
        return move_aside(path, why)
    except OSError as exc:
        raise StoreError(_("cannot use the scores database {file} ({problem}), and it cannot be moved aside: "
                           "{reason}; set RELAYQUIZ_HOME to use another folder").format(
            file=path, problem=problem, reason=exc.strerror or exc)) from None


def open_database(path: Path) -> Opened:
    """The database at `path`, made or migrated as needed; a damaged one is replaced."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(_("cannot make the folder {folder}: {reason}").format(
            folder=path.parent, reason=exc.strerror or exc)) from None
    notice = None
    attempt = 0
    # Two games starting together race to make the file and switch it to WAL; SQLite then
    # answers "locked" at once, without waiting, so opening waits and tries again itself.
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while attempt < 2:
        connection = None
        try:
            connection = connect(path)
            _prepare(connection, path)
            return Opened(connection, notice)
        except ForeignDatabase as exc:
            connection.close()
            attempt += 1
            if attempt > 1:
                raise StoreError(_("cannot make a fresh scores database at {file}").format(file=path)) from None
            moved = _moved_aside(path, "other", exc)
            notice = _("The file {file} is not a Torch Relay Quiz scores database ({reason}). It was moved to "
                       "{moved}, untouched, and a fresh one was made; your packs and settings are untouched.").format(
                file=path, reason=exc, moved=moved)
            continue
        except sqlite3.DatabaseError as exc:
            if connection is not None:
                connection.close()
            if is_busy(exc) and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            attempt += 1
            if attempt == 1 and is_damage(exc) and path.exists():
                moved = _moved_aside(path, "damaged", exc)
                notice = _("The scores database {file} was damaged ({reason}). It was moved to {moved} and a fresh "
                           "one was made; your packs and settings are untouched.").format(
                    file=path, reason=exc, moved=moved)
                continue
            raise StoreError(_("cannot use the scores database {file}: {reason}").format(
                file=path, reason=exc)) from None
        except BaseException:
            if connection is not None:
                connection.close()
            raise
    raise StoreError(_("cannot make a fresh scores database at {file}").format(file=path))  # pragma: no cover
