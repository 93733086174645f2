"""The editor of one question: every field of its type, its problems beside the fields at fault,
and the sentence it came from alongside. What is typed is in the pack at once (undo with
Ctrl+Z); Esc goes back to the review or the list, Page Up/Down to the previous or next question.
"""

from __future__ import annotations

from dataclasses import replace

import pygame

from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints
from game.i18n import N_, _, ngettext
from game.i18n.formats import format_number
from game.ui.editor.parts import (ButtonBar, draw_context, draw_mark, draw_question_info, mark_colour, mark_words,
                                  question_of)
from game.ui.kit.fx import draw_panel
from game.ui.input.keymap import TEXT
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.editor.question_form import QuestionForm
from game.ui.editor.base import REDONE, UNDONE, EditorScene, is_ctrl


class QuestionEditorScene(EditorScene):
    name = "edit_question"
    title = N_("Edit a question")
    input_mode = TEXT
    help_keys = ((N_("Up, Down, Tab"), N_("move between fields")), (N_("Typing"), N_("edit the field")),
                 (N_("Shift+arrows, Ctrl+A"), N_("select")), ("Ctrl+C, Ctrl+X, Ctrl+V", N_("copy, cut, paste")),
                 (N_("Left, Right"), N_("change true/false or difficulty")),
                 ("Enter", N_("next field; on + add an option")),
                 (N_("Ctrl+Up, Ctrl+Down"), N_("move an option")),
                 (N_("Backspace in an empty option"), N_("remove it")),
                 ("Ctrl+Z, Ctrl+Y", N_("undo, redo")), (N_("Page Up, Page Down"), N_("previous, next question")),
                 ("Ctrl+S", N_("save the pack")), ("Esc", N_("done")))

    def enter_editor(self) -> None:
        self.screen = Screen(1280, 720)
        self.tools = ButtonBar([("prev", N_("\u2039 Previous")), ("next", N_("Next \u203a")),
                                ("save", N_("Save  Ctrl+S")), ("done", N_("Done  Esc"))])
        self._input_rect: tuple | None = None
        uid = self.editing.current
        if uid not in self.session.order:
            if not self.session.order:
                self.done()
                return
            uid = self.session.order[0]
        self._open(uid)

    def _open(self, uid: int, focus: tuple[str, int | None] = ("prompt", None), cursor: int | None = None) -> None:
        self.form = QuestionForm(self.session, uid, undo=self._undo, redo=self._redo)
        self.form.focus_on(*focus, cursor=cursor)
        self.editing = replace(self.editing, current=uid)

    @property
    def uid(self) -> int:
        return self.form.uid

    def _undo(self) -> None:
        self.apply_history(self.session.undo(), UNDONE)

    def _redo(self) -> None:
        self.apply_history(self.session.redo(), REDONE)

    def history_moved(self, step) -> None:
        focus = step.focus
        order = self.session.order
        target = focus.uid if focus is not None and focus.uid in order else self.uid
        if target not in order:
            self.services.notice.show(_("That question is no longer in the pack."), 2.5)
            self.done()
            return
        where = (focus.field, focus.index) if focus is not None and focus.field else ("prompt", None)
        cursor = focus.cursor if focus is not None else None
        if target != self.uid:
            self._open(target, where, cursor)
        else:
            self.form.build(focus=where, cursor=cursor)
            self.form.scroll_to_focus()

    def done(self) -> None:
        self.finish("review" if self.editing.back_to == "review" else "list", self.editing)

    def step_question(self, step: int) -> None:
        order = self.session.order
        index = order.index(self.uid) + step
        if 0 <= index < len(order):
            self.session.history.close()
            self._open(order[index])
        else:
            self.services.notice.show(_("This is the first question.") if step < 0 else _("This is the last question."),
                                      1.5)

    # -- input ----------------------------------------------------------------------------
    def handle(self, action: A.Action) -> None:
        if self.handle_dialog(action):
            return
        if is_ctrl(action, "s"):
            self.start_save()
            return
        if isinstance(action, A.Back):
            self.done()
            return
        if isinstance(action, A.EditKey) and action.key in ("pageup", "pagedown"):
            self.step_question(-1 if action.key == "pageup" else 1)
            return
        if isinstance(action, A.Point):
            self.tools.point(action.pos)
        if isinstance(action, A.Click):
            tool = self.tools.at(action.pos)
            if tool is not None:
                {"prev": lambda: self.step_question(-1), "next": lambda: self.step_question(1),
                 "save": self.start_save, "done": self.done}[tool]()
                return
        if self.form.handle(action):
            return
        self.handle_history(action)

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.outcome is None:
            self.form.update(dt)

    def still_for(self) -> float:
        return self.form.still_for()

    # -- layout and drawing ---------------------------------------------------------------
    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        bar_h = screen.px(0.07 if self.theme.font_scale <= 1.25 else 0.09)
        gap = screen.px(0.02)
        main = pygame.Rect(body.x, body.y, body.w, body.h - bar_h - gap)
        self.form_rect, side = split_columns(main, [0.62, 0.38], screen.px(0.035))
        self.info_rect, self.context_rect = split_rows(side, [0.24, 0.76], screen.px(0.02))
        bar = pygame.Rect(body.x, body.bottom - bar_h, body.w, bar_h)
        self.tools.layout(bar.inflate(-body.w // 5, 0), screen.px(0.02))

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        if self.outcome is not None:
            return
        session = self.session
        problems = session.problems_for(self.uid)
        note = ngettext("{count} problem in this question", "{count} problems in this question", len(problems)).format(
            count=format_number(len(problems))) if problems else _("No problems")
        if session.dirty:
            note += "  \u00b7  " + _("unsaved changes")
        draw_header(surface, screen, theme, s.text, _("Edit: {title}").format(title=session.title), note)
        self.form.layout(self.form_rect, screen, theme, s.text)
        self.form.draw(surface, screen, theme, s.text)
        self._draw_info(surface)
        question = session.question(self.uid)
        context = self.editing.contexts.context(question, session.header.get("sources") or [], session.base_dir)
        draw_context(surface, self.context_rect, screen, theme, s.text, context)
        index = session.order.index(self.uid)
        disabled = ({"prev"} if index == 0 else set()) | ({"next"} if index == len(session.order) - 1 else set())
        self.tools.draw(surface, screen, theme, s.text, disabled=disabled)
        draw_key_hints(surface, screen, theme, s.text,
                       [(_("Up, Down"), _("fields")), (_("Ctrl+Up, Down"), _("move option")), ("Ctrl+Z", _("undo")),
                        (_("PgUp, PgDn"), _("other questions")), ("Ctrl+S", _("save")), ("Esc", _("done"))])
        self._place_input_method()
        self.draw_dialog(surface)

    def _draw_info(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        rect = self.info_rect
        draw_panel(surface, rect, theme.panel, radius_frac=0.1, edge=theme.panel_edge, edge_width=max(1, screen.px(0.002)))
        inner = rect.inflate(-screen.px(0.04), -screen.px(0.03))
        px = screen.text_px(theme, theme.size_small)
        top, bottom = split_rows(inner, [1, 1], screen.px(0.008))
        index = self.session.order.index(self.uid)
        question = self.session.question(self.uid)
        draw_question_info(surface, top, screen, theme, s.text, question_of(index, len(self.session.order)),
                           str(question.get("type")), None)
        mark = self.session.mark(self.uid)
        mark_box = pygame.Rect(bottom.x, bottom.y, bottom.h, bottom.h)
        draw_mark(surface, mark_box, theme, mark)
        words = pygame.Rect(mark_box.right + px // 2, bottom.y, bottom.w - mark_box.w - px // 2, bottom.h)
        s.text.fit(mark_words(mark), words.size, px=px, colour=mark_colour(theme, mark), align="left",
                   max_lines=1).draw(surface, words)

    def _place_input_method(self) -> None:
        """Tell the input method where the focused box is, so its candidates appear beside it."""
        row = self.form.focused
        if row is None or row.box is None:
            return
        rect = tuple(row.field_rect)
        if rect != self._input_rect:
            self._input_rect = rect
            try:
                pygame.key.set_text_input_rect(row.field_rect)
            except pygame.error:
                pass

    def describe(self) -> dict:
        info = super().describe()
        row = self.form.focused
        info.update(question=self.session.question(self.uid), field=row.key if row else None,
                    item=row.index if row else None,
                    messages={(r.key, r.index): r.message for r in self.form.rows if r.message})
        return info
