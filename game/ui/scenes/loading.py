"""Reading the packs: shown in front of a pack screen while the library is still being read.

The library is read on a thread of its own from the first frame on; with a big library the
player can ask for it sooner. This screen then shows how far the reading is, a torch flame
filling a bar, and goes on to the screen that was asked for by itself once the packs are in.
Esc goes back to the title (the reading goes on).
"""

from __future__ import annotations

import pygame

from game.i18n import N_, _, ngettext
from game.i18n.formats import format_number
from game.ui.handover import Waiting
from game.ui.input import actions as A
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints
from game.ui.kit.fx import draw_panel, mix
from game.ui.kit.layout import Screen, rel
from game.ui.look.backdrop import backdrop
from game.ui.scene import Scene


def reading_line(done: int, total: int) -> str:
    """'37 of 100 pack files read' (or a plain word while the files are being found)."""
    if total <= 0:
        return _("Finding the packs")
    return ngettext("{done} of {total} pack file read", "{done} of {total} pack files read", total).format(
        done=format_number(done), total=format_number(total))


class LoadingScene(Scene):
    name = "loading"
    title = N_("Reading the packs")
    help_keys = ((N_("Esc"), N_("back to the title (the packs go on being read)")),)

    def enter(self, handover) -> None:
        self.waiting = handover if isinstance(handover, Waiting) else Waiting("title")
        self.elapsed = 0.0
        self.screen = Screen(1280, 720)

    def handle(self, action: A.Action) -> None:
        if isinstance(action, A.Back):
            self.finish("back")

    def update(self, dt: float) -> None:
        self.elapsed += dt
        if self.services.library_loading is None:
            self.finish("ready", self.waiting)

    def progress(self) -> tuple[int, int, float | None]:
        """(files read, files in all, fraction or None while unknown)."""
        loading = self.services.library_loading
        if loading is None:
            return 0, 0, 1.0
        return loading.files_done, loading.files_total, loading.fraction

    def describe(self) -> dict:
        done, total, _ = self.progress()
        return {"scene": self.name, "waiting_for": self.waiting.scene, "files_done": done, "files_total": total}

    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        self.panel_rect = rel(body, 0.12, 0.22, 0.76, 0.46)
        inner = self.panel_rect.inflate(-screen.px(0.06), -screen.px(0.05))
        self.line_rect = rel(inner, 0.0, 0.0, 1.0, 0.34)
        self.bar_rect = rel(inner, 0.0, 0.44, 1.0, 0.2)
        self.note_rect = rel(inner, 0.0, 0.72, 1.0, 0.28)

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        draw_header(surface, screen, theme, s.text, _("Reading the packs"))
        draw_panel(surface, self.panel_rect, theme.panel, edge=theme.panel_edge, edge_width=max(1, screen.px(0.002)))
        done, total, fraction = self.progress()
        s.text.fit(reading_line(done, total), self.line_rect.size, px=screen.text_px(theme, theme.size_body),
                   style="bold", colour=theme.text).draw(surface, self.line_rect)
        self._draw_bar(surface, fraction)
        s.text.fit(_("The first start after packs change takes longest; after that they are kept ready."),
                   self.note_rect.size, px=screen.text_px(theme, theme.size_small),
                   colour=theme.text_muted).draw(surface, self.note_rect)
        draw_key_hints(surface, screen, theme, s.text, [(_("Esc"), _("back to the title"))])

    def _draw_bar(self, surface: pygame.Surface, fraction: float | None) -> None:
        theme, bar = self.theme, self.bar_rect
        radius = bar.h // 2
        pygame.draw.rect(surface, theme.panel_raised, bar, border_radius=radius)
        if fraction is None:
            # Not known yet how much there is: a glow sweeping along the bar.
            width = max(bar.h, bar.w // 5)
            travel = (self.elapsed * 0.6) % 1.0
            fill = pygame.Rect(bar.x + round((bar.w - width) * travel), bar.y, width, bar.h)
        else:
            fill = pygame.Rect(bar.x, bar.y, max(bar.h, round(bar.w * fraction)), bar.h)
        glow = mix(theme.flame_outer, theme.flame_mid, 0.5 + 0.5 * (fraction or 0.0))
        pygame.draw.rect(surface, glow, fill, border_radius=radius)
        pygame.draw.rect(surface, theme.panel_edge, bar, width=max(1, bar.h // 10), border_radius=radius)
