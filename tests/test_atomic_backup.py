"""The `FILE~` backup is made by renaming and linking, never by copying over the old backup, so
a failure at any step (a full disk above all) leaves the file and its old backup as they were."""

from __future__ import annotations

import errno
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.atomic import write_atomic


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@contextmanager
def failing(step: str):
    """Make one step of a write fail as it would on a full disk (`step` names it)."""
    saved = {name: getattr(os, name) for name in ("replace", "link", "fsync")}
    saved_copy = shutil.copyfileobj
    calls = {"replace": 0, "fsync": 0}

    def replace(src, dst, *args, **kwargs):
        calls["replace"] += 1
        wanted = {"rename new file into place": 1, "rename old version to FILE~": 2}.get(step)
        if calls["replace"] == wanted:
            _disk_full()
        return saved["replace"](src, dst, *args, **kwargs)

    def fsync(fd):
        calls["fsync"] += 1
        if step == "flush new data" and calls["fsync"] == 1:
            _disk_full()
        if step == "flush copy of old version" and calls["fsync"] == 2:
            _disk_full()
        return saved["fsync"](fd)

    def link(*_args, **_kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")  # a FAT stick: no hard links

    def half_copy(source, target, *args, **kwargs):
        target.write(source.read(3))
        _disk_full()

    os.replace, os.fsync = replace, fsync
    if step in ("no hard links", "flush copy of old version", "copy of old version"):
        os.link = link
    if step == "copy of old version":
        shutil.copyfileobj = half_copy
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(os, name, function)
        shutil.copyfileobj = saved_copy


FAILING_STEPS = ["flush new data", "rename new file into place", "rename old version to FILE~",
                 "flush copy of old version", "copy of old version"]


@pytest.mark.parametrize("step", FAILING_STEPS)
def test_a_failed_write_leaves_the_file_and_its_old_backup_as_they_were(tmp_path, step):
    target = tmp_path / "pack.yaml"
    target.write_bytes(b"current version\n")
    (tmp_path / "pack.yaml~").write_bytes(b"good old backup\n")
    with failing(step), pytest.raises(OSError):
        write_atomic(target, b"new version\n" * 1000, backup=True)
    assert target.read_bytes() == b"current version\n"
    assert (tmp_path / "pack.yaml~").read_bytes() == b"good old backup\n"
    assert _listing(tmp_path) == ["pack.yaml", "pack.yaml~"]


def test_the_backup_is_the_old_file_itself_renamed_not_a_copy(tmp_path, monkeypatch):
    def no_copying(*_args, **_kwargs):
        raise AssertionError("the backup must not be made by copying")

    for name in ("copy", "copy2", "copyfile", "copyfileobj"):
        monkeypatch.setattr(shutil, name, no_copying)
    target = tmp_path / "quiz.csv"
    target.write_bytes(b"old\n")
    old_inode = target.stat().st_ino
    write_atomic(target, b"new\n", backup=True)
    assert target.read_bytes() == b"new\n"
    backup = tmp_path / "quiz.csv~"
    assert backup.read_bytes() == b"old\n" and backup.stat().st_ino == old_inode
    assert backup.stat().st_nlink == 1
    assert _listing(tmp_path) == ["quiz.csv", "quiz.csv~"]


def test_without_hard_links_the_backup_is_copied_under_a_new_name_then_renamed(tmp_path):
    target = tmp_path / "pack.yaml"
    target.write_bytes(b"old\n")
    (tmp_path / "pack.yaml~").write_bytes(b"older\n")
    with failing("no hard links"):
        write_atomic(target, b"new\n", backup=True)
    assert target.read_bytes() == b"new\n"
    assert (tmp_path / "pack.yaml~").read_bytes() == b"old\n"
    assert _listing(tmp_path) == ["pack.yaml", "pack.yaml~"]


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=st.lists(st.tuples(st.binary(min_size=0, max_size=64), st.sampled_from([None, *FAILING_STEPS])),
                       min_size=1, max_size=8))
def test_after_any_run_of_writes_and_failures_the_file_and_backup_are_the_last_two_good_versions(tmp_path_factory,
                                                                                                  writes):
    folder = tmp_path_factory.mktemp("writes")
    target = folder / "results.html"
    current = backup = None
    for data, step in writes:
        if step is None:
            write_atomic(target, data, backup=True)
            if current is not None:
                backup = current
            current = data
            continue
        with failing(step):
            try:
                write_atomic(target, data, backup=True)
            except OSError:
                pass
            else:  # a failure in the backup steps cannot happen before there is a file
                assert current is None and step not in ("flush new data", "rename new file into place")
                current = data
    assert (target.read_bytes() if target.exists() else None) == current
    assert ((folder / "results.html~").read_bytes() if (folder / "results.html~").exists() else None) == backup
    assert [n for n in _listing(folder) if n.endswith(".tmp")] == []
