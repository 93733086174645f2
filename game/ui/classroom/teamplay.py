"""What the play screens add in party and classroom games, in one object they each hold.

    play = TeamPlay.for_match(services, match)   # None in solo games
    action = play.handle(action, scene)          # None when taken: a teacher key, a pad
                                                 # plugged or pulled; a pad button becomes
                                                 # an Answer for its team
    play.update(dt); play.draw(surface)          # the banner at the top, the teacher's panel

It keeps the match's `Room` (made with defaults when a test or the autopilot starts a team
game without the team screen) and, in classroom mode, the teacher's desk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.i18n import _
from game.quiz import Mode
from game.ui.kit.idle import STILL
from game.ui.input import actions as A
from game.ui.classroom.banner import Banner
from game.ui.input.room import Room
from game.ui.classroom.teacher import SELECTION_SECONDS, TeacherDesk
from game.ui.input.teacher_keys import teacher_help

if TYPE_CHECKING:
    from game.ui.handover import Match
    from game.ui.scene import Scene
    from game.ui.services import Services


class TeamPlay:
    def __init__(self, services: "Services", match: "Match") -> None:
        self.services = services
        self.match = match
        config = match.session.config
        if match.room is None:
            match.room = Room.default(len(config.players), classroom=config.mode is Mode.CLASSROOM)
        self.room: Room = match.room
        self.banner = Banner(services.theme, services.text)
        self.desk = TeacherDesk(services, match, self.banner.show) if config.mode is Mode.CLASSROOM else None

    @classmethod
    def for_match(cls, services: "Services", match: "Match") -> "TeamPlay | None":
        return cls(services, match) if match.session.config.mode.teams else None

    def teacher_keys(self, scene_busy: bool = False) -> bool:
        """Whether teacher keys are live: classroom, and no yes/no question on screen."""
        return self.desk is not None and self.desk.taking_keys and not scene_busy

    @property
    def wants_text(self) -> bool:
        """The teacher is typing a new name: the keys are letters, not answers or commands."""
        return self.desk is not None and self.desk.names.wants_text

    @property
    def help_keys(self) -> tuple[tuple[str, str], ...]:
        return teacher_help() if self.desk is not None else ()

    def handle(self, action: A.Action, scene: "Scene", answering: bool = False) -> A.Action | None:
        """Take what is the room's or the teacher's; return what is left for the screen."""
        pads, say = self.services.pads, self.banner.show
        if self.desk is not None and self.desk.handle(action, scene):
            return None
        if isinstance(action, A.PadDisconnected):
            team = self.room.unplugged(action.device)
            if team is not None:
                name = self.match.session.players[team].name
                say(_("{pad} unplugged: {team} can press a button on any free pad").format(pad=action.label, team=name),
                    5.0)
            return None
        if isinstance(action, A.PadConnected):
            for team in self.room.reconnect(pads):
                say(_("{team} has {pad} back").format(team=self.match.session.players[team].name,
                                                      pad=self.room.inputs[team].pad_label))
            return None
        if isinstance(action, A.PadButton):
            team, claimed = self.room.pad_pressed(action, pads)
            if claimed:
                say(_("{team} now answers on {pad}").format(team=self.match.session.players[team].name,
                                                            pad=self.room.inputs[team].pad_label))
                return None
            if team is None or action.choice is None or not answering:
                return None
            return A.Answer(team, action.choice)
        return action

    def update(self, dt: float) -> None:
        self.banner.update(dt)
        self.room.check_devices(self.services.pads)
        self.room.reconnect(self.services.pads)
        if self.desk is not None:
            self.desk.update(dt)

    def still_for(self) -> float:
        """Until the banner goes or the teacher's chosen team is let go by themselves."""
        wait = self.banner.left if self.banner.visible else STILL
        if self.desk is not None and self.desk.selected is not None:
            wait = min(wait, max(0.0, SELECTION_SECONDS - self.desk.idle))
        return wait

    @property
    def showing(self) -> bool:
        """Whether `draw` puts anything on screen now (the banner, the teacher's panel or question)."""
        if self.desk is not None and (self.desk.selected is not None or self.desk.confirm is not None):
            return True
        return self.banner.visible

    def draw(self, surface: pygame.Surface) -> None:
        if self.desk is None or self.desk.selected is None:
            self.banner.draw(surface)
        if self.desk is not None:
            self.desk.draw(surface)
