"""Writing a file so that a crash or a full disk leaves either the old contents or the new,
never half a file: the data goes to a temporary file beside the target, is flushed to disk,
and is renamed over it.

The new file gets the permissions a plain write would give it (the old file's, or those the
user's umask allows), not the owner-only ones of a temporary file, so a report or a pack
saved into a shared folder can be read there. With `backup`, the previous version is kept
beside it as `NAME~`, by renaming and linking only, so a full disk can never leave a half
backup in place of a good one.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

from game import interrupts


def _umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept: `NAME~` beside it."""
    return path.with_name(path.name + "~")


def write_atomic(path: Path, data: bytes, backup: bool = False) -> None:
    """Write `data` to `path` whole or not at all (making its folder if needed).

    With `backup`, the version being replaced becomes `NAME~`. That happens by renaming, never
    by copying over the old backup: the old version is first given a second name (a hard
    link), the new file is renamed into place, then the second name is renamed to `NAME~`.
    If any step fails, the file and its old backup are left exactly as they were, and no
    temporary file is left behind, even when the process is interrupted by a signal.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    with interrupts.held():
        temporary = _write_temporary(path, data, mode)
        try:
            kept = _second_name(path) if backup and path.is_file() else None
        except BaseException:
            _remove(temporary)
            raise
        try:
            os.replace(temporary, path)
        except BaseException:
            _remove(temporary)
            if kept is not None:
                _remove(kept)
            raise
        if kept is not None:
            _file_as_backup(kept, path)
    _sync_folder(path.parent)


def _temporary_beside(path: Path, label: str = "") -> tuple[int, str]:
    return tempfile.mkstemp(prefix=f".{path.name}{label}.", suffix=".tmp", dir=path.parent)


def _write_temporary(path: Path, data: bytes, mode: int) -> str:
    """`data` in a new temporary file beside `path`, flushed to disk; its name."""
    handle, temporary = _temporary_beside(path)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.chmod(temporary, mode)
        except OSError:
            pass  # a file system without permissions (a FAT stick): the write still counts
    except BaseException:
        _remove(temporary)
        raise
    return temporary


def _second_name(path: Path) -> str:
    """A temporary second name for the current `path`: a hard link, or a full copy where the
    file system has no links. The original is never touched."""
    handle, name = _temporary_beside(path, "~")
    os.close(handle)
    try:
        os.unlink(name)
        os.link(path, name)
        return name
    except OSError:
        pass  # no hard links here (FAT, some network shares): a copy under the new name
    except BaseException:
        _remove(name)
        raise
    try:
        with open(path, "rb") as source, open(name, "wb") as copy:
            shutil.copyfileobj(source, copy)
            copy.flush()
            os.fsync(copy.fileno())
        shutil.copystat(path, name)
    except BaseException:
        _remove(name)
        raise
    return name


def _file_as_backup(kept: str, path: Path) -> None:
    """Rename the previous version (now only under the name `kept`) to `NAME~`.

    Should even that rename fail, the previous version goes back to `path`, so nothing has
    changed; only if that fails too is it left under its temporary name, never deleted.
    """
    try:
        os.replace(kept, backup_path(path))
    except BaseException:
        try:
            os.replace(kept, path)
        except OSError:
            pass  # both names are in place; the old version stays under `kept` rather than be lost
        raise


def _remove(name: str) -> None:
    try:
        os.unlink(name)
    except FileNotFoundError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows opening a folder."""
    try:
        directory = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(directory)
    except OSError:
        pass
    finally:
        os.close(directory)
