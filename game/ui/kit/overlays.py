"""Things drawn over a screen: the key help, a yes/no question, the pause card, short notices.

The App owns the help overlay and notices (they work on every screen); scenes own their
confirmation dialogs and pause cards, because only they know what is being confirmed.
"""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.i18n import N_, _
from game.ui.input import actions as A
from game.ui.kit import record
from game.ui.kit.fx import draw_panel, icon
from game.ui.kit.layout import Screen, centred, split_columns, split_rows
from game.ui.kit.text import TextRenderer
from game.ui.kit.theme import Theme

# Keys and what they do, marked for the catalogs and translated where drawn (here as in every
# screen's `help_keys`).
GLOBAL_KEYS: tuple[tuple[str, str], ...] = (
    (N_("F1 or ?"), N_("show or hide this help")),
    ("F11", N_("fullscreen on or off")),
    (N_("Esc"), N_("back one step (asks before leaving a game)")),
    (N_("Arrows, Tab"), N_("move between choices")),
    (N_("Enter"), N_("choose")),
    ("M", N_("sound on or off")),
    (N_("Ctrl+Q"), N_("quit the game")),
    (N_("Mouse, touch"), N_("click or tap anything")),
)


def dim(surface: pygame.Surface, theme: Theme) -> None:
    """Darken the whole screen behind an overlay (the shade is made once per size and theme)."""
    surface.blit(_shade(surface.get_size(), theme.background_top, theme.overlay_dim), (0, 0))
    record.note_cover(surface)


@lru_cache(maxsize=2)
def _shade(size: tuple[int, int], colour, alpha: int) -> pygame.Surface:
    shade = pygame.Surface(size)
    shade.fill(colour)
    shade.set_alpha(alpha)
    return shade


def keycap(surface: pygame.Surface, text: TextRenderer, theme: Theme, label: str, rect: pygame.Rect,
           px: int) -> pygame.Rect:
    """A key drawn as a key: the label on a light rounded cap, left-aligned in `rect`."""
    picture = text.line(label, px, style="bold", colour=theme.text_dark)
    cap = pygame.Rect(rect.x, 0, picture.surface.get_width() + px, round(px * 1.55))
    cap.centery = rect.centery
    draw_panel(surface, cap, theme.text if not theme.high_contrast else theme.accent, radius_frac=0.25)
    record.note_shape(surface, "key cap", cap, holds_text=True)
    picture.draw_at(surface, center=cap.center)
    return cap


class HelpOverlay:
    """Every key that works here: the global ones and the current screen's."""

    def __init__(self, theme: Theme, text: TextRenderer) -> None:
        self.theme = theme
        self.text = text
        self.visible = False

    def handle(self, action: A.Action) -> bool:
        """While visible it takes every action; any key or click closes it."""
        if not self.visible:
            return False
        if not isinstance(action, (A.Point, A.Scroll, A.Resized)):
            self.visible = False
        return True

    def draw(self, surface: pygame.Surface, screen_keys: tuple[tuple[str, str], ...], title: str) -> None:
        theme = self.theme
        screen = Screen(*surface.get_size())
        dim(surface, theme)
        card = centred(screen.rect, round(screen.width * 0.86), round(screen.height * 0.86))
        draw_panel(surface, card, theme.panel, radius_frac=0.04, edge=theme.accent,
                   edge_width=max(2, screen.px(0.004)))
        inner = card.inflate(-screen.px(0.08), -screen.px(0.06))
        head, body, foot = split_rows(inner, [0.13, 0.77, 0.1])
        # Translators: the heading of the help overlay that lists every key
        self.text.fit(_("Keys"), head.size, px=screen.text_px(theme, theme.size_heading), style="display",
                      colour=theme.accent, align="left").draw(surface, head)
        columns = split_columns(body, [1, 1], screen.px(0.05))
        left, right = help_columns([(_("Everywhere"), _translated(GLOBAL_KEYS)),
                                    (_(title) if title else _("This screen"), _translated(screen_keys))])
        # One grid for both columns: the same row height and type size on the left and the right.
        rows = max(9, len(left), len(right))
        bands = [split_rows(column, [1] * rows) for column in columns]
        band = bands[0][1]
        px = min(screen.text_px(theme, theme.size_small), round(band.h * 0.5))
        meaning_box = split_columns(band, [0.3, 0.7], px // 2)[1].size
        meanings = [meaning for key, meaning in left + right if key is not None]
        meaning_px = self.text.shared_px(meanings, meaning_box, px=px, min_px=screen.min_text_px(theme),
                                         max_lines=2, line_spacing=0.95)
        for column_bands, lines in zip(bands, (left, right)):
            self._column(surface, screen, column_bands, lines, px, meaning_px)
        self.text.fit(_("Press any key to close"), foot.size, px=screen.text_px(theme, theme.size_small),
                      colour=theme.text_muted, align="right").draw(surface, foot)

    def _column(self, surface, screen, bands, lines, px: int, meaning_px: int) -> None:
        theme = self.theme
        for band, (key, meaning) in zip(bands, lines):
            if key is None:                      # a heading
                self.text.fit(meaning, band.size, px=screen.text_px(theme, theme.size_body), style="bold",
                              colour=theme.text, align="left", valign="bottom", max_lines=1).draw(surface, band)
                continue
            key_area, meaning_area = split_columns(band, [0.3, 0.7], px // 2)
            cap = keycap(surface, self.text, theme, key, key_area, px)
            if cap.right > key_area.right:       # a long key: the meaning starts after it, and ends in the band
                start = cap.right + px // 2
                meaning_area = pygame.Rect(start, meaning_area.y, max(1, band.right - start), meaning_area.h)
            # At the shared size; a meaning too long even for that shrinks on its own, never cut.
            self.text.fit(meaning, meaning_area.size, px=meaning_px, colour=theme.text_muted, align="left",
                          max_lines=2, line_spacing=0.95).draw(surface, meaning_area)


class Verbatim(str):
    """Words in a screen's help that are shown as they are, never looked up in the catalogs: a
    team's name."""


def _translated(keys) -> tuple[tuple[str, str], ...]:
    """Keys and meanings in the current language (each marked with N_ where it is written, or
    already translated where it was put together; a Verbatim text stays as it is)."""
    def shown(text: str) -> str:
        return text if isinstance(text, Verbatim) else _(text)
    return tuple((shown(key), shown(meaning)) for key, meaning in keys)


def help_columns(sections) -> tuple[list, list]:
    """The help overlay's lines, (None, heading) or (key, meaning), shared out over two columns:
    the global keys on the left, the screen's on the right; a screen with many keys (a room of
    eight teams and a teacher) continues on the left, under its own heading, so neither column
    runs long and the type stays large."""
    (global_title, global_keys), (screen_title, screen_keys) = sections
    left = [(None, global_title), *global_keys]
    right = [(None, screen_title), *screen_keys]
    spill = (len(right) - len(left)) // 2
    if spill > 1:
        left += [(None, screen_title), *screen_keys[:spill]]
        right = [(None, _("{screen}, continued").format(screen=screen_title)), *screen_keys[spill:]]
    return left, right


class ConfirmDialog:
    """A yes/no question. `handle` returns True (yes), False (no) or None (still asking)."""

    def __init__(self, theme: Theme, text: TextRenderer, question: str, yes: str, no: str) -> None:
        self.theme = theme
        self.text = text
        self.question = question
        self.labels = (yes, no)
        self.focus = 1
        self.buttons: list[pygame.Rect] = []

    def handle(self, action: A.Action) -> bool | None:
        if isinstance(action, A.Navigate) and action.dx:
            self.focus = 1 - self.focus
        elif isinstance(action, A.Back):
            return False
        elif isinstance(action, A.Confirm):
            return self.focus == 0
        elif isinstance(action, A.Hotkey) and action.key in ("y", "n"):
            return action.key == "y"
        elif isinstance(action, A.Point):
            for index, rect in enumerate(self.buttons):
                if rect.collidepoint(action.pos):
                    self.focus = index
        elif isinstance(action, A.Click):
            for index, rect in enumerate(self.buttons):
                if rect.collidepoint(action.pos):
                    return index == 0
        return None

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.theme
        screen = Screen(*surface.get_size())
        dim(surface, theme)
        card = centred(screen.rect, round(screen.unit * 1.1), round(screen.unit * 0.5))
        card.w = min(card.w, screen.width - screen.px(0.06))
        card.centerx = screen.rect.centerx
        draw_panel(surface, card, theme.panel, radius_frac=0.08, edge=theme.accent,
                   edge_width=max(2, screen.px(0.004)))
        inner = card.inflate(-screen.px(0.08), -screen.px(0.07))
        message, buttons = split_rows(inner, [0.6, 0.4], screen.px(0.02))
        self.text.fit(self.question, message.size, px=screen.text_px(theme, theme.size_heading * 0.8),
                      style="bold", colour=theme.text).draw(surface, message)
        self.buttons = split_columns(buttons, [1, 1], screen.px(0.03))
        px = screen.text_px(theme, theme.size_body)
        for index, (rect, label) in enumerate(zip(self.buttons, self.labels)):
            focused = index == self.focus
            draw_panel(surface, rect, theme.accent if focused else theme.panel_raised, radius_frac=0.5,
                       edge=theme.focus_ring if focused else theme.panel_edge, edge_width=max(2, screen.px(0.004)))
            self.text.fit(label, (rect.w - px, rect.h * 0.8), px=px, style="bold",
                          colour=theme.text_dark if focused else theme.text).draw(surface, rect)


def draw_pause_card(surface: pygame.Surface, theme: Theme, text: TextRenderer, lines: list[str]) -> None:
    """The card shown while a question is paused."""
    screen = Screen(*surface.get_size())
    dim(surface, theme)
    card = centred(screen.rect, round(screen.unit * 0.95), round(screen.unit * 0.55))
    draw_panel(surface, card, theme.panel, radius_frac=0.08, edge=theme.accent, edge_width=max(2, screen.px(0.004)))
    top, title, rest = split_rows(card.inflate(-screen.px(0.06), -screen.px(0.06)), [0.3, 0.3, 0.4])
    pause = icon("pause", round(top.h * 0.9), theme.accent)
    surface.blit(pause, pause.get_rect(center=top.center))
    text.fit(_("Paused"), title.size, px=screen.text_px(theme, theme.size_heading), style="display",
             colour=theme.text).draw(surface, title)
    text.fit("\n".join(lines), rest.size, px=screen.text_px(theme, theme.size_body),
             colour=theme.text).draw(surface, rest)


class Notice:
    """A short line at the bottom of the screen that fades after a few seconds."""

    def __init__(self, theme: Theme, text: TextRenderer) -> None:
        self.theme = theme
        self.text = text
        self.message = ""
        self.left = 0.0

    def show(self, message: str, seconds: float = 2.5) -> None:
        self.message = message
        self.left = seconds

    def update(self, dt: float) -> None:
        self.left = max(0.0, self.left - dt)

    def draw(self, surface: pygame.Surface, band: pygame.Rect | None = None) -> None:
        """A bar over the whole of `band` (the key-hint row: the hints come back when it goes,
        rather than being half covered), or a pill centred near the bottom of the window."""
        if self.left <= 0 or not self.message:
            return
        screen = Screen(*surface.get_size())
        px = screen.text_px(self.theme, self.theme.size_small)
        fitted = self.text.fit(self.message, (screen.width * 0.8, px * 3), px=px, colour=self.theme.text)
        pill = fitted.surface.get_rect().inflate(px * 2, px)
        if band is not None:
            pill = pygame.Rect(band.x, 0, band.w, max(pill.h, band.h + px // 2))
            pill.centery = band.centery
            record.note_cover(surface, pill)
        else:
            pill.midbottom = (screen.width // 2, screen.height - screen.px(0.03))
        draw_panel(surface, pill, self.theme.panel_raised, radius_frac=0.5, edge=self.theme.accent,
                   edge_width=max(1, screen.px(0.003)))
        record.note_shape(surface, "notice", pill, holds_text=True)
        fitted.draw_at(surface, center=pill.center)
