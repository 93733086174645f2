"""What a player means, independent of how they said it (keyboard, mouse, touch, controller).

Scenes and tests speak these; only `game.ui.input.keymap` knows about pygame events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Action:
    """Base of every action. `repeat`: made by a held key repeating, not by a press (only
    focus moves and text editing are ever made that way; see `game.ui.input.keymap`)."""

    repeat: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class Navigate(Action):
    """Move the focus: dx, dy in -1, 0, 1."""

    dx: int = 0
    dy: int = 0


@dataclass(frozen=True)
class Confirm(Action):
    """Enter: choose what has the focus, or go on. `space` is True for the space bar, which a
    form whose Enter means "start" (the setup screen) uses to change the focused setting."""

    space: bool = False


@dataclass(frozen=True)
class Back(Action):
    """Esc: one step back (a running session asks first). Backspace is never Back: outside a
    text field it is an `EditKey("backspace")`, which no screen takes as leaving."""


@dataclass(frozen=True)
class Answer(Action):
    """A team (0 in solo play) locks in the option at `choice` (0-based, in tile order)."""

    team: int
    choice: int


@dataclass(frozen=True)
class Pause(Action):
    """Pause or resume the running question."""


@dataclass(frozen=True)
class Help(Action):
    """Show or hide the overlay listing every key."""


@dataclass(frozen=True)
class ToggleFullscreen(Action):
    pass


@dataclass(frozen=True)
class ToggleMute(Action):
    pass


@dataclass(frozen=True)
class Quit(Action):
    """The window was closed, or Ctrl+Q: leave the game."""


@dataclass(frozen=True)
class Point(Action):
    """The mouse moved to `pos` (window pixels)."""

    pos: tuple[int, int]


@dataclass(frozen=True)
class Click(Action):
    """A mouse click or a finger tap at `pos` (window pixels)."""

    pos: tuple[int, int]


@dataclass(frozen=True)
class Scroll(Action):
    """The wheel turned: positive is up."""

    dy: int


@dataclass(frozen=True)
class TypeText(Action):
    """Text typed into the focused field (already composed by the input method)."""

    text: str


@dataclass(frozen=True)
class ComposeText(Action):
    """Text being composed by an input method or a dead key, not yet typed; shown, not stored.

    `cursor` is the position of the input method's cursor inside `text`.
    """

    text: str
    cursor: int = 0


@dataclass(frozen=True)
class EditKey(Action):
    """An editing key in a text field: backspace, delete, left, right, home, end, ..."""

    key: str
    shift: bool = False
    ctrl: bool = False


@dataclass(frozen=True)
class Hotkey(Action):
    """A letter or symbol key pressed in a screen that is not taking text (E, S, +, ...)."""

    key: str
    shift: bool = False
    ctrl: bool = False


@dataclass(frozen=True)
class FileDropped(Action):
    """A file was dropped onto the window."""

    path: Path


@dataclass(frozen=True)
class Resized(Action):
    size: tuple[int, int]


@dataclass(frozen=True)
class PadButton(Action):
    """A button pressed on game controller `device` (SDL's instance id); `choice` is the tile it
    answers (see `game.ui.input.zones`), None for a button that answers nothing."""

    device: int
    choice: int | None = None


@dataclass(frozen=True)
class PadConnected(Action):
    device: int
    label: str


@dataclass(frozen=True)
class PadDisconnected(Action):
    device: int
    label: str


@dataclass(frozen=True)
class Teacher(Action):
    """A teacher key in classroom mode: pause, skip, reveal, next, time, select, give, take,
    standings, end (see `game.ui.classroom.teacher`)."""

    command: str
