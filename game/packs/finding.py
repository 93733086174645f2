"""Finding the pack files in a folder, and saying what was passed over and why.

Every `.yaml`/`.yml` file under the folder is a pack file, hidden files and folders aside.
Linked folders are followed once each, so a link back up the tree cannot send the search
round for ever. A name that looks like a pack but cannot be read as one (a link that loops
or leads nowhere, a link to a device or a pipe) is reported rather than silently skipped;
nothing but a regular file is ever opened, so a device can never hang the game.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from game.packs.problems import Problem

PACK_SUFFIXES = (".yaml", ".yml")
MAX_DEPTH = 32  # folders inside folders; deeper ones are reported, not searched


@dataclass
class FoundFiles:
    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def is_pack_name(name: str) -> bool:
    return name.lower().endswith(PACK_SUFFIXES)


def find_pack_files(path: str | Path) -> FoundFiles:
    """The pack files at `path` (the file itself, or every one under a folder, sorted), with
    a problem for each entry that looks like a pack but is not a file that can be read."""
    path = Path(path)
    found = FoundFiles()
    if not path.is_dir():
        found.files.append(path)
        return found
    _search(path, found, {os.path.realpath(path)}, 0)
    found.files.sort()
    return found


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _link_problem(path: Path, error: OSError) -> str:
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    if error.errno == errno.ELOOP:
        return f"a link that loops (it leads back to itself through {target}); it was not read"
    if error.errno == errno.ENOENT:
        return f"a link to {target}, which does not exist; it was not read"
    return f"cannot be read: {error.strerror or error}"


def _search(folder: Path, found: FoundFiles, searched: set[str], depth: int) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        found.problems.append(Problem(str(folder), f"this folder cannot be read: {error.strerror or error}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            info = os.stat(path)                  # through any link
        except OSError as error:
            if entry.is_symlink() and (is_pack_name(entry.name) or not Path(entry.name).suffix):
                found.problems.append(Problem(str(path), _link_problem(path, error)))
            elif is_pack_name(entry.name):
                found.problems.append(Problem(str(path), f"cannot be read: {error.strerror or error}"))
            continue
        if stat.S_ISDIR(info.st_mode):
            real = os.path.realpath(path)
            if real in searched:
                if entry.is_symlink():
                    found.problems.append(Problem(str(path), f"a link back to {real}, a folder already searched; "
                                                             "it was not followed again"))
                continue
            if depth + 1 > MAX_DEPTH:
                found.problems.append(Problem(str(path), f"folders nested more than {MAX_DEPTH} deep are not "
                                                         "searched"))
                continue
            searched.add(real)
            _search(path, found, searched, depth + 1)
        elif is_pack_name(entry.name):
            if stat.S_ISREG(info.st_mode):
                found.files.append(path)
            else:
                via = f"a link to {os.readlink(path)}, which is " if entry.is_symlink() else ""
                found.problems.append(Problem(str(path), f"{via}{_kind(info.st_mode)}, not a pack file; "
                                                         "it was not read"))
