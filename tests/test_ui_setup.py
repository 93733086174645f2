"""The setup screen remembers: back from the team screen or the rules, every choice is as it was
left; and the time per question follows the settings' default where a pack gives none."""

from __future__ import annotations

import pygame
import pytest

from tests.uikit import FakeSettings, focus_row, key, make_app, press, typed


def focus(app, row_key: str) -> None:
    """Move the focus to a row with Up, the way a player would."""
    focus_row(app, row_key, pygame.K_UP)


def retype(app, text: str) -> None:
    app.step(1 / 60, [key(pygame.K_BACKSPACE, pygame.KMOD_LCTRL)] * 3 + [typed(text)])


def choices(app) -> dict:
    """What the form says, row by row."""
    return {row.key: getattr(row, "text", None) or row.value_text() for row in app.scene.form.rows if row.enabled}


@pytest.fixture
def app():
    made = make_app((1280, 720), start="setup")
    yield made
    made.close()


def test_back_from_the_rules_keeps_a_solo_setup(app):
    focus(app, "name0")
    retype(app, "Zoë")
    focus(app, "time")
    press(app, pygame.K_RIGHT, pygame.K_RIGHT)                    # 15 seconds
    focus(app, "speed")
    press(app, pygame.K_RIGHT)                                   # speed points off
    chosen = choices(app)
    focus(app, "start")
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"
    press(app, pygame.K_ESCAPE)
    assert app.scene.name == "setup"
    assert choices(app) == chosen
    assert chosen["name0"] == "Zoë" and chosen["time"] == "15 seconds" and chosen["speed"] == "Off"


def test_back_from_the_rules_in_a_team_game_returns_to_the_team_screen_then_the_form(app):
    focus(app, "mode")
    press(app, pygame.K_RIGHT)                                   # party
    focus(app, "count")
    press(app, pygame.K_RIGHT)                                   # four teams
    focus(app, "name1")
    retype(app, "Owls")
    focus(app, "points")
    press(app, pygame.K_RIGHT, pygame.K_RIGHT)                    # 1,000 points
    chosen = choices(app)
    focus(app, "start")
    press(app, pygame.K_RETURN)
    assert app.scene.name == "teams"
    app.scene.form.focus = [row.key for row in app.scene.form.rows].index("top_five")
    press(app, pygame.K_RIGHT)                                   # standings: top five only
    assert app.scene.room.top_five
    app.scene.form.focus = [row.key for row in app.scene.form.rows].index("start")
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"
    assert [p.name for p in app.scene.session.players] == ["Blue", "Owls", "Black", "Green"]
    press(app, pygame.K_ESCAPE)
    assert app.scene.name == "teams"
    assert app.scene.room.top_five and app.scene.form.row("top_five").value is True
    assert app.scene.names() == ["Blue", "Owls", "Black", "Green"]
    press(app, pygame.K_ESCAPE)
    assert app.scene.name == "setup"
    assert choices(app) == chosen
    assert chosen["name1"] == "Owls" and chosen["count"] == "4" and chosen["points"] == "1,000"


def test_the_time_per_question_defaults_to_the_settings_where_the_pack_gives_none():
    app = make_app((1280, 720), start="setup", settings=FakeSettings(default_time_limit=35))
    try:
        assert app.scene.form.row("time").value_text() == "As the pack says, else 35 s"
        config = app.scene.config()
        assert config.time_limit is None and config.default_time_limit == 35
        press(app, pygame.K_RETURN)                              # Start
        session = app.scene.session
        for question in session.questions:
            own = question.question.time_limit
            pack_default = question.pack.defaults.time_limit
            expected = own if own is not None else (35 if pack_default == 20 else pack_default)
            assert question.time_limit == expected
        assert any(q.time_limit == 35 for q in session.questions)
        assert any("or 35 seconds where the pack gives none" in line for line in app.scene.rules)
    finally:
        app.close()


def test_a_time_picked_on_the_setup_screen_is_every_questions_time():
    app = make_app((1280, 720), start="setup", settings=FakeSettings(default_time_limit=35))
    try:
        focus(app, "time")
        press(app, pygame.K_RIGHT)                               # 10 seconds
        focus(app, "start")
        press(app, pygame.K_RETURN)
        assert {q.time_limit for q in app.scene.session.questions} == {10}
    finally:
        app.close()


def test_the_settings_screen_changes_and_saves_the_default_time():
    app = make_app((1280, 720), start="settings")
    try:
        form = app.scene.form
        form.focus = [row.key for row in form.rows].index("default_time_limit")
        assert form.focused.value_text() == "20 seconds"
        press(app, pygame.K_RIGHT)
        assert app.services.settings.default_time_limit == 30
        assert app.services.saved, "the change is saved at once"
        press(app, pygame.K_ESCAPE, pygame.K_RETURN)             # back to the title, then Play
        assert app.scene.name == "setup"
        assert app.scene.form.row("time").value_text() == "As the pack says, else 30 s"
    finally:
        app.close()


def test_the_setup_summary_says_how_many_questions_team_play_leaves_out(app):
    assert "left out" not in app.scene.ready_message()           # solo plays every type
    focus(app, "mode")
    press(app, pygame.K_RIGHT)                                   # party
    without_options = sum(1 for pack in app.scene.packs for q in pack.questions
                          if q.type in ("number", "text") and not q.wrong)
    assert without_options > 0, "the shipped packs should hold a typed-only question for this test"
    plural, verb = ("s", "are") if without_options != 1 else ("", "is")
    assert (f"{without_options} number or text question{plural} without options to choose from {verb} left out."
            in app.scene.ready_message())


def test_at_200_percent_text_the_form_is_one_column_that_scrolls_to_the_focused_setting():
    app = make_app((1280, 720), start="setup", settings=FakeSettings(font_scale=2.0))
    try:
        app.step(1 / 60, [])
        form = app.scene.form
        shown = [row.key for row in form.rows if row.rect.w > 0]
        assert "packs" in shown and "standings" not in shown and "start" in shown
        full = form.row("mode").rect.w
        assert all(form.row(k).rect.w == full for k in shown if k != "start")     # one setting a row
        for _ in range(len(form.rows)):                           # Down, the way a player reads the form
            if form.focused.key == "standings":
                break
            press(app, pygame.K_DOWN)
        assert form.focused.key == "standings"
        assert form.row("standings").rect.w > 0 and form.row("packs").rect.w == 0
        assert form.row("standings").rect.bottom <= form.row("start").rect.top     # above the button, not under it
        press(app, pygame.K_RIGHT)                                # the focused setting still changes
        assert form.row("standings").value_text() != "After every question"
    finally:
        app.close()
