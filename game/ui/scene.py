"""The scene: one screen of the game, a small class with a few obvious methods.

A scene never imports another scene. When it is done it calls `finish(outcome, handover)`;
the App looks the outcome up in the flow table (`game.ui.flow`) and enters the next scene
with the handover, a small dataclass carrying what must persist from one screen to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import pygame

from game.ui.input import actions as A
from game.ui.input.keymap import MENU, SOLO_KEYS
from game.ui.kit.layout import Screen

if TYPE_CHECKING:
    from game.ui.handover import Handover
    from game.ui.services import Services


@dataclass(frozen=True)
class Outcome:
    """What a finished scene asks for: the name of the way out and what to hand over."""

    name: str
    handover: Handover = None


class Scene:
    """Base of every screen. Subclasses override the hooks they need."""

    name: ClassVar[str] = ""
    # Shown at the top of the help overlay ("This screen" when empty); marked with N_ and
    # translated there, as are the words of `help_keys`.
    title: ClassVar[str] = ""
    input_mode: ClassVar[str] = MENU
    # Keys this screen adds to the help overlay: (keys, what they do).
    help_keys: ClassVar[tuple[tuple[str, str], ...]] = ()
    # Frames a second the screen's animation needs while something moves (a flame needs 30;
    # runners crossing the screen, 60). The App never draws faster than its own rate.
    frame_rate: ClassVar[int] = 60

    def __init__(self, services: "Services") -> None:
        self.services = services
        self.outcome: Outcome | None = None
        self._layout_size: tuple[int, int] | None = None

    # -- hooks ----------------------------------------------------------------------------
    def enter(self, handover: Handover) -> None:
        """Called once when the scene becomes current, with what the last scene handed over."""

    def handle(self, action: A.Action) -> None:
        """React to one action."""

    def update(self, dt: float) -> None:
        """Advance by `dt` seconds of game time."""

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the whole screen."""

    def draw_frame(self, surface: pygame.Surface, kept: bool) -> list[pygame.Rect] | None:
        """Draw this frame: the rectangles that changed, or None when the whole window did.

        `kept` says the window still shows exactly the frame this screen drew last, so a screen
        with a `kit.layers.StaticLayer` may draw only what moves. By default, all of it."""
        self.draw(surface)
        return None

    def leave(self) -> None:
        """Called when another scene takes over."""

    def still_for(self) -> float:
        """How long the screen stays as drawn if no input comes: 0 while something moves (every
        frame is drawn), else the seconds until it next changes by itself (a caret's blink), or
        STILL. The App sleeps until input or that moment, so an idle menu costs almost no CPU."""
        return 0.0

    def layout(self, screen: Screen) -> None:
        """Compute rectangles for a window size; called before drawing whenever the size changes."""

    def hint_band(self) -> pygame.Rect | None:
        """Where this screen draws its key hints, when not in the usual footer: a notice covers
        that band whole rather than half a key cap."""
        return None

    def scores_changed(self) -> None:
        """The teacher added or took points; a screen that shows the scores shows them again."""

    def theme_changed(self) -> None:
        """The settings changed the theme; by default, lay out again (text is re-fitted)."""
        self._layout_size = None

    def language_changed(self) -> None:
        """The player chose another language: words held by the screen (a form's labels) are
        made again in it; by default, lay out again (every text is fitted anew)."""
        self.theme_changed()

    # -- helpers --------------------------------------------------------------------------
    @property
    def answer_keys(self) -> list[tuple[tuple[int, ...], ...]]:
        """Each team's answer keys while the scene takes answers."""
        return [SOLO_KEYS]

    @property
    def teacher_keys(self) -> bool:
        """Whether the classroom's teacher keys are live on this screen now."""
        return False

    @property
    def theme(self):
        return self.services.theme

    def finish(self, outcome: str, handover: Handover = None) -> None:
        """Leave this scene the way named `outcome` (a key of the flow table)."""
        self.outcome = Outcome(outcome, handover)

    def ensure_layout(self, surface: pygame.Surface) -> Screen:
        size = surface.get_size()
        screen = Screen(*size)
        if size != self._layout_size:
            self._layout_size = size
            self.layout(screen)
        return screen

    def may_quit(self) -> bool:
        """The window is being closed (or Ctrl+Q): False to ask the player first."""
        return True

    def terminated(self) -> str | None:
        """The system stops the game now (SIGTERM: a logout, a script's timeout); nobody can be
        asked. Keep what must not be lost and say where, or None when there was nothing."""
        return None

    def describe(self) -> dict[str, Any]:
        """What is on screen, for tests and autoplay (overridden by scenes with state)."""
        return {"scene": self.name}
