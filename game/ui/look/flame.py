"""Procedural fire: a flame of glowing particles and the embers that rise from it.

Particles are soft glows added onto the screen (additive blending), born at the base of the
flame, rising, narrowing and cooling from white through gold to red. `intensity` (0 to 1)
sets the flame's height, `danger` (0 to 1) reddens it. Time comes in through `update(dt)`;
the random source is seeded, so a run is reproducible. `still_flame` freezes one frame of the
same fire into a picture for the reduced-motion setting.
"""

from __future__ import annotations

import math
import random
from functools import lru_cache

import pygame

from game.ui.kit.fx import glow, mix, scale
from game.ui.kit.theme import Colour, Theme

AGE_STEPS = 10
RADIUS_STEPS = 18


class Flame:
    """A flame whose base sits at a point; `width` is the width of its base in pixels."""

    def __init__(self, theme: Theme, width: float, seed: int = 1, density: float = 1.0) -> None:
        self.theme = theme
        self.width = max(4.0, float(width))
        self.density = density
        self.intensity = 1.0
        self.danger = 0.0
        self.brightness = 1.0
        self._rng = random.Random(seed)
        self._particles: list[list[float]] = []  # x, y, vx, vy, age, life, radius, wobble
        self._spawn_debt = 0.0
        self._time = 0.0
        self._palette: dict[tuple[int, int], Colour] = {}

    def resize(self, width: float) -> None:
        if abs(width - self.width) > 0.5:
            factor = width / self.width
            for p in self._particles:
                p[0] *= factor
                p[1] *= factor
                p[2] *= factor
                p[3] *= factor
                p[6] *= factor
            self.width = max(4.0, float(width))

    @property
    def height(self) -> float:
        """How tall the flame stands now, in pixels."""
        return self.width * (0.7 + 2.1 * max(0.0, min(1.0, self.intensity)))

    def _colour(self, age_step: int, danger_step: int, brightness: float = 1.0) -> Colour:
        key = (age_step, danger_step, brightness)
        colour = self._palette.get(key)
        if colour is None:
            t = self.theme
            danger = danger_step / 2
            mid = mix(t.flame_mid, t.flame_danger, danger * 0.7)
            outer = mix(t.flame_outer, t.flame_danger, danger)
            a = age_step / (AGE_STEPS - 1)
            if a < 0.3:
                base = mix(t.flame_core, mid, a / 0.3)
            elif a < 0.7:
                base = mix(mid, outer, (a - 0.3) / 0.4)
            else:
                base = mix(outer, scale(outer, 0.35), (a - 0.7) / 0.3)
            # Additive light: each particle is dim, the overlaps make the bright core.
            colour = scale(base, (0.36 - 0.12 * a) / max(0.4, self.density) ** 0.5)
            if brightness != 1.0:
                colour = scale(colour, brightness)
            self._palette[key] = colour
        return colour

    def update(self, dt: float) -> None:
        dt = min(dt, 0.1)
        self._time += dt
        rng = self._rng
        w = self.width
        height = self.height
        rate = (95 + 60 * self.intensity) * self.density
        self._spawn_debt += rate * dt
        while self._spawn_debt >= 1:
            self._spawn_debt -= 1
            life = rng.uniform(0.45, 0.8)
            speed = height / life * rng.uniform(0.85, 1.15)
            radius = w * rng.uniform(0.28, 0.42) * (0.75 + 0.25 * self.intensity)
            self._particles.append([rng.gauss(0, w * 0.19), rng.uniform(-w * 0.05, w * 0.08),
                                    rng.uniform(-w * 0.1, w * 0.1), -speed, 0.0, life, radius,
                                    rng.uniform(0, math.tau)])
        alive = []
        pull = min(1.0, 2.6 * dt)
        for p in self._particles:
            p[4] += dt
            if p[4] >= p[5]:
                continue
            p[0] += p[2] * dt
            p[0] -= p[0] * pull * (p[4] / p[5])
            p[1] += p[3] * dt
            alive.append(p)
        self._particles = alive

    def draw(self, target: pygame.Surface, base: tuple[float, float]) -> pygame.Rect:
        """Draw the flame with its base centred on `base`; the rectangle it lit."""
        bx, by = base
        w = self.width
        danger_step = round(max(0.0, min(1.0, self.danger)) * 2)
        add = pygame.BLEND_RGB_ADD
        step = max(4.0, w * 0.25)   # quantised, so a shrinking flame reuses a few cached halos
        halo_radius = max(2, round(round(self.height * 0.75 / step) * step))
        halo = scale(mix(self.theme.flame_outer, self.theme.flame_danger, self.danger), 0.22 * self.brightness)
        lit = target.blit(glow(halo_radius, halo, 1.6), (bx - halo_radius, by - self.height * 0.45 - halo_radius),
                          special_flags=add)
        flicker = self._time * 9.0
        brightness = self.brightness
        unit = max(1.0, w / RADIUS_STEPS)       # radii quantised, so a few dozen sprites serve all
        sway_scale = w * 0.08
        sprites = []
        left = top = math.inf
        right = bottom = -math.inf
        for x, y, _vx, _vy, age, life, radius, wobble in self._particles:
            a = age / life
            r = max(1, round(round(radius * (1 - 0.72 * a) / unit) * unit))
            colour = self._colour(min(AGE_STEPS - 1, int(a * AGE_STEPS)), danger_step, brightness)
            sway = math.sin(flicker + wobble + y * 0.02) * sway_scale * a
            px, py = bx + x + sway - r, by + y - r
            sprites.append((glow(r, colour), (px, py)))
            if px < left:
                left = px
            if py < top:
                top = py
            if px + 2 * r + 1 > right:
                right = px + 2 * r + 1
            if py + 2 * r + 1 > bottom:
                bottom = py + 2 * r + 1
        target.fblits(sprites, add)
        if not sprites:
            return lit
        return lit.union(_covering(left, top, right, bottom))


def _covering(left: float, top: float, right: float, bottom: float) -> pygame.Rect:
    """Whole pixels covering the span, with a pixel to spare for how positions are rounded."""
    x, y = math.floor(left) - 1, math.floor(top) - 1
    return pygame.Rect(x, y, math.ceil(right) + 1 - x, math.ceil(bottom) + 1 - y)


class Embers:
    """Sparks rising from a source, drifting sideways and fading."""

    def __init__(self, theme: Theme, seed: int = 2, rate: float = 26.0) -> None:
        self.theme = theme
        self.rate = rate
        self._rng = random.Random(seed)
        self._sparks: list[list[float]] = []  # x, y, vx, vy, age, life, phase
        self._debt = 0.0
        self._pictures: dict[tuple[int, int], pygame.Surface] = {}    # (radius, brightness step)

    def update(self, dt: float, source: tuple[float, float], spread: float, lift: float) -> None:
        """Advance; new sparks appear around `source` within `spread` px, rising about `lift` px/s."""
        dt = min(dt, 0.1)
        rng = self._rng
        self._debt += self.rate * dt
        while self._debt >= 1:
            self._debt -= 1
            self._sparks.append([source[0] + rng.uniform(-spread, spread), source[1],
                                 rng.uniform(-0.3, 0.3) * lift, -lift * rng.uniform(0.6, 1.3), 0.0,
                                 rng.uniform(1.2, 2.6), rng.uniform(0, math.tau)])
        alive = []
        for s in self._sparks:
            s[4] += dt
            if s[4] >= s[5]:
                continue
            s[0] += (s[2] + math.sin(s[4] * 3.1 + s[6]) * lift * 0.35) * dt
            s[1] += s[3] * dt
            alive.append(s)
        self._sparks = alive

    def draw(self, target: pygame.Surface, size: float) -> list[pygame.Rect]:
        """Draw every spark about `size` pixels across; the rectangles they lit."""
        radius = max(2, round(size))
        across = 2 * radius + 3
        sprites, lit = [], []
        for x, y, _vx, _vy, age, life, phase in self._sparks:
            fade = 1 - age / life
            twinkle = 0.75 + 0.25 * math.sin(age * 17 + phase)
            steps = round(fade * twinkle * 6)
            if steps <= 0:
                continue
            picture = self._pictures.get((radius, steps))
            if picture is None:
                picture = self._pictures[(radius, steps)] = glow(radius, scale(self.theme.ember, 0.95 * (steps / 6)), 3.0)
            where = (x - radius, y - radius)
            sprites.append((picture, where))
            lit.append(pygame.Rect(math.floor(where[0]) - 1, math.floor(where[1]) - 1, across, across))
        target.fblits(sprites, pygame.BLEND_RGB_ADD)
        return lit

    @property
    def count(self) -> int:
        return len(self._sparks)


@lru_cache(maxsize=48)
def still_flame(theme: Theme, width: int, intensity_step: int,
                danger_step: int) -> tuple[pygame.Surface, tuple[int, int]]:
    """A frozen frame of the fire for reduced motion, and where its base is in the picture.

    `intensity_step` is 0..10 and `danger_step` 0..2, so a countdown changes the picture only
    a few times, never flickering. Blit it additively (black adds nothing).
    """
    flame = Flame(theme, width, seed=7)
    flame.intensity = intensity_step / 10
    flame.danger = danger_step / 2
    for _ in range(60):
        flame.update(1 / 30)
    below = round(width * 0.6)
    halo = round(flame.height * 0.75)
    size = (max(round(width * 3), 2 * halo + 2), round(flame.height * 0.45 + halo + below))
    base = (size[0] // 2, size[1] - below)
    surface = pygame.Surface(size)
    surface.fill((0, 0, 0))
    flame.draw(surface, base)
    return surface, base
