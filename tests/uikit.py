"""Helpers for driving the game window in tests: event factories, an App on the dummy driver.

Tests speak in key presses and clicks (`key(pygame.K_RETURN)`, `click((x, y))`) and advance
time in exact steps; nothing sleeps and no real clock is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import pygame
import pytest

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
    projector: bool = False
    phones_show_prompt: bool = False
    phones_port: int = 8765


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
    from game.ui.look.sound import SoundBank

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


def focus_row(app, row_key: str, direction: int = pygame.K_DOWN) -> None:
    """Move the form's focus to a row with an arrow key, the way a player would."""
    form = app.scene.form
    for _ in range(len(form.rows) + 1):
        if form.focused is not None and form.focused.key == row_key:
            return
        press(app, direction)
    raise AssertionError(f"the focus never reached {row_key!r}")


def run_for(app, seconds: float, dt: float = 1 / 60, events: Iterable = ()) -> None:
    """Advance the game by `seconds` of exact frames, with `events` in the first frame."""
    pending = list(events)
    steps = max(1, round(seconds / dt))
    for _ in range(steps):
        app.step(dt, pending)
        pending = []


LONG_NAMES = ("The Unstoppable Torchbearers", "Cauldron Lighters of Class 7B", "Zoë, Ærø and Łukasz",
              "Σπύρος Λούης Fan Club", "Команда Олимпийский огонь", "Marathon Runners United",
              "The Black Sea Swimmers", "Team Eight With A Long Name")


def long_pack():
    """A pack whose texts are as long as authors write them: long prompts, options and quotes."""
    from game.packs.model import (ChoiceQuestion, Citation, NumberQuestion, Pack, Source, TextQuestion,
                                  TrueFalseQuestion)

    quote = ("The Olympic torch relay for the 2014 Winter Games in Sochi, the Russian resort on the Black Sea "
             "coast, was to include a spacewalk by two cosmonauts who would carry an unlit torch outside the "
             "International Space Station before bringing it back to Earth on a Soyuz capsule in November.")
    prompt = ("Which Russian resort city on the coast of the Black Sea, chosen in 2007 by the International "
              "Olympic Committee over Salzburg and Pyeongchang, hosted the 2014 Winter Olympic and Paralympic "
              "Games, the most expensive Olympics ever held?")
    return Pack(
        id="long-texts", title="A pack with very long texts to test that everything fits its box",
        description="Long prompts, long options, long explanations and long source quotes. " * 3,
        sources=[Source(id="doc", title="Russia: Cosmonauts may carry Olympic torch on spacewalk, a long title")],
        questions=[
            ChoiceQuestion(id="host", prompt=prompt, answer="Sochi, Krasnodar Krai, Russian Federation",
                           wrong=["Vancouver, British Columbia, Canada", "Turin (Torino), Piedmont, Italy",
                                  "Nagano, Nagano Prefecture, Japan"],
                           explanation="Sochi beat Pyeongchang and Salzburg in the vote held in Guatemala City in "
                                       "July 2007; the Games cost more than fifty billion dollars. " * 2,
                           source=Citation(quote=quote, doc="doc")),
            TrueFalseQuestion(id="tf", prompt=prompt.replace("Which", "True or false: the") + " " * 2,
                              answer=True, explanation="Yes.", source=Citation(quote=quote, doc="doc")),
            NumberQuestion(id="year", prompt="In what year did the Space Shuttle Columbia carry an unlit "
                                             "Olympic torch into orbit, years before the Sochi relay?",
                           answer=1996, unit="", wrong=[1992, 2000, 1988], source=Citation(quote=quote, doc="doc")),
            TextQuestion(id="sea", prompt="On the coast of which sea does Sochi lie?", answer="Black Sea",
                         accept=["the Black Sea"], wrong=["Caspian Sea", "Sea of Azov", "Baltic Sea"],
                         explanation="The resort stretches along the Black Sea coast.",
                         source=Citation(quote=quote, doc="doc")),
            ChoiceQuestion(id="six", prompt="Which of these cities has hosted the Summer Olympic Games?",
                           answer="Stockholm", wrong=["Oslo", "Sochi", "Nagano", "Sapporo", "Lillehammer"]),
        ],
    )


def new_session(pack=None, mode: str = "solo", players: tuple[str, ...] = ("Player",), count: int = 5,
                seed: int = 3, clock=None, **scoring):
    from game.quiz import ScoringOptions, Session, SessionConfig
    from game.ui.clock import GameClock

    config = SessionConfig(packs=(pack or long_pack(),), players=players, mode=mode, question_count=count, seed=seed,
                           scoring=ScoringOptions(**scoring))
    return Session(config, clock or GameClock())


@pytest.fixture
def small_display():
    """A started display with a tiny window, for tests that draw or post events off screen."""
    pygame.display.init()
    pygame.display.set_mode((64, 64))
    yield
    pygame.display.quit()
