"""Layout from the window size: rectangles as fractions of other rectangles, never fixed pixels.

`Screen` carries the window size and the *unit*, the height a 16:9 window of that width would
have (or the real height, if smaller), so type and spacing suit 4:3 projectors and ultra-wide
screens alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.kit.theme import Theme


@dataclass(frozen=True)
class Screen:
    width: int
    height: int

    @property
    def rect(self) -> pygame.Rect:
        return pygame.Rect(0, 0, self.width, self.height)

    @property
    def unit(self) -> float:
        return float(min(self.height, self.width * 9 / 16))

    def px(self, fraction: float) -> int:
        """A length as a fraction of the unit height, at least one pixel."""
        return max(1, round(self.unit * fraction))

    def text_px(self, theme: Theme, fraction: float) -> int:
        """A type size: a fraction of the unit, times the player's font scale."""
        return max(8, round(self.unit * fraction * theme.font_scale))

    def min_text_px(self, theme: Theme) -> int:
        """The smallest text may shrink to when fitting: not scaled, so a big font scale still fits."""
        return max(8, round(self.unit * theme.size_min))

    def floor_text_px(self, theme: Theme) -> int:
        """The size no text goes below unless its box cannot hold it."""
        return max(8, round(self.unit * theme.size_floor))

    def content(self) -> pygame.Rect:
        """The safe area inside the margins, centred (wide screens keep a readable width)."""
        margin = self.px(0.045)
        width = min(self.width - 2 * margin, round(self.unit * 16 / 9 * 0.96))
        return pygame.Rect((self.width - width) // 2, margin, width, self.height - 2 * margin)


def rel(area: pygame.Rect, x: float, y: float, w: float, h: float) -> pygame.Rect:
    """The rectangle at fractions (x, y, w, h) of `area`."""
    return pygame.Rect(round(area.x + area.w * x), round(area.y + area.h * y),
                       round(area.w * w), round(area.h * h))


def _cuts(length: int, weights: list[float]) -> list[tuple[int, int]]:
    """(offset, size) of bands sharing `length` in proportion to `weights`; every boundary is
    rounded from the running total, so no band takes all the rounding (sizes differ by 1 at most)."""
    total = sum(weights) or 1
    cuts, running, start = [], 0.0, 0
    for weight in weights:
        running += weight
        end = round(length * running / total)
        cuts.append((start, end - start))
        start = end
    return cuts


def split_rows(area: pygame.Rect, weights: list[float], gap: int = 0) -> list[pygame.Rect]:
    """`area` cut into horizontal bands in proportion to `weights`, `gap` pixels apart."""
    usable = area.h - gap * (len(weights) - 1)
    return [pygame.Rect(area.x, area.y + offset + index * gap, area.w, size)
            for index, (offset, size) in enumerate(_cuts(usable, weights))]


def split_columns(area: pygame.Rect, weights: list[float], gap: int = 0) -> list[pygame.Rect]:
    """`area` cut into vertical bands in proportion to `weights`, `gap` pixels apart."""
    usable = area.w - gap * (len(weights) - 1)
    return [pygame.Rect(area.x + offset + index * gap, area.y, size, area.h)
            for index, (offset, size) in enumerate(_cuts(usable, weights))]


def grid(area: pygame.Rect, columns: int, rows: int, gap: int = 0) -> list[pygame.Rect]:
    """Cells of a columns x rows grid, row by row."""
    cells = []
    for row in split_rows(area, [1] * rows, gap):
        cells.extend(split_columns(row, [1] * columns, gap))
    return cells


def centred(area: pygame.Rect, width: int, height: int) -> pygame.Rect:
    rect = pygame.Rect(0, 0, width, height)
    rect.center = area.center
    return rect
