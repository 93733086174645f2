"""A window far larger than a screen still costs the game about what a full-HD one does, so
each frame ends soon and a signal is acted on at once (bench_largest_window measures it)."""

from __future__ import annotations

import pygame
import pytest

from game.ui.kit.theme import theme_for
from game.ui.look import backdrop as backdrop_module


@pytest.fixture
def drawn(monkeypatch):
    """The sizes the backdrop draws its gradient at and scales anything to."""
    sizes: dict[str, list[tuple[int, int]]] = {"gradient": [], "scaled": []}
    gradient, smoothscale = backdrop_module.vertical_gradient, pygame.transform.smoothscale

    def recorded_gradient(size, top, bottom):
        sizes["gradient"].append(tuple(size))
        return gradient(size, top, bottom)

    def recorded_scale(surface, size, *rest):
        sizes["scaled"].append(tuple(size))
        return smoothscale(surface, size, *rest)

    monkeypatch.setattr(backdrop_module, "vertical_gradient", recorded_gradient)
    monkeypatch.setattr(pygame.transform, "smoothscale", recorded_scale)
    backdrop_module.backdrop.cache_clear()
    yield sizes
    backdrop_module.backdrop.cache_clear()


def test_a_window_wider_than_full_hd_draws_its_sky_at_full_hd_and_scales_it(drawn):
    sky = backdrop_module.backdrop(theme_for(), (3840, 2160))
    assert sky.get_size() == (3840, 2160)
    assert drawn["gradient"] == [(1920, 1080)]
    # Nothing is built larger than the window: the flame's glow once became a square of
    # 0.55 x 2 times the window's width on each side.
    assert drawn["scaled"] and all(w <= 3840 and h <= 2160 for w, h in drawn["scaled"])


def test_a_full_hd_window_draws_its_sky_at_its_own_size(drawn):
    sky = backdrop_module.backdrop(theme_for(), (1920, 1080))
    assert sky.get_size() == (1920, 1080)
    assert drawn["gradient"] == [(1920, 1080)]
