"""Drawing how a team answers: its keys beside the tile shapes, or its controller's buttons.

A controller's button is drawn as the four face buttons in their diamond with the one that
answers the tile filled in, so nobody needs to know what their pad prints on its buttons.
"""

from __future__ import annotations

import pygame

from game.ui.kit.fx import shape_icon
from game.ui.kit.layout import split_columns
from game.ui.input.room import TeamInput
from game.ui.kit.text import TextRenderer
from game.ui.kit.theme import RING_NAMES, SHAPES, Theme
from game.ui.input.zones import KEYBOARD_ZONES, PAD_POSITIONS

_OFFSETS = {"top": (0, -1), "bottom": (0, 1), "right": (1, 0), "left": (-1, 0)}


def shown_team_names(players, anonymous: bool) -> list[str]:
    """The teams' names as the room sees them: as typed, or the ring colours' when anonymous."""
    return list(RING_NAMES[: len(players)]) if anonymous else list(players)


def pad_face(size: int, position: str, colour, dim) -> pygame.Surface:
    """Four face buttons in a diamond, the one at `position` filled."""
    picture = pygame.Surface((size, size), pygame.SRCALPHA)
    radius = max(2, round(size * 0.17))
    reach = size / 2 - radius - 1
    for name, (dx, dy) in _OFFSETS.items():
        centre = (size / 2 + dx * reach, size / 2 + dy * reach)
        if name == position:
            pygame.draw.circle(picture, colour, centre, radius)
        else:
            pygame.draw.circle(picture, dim, centre, radius, width=max(1, radius // 3))
    return picture


def input_words(team: TeamInput, short: bool = False) -> str | None:
    """What `draw_team_input` says in words for `team` ("Press a pad button", "Pad 2 unplugged"),
    or None when it draws the team's keys or its pad's buttons instead."""
    if team.device is not None or (team.zone is not None and not team.uses_pad):
        return None
    return team.short() if short else team.describe()


def draw_team_input(surface: pygame.Surface, theme: Theme, text: TextRenderer, rect: pygame.Rect,
                    team: TeamInput, options: int = 4, min_px: int = 8, short: bool = False,
                    px: int | None = None) -> None:
    """A team's answer keys, tile by tile, with each tile's shape; or a line saying what to do
    (at `px`, or as large as the box allows)."""
    count = max(1, min(4, options))
    words = input_words(team, short)
    if words is None:
        cells = split_columns(rect, [1] * count, 2)
        size = max(6, round(min(rect.h * 0.8, rect.w / count * 0.4)))
        for index, cell in enumerate(cells):
            shape = shape_icon(SHAPES[index], size, theme.tile_colour(index))
            letter = None
            if team.device is not None:
                key = pad_face(size, PAD_POSITIONS[index], theme.text, theme.text_muted)
            else:
                letter = text.line(KEYBOARD_ZONES[team.zone].labels[index], size, style="bold", colour=theme.text)
                key = letter.surface
            x = cell.centerx - (shape.get_width() + key.get_width() + 2) // 2
            surface.blit(shape, shape.get_rect(midleft=(x, cell.centery)))
            if letter is not None:
                letter.draw_at(surface, midleft=(x + shape.get_width() + 2, cell.centery))
            else:
                surface.blit(key, key.get_rect(midleft=(x + shape.get_width() + 2, cell.centery)))
        return
    colour = theme.wrong if team.lost else theme.accent
    size = px if px is not None else round(rect.h * 0.6)
    text.fit(words, rect.size, px=max(min_px, size), min_px=min_px, colour=colour,
             style="bold", max_lines=2, line_spacing=0.95).draw(surface, rect)
