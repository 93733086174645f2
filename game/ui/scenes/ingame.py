"""What the screens in the middle of a game share: Esc asks before leaving the game, and in
party and classroom games the room's and the teacher's keys come first.

The question, reveal and standings screens are `InGameScene`s: they call `answer_to_leave`
first in `handle`, `ask_to_leave` on Back, and `draw_leave_question` last in `draw`.
"""

from __future__ import annotations

import pygame

from game.i18n import N_, _
from game.ui.classroom.teamplay import TeamPlay
from game.ui.input import actions as A
from game.ui.input.keymap import MENU, TEXT
from game.ui.kit.overlays import ConfirmDialog
from game.ui.scene import Scene

LEAVE_QUESTION = N_("Leave this game? The scores so far are kept as an unfinished game.")
LEAVE_KEY = (N_("Esc"), N_("leave the game (asks first)"))


class InGameScene(Scene):
    """Base of the screens a game passes through between its first question and the podium."""

    # The leave question while it is on screen; it takes every action until answered.
    confirm: ConfirmDialog | None = None
    # Party and classroom games: the room's pads and the teacher's desk (None in solo games).
    play: TeamPlay | None = None

    def ask_to_leave(self) -> None:
        self.confirm = ConfirmDialog(self.theme, self.services.text, _(LEAVE_QUESTION),
                                     # Translators: the buttons of "Leave this game?"
                                     _("Leave"), _("Keep playing"))

    def answer_to_leave(self, action: A.Action) -> bool:
        """True when the leave question is open and took the action: Leave ends the game,
        Keep playing closes the question."""
        if self.confirm is None:
            return False
        answer = self.confirm.handle(action)
        if answer is True:
            self.finish("abandon")
        elif answer is False:
            self.confirm = None
            self.kept_playing()
        return True

    def kept_playing(self) -> None:
        """The players chose to stay; the question screen starts the clock again here."""

    @property
    def input_mode(self) -> str:  # type: ignore[override]
        """Menu keys; letters while the teacher types a new name."""
        return TEXT if self.play is not None and self.play.wants_text else MENU

    @property
    def teacher_keys(self) -> bool:
        return self.play is not None and self.play.teacher_keys(self.confirm is not None)

    def draw_leave_question(self, surface: pygame.Surface) -> None:
        if self.confirm is not None:
            self.confirm.draw(surface)
