"""Every command that writes a file says, in one line naming the file the user asked for, why it
could not: a folder, a parent that is a file, a read-only folder, a full disk, an empty name.
Exit status 1, no traceback, never the name of a temporary file."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli import main
from game.store import Store
from readonly import read_only
from recording import play_recorded

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "tests" / "data" / "generate" / "news-science.txt"
PACK = ROOT / "questions" / "olympic-flame-history.yaml"


def _aiken(folder: Path) -> Path:
    source = folder / "bank.txt"
    source.write_text("What is 2 + 2?\nA. 4\nB. 5\nANSWER: A\n", encoding="utf-8")
    return source


def _recorded_session() -> None:
    with Store() as store:
        play_recorded(store)


COMMANDS = {
    "generate": lambda folder, target: ["generate", "-q", str(DOCUMENT), "-o", target],
    "import": lambda folder, target: ["import", str(_aiken(folder)), "-o", target],
    "export": lambda folder, target: ["export", str(PACK), "--format", "gift", "-o", target],
    "new": lambda folder, target: ["new", target],
    "report --csv": lambda folder, target: ["report", "--last", "--csv", target],
    "report --html": lambda folder, target: ["report", "--last", "--html", target],
}


def _run(command: str, folder: Path, target: str, capsys) -> str:
    if command.startswith("report"):
        _recorded_session()
    capsys.readouterr()
    assert main(COMMANDS[command](folder, target)) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and ".tmp" not in err and "None" not in err
    return err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_folder_as_the_file_to_write_is_named_and_refused(tmp_path, capsys, command):
    target = tmp_path / "out"
    target.mkdir()
    err = _run(command, tmp_path, str(target), capsys)
    assert f"{target}: this is a folder" in err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_parent_that_is_a_file_is_named(tmp_path, capsys, command):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    target = blocker / "sub" / "out.yaml"
    err = _run(command, tmp_path, str(target), capsys)
    assert f"{target}: cannot write it: {blocker} is a file, not a folder" in err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_empty_name_is_refused(tmp_path, capsys, command):
    err = _run(command, tmp_path, "", capsys)
    assert "'': an empty name" in err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_read_only_folder_is_named_with_the_reason(tmp_path, capsys, command):
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "out.yaml"
    with read_only(folder):
        err = _run(command, tmp_path, str(target), capsys)
    assert f"{target}: cannot write it: permission denied" in err
    assert sorted(os.listdir(folder)) == []


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_full_disk_is_named_with_the_reason_and_the_old_file_kept(tmp_path, capsys, monkeypatch, command):
    target = tmp_path / "out.yaml"
    target.write_text("the earlier file\n")
    if command == "new":
        target = tmp_path / "fresh.yaml"       # new never replaces a file

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    if command.startswith("report"):
        _recorded_session()
    monkeypatch.setattr(os, "fsync", disk_full)
    err = _run(command, tmp_path, str(target), capsys)
    assert f"{target}: cannot write it: the disk is full" in err
    assert (tmp_path / "out.yaml").read_text() == "the earlier file\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("out", "fresh", "."))) == ["out.yaml"]


def test_autoplay_screenshots_into_an_existing_file_is_refused_naming_it(tmp_path, capsys):
    existing = tmp_path / "shots.png"
    existing.write_bytes(b"an earlier picture")
    assert main(["play", "--autoplay", "--questions", "1", "--size", "640x360", "--screenshots", str(existing)]) == 1
    err = capsys.readouterr().err
    assert f"--screenshots {existing}: this is a file" in err and "Traceback" not in err
    assert existing.read_bytes() == b"an earlier picture"


def test_autoplay_screenshots_into_a_read_only_folder_says_so(tmp_path, capsys):
    folder = tmp_path / "shots"
    folder.mkdir()
    with read_only(folder):
        code = main(["play", "--autoplay", "--questions", "1", "--size", "640x360", "--screenshots", str(folder)])
    assert code == 1
    err = capsys.readouterr().err
    assert f"--screenshots {folder}: cannot save 01-title.png there" in err and "Traceback" not in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["schema"], ["history"], ["generate", "-q", str(DOCUMENT)], ["packs"]])
def test_standard_output_on_a_full_disk_is_a_clean_message(tmp_path, command):
    env = {**os.environ, "RELAYQUIZ_HOME": str(tmp_path)}
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "game", *command], cwd=ROOT, env=env, stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().endswith("relayquiz: cannot write to standard output: No space left on device")
    assert "Traceback" not in result.stderr
