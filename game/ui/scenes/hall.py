"""The hall of fame, "the eternal flame": the best totals for each pack (and mode), kept locally.

Left and Right move between packs; the entries of the game just played glow, and a new record
is called out.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby

import pygame

from game.i18n import N_, _
from game.i18n.formats import format_date
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints
from game.ui.look.flame import Flame, still_flame
from game.ui.kit.fx import draw_panel
from game.ui.kit.idle import STILL
from game.ui.look.podium import cauldron_picture
from game.ui.handover import HallFocus
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.scene import Scene
from game.ui.kit.text import score_text

# How the hall names the mode a record was set in (marked; translated where drawn).
MODE_WORDS = {"solo": N_("Solo"), "party": N_("Party"), "classroom": N_("Classroom")}


def fame_groups(entries) -> list[tuple[tuple[str, str], list]]:
    """Entries grouped by (packs, mode), in the order the store gives them."""
    return [(key, list(group)) for key, group in groupby(entries, key=lambda e: (e.pack_key, e.mode))]


def short_date(stamp: str) -> str:
    """The day of a record in the language's form ("Dec 7, 2026", "07.12.2026"); a stamp that is
    not a date shows as it is."""
    if not stamp:
        return ""
    try:
        return format_date(date.fromisoformat(stamp[:10]))
    except ValueError:
        return stamp[:10]


class HallScene(Scene):
    name = "hall"
    title = N_("Hall of fame")
    help_keys = ((N_("Left, Right"), N_("another pack")), (N_("Up, Down"), N_("scroll")),
                 (N_("Enter, Esc"), N_("back to the title")))

    def enter(self, handover) -> None:
        self.focus = handover if isinstance(handover, HallFocus) else HallFocus()
        store = self.services.store
        entries = store.hall_of_fame(limit=10) if store is not None else []
        self.groups = fame_groups(entries)
        self.index = 0
        for index, ((pack_key, mode), _) in enumerate(self.groups):
            if pack_key == self.focus.pack_id and (self.focus.mode is None or mode == self.focus.mode):
                self.index = index
                break
        self.flame = Flame(self.theme, 40, seed=9, density=0.9)
        self.screen = Screen(1280, 720)

    def handle(self, action: A.Action) -> None:
        if isinstance(action, (A.Back, A.Confirm)):
            self.finish("back")
        elif isinstance(action, A.Navigate) and action.dx and self.groups:
            self.index = (self.index + action.dx) % len(self.groups)
        elif isinstance(action, A.Click) and self.groups:
            self.index = (self.index + (1 if action.pos[0] > self.screen.width / 2 else -1)) % len(self.groups)

    def update(self, dt: float) -> None:
        if not self.theme.reduced_motion:
            self.flame.update(dt)

    def still_for(self) -> float:
        return STILL if self.theme.reduced_motion else 0.0     # the eternal flame burns unless motion is reduced

    def describe(self) -> dict:
        group = self.groups[self.index] if self.groups else None
        return {"scene": self.name, "groups": len(self.groups),
                "shown": [(e.name, e.total) for e in group[1]] if group else []}

    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        self.flame_rect, self.list_rect = split_columns(body, [0.26, 0.74], screen.px(0.04))
        self.flame.resize(self._bowl_width() * 0.5)

    def _bowl_width(self) -> int:
        """The cauldron's width: small enough that its flame stays below the header."""
        return round(min(self.flame_rect.w * 0.8, self.flame_rect.h * 0.36))

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        draw_header(surface, screen, theme, s.text, _("Hall of fame"), _("The eternal flame, kept on this machine"))
        self._draw_flame(surface)
        if not self.groups:
            s.text.fit(_("No records yet. Finish a game and your total burns here."), self.list_rect.size,
                       px=screen.text_px(theme, theme.size_body), colour=theme.text_muted).draw(surface, self.list_rect)
        else:
            self._draw_group(surface)
        back = (_("Enter"), _("back"))
        hints = [(_("Left/Right"), _("another pack")), back] if len(self.groups) > 1 else [back]
        draw_key_hints(surface, screen, theme, s.text, hints)

    def _call_out_record(self, surface: pygame.Surface) -> None:
        """A record just set, called out above the flame (its row glows): the row keeps its
        columns for the name and the date, in every language."""
        s, theme, screen = self.services, self.theme, self.screen
        rect = self.flame_rect
        area = pygame.Rect(rect.x, rect.y, rect.w, round(rect.h * 0.24))
        s.text.fit(_("new record!"), area.size, px=screen.text_px(theme, theme.size_body), style="bold",
                   colour=theme.accent).draw(surface, area)

    def _draw_flame(self, surface: pygame.Surface) -> None:
        """The eternal flame: the podium's cauldron, burning for good."""
        theme = self.theme
        rect = self.flame_rect
        bowl = cauldron_picture(theme, self._bowl_width())
        where = bowl.get_rect(midbottom=(rect.centerx, rect.bottom - rect.h * 0.04))
        mouth = (where.centerx, where.top + where.h * 0.17)
        if theme.reduced_motion:
            picture, origin = still_flame(theme, max(4, round(self.flame.width)), 10, 0)
            surface.blit(picture, (mouth[0] - origin[0], mouth[1] - origin[1]), special_flags=pygame.BLEND_RGB_ADD)
        else:
            self.flame.draw(surface, mouth)
        surface.blit(bowl, where)

    def _draw_group(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        (pack_key, mode), entries = self.groups[self.index]
        head, table = split_rows(self.list_rect, [0.16, 0.84], screen.px(0.015))
        title = f"{entries[0].pack_titles} · {_(MODE_WORDS[mode]) if mode in MODE_WORDS else mode}"
        # Translators: which pack of the hall of fame is shown, "2 of 5"
        counter = _("{number} of {count}").format(number=self.index + 1, count=len(self.groups)) \
            if len(self.groups) > 1 else ""
        title_rect, counter_rect = split_columns(head, [0.82, 0.18])
        s.text.fit(title, title_rect.size, px=screen.text_px(theme, theme.size_body), style="bold", colour=theme.accent,
                   align="left").draw(surface, title_rect)
        s.text.fit(counter, counter_rect.size, px=screen.text_px(theme, theme.size_small), colour=theme.text_muted,
                   align="right").draw(surface, counter_rect)
        rows = split_rows(table, [1] * 10, max(1, screen.px(0.006)))
        px = min(screen.text_px(theme, theme.size_body), round(rows[0].h * 0.6))
        plain_px = min(screen.px(theme.size_body), round(rows[0].h * 0.6))
        for entry, row in zip(entries, rows):
            mine = self.focus.session_id is not None and entry.session_id == self.focus.session_id
            tied = any(e.total == entry.total and e.session_id != entry.session_id for e in entries)
            record = mine and entry.rank == 1 and self.focus.new_record and not tied
            fill = theme.panel_raised if mine else theme.panel
            edge_w = max(1, screen.px(0.004 if mine else 0.002))
            draw_panel(surface, row, fill, radius_frac=0.25, edge=theme.accent if mine else theme.panel_edge,
                       edge_width=edge_w)
            # Clear of the rounded ends and the edge, so the date never touches the row's rim.
            pad_x = max(screen.px(0.02), round(row.h * 0.3))
            inner = row.inflate(-2 * pad_x, -2 * (edge_w + 1))
            rank_rect, name_rect, total_rect, date_rect = split_columns(inner, [0.08, 0.5, 0.2, 0.22], screen.px(0.01))
            medal = theme.medal_colour(entry.rank - 1) if entry.rank <= 3 else theme.text_muted
            s.text.fit(str(entry.rank), rank_rect.size, px=px, style="display", colour=medal).draw(surface, rank_rect)
            # Never below the size the row gives a name at 100% text, where it fits there.
            least = max(screen.min_text_px(theme), min(px, plain_px))
            name_style = dict(style="bold", colour=theme.accent if record else theme.text, align="left", max_lines=1)
            if not s.text.trial(entry.name, name_rect.size, px=px, min_px=least, **name_style).fits:
                least = None                    # a name too long for that: smaller, down to the floor, but whole
            s.text.fit(entry.name, name_rect.size, px=px, min_px=least, **name_style).draw(surface, name_rect)
            s.text.fit(score_text(entry.total), total_rect.size, px=px, style="display",
                       colour=theme.text, align="right").draw(surface, total_rect)
            s.text.fit(short_date(entry.achieved_at), date_rect.size, px=round(px * 0.8), colour=theme.text_muted,
                       align="right").draw(surface, date_rect)
            if record:
                self._call_out_record(surface)
