"""Drawing primitives the themed widgets share: soft glows, gradients, smooth shapes, panels.

Everything expensive is built once and cached by the values that decide its look (size,
colour), so a frame is mostly blits.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from functools import lru_cache

import pygame

from game.ui.kit import record
from game.ui.kit.theme import Colour

# A power of two: smoothscale averages exactly at 2x and 4x, so a solid area stays solid
# (at 3x it loses a step in every channel, alpha included, and text beneath shows through).
SUPERSAMPLE = 4


def lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def mix(a: Colour, b: Colour, t: float) -> Colour:
    """The colour `t` of the way from `a` to `b`."""
    t = min(1.0, max(0.0, t))
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


def scale(colour: Colour, factor: float) -> Colour:
    return tuple(min(255, max(0, round(c * factor))) for c in colour)  # type: ignore[return-value]


def ease_out(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return 1 - (1 - t) ** 3


def ease_in_out(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return 3 * t * t - 2 * t * t * t


@lru_cache(maxsize=512)
def glow(radius: int, colour: Colour, falloff: float = 2.0) -> pygame.Surface:
    """A soft round light for additive blending, cached: keep `radius` to a few quantised values."""
    return make_glow(radius, colour, falloff)


def make_glow(radius: int, colour: Colour, falloff: float = 2.0) -> pygame.Surface:
    """A soft round light for additive blending: `colour` at the centre fading to black."""
    radius = max(1, int(radius))
    size = radius * 2 + 1
    surface = pygame.Surface((size, size))
    surface.fill((0, 0, 0))
    steps = min(radius, 48)
    for step in range(steps, 0, -1):
        r = radius * step / steps
        inner = radius * (step - 0.5) / steps
        strength = (1 - (inner / radius) ** 2) ** falloff
        pygame.draw.circle(surface, scale(colour, strength), (radius, radius), max(1, round(r)))
    return surface


def vertical_gradient(size: tuple[int, int], top: Colour, bottom: Colour) -> pygame.Surface:
    """A surface fading from `top` to `bottom` (callers keep the result): one column coloured
    row by row, then widened, which repeats each row's colour across exactly as drawing every
    row's line would."""
    width, height = max(1, size[0]), max(1, size[1])
    column = pygame.Surface((1, height))
    for y in range(height):
        column.set_at((0, y), mix(top, bottom, y / max(1, height - 1)))
    return pygame.transform.scale(column, (width, height))


def _supersampled(size: tuple[int, int], draw) -> pygame.Surface:
    """Draw at SUPERSAMPLE times the size, then scale down smoothly: cheap anti-aliasing."""
    big = pygame.Surface((size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE), pygame.SRCALPHA)
    draw(big, SUPERSAMPLE)
    return pygame.transform.smoothscale(big, size)


def shape_points(shape: str, box: pygame.Rect) -> list[tuple[float, float]]:
    """The outline of an answer shape inside `box` (every shape but the circle, which is drawn)."""
    x, y, w, h = box.x, box.y, box.w, box.h
    if shape == "triangle":
        return [(x + w / 2, y + h * 0.06), (x + w * 0.98, y + h * 0.92), (x + w * 0.02, y + h * 0.92)]
    if shape == "diamond":
        return [(x + w / 2, y), (x + w, y + h / 2), (x + w / 2, y + h), (x, y + h / 2)]
    if shape == "square":
        inset = w * 0.1
        return [(x + inset, y + inset), (x + w - inset, y + inset), (x + w - inset, y + h - inset),
                (x + inset, y + h - inset)]
    if shape == "star":
        return star_points(x + w / 2, y + h * 0.53, w * 0.5, w * 0.22)
    if shape == "hexagon":
        return [(x + w / 2 + w * 0.48 * math.cos(a), y + h / 2 + h * 0.48 * math.sin(a))
                for a in (math.pi / 6 + i * math.pi / 3 for i in range(6))]
    raise ValueError(f"unknown shape {shape!r}")


@lru_cache(maxsize=256)
def shape_icon(shape: str, size: int, colour: Colour, outline: Colour | None = None) -> pygame.Surface:
    """An anti-aliased answer shape, `size` pixels square."""
    size = max(4, int(size))

    def draw(big: pygame.Surface, k: int) -> None:
        box = pygame.Rect(0, 0, size * k, size * k)
        edge = max(1, round(size * k * 0.09)) if outline else 0
        if shape == "circle":
            if outline:
                pygame.draw.circle(big, outline, box.center, box.w * 0.47)
            pygame.draw.circle(big, colour, box.center, box.w * 0.47 - edge)
            return
        points = shape_points(shape, box)
        if outline:
            pygame.draw.polygon(big, outline, points)
            cx, cy = box.center
            shrink = 1 - 2.4 * edge / box.w
            points = [(cx + (px - cx) * shrink, cy + (py - cy) * shrink) for px, py in points]
        pygame.draw.polygon(big, colour, points)

    return _supersampled((size, size), draw)


class SurfaceCache:
    """Most recently used surfaces, kept within a memory budget (big panels add up quickly)."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self.used = 0
        self._items: OrderedDict[tuple, pygame.Surface] = OrderedDict()

    def get(self, key: tuple) -> pygame.Surface | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: tuple, surface: pygame.Surface) -> pygame.Surface:
        self._items[key] = surface
        self.used += surface.get_width() * surface.get_height() * 4
        while len(self._items) > 1 and self.used > self.budget:
            _, dropped = self._items.popitem(last=False)
            self.used -= dropped.get_width() * dropped.get_height() * 4
        return surface

    def clear(self) -> None:
        self._items.clear()
        self.used = 0


PANELS = SurfaceCache(20 * 1024 * 1024)


def rounded_panel(size: tuple[int, int], fill: Colour, radius: int, edge: Colour | None = None,
                  edge_width: int = 0, alpha: int = 255) -> pygame.Surface:
    """A rounded rectangle with optional border, anti-aliased, cached by its look."""
    key = (tuple(size), fill, radius, edge, edge_width, alpha)
    return PANELS.get(key) or PANELS.put(key, _rounded_panel(size, fill, radius, edge, edge_width, alpha))


def _rounded_panel(size: tuple[int, int], fill: Colour, radius: int, edge: Colour | None,
                   edge_width: int, alpha: int) -> pygame.Surface:
    width, height = max(2, size[0]), max(2, size[1])

    def draw(big: pygame.Surface, k: int) -> None:
        rect = big.get_rect()
        if edge and edge_width:
            pygame.draw.rect(big, (*edge, alpha), rect, border_radius=radius * k)
            inner = rect.inflate(-2 * edge_width * k, -2 * edge_width * k)
            pygame.draw.rect(big, (*fill, alpha), inner, border_radius=max(0, (radius - edge_width) * k))
        else:
            pygame.draw.rect(big, (*fill, alpha), rect, border_radius=radius * k)

    small_w, small_h = min(width, 2 * radius + 4), min(height, 2 * radius + 4)
    if small_w * small_h * 2 > width * height:
        return _supersampled((width, height), draw)
    # Straight edges need no smoothing, so only the corners are supersampled (a small panel of
    # the same radius and border, cut into four). The pixels are the very same as smoothing the
    # whole (at 4x, smoothscale averages 4x4 blocks, and a corner's blocks are alike in both);
    # it costs a fraction of the time and memory, which the title's first frame feels.
    surface = pygame.Surface((width, height), pygame.SRCALPHA)
    draw(surface, 1)
    small = _supersampled((small_w, small_h), draw)
    qw, qh = (small_w + 1) // 2, (small_h + 1) // 2
    for sx, sy, tx, ty in ((0, 0, 0, 0), (small_w - qw, 0, width - qw, 0), (0, small_h - qh, 0, height - qh),
                           (small_w - qw, small_h - qh, width - qw, height - qh)):
        surface.fill((0, 0, 0, 0), pygame.Rect(tx, ty, qw, qh))
        surface.blit(small, (tx, ty), pygame.Rect(sx, sy, qw, qh))
    return surface


def draw_panel(target: pygame.Surface, rect: pygame.Rect, fill: Colour, *, radius_frac: float = 0.08,
               edge: Colour | None = None, edge_width: int = 0, alpha: int = 255) -> None:
    """Blit a cached rounded panel filling `rect`."""
    radius = max(2, round(min(rect.w, rect.h) * radius_frac))
    target.blit(rounded_panel((rect.w, rect.h), fill, radius, edge, edge_width, alpha), rect.topleft)
    record.note_panel(target, rect)


def star_points(cx: float, cy: float, outer: float, inner: float, points: int = 5,
                rotation: float = -math.pi / 2) -> list[tuple[float, float]]:
    out = []
    for i in range(points * 2):
        r = outer if i % 2 == 0 else inner
        a = rotation + i * math.pi / points
        out.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return out


ICONS = ("check", "cross", "pause", "play", "star", "sound", "muted", "flame")


@lru_cache(maxsize=256)
def icon(name: str, size: int, colour: Colour) -> pygame.Surface:
    """A small anti-aliased symbol drawn from lines and polygons (the text fonts lack them)."""
    if name not in ICONS:
        raise ValueError(f"unknown icon {name!r}; known: {', '.join(ICONS)}")
    size = max(6, int(size))

    def draw(big: pygame.Surface, k: int) -> None:
        s = size * k
        stroke = max(2, round(s * 0.14))
        if name == "check":
            pygame.draw.lines(big, colour, False, [(s * 0.16, s * 0.52), (s * 0.4, s * 0.76),
                                                   (s * 0.86, s * 0.24)], stroke)
            for x, y in ((s * 0.16, s * 0.52), (s * 0.4, s * 0.76), (s * 0.86, s * 0.24)):
                pygame.draw.circle(big, colour, (x, y), stroke / 2)
        elif name == "cross":
            for a, b in (((0.2, 0.2), (0.8, 0.8)), ((0.8, 0.2), (0.2, 0.8))):
                pygame.draw.line(big, colour, (s * a[0], s * a[1]), (s * b[0], s * b[1]), stroke)
                for x, y in (a, b):
                    pygame.draw.circle(big, colour, (s * x, s * y), stroke / 2)
        elif name == "pause":
            for x in (0.22, 0.58):
                pygame.draw.rect(big, colour, pygame.Rect(s * x, s * 0.16, s * 0.2, s * 0.68),
                                 border_radius=round(s * 0.04))
        elif name == "play":
            pygame.draw.polygon(big, colour, [(s * 0.26, s * 0.14), (s * 0.86, s * 0.5), (s * 0.26, s * 0.86)])
        elif name == "star":
            pygame.draw.polygon(big, colour, star_points(s / 2, s * 0.53, s * 0.48, s * 0.2))
        elif name in ("sound", "muted"):
            pygame.draw.polygon(big, colour, [(s * 0.08, s * 0.36), (s * 0.26, s * 0.36), (s * 0.5, s * 0.14),
                                              (s * 0.5, s * 0.86), (s * 0.26, s * 0.64), (s * 0.08, s * 0.64)])
            if name == "sound":
                for r in (0.2, 0.34):
                    pygame.draw.arc(big, colour, pygame.Rect(s * (0.5 - r), s * (0.5 - r), s * 2 * r, s * 2 * r),
                                    -0.9, 0.9, max(2, stroke // 2))
            else:
                pygame.draw.line(big, colour, (s * 0.62, s * 0.34), (s * 0.92, s * 0.66), stroke // 1)
                pygame.draw.line(big, colour, (s * 0.92, s * 0.34), (s * 0.62, s * 0.66), stroke // 1)
        elif name == "flame":
            pygame.draw.polygon(big, colour, [
                (s * 0.5, s * 0.04), (s * 0.7, s * 0.3), (s * 0.82, s * 0.58), (s * 0.76, s * 0.8),
                (s * 0.6, s * 0.94), (s * 0.4, s * 0.94), (s * 0.24, s * 0.8), (s * 0.18, s * 0.58),
                (s * 0.32, s * 0.36), (s * 0.4, s * 0.5), (s * 0.44, s * 0.26)])

    return _supersampled((size, size), draw)
