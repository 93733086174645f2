"""Making a file or folder really read-only for the length of a test.

For a normal user, taking away the write permission does it. The superuser writes whatever
the permissions say, so there the file is made immutable instead (`chattr +i`, which a
read-only mount behaves like); the test is skipped where neither works.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def _chattr(flag: str, path: Path) -> bool:
    tool = shutil.which("chattr")
    if tool is None:
        return False
    return subprocess.run([tool, flag, str(path)], capture_output=True).returncode == 0


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    path = Path(path)
    if os.geteuid() != 0:
        mode = stat.S_IMODE(path.stat().st_mode)
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        try:
            yield path
        finally:
            path.chmod(mode)
        return
    if not _chattr("+i", path):
        pytest.skip("running as the superuser, and this file system cannot make a file immutable")
    try:
        yield path
    finally:
        _chattr("-i", path)
