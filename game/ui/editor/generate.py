"""A document dropped onto the window becomes a pack: generated off the frame loop, then reviewed.

The generator runs on a worker thread, so the window keeps drawing (a torch being lit, the
generator's own progress lines) and Esc still works. The new pack goes straight to the review
screen: nothing machine-written is played or kept before someone has read it there.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

import pygame

from game.editor import EditSession
from game.i18n import N_, _, ngettext, pgettext
from game.i18n.formats import format_number
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints
from game.ui.kit.fx import draw_panel
from game.ui.handover import Editing
from game.ui.input.keymap import MENU, TEXT
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.scene import Scene
from game.ui.look.torch import TorchTimer
from game.ui.kit.widgets import Button, Form, TextField

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
ASKING, WORKING, DONE, FAILED = "asking", "working", "done", "failed"


def generate_in_background(path: Path, results: "queue.Queue") -> threading.Thread:
    """Start generating a pack from `path`; progress lines, then the pack or the error, arrive on `results`."""
    def work() -> None:
        from game.generate import GenerateError, GenerateOptions, generate_pack

        try:
            pack = generate_pack([path], GenerateOptions(), progress=lambda line: results.put(("progress", line)))
        except GenerateError as error:
            results.put(("error", str(error)))
        except Exception as error:  # a bug in generation must not take the window down
            results.put(("error", _("{file}: the generator failed ({error})").format(
                file=path.name, error=f"{type(error).__name__}: {error}")))
        else:
            results.put(("pack", pack))

    thread = threading.Thread(target=work, name="relayquiz-generate", daemon=True)
    thread.start()
    return thread


class GenerateScene(Scene):
    name = "generate"
    title = N_("Making a quiz")
    help_keys = (("Enter", N_("review the new questions")), (N_("Left, Right"), N_("move between the buttons")),
                 ("Backspace", N_("after a mistyped path: correct it")), ("Esc", N_("back (generation is abandoned)")))

    def enter(self, handover) -> None:
        self.lines: list[str] = []
        self.pack = None
        self.error = ""
        self.elapsed = 0.0
        self.torch = TorchTimer(self.theme, seed=17)
        self.torch.set_time(0.2, 1.0)
        self.form = Form(self.theme, self.services.text, [Button("review", _("Review the questions")),
                                                           Button("back", pgettext("pack editor", "Back"))], wrap=False)
        # Translators: an example path, shown in the empty path box
        example = _("/home/me/Documents/article.txt")
        self.field = TextField("path", _("Document"), placeholder=example, max_length=400)
        self.screen = Screen(1280, 720)
        self.results: queue.Queue = queue.Queue()
        self.path = Path(handover) if handover else None
        self.typed = False        # the path was typed here (not dropped): a failure offers to correct it
        self.typed_text = ""      # exactly as typed, kept for that correction
        self.state = ASKING
        if self.path is not None:
            self.begin(self.path)

    def begin(self, path: Path) -> None:
        """Start generating from `path` (or explain why it cannot be read)."""
        self.path = path
        self.lines = []
        if path.suffix.lower() not in DOCUMENT_SUFFIXES:
            self._failed(_("{file} is not a document the generator reads. "
                           "Drop a .txt, .md or .html file to make a quiz from it.").format(file=path.name), quiet=True)
            return
        self.state = WORKING
        self.thread = generate_in_background(path, self.results)

    @property
    def input_mode(self) -> str:  # type: ignore[override]
        return TEXT if self.state == ASKING else MENU

    def handle(self, action: A.Action) -> None:
        if isinstance(action, A.Back):
            self.finish("back")
            return
        if isinstance(action, A.FileDropped) and self.state != WORKING:
            self.typed = False
            self.begin(action.path)
            return
        if self.state == ASKING:
            if isinstance(action, A.Confirm) and self.field.text.strip():
                self.typed, self.typed_text = True, self.field.text
                self.begin(Path(self.field.text.strip()).expanduser())
            elif isinstance(action, (A.TypeText, A.EditKey)):
                self.field.handle_text(action)
            return
        if self.state == WORKING:
            return
        if self.state == FAILED and isinstance(action, A.EditKey) and action.key == "backspace":
            # Backspace after a mistyped path means "let me fix it": back to the path, one
            # character shorter, never off this screen.
            self.try_again()
            self.field.handle_text(action)
            return
        if isinstance(action, A.Navigate) and action.dx and not action.dy:
            action = A.Navigate(0, action.dx)      # the buttons sit side by side: Left/Right move between them
        chosen = self.form.handle(action)
        if chosen == "review" and self.pack is not None:
            self.review()
        elif chosen == "again":
            self.try_again()
        elif chosen == "back":
            self.finish("back")

    def update(self, dt: float) -> None:
        self.elapsed += dt
        self.form.update(dt)
        while True:
            try:
                kind, value = self.results.get_nowait()
            except queue.Empty:
                break
            if kind == "progress":
                self.lines.append(value)
            elif kind == "error":
                self._failed(value)
            elif kind == "pack":
                self._done(value)
        goal = 1.0 if self.state == DONE else min(0.85, 0.2 + 0.25 * len(self.lines) + 0.05 * self.elapsed)
        self.torch.set_time(goal, 1.0)
        self.torch.flame.danger = 0.0
        self.torch.update(dt)

    def _failed(self, message: str, quiet: bool = False) -> None:
        self.state = FAILED
        self.error = message
        # Nothing to review: the first button, in focus, offers to correct the path (or to try
        # another file), so Enter never leaves by accident; Back is beside it.
        label = _("Correct the path") if self.typed else _("Try another file")
        self.form.rows[0] = Button("again", label, rect=self.form.rows[0].rect)
        self.form.focus = 0
        if not quiet:
            self.services.sound.play("wrong")

    def try_again(self) -> None:
        """Back to asking for a document, with the last path typed in to correct."""
        self.state = ASKING
        self.error = ""
        self.lines = []
        self.field.set_text(self.typed_text if self.typed else (str(self.path) if self.path is not None else ""))
        self.form.rows[0] = Button("review", _("Review the questions"), rect=self.form.rows[0].rect)
        self.form.focus = 0

    def _done(self, pack) -> None:
        self.pack = pack
        self.state = DONE
        self.services.sound.play("correct")
        self.review()

    def review(self) -> None:
        """Hand the new pack to the review screen, unsaved: it is saved from there."""
        self.finish("review", Editing(EditSession.from_pack(self.pack), review=True))

    def describe(self) -> dict:
        return {"scene": self.name, "state": self.state, "error": self.error,
                "pack": self.pack.id if self.pack is not None else None}

    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        self.torch_rect, right = split_columns(body, [0.3, 0.7], screen.px(0.04))
        self.torch.layout(self.torch_rect)
        self.message_rect, self.progress_rect, buttons = split_rows(right, [0.48, 0.3, 0.22], screen.px(0.03))
        self.field.rect = pygame.Rect(self.progress_rect.x, self.progress_rect.y, self.progress_rect.w,
                                      min(self.progress_rect.h, screen.px(0.1)))
        play, back = split_columns(buttons, [1, 1], screen.px(0.03))
        self.form.rows[0].rect = play.inflate(0, -play.h // 4)
        self.form.rows[1].rect = back.inflate(0, -back.h // 4)

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        draw_header(surface, screen, theme, s.text, _("Make a quiz from a document"),
                    self.path.name if self.path else "")
        self.torch.draw(surface)
        px = screen.text_px(theme, theme.size_body)
        if self.state == ASKING:
            s.text.fit(_("Drop a .txt, .md or .html file onto this window, or type its path and press Enter."),
                       self.message_rect.size, px=screen.text_px(theme, theme.size_heading * 0.85), style="bold",
                       colour=theme.text, align="left").draw(surface, self.message_rect)
            self._draw_path_field(surface)
            draw_key_hints(surface, screen, theme, s.text, [("Enter", _("make the quiz")), ("Esc", _("back"))])
            return
        if self.state == WORKING:
            headline = _("Reading {file} and writing questions from its facts…").format(file=self.path.name)
            colour = theme.text
        elif self.state == DONE:
            count = len(self.pack.questions)
            headline = ngettext("{count} question ready: “{title}”", "{count} questions ready: “{title}”",
                                count).format(count=format_number(count), title=self.pack.title)
            colour = theme.accent
        else:
            headline, colour = self.error, theme.wrong
        s.text.fit(headline, self.message_rect.size, px=screen.text_px(theme, theme.size_heading * 0.85),
                   style="bold", colour=colour, align="left").draw(surface, self.message_rect)
        if self.state == FAILED:
            typed = [_("You typed: {path}").format(path=self.typed_text)] if self.typed else []
            self._draw_notes(surface, self.progress_rect, typed + self.lines[-3:])
        else:
            self._draw_progress(surface, px)
        if self.state != WORKING:
            self.form.draw(surface, screen)
        if self.state == WORKING:
            hints = [("Esc", _("back"))]
        elif self.state == FAILED:
            hints = [(_("Left/Right"), _("move")), ("Enter", _("choose"))]
            hints += [("Backspace", _("fix the path"))] if self.typed else []
            hints += [("Esc", _("back"))]
        else:
            hints = [("Enter", _("choose")), ("Esc", _("back"))]
        draw_key_hints(surface, screen, theme, s.text, hints)

    def _draw_progress(self, surface: pygame.Surface, px: int) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        area = self.progress_rect
        bar_h = max(6, screen.px(0.02))
        bar = pygame.Rect(area.x, area.y, area.w, bar_h)
        draw_panel(surface, bar, theme.panel, radius_frac=0.5, edge=theme.panel_edge, edge_width=1)
        if self.state == WORKING:
            span = bar.w // 4
            x = bar.x + (self.elapsed * bar.w * 0.6) % (bar.w + span) - span
            glow = pygame.Rect(max(bar.x, round(x)), bar.y, 0, bar.h)
            glow.width = max(0, min(bar.right, round(x) + span) - glow.x)
            if glow.w > 0:
                draw_panel(surface, glow, theme.accent, radius_frac=0.5)
        else:
            draw_panel(surface, bar, theme.accent if self.state == DONE else theme.wrong, radius_frac=0.5)
        notes = pygame.Rect(area.x, bar.bottom + screen.px(0.02), area.w, area.bottom - bar.bottom - screen.px(0.02))
        self._draw_notes(surface, notes, self.lines[-3:] or [_("Starting…")])

    def _draw_notes(self, surface: pygame.Surface, area: pygame.Rect, lines: list[str] | None = None) -> None:
        """The generator's last progress lines (after a failure, how far it got)."""
        s, theme, screen = self.services, self.theme, self.screen
        lines = self.lines[-3:] if lines is None else lines
        if lines:
            s.text.fit("\n".join(lines), area.size, px=screen.text_px(theme, theme.size_small), colour=theme.text_muted,
                       align="left", valign="top").draw(surface, area)

    def _draw_path_field(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        rect = self.field.rect
        draw_panel(surface, rect, theme.panel_raised, radius_frac=0.25, edge=theme.focus_ring,
                   edge_width=max(2, screen.px(0.004)))
        inner = rect.inflate(-screen.px(0.04), -screen.px(0.02))
        shown = self.field.text or self.field.placeholder
        fitted = s.text.fit(shown, inner.size, px=screen.text_px(theme, theme.size_body), colour=theme.text
                            if self.field.text else theme.text_muted, align="left", max_lines=1)
        where = fitted.draw(surface, inner)
        if self.elapsed % 1.0 < 0.6:
            font = s.fonts.get("body", fitted.px, self.field.text)
            x = where.left + (font.size(self.field.text[: self.field.cursor])[0] if self.field.text else 0)
            pygame.draw.line(surface, theme.accent, (x + 1, inner.centery - fitted.px * 0.6),
                             (x + 1, inner.centery + fitted.px * 0.6), max(2, screen.px(0.003)))
