"""Pieces the review and edit screens share: how a question is summed up and drawn small,
the source sentence in context, and the dialogs that ask before anything is lost."""

from __future__ import annotations

import pygame

from game.editor.context import QuoteContext
from game.editor.fields import text_of
from game.editor.session import Mark
from game.editor.words import difficulty as difficulty_words
from game.editor.words import truth, type_heading, type_label
from game.i18n import N_, _, ngettext, pgettext
from game.i18n.formats import format_number
from game.packs.questiontypes import QUESTION_TYPES as TYPE_DECLARATIONS
from game.ui.input import actions as A
from game.ui.kit.fx import draw_panel, icon, shape_icon
from game.ui.kit.layout import Screen, centred, split_columns, split_rows
from game.ui.kit.overlays import dim
from game.ui.kit.text import TextRenderer
from game.ui.kit.theme import Theme

# Each question type has the shape and colour of one answer tile, so the list reads at a glance.
TYPE_SHAPE = {"choice": ("triangle", 0), "truefalse": ("diamond", 1), "number": ("circle", 2), "text": ("square", 3)}
# Translators: the review marks of a question
MARK_WORDS = {Mark.KEPT: N_("Kept"), Mark.DROPPED: N_("Dropped"), Mark.UNREVIEWED: N_("Not reviewed yet")}


def mark_words(mark: Mark) -> str:
    return _(MARK_WORDS[mark])


def answer_summary(question: dict) -> str:
    """The right answer as a reviewer wants to see it: '1996 (±1 km)', 'False', 'Sochi'."""
    qtype = question.get("type")
    answer = question.get("answer")
    if qtype == "truefalse":
        return truth(answer) if isinstance(answer, bool) else text_of(answer)
    if qtype == "number":
        text = text_of(answer) or "?"
        tolerance = question.get("tolerance")
        if tolerance:
            text += f" \u00b1{text_of(tolerance)}"
        unit = question.get("unit")
        return f"{text} {unit}" if unit else text
    return text_of(answer)


def counter_line(counts: dict[Mark, int]) -> str:
    """'3 kept · 1 dropped · 8 unreviewed'."""
    parts = [ngettext("{count} kept", "{count} kept", counts[Mark.KEPT]),
             ngettext("{count} dropped", "{count} dropped", counts[Mark.DROPPED]),
             ngettext("{count} unreviewed", "{count} unreviewed", counts[Mark.UNREVIEWED])]
    numbers = [counts[Mark.KEPT], counts[Mark.DROPPED], counts[Mark.UNREVIEWED]]
    return " \u00b7 ".join(part.format(count=format_number(n)) for part, n in zip(parts, numbers))


def draw_type_badge(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, text: TextRenderer, qtype: str,
                    px: int, with_label: bool = True) -> None:
    """The question type as a tile shape in its colour, with its name beside it."""
    shape, index = TYPE_SHAPE.get(qtype, ("hexagon", 5))
    size = min(rect.h, round(px * 1.2))
    picture = shape_icon(shape, size, theme.tile_colour(index), theme.text if theme.high_contrast else None)
    surface.blit(picture, picture.get_rect(midleft=(rect.x, rect.centery)))
    if with_label:
        box = pygame.Rect(rect.x + size + px // 2, rect.y, max(1, rect.w - size - px // 2), rect.h)
        text.fit(type_heading(qtype), box.size, px=px, colour=theme.text_muted,
                 align="left", max_lines=1).draw(surface, box)


def draw_question_info(surface: pygame.Surface, rect: pygame.Rect, screen: Screen, theme: Theme,
                       text: TextRenderer, heading: str, qtype: str, difficulty: str | None) -> None:
    """'Question 3 of 12', the type's shape and name, and the difficulty, in one line that fits."""
    px = screen.text_px(theme, theme.size_small)
    while True:
        parts = [text.line(heading, px, style="bold", colour=theme.text),
                 text.line(type_heading(qtype), px, colour=theme.text_muted)]
        if difficulty:
            parts.append(text.line(difficulty_words(difficulty), px, colour=theme.text_muted))
        shape_w = round(px * 1.2)
        gap = px
        total = sum(p.surface.get_width() for p in parts) + shape_w + px // 2 + gap * (len(parts) - 1)
        if total <= rect.w or px <= 8:
            break
        px -= 1
    x = rect.x
    for index, picture in enumerate(parts):
        if index == 1:
            shape, colour_index = TYPE_SHAPE.get(qtype, ("hexagon", 5))
            icon_picture = shape_icon(shape, shape_w, theme.tile_colour(colour_index),
                                      theme.text if theme.high_contrast else None)
            surface.blit(icon_picture, icon_picture.get_rect(midleft=(x, rect.centery)))
            x += shape_w + px // 2
        picture.draw_at(surface, midleft=(x, rect.centery))
        x += picture.surface.get_width() + gap


def mark_colour(theme: Theme, mark: Mark):
    return {Mark.KEPT: theme.correct, Mark.DROPPED: theme.wrong, Mark.UNREVIEWED: theme.text_muted}[mark]


def draw_mark(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, mark: Mark) -> None:
    """A tick for kept, a cross for dropped, a hollow ring for not reviewed yet."""
    size = min(rect.w, rect.h)
    colour = mark_colour(theme, mark)
    if mark is Mark.UNREVIEWED:
        pygame.draw.circle(surface, colour, rect.center, size * 0.32, max(2, size // 10))
        return
    picture = icon("check" if mark is Mark.KEPT else "cross", size, colour)
    surface.blit(picture, picture.get_rect(center=rect.center))


def draw_context(surface: pygame.Surface, rect: pygame.Rect, screen: Screen, theme: Theme, text: TextRenderer,
                 context: QuoteContext | None) -> None:
    """The source sentence highlighted between the sentences before and after it."""
    draw_panel(surface, rect, theme.panel, radius_frac=0.04, edge=theme.panel_edge,
               edge_width=max(1, screen.px(0.002)))
    inner = rect.inflate(-screen.px(0.04), -screen.px(0.04))
    px = screen.text_px(theme, theme.size_small)
    title = (_("From the document: {document}").format(document=context.document) if context and context.document
             else _("From the document"))
    head = text.fit(title, (inner.w, px * 3), px=max(8, round(px * 0.9)), style="bold", colour=theme.accent,
                    align="left", max_lines=2)
    head.draw(surface, pygame.Rect(inner.x, inner.y, inner.w, head.surface.get_height()))
    body = pygame.Rect(inner.x, inner.y + head.surface.get_height() + screen.px(0.015), inner.w,
                       inner.bottom - inner.y - head.surface.get_height() - screen.px(0.015))
    if context is None:
        text.fit(_("This question does not say which sentence it came from."), body.size, px=px,
                 colour=theme.text_muted, align="left", valign="top").draw(surface, body)
        return
    before = " ".join(context.before)
    after = " ".join(context.after)
    if not context.before and not context.after and not context.document:
        after = _("(the document itself could not be found, so only the quote is shown)")
    gap, pad = screen.px(0.012), screen.px(0.01)
    small = max(8, round(px * 0.92))
    # The quoted sentence first, as large as it can be in up to 60% of the panel; the sentences
    # around it share what is left, each cut at its far end (never next to the quote).
    sentence = text.fit(context.sentence, (body.w - 2 * pad, round(body.h * 0.6) - 2 * pad), px=px,
                        min_px=px, style="bold", colour=theme.text, align="left")
    if not sentence.fits:  # the quote is never cut: it may take the whole panel, smaller
        sentence = text.fit(context.sentence, (body.w - 2 * pad, body.h - 2 * pad), px=px,
                            min_px=max(8, round(px * 0.4)), style="bold", colour=theme.text, align="left")
    small = min(small, max(8, round(sentence.px * 0.92)))
    middle_h = sentence.surface.get_height() + 2 * pad
    room = max(0, body.h - middle_h - 2 * gap)
    line = round(text.fonts.get("body", small).get_linesize() * 1.08) + 1
    needs = [len(text.fit(part, (body.w, 100000), px=small, min_px=small).lines) if part else 0
             for part in (before, after)]
    rows, free = [0, 0], room // line
    while free > 0 and (rows[0] < needs[0] or rows[1] < needs[1]):  # a line each in turn
        for index in (0, 1):
            if free > 0 and rows[index] < needs[index]:
                rows[index] += 1
                free -= 1
    y = body.y
    if before and rows[0]:
        shown = tail_that_fits(text, before, body.w, rows[0], small)
        height = rows[0] * line
        text.fit(shown, (body.w, height), px=small, min_px=small, colour=theme.text_muted, align="left",
                 valign="bottom").draw(surface, pygame.Rect(body.x, y, body.w, height))
        y += height + gap
    highlight = pygame.Rect(body.x - pad // 2, y, body.w + pad, middle_h)
    draw_panel(surface, highlight, theme.accent_soft if not theme.high_contrast else theme.panel_raised,
               radius_frac=0.08, edge=theme.accent, edge_width=max(1, screen.px(0.003)))
    sentence.draw(surface, highlight.inflate(-pad, -2 * pad))
    y += middle_h + gap
    if after and rows[1]:
        height = rows[1] * line
        text.fit(after, (body.w, height), px=small, min_px=small, colour=theme.text_muted, align="left",
                 valign="top", max_lines=rows[1]).draw(surface, pygame.Rect(body.x, y, body.w, height))


def tail_that_fits(text: TextRenderer, words: str, width: int, lines: int, px: int) -> str:
    """The end of `words` that fits in `lines` lines at `px`, starting with an ellipsis if cut."""
    pieces = words.split()
    if len(text.fit(words, (width, 100000), px=px, min_px=px).lines) <= lines:
        return words
    low, high = 1, len(pieces)
    while low < high:  # the fewest words to drop from the front
        mid = (low + high) // 2
        candidate = "\u2026 " + " ".join(pieces[mid:])
        if len(text.fit(candidate, (width, 100000), px=px, min_px=px).lines) <= lines:
            high = mid
        else:
            low = mid + 1
    return "\u2026 " + " ".join(pieces[low:])


def question_row_height(screen: Screen, theme: Theme, text: TextRenderer) -> int:
    """A list row holds two lines of the question at the small type size, whatever the scale."""
    line = text.fonts.get("body", screen.text_px(theme, theme.size_small)).get_linesize()
    return 2 * line + max(6, line // 2)


def draw_question_row(surface: pygame.Surface, rect: pygame.Rect, screen: Screen, theme: Theme,
                      text: TextRenderer, number: int, question: dict, mark: Mark | None, focused: bool,
                      faulty: bool) -> None:
    """One question in a list: its mark, number, type shape, prompt, answer and difficulty."""
    dropped = mark is Mark.DROPPED
    fill = theme.panel_raised if focused else theme.panel
    edge = theme.focus_ring if focused else (theme.wrong if faulty else theme.panel_edge)
    draw_panel(surface, rect, fill, radius_frac=0.2, edge=edge,
               edge_width=max(2 if focused or faulty else 1, screen.px(0.003 if focused else 0.002)))
    px = screen.text_px(theme, theme.size_small)
    inner = rect.inflate(-screen.px(0.02), -max(4, px // 3))
    weights = [0.035, 0.05, 0.035, 0.52, 0.26, 0.1] if mark is not None else [0, 0.05, 0.035, 0.555, 0.26, 0.1]
    cells = split_columns(inner, weights, screen.px(0.01))
    ink = theme.text_muted if dropped else theme.text
    if mark is not None:
        draw_mark(surface, cells[0], theme, mark)
    text.fit(str(number), cells[1].size, px=px, colour=theme.text_muted, align="right").draw(surface, cells[1])
    draw_type_badge(surface, cells[2], theme, text, str(question.get("type")), px, with_label=False)
    prompt = str(question.get("prompt") or "") or _("(no question written yet)")
    text.fit(prompt, cells[3].size, px=px, min_px=px, colour=ink, align="left", max_lines=2).draw(surface, cells[3])
    text.fit(answer_summary(question) or "?", cells[4].size, px=px, min_px=px, style="bold",
             colour=theme.text_muted if dropped else theme.accent, align="left", max_lines=2).draw(surface, cells[4])
    difficulty = question.get("difficulty")
    tail = cells[5]
    if faulty:
        dot = pygame.Rect(0, 0, round(px * 1.2), round(px * 1.2))
        dot.midright = tail.midright
        pygame.draw.circle(surface, theme.wrong, dot.center, dot.w / 2)
        text.fit("!", dot.size, px=px, style="bold", colour=theme.text_dark).draw(surface, dot)
        tail = pygame.Rect(tail.x, tail.y, max(1, tail.w - dot.w - px // 3), tail.h)
    if isinstance(difficulty, str):
        text.fit(difficulty_words(difficulty), tail.size, px=px, colour=theme.text_muted, align="left",
                 max_lines=1).draw(surface, tail)


def draw_scrollbar(surface: pygame.Surface, area: pygame.Rect, screen: Screen, theme: Theme, first: int,
                   shown: int, total: int) -> None:
    """A thin bar at the right of a list saying which part of it is on screen."""
    if total <= shown:
        return
    track = pygame.Rect(area.right + screen.px(0.006), area.y, screen.px(0.008), area.h)
    pygame.draw.rect(surface, theme.panel, track, border_radius=track.w // 2)
    thumb = pygame.Rect(track.x, track.y + track.h * first / total, track.w, max(track.w, track.h * shown / total))
    pygame.draw.rect(surface, theme.accent_soft, thumb, border_radius=track.w // 2)


class ButtonBar:
    """A row of buttons for the mouse; each also has a key, shown on it. Labels are marked
    with N_ and translated as they are drawn."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self.items = items
        self.rects: list[pygame.Rect] = []
        self.hover: str | None = None

    def layout(self, rect: pygame.Rect, gap: int, weights: list[float] | None = None) -> None:
        self.rects = split_columns(rect, weights or [1] * len(self.items), gap)

    def at(self, pos: tuple[int, int]) -> str | None:
        for (key, _label), rect in zip(self.items, self.rects):
            if rect.collidepoint(pos):
                return key
        return None

    def point(self, pos: tuple[int, int]) -> None:
        self.hover = self.at(pos)

    def draw(self, surface: pygame.Surface, screen: Screen, theme: Theme, text: TextRenderer,
             disabled: set[str] = frozenset(), strong: set[str] = frozenset()) -> None:
        px = screen.text_px(theme, theme.size_small)
        # One size for the whole bar, wrapping to two lines before shrinking (never cut: two
        # buttons both reading "Move…" would say nothing).
        shared = min((text.trial(_(label), (rect.w - px, rect.h * 0.8), px=px, min_px=screen.min_text_px(theme),
                                 style="bold", max_lines=2, line_spacing=0.92).px
                      for (_key, label), rect in zip(self.items, self.rects)), default=px)
        for (key, label), rect in zip(self.items, self.rects):
            off = key in disabled
            lit = key in strong and not off
            fill = theme.accent if lit else (theme.panel_raised if self.hover == key and not off else theme.panel)
            draw_panel(surface, rect, fill, radius_frac=0.5,
                       edge=theme.focus_ring if self.hover == key and not off else theme.panel_edge,
                       edge_width=max(1, screen.px(0.003)))
            ink = theme.text_dark if lit else (theme.text_muted if off else theme.text)
            text.fit(_(label), (rect.w - px, rect.h * 0.8), px=shared, min_px=screen.min_text_px(theme), style="bold",
                     colour=ink, max_lines=2, line_spacing=0.92).draw(surface, rect)


class ChoiceDialog:
    """A question with a few answers, e.g. "Unsaved changes: save, discard or cancel?".

    Left/Right (or Tab, Up/Down) move, Enter picks, Esc cancels, the first letter of an answer
    picks it, a click picks the button under it. `handle` returns the chosen key, or None.
    """

    def __init__(self, theme: Theme, text: TextRenderer, message: str, options: list[tuple[str, str]],
                 cancel: str = "cancel", detail: str = "", hotkeys: dict[str, str] | None = None) -> None:
        self.theme, self.text = theme, text
        self.message, self.detail = message, detail
        self.options = options
        self.cancel = cancel
        if hotkeys is None:
            firsts = [label[:1].lower() for _key, label in options]
            hotkeys = {f: key for f, (key, _label) in zip(firsts, options) if firsts.count(f) == 1}
        self.hotkeys = hotkeys
        self.focus = 0
        self.buttons: list[pygame.Rect] = []

    def handle(self, action: A.Action) -> str | None:
        if isinstance(action, A.Navigate):
            step = action.dx or action.dy
            self.focus = (self.focus + step) % len(self.options)
        elif isinstance(action, A.EditKey) and action.key in ("left", "right"):
            self.focus = (self.focus + (1 if action.key == "right" else -1)) % len(self.options)
        elif isinstance(action, A.Back):
            return self.cancel
        elif isinstance(action, A.Confirm):
            return self.options[self.focus][0]
        elif isinstance(action, (A.Hotkey, A.TypeText, A.Pause)):
            # P reaches a menu screen as Pause; in a dialog it is a letter like any other.
            letter = "p" if isinstance(action, A.Pause) else (action.key if isinstance(action, A.Hotkey) else action.text)
            if letter.lower() in self.hotkeys:
                return self.hotkeys[letter.lower()]
        elif isinstance(action, A.Point):
            for index, rect in enumerate(self.buttons):
                if rect.collidepoint(action.pos):
                    self.focus = index
        elif isinstance(action, A.Click):
            for index, rect in enumerate(self.buttons):
                if rect.collidepoint(action.pos):
                    return self.options[index][0]
        return None

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.theme
        screen = Screen(*surface.get_size())
        dim(surface, theme)
        card = centred(screen.rect, min(screen.width - screen.px(0.06), round(screen.unit * 1.3)),
                       round(screen.unit * (0.56 if self.detail else 0.46)))
        draw_panel(surface, card, theme.panel, radius_frac=0.06, edge=theme.accent, edge_width=max(2, screen.px(0.004)))
        inner = card.inflate(-screen.px(0.08), -screen.px(0.07))
        weights = [0.34, 0.28, 0.38] if self.detail else [0.55, 0.001, 0.45]
        message, detail, buttons = split_rows(inner, weights, screen.px(0.02))
        self.text.fit(self.message, message.size, px=screen.text_px(theme, theme.size_heading * 0.72),
                      style="bold", colour=theme.text).draw(surface, message)
        if self.detail:
            self.text.fit(self.detail, detail.size, px=screen.text_px(theme, theme.size_small),
                          colour=theme.text_muted).draw(surface, detail)
        self.buttons = [r.inflate(0, -r.h // 6) for r in split_columns(buttons, [1] * len(self.options), screen.px(0.025))]
        px = screen.text_px(theme, theme.size_body)
        for index, (rect, (_key, label)) in enumerate(zip(self.buttons, self.options)):
            focused = index == self.focus
            draw_panel(surface, rect, theme.accent if focused else theme.panel_raised, radius_frac=0.5,
                       edge=theme.focus_ring if focused else theme.panel_edge, edge_width=max(2, screen.px(0.004)))
            self.text.fit(label, (rect.w - px, rect.h * 0.8), px=px, style="bold",
                          colour=theme.text_dark if focused else theme.text).draw(surface, rect)


def type_picker(theme: Theme, text: TextRenderer) -> ChoiceDialog:
    """Which kind of question to add."""
    kinds = list(TYPE_DECLARATIONS.values())
    return ChoiceDialog(theme, text, _("Add a question of which kind?"),
                        [(kind.name, f"{number} {capitalised(type_label(kind.name))}")
                         for number, kind in enumerate(kinds, 1)]
                        + [("cancel", pgettext("pack editor", "Cancel"))],
                        hotkeys={str(number): kind.name for number, kind in enumerate(kinds, 1)})


def question_of(index: int, total: int) -> str:
    """'Question 3 of 12' for the question at `index` (from 0)."""
    return _("Question {number} of {total}").format(number=format_number(index + 1), total=format_number(total))


def capitalised(words: str) -> str:
    """The first letter made a capital, the rest as it is (unlike str.capitalize)."""
    return words[:1].upper() + words[1:]


__all__ = ["MARK_WORDS", "ButtonBar", "capitalised", "mark_words", "question_of", "ChoiceDialog", "draw_question_info", "draw_question_row",
           "draw_scrollbar",
           "question_row_height", "answer_summary", "counter_line", "draw_context",
           "draw_mark", "draw_type_badge", "type_picker"]
