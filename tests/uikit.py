"""Helpers for driving the game window in tests: event factories, an App on the dummy driver.

Tests speak in key presses and clicks (`key(pygame.K_RETURN)`, `click((x, y))`) and advance
time in exact steps; nothing sleeps and no real clock is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import pygame

SIZES = [(1280, 720), (1920, 1080), (3840, 2160)]


@dataclass
class FakeSettings:
    """The settings fields the window reads, with the game's defaults."""

    fullscreen: bool = False
    window_size: tuple[int, int] = (1280, 720)
    font_scale: float = 1.0
    high_contrast: bool = False
    reduced_motion: bool = False
    dyslexia_font: bool = False
    volume: float = 0.8
    mute: bool = False
    default_time_limit: int = 20
    language: str = "en"


def key(code: int, mod: int = 0, text: str | None = None) -> pygame.event.Event:
    if text is None:
        name = pygame.key.name(code) if pygame.get_init() else ""
        text = name if len(name) == 1 else ""
        if mod & pygame.KMOD_SHIFT:
            text = text.upper()
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=text, scancode=0)


def typed(text: str) -> pygame.event.Event:
    return pygame.event.Event(pygame.TEXTINPUT, text=text)


def click(pos: tuple[int, int]) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=False)


def move(pos: tuple[int, int]) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False)


def tap(x: float, y: float) -> pygame.event.Event:
    return pygame.event.Event(pygame.FINGERDOWN, x=x, y=y, dx=0, dy=0, finger_id=0, touch_id=0, pressure=1)


def drop(path) -> pygame.event.Event:
    return pygame.event.Event(pygame.DROPFILE, file=str(path))


def make_services(settings: FakeSettings | None = None, library_loader=None, store=None):
    from game.packs.library import load_library
    from game.ui.services import Services
    from game.ui.sound import SoundBank

    saved: list = []
    services = Services(settings=settings or FakeSettings(), save_settings=saved.append,
                        sound=SoundBank(), library_loader=library_loader or load_library, store=store)
    services.saved = saved  # type: ignore[attr-defined]
    return services


def make_app(size=(1280, 720), start: str = "title", handover=None, settings: FakeSettings | None = None,
             services=None, **kwargs):
    from game.ui.app import App

    services = services or make_services(settings, **kwargs)
    app = App(services, start=start, handover=handover)
    app.open(size)
    return app


def press(app, *codes: int, dt: float = 1 / 60) -> None:
    """Press keys one frame apart."""
    for code in codes:
        app.step(dt, [key(code)])


def run_for(app, seconds: float, dt: float = 1 / 60, events: Iterable = ()) -> None:
    """Advance the game by `seconds` of exact frames, with `events` in the first frame."""
    pending = list(events)
    steps = max(1, round(seconds / dt))
    for _ in range(steps):
        app.step(dt, pending)
        pending = []
