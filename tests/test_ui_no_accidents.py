"""Nothing quits or leaves by accident: the title asks before quitting, Backspace never leaves a
screen, the title menu does not wrap onto Quit, and a mistyped document path is kept to correct."""

from __future__ import annotations

import pygame
import pytest

from tests.uikit import key, make_app, press, typed

FRAME = 1 / 60


@pytest.fixture
def app():
    made = make_app((1280, 720))
    yield made
    made.close()


def test_esc_on_the_title_asks_and_staying_keeps_the_game_open(app):
    assert app.step(FRAME, [key(pygame.K_ESCAPE)])
    assert app.scene.describe()["asking"] == "Quit Torch Relay Quiz?"
    assert app.step(FRAME, [key(pygame.K_RETURN)])           # "Stay" has the focus
    assert app.running and app.scene.name == "title"
    assert app.scene.describe()["asking"] is None
    assert app.step(FRAME, [key(pygame.K_ESCAPE)])
    assert app.step(FRAME, [key(pygame.K_ESCAPE)])           # a second Esc answers "stay"
    assert app.running and app.scene.describe()["asking"] is None


def test_backspace_on_the_title_does_nothing(app):
    for _ in range(3):
        assert app.step(FRAME, [key(pygame.K_BACKSPACE)])
    assert app.running and app.scene.name == "title"
    assert app.scene.describe() == {"scene": "title", "focus": "play", "asking": None}


def test_enter_on_quit_and_ctrl_q_quit_at_once():
    app = make_app((1280, 720))
    try:
        for _ in range(10):
            press(app, pygame.K_DOWN)
        assert app.scene.describe()["focus"] == "quit"
        assert app.step(FRAME, [key(pygame.K_RETURN)]) is False
    finally:
        app.close()
    app = make_app((1280, 720))
    try:
        assert app.step(FRAME, [key(pygame.K_q, pygame.KMOD_LCTRL)]) is False
    finally:
        app.close()


def test_up_on_play_stays_on_play_and_down_stops_at_quit(app):
    press(app, pygame.K_UP, pygame.K_UP)
    assert app.scene.describe()["focus"] == "play"
    for _ in range(10):
        press(app, pygame.K_DOWN)
    assert app.scene.describe()["focus"] == "quit"
    press(app, pygame.K_DOWN)
    assert app.scene.describe()["focus"] == "quit"


def test_back_on_the_title_from_any_screen_lands_on_play_and_up_does_not_reach_quit(app):
    press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    assert app.scene.name == "hall"
    press(app, pygame.K_ESCAPE)
    assert app.scene.describe()["focus"] == "play"
    press(app, pygame.K_UP, pygame.K_RETURN)
    assert app.running and app.scene.name == "setup"


@pytest.mark.parametrize("start", ["setup", "settings", "hall", "packs"])
def test_backspace_never_leaves_a_menu_screen(start):
    app = make_app((1280, 720), start=start)
    try:
        if start == "setup":
            press(app, pygame.K_UP)                  # off the Start button, onto a setting
        for _ in range(3):
            assert app.step(FRAME, [key(pygame.K_BACKSPACE)])
        assert app.scene.name == start
    finally:
        app.close()


def mistype_a_path(app, path: str) -> None:
    press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    assert app.scene.name == "generate"
    app.step(FRAME, [typed(path)])
    press(app, pygame.K_RETURN)
    from tests.test_ui_flow import wait_for_generation

    wait_for_generation(app)
    assert app.scene.describe()["state"] == "failed"


def test_a_mistyped_document_path_is_kept_to_correct_and_backspace_edits_it(app, tmp_path):
    typo = str(tmp_path / "artcle.txt")
    mistype_a_path(app, typo)
    assert app.scene.form.focused.key == "again"
    assert app.scene.form.focused.label == "Correct the path"
    press(app, pygame.K_BACKSPACE)
    assert app.scene.name == "generate" and app.scene.describe()["state"] == "asking"
    assert app.scene.field.text == typo[:-1]
    press(app, pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE,
          pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE,
          pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE)
    assert app.scene.name == "generate" and app.running


def test_the_document_error_screen_moves_between_its_buttons_with_left_and_right(app, tmp_path):
    typo = str(tmp_path / "missing.txt")
    mistype_a_path(app, typo)
    form = app.scene.form
    press(app, pygame.K_RIGHT)
    assert form.focused.key == "back"
    press(app, pygame.K_RIGHT)
    assert form.focused.key == "back"
    press(app, pygame.K_LEFT)
    assert form.focused.key == "again"
    press(app, pygame.K_RETURN)
    assert app.scene.describe()["state"] == "asking"
    assert app.scene.field.text == typo


def test_the_document_error_screen_says_what_was_typed(app, tmp_path):
    from tests.test_ui_screens import audited_frame

    typo = str(tmp_path / "missing.txt")
    mistype_a_path(app, typo)
    drawn = " ".join(piece.text for piece in audited_frame(app))
    assert f"You typed: {typo}" in drawn
