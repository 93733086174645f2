"""Menus and forms built from rows a keyboard, a mouse or a finger can all work.

A `Form` is a column of rows: buttons, choices (left/right to change), toggles and text
fields. Up/Down (or Tab) move the focus, Left/Right change a value, Enter activates, a click
focuses and activates, typing goes into the focused text field. Screens build forms from these
rows and read the values back; the classroom setup and the pack editor reuse them.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable

import pygame

from game.i18n import N_, _, ngettext
from game.ui.input import actions as A
from game.ui.kit import record
from game.ui.kit.fx import draw_panel, mix, scale
from game.ui.kit.idle import STILL, blink_wait
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.kit.text import TextRenderer, cap_height, shorten
from game.ui.kit.theme import Theme


@dataclass
class Row:
    """One line of a form. `key` names it for the screen that reads it back."""

    key: str
    label: str
    enabled: bool = True
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    hint: str = ""
    label_share: float | None = None   # of the row's width; None: the form's

    wants_text = False

    def value_text(self) -> str:
        return ""

    def change(self, step: int) -> bool:
        """Left/Right: change the value by `step`; True when something changed."""
        return False

    def activate(self) -> bool:
        """Enter or a click; True when the row wants the form to report it."""
        return False

    def handle_text(self, action: A.Action) -> bool:
        return False


@dataclass
class Button(Row):
    def activate(self) -> bool:
        return self.enabled


@dataclass
class Choice(Row):
    """A value picked from a list with Left/Right (or a click on either half)."""

    options: list[Any] = field(default_factory=list)
    index: int = 0
    show: Callable[[Any], str] = str
    wrap: bool = True

    @property
    def value(self) -> Any:
        return self.options[self.index] if self.options else None

    def select(self, value: Any) -> None:
        if value in self.options:
            self.index = self.options.index(value)

    def value_text(self) -> str:
        return self.show(self.value) if self.options else ""

    def change(self, step: int) -> bool:
        if not self.options or not self.enabled:
            return False
        new = self.index + step
        new = new % len(self.options) if self.wrap else max(0, min(len(self.options) - 1, new))
        changed = new != self.index
        self.index = new
        return changed

    def activate(self) -> bool:
        return self.change(1)


@dataclass
class Toggle(Row):
    on: bool = False
    # Marked here, translated when shown (a form's words follow the language at once).
    on_text: str = N_("On")
    off_text: str = N_("Off")

    def value_text(self) -> str:
        return _(self.on_text if self.on else self.off_text)

    def change(self, step: int) -> bool:
        if not self.enabled:
            return False
        self.on = not self.on
        return True

    def activate(self) -> bool:
        return self.change(1)


# The share of a button's height its label may take (the rest keeps the words off its rounded edge).
BUTTON_TEXT_SHARE = 0.8

# What a number box takes: digits, signs, a decimal point or comma and digit-group separators.
NUMBER_MARKS = frozenset(" .,'_+-\u2212\u2013\u00a0\u202f")


def number_character(ch: str) -> bool:
    """Whether `ch` can be part of a typed number ("1,996", "-3", "2.5"); letters never are."""
    plain = unicodedata.normalize("NFKC", ch)
    return bool(plain) and all(c.isdigit() or c in NUMBER_MARKS for c in plain)


@dataclass
class TextField(Row):
    """A one-line text box: typing, cursor keys, Home/End, Ctrl+Left/Right by word, Backspace,
    Shift to select, Ctrl+A to select all. Focused by keys with text in it, it starts with all
    of it selected, so typing replaces a name given in advance.

    Typing the box cannot take is refused whole, never cut, and said: `refusal` holds the
    reason and `warn` (when given) is told it. A `numeric` box takes only what a number is
    written with."""

    text: str = ""
    cursor: int = -1
    max_length: int = 40
    placeholder: str = ""
    numeric: bool = False
    anchor: int | None = None          # the other end of the selection, if any
    refusal: str = ""
    too_long: str = ""                 # what to say when typing would pass max_length
    warn: Callable[[str], None] | None = field(default=None, repr=False, compare=False)

    wants_text = True

    def __post_init__(self) -> None:
        if self.cursor < 0:
            self.cursor = len(self.text)

    def value_text(self) -> str:
        return self.text

    def set_text(self, text: str) -> None:
        self.text = text[: self.max_length]
        self.cursor = len(self.text)
        self.anchor = None

    @property
    def selection(self) -> tuple[int, int]:
        """(start, end) of the selected text; start == end when nothing is selected."""
        if self.anchor is None:
            return self.cursor, self.cursor
        return min(self.anchor, self.cursor), max(self.anchor, self.cursor)

    def select_all(self) -> None:
        self.anchor, self.cursor = (0, len(self.text)) if self.text else (None, 0)

    def refuse(self, reason: str) -> bool:
        self.refusal = reason
        if self.warn is not None:
            self.warn(reason)
        return False

    def _replace(self, piece: str) -> None:
        start, end = self.selection
        self.text = self.text[:start] + piece + self.text[end:]
        self.cursor = start + len(piece)
        self.anchor = None

    def _move(self, target: int, select: bool) -> None:
        target = max(0, min(len(self.text), target))
        if select and self.anchor is None:
            self.anchor = self.cursor
        elif not select:
            self.anchor = None
        self.cursor = target
        if self.anchor == self.cursor:
            self.anchor = None

    def handle_text(self, action: A.Action) -> bool:
        if isinstance(action, A.TypeText):
            piece = "".join(ch for ch in action.text if ch.isprintable())
            if not piece:
                return False
            if self.numeric:
                stray = next((ch for ch in piece if not number_character(ch)), None)
                if stray is not None:
                    return self.refuse(_("Numbers only: “{character}” is not part of a number. Type digits, like 1996.")
                                       .format(character=stray))
            start, end = self.selection
            if len(self.text) - (end - start) + len(piece) > self.max_length:
                return self.refuse(self.too_long or ngettext(
                    "At most {count} character fits here.", "At most {count} characters fit here.",
                    self.max_length).format(count=self.max_length))
            self.refusal = ""
            self._replace(piece)
            return True
        if not isinstance(action, A.EditKey):
            return False
        key, shift, ctrl = action.key, action.shift, action.ctrl
        start, end = self.selection
        if key in ("backspace", "delete") and start != end:
            self._replace("")
        elif key == "backspace" and self.cursor > 0:
            begin = self._word_left() if ctrl else self.cursor - 1
            self.text = self.text[:begin] + self.text[self.cursor:]
            self.cursor = begin
        elif key == "delete" and self.cursor < len(self.text):
            stop = self._word_right() if ctrl else self.cursor + 1
            self.text = self.text[: self.cursor] + self.text[stop:]
        elif key == "left":
            if start != end and not shift:
                self._move(start, False)
            else:
                self._move(self._word_left() if ctrl else self.cursor - 1, shift)
        elif key == "right":
            if start != end and not shift:
                self._move(end, False)
            else:
                self._move(self._word_right() if ctrl else self.cursor + 1, shift)
        elif key == "home":
            self._move(0, shift)
        elif key == "end":
            self._move(len(self.text), shift)
        elif key == "a" and ctrl:
            self.select_all()
        else:
            return False
        self.refusal = ""
        return True

    def _word_left(self) -> int:
        i = self.cursor
        while i > 0 and self.text[i - 1] == " ":
            i -= 1
        while i > 0 and self.text[i - 1] != " ":
            i -= 1
        return i

    def _word_right(self) -> int:
        i, n = self.cursor, len(self.text)
        while i < n and self.text[i] == " ":
            i += 1
        while i < n and self.text[i] != " ":
            i += 1
        return i


class Form:
    """Rows with one focus; `handle` returns the key of a row that was activated or changed."""

    def __init__(self, theme: Theme, text: TextRenderer, rows: list[Row], focus: int = 0, *,
                 wrap: bool = True) -> None:
        self.theme = theme
        self.text = text
        self.rows = rows
        self.focus = focus if rows else -1
        # False: Up on the first row and Down on the last stay put (the title menu, where
        # wrapping would put Quit under a player's finger).
        self.wrap = wrap
        self.hover: int | None = None
        self.caret_time = 0.0
        self.unit = 720.0
        self._label_px: dict[int, int] = {}     # set by draw: label width -> the size those labels share
        self.label_share = 0.46
        # True: each setting's label above its value, for narrow columns of large type.
        self.stacked = False
        # Set by `scroll_in`: the rows show in this area, as many as fit, the focused one always.
        self.scroll_area: tuple[pygame.Rect, int, int] | None = None
        self.first = 0
        self._skip_disabled(1)

    # -- reading --------------------------------------------------------------------------
    def still_for(self) -> float:
        """Until the caret of a focused name field blinks; a form without one never changes alone."""
        return blink_wait(self.caret_time, 1.0) if self.wants_text else STILL

    def row(self, key: str) -> Row:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)

    @property
    def focused(self) -> Row | None:
        return self.rows[self.focus] if 0 <= self.focus < len(self.rows) else None

    @property
    def wants_text(self) -> bool:
        row = self.focused
        return bool(row and row.wants_text and row.enabled)

    # -- input ----------------------------------------------------------------------------
    def _skip_disabled(self, step: int) -> None:
        if not self.rows:
            return
        for _ in range(len(self.rows)):
            if self.rows[self.focus].enabled:
                return
            self.focus = (self.focus + step) % len(self.rows)

    def move(self, step: int) -> None:
        if not self.rows:
            return
        before = self.focused
        if not self.wrap:
            ahead = [i for i in (range(self.focus + 1, len(self.rows)) if step > 0 else range(self.focus - 1, -1, -1))
                     if self.rows[i].enabled]
            if ahead:
                self.focus = ahead[0]
        else:
            self.focus = (self.focus + step) % len(self.rows)
            self._skip_disabled(step)
        self.caret_time = 0.0
        if self.focused is not before:
            self._focus_left(before)
            if isinstance(self.focused, TextField):
                self.focused.select_all()     # typing replaces what was there; an arrow keeps it

    @staticmethod
    def _focus_left(row: Row | None) -> None:
        if isinstance(row, TextField):
            row.anchor = None

    def handle(self, action: A.Action) -> str | None:
        row = self.focused
        if isinstance(action, A.Navigate):
            if action.dy:
                self.move(action.dy)
                return None
            if row and action.dx and row.change(action.dx):
                return row.key
            return None
        if isinstance(action, A.Confirm) and row is not None:
            if row.wants_text:
                self.move(1)
                return row.key
            return row.key if row.activate() else None
        if isinstance(action, (A.TypeText, A.EditKey)) and row is not None:
            if row.wants_text:
                if row.handle_text(action):
                    self.caret_time = 0.0
                    return row.key
                return None
            if isinstance(action, A.EditKey) and action.key in ("left", "right"):
                return row.key if row.change(-1 if action.key == "left" else 1) else None
            return None
        if isinstance(action, A.Point):
            self.hover = self.index_at(action.pos)
            return None
        if isinstance(action, A.Click):
            index = self.index_at(action.pos)
            if index is None or not self.rows[index].enabled:
                return None
            before = self.focused
            self.focus = index
            target = self.rows[index]
            if before is not target:
                self._focus_left(before)
            if isinstance(target, Choice):
                step = -1 if action.pos[0] < target.rect.x + target.rect.w * (self.label_share + 1) / 2 else 1
                return target.key if target.change(step) else None
            if target.wants_text:
                return None
            return target.key if target.activate() else None
        return None

    def index_at(self, pos: tuple[int, int]) -> int | None:
        for index, row in enumerate(self.rows):
            if row.rect.collidepoint(pos):
                return index
        return None

    def update(self, dt: float) -> None:
        self.caret_time += dt

    # -- drawing --------------------------------------------------------------------------
    def stack(self, area: pygame.Rect, screen: Screen, row_height: float = 0.085,
              gap: float = 0.014, rows: list[Row] | None = None) -> None:
        """Place `rows` (all by default) one under another from the top of `area`."""
        self.unit = screen.unit
        h = screen.px(row_height)
        step = h + screen.px(gap)
        for index, row in enumerate(rows if rows is not None else self.rows):
            row.rect = pygame.Rect(area.x, area.y + index * step, area.w, h)

    def scroll_in(self, area: pygame.Rect, row_h: int, gap: int) -> None:
        """Rows `row_h` tall one under another in `area`; when they do not all fit, the list
        scrolls so the focused row is always shown (rows out of view are not drawn)."""
        self.scroll_area = (pygame.Rect(area), row_h, gap)
        self._place_scrolled()

    @property
    def visible_rows(self) -> int:
        if self.scroll_area is None:
            return len(self.rows)
        area, row_h, gap = self.scroll_area
        return max(1, min(len(self.rows), (area.h + gap) // max(1, row_h + gap)))

    @property
    def hidden(self) -> tuple[bool, bool]:
        """Whether rows are scrolled out of view above and below."""
        return self.first > 0, self.first + self.visible_rows < len(self.rows)

    def _place_scrolled(self) -> None:
        if self.scroll_area is None:
            return
        area, row_h, gap = self.scroll_area
        shown = self.visible_rows
        if self.focus >= 0:
            self.first = min(self.first, self.focus)
            self.first = max(self.first, self.focus - shown + 1)
        self.first = max(0, min(self.first, len(self.rows) - shown))
        for index, row in enumerate(self.rows):
            slot = index - self.first
            if 0 <= slot < shown:
                row.rect = pygame.Rect(area.x, area.y + slot * (row_h + gap), area.w, row_h)
            else:
                row.rect = pygame.Rect(0, 0, 0, 0)

    def draw(self, surface: pygame.Surface, screen: Screen) -> None:
        self.unit = screen.unit
        self._place_scrolled()
        self._label_px = self.label_px(screen)
        for index, row in enumerate(self.rows):
            if row.rect.w > 0:
                self.draw_row(surface, screen, row, index == self.focus, index == self.hover)

    def _split(self, row: Row, px: int, rebalance: bool = True) -> tuple[pygame.Rect, pygame.Rect]:
        # The margins are spacing, not type: `px` here is the 100% text size, so a larger text
        # size does not take room from the words.
        inner = row.rect.inflate(-px, -max(2, row.rect.h // 6))
        if self.stacked and not isinstance(row, Button):
            label, value = split_rows(row.rect.inflate(-px, -max(2, row.rect.h // 10)), [1, 1])
            return label, value
        share = row.label_share if row.label_share is not None else self.label_share
        label, value = split_columns(inner, [share, 1 - share], px // 2)
        if rebalance and isinstance(row, (Choice, Toggle)):
            label, value = self._rebalanced(row, label, value)
        return label, value

    def _values(self, row: Row) -> list[str]:
        """Every value a row can show (a Choice's options, a Toggle's two words)."""
        if isinstance(row, Choice):
            return [row.show(option) for option in row.options]
        if isinstance(row, Toggle):
            return [_(row.on_text), _(row.off_text)]
        return [row.value_text()]

    def _body_px(self) -> int:
        return max(8, round(self.unit * self.theme.size_body * self.theme.font_scale))

    def _arrows_w(self, value: pygame.Rect) -> int:
        """The room a Choice's or Toggle's two arrows take of its value column, as `draw_row` leaves it."""
        return 2 * min(self._body_px(), round(value.w * 0.14))

    def _rebalanced(self, row: Row, label: pygame.Rect, value: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
        """The label and value columns, moved apart only when the label or the widest value does not
        fit its share at the window's type floor (a longer language) and both fit once moved."""
        floor = max(6, int(self.text.floor_px))
        body_px = self._body_px()
        arrows = self._arrows_w(value)
        values = self._values(row)
        label_fits = self.text.trial(row.label, label.size, px=floor, min_px=floor, style="body").fits
        values_fit = all(self.text.trial(text, (value.w - arrows, value.h), px=floor, min_px=floor,
                                         style="bold").fits for text in values)
        if label_fits and values_fit:
            return label, value
        label_need = self.text.fonts.get("body", floor, row.label).size(row.label)[0]
        widest = max((self.text.fonts.get("bold", floor, text).size(text)[0] for text in values), default=0)
        value_need = math.ceil(widest / 0.72)            # the arrows take 14% a side, up to the body size
        if value_need * 0.14 > body_px:
            value_need = widest + 2 * body_px
        room = label.w + value.w
        if label_need + value_need > room:
            return label, value
        width = min(max(label.w, label_need), room - value_need)
        gap = value.x - label.right
        return (pygame.Rect(label.x, label.y, width, label.h),
                pygame.Rect(label.x + width + gap, value.y, room - width, value.h))

    def floor_lines(self, row: Row, most: int = 3) -> int:
        """How many lines at the window's type floor a row needs to show its words whole in its
        width: 1 on most rows; 2 where a longer language's value does not fit one line beside its
        label even with the columns moved apart, or a button's label one line across. A layout gives
        such a row the height (`row_height`, `place_lines`) rather than the words going below the
        floor or being cut."""
        if row.rect.w <= 0 or not isinstance(row, (Button, Choice, Toggle)):
            return 1
        placed = row.rect
        try:
            for lines in range(1, most + 1):
                row.rect = pygame.Rect(placed.x, placed.y, placed.w, max(placed.h, self.row_height(row, lines)))
                if self._whole_at_floor(row, lines):
                    return lines
            return most
        finally:
            row.rect = placed

    def row_height(self, row: Row, lines: int) -> int:
        """The least height of `row` whose words' boxes hold `lines` lines of bold text at the floor."""
        floor = max(6, int(self.text.floor_px))
        font = self.text.fonts.get("bold", floor)
        need = font.get_height() + round(font.get_linesize() * 1.08) * (lines - 1)
        if isinstance(row, Button):
            return math.ceil(need / BUTTON_TEXT_SHARE) + 1
        height = need + 2
        while height - max(2, height // 6) < need:
            height += 1
        return height

    def _whole_at_floor(self, row: Row, lines: int) -> bool:
        floor = max(6, int(self.text.floor_px))
        if isinstance(row, Button):
            return self.text.trial(row.label, self._button_box(row.rect), px=floor, min_px=floor, style="bold",
                                   max_lines=lines).fits
        label, value = self._split(row, self._pad())
        arrows = self._arrows_w(value)
        if not self.text.trial(row.label, label.size, px=floor, min_px=floor, style="body", max_lines=lines).fits:
            return False
        return all(self.text.trial(text, (value.w - arrows, value.h), px=floor, min_px=floor, style="bold",
                                   max_lines=lines).fits for text in self._values(row))

    def place_lines(self, area: pygame.Rect, lines: list[list[Row]], gap: int) -> None:
        """Lines of rows (one row, or a few side by side) one under another, filling `area`: all
        equally tall, except that a line whose words need more lines at the floor than its share
        holds (`floor_lines`) is given that height, the others sharing what is left while they
        keep the height of one line."""
        def place(heights: list[int]) -> None:
            y = area.y
            for line, height in zip(lines, heights):
                band = pygame.Rect(area.x, y, area.w, height)
                for row, rect in zip(line, split_columns(band, [1] * len(line), gap)):
                    row.rect = rect
                y += height + gap

        equal = [rect.h for rect in split_rows(area, [1] * len(lines), gap)]
        place(equal)
        wanted = [max(self.row_height(row, self.floor_lines(row)) for row in line) for line in lines]
        grown = [need if need > height else 0 for need, height in zip(wanted, equal)]
        ordinary = grown.count(0)
        if not any(grown) or not ordinary:
            return
        left = area.h - gap * (len(lines) - 1) - sum(grown)
        share = [left // ordinary + (1 if index < left % ordinary else 0) for index in range(ordinary)]
        if min(share) < max(need for need, tall in zip(wanted, grown) if not tall):
            return                              # no room: the words shrink as before
        place([tall or share.pop(0) for tall in grown])

    def _button_box(self, rect: pygame.Rect) -> tuple[int, int]:
        """The box a button's label is fitted into: inside its rounded ends."""
        return rect.w - self._pad() * 2, round(rect.h * BUTTON_TEXT_SHARE)

    def _pad(self) -> int:
        """The rows' side margin: the body text size at 100%, whatever the text size."""
        return max(2, round(self.unit * self.theme.size_body))

    def label_px(self, screen: Screen) -> dict[int, int]:
        """One type size for the labels of rows alike: rows whose labels have the same width
        share the size the tightest of them needs (a narrow half row does not shrink the
        labels of the full-width rows)."""
        px = screen.text_px(self.theme, self.theme.size_body)
        sizes: dict[int, int] = {}
        for row in self.rows:
            if row.rect.w <= 0 or isinstance(row, Button):
                continue
            box = self._split(row, self._pad())[0]
            fitted = self.text.trial(row.label, box.size, px=px, style="body").px
            alike = self._split(row, self._pad(), rebalance=False)[0].w     # alike before any is moved apart
            sizes[alike] = min(sizes.get(alike, px), fitted)
        return sizes

    def draw_row(self, surface: pygame.Surface, screen: Screen, row: Row, focused: bool,
                 hovered: bool) -> None:
        theme = self.theme
        rect = row.rect
        px = screen.text_px(theme, theme.size_body)
        edge_w = max(2, screen.px(0.004))
        if isinstance(row, Button):
            fill = theme.accent if focused else (theme.panel_raised if hovered else theme.panel)
            ink = theme.text_dark if focused else theme.text
            if not row.enabled:
                fill, ink = theme.panel, theme.text_muted
            draw_panel(surface, rect, fill, radius_frac=0.5, edge=theme.focus_ring if focused else theme.panel_edge,
                       edge_width=edge_w)
            label = self.text.fit(row.label, self._button_box(rect), px=px, style="bold", colour=ink)
            label.draw(surface, rect)
            return
        fill = theme.panel_raised if focused or hovered else theme.panel
        draw_panel(surface, rect, fill, radius_frac=0.3,
                   edge=theme.focus_ring if focused else theme.panel_edge, edge_width=edge_w)
        label_rect, value_rect = self._split(row, self._pad())
        ink = theme.text if row.enabled else theme.text_muted
        label_px = self._label_px.get(self._split(row, self._pad(), rebalance=False)[0].w, px)
        self.text.fit(row.label, label_rect.size, px=label_px, style="body", colour=ink,
                      align="left").draw(surface, label_rect)
        if isinstance(row, TextField):
            self._draw_field(surface, screen, row, value_rect, focused, px)
            return
        value = row.value_text()
        value_colour = theme.accent if focused else ink
        if isinstance(row, Toggle):
            value_colour = (theme.correct if row.on else theme.text_muted) if not focused else theme.accent
        arrow_w = min(px, round(value_rect.w * 0.14)) if isinstance(row, (Choice, Toggle)) else 0
        box = value_rect.inflate(-2 * arrow_w, 0)
        self.text.fit(value, box.size, px=px, style="bold", colour=value_colour).draw(surface, box)
        if arrow_w and row.enabled:
            colour = theme.accent if focused else theme.text_muted
            size = px * 0.32
            cy = value_rect.centery
            lx, rx = value_rect.left + arrow_w * 0.5, value_rect.right - arrow_w * 0.5
            pygame.draw.polygon(surface, colour, [(lx - size * 0.6, cy), (lx + size * 0.6, cy - size), (lx + size * 0.6, cy + size)])
            pygame.draw.polygon(surface, colour, [(rx + size * 0.6, cy), (rx - size * 0.6, cy - size), (rx - size * 0.6, cy + size)])

    def _draw_field(self, surface, screen, row: TextField, rect: pygame.Rect, focused: bool, px: int) -> None:
        """A name box: text at the form's size (never shrunk), scrolled to the cursor while typing,
        cut with an ellipsis otherwise, so long names stay readable and equal in size."""
        theme = self.theme
        box = rect.inflate(0, -max(2, rect.h // 8))
        draw_panel(surface, box, scale(theme.panel, 0.6) if not theme.high_contrast else (0, 0, 0),
                   radius_frac=0.25, edge=theme.accent if focused else theme.panel_edge,
                   edge_width=max(1, screen.px(0.003)))
        inner = box.inflate(-px, 0)
        px = max(screen.min_text_px(theme), min(px, round(inner.h * 0.7)))
        caret_on = focused and (self.caret_time % 1.0) < 0.6
        if not row.text:
            fitted = self.text.fit(row.placeholder, inner.size, px=px, min_px=screen.min_text_px(theme),
                                   colour=mix(theme.text_muted, theme.panel, 0.3), align="left", max_lines=1)
            fitted.draw(surface, inner)
            caret_x = inner.x
        else:
            font = self.text.fonts.get("body", px, row.text)
            caret = font.size(row.text[: row.cursor])[0]
            width = font.size(row.text)[0]
            offset = 0
            shown = row.text
            if width > inner.w and focused:
                offset = min(max(0, caret - inner.w + px), width - inner.w)
            elif width > inner.w:
                shown = shorten(font, row.text, inner.w)
            picture = font.render(shown, True, theme.text)
            top = inner.centery - picture.get_height() // 2
            start, end = row.selection
            if focused and start != end:
                left = font.size(row.text[:start])[0] - offset
                right = font.size(row.text[:end])[0] - offset
                band = pygame.Rect(inner.x + max(0, left), top, min(inner.w, right) - max(0, left),
                                   picture.get_height()).clip(inner.inflate(0, px))
                pygame.draw.rect(surface, mix(theme.accent, theme.panel, 0.45), band)
            surface.blit(picture, (inner.x, top), pygame.Rect(offset, 0, inner.w, picture.get_height()))
            if record.active() is not None:
                ink = picture.get_bounding_rect().move(inner.x - offset, top).clip(inner.x, top, inner.w,
                                                                                   picture.get_height())
                record.note_text(surface, row.text, ink, px, cap_height(font))
            caret_x = inner.x + min(inner.w, caret - offset)
        if caret_on:
            pygame.draw.line(surface, theme.accent, (caret_x, inner.centery - px * 0.6),
                             (caret_x, inner.centery + px * 0.6), max(2, screen.px(0.003)))
