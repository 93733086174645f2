"""Answer tiles: big coloured buttons that also carry a shape and a key, never colour alone.

Each tile is drawn once per size and text into a cached picture (colour, shape, key cap and
fitted text); a frame only adds the state on top: focus, locked in, dimmed, right or wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.ui.kit import record
from game.ui.kit.fx import draw_panel, icon, mix, rounded_panel, scale, shape_icon
from game.ui.kit.layout import split_rows, grid, split_columns
from game.ui.kit.text import FittedText, TextRenderer
from game.ui.kit.theme import SHAPES, Theme

# How a tile looks in the current moment of a question.
NORMAL, LOCKED, DIMMED, CORRECT, WRONG_PICK, FADED = (
    "normal", "locked", "dimmed", "correct", "wrong pick", "faded")


@dataclass
class Tile:
    index: int
    text: str
    key_hint: str
    rect: pygame.Rect
    state: str = NORMAL
    picture: pygame.Surface | None = None
    fitted: FittedText | None = None
    markers: list = field(default_factory=list)  # colours of the teams who picked it, at reveal
    share: float | None = None   # at reveal in a large room: the share of the room that picked it
    caption: str = ""            # ... in words ("43% · 12"), on a bar along the tile's foot
    share_picture: tuple | None = None   # (picture, the tile's rect it was made for, where it goes)


def _how_well(fitted: FittedText) -> tuple[bool, int]:
    """Whole text first, then larger."""
    return fitted.fits, fitted.px


def tile_rects(area: pygame.Rect, count: int, gap: int, stacked: bool = False) -> list[pygame.Rect]:
    """Two tiles side by side, three or four in a 2x2 grid, five or six in a 3x2 grid; or, when
    `stacked`, one under another (a narrow column beside a long list of teams)."""
    if stacked:
        return split_rows(area, [1] * max(1, count), gap)
    if count <= 2:
        return split_columns(area, [1] * max(1, count), gap)
    if count <= 4:
        return grid(area, 2, 2, gap)[:count]
    return grid(area, 3, 2, gap)[:count]


class AnswerTiles:
    """The set of tiles of one question."""

    def __init__(self, theme: Theme, text: TextRenderer) -> None:
        self.theme = theme
        self.text = text
        self.tiles: list[Tile] = []
        self.focus: int | None = None
        self.hover: int | None = None
        self.text_px = 30
        self.unit = 720.0

    def set_options(self, options: list[str], key_hints: list[str] | None) -> None:
        hints = key_hints or [""] * len(options)
        self.tiles = [Tile(i, text, hints[i] if i < len(hints) else "", pygame.Rect(0, 0, 1, 1))
                      for i, text in enumerate(options)]
        self.focus = None

    def set_shares(self, counts: list[int], total: int, words) -> None:
        """At the reveal: how many of `total` picked each tile, as a bar and `words(count, total)`."""
        for tile, count in zip(self.tiles, counts):
            tile.share = count / total if total else 0.0
            tile.caption = words(count, total)
            tile.picture = None
            tile.share_picture = None

    def layout(self, area: pygame.Rect, text_px: int, unit: float, stacked: bool = False) -> None:
        self.text_px = text_px
        self.unit = unit
        gap = max(4, round(unit * (0.014 if stacked else 0.022)))
        for tile, rect in zip(self.tiles, tile_rects(area, len(self.tiles), gap, stacked)):
            tile.rect = rect
            tile.picture = None
            tile.share_picture = None

    def tile_at(self, pos: tuple[int, int]) -> int | None:
        for tile in self.tiles:
            if tile.rect.collidepoint(pos):
                return tile.index
        return None

    def move_focus(self, dx: int, dy: int) -> None:
        count = len(self.tiles)
        if not count:
            return
        if self.focus is None:
            self.focus = 0
            return
        columns = 3 if count > 4 else 2
        row, col = divmod(self.focus, columns)
        if count <= 2:
            step = dx or dy
            self.focus = (self.focus + step) % count
            return
        col = (col + dx) % columns
        row = (row + dy) % ((count + columns - 1) // columns)
        self.focus = min(count - 1, row * columns + col)

    def _picture(self, tile: Tile) -> pygame.Surface:
        theme = self.theme
        rect = tile.rect
        surface = pygame.Surface(rect.size, pygame.SRCALPHA)
        fill = theme.tile_colour(tile.index)
        text_colour = theme.tile_text_colour(tile.index)
        local = pygame.Rect(0, 0, rect.w, rect.h)
        radius_frac = 0.14
        edge_width = round(self.unit * theme.tile_edge_width)
        if theme.high_contrast:
            draw_panel(surface, local, (0, 0, 0), radius_frac=radius_frac, edge=fill,
                       edge_width=max(3, edge_width))
            text_colour = theme.text
        else:
            draw_panel(surface, local, scale(fill, 0.62), radius_frac=radius_frac)
            inner = local.inflate(0, -max(4, round(rect.h * 0.06)))
            inner.top = 0
            draw_panel(surface, inner, fill, radius_frac=radius_frac)
        pad = max(4, round(min(rect.w, rect.h) * 0.1))
        icon_size = max(8, min(round(rect.h * 0.5), round(rect.w * 0.2)))
        shape = SHAPES[tile.index % len(SHAPES)]
        icon_colour = fill if theme.high_contrast else (255, 255, 255)
        outline = None if theme.high_contrast else scale(fill, 0.55)
        icon = shape_icon(shape, icon_size, icon_colour, outline)
        icon_rect = icon.get_rect(midleft=(pad, rect.h // 2))
        surface.blit(icon, icon_rect)
        text_left = icon_rect.right + pad
        # The raised face of the tile, above its darker bottom edge: the key cap sits inside it.
        face = local if theme.high_contrast else inner
        # The right margin keeps the text clear of the badge the reveal pins to the top-right corner.
        badge_room = round(self.badge_size(rect) * 0.9)
        boxes = [pygame.Rect(text_left, pad, rect.w - text_left - max(pad, badge_room), rect.h - 2 * pad)]
        if tile.key_hint:
            inset = max(2, round(pad * 0.6))
            tallest = max(10, int((face.h - 2 * inset) / 1.6))
            # Never below the window's floor for text where the cap has the height for it.
            key_px = max(10, min(max(round(self.text_px * 0.55), self.text.floor_px), tallest))
            key = self.text.line(tile.key_hint, key_px, style="bold",
                                 colour=theme.text_dark if not theme.high_contrast else (0, 0, 0))
            cap = pygame.Rect(0, 0, key.surface.get_width() + key_px, round(key_px * 1.6))
            cap.bottomright = (face.right - inset, face.bottom - inset)
            cap_fill = mix(fill, (255, 255, 255), 0.75) if not theme.high_contrast else fill
            draw_panel(surface, cap, cap_fill, radius_frac=0.3)
            record.note_shape(surface, "key cap", cap, holds_text=True)
            key.draw_at(surface, center=cap.center)
            # The text goes beside the key cap or above it, wherever it comes out larger.
            gap = max(2, pad // 2)
            beside = pygame.Rect(text_left, pad, min(cap.left - gap, rect.w - badge_room) - text_left,
                                 rect.h - 2 * pad)
            above = pygame.Rect(text_left, pad, boxes[0].w, cap.top - gap - pad)
            boxes = [box for box in (beside, above) if box.w > 0 and box.h > 0] or [beside]
        if tile.share is not None:     # the share bar along the tile's foot takes the bottom
            foot = self._share_foot(tile, local, pad)
            for box in boxes:
                box.h = max(1, min(box.bottom, foot.top - pad // 2) - box.top)
        options = dict(px=self.text_px, min_px=round(self.unit * 0.02), style="bold", colour=text_colour,
                       align="left")
        text_box = max(boxes, key=lambda box: _how_well(self.text.trial(tile.text, box.size, **options)))
        fitted = self.text.fit(tile.text, text_box.size, **options)
        tile.fitted = fitted
        fitted.draw(surface, text_box)
        return surface

    def _share_foot(self, tile: Tile, local: pygame.Rect, pad: int) -> pygame.Rect:
        """Where the share bar sits on a tile (in the tile's own coordinates)."""
        px = max(10, round(self.text_px * 0.8))
        foot = pygame.Rect(pad, 0, local.w - 2 * pad, min(round(px * 1.5), local.h // 3))
        foot.bottom = local.h - max(pad // 2, round(local.h * 0.08))
        return foot

    def _share_picture(self, tile: Tile) -> tuple[pygame.Surface, pygame.Rect]:
        """The share of the room behind a tile: a bar filled that far along the tile's foot, with
        the words on it. Drawn over the tile's shade, so a faded tile's share reads as well."""
        theme = self.theme
        rect = tile.rect
        pad = max(4, round(min(rect.w, rect.h) * 0.1))
        foot = self._share_foot(tile, pygame.Rect(0, 0, rect.w, rect.h), pad)
        picture = pygame.Surface(foot.size, pygame.SRCALPHA)
        bar = pygame.Rect(0, 0, foot.w, foot.h)
        radius = foot.h // 2
        fill = theme.tile_colour(tile.index)
        pygame.draw.rect(picture, (0, 0, 0, 150), bar, border_radius=radius)
        if theme.high_contrast:
            pygame.draw.rect(picture, fill, bar, width=max(1, foot.h // 10), border_radius=radius)
        filled = pygame.Rect(0, 0, round(foot.w * max(0.0, min(1.0, tile.share or 0.0))), foot.h)
        if filled.w:
            pygame.draw.rect(picture, mix(fill, (255, 255, 255), 0.55), filled, border_radius=radius)
        px = max(10, round(self.text_px * 0.8))
        words = self.text.fit(tile.caption, (foot.w - radius * 2, foot.h), px=px, min_px=round(self.unit * 0.02),
                              style="bold", colour=(0, 0, 0) if theme.high_contrast else theme.text_dark,
                              max_lines=1)
        back = words.surface.get_rect(center=bar.center).inflate(radius, 2)
        pygame.draw.rect(picture, mix(fill, (255, 255, 255), 0.82), back, border_radius=back.h // 2)
        words.draw(picture, bar)
        return picture, foot.move(rect.topleft)

    def draw(self, target: pygame.Surface, blink: float = 0.0) -> None:
        theme = self.theme
        ring_w = max(3, round(self.unit * 0.008))
        for tile in self.tiles:
            if tile.picture is None:
                tile.picture = self._picture(tile)
            rect = tile.rect
            lifted = rect.move(0, -round(self.unit * 0.006)) if tile.index in (self.focus, self.hover) \
                and tile.state == NORMAL else rect
            target.blit(tile.picture, lifted)
            record.placed(target, tile.picture, lifted.topleft)
            if tile.state in (DIMMED, FADED, WRONG_PICK):
                alpha = theme.tile_dimmed_alpha if tile.state != WRONG_PICK else min(255, theme.tile_dimmed_alpha + 40)
                shade = rounded_panel(rect.size, theme.background_top,
                                      max(2, round(min(rect.w, rect.h) * 0.14)), alpha=255 - alpha)
                target.blit(shade, rect)
            if tile.state == LOCKED:
                self._ring(target, rect.inflate(ring_w * 3, ring_w * 3), theme.focus_ring, ring_w)
                self._badge(target, rect, "check", theme.focus_ring, theme.text_dark)
            elif tile.state == CORRECT:
                self._ring(target, rect.inflate(ring_w * 3, ring_w * 3), theme.correct, ring_w + 1)
                self._badge(target, rect, "check", theme.correct, theme.text_dark)
            elif tile.state == WRONG_PICK:
                self._ring(target, rect.inflate(ring_w * 3, ring_w * 3), theme.wrong, ring_w)
                self._badge(target, rect, "cross", theme.wrong, (255, 255, 255))
            elif tile.index == self.focus and tile.state == NORMAL:
                self._ring(target, lifted.inflate(ring_w * 3, ring_w * 3), theme.focus_ring, ring_w)
            if tile.markers:
                self._markers(target, rect, tile.markers)
            if tile.share is not None:
                if tile.share_picture is None or tile.share_picture[1] != rect:
                    picture, where = self._share_picture(tile)
                    tile.share_picture = (picture, rect.copy(), where)
                target.blit(tile.share_picture[0], tile.share_picture[2])

    def _ring(self, target: pygame.Surface, rect: pygame.Rect, colour, width: int) -> None:
        radius = round(min(rect.w, rect.h) * 0.15)
        pygame.draw.rect(target, colour, rect, width=width, border_radius=radius)

    def badge_size(self, rect: pygame.Rect) -> int:
        """The diameter of the check or cross badge on a tile's top-right corner."""
        return max(12, round(min(rect.h * 0.42, self.unit * 0.075)))

    def _badge(self, target: pygame.Surface, rect: pygame.Rect, mark: str, fill, ink) -> None:
        size = self.badge_size(rect)
        centre = (rect.right - size * 0.35, rect.top + size * 0.35)
        pygame.draw.circle(target, scale(fill, 0.5), (centre[0], centre[1] + 2), size / 2)
        pygame.draw.circle(target, fill, centre, size / 2)
        mark_picture = icon(mark, round(size * 0.7), ink)
        target.blit(mark_picture, mark_picture.get_rect(center=(round(centre[0]), round(centre[1]))))

    def _markers(self, target: pygame.Surface, rect: pygame.Rect, colours: list) -> None:
        """A dot per team that picked this tile, in the team's colour, along the bottom edge."""
        radius = max(4, min(round(rect.h * 0.09), round(rect.w / (3 * max(1, len(colours)) + 2))))
        gap = radius // 2
        x = rect.left + radius * 2
        y = rect.bottom - radius * 1.6
        for colour in colours:
            pygame.draw.circle(target, self.theme.text, (x, y), radius + max(1, radius // 4))
            pygame.draw.circle(target, colour, (x, y), radius)
            x += radius * 2 + gap
