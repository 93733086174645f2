"""Files the game writes are whole or absent after a crash, and readable as a plain write
would leave them: the user's umask decides, not the owner-only mode of a temporary file."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from game.atomic import write_atomic

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_a_new_file_gets_the_permissions_the_umask_allows(tmp_path, mask):
    old = os.umask(mask)
    try:
        target = tmp_path / "results.csv"
        write_atomic(target, b"team,score\n")
    finally:
        os.umask(old)
    assert _mode(target) == 0o666 & ~mask
    assert target.read_bytes() == b"team,score\n"


def test_a_replaced_file_keeps_its_own_permissions_and_its_old_contents_as_a_backup(tmp_path):
    target = tmp_path / "pack.yaml"
    target.write_bytes(b"old\n")
    target.chmod(0o640)
    write_atomic(target, b"new\n", backup=True)
    assert _mode(target) == 0o640
    assert target.read_bytes() == b"new\n"
    assert (tmp_path / "pack.yaml~").read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
