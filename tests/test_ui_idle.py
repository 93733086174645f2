"""A still screen is not redrawn sixty times a second: the loop sleeps until input comes (which
wakes it at once) or the screen is due to change by itself; animated screens keep every frame."""

from __future__ import annotations

import math

import pygame
import pytest

from game.ui import app as app_module
from game.ui.kit.idle import blink_wait
from tests.test_ui_screens import open_at, party_match, revealed, solo_match, with_standings
from tests.uikit import FakeSettings, key, make_app, press, run_for, typed


def settled(app, seconds: float = 0.5):
    run_for(app, seconds)       # past the fade between scenes
    return app


@pytest.fixture
def app():
    made = make_app((1280, 720))
    yield made
    made.close()


def test_a_caret_blink_is_timed_to_its_next_turn():
    assert blink_wait(0.0, 1.0) == pytest.approx(0.6)
    assert blink_wait(0.5, 1.0) == pytest.approx(0.1)
    assert blink_wait(0.7, 1.0) == pytest.approx(0.3)
    assert blink_wait(2.25, 1.0) == pytest.approx(0.35)


def test_menus_with_nothing_moving_are_still(app):
    press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    assert app.scene.name == "settings"
    settled(app)
    assert app.still_for() == math.inf


def test_the_title_is_still_only_when_its_torch_does_not_burn():
    for reduced, expected in ((False, 0.0), (True, math.inf)):
        app = settled(make_app((1280, 720), settings=FakeSettings(reduced_motion=reduced)))
        try:
            assert app.scene.name == "title"
            assert app.still_for() == expected
        finally:
            app.close()


@pytest.mark.parametrize("start, handover", [("question", solo_match),
                                             ("standings", lambda s: with_standings(solo_match(s)))])
def test_play_screens_are_drawn_every_frame(start, handover):
    app = settled(open_at((1280, 720), start, handover))
    try:
        assert app.scene.name == start
        assert app.still_for() == 0.0
    finally:
        app.close()


def test_a_focused_name_field_wakes_the_loop_for_its_caret_blink(app):
    press(app, pygame.K_RETURN)
    assert app.scene.name == "setup"
    settled(app)
    assert app.still_for() == math.inf                # Start has the focus: nothing blinks
    for _ in range(len(app.scene.form.rows)):           # up to the name field
        if app.scene.form.wants_text:
            break
        press(app, pygame.K_UP)
    assert app.scene.form.wants_text
    settled(app)
    wait = app.still_for()
    assert 0 < wait <= 0.6
    shown_before = app.scene.form.caret_time % 1.0 < 0.6
    app.step(wait, [], max_dt=app_module.IDLE_WAKE + app_module.MAX_DT)
    assert (app.scene.form.caret_time % 1.0 < 0.6) != shown_before


def test_typing_in_the_pack_filter_makes_its_caret_blink(app):
    press(app, pygame.K_DOWN, pygame.K_RETURN)
    assert app.scene.name == "packs"
    settled(app)
    assert app.still_for() == math.inf
    app.step(1 / 60, [typed("o")])
    assert 0 < app.still_for() <= 0.6


def test_a_notice_keeps_the_loop_awake_until_it_goes(app):
    press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    settled(app)
    app.step(1 / 60, [key(pygame.K_m)])               # "Sound off"
    assert 0 < app.still_for() <= app.services.notice.left
    run_for(app, app.services.notice.left + 0.1)
    assert app.still_for() == math.inf


def test_entering_a_screen_draws_its_fade_in_every_frame(app):
    press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    assert app.scene.name == "settings"
    assert app.still_for() == 0.0


def test_a_still_screen_sleeps_until_input_and_returns_it_at_once(app, monkeypatch):
    press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    settled(app)
    app.last_frame_at = app.wall.now() - 1.0        # the last frame long ago
    pressed = key(pygame.K_DOWN)
    looks = [[], [], [pressed]]          # nothing, nothing, then a key
    naps: list[float] = []
    monkeypatch.setattr(pygame.event, "get", lambda: looks.pop(0) if looks else [])
    monkeypatch.setattr(app_module.time, "sleep", naps.append)
    events, slept = app.next_events()
    assert slept and events == [pressed]
    # Short naps between looks for input: the key is seen within one of them.
    assert len(naps) == 2 and all(0 < nap <= app_module.INPUT_POLL for nap in naps)


def test_an_animated_screen_waits_for_input_no_longer_than_its_next_frame(monkeypatch):
    app = settled(open_at((1280, 720), "question", solo_match))
    try:
        waited: list[int] = []

        def wait(timeout: int):
            waited.append(timeout)
            return pygame.event.Event(pygame.NOEVENT)

        monkeypatch.setattr(pygame.event, "wait", wait)
        app.last_frame_at = app.wall.now()          # a frame was just drawn
        app.next_events()
        assert all(timeout <= round(1000 / app.scene.frame_rate) for timeout in waited)
        assert app.scene.frame_rate == 30           # a flame needs no more
    finally:
        app.close()


@pytest.mark.parametrize("handover", [lambda s: revealed(solo_match(s)),
                                      lambda s: revealed(party_match(s), [(i, i % 3) for i in range(8)])],
                         ids=["solo", "party of 8"])
def test_the_reveal_sleeps_when_nothing_moves(handover):
    app = settled(open_at((1280, 720), "reveal", handover))
    try:
        assert app.scene.name == "reveal"
        assert app.still_for() == math.inf
    finally:
        app.close()


def test_a_banner_on_the_reveal_wakes_the_loop_when_it_goes():
    app = settled(open_at((1280, 720), "reveal", lambda s: revealed(party_match(s), [(i, i % 3) for i in range(8)])))
    try:
        app.scene.play.banner.show("Pad 2 unplugged", 3.0)
        assert app.still_for() == pytest.approx(3.0)
        run_for(app, 3.1)
        assert app.still_for() == math.inf
    finally:
        app.close()


def test_standings_draw_60_frames_a_second_while_runners_run_and_30_once_they_stand():
    app = settled(open_at((1280, 720), "standings", lambda s: with_standings(party_match(s))))
    try:
        assert app.scene.frame_rate == 60
        app.step(1 / 60, [key(pygame.K_RETURN)])       # skip the run
        assert app.scene.track.finished and app.scene.frame_rate == 30
    finally:
        app.close()
