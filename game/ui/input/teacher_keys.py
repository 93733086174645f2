"""Teacher keys in classroom mode: which key presses are teacher commands.

Keys: P pause/resume, S skip, R reveal now, N next, T add 10 seconds, Tab then + or - to
give or take points from a team (recorded with the reason "teacher"), Tab then F2 to rename
it, Tab then Delete to take a player on a phone out (asks first), H hide/show the standings,
E end the round early (asks first), Esc leave (asks first).

Teams on one keyboard use the zones 1 2 3 4, Z X C V, Q W E R and A S D F (in that order in
classroom mode), and Q W E R and A S D F hold the teacher letters E, R and S. They coexist by
one rule: while a question takes answers, a letter that a team's zone uses answers for that
team; every teacher key also works with Ctrl held (Ctrl+E, Ctrl+R, Ctrl+S), which is never
an answer. Outside a question no zone is live, so the plain letters always work there. With
one or two keyboard teams no teacher letter is in a zone at all.
"""

from __future__ import annotations

import pygame

from game.i18n import _, ngettext
from game.ui.input import actions as A

ADD_SECONDS = 10
ADJUST_STEP = 100

TEACHER_LETTERS = {
    pygame.K_p: "pause", pygame.K_s: "skip", pygame.K_r: "reveal", pygame.K_n: "next",
    pygame.K_t: "time", pygame.K_h: "standings", pygame.K_e: "end",
}
GIVE_KEYS = (pygame.K_PLUS, pygame.K_KP_PLUS, pygame.K_EQUALS)
TAKE_KEYS = (pygame.K_MINUS, pygame.K_KP_MINUS)

def teacher_help() -> tuple[tuple[str, str], ...]:
    """The teacher's keys and what they do, in the current language."""
    return (
        ("P", _("pause or resume")),
        ("S", _("skip this question")),
        ("R", _("reveal the answer now")),
        ("N", _("next step")),
        ("T", ngettext("add {count} second", "add {count} seconds", ADD_SECONDS).format(count=ADD_SECONDS)),
        (_("Tab, + or -"), ngettext("choose a team, give or take {count} point",
                                    "choose a team, give or take {count} points", ADJUST_STEP).format(count=ADJUST_STEP)),
        (_("Tab, F2"), _("choose a team or player, rename them")),
        (_("Tab, Delete"), _("choose a player on a phone, take them out (asks first)")),
        ("H", _("hide or show the standings")),
        ("E", _("end the round early (asks first)")),
        (_("Ctrl+letter"), _("a teacher key while a team's zone uses that letter")),
        (_("Esc"), _("leave the game (asks first)")),
    )


def teacher_action(key: int, mod: int, text: str, live_keys: set[int]) -> A.Teacher | None:
    """The teacher command a key press means, or None (it is an answer, or not a teacher key)."""
    ctrl = bool(mod & pygame.KMOD_CTRL)
    if key == pygame.K_TAB:
        return A.Teacher("select_back" if mod & pygame.KMOD_SHIFT else "select")
    if text == "+" or key in GIVE_KEYS:
        return A.Teacher("give")
    if text == "-" or key in TAKE_KEYS:
        return A.Teacher("take")
    command = TEACHER_LETTERS.get(key)
    if command is None or (key in live_keys and not ctrl):
        return None
    return A.Teacher(command)
