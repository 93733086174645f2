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

from game.i18n import _
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
        return _("a device")
    if stat.S_ISFIFO(mode):
        return _("a pipe")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a regular file")


def _link_problem(path: Path, error: OSError) -> str:
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    if error.errno == errno.ELOOP:
        return _("a link that loops (it leads back to itself through {target}); it was not read").format(target=target)
    if error.errno == errno.ENOENT:
        return _("a link to {target}, which does not exist; it was not read").format(target=target)
    return _("cannot be read: {reason}").format(reason=error.strerror or error)


def _search(folder: Path, found: FoundFiles, searched: set[str], depth: int) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        found.problems.append(Problem(str(folder), _("this folder cannot be read: {reason}").format(
            reason=error.strerror or error)))
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
                found.problems.append(Problem(str(path), _("cannot be read: {reason}").format(
                    reason=error.strerror or error)))
            continue
        if stat.S_ISDIR(info.st_mode):
            real = os.path.realpath(path)
            if real in searched:
                if entry.is_symlink():
                    found.problems.append(Problem(str(path), _("a link back to {folder}, a folder already searched; "
                                                               "it was not followed again").format(folder=real)))
                continue
            if depth + 1 > MAX_DEPTH:
                found.problems.append(Problem(str(path), _("folders nested more than {depth} deep are not "
                                                           "searched").format(depth=MAX_DEPTH)))
                continue
            searched.add(real)
            _search(path, found, searched, depth + 1)
        elif is_pack_name(entry.name):
            if stat.S_ISREG(info.st_mode):
                found.files.append(path)
            else:
                if entry.is_symlink():
                    # Translators: {kind} is "a device", "a pipe", "a socket" or "not a regular file"
                    message = _("a link to {target}, which is {kind}, not a pack file; it was not read").format(
                        target=os.readlink(path), kind=_kind(info.st_mode))
                else:
                    message = _("{kind}, not a pack file; it was not read").format(kind=_kind(info.st_mode))
                found.problems.append(Problem(str(path), message))
