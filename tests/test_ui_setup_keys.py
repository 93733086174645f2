"""The setup screen does what its footer says: Enter starts from any setting, Space and
Left/Right change the focused one, and Down walks the form in the order it is read."""

from __future__ import annotations

import pygame
import pytest

from tests.uikit import focus_row as focus, key, make_app, press, typed

FRAME = 1 / 60


@pytest.fixture
def app():
    made = make_app((1280, 720), start="setup")
    yield made
    made.close()


@pytest.mark.parametrize("row_key", ["mode", "name0", "time", "type_number", "speed", "standings"])
def test_enter_starts_the_game_from_any_setting_without_changing_it(app, row_key):
    focus(app, row_key)
    before = {row.key: row.value_text() for row in app.scene.form.rows}
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"
    session = app.scene.session
    assert session.config.players == (before["name0"],)
    assert before[row_key] == {"mode": "Solo", "name0": "Player", "time": "As the pack says, else 20 s",
                               "type_number": "On", "speed": "On", "standings": "After every question"}[row_key]


def test_space_on_the_packs_row_opens_the_pack_list(app):
    focus(app, "packs")
    press(app, pygame.K_SPACE)
    assert app.scene.name == "packs"


def test_enter_on_the_packs_row_starts(app):
    focus(app, "packs")
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"


def test_space_and_left_right_change_the_focused_setting(app):
    focus(app, "speed")
    press(app, pygame.K_SPACE)
    assert app.scene.form.row("speed").on is False and app.scene.name == "setup"
    press(app, pygame.K_RIGHT)
    assert app.scene.form.row("speed").on is True
    focus(app, "time")
    press(app, pygame.K_SPACE, pygame.K_SPACE)
    assert app.scene.form.row("time").value == 15
    press(app, pygame.K_LEFT)
    assert app.scene.form.row("time").value == 10
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"
    assert app.scene.session.config.time_limit == 10


def test_space_in_a_name_types_a_space_and_enter_there_starts(app):
    focus(app, "name0")
    app.step(FRAME, [key(pygame.K_a, pygame.KMOD_LCTRL), typed("Ana"), key(pygame.K_SPACE), typed(" "),
                     typed("Lu")])
    assert app.scene.form.row("name0").text == "Ana Lu"
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro" and app.scene.session.players[0].name == "Ana Lu"


def reading_order(app) -> list[str]:
    """The enabled rows as a reader meets them: the left column top to bottom (a line of two
    names left to right), then the right column, then Start."""
    rows = [row for row in app.scene.form.rows if row.enabled and row.rect.w > 0]
    middle = app.surface.get_width() // 2

    def place(row):
        if row.key == "start":
            return (2, 0, 0)
        return (0 if row.rect.centerx < middle or row.rect.w > middle else 1, row.rect.y, row.rect.x)

    return [row.key for row in sorted(rows, key=place)]


@pytest.mark.parametrize("mode_steps, teams", [(0, 0), (1, 3), (1, 8), (2, 5)])
def test_down_walks_the_form_in_reading_order(app, mode_steps, teams):
    focus(app, "mode")
    for _ in range(mode_steps):
        press(app, pygame.K_RIGHT)
    if teams:
        focus(app, "count")
        while app.scene.form.row("count").value != teams:
            press(app, pygame.K_RIGHT if app.scene.form.row("count").value < teams else pygame.K_LEFT)
    app.step(FRAME, [])
    expected = reading_order(app)
    focus(app, expected[0])
    walked = []
    for _ in expected:
        walked.append(app.scene.form.focused.key)
        press(app, pygame.K_DOWN)
    assert walked == expected
    assert app.scene.form.focused.key == expected[0]            # on from Start to the top


def test_the_focus_starts_on_the_first_setting_and_down_goes_to_the_one_below(app):
    assert app.scene.form.focused.key == "mode"
    press(app, pygame.K_DOWN)
    assert app.scene.form.focused.key == "name0"
    press(app, pygame.K_DOWN)
    assert app.scene.form.focused.key == "questions"
