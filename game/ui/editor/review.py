"""Review: read each generated question beside the sentence it came from, and keep or drop it.

One question at a time (or all of them as a list, L): K keeps it and goes on, X drops it and
goes on, Enter edits it, A adds one, Ctrl+S saves the kept and the unreviewed questions (never
the dropped ones), P plays them. The counter says how many are kept, dropped and unreviewed.
Questions the generator doubted come first, the least confident first, each with its doubts
named ("pronoun", "needs the document"); the pack keeps its own order when saved.
"""

from __future__ import annotations

from dataclasses import replace

import pygame

from game.editor import Mark
from game.editor.fields import text_of
from game.editor.words import truth
from game.i18n import N_, _, pgettext
from game.i18n.formats import format_number
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints
from game.ui.editor.parts import (ButtonBar, answer_summary, counter_line, draw_context, draw_mark,
                                  draw_question_info, draw_question_row, draw_scrollbar, mark_colour, mark_words,
                                  question_of, question_row_height, type_picker)
from game.ui.kit.fx import draw_panel, icon
from game.ui.input.keymap import MENU
from game.ui.kit.layout import Screen, grid, split_columns, split_rows
from game.ui.editor.base import EditorScene, is_ctrl


def option_rows(question: dict) -> tuple[list[tuple[str, bool]], str]:
    """The options a player would see, each with whether it is right, and a note (accepted answers)."""
    qtype = question.get("type")
    wrong = question.get("wrong") if isinstance(question.get("wrong"), list) else []
    if qtype == "truefalse":
        answer = question.get("answer")
        return [(truth(True), answer is True), (truth(False), answer is False)], ""
    rows = [(answer_summary(question) or _("(no answer yet)"), True)] + [(text_of(w) or _("(empty)"), False)
                                                                          for w in wrong]
    note = ""
    if qtype == "text":
        accept = question.get("accept") if isinstance(question.get("accept"), list) else []
        note = (_("Also accepted: {answers}").format(answers=", ".join(text_of(a) for a in accept)) if accept
                else _("Players type the answer; case, accents and small typos are forgiven."))
    elif qtype == "number":
        note = (_("Players type a number. The wrong options are used when teams play it as a choice.") if wrong
                else _("Players type a number."))
    return rows, note


def doubt_name(doubt: str) -> str:
    """A doubt the generator wrote under `meta:` in the reviewer's language; one this version
    does not know (a newer generator's, or typed by hand) is shown as written."""
    names = {
        "guessed kind": pgettext("generator doubt", "guessed kind"),
        "key term": pgettext("generator doubt", "key term"),
        "pronoun": pgettext("generator doubt", "pronoun"),
        "reference": pgettext("generator doubt", "reference"),
        "quotation": pgettext("generator doubt", "quotation"),
        "complex clause": pgettext("generator doubt", "complex clause"),
        "needs the document": pgettext("generator doubt", "needs the document"),
        "bare name": pgettext("generator doubt", "bare name"),
        "no options": pgettext("generator doubt", "no options"),
        "made-up options": pgettext("generator doubt", "made-up options"),
        "options": pgettext("generator doubt", "options"),
        "detail": pgettext("generator doubt", "detail"),
        "passer-by": pgettext("generator doubt", "passer-by"),
        "obvious": pgettext("generator doubt", "obvious"),
        "hint in the prompt": pgettext("generator doubt", "hint in the prompt"),
        "long prompt": pgettext("generator doubt", "long prompt"),
    }
    return names.get(doubt, doubt)


def doubt_line(confidence: float | None, doubts: list[str]) -> str:
    """"Doubted by the generator (confidence 0.58): pronoun, needs the document", the doubts
    named in the reviewer's language."""
    named = ", ".join(doubt_name(str(doubt)) for doubt in doubts)
    if confidence is None:
        return _("Doubted by the generator: {doubts}").format(doubts=named)
    return _("Doubted by the generator (confidence {confidence}): {doubts}").format(
        confidence=format_number(confidence, 2), doubts=named)


class ReviewScene(EditorScene):
    name = "review"
    title = N_("Review questions")
    input_mode = MENU
    help_keys = (("K", N_("keep, and go to the next question")), ("X", N_("drop, and go to the next question")),
                 ("U", N_("mark as not reviewed")), (N_("Enter or E"), N_("edit this question")),
                 (N_("Left, Right"), N_("previous, next question")), ("L", N_("list, or one at a time")),
                 ("A", N_("add a question")), ("Ctrl+Z, Ctrl+Y", N_("undo, redo")),
                 ("Ctrl+S", N_("save the kept and unreviewed questions")), ("P", N_("play them")),
                 ("Esc", N_("close (asks before losing changes)")))

    @property
    def sequence(self) -> list[int]:
        """The questions in the order they are reviewed (doubted ones first)."""
        return self.session.review_order()

    def enter_editor(self) -> None:
        session = self.session
        order = self.sequence
        if self.editing.current in order:
            self.index = order.index(self.editing.current)
        else:
            unreviewed = [i for i, uid in enumerate(order) if session.mark(uid) is Mark.UNREVIEWED]
            self.index = unreviewed[0] if unreviewed else 0
        self.view = self.editing.view
        self.scroll = 0
        self.screen = Screen(1280, 720)
        self._per_page = 6               # until the first layout measures it
        self.steps = ButtonBar([("prev", N_("\u2039 Previous")), ("keep", N_("Keep  K")), ("drop", N_("Drop  X")),
                                ("edit", N_("Edit  Enter")), ("next", N_("Next \u203a"))])
        self.tools = ButtonBar([("view", N_("List  L")), ("add", N_("Add  A")), ("save", N_("Save  Ctrl+S")),
                                ("play", N_("Play  P"))])
        self.row_rects: list[tuple[int, pygame.Rect]] = []

    # -- state ----------------------------------------------------------------------------
    @property
    def uid(self) -> int | None:
        order = self.sequence
        return order[self.index] if 0 <= self.index < len(order) else None

    def _clamp(self) -> None:
        count = len(self.session.order)
        self.index = max(0, min(self.index, count - 1)) if count else 0
        if self.index < self.scroll:
            self.scroll = self.index
        elif self.index >= self.scroll + self.per_page:
            self.scroll = self.index - self.per_page + 1
        self.scroll = max(0, min(self.scroll, max(0, count - self.per_page)))

    @property
    def per_page(self) -> int:
        return max(1, self._per_page)

    def go(self, step: int) -> None:
        self.index += step
        self._clamp()

    def mark_and_go_on(self, mark: Mark) -> None:
        uid = self.uid
        if uid is None:
            return
        self.session.set_mark(uid, mark)
        self.services.sound.play("lock_in")
        order = self.sequence
        if self.index + 1 < len(order):
            self.index += 1
        else:
            unreviewed = [i for i, u in enumerate(order) if self.session.mark(u) is Mark.UNREVIEWED]
            if unreviewed:
                self.index = unreviewed[0]
            else:
                self.services.notice.show(_("Every question is reviewed: Ctrl+S saves the kept ones, P plays them."),
                                          4.0)
        self._clamp()

    def edit(self, uid: int | None = None) -> None:
        uid = uid if uid is not None else self.uid
        if uid is not None:
            self.finish("edit", replace(self.editing, current=uid, back_to="review", view=self.view))

    def dialog_answered(self, purpose: str, choice: str, then: str | None) -> None:
        if purpose == "type":
            if choice != "cancel":
                at = self.session.order.index(self.uid) + 1 if self.uid is not None else None
                self.edit(self.session.add_question(choice, at))
            return
        super().dialog_answered(purpose, choice, then)

    def history_moved(self, step) -> None:
        if step.focus and step.focus.uid in self.session.order:
            self.index = self.sequence.index(step.focus.uid)
        self._clamp()

    # -- input ----------------------------------------------------------------------------
    def handle(self, action: A.Action) -> None:
        if self.handle_dialog(action) or self.handle_history(action):
            return
        if is_ctrl(action, "s"):
            self.start_save()
        elif isinstance(action, A.Back):
            self.request_close()
        elif isinstance(action, A.Pause):
            self.request_play()
        elif isinstance(action, A.Hotkey) and not action.ctrl:
            self._hotkey(action.key)
        elif isinstance(action, A.Confirm):
            self.edit()
        elif isinstance(action, A.Navigate):
            step = action.dy if self.view == "list" else (action.dx or action.dy)
            self.go(step)
        elif isinstance(action, A.Scroll):
            if self.view == "list":
                count = len(self.session.order)
                self.scroll = max(0, min(self.scroll - action.dy, max(0, count - self.per_page)))
            else:
                self.go(-action.dy)
        elif isinstance(action, A.Point):
            self.steps.point(action.pos)
            self.tools.point(action.pos)
        elif isinstance(action, A.Click):
            self._click(action.pos)

    def _hotkey(self, key: str) -> None:
        actions = {"k": lambda: self.mark_and_go_on(Mark.KEPT), "x": lambda: self.mark_and_go_on(Mark.DROPPED),
                   "u": self._unreview, "e": self.edit, "l": self._toggle_view}
        if key == "a":
            s = self.services
            self.dialog = type_picker(s.theme, s.text)
            self.dialog_purpose = ("type", None)
        elif key in actions:
            actions[key]()

    def _unreview(self) -> None:
        if self.uid is not None:
            self.session.set_mark(self.uid, Mark.UNREVIEWED)

    def _toggle_view(self) -> None:
        self.view = "list" if self.view == "one" else "one"
        self.tools.items[0] = ("view", N_("One at a time  L") if self.view == "list" else N_("List  L"))
        self._clamp()

    def _click(self, pos: tuple[int, int]) -> None:
        tool = self.tools.at(pos)
        if tool == "view":
            self._toggle_view()
        elif tool == "add":
            self._hotkey("a")
        elif tool == "save":
            self.start_save()
        elif tool == "play":
            self.request_play()
        if tool:
            return
        if self.view == "one":
            step = self.steps.at(pos)
            if step == "prev":
                self.go(-1)
            elif step == "next":
                self.go(1)
            elif step in ("keep", "drop"):
                self.mark_and_go_on(Mark.KEPT if step == "keep" else Mark.DROPPED)
            elif step == "edit":
                self.edit()
            return
        for index, rect in self.row_rects:
            if rect.collidepoint(pos):
                if index == self.index:
                    self.edit()
                else:
                    self.index = index
                return

    # -- layout and drawing ---------------------------------------------------------------
    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        bar_h = screen.px(0.075) if self.theme.font_scale <= 1.25 else screen.px(0.095)
        self.top_bar = pygame.Rect(body.x, body.y, body.w, bar_h)
        self.bottom_bar = pygame.Rect(body.x, body.bottom - bar_h, body.w, bar_h)
        gap = screen.px(0.02)
        self.middle = pygame.Rect(body.x, self.top_bar.bottom + gap, body.w, self.bottom_bar.top - self.top_bar.bottom - 2 * gap)
        info, tools = split_columns(self.top_bar, [0.42, 0.58], gap)
        self.info_rect = info
        self.tools.layout(tools, screen.px(0.012), [1.1, 0.9, 1.2, 0.9])
        self.steps.layout(self.bottom_bar.inflate(-body.w // 10, 0), screen.px(0.015), [1, 1, 1, 1.1, 1])
        self.card_rect, self.context_rect = split_columns(self.middle, [0.56, 0.44], screen.px(0.025))
        self.row_h = question_row_height(screen, self.theme, self.services.text)
        self.row_gap = screen.px(0.01)
        list_area = pygame.Rect(body.x, self.middle.y, body.w, self.bottom_bar.bottom - self.middle.y)
        self.list_area = list_area
        self._per_page = max(1, (list_area.h + self.row_gap) // (self.row_h + self.row_gap))
        self._clamp()

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        note = counter_line(self.session.counts()) + ("  \u00b7  " + _("unsaved changes") if self.session.dirty else "")
        draw_header(surface, screen, theme, s.text, _("Review: {title}").format(title=self.session.title), note)
        self.tools.draw(surface, screen, theme, s.text)
        if not self.session.order:
            s.text.fit(_("This pack has no questions. Press A to add one."), self.middle.size,
                       px=screen.text_px(theme, theme.size_body), colour=theme.text_muted).draw(surface, self.middle)
        elif self.view == "one":
            self._draw_one(surface)
        else:
            self._draw_list(surface)
        hints = ([("K", _("keep")), ("X", _("drop")), ("Enter", _("edit")), ("\u2039 \u203a", _("move")),
                  ("L", _("list"))]
                 if self.view == "one" else [("K", _("keep")), ("X", _("drop")), ("Enter", _("edit")),
                                             (_("Up, Down"), _("move")), ("L", _("one at a time"))])
        draw_key_hints(surface, screen, theme, s.text,
                       hints + [("Ctrl+S", _("save")), ("P", _("play")), ("Esc", _("close"))])
        self.draw_dialog(surface)

    def _draw_info(self, surface: pygame.Surface, uid: int) -> None:
        question = self.session.question(uid)
        difficulty = question.get("difficulty")
        draw_question_info(surface, self.info_rect, self.screen, self.theme, self.services.text,
                           question_of(self.index, len(self.session.order)), str(question.get("type")),
                           difficulty if isinstance(difficulty, str) else None)

    def _draw_one(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        uid = self.uid
        session = self.session
        question = session.question(uid)
        mark = session.mark(uid)
        self._draw_info(surface, uid)
        card = self.card_rect
        edge = mark_colour(theme, mark) if mark is not Mark.UNREVIEWED else theme.panel_edge
        draw_panel(surface, card, theme.panel, radius_frac=0.04, edge=edge, edge_width=max(2, screen.px(0.004)))
        inner = card.inflate(-screen.px(0.045), -screen.px(0.035))
        problems = session.problems_for(uid) if mark is not Mark.DROPPED else []
        weights = [0.09, 0.3, 0.44, 0.17] if not problems else [0.09, 0.27, 0.38, 0.12, 0.14]
        parts = split_rows(inner, weights, screen.px(0.012))
        ribbon, prompt_rect, options_rect, explain_rect = parts[:4]
        px_small = screen.text_px(theme, theme.size_small)
        mark_box = pygame.Rect(ribbon.x, ribbon.y, ribbon.h, ribbon.h)
        draw_mark(surface, mark_box, theme, mark)
        ribbon_text = pygame.Rect(mark_box.right + px_small // 2, ribbon.y, ribbon.w - mark_box.w, ribbon.h)
        s.text.fit(mark_words(mark), ribbon_text.size, px=px_small, style="bold", colour=mark_colour(theme, mark),
                   align="left", max_lines=1).draw(surface, ribbon_text)
        ink = theme.text_muted if mark is Mark.DROPPED else theme.text
        confidence, doubts = session.doubts(uid)
        s.text.fit(str(question.get("prompt") or _("(no question written yet)")), prompt_rect.size,
                   px=screen.text_px(theme, theme.size_body * 1.12), style="bold", colour=ink,
                   align="left").draw(surface, prompt_rect)
        rows, note = option_rows(question)
        self._draw_options(surface, options_rect, rows, mark is Mark.DROPPED)
        extra = [doubt_line(confidence, doubts)] if doubts else []
        extra += [note] if note else []
        if question.get("explanation"):
            extra.append(_("Explanation: {explanation}").format(explanation=question["explanation"]))
        s.text.fit("\n".join(extra), explain_rect.size, px=px_small, colour=theme.text_muted, align="left",
                   valign="top").draw(surface, explain_rect)
        if problems:
            s.text.fit("\n".join(_("Problem: {problem}").format(problem=p.message) for p in problems[:3]), parts[4].size, px=px_small,
                       colour=theme.wrong, align="left", valign="top").draw(surface, parts[4])
        context = self.editing.contexts.context(question, session.header.get("sources") or [], session.base_dir)
        draw_context(surface, self.context_rect, screen, theme, s.text, context)
        disabled = {"prev"} if self.index == 0 else set()
        if self.index >= len(session.order) - 1:
            disabled.add("next")
        strong = {"keep"} if mark is Mark.KEPT else ({"drop"} if mark is Mark.DROPPED else set())
        self.steps.draw(surface, screen, theme, s.text, disabled=disabled, strong=strong)

    def _draw_options(self, surface: pygame.Surface, area: pygame.Rect, rows: list[tuple[str, bool]],
                      dropped: bool) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        columns = 1 if len(rows) <= 3 else 2
        lines = (len(rows) + columns - 1) // columns
        cells = grid(area, columns, max(lines, 3 if columns == 1 else 2), screen.px(0.012))
        px = screen.text_px(theme, theme.size_small * 1.1)
        for cell, (label, right) in zip(cells, rows):
            colour = theme.correct if right and not dropped else theme.panel_edge
            draw_panel(surface, cell, theme.panel_raised, radius_frac=0.25, edge=colour,
                       edge_width=max(2 if right else 1, screen.px(0.003)))
            size = round(min(cell.h * 0.6, px * 1.1))
            mark_icon = icon("check" if right else "cross", size, theme.correct if right else theme.text_muted)
            surface.blit(mark_icon, mark_icon.get_rect(midleft=(cell.x + size * 0.4, cell.centery)))
            box = pygame.Rect(cell.x + size * 1.6, cell.y, cell.w - size * 2, cell.h)
            s.text.fit(label, box.size, px=px, min_px=max(8, round(px * 0.7)), style="bold" if right else "body",
                       colour=theme.text if right else theme.text_muted, align="left", max_lines=2).draw(surface, box)

    def _draw_list(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        session = self.session
        if self.uid is not None:
            self._draw_info(surface, self.uid)
        faulty = {p.uid for p in session.problems()}
        self.row_rects = []
        order = self.sequence
        for slot, index in enumerate(range(self.scroll, min(len(order), self.scroll + self.per_page))):
            rect = pygame.Rect(self.list_area.x, self.list_area.y + slot * (self.row_h + self.row_gap),
                               self.list_area.w - screen.px(0.02), self.row_h)
            uid = order[index]
            self.row_rects.append((index, rect))
            draw_question_row(surface, rect, screen, theme, s.text, index + 1, session.question(uid),
                              session.mark(uid), index == self.index, uid in faulty)
        draw_scrollbar(surface, self.list_area, screen, theme, self.scroll, self.per_page, len(order))

    def describe(self) -> dict:
        info = super().describe()
        uid = self.uid
        info.update(view=self.view, index=self.index,
                    prompt=self.session.question(uid).get("prompt") if uid is not None else None,
                    mark=self.session.mark(uid).value if uid is not None else None,
                    doubts=self.session.doubts(uid)[1] if uid is not None else [])
        return info
