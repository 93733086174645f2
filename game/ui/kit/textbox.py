"""A text box that behaves the way people expect from any other program.

Text arrives composed (accents, Greek, Cyrillic, dead keys and input methods all come as
`TypeText`); what an input method is still composing is shown underlined at the cursor
(`ComposeText`). Arrow keys, Home/End, Ctrl+arrows by word, Shift to select, Ctrl+A, copy,
cut and paste with the system clipboard, undo and redo, a blinking cursor, long text wrapped
inside the box, and a click to place the cursor. Undo and redo can be handed to the owner (the
pack editor keeps one history for the whole session); otherwise the box keeps its own.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Callable

import pygame

from game.ui.input import actions as A
from game.ui.kit.clipboard import CLIPBOARD, Clipboard
from game.ui.kit.fx import draw_panel, mix, scale
from game.ui.kit.idle import blink_wait
from game.ui.kit.theme import Theme

EDIT, MOVE, UNDO, REDO = "edit", "move", "undo", "redo"
BLINK_SECONDS = 1.06


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_'\u2019-"


def clean(text: str, multiline: bool = False) -> str:
    """Typed or pasted text without control characters (and without line breaks, unless wanted)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        text = " ".join(text.split("\n"))
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))


def wrap_starts(font: pygame.font.Font, text: str, width: int) -> list[int]:
    """Where each wrapped line of `text` starts: lines break after spaces, at line breaks, and
    inside a word only when the word alone is wider than the box."""
    starts = [0]
    line_start, last_space = 0, -1
    index = 0
    while index < len(text):
        ch = text[index]
        if ch == "\n":
            starts.append(index + 1)
            line_start, last_space = index + 1, -1
            index += 1
            continue
        if ch != " " and font.size(text[line_start:index + 1])[0] > width and index > line_start:
            if last_space >= line_start:
                line_start = last_space + 1
            else:
                line_start = index
            starts.append(line_start)
            last_space = -1
            continue  # measure this character again on its new line
        if ch == " ":
            last_space = index
        index += 1
    return starts


@dataclass
class _Snapshot:
    text: str
    cursor: int


class TextBox:
    """An editable piece of text; `handle` says what an action did (EDIT, MOVE, UNDO, REDO or None)."""

    def __init__(self, text: str = "", *, max_length: int = 1000, multiline: bool = False,
                 placeholder: str = "", undo: Callable[[], None] | None = None,
                 redo: Callable[[], None] | None = None, clipboard: Clipboard | None = None) -> None:
        self.text = clean(text, True)[:max_length]
        self.cursor = len(self.text)
        self.anchor: int | None = None
        self.composition = ""
        self.composition_cursor = 0
        self.max_length = max_length
        self.multiline = multiline
        self.placeholder = placeholder
        self.undo_hook = undo
        self.redo_hook = redo
        self.clipboard = clipboard or CLIPBOARD
        self.blink = 0.0
        self._undo: list[_Snapshot] = []
        self._redo: list[_Snapshot] = []
        self._typing_run = False
        # Set by `layout`: the box on screen, its font and wrapped lines, for clicks and drawing.
        self.rect = pygame.Rect(0, 0, 0, 0)
        self._font: pygame.font.Font | None = None
        self._starts: list[int] = [0]
        self._first_line = 0
        self._layout_key: tuple | None = None

    # -- state ----------------------------------------------------------------------------
    @property
    def selection(self) -> tuple[int, int]:
        """(start, end) of the selected text; empty when start == end."""
        if self.anchor is None:
            return self.cursor, self.cursor
        return min(self.anchor, self.cursor), max(self.anchor, self.cursor)

    @property
    def selected_text(self) -> str:
        start, end = self.selection
        return self.text[start:end]

    def set_text(self, text: str, cursor: int | None = None) -> None:
        """Replace the text from outside (after an undo in the editor's history, say)."""
        self.text = clean(text, True)[: self.max_length]
        self.cursor = len(self.text) if cursor is None else max(0, min(cursor, len(self.text)))
        self.anchor = None
        self.composition = ""
        self._typing_run = False

    def focus_lost(self) -> None:
        self.anchor = None
        self.composition = ""
        self._typing_run = False

    def update(self, dt: float) -> None:
        self.blink += dt

    def still_for(self) -> float:
        """Seconds until the cursor (drawn when focused) blinks on or off."""
        return blink_wait(self.blink, BLINK_SECONDS)

    # -- editing --------------------------------------------------------------------------
    def _remember(self, typing: bool) -> None:
        if self.undo_hook is not None:
            return
        if typing and self._typing_run:
            return
        self._undo.append(_Snapshot(self.text, self.cursor))
        del self._undo[:-200]
        self._redo.clear()
        self._typing_run = typing

    def _replace_selection(self, piece: str, typing: bool = False) -> bool:
        start, end = self.selection
        room = self.max_length - (len(self.text) - (end - start))
        piece = piece[:max(0, room)]
        if not piece and start == end:
            return False
        self._remember(typing and start == end)
        self.text = self.text[:start] + piece + self.text[end:]
        self.cursor = start + len(piece)
        self.anchor = None
        return True

    def _word_left(self, index: int) -> int:
        while index > 0 and not _word_char(self.text[index - 1]):
            index -= 1
        while index > 0 and _word_char(self.text[index - 1]):
            index -= 1
        return index

    def _word_right(self, index: int) -> int:
        n = len(self.text)
        while index < n and not _word_char(self.text[index]):
            index += 1
        while index < n and _word_char(self.text[index]):
            index += 1
        return index

    def _line_of(self, index: int) -> int:
        line = 0
        for number, start in enumerate(self._starts):
            if start <= index:
                line = number
        return line

    def _line_bounds(self, index: int) -> tuple[int, int]:
        line = self._line_of(index)
        start = self._starts[line]
        end = self._starts[line + 1] if line + 1 < len(self._starts) else len(self.text)
        if end > start and line + 1 < len(self._starts) and self.text[end - 1] in " \n":
            end -= 1
        return start, end

    def _move(self, target: int, select: bool) -> str:
        target = max(0, min(len(self.text), target))
        if select:
            if self.anchor is None:
                self.anchor = self.cursor
        else:
            self.anchor = None
        self.cursor = target
        if self.anchor == self.cursor:
            self.anchor = None
        self._typing_run = False
        return MOVE

    def handle(self, action: A.Action) -> str | None:
        """Apply one action; returns what happened, or None when the box had no use for it."""
        result = self._handle(action)
        if result is not None:
            self.blink = 0.0
        return result

    def _handle(self, action: A.Action) -> str | None:
        if isinstance(action, A.TypeText):
            self.composition = ""
            return EDIT if self._replace_selection(clean(action.text, self.multiline), typing=True) else MOVE
        if isinstance(action, A.ComposeText):
            self.composition = clean(action.text)
            self.composition_cursor = max(0, min(action.cursor, len(self.composition)))
            return MOVE
        if isinstance(action, A.Click):
            return self._move(self.index_at(action.pos), False) if self.rect.collidepoint(action.pos) else None
        if not isinstance(action, A.EditKey):
            return None
        key, shift, ctrl = action.key, action.shift, action.ctrl
        start, end = self.selection
        if key == "left":
            if self.anchor is not None and not shift:
                return self._move(start, False)
            return self._move(self._word_left(self.cursor) if ctrl else self.cursor - 1, shift)
        if key == "right":
            if self.anchor is not None and not shift:
                return self._move(end, False)
            return self._move(self._word_right(self.cursor) if ctrl else self.cursor + 1, shift)
        if key == "home":
            return self._move(0 if ctrl else self._line_bounds(self.cursor)[0], shift)
        if key == "end":
            return self._move(len(self.text) if ctrl else self._line_bounds(self.cursor)[1], shift)
        if key == "backspace":
            if start == end:
                if self.cursor == 0:
                    return MOVE
                self.anchor = self._word_left(self.cursor) if ctrl else self.cursor - 1
            return EDIT if self._replace_selection("") else MOVE
        if key == "delete":
            if start == end:
                if self.cursor == len(self.text):
                    return MOVE
                self.anchor = self._word_right(self.cursor) if ctrl else self.cursor + 1
            return EDIT if self._replace_selection("") else MOVE
        if not ctrl:
            return None
        if key == "a":
            self.anchor, self.cursor = (0, len(self.text)) if self.text else (None, 0)
            return MOVE
        if key in ("c", "insert"):
            if start != end:
                self.clipboard.put(self.selected_text)
            return MOVE
        if key == "x":
            if start == end:
                return MOVE
            self.clipboard.put(self.selected_text)
            return EDIT if self._replace_selection("") else MOVE
        if key == "v":
            pasted = clean(self.clipboard.get(), self.multiline)
            return EDIT if pasted and self._replace_selection(pasted) else MOVE
        if key == "z" and not shift:
            return self._undo_step()
        if key == "y" or (key == "z" and shift):
            return self._redo_step()
        return None

    def _undo_step(self) -> str:
        self._typing_run = False
        if self.undo_hook is not None:
            self.undo_hook()
            return UNDO
        if not self._undo:
            return MOVE
        self._redo.append(_Snapshot(self.text, self.cursor))
        snapshot = self._undo.pop()
        self.text, self.cursor, self.anchor = snapshot.text, snapshot.cursor, None
        return EDIT

    def _redo_step(self) -> str:
        self._typing_run = False
        if self.redo_hook is not None:
            self.redo_hook()
            return REDO
        if not self._redo:
            return MOVE
        self._undo.append(_Snapshot(self.text, self.cursor))
        snapshot = self._redo.pop()
        self.text, self.cursor, self.anchor = snapshot.text, snapshot.cursor, None
        return EDIT

    # -- layout and drawing ---------------------------------------------------------------
    @property
    def shown_text(self) -> str:
        """The text with what is being composed placed at the cursor."""
        return self.text[: self.cursor] + self.composition + self.text[self.cursor:]

    def layout(self, rect: pygame.Rect, font: pygame.font.Font) -> None:
        """Wrap the text for the box `rect` in `font`; keeps the cursor's line in view."""
        self.rect = pygame.Rect(rect)
        self._font = font
        shown = self.shown_text
        key = (shown, rect.w, id(font))
        if key != self._layout_key:
            self._starts = wrap_starts(font, shown, max(1, rect.w))
            self._layout_key = key
        rows = self.visible_rows
        line = self._line_of(self.cursor + len(self.composition))
        if line < self._first_line:
            self._first_line = line
        elif line >= self._first_line + rows:
            self._first_line = line - rows + 1
        self._first_line = max(0, min(self._first_line, max(0, len(self._starts) - rows)))

    @property
    def visible_rows(self) -> int:
        if self._font is None:
            return 1
        return max(1, self.rect.h // max(1, self._font.get_linesize()))

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def index_at(self, pos: tuple[int, int]) -> int:
        """The text position nearest to a point in the box (where a click puts the cursor)."""
        if self._font is None or not self.text:
            return len(self.text)
        step = self._font.get_linesize()
        line = self._first_line + max(0, (pos[1] - self.rect.y) // max(1, step))
        line = min(line, len(self._starts) - 1)
        start = self._starts[line]
        end = self._starts[line + 1] if line + 1 < len(self._starts) else len(self.text)
        if line + 1 < len(self._starts) and end > start and self.text[end - 1] in " \n":
            end -= 1
        x = pos[0] - self.rect.x
        best, best_distance = start, abs(x)
        for index in range(start + 1, end + 1):
            distance = abs(self._font.size(self.text[start:index])[0] - x)
            if distance <= best_distance:
                best, best_distance = index, distance
        return best

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, colour=None,
             placeholder_colour=None) -> None:
        """Draw the text (laid out by `layout`) with its selection, composition and cursor."""
        font = self._font
        if font is None:
            return
        colour = colour or theme.text
        shown = self.shown_text
        if not shown and not focused and self.placeholder:
            picture = font.render(self.placeholder, True, placeholder_colour or mix(theme.text_muted, theme.panel, 0.3))
            surface.blit(picture, self.rect.topleft, area=pygame.Rect(0, 0, self.rect.w, self.rect.h))
            return
        step = font.get_linesize()
        clip = surface.get_clip()
        surface.set_clip(self.rect.inflate(4, 2).clip(clip) if clip else self.rect.inflate(4, 2))
        sel_start, sel_end = self.selection
        comp_start, comp_end = self.cursor, self.cursor + len(self.composition)
        # Selection and composition positions are in `text`; shown text has the composition inserted.
        if self.composition:
            sel_start = sel_end = 0
        for row in range(self.visible_rows + 1):
            line = self._first_line + row
            if line >= len(self._starts):
                break
            start = self._starts[line]
            end = self._starts[line + 1] if line + 1 < len(self._starts) else len(shown)
            piece = shown[start:end].rstrip("\n")
            y = self.rect.y + row * step
            if sel_start != sel_end and sel_start < end and sel_end > start:
                a, b = max(sel_start, start), min(sel_end, end)
                x0 = font.size(shown[start:a])[0]
                x1 = font.size(shown[start:b])[0]
                pygame.draw.rect(surface, theme.accent_soft if not theme.high_contrast else theme.focus_ring,
                                 pygame.Rect(self.rect.x + x0, y, max(2, x1 - x0), step))
            if piece.strip():
                surface.blit(font.render(piece, True, colour), (self.rect.x, y))
            if self.composition and comp_start < end + 1 and comp_end > start:
                a, b = max(comp_start, start), min(comp_end, end)
                x0 = font.size(shown[start:a])[0]
                x1 = font.size(shown[start:b])[0]
                pygame.draw.line(surface, theme.accent, (self.rect.x + x0, y + step - 2),
                                 (self.rect.x + x1, y + step - 2), 2)
        if focused and (self.blink % BLINK_SECONDS) < BLINK_SECONDS * 0.6:
            at = self.cursor + (self.composition_cursor if self.composition else 0)
            line = self._line_of(at)
            row = line - self._first_line
            if 0 <= row <= self.visible_rows:
                x = self.rect.x + font.size(shown[self._starts[line]:at])[0]
                y = self.rect.y + row * step
                width = max(2, step // 14)
                pygame.draw.rect(surface, theme.focus_ring if theme.high_contrast else theme.accent,
                                 pygame.Rect(x - width // 2, y + step * 0.08, width, step * 0.84))
        surface.set_clip(clip)


def draw_box_frame(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, focused: bool, faulty: bool,
                   unit: float) -> None:
    """The well a text box sits in: darker than the panel, gold when focused, red when wrong."""
    edge = theme.wrong if faulty else (theme.focus_ring if focused else theme.panel_edge)
    fill = (0, 0, 0) if theme.high_contrast else scale(theme.panel, 0.62)
    draw_panel(surface, rect, fill, radius_frac=min(0.3, 12 / max(1, rect.h)), edge=edge,
               edge_width=max(2 if focused or faulty else 1, round(unit * 0.003)))
