"""The final podium: gold, silver and bronze blocks, and the cauldron the winner lights.

The winner's torch sends a flame in an arc to the cauldron, which catches and burns with
embers rising; the totals count up on the blocks. With reduced motion the cauldron is shown
already lit, as a still picture.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import pygame

from game.ui.look.flame import Embers, Flame, still_flame
from game.ui.kit.fx import SUPERSAMPLE, draw_panel, ease_in_out, ease_out, glow, mix, scale
from game.ui.kit.layout import Screen, split_rows
from game.ui.kit.text import TextRenderer, score_text
from game.ui.kit.theme import Theme
from game.ui.look.torch import torch_body


@dataclass
class Finisher:
    name: str
    score: int
    rank: int
    colour_index: int
    detail: str = ""   # e.g. "7 of 10 right"


@lru_cache(maxsize=8)
def cauldron_picture(theme: Theme, width: int) -> pygame.Surface:
    """A bowl on a fluted stand, lit from the left."""
    width = max(12, int(width))
    height = round(width * 0.95)
    k = SUPERSAMPLE
    big = pygame.Surface((width * k, height * k), pygame.SRCALPHA)
    w, h = width * k, height * k
    metal = theme.cauldron_metal
    light = mix(metal, (255, 255, 255), 0.35)
    dark = scale(metal, 0.55)
    # Stand: a tapering column on a base.
    pygame.draw.polygon(big, dark, [(w * 0.4, h * 0.42), (w * 0.6, h * 0.42), (w * 0.68, h * 0.9), (w * 0.32, h * 0.9)])
    pygame.draw.polygon(big, metal, [(w * 0.43, h * 0.42), (w * 0.5, h * 0.42), (w * 0.5, h * 0.9), (w * 0.37, h * 0.9)])
    pygame.draw.rect(big, dark, pygame.Rect(w * 0.18, h * 0.88, w * 0.64, h * 0.12), border_radius=round(h * 0.03))
    pygame.draw.rect(big, metal, pygame.Rect(w * 0.18, h * 0.88, w * 0.64, h * 0.05), border_radius=round(h * 0.03))
    # Bowl: a half ellipse with a bright rim.
    bowl = pygame.Rect(w * 0.02, h * 0.02, w * 0.96, h * 0.62)
    pygame.draw.ellipse(big, dark, bowl)
    pygame.draw.rect(big, (0, 0, 0, 0), pygame.Rect(0, 0, w, h * 0.2))
    clip = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.draw.ellipse(clip, metal, bowl.inflate(-w * 0.08, -h * 0.06).move(-w * 0.04, -h * 0.02))
    pygame.draw.rect(clip, (0, 0, 0, 0), pygame.Rect(0, 0, w, h * 0.2))
    big.blit(clip, (0, 0))
    pygame.draw.ellipse(big, theme.cauldron_rim, pygame.Rect(w * 0.02, h * 0.12, w * 0.96, h * 0.16))
    pygame.draw.ellipse(big, scale(dark, 0.5), pygame.Rect(w * 0.07, h * 0.145, w * 0.86, h * 0.1))
    pygame.draw.line(big, light, (w * 0.16, h * 0.3), (w * 0.3, h * 0.46), max(1, round(w * 0.02)))
    return pygame.transform.smoothscale(big, (width, height))


class Podium:
    """Call `set_finishers`, `layout`, then `update(dt)` and `draw` each frame."""

    def __init__(self, theme: Theme, text: TextRenderer, seed: int = 21) -> None:
        self.theme = theme
        self.text = text
        self.finishers: list[Finisher] = []
        self.elapsed = 0.0
        self.rect = pygame.Rect(0, 0, 10, 10)
        self.screen = Screen(1280, 720)
        self.cauldron_flame = Flame(theme, 40, seed=seed, density=1.3)
        self.torch_flame = Flame(theme, 12, seed=seed + 1, density=0.5)
        self.embers = Embers(theme, seed=seed + 2, rate=34)
        self._lit_sound_due = True
        # False: the blocks show places and totals only (a list beside the podium names everyone).
        self.show_names = True

    def set_finishers(self, finishers: list[Finisher]) -> None:
        self.finishers = sorted(finishers, key=lambda f: (f.rank, f.colour_index))
        self.elapsed = self.theme.podium_light_seconds + 1 if self.theme.reduced_motion else 0.0

    def layout(self, rect: pygame.Rect, screen: Screen) -> None:
        self.rect = pygame.Rect(rect)
        self.screen = screen
        self.cauldron_flame.resize(self.cauldron_width * 0.5)

    @property
    def cauldron_width(self) -> int:
        return round(min(self.rect.w * 0.2, self.rect.h * 0.32))

    @property
    def torch_height(self) -> int:
        return round(self.screen.unit * 0.13)

    @property
    def lit(self) -> bool:
        """The cauldron has caught."""
        return self.elapsed >= self.theme.podium_light_seconds * 0.62

    @property
    def done(self) -> bool:
        return self.elapsed >= self.theme.podium_light_seconds

    def skip(self) -> None:
        self.elapsed = max(self.elapsed, self.theme.podium_light_seconds)

    # -- geometry -------------------------------------------------------------------------
    def _podium_count(self) -> int:
        return min(3, len([f for f in self.finishers if f.rank <= 3]) or min(1, len(self.finishers)))

    @property
    def block_width(self) -> int:
        return round(self.rect.w * 0.2)

    @property
    def cauldron_gap(self) -> int:
        return round(self.rect.w * 0.07)

    def _left(self) -> int:
        """Where the composition starts: the blocks and the cauldron, centred as one group."""
        total = self._podium_count() * self.block_width + self.cauldron_gap + self.cauldron_width
        return self.rect.x + max(0, (self.rect.w - total) // 2)

    def _blocks(self) -> list[tuple[Finisher, pygame.Rect]]:
        """Block rectangles, left to right: second, first, third (as many as there are places)."""
        area = self.rect
        top3 = [f for f in self.finishers if f.rank <= 3][:3]
        if not top3 and self.finishers:
            top3 = self.finishers[:1]
        width = self.block_width
        heights = {1: 0.36, 2: 0.25, 3: 0.17}
        columns = {1: [0], 2: [1, 0], 3: [1, 0, 2]}.get(len(top3), [])   # list position -> column
        left = self._left()
        placed = []
        for index, finisher in enumerate(top3):
            h = round(area.h * heights.get(min(finisher.rank, 3), 0.17))
            placed.append((finisher, pygame.Rect(left + columns[index] * width, area.bottom - h, width, h)))
        return placed

    def _cauldron_rect(self) -> pygame.Rect:
        w = self.cauldron_width
        rect = pygame.Rect(0, 0, w, round(w * 0.95))
        rect.bottomleft = (self._left() + self._podium_count() * self.block_width + self.cauldron_gap, self.rect.bottom)
        return rect

    # -- frames ---------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        self.elapsed += dt
        if self.theme.reduced_motion:
            return
        grow = ease_out((self.elapsed - self.theme.podium_light_seconds * 0.62) / 1.2)
        self.cauldron_flame.intensity = max(0.0, grow)
        if self.lit:
            self.cauldron_flame.update(dt)
        self.torch_flame.update(dt)
        bowl = self._cauldron_rect()
        self.embers.rate = 34 if self.lit else 0
        self.embers.update(dt, (bowl.centerx, bowl.top - self.cauldron_flame.height * 0.5),
                           bowl.w * 0.3, self.rect.h * 0.3)

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.theme
        screen = self.screen
        px = screen.text_px(theme, theme.size_body)
        torches: list[tuple[int, int]] = []
        placed = self._blocks()
        labels = {id(finisher): self._label_area(block, placed) for finisher, block in placed}
        name_px = 0 if not self.show_names else self.text.shared_px([f.name for f, _ in placed],
                                      min((split_rows(area, [0.62, 0.38])[0].size for area in labels.values()),
                                          default=(1, 1)),
                                      px=round(px * 1.35), min_px=screen.min_text_px(theme), style="bold",
                                      line_spacing=0.98)
        for finisher, block in placed:
            colour = theme.medal_colour(finisher.rank - 1)
            draw_panel(surface, block.move(0, screen.px(0.012)), theme.podium_side, radius_frac=0.06)
            draw_panel(surface, block, colour, radius_frac=0.06)
            top = pygame.Rect(block.x, block.y, block.w, max(4, round(block.h * 0.12)))
            draw_panel(surface, top, mix(colour, (255, 255, 255), 0.35), radius_frac=0.3)
            numeral_box = block.inflate(-block.w * 0.3, -block.h * 0.3)
            self.text.fit(str(finisher.rank), numeral_box.size, px=round(block.h * 0.6), style="display",
                          colour=scale(colour, 0.45)).draw(surface, numeral_box)
            counted = round(finisher.score * ease_out(min(1.0, self.elapsed / 1.4)))
            if finisher.rank == 1:
                torches.append((block.centerx, block.y + round(block.h * 0.02)))
            name_rect, score_rect = split_rows(labels[id(finisher)], [0.62, 0.38])
            if self.show_names:
                self.text.fit(finisher.name, name_rect.size, px=name_px, min_px=screen.min_text_px(theme),
                              style="bold", colour=theme.text, shadow=theme.text_shadow, valign="bottom",
                              line_spacing=0.98).draw(surface, name_rect)
            self.text.fit(score_text(counted), score_rect.size, px=round(px * 1.15), style="display",
                          colour=colour, valign="top").draw(surface, score_rect)
        self._draw_cauldron(surface, torches)

    def _label_area(self, block: pygame.Rect, placed: list[tuple[Finisher, pygame.Rect]]) -> pygame.Rect:
        """Where a finisher's name and total stand above its block (and its torch, for a winner).
        A label may reach a little over a lower neighbour, never over one standing as high."""
        lift = round(self.torch_height * 1.8) if block.h == max(b.h for _, b in placed) else 0
        label_h = self.screen.px(0.17)
        reach = round(block.w * 0.1)
        left = right = reach
        for _, other in placed:
            if other is block or other.h < block.h:
                continue
            if other.right <= block.x + 1 and other.right >= block.x - 1:
                left = 0
            if other.x >= block.right - 1 and other.x <= block.right + 1:
                right = 0
        return pygame.Rect(block.x - left, block.y - lift - label_h, block.w + left + right, label_h)

    def _draw_cauldron(self, surface: pygame.Surface, torches: list[tuple[int, int]]) -> None:
        theme = self.theme
        bowl = self._cauldron_rect()
        picture = cauldron_picture(theme, bowl.w)
        mouth = (bowl.centerx, bowl.top + bowl.h * 0.17)
        flame_w = round(bowl.w * 0.5)
        if theme.reduced_motion:
            fire, base = still_flame(theme, flame_w, 10, 0)
            surface.blit(fire, (mouth[0] - base[0], mouth[1] - base[1]), special_flags=pygame.BLEND_RGB_ADD)
        else:
            if self.lit:
                self.cauldron_flame.draw(surface, mouth)
            self.embers.draw(surface, max(2.0, self.screen.unit * 0.006))
        surface.blit(picture, bowl)
        if not torches:
            return
        torch_h = self.torch_height
        body = torch_body(theme, torch_h)
        tops = [(x, y - torch_h) for x, y in torches]     # tied winners each hold a torch
        for top in tops:
            surface.blit(body, body.get_rect(midtop=top))
        if theme.reduced_motion:
            return
        self.torch_flame.resize(body.get_width() * 1.1)
        for top in tops:
            self.torch_flame.draw(surface, top)
        top = max(tops)                                   # the spark leaves from the torch nearest the cauldron
        # The spark travelling from the torch to the cauldron.
        start, end = self.theme.podium_light_seconds * 0.25, self.theme.podium_light_seconds * 0.62
        if start <= self.elapsed < end:
            t = ease_in_out((self.elapsed - start) / (end - start))
            x = top[0] + (mouth[0] - top[0]) * t
            arc = math.sin(t * math.pi) * self.rect.h * 0.35
            y = top[1] + (mouth[1] - top[1]) * t - arc
            radius = max(4, round(self.screen.unit * 0.03))
            surface.blit(glow(radius, theme.flame_mid), (x - radius, y - radius), special_flags=pygame.BLEND_RGB_ADD)
            surface.blit(glow(radius // 2, theme.flame_core), (x - radius // 2, y - radius // 2),
                         special_flags=pygame.BLEND_RGB_ADD)
