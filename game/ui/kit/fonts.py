"""Fonts by purpose and pixel size, loaded once from `assets/fonts/`.

Styles are `body`, `bold` and `display` (titles and big numbers). The optional dyslexia font
covers Latin only, so text with a character it lacks (Greek, Cyrillic...) falls back to the
bundled Noto Sans of the same style rather than showing empty boxes.
"""

from __future__ import annotations

from collections import OrderedDict

import pygame

from game.ui.kit.assets import asset_path
from game.ui.kit.theme import NORMAL, Theme

STYLES = ("body", "bold", "display")

# Each open face holds a few hundred kilobytes; the least recently used are closed.
MAX_FACES = 64

# A private-use character no bundled font draws: its metrics are those of the missing glyph.
_SURELY_MISSING = "\ue8ff"


class Fonts:
    """A cache of `pygame.font.Font` objects keyed by file and size."""

    def __init__(self, theme: Theme = NORMAL) -> None:
        self._files = {"body": theme.font_body, "bold": theme.font_bold, "display": theme.font_display}
        self._fallback = {"body": NORMAL.font_body, "bold": NORMAL.font_bold,
                          "display": NORMAL.font_display}
        self._fonts: OrderedDict[tuple[str, int], pygame.font.Font] = OrderedDict()
        self._coverage: dict[tuple[str, str], bool] = {}

    def _load(self, file: str, px: int) -> pygame.font.Font:
        key = (file, px)
        font = self._fonts.get(key)
        if font is None:
            if not pygame.font.get_init():
                pygame.font.init()
            font = pygame.font.Font(str(asset_path("fonts", file)), px)
            self._fonts[key] = font
            if len(self._fonts) > MAX_FACES:
                self._fonts.popitem(last=False)
        else:
            self._fonts.move_to_end(key)
        return font

    def get(self, style: str, px: int, text: str = "") -> pygame.font.Font:
        """The font of `style` at `px` pixels that can draw every character of `text`."""
        if style not in self._files:
            raise ValueError(f"unknown font style {style!r}; use one of {', '.join(STYLES)}")
        px = max(6, int(px))
        file = self._files[style]
        if text and file != self._fallback[style] and not self._covers(file, text):
            file = self._fallback[style]
        return self._load(file, px)

    def _covers(self, file: str, text: str) -> bool:
        probe = self._load(file, 24)
        missing = None
        for char in set(text):
            if char.isspace() or ord(char) < 128:
                continue
            known = self._coverage.get((file, char))
            if known is None:
                if missing is None:
                    missing = probe.metrics(_SURELY_MISSING)[0]
                known = probe.metrics(char)[0] != missing
                self._coverage[(file, char)] = known
            if not known:
                return False
        return True
