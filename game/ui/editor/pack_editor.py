"""The questions of a pack as a list: filter by typing, sort by type or difficulty, open one to
edit it, add, duplicate, delete (Ctrl+Z brings it back) and reorder; save with Ctrl+S."""

from __future__ import annotations

from dataclasses import replace

import pygame

from game.editor import Mark
from game.editor.fields import text_of
from game.i18n import N_, _, ngettext
from game.i18n.formats import format_number
from game.packs.model import DIFFICULTIES, QUESTION_TYPES
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints, header_rect
from game.ui.editor.parts import ButtonBar, draw_question_row, draw_scrollbar, question_row_height, type_picker
from game.ui.input.keymap import TEXT
from game.ui.kit.layout import Screen
from game.ui.editor.base import EditorScene, is_ctrl
from game.ui.kit.textbox import EDIT, TextBox, draw_box_frame

SORTS = ("order", "type", "difficulty")
# Translators: the button that changes the order of the question list
SORT_BUTTONS = {"order": N_("Sort: pack order"), "type": N_("Sort: type"), "difficulty": N_("Sort: difficulty")}
SORTED_BY = {"order": N_("sorted by pack order"), "type": N_("sorted by type"),
             "difficulty": N_("sorted by difficulty")}


def search_text(question: dict) -> str:
    """Everything the filter looks in: prompt, answers, options, id and tags."""
    parts = [question.get("id"), question.get("prompt"), question.get("answer"), question.get("explanation")]
    for key in ("wrong", "accept", "tags"):
        value = question.get(key)
        if isinstance(value, list):
            parts.extend(value)
    return " ".join(text_of(part) for part in parts if part is not None).casefold()


class PackEditorScene(EditorScene):
    name = "edit_pack"
    title = N_("Edit a pack")
    input_mode = TEXT
    help_keys = ((N_("Up, Down, Page Up, Page Down"), N_("move through the questions")),
                 ("Enter", N_("edit the question")), (N_("Typing"), N_("filter the list")),
                 ("Ctrl+T", N_("sort by pack order, type or difficulty")), ("Ctrl+N", N_("new question")),
                 ("Ctrl+D", N_("duplicate")), (N_("Ctrl+Delete"), N_("delete (Ctrl+Z undoes)")),
                 (N_("Ctrl+Up, Ctrl+Down"), N_("move the question")), ("Ctrl+Z, Ctrl+Y", N_("undo, redo")),
                 ("Ctrl+R", N_("review one question at a time")), ("Ctrl+S", N_("save")),
                 ("Ctrl+P", N_("play the pack")), ("Esc", N_("clear the filter, then close")))

    def enter_editor(self) -> None:
        self.filter = TextBox(max_length=60, placeholder=_("Type to filter"))
        self.sort = "order"
        self.scroll = 0
        self.screen = Screen(1280, 720)
        self._per_page = 6               # until the first layout measures it
        self.row_rects: list[tuple[int, pygame.Rect]] = []
        # Translators: buttons; the keys after the words stay as they are printed on the keyboard
        self.tools = ButtonBar([("new", N_("New  Ctrl+N")), ("duplicate", N_("Duplicate  Ctrl+D")),
                                ("delete", N_("Delete  Ctrl+Del")), ("up", N_("Move up")), ("down", N_("Move down")),
                                ("sort", SORT_BUTTONS["order"]), ("save", N_("Save  Ctrl+S"))])
        order = self.session.order
        self.focus = self.visible.index(self.editing.current) if self.editing.current in order else 0

    # -- state ----------------------------------------------------------------------------
    @property
    def visible(self) -> list[int]:
        """The uids shown: filtered by every typed word, in the chosen order."""
        session = self.session
        words = self.filter.text.casefold().split()
        uids = [uid for uid in session.order
                if all(word in search_text(session.question(uid)) for word in words)]
        if self.sort == "type":
            rank = {t: i for i, t in enumerate(QUESTION_TYPES)}
            uids.sort(key=lambda u: rank.get(session.question(u).get("type"), 9))
        elif self.sort == "difficulty":
            rank = {d: i for i, d in enumerate(DIFFICULTIES)}
            uids.sort(key=lambda u: rank.get(session.question(u).get("difficulty"), 9))
        return uids

    @property
    def current(self) -> int | None:
        visible = self.visible
        return visible[self.focus] if 0 <= self.focus < len(visible) else None

    @property
    def per_page(self) -> int:
        return max(1, self._per_page)

    def _clamp(self) -> None:
        count = len(self.visible)
        self.focus = max(0, min(self.focus, count - 1)) if count else 0
        if self.focus < self.scroll:
            self.scroll = self.focus
        elif self.focus >= self.scroll + self.per_page:
            self.scroll = self.focus - self.per_page + 1
        self.scroll = max(0, min(self.scroll, max(0, count - self.per_page)))

    def _focus_uid(self, uid: int | None) -> None:
        visible = self.visible
        if uid in visible:
            self.focus = visible.index(uid)
        self._clamp()

    def edit(self, uid: int | None = None) -> None:
        uid = uid if uid is not None else self.current
        if uid is not None:
            self.finish("edit", replace(self.editing, current=uid, back_to="list"))

    def review(self) -> None:
        """Ctrl+R: go through the questions one at a time, keeping or dropping each."""
        self.finish("review", replace(self.editing, review=True, current=self.current, view="one"))

    def history_moved(self, step) -> None:
        if step.focus is not None:
            self._focus_uid(step.focus.uid)
        self._clamp()

    def dialog_answered(self, purpose: str, choice: str, then: str | None) -> None:
        if purpose == "type":
            if choice != "cancel":
                current = self.current
                index = self.session.order.index(current) + 1 if current is not None else None
                self.edit(self.session.add_question(choice, index))
            return
        super().dialog_answered(purpose, choice, then)

    # -- the question operations ----------------------------------------------------------
    def new_question(self) -> None:
        s = self.services
        self.dialog = type_picker(s.theme, s.text)
        self.dialog_purpose = ("type", None)

    def duplicate(self) -> None:
        if self.current is not None:
            copy_uid = self.session.duplicate(self.current)
            self._focus_uid(copy_uid)

    def delete(self) -> None:
        uid = self.current
        if uid is None:
            return
        prompt = str(self.session.question(uid).get("prompt") or "")
        self.session.delete(uid)
        self._clamp()
        self.services.notice.show(_("Deleted \u201c{question}\u201d. Ctrl+Z brings it back.").format(question=prompt[:40]),
                                  3.5)

    def move(self, step: int) -> None:
        uid = self.current
        if uid is None:
            return
        if self.sort != "order":
            self.services.notice.show(_("Sort by pack order (Ctrl+T) to move questions."), 2.5)
            return
        if self.session.move(uid, step):
            self._focus_uid(uid)

    def cycle_sort(self) -> None:
        uid = self.current
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.tools.items[5] = ("sort", SORT_BUTTONS[self.sort])
        self._focus_uid(uid)

    # -- input ----------------------------------------------------------------------------
    def handle(self, action: A.Action) -> None:
        if self.handle_dialog(action) or self.handle_history(action):
            return
        commands = {"s": self.start_save, "n": self.new_question, "d": self.duplicate, "t": self.cycle_sort,
                    "p": self.request_play, "r": self.review}
        for letter, command in commands.items():
            if is_ctrl(action, letter):
                command()
                return
        if isinstance(action, A.EditKey) and action.ctrl and action.key in ("up", "down", "delete"):
            self.delete() if action.key == "delete" else self.move(-1 if action.key == "up" else 1)
        elif isinstance(action, A.Back):
            if self.filter.text:
                self.filter.set_text("")
                self._clamp()
            else:
                self.request_close()
        elif isinstance(action, A.Navigate):
            self.focus += action.dy
            self._clamp()
        elif isinstance(action, A.EditKey) and action.key in ("pageup", "pagedown"):
            self.focus += self.per_page * (-1 if action.key == "pageup" else 1)
            self._clamp()
        elif isinstance(action, A.Confirm):
            self.edit()
        elif isinstance(action, (A.TypeText, A.ComposeText, A.EditKey)):
            uid = self.current
            if self.filter.handle(action) == EDIT:
                self.focus = 0
                self.scroll = 0
                self._focus_uid(uid)
        elif isinstance(action, A.Scroll):
            count = len(self.visible)
            self.scroll = max(0, min(self.scroll - action.dy, max(0, count - self.per_page)))
        elif isinstance(action, A.Point):
            self.tools.point(action.pos)
        elif isinstance(action, A.Click):
            self._click(action.pos)

    def _click(self, pos: tuple[int, int]) -> None:
        tool = self.tools.at(pos)
        if tool is not None:
            {"new": self.new_question, "duplicate": self.duplicate, "delete": self.delete,
             "up": lambda: self.move(-1), "down": lambda: self.move(1), "sort": self.cycle_sort,
             "save": self.start_save}[tool]()
            return
        if self.filter_rect.collidepoint(pos):
            self.filter.handle(A.Click(pos))
            return
        for index, rect in self.row_rects:
            if rect.collidepoint(pos):
                if index == self.focus:
                    self.edit()
                else:
                    self.focus = index
                    self._clamp()
                return

    def update(self, dt: float) -> None:
        super().update(dt)
        self.filter.update(dt)

    def still_for(self) -> float:
        return self.filter.still_for()       # the filter's cursor is always shown

    # -- layout and drawing ---------------------------------------------------------------
    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        head = header_rect(screen, self.theme)
        self.filter_rect = pygame.Rect(head.x + head.w * 0.66, head.y + head.h * 0.2, head.w * 0.34, head.h * 0.6)
        bar_h = screen.px(0.07 if self.theme.font_scale <= 1.25 else 0.09)
        gap = screen.px(0.018)
        self.note_rect = pygame.Rect(body.x, body.y, body.w, screen.px(0.05))
        self.list_area = pygame.Rect(body.x, self.note_rect.bottom + gap // 2, body.w,
                                     body.bottom - bar_h - gap - self.note_rect.bottom - gap // 2)
        self.tools.layout(pygame.Rect(body.x, body.bottom - bar_h, body.w, bar_h), screen.px(0.01),
                          [1.1, 1.25, 1.2, 0.95, 1.05, 1.3, 1.1])
        self.row_h = question_row_height(screen, self.theme, self.services.text)
        self.row_gap = screen.px(0.01)
        self._per_page = max(1, (self.list_area.h + self.row_gap) // (self.row_h + self.row_gap))
        self._clamp()

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        if self.outcome is not None:
            return
        session = self.session
        problems = session.problems()
        faulty = {p.uid for p in problems if p.uid is not None}
        draw_header(surface, screen, theme, s.text, _("Edit: {title}").format(title=session.title))
        self._draw_filter(surface)
        visible = self.visible
        counts = session.counts()
        parts = [ngettext("{count} question", "{count} questions", len(session)).format(
            count=format_number(len(session)))]
        if len(visible) != len(session):
            parts.append(ngettext("{count} shown", "{count} shown", len(visible)).format(
                count=format_number(len(visible))))
        if faulty:
            parts.append(ngettext("{count} with problems", "{count} with problems", len(faulty)).format(
                count=format_number(len(faulty))))
        if counts[Mark.DROPPED]:
            parts.append(ngettext("{count} dropped (not saved)", "{count} dropped (not saved)",
                                  counts[Mark.DROPPED]).format(count=format_number(counts[Mark.DROPPED])))
        parts.append(_(SORTED_BY[self.sort]))
        if session.origin.shipped:
            parts.append(_("comes with the game: saving makes your own copy"))
        elif session.origin.has_comments:
            parts.append(_("the file has comments: saving makes a copy"))
        if session.dirty:
            parts.append(_("unsaved changes"))
        pack_problems = [p.message for p in problems if p.uid is None]
        # The pack's own problems are the validator's messages, each whole, one after another.
        note = (_("Pack: {problems}").format(problems="; ".join(pack_problems)) if pack_problems
                else "  \u00b7  ".join(parts))
        s.text.fit(note, self.note_rect.size, px=screen.text_px(theme, theme.size_small),
                   colour=theme.wrong if pack_problems else theme.text_muted, align="left",
                   max_lines=1).draw(surface, self.note_rect)
        show_marks = self.editing.review or any(m is not Mark.UNREVIEWED for _uid, _data, m in session.iter_questions())
        self.row_rects = []
        for slot, index in enumerate(range(self.scroll, min(len(visible), self.scroll + self.per_page))):
            uid = visible[index]
            rect = pygame.Rect(self.list_area.x, self.list_area.y + slot * (self.row_h + self.row_gap),
                               self.list_area.w - screen.px(0.02), self.row_h)
            self.row_rects.append((index, rect))
            draw_question_row(surface, rect, screen, theme, s.text, session.order.index(uid) + 1,
                              session.question(uid), session.mark(uid) if show_marks else None,
                              index == self.focus, uid in faulty)
        if not visible:
            message = _("No question matches the filter.") if self.filter.text else _("No questions yet: Ctrl+N adds one.")
            s.text.fit(message, self.list_area.size, px=screen.text_px(theme, theme.size_body),
                       colour=theme.text_muted).draw(surface, self.list_area)
        else:
            draw_scrollbar(surface, self.list_area.inflate(-screen.px(0.02), 0).move(-screen.px(0.01), 0), screen,
                           theme, self.scroll, self.per_page, len(visible))
        disabled = set() if self.current is not None else {"duplicate", "delete", "up", "down"}
        if self.sort != "order":
            disabled |= {"up", "down"}
        self.tools.draw(surface, screen, theme, s.text, disabled=disabled)
        draw_key_hints(surface, screen, theme, s.text,
                       [("Enter", _("edit")), (_("Type"), _("filter")), ("Ctrl+N", _("new")),
                        (_("Ctrl+Up, Down"), _("move")), ("Ctrl+Z", _("undo")), ("Ctrl+S", _("save")),
                        ("F1", _("all keys")), ("Esc", _("close"))])
        self.draw_dialog(surface)

    def _draw_filter(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        rect = self.filter_rect
        draw_box_frame(surface, rect, theme, bool(self.filter.text), False, screen.unit)
        px = screen.text_px(theme, theme.size_small)
        font = s.text.fonts.get("body", px, self.filter.shown_text)
        inner = rect.inflate(-px, 0)
        inner.h = font.get_linesize()
        inner.centery = rect.centery
        self.filter.layout(inner, font)
        self.filter.draw(surface, theme, focused=True)
        if not self.filter.text and not self.filter.composition:
            s.text.fit(_("Type to filter"), inner.size, px=px, colour=theme.text_muted, align="left",
                       max_lines=1).draw(surface, inner.move(max(3, px // 4), 0))

    def describe(self) -> dict:
        info = super().describe()
        info.update(filter=self.filter.text, sort=self.sort, focus=self.focus,
                    shown=[self.session.question(uid).get("id") for uid in self.visible])
        return info
