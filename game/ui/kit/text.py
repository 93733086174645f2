"""Text that fits its box: wrap at word boundaries, then shrink, and say what did not fit.

`TextRenderer.fit` is the one way screens draw text in a rectangle. It searches for the
largest size (up to the requested one) at which the wrapped text fits; only at the smallest
allowed size does it cut lines, ending the last one with an ellipsis and reporting the cut
text in `FittedText.overflow`, so tests can measure that nothing was lost. Results are cached
by everything that decides their look, so static text is rendered once.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

import pygame

from game.i18n.formats import format_number
from game.ui.kit import record
from game.ui.kit.fonts import Fonts
from game.ui.kit.theme import Colour

ELLIPSIS = "…"
THIN_SPACE = "\u2009"


def score_text(points: int) -> str:
    """A total as scoreboards print it, in the language's form: 12 500 (a thin space where the
    language groups thousands with a comma, which reads as a decimal mark to half the world),
    12.500 in German, 12 500 in French."""
    return format_number(points).replace(",", THIN_SPACE)


def points_text(points: int) -> str:
    """Points won, with their sign: +1 000."""
    return "+" + score_text(points)

# The sizes text may shrink through: about 6% apart, so fitting opens few distinct font faces.
LADDER: tuple[int, ...] = tuple(sorted({round(6 * 1.06 ** step) for step in range(80)}))


@dataclass(frozen=True)
class FittedText:
    text: str
    surface: pygame.Surface
    px: int
    lines: tuple[str, ...]
    overflow: tuple[str, ...]
    box: tuple[int, int]
    align: str
    valign: str
    # The height of a capital letter at this size, in pixels: what a reader sees of the type.
    glyph: int = 0

    @property
    def fits(self) -> bool:
        return not self.overflow

    @cached_property
    def ink(self) -> pygame.Rect:
        """The part of the picture that has pixels, relative to its top-left corner."""
        return self.surface.get_bounding_rect()

    def rect_in(self, rect: pygame.Rect) -> pygame.Rect:
        """Where the text lands when drawn aligned in `rect`."""
        out = self.surface.get_rect()
        if self.align == "left":
            out.left = rect.left
        elif self.align == "right":
            out.right = rect.right
        else:
            out.centerx = rect.centerx
        if self.valign == "top":
            out.top = rect.top
        elif self.valign == "bottom":
            out.bottom = rect.bottom
        else:
            out.centery = rect.centery
        return out

    def draw(self, target: pygame.Surface, rect: pygame.Rect) -> pygame.Rect:
        where = self.rect_in(rect)
        target.blit(self.surface, where)
        self._note(target, where)
        return where

    def draw_at(self, target: pygame.Surface, **anchor) -> pygame.Rect:
        """Blit with one point of the picture at a place: `draw_at(s, midleft=(x, y))`."""
        where = self.surface.get_rect(**anchor)
        target.blit(self.surface, where)
        self._note(target, where)
        return where

    def _note(self, target: pygame.Surface, where: pygame.Rect) -> None:
        if record.active() is not None:
            record.note_text(target, self.text, self.ink.move(where.topleft), self.px, self.glyph,
                             self.fits, len(self.lines))


def wrap(font: pygame.font.Font, text: str, width: int, break_words: bool = False) -> list[str] | None:
    """Lines of `text` no wider than `width`; None when a word is too wide and may not break."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if font.size(candidate)[0] <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if font.size(word)[0] <= width:
                current = word
                continue
            if not break_words:
                return None
            pieces = _break_word(font, word, width)
            lines.extend(pieces[:-1])
            current = pieces[-1]
        lines.append(current)
    return lines


def _break_word(font: pygame.font.Font, word: str, width: int) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and font.size(current + char)[0] > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def _size_of(fitted: FittedText) -> int:
    width, height = fitted.surface.get_size()
    return width * height * 4


def _shadow_offset(font: pygame.font.Font) -> int:
    return max(1, font.get_height() // 18)


def cap_height(font: pygame.font.Font) -> int:
    """How far a capital H rises above the baseline, in pixels."""
    metrics = font.metrics("H")
    return metrics[0][3] if metrics and metrics[0] else round(font.get_ascent() * 0.7)


def shorten(font: pygame.font.Font, line: str, width: int) -> str:
    """The line cut so that it and an ellipsis fit `width`."""
    while line and font.size(line.rstrip() + ELLIPSIS)[0] > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


class TextRenderer:
    """Fits and renders text, keeping the most recent results."""

    def __init__(self, fonts: Fonts, capacity: int = 600, font_scale: float = 1.0,
                 budget_bytes: int = 24 * 1024 * 1024) -> None:
        self.fonts = fonts
        self._bytes = 0
        self._budget = budget_bytes
        # Text shrinks to at most half its size, and below the window's floor (set by the App
        # from the window size: what can be read from the back of the room) only when it
        # would otherwise be cut.
        self.shrink_floor = 0.5
        self.floor_px = 6
        # With a larger font scale, text never comes out smaller than it would at 100% in the
        # same box: a larger size means larger, and a box too small for that shows what is cut.
        self.font_scale = max(1.0, float(font_scale))
        self._cache: OrderedDict[tuple, FittedText] = OrderedDict()
        self._capacity = capacity
        # When a list, every fit (cached or not) is appended to it: tests measure what fits.
        self.audit: list[FittedText] | None = None

    def fit(self, text: str, box: tuple[int, int], *, px: int, min_px: int | None = None,
            style: str = "body", colour: Colour = (255, 255, 255), align: str = "center",
            valign: str = "middle", line_spacing: float = 1.08, shadow: Colour | None = None,
            max_lines: int | None = None) -> FittedText:
        """`text` wrapped and sized to fit `box` (width, height), at most `px` pixels tall."""
        width, height = max(1, int(box[0])), max(1, int(box[1]))
        floor = max(6, int(self.floor_px))
        asked_min = min_px
        px = max(6, int(px))      # a size asked for outright is kept (names shown side by side share one)
        min_px = max(floor, min(px, int(asked_min if asked_min is not None else px * self.shrink_floor)))
        if self.font_scale > 1 and min_px < px:
            # What the same request gets at 100% in this box is the least it may get now.
            # Rounded up: the 100% size was rounded on its own (41 px at 200% came from 20.7 px, drawn as 21).
            unscaled = max(floor, math.ceil(px / self.font_scale - 1e-9))
            unscaled_min = max(floor, min(unscaled, int(asked_min if asked_min is not None
                                                        else unscaled * self.shrink_floor)))
            at_100 = self._cached(text, width, height, unscaled, unscaled_min, style, (255, 255, 255), align,
                                  valign, line_spacing, shadow, max_lines)
            min_px = max(min_px, min(px, at_100.px))
        result = self._cached(text, width, height, px, min_px, style, colour, align, valign, line_spacing,
                              shadow, max_lines)
        relaxed = max(6, min(px, int(asked_min if asked_min is not None
                                     else px * self.shrink_floor / self.font_scale)))
        if not result.fits and relaxed < min_px:
            # A box too small for the floor: smaller words beat words cut off (measured by tests).
            result = self._cached(text, width, height, px, relaxed, style, colour, align, valign, line_spacing,
                                  shadow, max_lines)
        if self.audit is not None:
            self.audit.append(result)
        return result

    def _cached(self, text, width, height, px, min_px, style, colour, align, valign, line_spacing, shadow,
                max_lines) -> FittedText:
        key = (text, width, height, px, min_px, style, colour, align, valign, line_spacing,
               shadow, max_lines)
        result = self._cache.get(key)
        if result is not None:
            self._cache.move_to_end(key)
        else:
            result = self._fit(text, width, height, px, min_px, style, colour, align, valign,
                               line_spacing, shadow, max_lines)
            self._cache[key] = result
            self._bytes += _size_of(result)
            while len(self._cache) > 1 and (len(self._cache) > self._capacity or self._bytes > self._budget):
                _, dropped = self._cache.popitem(last=False)
                self._bytes -= _size_of(dropped)
        return result

    def trial(self, text: str, box: tuple[int, int], **options) -> FittedText:
        """`fit` for trying a layout out: the same result, but not recorded by the audit, which
        lists only what a frame draws."""
        audit, self.audit = self.audit, None
        try:
            return self.fit(text, box, **options)
        finally:
            self.audit = audit

    def shortened(self, text: str, box: tuple[int, int], **options) -> FittedText:
        """`fit`, except that a text that does not fit whole at `min_px` loses words from its end
        (an ellipsis shows where) until it does: a title abbreviated rather than shrunk below
        what the room can read."""
        fitted = self.trial(text, box, **options)
        words = text.split(" ")
        while not fitted.fits and len(words) > 1:
            words.pop()
            fitted = self.trial(" ".join(words).rstrip(",:;·-–") + ELLIPSIS, box, **options)
        return self.fit(fitted.text, box, **options)

    def shared_px(self, texts, box: tuple[int, int], *, px: int, min_px: int | None = None, style: str = "body",
                  max_lines: int | None = None, line_spacing: float = 1.08) -> int:
        """One size for a set of texts shown side by side (team names, labels): the largest at
        which every one fits `box`, so a long one does not make its neighbours look different."""
        return min((self.trial(text, box, px=px, min_px=min_px, style=style, max_lines=max_lines,
                               line_spacing=line_spacing).px for text in texts), default=px)

    def label(self, text: str, px: int, *, style: str = "body", colour: Colour = (255, 255, 255),
              shadow: Colour | None = None) -> pygame.Surface:
        """One line of text at exactly `px` pixels, unbounded: for measuring short fixed labels."""
        return self.line(text, px, style=style, colour=colour, shadow=shadow).surface

    def line(self, text: str, px: int, *, style: str = "body", colour: Colour = (255, 255, 255),
             shadow: Colour | None = None) -> FittedText:
        """`label` ready to draw (`.draw_at(surface, midleft=...)`), so a recording sees it."""
        return self.fit(text, (100000, 100000), px=px, min_px=px, style=style, colour=colour, shadow=shadow)

    def glyph_height(self, style: str, px: int, text: str = "") -> int:
        """The height of a capital letter in `style` at `px`: the size a reader sees."""
        return cap_height(self.fonts.get(style, px, text))

    def _lines_at(self, text: str, style: str, size: int, width: int, height: int,
                  line_spacing: float, max_lines: int | None, shadow: bool):
        font = self.fonts.get(style, size, text)
        offset = _shadow_offset(font) if shadow else 0
        lines = wrap(font, text, width - offset)
        if lines is None:
            return font, None
        step = round(font.get_linesize() * line_spacing)
        total = font.get_height() + step * (len(lines) - 1) + offset
        if total > height or (max_lines is not None and len(lines) > max_lines):
            return font, None
        return font, lines

    def _fit(self, text, width, height, px, min_px, style, colour, align, valign, line_spacing,
             shadow, max_lines) -> FittedText:
        shown = text
        text = self.fonts.drawable(style, text)     # stand-ins for characters the face lacks
        # The requested size first; then a binary search down the ladder of smaller sizes.
        best = None
        font, lines = self._lines_at(text, style, px, width, height, line_spacing, max_lines, shadow is not None)
        if lines is not None:
            best = (px, font, lines)
        else:
            sizes = sorted({min_px} | {size for size in LADDER if min_px < size < px})
            low, high = 0, len(sizes) - 1
            while low <= high:
                middle = (low + high) // 2
                font, lines = self._lines_at(text, style, sizes[middle], width, height, line_spacing,
                                             max_lines, shadow is not None)
                if lines is not None:
                    best = (sizes[middle], font, lines)
                    low = middle + 1
                else:
                    high = middle - 1
        overflow: list[str] = []
        if best is None:
            size = min_px
            font = self.fonts.get(style, size, text)
            offset = _shadow_offset(font) if shadow else 0
            while size > 6 and font.get_height() + offset > height:
                # Not even one line fits at the smallest size asked for: go smaller still.
                size -= 1
                font = self.fonts.get(style, size, text)
                offset = _shadow_offset(font) if shadow else 0
            lines = wrap(font, text, width - offset, break_words=True) or [""]
            step = round(font.get_linesize() * line_spacing)
            usable = height - offset
            room = max(1, 1 + (usable - font.get_height()) // step) if usable >= font.get_height() else 1
            if max_lines is not None:
                room = min(room, max_lines)
            if len(lines) > room:
                overflow = lines[room - 1:]
                lines = lines[:room - 1] + [shorten(font, lines[room - 1], width - offset)]
            best = (size, font, lines)
        size, font, lines = best
        surface = self._render(font, lines, colour, align, line_spacing, shadow)
        return FittedText(shown, surface, size, tuple(lines), tuple(overflow), (width, height), align, valign,
                          cap_height(font))

    @staticmethod
    def _render(font, lines, colour, align, line_spacing, shadow) -> pygame.Surface:
        rendered = [font.render(line, True, colour) for line in lines]
        step = round(font.get_linesize() * line_spacing)
        offset = _shadow_offset(font) if shadow else 0
        width = max((s.get_width() for s in rendered), default=1) + offset
        height = font.get_height() + step * (len(rendered) - 1) + offset
        surface = pygame.Surface((max(1, width), max(1, height)), pygame.SRCALPHA)
        shadows = [font.render(line, True, shadow) for line in lines] if shadow else []
        for index, line_surface in enumerate(rendered):
            if align == "left":
                x = 0
            elif align == "right":
                x = width - offset - line_surface.get_width()
            else:
                x = (width - offset - line_surface.get_width()) // 2
            y = index * step
            if shadow:
                surface.blit(shadows[index], (x + offset, y + offset))
            surface.blit(line_surface, (x, y))
        return surface
