"""The packs folder may hold odd things: a link that loops, a link to a device, a pipe, a link
back up the tree. Each is reported with what it is, never opened, and never stops the rest."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from game.cli import main
from game.packs import load_library
from game.packs.finding import find_pack_files
from tests.packtext import VALID, with_line

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links, devices and pipes")


def _packs(home: Path) -> Path:
    folder = home / "packs"
    folder.mkdir(exist_ok=True)
    (folder / "good.yaml").write_text(with_line(VALID, 2, "id: good-one"), encoding="utf-8")
    return folder


def _messages(library) -> dict[str, str]:
    return {Path(p.file).name: p.message for p in library.problems}


def test_a_link_that_loops_is_reported(relayquiz_home):
    folder = _packs(relayquiz_home)
    (folder / "loop.yaml").symlink_to("loop.yaml")
    (folder / "round.yaml").symlink_to("about.yaml")
    (folder / "about.yaml").symlink_to("round.yaml")
    library = load_library()
    messages = _messages(library)
    assert "a link that loops" in messages["loop.yaml"]
    assert "a link that loops" in messages["round.yaml"] and "a link that loops" in messages["about.yaml"]
    assert library.get("good-one") is not None


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_a_device_is_reported_and_never_read(relayquiz_home):
    folder = _packs(relayquiz_home)
    (folder / "zero.yaml").symlink_to("/dev/zero")
    library = load_library()
    assert _messages(library)["zero.yaml"] == "a link to /dev/zero, which is a device, not a pack file; it was not read"
    assert library.get("good-one") is not None


def test_a_pipe_named_like_a_pack_is_reported_and_never_opened(relayquiz_home):
    folder = _packs(relayquiz_home)
    os.mkfifo(folder / "waiting.yaml")              # opening it would wait for a writer for ever
    library = load_library()
    assert _messages(library)["waiting.yaml"] == "a pipe, not a pack file; it was not read"


def test_a_link_to_nothing_is_reported(relayquiz_home):
    folder = _packs(relayquiz_home)
    (folder / "moved.yaml").symlink_to(relayquiz_home / "elsewhere" / "moved.yaml")
    (folder / "usb-stick").symlink_to(relayquiz_home / "unplugged")
    messages = _messages(load_library())
    assert "which does not exist" in messages["moved.yaml"] and "which does not exist" in messages["usb-stick"]


def test_a_linked_folder_is_searched_once_and_a_link_back_up_is_reported(relayquiz_home, tmp_path):
    folder = _packs(relayquiz_home)
    shared = tmp_path / "class-packs"
    shared.mkdir()
    (shared / "shared.yaml").write_text(with_line(VALID, 2, "id: shared-one"), encoding="utf-8")
    (shared / "up").symlink_to(folder)                        # a cycle: packs -> class -> packs
    (folder / "class").symlink_to(shared)
    (folder / "again").symlink_to(".")
    library = load_library()
    assert library.get("shared-one") is not None and library.get("good-one") is not None
    messages = _messages(library)
    assert "a folder already searched" in messages["again"] and "a folder already searched" in messages["up"]
    assert len([e for e in library.entries if e.pack.id == "good-one"]) == 1


def test_hidden_files_and_folders_are_still_passed_over_quietly(relayquiz_home):
    folder = _packs(relayquiz_home)
    (folder / ".trash").mkdir()
    (folder / ".trash" / "old.yaml").write_text("not even a pack", encoding="utf-8")
    (folder / ".loop.yaml").symlink_to(".loop.yaml")
    found = find_pack_files(folder)
    assert [p.name for p in found.files] == ["good.yaml"] and found.problems == []


def test_relayquiz_packs_and_validate_report_the_odd_entries(relayquiz_home, capsys):
    folder = _packs(relayquiz_home)
    (folder / "loop.yaml").symlink_to("loop.yaml")
    os.mkfifo(folder / "waiting.yaml")
    assert main(["packs"]) == 0
    err = capsys.readouterr().err
    assert f"{folder / 'loop.yaml'}: a link that loops" in err
    assert f"{folder / 'waiting.yaml'}: a pipe, not a pack file" in err
    assert main(["validate", str(folder)]) == 1
    captured = capsys.readouterr()
    assert f"{folder / 'loop.yaml'}: a link that loops" in captured.err
    assert "2 of 3 packs with problems; 1 valid" in captured.err
    assert main(["lint", str(folder)]) == 1
    assert f"{folder / 'waiting.yaml'}: a pipe" in capsys.readouterr().err
