"""The pack editor in the window, driven headless by scripted pygame events."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pygame
import pytest

from game import paths
from game.editor import EditSession, Mark
from game.packs.dump import dump_pack
from game.packs.library import load_library
from game.packs.load import load_pack
from game.ui.kit.clipboard import CLIPBOARD
from game.ui.handover import Editing
from tests.editorpacks import generated_pack, write_generated
from tests.uikit import FakeSettings, click, key, make_app, typed

CTRL, SHIFT = pygame.KMOD_LCTRL, pygame.KMOD_LSHIFT
ROOT = Path(__file__).resolve().parent.parent


OPENED: list = []


@pytest.fixture(autouse=True)
def closed_window():
    yield
    while OPENED:
        OPENED.pop().close()
    pygame.quit()


def open_editor(start: str = "review", session: EditSession | None = None, size=(1280, 720),
                settings: FakeSettings | None = None, **editing):
    session = session or EditSession.from_pack(generated_pack())
    editing.setdefault("review", start == "review")
    app = make_app(size, start=start, handover=Editing(session, **editing), settings=settings)
    OPENED.append(app)
    app.step(1 / 60, [])
    return app, session


def press(app, code: int, mod: int = 0, times: int = 1) -> None:
    for _ in range(times):
        app.step(1 / 60, [key(code, mod)])


def write(app, text: str) -> None:
    for ch in text:
        app.step(1 / 60, [typed(ch)])


def composing(text: str) -> pygame.event.Event:
    return pygame.event.Event(pygame.TEXTEDITING, text=text, start=len(text), length=0)


def seen(app) -> dict:
    return app.scene.describe()


def ids(session: EditSession) -> list[str]:
    return [q["id"] for q in session.data()["questions"]]


# -- reviewing ------------------------------------------------------------------------------

def test_a_review_keeps_drops_edits_adds_and_saves_exactly_the_kept_and_edited_questions(tmp_path):
    out = tmp_path / "reviewed.yaml"
    app, session = open_editor(session=EditSession.from_pack(generated_pack(), save_to=out))
    press(app, pygame.K_k)
    press(app, pygame.K_x)
    press(app, pygame.K_k)
    press(app, pygame.K_x)
    assert seen(app)["index"] == 4 and seen(app)["prompt"].startswith("Which cosmonaut")
    press(app, pygame.K_RETURN)
    assert seen(app)["scene"] == "edit_question" and seen(app)["field"] == "prompt"
    press(app, pygame.K_a, CTRL)
    write(app, "Who carried the torch in space with Sergei Ryazansky?")
    press(app, pygame.K_ESCAPE)
    assert seen(app)["scene"] == "review" and seen(app)["index"] == 4
    press(app, pygame.K_k)
    press(app, pygame.K_a)
    press(app, pygame.K_1)
    assert seen(app)["scene"] == "edit_question" and seen(app)["question"]["type"] == "choice"
    for text in ("On which sea does Sochi lie?", "Black Sea", "Caspian Sea", "Red Sea", "Baltic Sea"):
        write(app, text)
        press(app, pygame.K_DOWN)
    press(app, pygame.K_ESCAPE)
    assert (seen(app)["kept"], seen(app)["dropped"], seen(app)["unreviewed"]) == (4, 2, 3)
    press(app, pygame.K_s, CTRL)
    assert seen(app)["dialog"] is None and not session.dirty
    pack = load_pack(out)
    assert [q.id for q in pack.questions] == ["host-city", "columbia-lit", "cosmonaut", "president", "new-choice",
                                              "planning-stages", "adler-airport"]
    assert pack.question("cosmonaut").prompt == "Who carried the torch in space with Sergei Ryazansky?"
    assert pack.question("new-choice").wrong == ["Caspian Sea", "Red Sea", "Baltic Sea"]
    assert out.read_text(encoding="utf-8") == dump_pack(pack)


def test_the_list_view_reviews_the_highlighted_question(tmp_path):
    app, session = open_editor()
    press(app, pygame.K_l)
    assert seen(app)["view"] == "list"
    press(app, pygame.K_DOWN, times=2)
    press(app, pygame.K_x)
    assert session.mark(session.order[2]) is Mark.DROPPED and seen(app)["index"] == 3
    press(app, pygame.K_l)
    assert seen(app)["view"] == "one" and seen(app)["index"] == 3


def test_undo_and_redo_restore_each_step_across_the_screens():
    app, session = open_editor()
    first = session.order[0]
    press(app, pygame.K_k)
    press(app, pygame.K_x)
    press(app, pygame.K_LEFT, times=2)
    press(app, pygame.K_RETURN)
    write(app, " now")
    press(app, pygame.K_DOWN, times=6)
    assert seen(app)["field"] == "explanation"
    write(app, "Sochi is a resort.")
    press(app, pygame.K_z, CTRL)
    assert "explanation" not in session.question(first) and seen(app)["field"] == "explanation"
    press(app, pygame.K_z, CTRL)
    assert session.question(first)["prompt"] == "Which city was to host the 2014 Winter Games?"
    assert seen(app)["field"] == "prompt"
    press(app, pygame.K_y, CTRL)
    assert session.question(first)["prompt"].endswith("Games? now")
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_z, CTRL)
    press(app, pygame.K_z, CTRL)
    assert session.mark(session.order[1]) is Mark.UNREVIEWED and session.mark(first) is Mark.KEPT
    press(app, pygame.K_z, CTRL)
    assert session.mark(first) is Mark.UNREVIEWED and not session.history.can_undo
    press(app, pygame.K_y, CTRL, times=2)
    assert (session.mark(first), session.mark(session.order[1])) == (Mark.KEPT, Mark.DROPPED)


def test_a_bad_edit_is_shown_beside_its_field_and_blocks_saving_except_as_a_draft(tmp_path):
    out = tmp_path / "pack.yaml"
    app, session = open_editor(session=EditSession.from_pack(generated_pack(), save_to=out))
    press(app, pygame.K_RETURN)
    press(app, pygame.K_DOWN, times=2)
    assert (seen(app)["field"], seen(app)["item"]) == ("wrong", 0)
    press(app, pygame.K_a, CTRL)
    write(app, "sochi")
    assert seen(app)["messages"] == {("wrong", 0): "the answer 'Sochi' is also listed in 'wrong'"}
    press(app, pygame.K_s, CTRL)
    assert seen(app)["dialog"] == "This pack has 1 problem to fix."
    press(app, pygame.K_ESCAPE)
    assert seen(app)["dialog"] is None and not out.exists() and session.dirty
    press(app, pygame.K_s, CTRL)
    press(app, pygame.K_RETURN)
    draft = tmp_path / "pack.draft.yaml"
    assert draft.exists() and not out.exists() and not session.dirty
    assert session.last_saved == draft
    press(app, pygame.K_BACKSPACE, times=5)
    write(app, "Kyiv")
    assert seen(app)["messages"] == {}
    press(app, pygame.K_s, CTRL)
    assert load_pack(out).questions[0].wrong[0] == "Kyiv" and not draft.exists()


def test_adding_moving_and_removing_options_by_keyboard():
    app, session = open_editor()
    uid = session.order[0]
    press(app, pygame.K_RETURN)
    press(app, pygame.K_DOWN, times=5)
    assert seen(app)["field"] == "wrong" and seen(app)["item"] is None
    press(app, pygame.K_RETURN)
    write(app, "Sapporo")
    assert session.question(uid)["wrong"] == ["Vancouver", "Turin", "Nagano", "Sapporo"]
    press(app, pygame.K_UP, CTRL, times=3)
    assert session.question(uid)["wrong"] == ["Sapporo", "Vancouver", "Turin", "Nagano"]
    assert (seen(app)["field"], seen(app)["item"]) == ("wrong", 0)
    press(app, pygame.K_BACKSPACE, times=8)
    assert session.question(uid)["wrong"] == ["Vancouver", "Turin", "Nagano"]


def test_true_false_and_difficulty_change_with_left_and_right():
    app, session = open_editor()
    uid = session.order[2]
    press(app, pygame.K_RIGHT, times=2)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_DOWN)
    assert seen(app)["field"] == "answer"
    press(app, pygame.K_RIGHT)
    assert session.question(uid)["answer"] is True
    press(app, pygame.K_DOWN, times=2)
    press(app, pygame.K_RIGHT, times=3)
    assert session.question(uid)["difficulty"] == "hard"
    press(app, pygame.K_RIGHT)
    assert "difficulty" not in session.question(uid)


# -- text input -----------------------------------------------------------------------------

def test_accented_and_cyrillic_text_composed_through_text_input_events():
    app, session = open_editor()
    uid = session.order[4]
    press(app, pygame.K_RIGHT, times=4)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_a, CTRL)
    app.step(1 / 60, [composing("\u00b4")])
    assert session.question(uid)["prompt"].startswith("Which cosmonaut")
    assert app.scene.form.focused.box.composition == "\u00b4"
    app.step(1 / 60, [typed("\u00c9")])
    write(app, "quipage: ")
    app.step(1 / 60, [composing("\u043a"), composing("\u043a\u043e")])
    app.step(1 / 60, [typed("\u041a\u043e\u0441\u043c\u043e\u043d\u0430\u0432\u0442\u044b?")])
    assert session.question(uid)["prompt"] == "\u00c9quipage: \u041a\u043e\u0441\u043c\u043e\u043d\u0430\u0432\u0442\u044b?"


def test_paste_and_replacing_a_selection_in_a_field():
    app, session = open_editor()
    uid = session.order[4]
    press(app, pygame.K_RIGHT, times=4)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_DOWN)
    assert seen(app)["field"] == "answer"
    CLIPBOARD.put("\u041e\u043b\u0435\u0433 \u041a\u043e\u0442\u043e\u0432")
    press(app, pygame.K_a, CTRL)
    press(app, pygame.K_v, CTRL)
    assert session.question(uid)["answer"] == "\u041e\u043b\u0435\u0433 \u041a\u043e\u0442\u043e\u0432"
    press(app, pygame.K_LEFT, CTRL | SHIFT)
    write(app, "Kotov")
    assert session.question(uid)["answer"] == "\u041e\u043b\u0435\u0433 Kotov"
    press(app, pygame.K_z, CTRL)
    assert session.question(uid)["answer"] == "Oleg Kotov"


# -- editing any pack -----------------------------------------------------------------------

def test_editing_a_shipped_pack_from_the_pack_picker_writes_a_copy():
    shipped = ROOT / "questions" / "olympic-flame-history.yaml"
    before = shipped.read_bytes()
    app = make_app(start="packs")
    app.step(1 / 60, [])
    app.step(1 / 60, [typed("e")])
    assert seen(app)["scene"] == "edit_pack" and seen(app)["pack"] == "olympic-flame-history"
    press(app, pygame.K_RETURN)
    press(app, pygame.K_END)
    write(app, " (in Greece)")
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_s, CTRL)
    copy = paths.user_packs_dir() / "olympic-flame-history-copy.yaml"
    assert shipped.read_bytes() == before
    pack = load_pack(copy)
    assert pack.id == "olympic-flame-history-copy" and pack.questions[0].prompt.endswith("(in Greece)")
    assert "never changed" in app.services.notice.message
    assert app.services.library.get("olympic-flame-history-copy") is not None
    press(app, pygame.K_ESCAPE)
    assert seen(app)["scene"] == "packs"


def test_the_question_list_filters_sorts_adds_duplicates_deletes_and_reorders():
    app, session = open_editor("edit_pack")
    write(app, "sochi")
    assert seen(app)["shown"] == ["host-city", "adler-airport"]
    press(app, pygame.K_ESCAPE)
    assert seen(app)["filter"] == "" and len(seen(app)["shown"]) == 8
    press(app, pygame.K_t, CTRL)
    assert seen(app)["sort"] == "type"
    assert seen(app)["shown"][:4] == ["host-city", "iss-partner", "president", "adler-airport"]
    press(app, pygame.K_t, CTRL, times=2)
    press(app, pygame.K_DOWN)
    press(app, pygame.K_d, CTRL)
    assert ids(session)[2] == "columbia-year-copy"
    press(app, pygame.K_DELETE, CTRL)
    assert "columbia-year-copy" not in ids(session)
    press(app, pygame.K_z, CTRL)
    assert ids(session)[2] == "columbia-year-copy"
    press(app, pygame.K_UP, CTRL, times=2)
    assert ids(session)[0] == "columbia-year-copy"
    press(app, pygame.K_n, CTRL)
    write(app, "4")
    assert seen(app)["scene"] == "edit_question" and seen(app)["question"]["type"] == "text"
    assert ids(session)[1] == "new-text"


def test_closing_with_unsaved_changes_asks_save_discard_or_cancel(tmp_path):
    path = write_generated(tmp_path)
    original = path.read_bytes()
    app, session = open_editor("edit_pack", EditSession.from_file(path))
    press(app, pygame.K_d, CTRL)
    press(app, pygame.K_ESCAPE)
    assert seen(app)["dialog"] == "Unsaved changes: save them?"
    write(app, "c")
    assert seen(app)["scene"] == "edit_pack" and seen(app)["dialog"] is None
    press(app, pygame.K_ESCAPE)
    write(app, "d")
    assert seen(app)["scene"] == "packs" and path.read_bytes() == original
    app, session = open_editor("edit_pack", EditSession.from_file(path))
    press(app, pygame.K_d, CTRL)
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_RETURN)
    assert seen(app)["scene"] == "packs" and len(load_pack(path).questions) == 9


def test_an_interrupted_save_in_the_window_keeps_the_old_file_and_says_so(tmp_path, monkeypatch):
    path = write_generated(tmp_path)
    original = path.read_bytes()
    app, session = open_editor("edit_pack", EditSession.from_file(path))
    press(app, pygame.K_d, CTRL)

    def power_cut(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", power_cut)
    press(app, pygame.K_s, CTRL)
    monkeypatch.undo()
    assert app.services.notice.message.startswith("Not saved: could not save")
    assert "No space left on device" in app.services.notice.message
    assert path.read_bytes() == original and session.dirty
    press(app, pygame.K_ESCAPE)
    assert seen(app)["dialog"] == "Unsaved changes: save them?"


def test_a_review_opened_from_the_command_line_closes_the_window_after_saving(tmp_path):
    out = tmp_path / "out.yaml"
    session = EditSession.from_pack(generated_pack(), save_to=out)
    app, _ = open_editor(session=session, close_when_done=True)
    press(app, pygame.K_x)
    press(app, pygame.K_s, CTRL)
    assert app.running and session.last_saved == out
    press(app, pygame.K_ESCAPE)
    assert not app.running
    assert len(load_pack(out).questions) == 7


def test_playing_waits_until_the_problems_are_fixed():
    session = EditSession.from_pack(generated_pack())
    session.set_field_text(session.order[0], "prompt", "")
    app, _ = open_editor(session=session)
    app.step(1 / 60, [key(pygame.K_p)])
    assert seen(app)["scene"] == "review"
    assert app.services.notice.message.startswith("Fix 1 problem before playing: 'prompt' must not be empty")


# -- the mouse ------------------------------------------------------------------------------

def test_the_mouse_keeps_drops_and_opens_questions():
    app, session = open_editor()
    scene = app.scene
    app.step(1 / 60, [click(scene.steps.rects[1].center)])
    app.step(1 / 60, [click(scene.steps.rects[2].center)])
    assert [session.mark(u) for u in session.order[:2]] == [Mark.KEPT, Mark.DROPPED]
    app.step(1 / 60, [click(scene.tools.rects[0].center)])
    index, rect = scene.row_rects[5]
    app.step(1 / 60, [click(rect.center)])
    assert seen(app)["index"] == 5
    app.step(1 / 60, [click(rect.center)])
    assert seen(app)["scene"] == "edit_question"


def test_the_mouse_adds_and_removes_options_and_places_the_cursor():
    app, session = open_editor()
    uid = session.order[0]
    press(app, pygame.K_RETURN)
    form = app.scene.form
    remove = next(r for r in form.rows if r.key == "wrong" and r.index == 1).buttons["remove"]
    app.step(1 / 60, [click(remove.center)])
    assert session.question(uid)["wrong"] == ["Vancouver", "Nagano"]
    add = next(r for r in form.rows if r.kind == "add")
    app.step(1 / 60, [click(add.field_rect.center)])
    assert session.question(uid)["wrong"] == ["Vancouver", "Nagano", ""]
    answer = next(r for r in form.rows if r.key == "answer")
    app.step(1 / 60, [click((answer.box.rect.x + 1, answer.box.rect.centery))])
    write(app, "X")
    assert session.question(uid)["answer"] == "XSochi"


# -- every size, scale and contrast ---------------------------------------------------------

@pytest.mark.parametrize("size, scale, contrast", [((1280, 720), 1.0, False), ((1920, 1080), 1.0, True),
                                                   ((1024, 768), 2.0, False), ((3840, 2160), 1.5, True)])
def test_the_editor_screens_fit_the_window_at_every_size_and_scale(size, scale, contrast):
    settings = FakeSettings(font_scale=scale, high_contrast=contrast)
    app, session = open_editor(size=size, settings=settings)
    width, height = size
    screen = pygame.Rect(0, 0, width, height)
    for rect in app.scene.steps.rects + app.scene.tools.rects:
        assert screen.contains(rect)
    press(app, pygame.K_l)
    assert all(screen.contains(rect) for _, rect in app.scene.row_rects)
    press(app, pygame.K_RETURN)
    form = app.scene.form
    for row in form.rows:
        assert form.area.left <= row.field_rect.left and row.field_rect.right <= width and row.field_rect.w > 0
        if row.box is not None:
            assert row.box.rect.w > 0 and row.field_rect.contains(row.box.rect)
    press(app, pygame.K_DOWN, times=len(form.rows) - 1)
    focused = form.focused
    assert focused.key == "id"
    assert form.area.top <= focused.rect.top and focused.rect.bottom <= form.area.bottom + 1
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_ESCAPE)
    assert seen(app)["dialog"] == "Unsaved changes: save them?"
    press(app, pygame.K_d)
    assert seen(app)["scene"] == "packs"
    app2, _ = open_editor("edit_pack", size=size, settings=settings)
    assert all(screen.contains(rect) for rect in app2.scene.tools.rects)
    assert all(screen.contains(rect) for _, rect in app2.scene.row_rects)
    assert load_library().problems == []


def test_play_takes_the_kept_and_unreviewed_questions_to_the_setup_screen():
    app, session = open_editor()
    press(app, pygame.K_k)
    press(app, pygame.K_x, times=3)
    app.step(1 / 60, [key(pygame.K_p)])
    assert seen(app)["dialog"] == "Save before playing?"
    app.step(1 / 60, [key(pygame.K_p)])
    assert app.scene.name == "setup"
    played = app.scene.packs
    assert len(played) == 1 and [q.id for q in played[0].questions] == [
        "host-city", "cosmonaut", "president", "planning-stages", "adler-airport"]


def test_closing_the_window_with_unsaved_changes_asks_first(tmp_path):
    path = write_generated(tmp_path)
    app, session = open_editor("edit_question", EditSession.from_file(path), current=None)
    write(app, "!")
    app.step(1 / 60, [pygame.event.Event(pygame.QUIT)])
    assert app.running and seen(app)["dialog"] == "Unsaved changes: save them before quitting?"
    write(app, "c")
    assert app.running and seen(app)["dialog"] is None
    press(app, pygame.K_q, CTRL)
    press(app, pygame.K_RETURN)
    assert not app.running
    assert load_pack(path).questions[0].prompt.endswith("!")
    app, session = open_editor("edit_pack", EditSession.from_file(path))
    press(app, pygame.K_d, CTRL)
    app.step(1 / 60, [pygame.event.Event(pygame.QUIT)])
    app.step(1 / 60, [pygame.event.Event(pygame.QUIT)])
    assert not app.running and len(load_pack(path).questions) == 8


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
def test_sigterm_with_unsaved_changes_saves_them_and_stops_without_asking(tmp_path, capsys):
    path = write_generated(tmp_path)
    before = path.read_bytes()
    handler_before = signal.getsignal(signal.SIGTERM)
    app, session = open_editor("edit_question", EditSession.from_file(path), current=None)
    write(app, "!")
    assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN, None)  # the game's own
    os.kill(os.getpid(), signal.SIGTERM)
    app.run()
    assert not app.running
    assert load_pack(path).questions[0].prompt.endswith("!")
    assert (tmp_path / (path.name + "~")).read_bytes() == before
    assert f"the unsaved changes were saved to {path}" in capsys.readouterr().err
    app.close()
    assert signal.getsignal(signal.SIGTERM) in (handler_before, signal.SIG_DFL)  # handed back on closing


def test_review_opens_on_the_questions_the_generator_doubted_and_names_the_doubt():
    session = EditSession.from_pack(generated_pack())
    doubted = session.order[3]
    session.set_field(doubted, "meta", {"confidence": 0.48, "doubts": ["pronoun"]})
    app, _session = open_editor(session=session)
    assert seen(app)["index"] == 0 and seen(app)["prompt"] == session.question(doubted)["prompt"]
    assert seen(app)["doubts"] == ["pronoun"]
    press(app, pygame.K_k)
    assert seen(app)["prompt"] == session.question(session.order[0])["prompt"] and seen(app)["doubts"] == []
    assert session.mark(doubted) is Mark.KEPT


def test_the_doubt_is_written_on_the_review_card():
    from game.ui.editor.review import doubt_line

    assert doubt_line(0.58, ["pronoun", "needs the document"]) == \
        "Doubted by the generator (confidence 0.58): pronoun, needs the document"
