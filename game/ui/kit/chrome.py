"""The frame every menu screen shares: a title at the top and the keys that work at the bottom.

Keeping these in one place makes every screen line up the same way at every window size.
"""

from __future__ import annotations

import pygame

from game.ui.kit import record
from game.ui.kit.fx import icon
from game.ui.kit.layout import Screen
from game.ui.kit.overlays import keycap
from game.ui.kit.text import TextRenderer
from game.ui.kit.theme import Theme


def header_rect(screen: Screen, theme: Theme | None = None) -> pygame.Rect:
    """The title band; taller in a theme that asks for it (the projector's notes take two lines
    at its floor)."""
    content = screen.content()
    share = theme.header_height if theme is not None else 0.11
    return pygame.Rect(content.x, content.y, content.w, screen.px(share))


def footer_rect(screen: Screen) -> pygame.Rect:
    content = screen.content()
    h = screen.px(0.06)
    return pygame.Rect(content.x, content.bottom - h, content.w, h)


def body_rect(screen: Screen, theme: Theme | None = None) -> pygame.Rect:
    """The space between the header and the footer."""
    head, foot = header_rect(screen, theme), footer_rect(screen)
    gap = screen.px(0.025)
    return pygame.Rect(head.x, head.bottom + gap, head.w, foot.top - head.bottom - 2 * gap)


def draw_header(surface: pygame.Surface, screen: Screen, theme: Theme, text: TextRenderer, title: str,
                right: str = "") -> None:
    """The screen's title in the display font beside a small flame; `right` is a note on the right."""
    rect = header_rect(screen, theme)
    line_w = max(1, screen.px(0.003))
    line_y = rect.bottom - line_w
    rect = pygame.Rect(rect.x, rect.y, rect.w, rect.h - 3 * line_w)    # text stays clear of the gold rule
    flame = icon("flame", round(rect.h * 0.62), theme.accent)
    surface.blit(flame, flame.get_rect(midleft=(rect.x, rect.centery)))
    title_box = pygame.Rect(rect.x + flame.get_width() + screen.px(0.02), rect.y,
                            rect.w * 0.62, rect.h)
    drawn = text.fit(title, title_box.size, px=screen.text_px(theme, theme.size_heading), style="display",
                     colour=theme.text, align="left", shadow=theme.text_shadow).draw(surface, title_box)
    if right:
        # The note takes what the title leaves, so a long note stays at its size in two lines.
        left = min(title_box.right, drawn.right + screen.px(0.04))
        note_box = pygame.Rect(left, rect.y, rect.right - left, rect.h)
        text.fit(right, note_box.size, px=screen.text_px(theme, theme.size_small), colour=theme.text_muted,
                 align="right").draw(surface, note_box)
    pygame.draw.line(surface, theme.accent_soft, (rect.x, line_y), (rect.right, line_y), line_w)
    record.note_shape(surface, "header rule", pygame.Rect(rect.x, line_y - line_w // 2, rect.w, line_w))


def draw_key_hints(surface: pygame.Surface, screen: Screen, theme: Theme, text: TextRenderer,
                   hints: list[tuple[str, str]], rect: pygame.Rect | None = None) -> None:
    """Key caps with what they do, laid out in a row and shrunk together until they fit; at the
    smallest readable size, the last hints give way (F1 lists every key)."""
    rect = rect or footer_rect(screen)
    floor = max(screen.floor_text_px(theme), text.floor_px)
    px = max(floor, screen.text_px(theme, theme.size_small))
    hints = list(hints)

    def widths_at(size: int) -> list[float]:
        return [text.label(key, size, style="bold").get_width() + size * 1.4 + text.label(meaning, size).get_width()
                for key, meaning in hints]

    while True:
        widths = widths_at(px)
        total = sum(widths) + px * 1.6 * (len(hints) - 1)
        if total <= rect.w and (px * 1.6 <= rect.h or px <= floor):
            break
        if px > floor:
            px -= 1
        elif len(hints) > 1:
            hints.pop()
        else:
            break
    x = rect.x
    for (key, meaning), width in zip(hints, widths):
        cap = keycap(surface, text, theme, key, pygame.Rect(x, rect.y, width, rect.h), px)
        text.line(meaning, px, colour=theme.text_muted).draw_at(surface, midleft=(cap.right + px * 0.4, rect.centery))
        x += width + px * 1.6


def draw_scroll_marks(surface: pygame.Surface, screen: Screen, theme: Theme, shown: list[pygame.Rect],
                      above: bool, below: bool) -> None:
    """Small arrows beside a list whose rows `shown` are on screen, when more rows are scrolled
    out of view above or below."""
    if not shown:
        return
    size = screen.px(0.008)
    x = shown[0].right + screen.px(0.0125)
    colour = theme.accent
    if above:
        y = shown[0].top + size
        pygame.draw.polygon(surface, colour, [(x, y - size), (x - size, y + size * 0.6), (x + size, y + size * 0.6)])
    if below:
        y = shown[-1].bottom - size
        pygame.draw.polygon(surface, colour, [(x, y + size), (x - size, y - size * 0.6), (x + size, y - size * 0.6)])
