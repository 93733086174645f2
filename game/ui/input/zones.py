"""How teams answer at once: keyboard zones and game controllers.

Keyboard zones are four rows of four keys on one keyboard. The first key of a zone answers
the first tile (triangle), then diamond, circle and square, left to right, so a zone reads
like the tiles.

Controllers answer by the position of the face button, which SDL reports the same way for
every pad it knows (Xbox, PlayStation, Switch and most others):

    top    (Y, triangle)  -> triangle tile     D-pad up
    bottom (A, cross)     -> diamond tile      D-pad down
    right  (B, circle)    -> circle tile       D-pad right
    left   (X, square)    -> square tile       D-pad left

On a PlayStation pad the symbols match the tile shapes (triangle, circle, square) and the
cross answers the diamond. A true/false question uses the top and bottom buttons. A pad SDL
has no mapping for answers with its buttons 1 to 4 (SDL's 0 to 3) and its hat the way the
D-pad does.

`Gamepads` keeps the devices plugged in now, opened so that SDL sends their buttons, and turns
their events into actions (`PadButton`, `PadConnected`, `PadDisconnected`). Devices are opened
through an opener object so tests can plug in devices that do not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import pygame

from game.i18n import _
from game.ui.input import actions as A


@dataclass(frozen=True)
class Zone:
    """Four keys on one keyboard, tile by tile."""

    keys: tuple[int, int, int, int]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(pygame.key.name(k).upper() for k in self.keys)

    @property
    def name(self) -> str:
        return " ".join(self.labels)


KEYBOARD_ZONES: tuple[Zone, ...] = (
    Zone((pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4)),
    Zone((pygame.K_q, pygame.K_w, pygame.K_e, pygame.K_r)),
    Zone((pygame.K_a, pygame.K_s, pygame.K_d, pygame.K_f)),
    Zone((pygame.K_z, pygame.K_x, pygame.K_c, pygame.K_v)),
)
# The order zones are handed to teams. In classroom mode the rows holding teacher letters
# (E and R in Q W E R, S in A S D F) come last, so with one or two keyboard teams every
# teacher key stays a plain letter.
PARTY_ZONE_ORDER = (0, 1, 2, 3)
CLASSROOM_ZONE_ORDER = (0, 3, 1, 2)

PAD_POSITIONS = ("top", "bottom", "right", "left")   # the face button of each tile, by tile index

CONTROLLER_CHOICES = {
    pygame.CONTROLLER_BUTTON_Y: 0, pygame.CONTROLLER_BUTTON_A: 1,
    pygame.CONTROLLER_BUTTON_B: 2, pygame.CONTROLLER_BUTTON_X: 3,
    pygame.CONTROLLER_BUTTON_DPAD_UP: 0, pygame.CONTROLLER_BUTTON_DPAD_DOWN: 1,
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: 2, pygame.CONTROLLER_BUTTON_DPAD_LEFT: 3,
}
JOYSTICK_CHOICES = {0: 0, 1: 1, 2: 2, 3: 3}
HAT_CHOICES = {(0, 1): 0, (0, -1): 1, (1, 0): 2, (-1, 0): 3}

PAD_EVENTS = frozenset({
    pygame.JOYDEVICEADDED, pygame.JOYDEVICEREMOVED, pygame.JOYBUTTONDOWN, pygame.JOYHATMOTION,
    pygame.CONTROLLERDEVICEADDED, pygame.CONTROLLERDEVICEREMOVED, pygame.CONTROLLERBUTTONDOWN,
})


@dataclass(frozen=True)
class Opened:
    """A device opened for events: SDL's instance id, its name and its model id."""

    instance_id: int
    name: str
    guid: str
    handle: Any = None   # kept so the device stays open


class Opener(Protocol):
    def is_controller(self, device_index: int) -> bool: ...
    def open_controller(self, device_index: int) -> Opened: ...
    def open_joystick(self, device_index: int) -> Opened: ...


class SDLOpener:
    """Opens real devices through pygame's joystick and game controller modules."""

    def __init__(self) -> None:
        self.controllers = False

    def start(self) -> None:
        pygame.joystick.init()
        try:
            from pygame._sdl2 import controller

            controller.init()
            self.controllers = True
        except (ImportError, pygame.error):
            self.controllers = False

    def is_controller(self, device_index: int) -> bool:
        if not self.controllers:
            return False
        from pygame._sdl2 import controller

        return bool(controller.is_controller(device_index))

    def open_controller(self, device_index: int) -> Opened:
        from pygame._sdl2 import controller

        pad = controller.Controller(device_index)
        joystick = pad.as_joystick()
        return Opened(joystick.get_instance_id(), pad.name or joystick.get_name(), joystick.get_guid(), pad)

    def open_joystick(self, device_index: int) -> Opened:
        joystick = pygame.joystick.Joystick(device_index)
        return Opened(joystick.get_instance_id(), joystick.get_name(), joystick.get_guid(), joystick)


@dataclass
class Pad:
    """A plugged-in controller as the game shows it: "Pad 2"."""

    device: int          # SDL instance id; a pad plugged in again gets a new one
    name: str
    guid: str            # the model: a pad plugged in again has the same one
    number: int          # 1-based, the lowest free when it was plugged in
    mapped: bool         # SDL knows its layout (face buttons by position)
    handle: Any = None

    @property
    def label(self) -> str:
        # Translators: a game controller, by its number: "Pad 2"
        return _("Pad {number}").format(number=self.number)


class Gamepads:
    """The controllers plugged in now; `translate` turns their events into actions."""

    def __init__(self, opener: Opener | None = None) -> None:
        self.opener: Opener = opener if opener is not None else SDLOpener()
        self.pads: dict[int, Pad] = {}
        self.problem: str | None = None   # the last device that could not be opened, in words

    def start(self) -> None:
        """Start SDL's joystick subsystems (the window calls this once it is open)."""
        start = getattr(self.opener, "start", None)
        if start is not None:
            start()

    def get(self, device: int | None) -> Pad | None:
        return self.pads.get(device) if device is not None else None

    def connected(self, device: int | None) -> bool:
        return device in self.pads

    def translate(self, event: pygame.event.Event) -> list[A.Action]:
        kind = event.type
        if kind == pygame.JOYDEVICEADDED:
            index = int(event.device_index)
            try:
                if self.opener.is_controller(index):
                    return []           # a CONTROLLERDEVICEADDED for it follows
            except pygame.error:
                pass                    # gone already; opening it says so below
            return self._open(index, mapped=False)
        if kind == pygame.CONTROLLERDEVICEADDED:
            return self._open(int(event.device_index), mapped=True)
        if kind in (pygame.JOYDEVICEREMOVED, pygame.CONTROLLERDEVICEREMOVED):
            pad = self.pads.pop(int(event.instance_id), None)
            return [A.PadDisconnected(pad.device, pad.label)] if pad else []
        pad = self.pads.get(int(getattr(event, "instance_id", -1)))
        if pad is None:
            return []
        if kind == pygame.CONTROLLERBUTTONDOWN and pad.mapped:
            return [A.PadButton(pad.device, CONTROLLER_CHOICES.get(event.button))]
        if kind == pygame.JOYBUTTONDOWN and not pad.mapped:
            return [A.PadButton(pad.device, JOYSTICK_CHOICES.get(event.button))]
        if kind == pygame.JOYHATMOTION and not pad.mapped:
            choice = HAT_CHOICES.get(tuple(event.value))
            return [A.PadButton(pad.device, choice)] if choice is not None else []
        return []

    def _open(self, index: int, mapped: bool) -> list[A.Action]:
        try:
            opened = (self.opener.open_controller if mapped else self.opener.open_joystick)(index)
        except (pygame.error, OSError, ValueError) as error:
            self.problem = f"a controller could not be opened: {error}"
            return []
        if opened.instance_id in self.pads:
            return []
        taken = {p.number for p in self.pads.values()}
        number = next(n for n in range(1, len(taken) + 2) if n not in taken)
        pad = Pad(opened.instance_id, opened.name or "Controller", opened.guid, number, mapped, opened.handle)
        self.pads[pad.device] = pad
        return [A.PadConnected(pad.device, pad.label)]
