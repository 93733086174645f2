"""The night sky behind every screen: a gradient, a few stars and the warm glow of the flame.

Built once per window size and theme, then blitted whole each frame.
"""

from __future__ import annotations

import random
from functools import lru_cache

import pygame

from game.ui.kit.fx import make_glow, mix, scale, vertical_gradient
from game.ui.kit.theme import Theme


# The gradient and the glow are smooth, so on a window wider than this they are drawn at this
# width and scaled up: a 7680x4320 window then costs about what a 1920x1080 one does, where
# drawing them at full size took seconds and hundreds of megabytes (and a signal waits for
# the frame to end).
SMOOTH_WIDTH = 1920


@lru_cache(maxsize=2)
def backdrop(theme: Theme, size: tuple[int, int]) -> pygame.Surface:
    width, height = size
    if width <= SMOOTH_WIDTH:
        surface = vertical_gradient(size, theme.background_top, theme.background_bottom)
    else:
        small = (SMOOTH_WIDTH, max(1, round(height * SMOOTH_WIDTH / width)))
        surface = pygame.transform.smoothscale(
            vertical_gradient(small, theme.background_top, theme.background_bottom), size)
    if theme.high_contrast:
        return surface
    rng = random.Random(1936)
    unit = min(height, width * 9 / 16)
    for _ in range(int(width * height / 9000)):
        x, y = rng.uniform(0, width), rng.uniform(0, height * 0.75)
        fade = 1 - y / (height * 0.8)
        colour = mix(theme.background_top, theme.background_star, rng.uniform(0.2, 0.75) * fade)
        radius = max(1, round(unit * rng.choice((0.0012, 0.0012, 0.0018, 0.0026))))
        pygame.draw.circle(surface, colour, (x, y), radius)
    surface.blit(_warm_glow(theme, size), (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    return surface


def _warm_glow(theme: Theme, size: tuple[int, int]) -> pygame.Surface:
    """The flame's glow rising from below the window, as a window-sized layer to add."""
    width, height = size
    drawn = (width, height) if width <= SMOOTH_WIDTH else (SMOOTH_WIDTH, max(1, round(height * SMOOTH_WIDTH / width)))
    layer = pygame.Surface(drawn)
    layer.fill((0, 0, 0))
    radius = round(max(drawn) * 0.55)
    # A smooth glow needs no detail: drawn small, then scaled up.
    warm = make_glow(max(8, radius // 4), scale(theme.background_glow, 0.55), 1.4)
    warm = pygame.transform.smoothscale(warm, (radius * 2 + 1, radius * 2 + 1))
    layer.blit(warm, (drawn[0] / 2 - radius, drawn[1] * 1.02 - radius))
    return layer if drawn == size else pygame.transform.smoothscale(layer, size)
