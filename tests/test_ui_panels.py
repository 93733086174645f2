"""Panels and shapes are solid where they are solid: nothing beneath a card, a banner or a
tile shows through, at any size (the smoothed edges are the only soft pixels)."""

from __future__ import annotations

import pygame
import pytest

from game.ui.kit import fx
from game.ui.kit.theme import NORMAL, SHAPES
from tests.uikit import small_display  # noqa: F401 (a fixture)

SIZES = [(37, 23), (120, 80), (199, 201), (640, 90), (900, 600)]


pytestmark = pytest.mark.usefixtures("small_display")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("edge", [None, (78, 86, 140)], ids=["plain", "edged"])
def test_a_rounded_panel_is_opaque_and_true_to_its_colour_away_from_its_corners(size, edge):
    fill = (26, 30, 58)
    panel = fx.rounded_panel(size, fill, radius=8, edge=edge, edge_width=3 if edge else 0)
    w, h = size
    for point in ((w // 2, h // 2), (w // 2, h - 1 - 5), (12, h // 2)):
        assert tuple(panel.get_at(point)) == (*fill, 255), point
    if edge:
        assert tuple(panel.get_at((w // 2, 1))) == (*edge, 255)


@pytest.mark.parametrize("shape", SHAPES[:4])
@pytest.mark.parametrize("size", [12, 33, 64, 101])
def test_an_answer_shape_is_solid_at_its_centre(shape, size):
    icon = fx.shape_icon(shape, size, (206, 52, 46))
    assert tuple(icon.get_at((size // 2, size // 2 + size // 8))) == (206, 52, 46, 255)


@pytest.mark.parametrize("size", [(300, 60), (1100, 140)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_white_text_beneath_a_panel_leaves_no_trace(size):
    surface = pygame.Surface((1280, 720))
    surface.fill((255, 255, 255))          # as bright as text beneath can be
    rect = pygame.Rect((90, 100), size)
    fx.draw_panel(surface, rect, NORMAL.panel_raised, radius_frac=0.4, edge=NORMAL.accent, edge_width=4)
    for point in (rect.center, (rect.centerx, rect.y + 6), (rect.x + rect.h, rect.centery)):
        assert tuple(surface.get_at(point))[:3] == NORMAL.panel_raised, point
