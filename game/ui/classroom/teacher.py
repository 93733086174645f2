"""The teacher's desk: carries out teacher keys on the play screens of a classroom game.

Which keys are teacher keys, and how they coexist with the teams' keyboard zones, is in
`game.ui.input.teacher_keys`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import pygame

from game.i18n import _, ngettext
from game.i18n.formats import format_number
from game.quiz import IllegalMove, State
from game.ui.input import actions as A
from game.ui.classroom.banner import banner_rect, draw_solid_panel
from game.ui.classroom.names import NameEditor
from game.ui.kit.layout import Screen, split_columns
from game.ui.kit.overlays import ConfirmDialog
from game.ui.look.teamcolours import player_colours
from game.ui.input.teacher_keys import ADD_SECONDS, ADJUST_STEP

if TYPE_CHECKING:
    from game.ui.handover import Match
    from game.ui.scene import Scene
    from game.ui.services import Services

SELECTION_SECONDS = 8.0   # the team chosen with Tab is let go after this long without a key


class TeacherDesk:
    """The teacher's controls on the question, reveal and standings screens of a classroom game.

    A screen passes every action to `handle` first; the desk takes teacher commands (and the
    keys of its own "end the round?" question) and leaves the rest to the screen.
    """

    def __init__(self, services: "Services", match: "Match", say: Callable[[str], None] | None = None) -> None:
        self.services = services
        self.say = say or services.notice.show
        self.match = match
        self.session = match.session
        self.selected: int | None = None
        self.idle = 0.0
        self.confirm: ConfirmDialog | None = None
        self.names = NameEditor(services, match.session, match.room)

    @property
    def room(self):
        return self.match.room

    @property
    def taking_keys(self) -> bool:
        """False while the desk asks a yes/no question (its Y and N are not teacher keys then)
        or a name is being typed."""
        return self.confirm is None and not self.names.active

    def handle(self, action: A.Action, scene: "Scene") -> bool:
        """Carry out a teacher command; True when the action was the desk's."""
        if self.names.active:
            self.idle = 0.0
            self.names.handle(action)
            return True
        if isinstance(action, A.Hotkey) and action.key in ("f2", "delete") and self.selected is not None:
            if action.key == "f2":
                self.names.rename(self.selected)
            else:
                self.names.take_out(self.selected)
            return True
        if self.confirm is not None:
            answer = self.confirm.handle(action)
            if answer is True:
                self.confirm = None
                self._end(scene)
            elif answer is False:
                self.confirm = None
            return True
        if isinstance(action, A.Back) and self.selected is not None:
            self.selected = None
            return True
        if not isinstance(action, A.Teacher):
            return False
        self.idle = 0.0
        try:
            self._command(action.command, scene)
        except IllegalMove:
            self.services.sound.play("wrong")
        return True

    def _command(self, command: str, scene: "Scene") -> None:
        session, say = self.session, self.say
        state = session.state
        if command == "pause":
            if state is State.ASKING:
                session.pause()
            elif state is State.PAUSED:
                session.resume()
        elif command == "time":
            left = session.add_time(ADD_SECONDS)
            say(ngettext("+{added} seconds: {count} second left", "+{added} seconds: {count} seconds left",
                         round(left)).format(added=ADD_SECONDS, count=round(left)))
        elif command == "skip":
            session.skip()
            # A notice outlives this screen, which gives way to the next question at once.
            self.services.notice.show(_("Question {number} skipped").format(number=session.current.number))
            scene.finish("finished" if session.next() is State.FINISHED else "next", self.match)
        elif command == "reveal" or (command == "next" and state in (State.ASKING, State.PAUSED, State.LOCKED)):
            if state not in (State.ASKING, State.PAUSED, State.LOCKED):
                raise IllegalMove("nothing to reveal here")
            self.match.last_result = session.reveal()
            scene.finish("reveal", self.match)
        elif command == "next":
            scene.handle(A.Confirm())
        elif command in ("select", "select_back"):
            self._select(1 if command == "select" else -1)
        elif command in ("give", "take"):
            self._adjust(ADJUST_STEP if command == "give" else -ADJUST_STEP, scene)
        elif command == "standings":
            room = self.room
            room.standings_hidden = not room.standings_hidden
            say(_("Standings hidden until H is pressed again") if room.standings_hidden else _("Standings shown"))
        elif command == "end":
            self.confirm = ConfirmDialog(self.services.theme, self.services.text,
                                         _("End the round now? The scores so far count."), _("End the round"),
                                         _("Carry on"))

    def _select(self, step: int) -> None:
        count = len(self.session.players)
        if self.selected is None:
            self.selected = 0 if step > 0 else count - 1
        else:
            position = self.selected + step
            self.selected = position if 0 <= position < count else None

    def _adjust(self, points: int, scene: "Scene") -> None:
        if self.selected is None:
            self.say(_("Press Tab to choose a team first"))
            return
        adjustment = self.session.adjust(self.selected, points, reason="teacher")
        player = self.session.players[self.selected]
        # A notice, not the banner: the chosen team's panel covers the banner while it is up.
        if adjustment.points == 0:
            self.services.notice.show(_("{team} has no points to take: still 0").format(team=player.name))
            return
        sign = "+" if adjustment.points >= 0 else "−"
        change = sign + format_number(abs(adjustment.points))
        if adjustment.points != adjustment.requested:
            words = _("{change} for {team} (all it had): {score} now")
        else:
            words = _("{change} for {team}: {score} now")
        self.services.notice.show(words.format(change=change, team=player.name, score=format_number(player.score)))
        scene.scores_changed()

    def _end(self, scene: "Scene") -> None:
        if self.session.state is State.FINISHED:
            return
        self.session.end_round()
        scene.finish("finished", self.match)

    def update(self, dt: float) -> None:
        if self.selected is not None and not self.names.active:
            self.idle += dt
            if self.idle >= SELECTION_SECONDS:
                self.selected = None

    # -- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self.selected is not None and not self.names.active:
            self._draw_selection(surface)
        if self.confirm is not None:
            self.confirm.draw(surface)
        self.names.draw(surface)

    def _draw_selection(self, surface: pygame.Surface) -> None:
        s, theme = self.services, self.services.theme
        screen = Screen(*surface.get_size())
        player = self.session.players[self.selected]
        px = screen.text_px(theme, theme.size_body)
        bar = banner_rect(screen, px)
        draw_solid_panel(surface, bar, theme.panel_raised, theme.lane_edge(player_colours(self.session.players)[player.index]), max(3, screen.px(0.006)))
        inner = bar.inflate(-px, -px // 2)
        name_box, keys_box = split_columns(inner, [0.55, 0.45], px // 2)
        s.text.fit(f"{player.name}: {format_number(player.score)}", name_box.size, px=px,
                   min_px=screen.min_text_px(theme),
                   style="bold", colour=theme.text, align="left", max_lines=1).draw(surface, name_box)
        if self.names.phone_of(player.index) is not None:
            keys = _("+ or - {count} points, F2: rename\nTab: next, Delete: take out")
        else:
            keys = _("+ or - {count} points, F2: rename\nTab: next")
        s.text.fit(keys.format(count=ADJUST_STEP), keys_box.size,
                   px=screen.text_px(theme, theme.size_small), min_px=screen.min_text_px(theme),
                   colour=theme.accent, align="right", line_spacing=0.95).draw(surface, keys_box)
