"""The night sky behind every screen: a gradient, a few stars and the warm glow of the flame.

Built once per window size and theme, then blitted whole each frame.
"""

from __future__ import annotations

import random
from functools import lru_cache

import pygame

from game.ui.kit.fx import make_glow, mix, scale, vertical_gradient
from game.ui.kit.theme import Theme


@lru_cache(maxsize=2)
def backdrop(theme: Theme, size: tuple[int, int]) -> pygame.Surface:
    width, height = size
    surface = vertical_gradient(size, theme.background_top, theme.background_bottom)
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
    radius = round(max(width, height) * 0.55)
    # A smooth glow needs no detail: drawn small, then scaled up.
    warm = make_glow(max(8, radius // 4), scale(theme.background_glow, 0.55), 1.4)
    warm = pygame.transform.smoothscale(warm, (radius * 2 + 1, radius * 2 + 1))
    surface.blit(warm, (width / 2 - radius, height * 1.02 - radius), special_flags=pygame.BLEND_RGB_ADD)
    return surface
