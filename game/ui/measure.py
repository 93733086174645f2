"""Measure a screen as it is drawn: every text box with its rectangle, type size and panel.

`measure(ScreenSetup(...))` opens the window on a screen (any size, any settings, any
handover), lets it settle, draws one frame under a recording and returns a `Measured`
frame: the smallest text, texts that overlap each other or a shape, and boxes outside their
panels. Tests of type sizes, collisions and longer languages all go through it, with the
dummy video driver or a real one.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

import pygame

from game.ui.kit import record
from game.ui.kit.layout import Screen
from game.ui.kit.record import Box


@dataclass(frozen=True)
class ScreenSetup:
    """Which screen, at what window size and settings, with what handed over to it.

    `handover` is called with the window's services (so a session can use the game clock);
    `settings` are changes to the default settings (`font_scale=2.0`, `projector=True`);
    `events` are fed one frame apart after `settle` seconds, before the measured frame."""

    start: str
    handover: Callable[[Any], Any] | None = None
    size: tuple[int, int] = (1280, 720)
    settings: dict = field(default_factory=dict)
    settle: float = 0.4
    events: tuple = ()
    after: float = 0.0
    store: Any = None
    library_loader: Callable[[], Any] | None = None
    fullscreen: bool = False

    def with_(self, **changes) -> "ScreenSetup":
        return dataclasses.replace(self, **changes)

    def describe(self) -> str:
        extra = ", ".join(f"{k}={v}" for k, v in self.settings.items())
        return f"{self.start} at {self.size[0]}x{self.size[1]}" + (f" ({extra})" if extra else "")


@dataclass
class Measured:
    """One frame of a screen, box by box, in window coordinates."""

    setup: ScreenSetup
    scene: str
    screen: Screen
    boxes: list[Box]
    theme: Any = None
    picture: pygame.Surface | None = None
    _recording: record.Recording | None = None

    @property
    def texts(self) -> list[Box]:
        return [box for box in self.boxes if box.is_text]

    @property
    def shapes(self) -> list[Box]:
        return [box for box in self.boxes if not box.is_text]

    def text(self, words: str) -> list[Box]:
        """The boxes showing exactly `words`."""
        return [box for box in self.texts if box.name == words]

    def smallest(self, texts: Iterable[Box] | None = None) -> Box | None:
        return self._recording.smallest(list(texts) if texts is not None else None)

    def overlaps(self, margin: int = 0) -> list[tuple[Box, Box]]:
        return self._recording.overlaps(margin)

    def escapes(self, margin: int = 0) -> list[tuple[Box, pygame.Rect]]:
        return self._recording.escapes(margin, self.screen.rect)

    def cut(self) -> list[Box]:
        """Texts that did not fit their box and were cut short."""
        return [box for box in self.texts if not box.fits]


def default_settings(**changes):
    from game.store.settings import Settings

    return dataclasses.replace(Settings(), **changes)


def build_services(setup: ScreenSetup):
    from game.packs.library import load_library
    from game.ui.look.sound import SoundBank
    from game.ui.services import Services

    return Services(settings=default_settings(**setup.settings), save_settings=lambda settings: None,
                    sound=SoundBank(), store=setup.store, library_loader=setup.library_loader or load_library)


def measure(setup: ScreenSetup, *, keep_picture: bool = False) -> Measured:
    """Open `setup`'s screen, let it settle, and record what one frame draws."""
    from game.ui.app import App

    services = build_services(setup)
    handover = setup.handover(services) if setup.handover else None
    app = App(services, start=setup.start, handover=handover)
    with record.recording() as recording:
        app.open(setup.size, fullscreen=setup.fullscreen)
        try:
            recording.window = app.surface
            steps = max(1, round(setup.settle / 0.1))
            for _ in range(steps):
                app.step(0.1, [])
            for event in setup.events:
                app.step(1 / 60, [event])
            if setup.after:
                for _ in range(max(1, round(setup.after / 0.1))):
                    app.step(0.1, [])
            recording.window = app.surface
            recording.start_frame()
            app.step(1 / 60, [])
            picture = app.surface.copy() if keep_picture else None
            return Measured(setup, app.scene.name, Screen(*app.surface.get_size()), recording.boxes,
                            services.theme, picture, recording)
        finally:
            app.close()
