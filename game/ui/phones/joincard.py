"""The join code drawn: the QR code as crisp squares, the address and the room code in type the
back row can read."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.i18n import _
from game.net import QrGrid
from game.ui.kit.fx import draw_panel
from game.ui.kit.layout import Screen, split_rows
from game.ui.kit.text import TextRenderer
from game.ui.kit.theme import Theme

QR_DARK = (0, 0, 0)
QR_LIGHT = (255, 255, 255)


@lru_cache(maxsize=8)
def qr_picture(grid: QrGrid, size: int) -> pygame.Surface:
    """The QR code as a square picture of at most `size` pixels: a whole number of pixels per
    module (scanners want crisp edges), black on white whatever the theme, quiet zone included."""
    cell = max(1, size // grid.size)
    side = cell * grid.size
    picture = pygame.Surface((side, side))
    picture.fill(QR_LIGHT)
    for x, y in grid.dark_cells():
        picture.fill(QR_DARK, (x * cell, y * cell, cell, cell))
    return picture


def draw_qr(surface: pygame.Surface, rect: pygame.Rect, grid: QrGrid) -> pygame.Rect:
    """The QR code as large as fits `rect`, centred on a white card; returns the card."""
    side = min(rect.w, rect.h)
    picture = qr_picture(grid, side)
    card = picture.get_rect(center=rect.center)
    pygame.draw.rect(surface, QR_LIGHT, card.inflate(4, 4), border_radius=max(2, side // 40))
    surface.blit(picture, card)
    return card


def draw_join_lines(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, text: TextRenderer, screen: Screen,
                    address: str, code: str) -> None:
    """"Open" and the address, then "Room code" and the code, the code largest of all."""
    min_px = screen.min_text_px(theme)
    small = screen.text_px(theme, theme.size_small)
    open_label, open_box, code_label, code_box = split_rows(rect, [0.17, 0.28, 0.17, 0.38], screen.px(0.004))
    text.fit(_("Scan the code with a phone's camera, or open"), open_label.size, px=small, min_px=min_px, style="bold",
             colour=theme.accent, align="left", max_lines=1).draw(surface, open_label)
    text.fit(address, open_box.size, px=screen.text_px(theme, theme.size_heading), min_px=min_px, style="display",
             colour=theme.text, align="left", max_lines=1).draw(surface, open_box)
    # Translators: under the address, above the room code: the second half of "Scan ..., or open"
    text.fit(_("and type the room code"), code_label.size, px=small, min_px=min_px, style="bold",
             colour=theme.accent, align="left", max_lines=1).draw(surface, code_label)
    text.fit(code, code_box.size, px=screen.text_px(theme, theme.size_title), min_px=min_px, style="display",
             colour=theme.focus_ring, align="left", max_lines=1, shadow=theme.text_shadow).draw(surface, code_box)


def draw_join_summary(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, text: TextRenderer,
                      screen: Screen, lines: list[str], problem: bool = False) -> None:
    """A small card of plain lines about the phones (the team screen's), red-edged for a problem."""
    draw_panel(surface, rect, theme.panel, radius_frac=0.06, edge=theme.wrong if problem else theme.accent,
               edge_width=max(1, screen.px(0.003)))
    px = screen.text_px(theme, theme.size_small)
    inner = rect.inflate(-px * 1.4, -px)
    text.fit("\n".join(lines), inner.size, px=px, min_px=screen.min_text_px(theme), colour=theme.text,
             align="left", valign="top", line_spacing=1.12).draw(surface, inner)
