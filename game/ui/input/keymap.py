"""Translate pygame events into actions, once, at the edge.

What a key means depends on what the screen is doing, which the scene says with its
`input_mode`: `menu` (arrows, Enter, Esc, letters as hotkeys), `answer` (answer keys of each
team, plus the menu keys) or `text` (typing goes into a field). Global keys (F11, F1 or ?,
Ctrl+Q, M) are recognised here too; the App handles them before a scene sees them.

A held key repeats (`pygame.key.set_repeat`), and repeats pile up while a frame is slow. One
press is one press: a repeat is known here (the key went down again without coming up) and
may only move the focus or edit text; it never confirms, starts, answers or leaves a screen.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pygame

from game.ui.input import actions as A
from game.ui.input.teacher_keys import teacher_action
from game.ui.input.zones import PAD_EVENTS

MENU, ANSWER, TEXT = "menu", "answer", "text"

# Each team's answer keys, tile by tile (triangle, diamond, circle, square, star, hexagon).
# A choice question can have up to six options; the letters A-F work as well as 1-6.
SOLO_KEYS: tuple[tuple[int, ...], ...] = (
    (pygame.K_1, pygame.K_KP1, pygame.K_a),
    (pygame.K_2, pygame.K_KP2, pygame.K_b),
    (pygame.K_3, pygame.K_KP3, pygame.K_c),
    (pygame.K_4, pygame.K_KP4, pygame.K_d),
    (pygame.K_5, pygame.K_KP5, pygame.K_e),
    (pygame.K_6, pygame.K_KP6, pygame.K_f),
)
PARTY_ZONES: tuple[tuple[int, int, int, int], ...] = (
    (pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4),
    (pygame.K_q, pygame.K_w, pygame.K_e, pygame.K_r),
    (pygame.K_a, pygame.K_s, pygame.K_d, pygame.K_f),
    (pygame.K_z, pygame.K_x, pygame.K_c, pygame.K_v),
)
SOLO_KEY_HINTS = ("1", "2", "3", "4", "5", "6")

_ARROWS = {pygame.K_LEFT: (-1, 0), pygame.K_RIGHT: (1, 0), pygame.K_UP: (0, -1),
           pygame.K_DOWN: (0, 1)}
_CONFIRM = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
_EDIT_KEYS = {
    pygame.K_BACKSPACE: "backspace", pygame.K_DELETE: "delete", pygame.K_LEFT: "left",
    pygame.K_RIGHT: "right", pygame.K_HOME: "home", pygame.K_END: "end",
    pygame.K_PAGEUP: "pageup", pygame.K_PAGEDOWN: "pagedown",
}


# Editing keys a repeat may carry: moving through text and deleting it, one step at a time.
# Ctrl+Delete is left out: in the pack editor it deletes a whole question.
_REPEATABLE_EDITS = frozenset({"backspace", "delete", "left", "right", "home", "end", "pageup", "pagedown"})


def repeatable(action: A.Action) -> bool:
    """Whether a held key's repeat may carry this action: focus moves and text editing only."""
    if isinstance(action, (A.Navigate, A.TypeText, A.ComposeText)):
        return True
    if isinstance(action, A.EditKey):
        return action.key in _REPEATABLE_EDITS and not (action.ctrl and action.key == "delete")
    return False


def key_name(key: int) -> str:
    """The label printed on a key, for the screen (`q`, `1`, `space`)."""
    return pygame.key.name(key)


@dataclass
class InputMap:
    """Which keys mean what on the current screen; scenes set `mode` and `answer_keys`."""

    mode: str = MENU
    # answer_keys[team][choice] -> the keys that lock in that choice for that team.
    answer_keys: list[tuple[tuple[int, ...], ...]] = field(
        default_factory=lambda: [SOLO_KEYS])
    window_size: tuple[int, int] = (1280, 720)
    # Game controllers (game.ui.input.zones.Gamepads), and whether teacher keys are live (classroom).
    pads: Any = None
    teacher: bool = False
    # Scan codes of the keys down now (seen going down, not yet up): a key going down again
    # is its own repeat. Events made by code (scan code 0) are presses unless marked `repeat`.
    held: set[int] = field(default_factory=set)

    def answer_for(self, key: int) -> A.Answer | None:
        for team, keys in enumerate(self.answer_keys):
            for choice, options in enumerate(keys):
                if key in options:
                    return A.Answer(team, choice)
        return None

    def translate(self, event: pygame.event.Event) -> list[A.Action]:
        """The actions one event means; most events mean none."""
        kind = event.type
        if kind == pygame.QUIT:
            return [A.Quit()]
        if self.pads is not None and kind in PAD_EVENTS:
            return self.pads.translate(event)
        if kind == pygame.KEYDOWN:
            actions = self._key(event)
            if self._is_repeat(event):
                return [dataclasses.replace(action, repeat=True) for action in actions if repeatable(action)]
            return actions
        if kind == pygame.KEYUP:
            self.held.discard(getattr(event, "scancode", 0))
            return []
        if kind == pygame.WINDOWFOCUSLOST:
            self.held.clear()      # keys let go elsewhere never come up here
            return []
        if kind == pygame.TEXTINPUT and self.mode == TEXT:
            return [A.TypeText(event.text)]
        if kind == pygame.TEXTEDITING and self.mode == TEXT:
            return [A.ComposeText(event.text, int(getattr(event, "start", len(event.text))))]
        if kind == pygame.MOUSEMOTION and not getattr(event, "touch", False):
            return [A.Point(tuple(event.pos))]
        if kind == pygame.MOUSEBUTTONDOWN and not getattr(event, "touch", False):
            if event.button == 1:
                return [A.Click(tuple(event.pos))]
            return []
        if kind == pygame.MOUSEWHEEL:
            return [A.Scroll(int(event.y))]
        if kind == pygame.FINGERDOWN:
            w, h = self.window_size
            return [A.Click((round(event.x * w), round(event.y * h)))]
        if kind == pygame.DROPFILE:
            return [A.FileDropped(Path(event.file))]
        if kind == pygame.VIDEORESIZE:
            return [A.Resized((int(event.w), int(event.h)))]
        return []

    def _is_repeat(self, event: pygame.event.Event) -> bool:
        if getattr(event, "repeat", False):
            return True
        scancode = getattr(event, "scancode", 0)
        if not scancode:
            return False
        if scancode in self.held:
            return True
        self.held.add(scancode)
        return False

    def _key(self, event: pygame.event.Event) -> list[A.Action]:
        key, mod = event.key, event.mod
        ctrl = bool(mod & pygame.KMOD_CTRL)
        shift = bool(mod & pygame.KMOD_SHIFT)
        text = getattr(event, "unicode", "") or ""
        if key == pygame.K_F11:
            return [A.ToggleFullscreen()]
        if key == pygame.K_F1:
            return [A.Help()]
        if ctrl and key == pygame.K_q:
            return [A.Quit()]
        if key == pygame.K_ESCAPE:
            return [A.Back()]
        if key == pygame.K_PAUSE or (ctrl and key == pygame.K_p):
            return [A.Pause()]          # works while typing too, where P is just a letter
        if self.mode == TEXT:
            return self._text_key(key, ctrl, shift)
        if self.teacher:
            live = {k for team in self.answer_keys for keys in team for k in keys} if self.mode == ANSWER else set()
            command = teacher_action(key, mod, text, live)
            if command is not None:
                return [command]
        if text == "?":
            return [A.Help()]
        if key in _ARROWS:
            return [A.Navigate(*_ARROWS[key])]
        if key == pygame.K_TAB:
            return [A.Navigate(0, -1 if shift else 1)]
        if self.mode == ANSWER:
            answer = self.answer_for(key)
            if answer is not None:
                return [answer]
        if key in _CONFIRM:
            return [A.Confirm(space=key == pygame.K_SPACE)]
        if key == pygame.K_BACKSPACE:
            # Never Back: a player correcting a typo must not leave the screen, or the game.
            return [A.EditKey("backspace", shift, ctrl)]
        if key == pygame.K_p and not ctrl:
            return [A.Pause()]
        if key == pygame.K_m and not ctrl:
            return [A.ToggleMute()]
        if text and text.isprintable():
            return [A.Hotkey(text.lower(), shift, ctrl)]
        name = pygame.key.name(key)
        return [A.Hotkey(name, shift, ctrl)] if name else []

    def _text_key(self, key: int, ctrl: bool, shift: bool) -> list[A.Action]:
        if key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            return [A.Confirm()]
        if key in (pygame.K_UP, pygame.K_DOWN):
            if ctrl:  # Ctrl+Up/Down: move the item in focus (a question, an option) up or down
                return [A.EditKey("up" if key == pygame.K_UP else "down", shift, ctrl)]
            return [A.Navigate(*_ARROWS[key])]
        if key == pygame.K_TAB:
            return [A.Navigate(0, -1 if shift else 1)]
        if key in _EDIT_KEYS:
            return [A.EditKey(_EDIT_KEYS[key], shift, ctrl)]
        if ctrl:
            name = pygame.key.name(key)
            return [A.EditKey(name, shift, ctrl)] if name else []
        return []
