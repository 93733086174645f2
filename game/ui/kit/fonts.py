"""Fonts by purpose and pixel size, loaded once from `assets/fonts/`.

Styles are `body`, `bold` and `display` (titles and big numbers). The optional dyslexia font
covers Latin only, so text with a character it lacks (Greek, Cyrillic...) falls back to the
bundled Noto Sans of the same style rather than showing empty boxes. A few characters the
languages' typography uses that a face lacks are drawn with a stand-in (`drawable`): the
narrow and thin spaces of French punctuation and numbers, the minus sign.
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

# Characters a bundled face may lack, and what is drawn in their place: the narrow no-break
# space and the thin space (French punctuation, grouped digits) as a no-break space of the
# same role, the minus sign as an en dash.
STAND_INS = {"\u202f": "\u00a0", "\u2009": "\u00a0", "\u2212": "\u2013"}


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
        return self._load(self._file_for(style, text), max(6, int(px)))

    def drawable(self, style: str, text: str) -> str:
        """`text` as the font `get` gives for it draws it: a character of STAND_INS that face
        lacks replaced by its stand-in, never an empty box."""
        if not any(char in text for char in STAND_INS):
            return text
        file = self._file_for(style, text)
        for char, stand_in in STAND_INS.items():
            if char in text and not self._has(file, char):
                text = text.replace(char, stand_in)
        return text

    def _file_for(self, style: str, text: str) -> str:
        if style not in self._files:
            raise ValueError(f"unknown font style {style!r}; use one of {', '.join(STYLES)}")
        file = self._files[style]
        if text and file != self._fallback[style] and not self._covers(file, text):
            file = self._fallback[style]
        return file

    def _covers(self, file: str, text: str) -> bool:
        return all(self._has(file, char) for char in set(text)
                   if not (char.isspace() or ord(char) < 128 or char in STAND_INS))

    def _has(self, file: str, char: str) -> bool:
        """Whether the face in `file` has a glyph of its own for `char`."""
        known = self._coverage.get((file, char))
        if known is None:
            probe = self._load(file, 24)
            known = probe.metrics(char)[0] != probe.metrics(_SURELY_MISSING)[0]
            self._coverage[(file, char)] = known
        return known
