"""The form of one question: every field of its type, each with its problem beside it.

Rows are built from the question's data and `game.editor.fields`: text boxes for text and
numbers, left/right choices for true/false and difficulty, one row per wrong option or accepted
answer (with buttons to move and remove it) and a row to add one. What is typed goes into the
edit session at once, so validation is live and undo covers every keystroke's field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pygame

from game.editor import EditSession
from game.editor.fields import DIFFICULTY_CHOICES, MAX_LIST_ITEMS, fields_for, text_of
from game.editor.words import declared, truth
from game.editor.words import difficulty as difficulty_words
from game.i18n import _, pgettext
from game.i18n.formats import format_number
from game.ui.input import actions as A
from game.ui.kit.fx import draw_panel
from game.ui.kit.idle import STILL
from game.ui.kit.layout import Screen
from game.ui.kit.text import TextRenderer
from game.ui.kit.textbox import EDIT, TextBox, draw_box_frame
from game.ui.kit.theme import Theme

LINES = {"prompt": 3, "explanation": 2}
MAX_LENGTHS = {"prompt": 1000, "explanation": 2000, "id": 80, "unit": 30}


def item_label(key: str, label: str, index: int) -> str:
    """'Wrong option 2': one item of a list field, numbered from 1."""
    number = format_number(index + 1)
    if key == "wrong":
        return _("Wrong option {number}").format(number=number)
    if key == "accept":
        return _("Also accepted {number}").format(number=number)
    return _("{field} {number}").format(field=label, number=number)


def add_label(key: str, label: str) -> str:
    """The button that adds an item to a list field."""
    if key == "wrong":
        return _("Add a wrong option")
    if key == "accept":
        return _("Add an accepted answer")
    return _("Add to “{field}”").format(field=label)


def not_set() -> str:
    # Translators: a question's difficulty when none is chosen
    return pgettext("pack editor", "Not set")


def capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


@dataclass
class FormRow:
    kind: str                      # box, choice, add, note
    key: str                       # the question's field
    index: int | None = None       # the item, for list fields
    label: str = ""
    hint: str = ""
    box: TextBox | None = None
    options: tuple = ()
    option_labels: tuple = ()
    value: Any = None
    lines: int = 1
    hint_lines: int = 1            # the hint wraps to a second line when a language runs long
    message: str = ""
    enabled: bool = True
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    field_rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    label_rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    buttons: dict[str, pygame.Rect] = field(default_factory=dict)

    @property
    def focusable(self) -> bool:
        return self.kind != "note"


class QuestionForm:
    """The rows of one question, their focus and scrolling; edits go straight to the session."""

    def __init__(self, session: EditSession, uid: int, undo=None, redo=None) -> None:
        self.session = session
        self.uid = uid
        self.undo_hook, self.redo_hook = undo, redo
        self.rows: list[FormRow] = []
        self.focus = 0
        self.offset = 0
        self.area = pygame.Rect(0, 0, 0, 0)
        self.hover: tuple[int, str] | None = None
        self.content_h = 0               # the rows' height, once laid out
        self.stacked = False             # labels above their fields (large type, narrow window)
        self._reveal = False             # bring the focused row into view at the next layout
        self.build()

    # -- building -------------------------------------------------------------------------
    def _box(self, value: Any, key: str) -> TextBox:
        return TextBox(text_of(value), max_length=MAX_LENGTHS.get(key, 300), undo=self.undo_hook,
                       redo=self.redo_hook)

    def build(self, focus: tuple[str, int | None] | None = None, cursor: int | None = None) -> None:
        """Rows from the session's data; `focus` is (field, item) to put the focus on."""
        old = self.focused
        if focus is None and old is not None:
            focus = (old.key, old.index)
        question = self.session.question(self.uid)
        rows: list[FormRow] = []
        for spec in fields_for(str(question.get("type"))):
            value = question.get(spec.key)
            if spec.kind in ("text_list", "number_list"):
                items = value if isinstance(value, list) else []
                label, hint = declared(spec.label), declared(spec.hint)
                for index, item in enumerate(items):
                    rows.append(FormRow("box", spec.key, index, item_label(spec.key, label, index),
                                        hint if index == 0 else "", box=self._box(item, spec.key)))
                limit = MAX_LIST_ITEMS.get(spec.key, 20)
                rows.append(FormRow("add", spec.key, None, label if not items else "", hint if not items else "",
                                    value=add_label(spec.key, label), enabled=len(items) < limit))
            elif spec.kind == "truth":
                rows.append(FormRow("choice", spec.key, None, declared(spec.label), declared(spec.hint),
                                    options=(True, False), option_labels=(truth(True), truth(False)), value=value))
            elif spec.kind == "difficulty":
                rows.append(FormRow("choice", spec.key, None, declared(spec.label), declared(spec.hint),
                                    options=DIFFICULTY_CHOICES, value=value,
                                    option_labels=tuple(not_set() if choice is None else
                                                        capitalised(difficulty_words(choice))
                                                        for choice in DIFFICULTY_CHOICES)))
            else:
                rows.append(FormRow("box", spec.key, None, declared(spec.label), declared(spec.hint),
                                    box=self._box(value, spec.key), lines=LINES.get(spec.key, 1)))
        self.rows = rows
        self.refresh_messages()
        self.focus = next((i for i, r in enumerate(rows) if r.focusable), 0)
        if focus is not None:
            self.focus_on(*focus, cursor=cursor)

    def refresh_messages(self) -> None:
        """Put each validator problem of this question beside its field (the rest on a note at the top)."""
        self.rows = [row for row in self.rows if row.kind != "note"]
        for row in self.rows:
            row.message = ""
        loose: list[str] = []
        for problem in self.session.problems_for(self.uid):
            target = None
            for row in self.rows:
                if row.key == problem.field and (row.index == problem.index or
                                                 (problem.index is None and row.kind in ("add", "choice")) or
                                                 (problem.index is None and row.index is None)):
                    target = row
                    break
            if target is None:
                loose.append(problem.message)
            else:
                target.message = f"{target.message}; {problem.message}" if target.message else problem.message
        if loose:
            focused = self.focused
            self.rows.insert(0, FormRow("note", "", label="", message="; ".join(loose)))
            if focused is not None:
                self.focus = self.rows.index(focused)

    # -- focus ----------------------------------------------------------------------------
    @property
    def focused(self) -> FormRow | None:
        return self.rows[self.focus] if 0 <= self.focus < len(self.rows) else None

    def focus_on(self, key: str | None, index: int | None = None, cursor: int | None = None) -> bool:
        for number, row in enumerate(self.rows):
            if row.focusable and row.key == key and (row.index == index or (index is None and row.kind != "box"
                                                                            and row.index is None)):
                self._set_focus(number)
                if row.box is not None and cursor is not None:
                    row.box.cursor = max(0, min(cursor, len(row.box.text)))
                return True
        if key is not None:
            for number, row in enumerate(self.rows):  # the item is gone: the list's add row
                if row.focusable and row.key == key:
                    self._set_focus(number)
                    return True
        return False

    def _set_focus(self, number: int) -> None:
        old = self.focused
        if old is not None and old.box is not None and number != self.focus:
            old.box.focus_lost()
            self.session.history.close()
        self.focus = number
        if self.focused and self.focused.box is not None:
            self.focused.box.blink = 0.0

    def move(self, step: int) -> None:
        count = len(self.rows)
        number = self.focus
        for _step in range(count):
            number = (number + step) % count
            if self.rows[number].focusable:
                break
        self._set_focus(number)
        self.scroll_to_focus()

    # -- editing --------------------------------------------------------------------------
    def _write(self, row: FormRow) -> None:
        box = row.box
        if row.index is None:
            self.session.set_field_text(self.uid, row.key, box.text, typing=True, cursor=box.cursor)
        else:
            self.session.set_item_text(self.uid, row.key, row.index, box.text, typing=True, cursor=box.cursor)
        self.refresh_messages()

    def _change_choice(self, row: FormRow, step: int) -> None:
        options = list(row.options)
        current = options.index(row.value) if row.value in options else 0
        row.value = options[(current + step) % len(options)]
        self.session.set_field(self.uid, row.key, row.value, cursor=None)
        self.refresh_messages()

    def add_item(self, key: str) -> None:
        index = self.session.add_item(self.uid, key, "")
        self.build(focus=(key, index), cursor=0)
        self.scroll_to_focus()

    def remove_item(self, row: FormRow) -> None:
        self.session.remove_item(self.uid, row.key, row.index)
        left = row.index - 1 if row.index else 0
        self.build(focus=(row.key, left) if row.index else (row.key, 0))
        self.scroll_to_focus()

    def move_item(self, row: FormRow, step: int) -> None:
        target = self.session.move_item(self.uid, row.key, row.index, step)
        self.build(focus=(row.key, target), cursor=row.box.cursor if row.box else None)
        self.scroll_to_focus()

    def handle(self, action: A.Action) -> bool:
        """Apply an action to the form; False when it was not for the form."""
        row = self.focused
        if isinstance(action, A.Navigate) and action.dy:
            self.move(action.dy)
            return True
        if isinstance(action, A.Scroll):
            tops = sorted({r.rect.y + self.offset - self.area.y for r in self.rows} | {0})
            if action.dy < 0:  # the wheel turned down: the next row's top comes to the top
                self.offset = next((t for t in tops if t > self.offset), self.offset)
            else:
                self.offset = next((t for t in reversed(tops) if t < self.offset), 0)
            self.offset = max(0, min(self.offset, self.max_offset))
            return True
        if isinstance(action, A.Point):
            self.hover = self._button_at(action.pos)
            return False
        if isinstance(action, A.Click):
            return self._click(action.pos)
        if row is None:
            return False
        if isinstance(action, A.Confirm):
            if row.kind == "add":
                if row.enabled:
                    self.add_item(row.key)
            elif row.kind == "choice":
                self._change_choice(row, 1)
            else:
                self.move(1)
            return True
        if row.kind == "choice" and isinstance(action, A.EditKey) and action.key in ("left", "right"):
            self._change_choice(row, -1 if action.key == "left" else 1)
            return True
        if row.kind == "box" and row.index is not None and isinstance(action, A.EditKey):
            if action.ctrl and action.key in ("up", "down"):
                self.move_item(row, -1 if action.key == "up" else 1)
                return True
            if action.key == "backspace" and not row.box.text:
                self.remove_item(row)
                return True
        if row.box is not None and isinstance(action, (A.TypeText, A.ComposeText, A.EditKey)):
            result = row.box.handle(action)
            if result == EDIT:
                self._write(row)
            return result is not None
        return False

    def _button_at(self, pos: tuple[int, int]) -> tuple[int, str] | None:
        for number, row in enumerate(self.rows):
            for name, rect in row.buttons.items():
                if rect.collidepoint(pos):
                    return number, name
        return None

    def _click(self, pos: tuple[int, int]) -> bool:
        button = self._button_at(pos)
        if button is not None:
            number, name = button
            row = self.rows[number]
            self._set_focus(number)
            if name == "remove":
                self.remove_item(row)
            elif name in ("up", "down"):
                self.move_item(row, -1 if name == "up" else 1)
            return True
        for number, row in enumerate(self.rows):
            if not row.focusable or not row.rect.collidepoint(pos):
                continue
            self._set_focus(number)
            if row.kind == "add" and row.enabled and row.field_rect.collidepoint(pos):
                self.add_item(row.key)
            elif row.kind == "choice" and row.field_rect.collidepoint(pos):
                self._change_choice(row, -1 if pos[0] < row.field_rect.centerx else 1)
            elif row.box is not None:
                row.box.handle(A.Click(pos))
            return True
        return False

    def update(self, dt: float) -> None:
        row = self.focused
        if row is not None and row.box is not None:
            row.box.update(dt)

    def still_for(self) -> float:
        """Until the focused box's cursor blinks; STILL when no box has the focus."""
        row = self.focused
        return row.box.still_for() if row is not None and row.box is not None else STILL

    # -- layout and drawing ---------------------------------------------------------------
    def metrics(self, screen: Screen, theme: Theme) -> tuple[int, int]:
        """(type size of labels, type size inside the boxes)."""
        return screen.text_px(theme, theme.size_small), screen.text_px(theme, theme.size_small * 1.2)

    def layout(self, area: pygame.Rect, screen: Screen, theme: Theme, text: TextRenderer) -> None:
        """Place every row (heights follow the text size and the messages) and wrap the boxes."""
        self.area = pygame.Rect(area)
        label_px, box_px = self.metrics(screen, theme)
        font = text.fonts.get("body", box_px)
        line = font.get_linesize()
        pad = max(4, round(line * 0.3))
        gap = max(4, round(line * 0.35))
        # Labels beside the fields; above them when type is large for the width (a projector's scale).
        self.stacked = theme.font_scale >= 1.4 or area.w < label_px * 28
        label_w = area.w if self.stacked else round(area.w * 0.27)
        field_x = area.x if self.stacked else area.x + label_w + pad * 2
        field_w = area.right - field_x
        label_line = round(label_px * 1.3)
        y = area.y - self.offset
        for row in self.rows:
            message_h = 0
            if row.message:
                lines = text.fit(row.message, (field_w, line * 3), px=label_px, min_px=label_px, align="left").lines
                message_h = len(lines) * round(label_px * 1.25) + pad // 2
            if row.kind == "note":
                height = message_h + pad * 2
                row.rect = pygame.Rect(area.x, y, area.w, height)
                row.field_rect = row.rect.inflate(-pad * 2, -pad)
                y += height + gap
                continue
            field_h = row.lines * line + pad * 2
            if self.stacked:
                label_h = label_line if row.label else 0
                height = label_h + field_h + message_h
                row.label_rect = pygame.Rect(area.x, y, area.w, label_h)
                field_y = y + label_h
            else:
                if row.hint:
                    hint_px = max(8, round(label_px * 0.85))
                    wrapped = text.fit(row.hint, (label_w - label_px // 2, 100000), px=hint_px, min_px=hint_px)
                    row.hint_lines = min(2, max(1, len(wrapped.lines)))
                label_h = label_line * (1 + row.hint_lines if row.hint else 1)
                height = max(field_h, label_h) + message_h
                row.label_rect = pygame.Rect(area.x, y, label_w, label_h)
                field_y = y
            row.rect = pygame.Rect(area.x, y, area.w, height)
            width = field_w
            row.buttons = {}
            if row.kind == "box" and row.index is not None:
                size = field_h
                width = field_w - 3 * (size + pad // 2)
                for slot, name in enumerate(("up", "down", "remove")):
                    row.buttons[name] = pygame.Rect(field_x + width + pad // 2 + slot * (size + pad // 2), field_y,
                                                    size, size)
            row.field_rect = pygame.Rect(field_x, field_y, width, field_h)
            if row.box is not None:
                inner = row.field_rect.inflate(-pad * 2, -pad * 2)
                row.box.layout(inner, text.fonts.get("body", box_px, row.box.shown_text))
            y += height + gap
        self.content_h = y + self.offset - area.y
        self.offset = min(self.offset, self.max_offset)
        if self._reveal and self._reveal_focus():
            self.layout(area, screen, theme, text)

    @property
    def max_offset(self) -> int:
        return max(0, self.content_h - self.area.h)

    def scroll_to_focus(self) -> None:
        """Bring the focused row into view (at the next layout, when its place is known)."""
        self._reveal = True

    def _reveal_focus(self) -> bool:
        row = self.focused
        self._reveal = False
        if row is None or self.area.h <= 0:
            return False
        before = self.offset
        top = row.rect.y + self.offset - self.area.y
        if top < self.offset:
            self.offset = max(0, top)
        elif top + row.rect.h > self.offset + self.area.h:
            self.offset = self._snap(top + row.rect.h - self.area.h)
        return self.offset != before

    def _snap(self, wanted: int) -> int:
        """The first row top at or below `wanted`, so no row is shown cut at the top edge."""
        tops = sorted(r.rect.y + self.offset - self.area.y for r in self.rows)
        for top in tops:
            if top >= wanted:
                return min(top, self.max_offset) if top <= self.max_offset else self.max_offset
        return self.max_offset

    def draw(self, surface: pygame.Surface, screen: Screen, theme: Theme, text: TextRenderer) -> None:
        label_px, box_px = self.metrics(screen, theme)
        clip = surface.get_clip()
        surface.set_clip(self.area.inflate(screen.px(0.01), screen.px(0.006)))
        for number, row in enumerate(self.rows):
            if row.rect.bottom < self.area.y or row.rect.y > self.area.bottom:
                continue
            self._draw_row(surface, screen, theme, text, row, number == self.focus, label_px, box_px, number)
        surface.set_clip(clip)
        if self.max_offset:
            track = pygame.Rect(self.area.right + screen.px(0.008), self.area.y, screen.px(0.006), self.area.h)
            pygame.draw.rect(surface, theme.panel, track, border_radius=track.w // 2)
            share = self.area.h / max(1, self.content_h)
            thumb = pygame.Rect(track.x, track.y + track.h * self.offset / max(1, self.content_h), track.w,
                                max(track.w, track.h * share))
            pygame.draw.rect(surface, theme.accent_soft, thumb, border_radius=track.w // 2)

    def _draw_row(self, surface, screen, theme, text, row: FormRow, focused: bool, label_px: int, box_px: int,
                  number: int) -> None:
        if row.kind == "note":
            draw_panel(surface, row.rect, theme.panel, radius_frac=0.2, edge=theme.wrong,
                       edge_width=max(2, screen.px(0.003)))
            text.fit(row.message, row.field_rect.size, px=label_px, colour=theme.wrong,
                     align="left").draw(surface, row.field_rect)
            return
        label_rect = row.label_rect
        if row.label:
            colour = theme.accent if focused else theme.text
            style = "bold" if focused else "body"
            if self.stacked:
                line = text.line(row.label, label_px, style=style, colour=colour)
                words = line.surface
                line.draw_at(surface, midleft=label_rect.midleft)
                if row.hint:
                    room = pygame.Rect(label_rect.x + words.get_width() + label_px, label_rect.y,
                                       max(1, label_rect.w - words.get_width() - label_px), label_rect.h)
                    text.fit(row.hint, room.size, px=max(8, round(label_px * 0.85)), colour=theme.text_muted,
                             align="left", max_lines=1).draw(surface, room)
            else:
                parts = [(row.label, label_px, colour, style, 1)]
                if row.hint:
                    parts.append((row.hint, max(8, round(label_px * 0.85)), theme.text_muted, "body", row.hint_lines))
                y = label_rect.y + max(2, label_px // 4)
                for words, px, ink, part_style, lines in parts:
                    height = round(px * 1.3) * lines
                    fitted = text.fit(words, (label_rect.w - label_px // 2, height), px=px,
                                      min_px=max(8, round(px * 0.7)), style=part_style, colour=ink, align="left",
                                      valign="top", max_lines=lines)
                    fitted.draw(surface, pygame.Rect(label_rect.x, y, label_rect.w, height))
                    y += height
        faulty = bool(row.message)
        if row.kind == "box":
            draw_box_frame(surface, row.field_rect, theme, focused, faulty, screen.unit)
            row.box.draw(surface, theme, focused)
            for name, rect in row.buttons.items():
                lit = self.hover == (number, name)
                draw_panel(surface, rect, theme.panel_raised if lit else theme.panel, radius_frac=0.3,
                           edge=theme.focus_ring if lit else theme.panel_edge, edge_width=max(1, screen.px(0.002)))
                self._draw_button_glyph(surface, rect, name, theme, text, label_px)
        elif row.kind == "add":
            fill = theme.panel_raised if focused else theme.panel
            draw_panel(surface, row.field_rect, fill, radius_frac=0.5,
                       edge=theme.focus_ring if focused else (theme.wrong if faulty else theme.panel_edge),
                       edge_width=max(2 if focused or faulty else 1, screen.px(0.003)))
            label = ("+ " + str(row.value)) if row.enabled else _("No more can be added")
            text.fit(label, row.field_rect.inflate(-label_px, 0).size, px=label_px, style="bold",
                     colour=theme.text if row.enabled else theme.text_muted).draw(surface, row.field_rect)
        else:
            draw_box_frame(surface, row.field_rect, theme, focused, faulty, screen.unit)
            shown = row.option_labels[row.options.index(row.value)] if row.value in row.options else not_set()
            text.fit(f"\u2039  {shown}  \u203a", row.field_rect.size, px=box_px, style="bold",
                     colour=theme.accent if focused else theme.text).draw(surface, row.field_rect)
        if row.message:
            where = pygame.Rect(row.field_rect.x, row.field_rect.bottom + 2, row.rect.right - row.field_rect.x,
                                row.rect.bottom - row.field_rect.bottom)
            text.fit(row.message, where.size, px=label_px, min_px=max(8, round(label_px * 0.8)), colour=theme.wrong,
                     align="left", valign="top").draw(surface, where)

    @staticmethod
    def _draw_button_glyph(surface, rect: pygame.Rect, name: str, theme: Theme, text: TextRenderer, px: int) -> None:
        cx, cy = rect.center
        size = rect.h * 0.2
        if name == "remove":
            text.fit("\u00d7", rect.size, px=round(rect.h * 0.6), style="bold", colour=theme.wrong).draw(surface, rect)
        elif name == "up":
            pygame.draw.polygon(surface, theme.text, [(cx, cy - size), (cx + size, cy + size * 0.7),
                                                      (cx - size, cy + size * 0.7)])
        else:
            pygame.draw.polygon(surface, theme.text, [(cx, cy + size), (cx + size, cy - size * 0.7),
                                                      (cx - size, cy - size * 0.7)])
