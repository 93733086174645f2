"""A short message across the top of a play screen, for the teacher's actions and for pads.

The game's notices sit at the bottom, where the team chips are on the question screen; this
banner takes the top instead, so the room can always see who has locked in.
"""

from __future__ import annotations

import pygame

from game.ui.kit.fx import draw_panel
from game.ui.kit.layout import Screen
from game.ui.kit.text import TextRenderer
from game.ui.kit.theme import Theme


def banner_rect(screen: Screen, px: int) -> pygame.Rect:
    """The band the banner and the teacher's team panel share, centred at the top."""
    bar = pygame.Rect(0, 0, min(screen.width - screen.px(0.08), round(screen.unit * 0.8)), round(px * 2.6))
    bar.midtop = (screen.width // 2, screen.px(0.02))
    return bar


def draw_solid_panel(surface: pygame.Surface, rect: pygame.Rect, fill, edge, edge_width: int) -> None:
    """The banner's pill-shaped panel, opaque over whatever is beneath."""
    draw_panel(surface, rect, fill, radius_frac=0.4, edge=edge, edge_width=edge_width)


class Banner:
    def __init__(self, theme: Theme, text: TextRenderer) -> None:
        self.theme = theme
        self.text = text
        self.message = ""
        self.left = 0.0

    def show(self, message: str, seconds: float = 3.0) -> None:
        self.message = message
        self.left = seconds

    def update(self, dt: float) -> None:
        self.left = max(0.0, self.left - dt)

    @property
    def visible(self) -> bool:
        return self.left > 0 and bool(self.message)

    def draw(self, surface: pygame.Surface) -> None:
        if not self.visible:
            return
        theme = self.theme
        screen = Screen(*surface.get_size())
        px = screen.text_px(theme, theme.size_body)
        bar = banner_rect(screen, px)
        draw_solid_panel(surface, bar, theme.panel_raised, theme.accent, max(2, screen.px(0.004)))
        inner = bar.inflate(-px, -px // 2)
        self.text.fit(self.message, inner.size, px=px, min_px=screen.min_text_px(theme), style="bold",
                      colour=theme.text, max_lines=2, line_spacing=0.95).draw(surface, inner)
