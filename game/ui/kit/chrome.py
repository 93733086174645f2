"""The frame every menu screen shares: a title at the top and the keys that work at the bottom.

Keeping these in one place makes every screen line up the same way at every window size.
"""

from __future__ import annotations

import pygame

from game.ui.kit.fx import icon
from game.ui.kit.layout import Screen
from game.ui.kit.overlays import keycap
from game.ui.kit.text import TextRenderer
from game.ui.kit.theme import Theme


def header_rect(screen: Screen) -> pygame.Rect:
    content = screen.content()
    return pygame.Rect(content.x, content.y, content.w, screen.px(0.11))


def footer_rect(screen: Screen) -> pygame.Rect:
    content = screen.content()
    h = screen.px(0.06)
    return pygame.Rect(content.x, content.bottom - h, content.w, h)


def body_rect(screen: Screen) -> pygame.Rect:
    """The space between the header and the footer."""
    head, foot = header_rect(screen), footer_rect(screen)
    gap = screen.px(0.025)
    return pygame.Rect(head.x, head.bottom + gap, head.w, foot.top - head.bottom - 2 * gap)


def draw_header(surface: pygame.Surface, screen: Screen, theme: Theme, text: TextRenderer, title: str,
                right: str = "") -> None:
    """The screen's title in the display font beside a small flame; `right` is a note on the right."""
    rect = header_rect(screen)
    flame = icon("flame", round(rect.h * 0.62), theme.accent)
    surface.blit(flame, flame.get_rect(midleft=(rect.x, rect.centery)))
    title_box = pygame.Rect(rect.x + flame.get_width() + screen.px(0.02), rect.y,
                            rect.w * 0.62, rect.h)
    text.fit(title, title_box.size, px=screen.text_px(theme, theme.size_heading), style="display",
             colour=theme.text, align="left", shadow=theme.text_shadow).draw(surface, title_box)
    if right:
        note_box = pygame.Rect(title_box.right, rect.y, rect.right - title_box.right, rect.h)
        text.fit(right, note_box.size, px=screen.text_px(theme, theme.size_small), colour=theme.text_muted,
                 align="right").draw(surface, note_box)
    line_y = rect.bottom - max(1, screen.px(0.003))
    pygame.draw.line(surface, theme.accent_soft, (rect.x, line_y), (rect.right, line_y), max(1, screen.px(0.003)))


def draw_key_hints(surface: pygame.Surface, screen: Screen, theme: Theme, text: TextRenderer,
                   hints: list[tuple[str, str]], rect: pygame.Rect | None = None) -> None:
    """Key caps with what they do, laid out in a row and shrunk together until they fit."""
    rect = rect or footer_rect(screen)
    px = screen.text_px(theme, theme.size_small)
    while px > 8:
        widths = []
        for key, meaning in hints:
            cap_w = text.label(key, px, style="bold").get_width() + px
            label_w = text.label(meaning, px).get_width()
            widths.append(cap_w + px * 0.4 + label_w)
        total = sum(widths) + px * 1.6 * (len(hints) - 1)
        if total <= rect.w and px * 1.6 <= rect.h:
            break
        px -= 1
    x = rect.x
    for (key, meaning), width in zip(hints, widths):
        cap = keycap(surface, text, theme, key, pygame.Rect(x, rect.y, width, rect.h), px)
        label = text.label(meaning, px, colour=theme.text_muted)
        surface.blit(label, label.get_rect(midleft=(cap.right + px * 0.4, rect.centery)))
        x += width + px * 1.6
