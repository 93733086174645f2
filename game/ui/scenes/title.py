"""The title screen: the name, a burning torch, and the way in to everything else.

Nothing here quits by accident: Esc asks first, Backspace does nothing, and the focus stops at
the ends of the menu instead of wrapping onto Quit. Enter on Quit, Ctrl+Q and closing the
window quit at once.
"""

from __future__ import annotations

import pygame

from game.i18n import N_, _
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import draw_key_hints
from game.ui.kit.idle import STILL
from game.ui.kit.layers import StaticLayer, measuring
from game.ui.kit.layout import Screen, rel, split_rows
from game.ui.kit.overlays import ConfirmDialog
from game.ui.scene import Scene
from game.ui.look.torch import TorchTimer
from game.ui.kit.widgets import Button, Form

MENU_ITEMS = (("play", N_("Play")), ("packs", N_("Choose packs")), ("generate", N_("Make a quiz from a document")),
              ("hall", N_("Hall of fame")), ("settings", N_("Settings")), ("quit", N_("Quit")))


class TitleScene(Scene):
    name = "title"
    title = N_("Title")
    help_keys = ((N_("Up, Down"), N_("choose")), (N_("Enter"), N_("open")), (N_("Esc"), N_("quit (asks first)")),
                 (N_("Drop a file"), N_("make a quiz from a .txt, .md or .html file")))
    frame_rate = 30      # the flame and its embers

    def enter(self, handover) -> None:
        s = self.services
        self.form = Form(s.theme, s.text, [Button(key, _(label)) for key, label in MENU_ITEMS], wrap=False)
        self.confirm: ConfirmDialog | None = None
        self.torch = TorchTimer(s.theme, seed=3)
        self.torch.set_time(60.0, 60.0)
        self.screen = Screen(1280, 720)
        self.still = StaticLayer()

    def layout(self, screen: Screen) -> None:
        self.screen = screen
        content = screen.content()
        # Larger text takes the room it needs: the title and tagline move up, and a taller menu
        # (its buttons as tall as the gaps allow) stands beside a slimmer torch.
        large = self.theme.font_scale >= 1.3
        self.title_rect = rel(content, 0.0, 0.0 if large else 0.02, 1.0, 0.2)
        self.tagline_rect = rel(content, 0.0, 0.2, 1.0, 0.085) if large else rel(content, 0.0, 0.22, 1.0, 0.07)
        self.hint_rect = rel(content, 0.0, 0.94, 1.0, 0.06)
        torch_area = rel(content, 0.0, 0.3, 0.3, 0.6) if large else rel(content, 0.04, 0.3, 0.38, 0.6)
        self.torch.layout(torch_area)
        menu_area = rel(content, 0.32, 0.29, 0.68, 0.64) if large else rel(content, 0.5, 0.31, 0.42, 0.59)
        rows = split_rows(menu_area, [1] * len(self.form.rows), screen.px(0.01 if large else 0.016))
        for row, rect in zip(self.form.rows, rows):
            row.rect = rect if large else rect.inflate(0, -max(2, rect.h // 8))

    def handle(self, action: A.Action) -> None:
        if self.confirm is not None:
            answer = self.confirm.handle(action)
            if answer is True:
                self.finish("quit")
            elif answer is False:
                self.confirm = None
            return
        if isinstance(action, A.Back):
            self.confirm = ConfirmDialog(self.theme, self.services.text, _("Quit Torch Relay Quiz?"),
                                         # Translators: the buttons of "Quit Torch Relay Quiz?"
                                         _("Quit"), _("Stay"))
            return
        if isinstance(action, A.FileDropped):
            self.finish("generate", action.path)
            return
        chosen = self.form.handle(action)
        if chosen:
            self.finish(chosen, None)

    def language_changed(self) -> None:
        focus = self.form.focus
        self.form = Form(self.services.theme, self.services.text,
                         [Button(key, _(label)) for key, label in MENU_ITEMS], focus, wrap=False)
        super().language_changed()

    def update(self, dt: float) -> None:
        self.form.update(dt)
        self.torch.update(dt)

    def still_for(self) -> float:
        return STILL if self.theme.reduced_motion else 0.0     # the torch burns unless motion is reduced

    def describe(self) -> dict:
        return {"scene": self.name, "focus": self.form.focused.key if self.form.focused else None,
                "asking": self.confirm.question if self.confirm is not None else None}

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface, kept=False)

    def draw_frame(self, surface: pygame.Surface, kept: bool) -> list[pygame.Rect] | None:
        """Everything but the torch is drawn once (again when the focus moves); the torch, drawn
        last, burns on top of it."""
        key = (self.theme, self.services.text, self.screen, self.form.focus, self.form.hover)
        changed = self.still.frame(surface, key, self._draw_still, self.torch.draw, kept=kept,
                                   covered=self.confirm is not None, direct=measuring(self.services.text))
        if self.confirm is not None:      # "Quit?" over it all, torch included
            self.confirm.draw(surface)
        return changed

    def _draw_still(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        s.text.fit("Torch Relay Quiz", self.title_rect.size, px=screen.text_px(theme, theme.size_title),
                   style="display", colour=theme.accent, shadow=theme.text_shadow).draw(surface, self.title_rect)
        s.text.fit(_("Make a quiz from any document, then race for the flame."), self.tagline_rect.size,
                   px=screen.text_px(theme, theme.size_body), colour=theme.text_muted).draw(surface, self.tagline_rect)
        self.form.draw(surface, screen)
        draw_key_hints(surface, screen, theme, s.text,
                       [(_("Enter"), _("choose")), ("F1", _("all keys")), ("F11", _("fullscreen")),
                        (_("Drop a file"), _("make a quiz from it"))], self.hint_rect)
