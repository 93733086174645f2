"""Saving from the editor: through the dumper, atomically, with a backup, drafts and copies."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from game import paths
from game.cli import main as cli_main
from game.editor import EditSession, Mark, save, text_has_comments
from game.packs.dump import dump_pack
from game.packs.library import load_library
from game.packs.load import load_pack
from tests.editorpacks import generated_pack, write_generated

ROOT = Path(__file__).resolve().parent.parent


def uid_of(session: EditSession, question_id: str) -> int:
    return next(uid for uid, data, _ in session.iter_questions() if data["id"] == question_id)


@pytest.fixture
def user_packs(relayquiz_home) -> Path:
    return paths.user_packs_dir()


def test_saving_writes_the_kept_and_unreviewed_questions_never_the_dropped(user_packs):
    session = EditSession.from_pack(generated_pack())
    session.set_mark(uid_of(session, "host-city"), Mark.KEPT)
    session.set_mark(uid_of(session, "president"), Mark.DROPPED)
    session.set_mark(uid_of(session, "adler-airport"), Mark.DROPPED)
    result = save(session)
    assert result.ok and not result.draft
    assert result.path == user_packs / "torch-spacewalk.yaml"
    pack = load_pack(result.path)
    assert [q.id for q in pack.questions] == ["host-city", "columbia-year", "columbia-lit", "iss-partner",
                                              "cosmonaut", "planning-stages"]
    assert result.path.read_text(encoding="utf-8") == dump_pack(pack)
    assert not session.dirty and session.origin.path == result.path


def test_saving_again_keeps_the_previous_version_as_a_backup(tmp_path):
    path = write_generated(tmp_path)
    original = path.read_bytes()
    session = EditSession.from_file(path)
    session.set_field_text(uid_of(session, "host-city"), "prompt", "Which city hosted the 2014 Games?")
    result = save(session)
    assert result.path == path and result.note == ""
    assert (tmp_path / "torch-spacewalk.yaml~").read_bytes() == original
    assert load_pack(path).questions[0].prompt == "Which city hosted the 2014 Games?"


def test_a_pack_with_problems_is_not_saved_unless_as_a_draft(tmp_path):
    path = write_generated(tmp_path)
    original = path.read_bytes()
    session = EditSession.from_file(path)
    uid = uid_of(session, "host-city")
    session.set_item_text(uid, "wrong", 0, "Sochi")
    result = save(session)
    assert not result.ok and result.error.startswith("1 problem to fix first")
    assert [p.message for p in result.problems] == ["the answer 'Sochi' is also listed in 'wrong'"]
    assert path.read_bytes() == original and session.dirty


def test_a_draft_is_listed_by_the_library_and_never_played(user_packs):
    session = EditSession.from_pack(generated_pack())
    session.set_field_text(uid_of(session, "cosmonaut"), "prompt", "")
    result = save(session, draft=True)
    assert result.ok and result.draft
    assert result.path == user_packs / "torch-spacewalk.draft.yaml"
    assert "draft" in result.note
    library = load_library()
    assert library.get("torch-spacewalk") is None
    assert [(d.path, d.title, d.pack_id) for d in library.drafts] == [
        (result.path, "Cosmonauts may carry Olympic torch on spacewalk", "torch-spacewalk")]
    assert library.problems == []


def test_the_validator_says_the_same_of_a_draft_as_the_editor_did(user_packs, capsys):
    session = EditSession.from_pack(generated_pack())
    session.set_field_text(uid_of(session, "cosmonaut"), "time_limit", "300")
    session.set_item_text(uid_of(session, "host-city"), "wrong", 2, "SOCHI")
    editor_messages = sorted(p.message for p in session.problems())
    result = save(session, draft=True)
    assert cli_main(["validate", str(result.path)]) == 1
    printed = capsys.readouterr().err.strip().splitlines()
    assert sorted(line.split(": ", 1)[1] for line in printed if ": " in line) == editor_messages


def test_a_reopened_draft_carries_on_and_once_fixed_becomes_the_pack(user_packs):
    session = EditSession.from_pack(generated_pack())
    uid = uid_of(session, "cosmonaut")
    session.set_field_text(uid, "prompt", "")
    draft = save(session, draft=True).path
    reopened = EditSession.from_file(draft)
    assert reopened.origin.path == user_packs / "torch-spacewalk.yaml"
    uid = uid_of(reopened, "cosmonaut")
    assert [p.field for p in reopened.problems_for(uid)] == ["prompt"]
    reopened.set_field_text(uid, "prompt", "Who flew with Sergei Ryazansky?")
    result = save(reopened)
    assert result.ok and result.path == user_packs / "torch-spacewalk.yaml"
    assert not draft.exists() and draft.with_name(draft.name + "~").exists()
    assert load_library().get("torch-spacewalk").questions[4].prompt == "Who flew with Sergei Ryazansky?"
    assert load_library().drafts == []


def test_a_shipped_pack_is_saved_as_a_copy_with_a_new_id(user_packs):
    library = load_library()
    entry = library.entry("olympic-flame-history")
    shipped_file = Path(entry.pack.path)
    before = shipped_file.read_bytes()
    session = EditSession.from_pack(entry.pack, shipped=entry.shipped)
    session.set_field_text(session.order[0], "prompt", "Where is the flame lit?")
    result = save(session, taken_ids={e.id for e in library.entries})
    assert shipped_file.read_bytes() == before
    assert result.path == user_packs / "olympic-flame-history-copy.yaml"
    assert "never changed" in result.note and "olympic-flame-history-copy" in result.note
    copy_pack = load_pack(result.path)
    assert copy_pack.id == "olympic-flame-history-copy" and copy_pack.title.endswith("(your copy)")
    assert copy_pack.questions[0].prompt == "Where is the flame lit?"
    assert session.pack_id == "olympic-flame-history-copy" and not session.origin.shipped
    reloaded = load_library()
    assert reloaded.problems == [] and reloaded.get("olympic-flame-history-copy") is not None
    session.set_field_text(session.order[1], "prompt", "Again?")
    assert save(session).path == result.path


def test_a_file_with_comments_is_saved_as_a_copy_saying_why(tmp_path):
    path = write_generated(tmp_path)
    text = path.read_text(encoding="utf-8").replace("questions:\n", "# checked by hand\nquestions:\n")
    path.write_text(text, encoding="utf-8")
    session = EditSession.from_file(path)
    assert session.origin.has_comments
    session.set_mark(session.order[0], Mark.DROPPED)
    result = save(session)
    assert path.read_text(encoding="utf-8") == text
    assert result.path == tmp_path / "torch-spacewalk-edited.yaml"
    assert result.note.startswith("torch-spacewalk.yaml has comments, which saving would lose")
    assert load_pack(result.path).id == "torch-spacewalk-edited"


@pytest.mark.parametrize("text, expected", [
    ("a: 1\n", False),
    ("# a comment\na: 1\n", True),
    ("a: 1  # the number\n", True),
    ("prompt: What is C#?\n", False),
    ("prompt: 'Is # a hash?'\n", False),
    ('prompt: "# not a comment"\n', False),
    ("text: |\n  line # kept\n  more\n", False),
    ("list:\n  - a\n  # between items\n  - b\n", True),
])
def test_comments_are_told_apart_from_hashes_inside_values(text, expected):
    assert text_has_comments(text) is expected


def test_an_interrupted_save_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = write_generated(tmp_path)
    original = path.read_bytes()
    session = EditSession.from_file(path)
    session.set_field_text(session.order[0], "prompt", "Half written?")

    def power_cut(source, target):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", power_cut)
    result = save(session)
    monkeypatch.undo()
    assert not result.ok and "nothing was changed" in result.error and str(path) in result.error
    assert path.read_bytes() == original
    # The folder is exactly as it was: no temporary file, and no backup made of a save that failed.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["torch-spacewalk.yaml"]
    assert session.dirty
    assert save(session).ok
    assert load_pack(path).questions[0].prompt == "Half written?"


def test_a_generated_pack_whose_id_is_taken_gets_a_free_one(user_packs):
    session = EditSession.from_pack(generated_pack())
    result = save(session, taken_ids={"torch-spacewalk"})
    assert result.path == user_packs / "torch-spacewalk-2.yaml"
    assert "now 'torch-spacewalk-2'" in result.note
    assert load_pack(result.path).id == "torch-spacewalk-2"


def test_a_review_with_an_output_file_saves_there(tmp_path):
    out = tmp_path / "out" / "review.yaml"
    session = EditSession.from_pack(generated_pack(), save_to=out)
    session.set_mark(session.order[0], Mark.DROPPED)
    result = save(session)
    assert result.path == out and len(load_pack(out).questions) == 7


def test_a_copy_saved_elsewhere_takes_its_pictures_along(tmp_path, user_packs):
    source = tmp_path / "pictures"
    shutil.copytree(ROOT / "questions", source, dirs_exist_ok=True)
    (source / "images").mkdir()
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                        "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
    (source / "images" / "dot.png").write_bytes(png)
    pack = load_pack(source / "olympic-flame-history.yaml")
    session = EditSession.from_pack(pack, shipped=True)
    session.set_field(session.order[0], "image", {"file": "images/dot.png", "alt": "A dot"})
    result = save(session)
    assert result.ok, result.error
    assert (user_packs / "images" / "dot.png").read_bytes() == png
    assert load_pack(result.path).questions[0].image.file == "images/dot.png"


def test_relayquiz_packs_lists_drafts_apart(user_packs, capsys):
    session = EditSession.from_pack(generated_pack())
    session.set_field_text(session.order[0], "prompt", "")
    draft = save(session, draft=True).path
    assert cli_main(["packs"]) == 0
    out = capsys.readouterr().out
    table, drafts = out.split("Drafts (saved with problems; not played until they are fixed in the editor):")
    assert draft.name not in table
    assert f"Cosmonauts may carry Olympic torch on spacewalk: {draft}" in drafts
