"""Game controllers for tests: devices that exist only here, plugged in by posting SDL events.

`FakeOpener` stands in for SDL when a device is opened; the events themselves are real
pygame events, posted to pygame's queue and read back the way the game loop reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.ui.input.zones import Opened


@dataclass
class FakeDevice:
    name: str
    guid: str
    mapped: bool = True          # SDL knows its layout (a game controller)


@dataclass
class FakeOpener:
    """Devices by SDL device index; each opening hands out a fresh instance id, as SDL does."""

    devices: dict[int, FakeDevice] = field(default_factory=dict)
    next_instance: int = 100
    opened: list[int] = field(default_factory=list)

    def is_controller(self, device_index: int) -> bool:
        if device_index not in self.devices:
            raise pygame.error("Invalid joystick device number")
        return self.devices[device_index].mapped

    def _open(self, device_index: int) -> Opened:
        if device_index not in self.devices:
            raise pygame.error("Invalid joystick device number")
        device = self.devices[device_index]
        instance = self.next_instance
        self.next_instance += 1
        self.opened.append(instance)
        return Opened(instance, device.name, device.guid)

    open_controller = _open
    open_joystick = _open


def plug(device_index: int, mapped: bool = True) -> list[pygame.event.Event]:
    """What SDL sends when a device is plugged in: a joystick event, and a controller event
    when it knows the layout."""
    events = [pygame.event.Event(pygame.JOYDEVICEADDED, device_index=device_index)]
    if mapped:
        events.append(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=device_index))
    return events


def unplug(instance_id: int, mapped: bool = True) -> list[pygame.event.Event]:
    events = [pygame.event.Event(pygame.JOYDEVICEREMOVED, instance_id=instance_id)]
    if mapped:
        events.append(pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=instance_id))
    return events


def button(instance_id: int, which: int, mapped: bool = True) -> list[pygame.event.Event]:
    """A button press: SDL sends the raw joystick button too when the pad is a controller."""
    events = [pygame.event.Event(pygame.JOYBUTTONDOWN, instance_id=instance_id, button=which)]
    if mapped:
        events.append(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=instance_id, button=which))
    return events


def posted(events: list[pygame.event.Event]) -> list[pygame.event.Event]:
    """Post events to pygame's queue and read them back, as the game loop does."""
    pygame.event.clear()
    for event in events:
        pygame.event.post(event)
    return [e for e in pygame.event.get() if e.type in {ev.type for ev in events}]
