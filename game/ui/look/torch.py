"""The torch: its metal body drawn once per size, and the countdown that burns it down.

`TorchTimer` is the question screen's clock face: the flame's height follows the time left,
it turns from gold to red in the last seconds, embers rise from it, and the seconds left are
written beside it. With reduced motion the flame is a still picture that changes in steps.
"""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game.ui.kit import record
from game.ui.look.flame import Embers, Flame, still_flame
from game.ui.kit.fx import SUPERSAMPLE, mix
from game.ui.kit.theme import Theme


def _metal_columns(width: int, light, dark) -> list:
    """Colours across a cylinder lit from the upper left: a bright streak, darker edges."""
    columns = []
    for x in range(width):
        u = x / max(1, width - 1)
        shade = 0.5 + 0.5 * math.cos((u - 0.3) * math.pi * 1.5)
        shade = max(0.0, min(1.0, shade)) ** 1.8
        columns.append(mix(dark, light, shade))
    return columns


@lru_cache(maxsize=16)
def torch_body(theme: Theme, height: int) -> pygame.Surface:
    """A relay torch `height` pixels tall: a tapering gold handle, a grip band, a wide cup."""
    height = max(12, int(height))
    width = max(6, round(height * 0.34))
    k = SUPERSAMPLE
    big_w, big_h = width * k, height * k
    # The metal's shading changes only across: one row of it, stretched down.
    row = pygame.Surface((big_w, 1), pygame.SRCALPHA)
    for x, colour in enumerate(_metal_columns(big_w, theme.torch_metal_light, theme.torch_metal_dark)):
        row.set_at((x, 0), colour)
    shading = pygame.transform.scale(row, (big_w, big_h))
    cx = big_w / 2
    cup_h = big_h * 0.13
    top_w, neck_w, foot_w = big_w * 0.98, big_w * 0.58, big_w * 0.26
    silhouette = [
        (cx - top_w / 2, 0), (cx + top_w / 2, 0),
        (cx + neck_w / 2, cup_h), (cx + foot_w / 2, big_h * 0.985),
        (cx, big_h), (cx - foot_w / 2, big_h * 0.985), (cx - neck_w / 2, cup_h),
    ]
    mask = pygame.Surface((big_w, big_h), pygame.SRCALPHA)
    pygame.draw.polygon(mask, (255, 255, 255, 255), silhouette)
    shading.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    # A dark grip band and a thin bright rim at the mouth.
    grip_top, grip_bottom = big_h * 0.52, big_h * 0.66

    def half_width(y: float) -> float:
        if y <= cup_h:
            return (top_w + (neck_w - top_w) * y / cup_h) / 2
        return (neck_w + (foot_w - neck_w) * (y - cup_h) / (big_h * 0.985 - cup_h)) / 2

    band = [(cx - half_width(grip_top), grip_top), (cx + half_width(grip_top), grip_top),
            (cx + half_width(grip_bottom), grip_bottom), (cx - half_width(grip_bottom), grip_bottom)]
    pygame.draw.polygon(shading, (*theme.torch_grip, 235), band)
    for i in range(3):
        y = grip_top + (grip_bottom - grip_top) * (i + 1) / 4
        pygame.draw.line(shading, (*mix(theme.torch_grip, theme.torch_metal_light, 0.35), 255),
                         (cx - half_width(y) + k, y), (cx + half_width(y) - k, y), max(1, k))
    rim = max(2, round(cup_h * 0.14))
    pygame.draw.ellipse(shading, (*theme.torch_metal_light, 255),
                        pygame.Rect(cx - top_w / 2, -rim, top_w, rim * 2.2))
    pygame.draw.ellipse(shading, (*mix(theme.torch_metal_dark, (0, 0, 0), 0.5), 255),
                        pygame.Rect(cx - top_w / 2 + rim, -rim * 0.6, top_w - 2 * rim, rim * 1.5))
    return pygame.transform.smoothscale(shading, (width, height))


@lru_cache(maxsize=32)
def tilted_torch(theme: Theme, height: int, degrees: float) -> pygame.Surface:
    """The torch body leaning by `degrees` (clockwise), as a runner holds it."""
    return pygame.transform.rotozoom(torch_body(theme, height), -degrees, 1.0)


class TorchTimer:
    """The countdown torch. Call `set_time`, `update(dt)`, then `draw` into its rectangle."""

    def __init__(self, theme: Theme, seed: int = 11) -> None:
        self.theme = theme
        self.rect = pygame.Rect(0, 0, 10, 10)
        self.flame = Flame(theme, 10, seed=seed)
        self.embers = Embers(theme, seed=seed + 1, rate=22)
        self.fraction = 1.0
        self.seconds_left = 0.0
        self.lit = True
        self._body: tuple[int, pygame.Surface] | None = None     # (height, picture)

    def layout(self, rect: pygame.Rect) -> None:
        """Fit the torch and its flame in `rect` (the flame takes the upper part)."""
        self.rect = pygame.Rect(rect)
        self.flame.resize(self.flame_width)

    @property
    def body_height(self) -> int:
        return max(12, round(self.rect.h * 0.44))

    @property
    def flame_width(self) -> float:
        return self.body_height * 0.34 * 0.86

    @property
    def mouth(self) -> tuple[float, float]:
        """Where the flame stands: the middle of the torch's cup."""
        return (self.rect.centerx, self.rect.bottom - self.body_height + self.body_height * 0.02)

    def set_time(self, seconds_left: float, limit: float) -> None:
        self.seconds_left = max(0.0, seconds_left)
        self.fraction = max(0.0, min(1.0, seconds_left / limit)) if limit > 0 else 0.0
        self.lit = self.seconds_left > 0
        danger_window = self.theme.danger_seconds
        danger = 0.0
        if self.seconds_left < danger_window:
            danger = 1 - self.seconds_left / danger_window
        self.flame.danger = danger
        self.flame.intensity = self.fraction

    @property
    def in_danger(self) -> bool:
        return 0 < self.seconds_left < self.theme.danger_seconds

    def update(self, dt: float) -> None:
        if self.theme.reduced_motion:
            return
        if self.lit:
            self.flame.update(dt)
        mx, my = self.mouth
        self.embers.rate = 22 if self.lit else 0
        top = my - self.flame.height * 0.7
        self.embers.update(dt, (mx, top), self.flame_width * 0.35, self.rect.h * 0.32)

    def draw(self, surface: pygame.Surface) -> list[pygame.Rect]:
        """Draw the torch, its flame and embers; the rectangles they cover."""
        if self._body is None or self._body[0] != self.body_height:
            self._body = (self.body_height, torch_body(self.theme, self.body_height))
        body = self._body[1]
        mx, my = self.mouth
        drawn = []
        if self.lit:
            if self.theme.reduced_motion:
                picture, base = still_flame(self.theme, round(self.flame_width),
                                            math.ceil(self.fraction * 10), round(self.flame.danger * 2))
                drawn.append(surface.blit(picture, (mx - base[0], my - base[1]), special_flags=pygame.BLEND_RGB_ADD))
            else:
                drawn.append(self.flame.draw(surface, (mx, my)))
        if not self.theme.reduced_motion:
            drawn += self.embers.draw(surface, max(2.0, self.rect.h * 0.008))
        where = body.get_rect(midbottom=(self.rect.centerx, self.rect.bottom))
        drawn.append(surface.blit(body, where))
        record.note_shape(surface, "torch", where)
        return drawn
