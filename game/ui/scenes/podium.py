"""The end of a session: the podium, the winner lighting the cauldron, the totals."""

from __future__ import annotations

import pygame

from game.i18n import N_, _, ngettext, pgettext
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import draw_key_hints
from game.ui.kit.fx import draw_panel
from game.ui.handover import AfterSession, HallFocus, Match
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.look.podium import Finisher, Podium
from game.ui.scene import Scene
from game.ui.look.teamcolours import player_colours
from game.ui.kit.text import score_text


class PodiumScene(Scene):
    name = "podium"
    title = N_("Podium")
    help_keys = ((N_("Enter, Space"), N_("on to the hall of fame")), (N_("Esc"), N_("back to the title")))

    def enter(self, handover: Match) -> None:
        s = self.services
        self.match = handover
        self.session = handover.session
        standings = self.session.standings()
        if handover.room is not None:
            standings = handover.room.shown_standings(standings)
        players = self.session.players
        total = self.session.total_questions
        colours = player_colours(players)
        self.finishers = [Finisher(st.name, st.score, st.rank, colours[st.player],
                                   ngettext("{right} of {total} right", "{right} of {total} right", total).format(
                                       right=players[st.player].correct, total=total)) for st in standings]
        self.podium = Podium(s.theme, s.text)
        self.podium.set_finishers(self.finishers)
        self.record = self._record()
        self.screen = Screen(1280, 720)
        self.fanfare_played = False

    def _record(self) -> HallFocus:
        """Where this game landed in the hall of fame, from what the recorder wrote."""
        recorder = self.match.recorder
        config = self.session.config
        pack_key = "+".join(sorted({p.id for p in config.packs}))
        ranks = recorder.ranks if recorder is not None else []
        # A round ended early (at question 1, say) is not comparable: it sets no record.
        new_record = not self.session.ended_early and any(r.rank == 1 and r.total > 0 for r in ranks)
        store = self.services.store
        if new_record and store is not None:
            # Equalling an earlier best is not a new record.
            best = [e for e in store.hall_of_fame(pack=pack_key, mode=config.mode.value, limit=50)
                    if e.pack_key == pack_key and e.rank == 1]
            new_record = not any(e.session_id != self.match.session_id for e in best)
        return HallFocus(pack_id=pack_key, mode=config.mode.value,
                         session_id=self.match.session_id, new_record=new_record)

    def handle(self, action: A.Action) -> None:
        if isinstance(action, A.Back):
            self.finish("back")
        elif isinstance(action, (A.Confirm, A.Click)):
            if not self.podium.done:
                self.podium.skip()
                return
            if self.session.config.mode.teams:
                self.finish("summary", AfterSession(self.match, self.record))
            else:
                self.finish("next", self.record)

    def update(self, dt: float) -> None:
        self.podium.update(dt)
        if not self.fanfare_played and (self.podium.lit or self.theme.reduced_motion):
            self.fanfare_played = True
            self.services.sound.play("fanfare")

    def describe(self) -> dict:
        return {"scene": self.name, "finishers": [(f.name, f.score, f.rank) for f in self.finishers],
                "lit": self.podium.lit}

    def hint_band(self) -> pygame.Rect:
        return self.footer

    def layout(self, screen: Screen) -> None:
        self.screen = screen
        content = screen.content()
        self.head, self.subtitle, body, self.footer = split_rows(content, [0.12, 0.06, 0.74, 0.08], screen.px(0.015))
        many = len(self.finishers) > 3
        # The projector profile: the list of everyone takes half the width, each name on up to two
        # lines at the profile's floor, and the podium shows the places and totals beside it.
        self.roomy_list = many and self.theme.name == "projector"
        if self.roomy_list and not self._subtitle():
            body = body.union(self.subtitle)
        if many:
            stage, self.others_rect = split_columns(body, [0.5, 0.5] if self.roomy_list else [0.66, 0.34],
                                                    screen.px(0.03))
        else:
            stage, self.others_rect = body, None
        self.podium.show_names = not self.roomy_list
        self.podium.layout(stage, screen)

    def _title(self) -> str:
        winner = self.finishers[0] if self.finishers else None
        if winner is None:
            return _("Game over")
        if len(self.finishers) == 1:
            return _("Well run, {name}!").format(name=winner.name)
        winners = [f.name for f in self.finishers if f.rank == 1]
        if len(winners) == 1:
            return _("{name} lights the cauldron!").format(name=winners[0])
        if len(winners) == 2:
            return _("{first} and {second} light the cauldron together!").format(first=winners[0], second=winners[1])
        return ngettext("A {count}-way tie: the cauldron is lit together!",
                        "A {count}-way tie: the cauldron is lit together!", len(winners)).format(count=len(winners))

    def _subtitle(self) -> str:
        """Under the title: how the solo player did, and a new record when there is one."""
        parts = []
        if len(self.finishers) == 1 and self.finishers[0].detail:
            parts.append(self.finishers[0].detail)
        everyone = len(self.session.players)
        if 1 < len(self.finishers) < everyone:
            parts.append(ngettext("The top {shown} of {count} player", "The top {shown} of {count} players",
                                  everyone).format(shown=len(self.finishers), count=everyone))
        if self.record.new_record:
            parts.append(_("A new record for this pack!"))
        return "  ·  ".join(parts)

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        s.text.fit(self._title(), self.head.size, px=screen.text_px(theme, theme.size_heading * 1.15), style="display",
                   colour=theme.accent, shadow=theme.text_shadow).draw(surface, self.head)
        subtitle = self._subtitle()
        if subtitle:
            s.text.fit(subtitle, self.subtitle.size, px=screen.text_px(theme, theme.size_body), style="bold",
                       colour=theme.text, shadow=theme.text_shadow, max_lines=1).draw(surface, self.subtitle)
        self.podium.draw(surface)
        if self.others_rect is not None:
            self._draw_others(surface)
        onward = _("summary") if self.session.config.mode.teams else _("hall of fame")
        back = pgettext("key hint: back to the title screen", "title")
        draw_key_hints(surface, screen, theme, s.text, [(_("Enter"), onward), (_("Esc"), back)], self.footer)

    def _draw_others(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = pygame.Rect(self.others_rect)
        pad = screen.px(0.04)
        row_h = min((card.h - pad) / max(8, len(self.finishers)), screen.unit * (0.13 if self.roomy_list else 0.08))
        card.h = round(row_h * len(self.finishers) + pad)
        card.bottom = self.others_rect.bottom        # standing on the same ground as the podium
        draw_panel(surface, card, theme.panel, radius_frac=0.06, edge=theme.panel_edge, edge_width=max(1, screen.px(0.002)))
        inner = card.inflate(-pad, -pad)
        rows = split_rows(inner, [1] * len(self.finishers), max(1, screen.px(0.004)))
        for finisher, row in zip(self.finishers, rows):
            shares = [0.1, 0.66, 0.24] if self.roomy_list else [0.14, 0.56, 0.3]
            rank_rect, name_rect, score_rect = split_columns(row, shares, screen.px(0.008))
            px = min(screen.text_px(theme, theme.size_small), round(row.h * 0.6))
            if self.roomy_list:
                px = max(px, screen.floor_text_px(theme))
            colour = theme.medal_colour(finisher.rank - 1) if finisher.rank <= 3 else theme.text_muted
            s.text.fit(str(finisher.rank), rank_rect.size, px=px, style="display", colour=colour).draw(surface, rank_rect)
            s.text.fit(finisher.name, name_rect.size, px=px, min_px=screen.min_text_px(theme), colour=theme.text,
                       align="left", line_spacing=0.95,
                       max_lines=2 if self.roomy_list else None).draw(surface, name_rect)
            s.text.fit(score_text(finisher.score), score_rect.size, px=px, style="bold",
                       colour=theme.text, align="right").draw(surface, score_rect)
