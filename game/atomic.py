"""Writing a file so that a crash or a full disk leaves either the old contents or the new,
never half a file: the data goes to a temporary file beside the target, is flushed to disk,
and is renamed over it.

The new file gets the permissions a plain write would give it (the old file's, or those the
user's umask allows), not the owner-only ones of a temporary file, so a report or a pack
saved into a shared folder can be read there. With `backup`, the previous version is kept
beside it as `NAME~`.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path


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


def write_atomic(path: Path, data: bytes, backup: bool = False) -> None:
    """Write `data` to `path` whole or not at all (making its folder if needed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.chmod(temporary, mode)
        except OSError:
            pass  # a file system without permissions (a FAT stick): the write still counts
        if backup and path.exists():
            shutil.copy2(path, path.with_name(path.name + "~"))
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    _sync_folder(path.parent)


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
