"""The window size kept in the settings is the player's choice, never the smaller size the game
opened at to fit a small screen (a 1024x768 projector)."""

from __future__ import annotations

import pygame
import pytest

from game.ui import app as app_module
from game.ui.app import App
from game.ui.launch import remember_window_size
from tests.uikit import FakeSettings, key, make_services, run_for

FRAME = 1 / 60


@pytest.fixture
def projector_screen(monkeypatch):
    monkeypatch.setattr(app_module, "_screen_size", lambda: (1024, 768))


def opened(size=(1280, 720)) -> App:
    services = make_services(FakeSettings(window_size=size))
    app = App(services)
    app.open(size)
    return app


def resize_to(app: App, size: tuple[int, int]) -> None:
    """The window becomes `size` (as a window manager or a dragged edge makes it), then says so."""
    pygame.display.set_mode(size, pygame.RESIZABLE)
    app.step(FRAME, [pygame.event.Event(pygame.VIDEORESIZE, w=size[0], h=size[1], size=size)])


def test_a_window_shrunk_to_fit_a_small_screen_is_not_saved_as_the_players_size(projector_screen):
    app = opened()
    try:
        assert app.surface.get_size() != (1280, 720)          # shrunk to fit the projector's screen
        run_for(app, 0.2, events=[key(pygame.K_DOWN)])
        remember_window_size(app, app.services)
        assert app.services.saved == []
        assert tuple(app.services.settings.window_size) == (1280, 720)
    finally:
        app.close()


def test_the_window_manager_settling_the_window_before_the_player_acts_is_not_a_choice(projector_screen):
    app = opened()
    try:
        resize_to(app, (980, 540))
        remember_window_size(app, app.services)
        assert app.services.saved == []
    finally:
        app.close()


def test_a_window_the_player_resized_is_remembered():
    app = opened()
    try:
        run_for(app, 0.1, events=[key(pygame.K_DOWN)])
        resize_to(app, (1100, 700))
        remember_window_size(app, app.services)
        assert tuple(app.services.settings.window_size) == (1100, 700)
        assert tuple(app.services.saved[-1].window_size) == (1100, 700)
    finally:
        app.close()


def test_fullscreen_and_back_is_not_a_new_size():
    app = opened()
    try:
        run_for(app, 0.1, events=[key(pygame.K_DOWN)])
        app.step(FRAME, [key(pygame.K_F11)])
        app.step(FRAME, [key(pygame.K_F11)])
        remember_window_size(app, app.services)
        assert tuple(app.services.settings.window_size) == (1280, 720)
    finally:
        app.close()
