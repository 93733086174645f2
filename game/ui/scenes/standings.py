"""The standings between questions: the relay track, runners moving from old score to new."""

from __future__ import annotations

import pygame

from game.i18n import N_, _, ngettext
from game.quiz import State, max_points
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import draw_key_hints
from game.ui.handover import Match
from game.ui.kit.layout import Screen, split_rows
from game.ui.scenes.ingame import LEAVE_KEY, InGameScene
from game.ui.classroom.teamplay import TeamPlay
from game.ui.look.teamcolours import player_colours
from game.ui.look.track import Lane, RelayTrack


def lanes_for(standings, players, result=None) -> list[Lane]:
    """Track lanes from the quiz core's standings, each in its team's colour (see teamcolours).

    With the question's `result`, each lane knows that question's points apart from what was
    given or taken by hand since (a teacher's +100 is not the question's)."""
    colours = player_colours(players)
    lanes = []
    for s in standings:
        answers = result.answers if result is not None and not result.skipped else ()
        points = answers[s.player].points if s.player < len(answers) else None
        adjusted = s.score - s.previous_score - points if points is not None else 0
        lanes.append(Lane(s.name, colours[s.player], s.previous_score, s.score, s.rank, points, adjusted))
    return lanes


class StandingsScene(InGameScene):
    name = "standings"
    title = N_("Standings")
    own_keys = ((N_("Enter, Space"), N_("skip the run, then go on")), (N_("Mouse, touch"), N_("click to go on")),
                LEAVE_KEY)

    def enter(self, handover: Match) -> None:
        s = self.services
        self.match = handover
        self.session = handover.session
        self.track = RelayTrack(s.theme, s.text)
        self.solo = not self.session.config.mode.teams
        self.play = TeamPlay.for_match(s, handover)
        self.finish_score = None
        if self.solo:
            streaks = self.session.config.scoring.streaks
            self.finish_score = sum(max_points(r.question.points, streaks) for r in self.session.results if not r.skipped)
        self.scores_changed()
        self.screen = Screen(1280, 720)
        if self.hidden:
            self._go_on()

    @property
    def hidden(self) -> bool:
        """The teacher hid the standings (H): the screen passes straight on."""
        return self.play is not None and self.play.room.standings_hidden

    def scores_changed(self) -> None:
        """Lanes from the current standings (only the top five when the room asked for that)."""
        standings = self.session.standings()
        if self.play is not None:
            standings = self.play.room.shown_standings(standings)
        result = self.session.results[-1] if self.session.results else None
        lanes = lanes_for(standings, self.session.players, result)
        if self.track.lanes:
            self.track.retarget(lanes)           # runners run on from where they are
        else:
            self.track.set_lanes(lanes, finish_score=self.finish_score)

    @property
    def help_keys(self):  # type: ignore[override]
        return self.own_keys + (self.play.help_keys if self.play is not None else ())

    def _go_on(self) -> None:
        if self.session.next() is State.FINISHED:
            self.finish("finished", self.match)
        else:
            self.finish("next", self.match)

    def handle(self, action: A.Action) -> None:
        if self.answer_to_leave(action):
            return
        if self.play is not None:
            action = self.play.handle(action, self)
            if action is None or self.outcome is not None:
                return
        if isinstance(action, A.Back):
            self.ask_to_leave()
        elif isinstance(action, (A.Confirm, A.Click)):
            if not self.track.finished and not self.hidden:
                self.track.skip()
                return
            self._go_on()

    @property
    def frame_rate(self) -> int:  # type: ignore[override]
        """Runners crossing the track need 60 frames a second; once they stand, their flames 30."""
        return 30 if self.track.finished else 60

    def update(self, dt: float) -> None:
        self.track.update(dt)
        if self.play is not None:
            self.play.update(dt)

    def describe(self) -> dict:
        return {"scene": self.name, "lanes": [(lane.name, lane.new_score) for lane in self.track.lanes],
                "finished": self.track.finished}

    def hint_band(self) -> pygame.Rect:
        return self.footer

    def layout(self, screen: Screen) -> None:
        self.screen = screen
        content = screen.content()
        self.head, body, self.footer = split_rows(content, [0.12, 0.8, 0.08], screen.px(0.02))
        if self.solo:
            body, self.stats_rect = split_rows(body, [0.55, 0.45], screen.px(0.02))
        self.track.layout(body, screen)

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        done = sum(1 for r in self.session.results)
        total = self.session.total_questions
        everyone = len(self.session.players)
        shown = len(self.track.lanes)
        if 0 < shown < everyone:      # a large room: the best few (the phones show each place)
            if done >= total:
                title = _("Final standings: the top {shown} of {everyone}")
            else:
                title = _("Standings after {done} of {total}: the top {shown} of {everyone}")
        else:
            title = _("Final standings") if done >= total else _("Standings after {done} of {total}")
        title = title.format(done=done, total=total, shown=shown, everyone=everyone)
        s.text.fit(title, self.head.size, px=screen.text_px(theme, theme.size_heading), style="display",
                   colour=theme.text, align="left", shadow=theme.text_shadow).draw(surface, self.head)
        if self.hidden:
            s.text.fit(_("The standings are hidden. Press H to show them, N or Enter to go on."), self.track.rect.size,
                       px=screen.text_px(theme, theme.size_heading), style="bold", colour=theme.text_muted,
                       ).draw(surface, self.track.rect)
        else:
            self.track.draw(surface)
        if self.solo:
            self._draw_solo_stats(surface, done, total)
        hint = _("skip") if not self.track.finished else _("next question") if done < total else _("to the podium")
        draw_key_hints(surface, screen, theme, s.text, [(_("Enter"), hint), (_("Esc"), _("leave"))], self.footer)
        self.draw_leave_question(surface)
        if self.play is not None:
            self.play.draw(surface)

    def _draw_solo_stats(self, surface: pygame.Surface, done: int, total: int) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        player = self.session.players[0]
        played = sum(1 for r in self.session.results if not r.skipped)
        if done >= total:
            right = ngettext("{right} of {played} right", "{right} of {played} right", played)
        else:
            right = ngettext("{right} of {played} right so far", "{right} of {played} right so far", played)
        lines = [right.format(right=player.correct, played=played), _("The finish line is a perfect score.")]
        if player.streak >= 2:
            lines.insert(1, _("On a streak of {count}").format(count=player.streak))
        s.text.fit("\n".join(lines), self.stats_rect.size, px=screen.text_px(theme, theme.size_body),
                   colour=theme.text_muted, line_spacing=1.2).draw(surface, self.stats_rect)
