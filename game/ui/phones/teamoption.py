"""The team screen's Phones row: switched on, the phone page is served (and the team screen
leads to the lobby); switched off, the server and every phone's page close."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.i18n import N_, _, ngettext
from game.i18n.formats import format_number
from game.ui.input.room import PHONES_BESIDE, PHONES_IN_TEAMS, PHONES_ONLY, Room
from game.ui.kit.layout import Screen
from game.ui.phones.joincard import draw_join_summary
from game.ui.phones.link import close_phones, open_phones, seat_phones
from game.ui.phones.shown import shown_address, shown_code

if TYPE_CHECKING:
    from game.ui.services import Services

HOW = {
    PHONES_ONLY: N_("Only the phones play: every phone is a player of its own, and the keyboard teams sit out."),
    PHONES_BESIDE: N_("Every phone is a player of its own, beside the teams with keys or a pad."),
    PHONES_IN_TEAMS: N_("Each phone chooses one of these teams; the first answer of a team counts."),
}
# Told on the phone (in its own language) when team play begins after it joined alone.
REJOIN = N_("The game now plays in teams: join again and choose your team.")


class PhonesOption:
    def __init__(self, services: "Services", room: Room) -> None:
        self.services = services
        self.room = room
        link = services.phones
        if room.phones is None and link is not None and link.running:
            # Served already (`relayquiz play --phones`): the game is meant for phones.
            room.phones = PHONES_ONLY
            room.top_five = True
        self.joined = 0

    def choose(self, value: str | None, names: list[str]) -> str | None:
        """Switch to `value` (None: off); what went wrong, in words, or None."""
        if value is None:
            self.room.phones = None
            close_phones(self.services)
            return None
        problem = open_phones(self.services)
        if problem:
            self.room.phones = None
            return problem
        if self.room.phones is None:
            self.room.top_five = True        # a class's standings: the five best, by default
        self.room.phones = value
        self.seat(names)
        return None

    def seat(self, names: list[str]) -> None:
        """Tell the server how phones join now; in team play, a phone that joined without a team
        is asked to join again and choose one."""
        link = self.services.phones
        if link is None or self.room.phones is None:
            return
        seat_phones(link, self.room, names)
        if self.room.phones == PHONES_IN_TEAMS:
            for view in link.players():
                if view.team is None:
                    link.remove(view.id, REJOIN)

    def update(self) -> None:
        link = self.services.phones
        self.joined = len(link.players()) if link is not None else 0

    def draw_summary(self, surface: pygame.Surface, screen: Screen, box: pygame.Rect) -> None:
        s, theme = self.services, self.services.theme
        link = s.phones
        if link is None or self.room.phones is None:
            return
        lines = [_("Phones open {address} and type the code {code}.").format(address=shown_address(link),
                                                                             code=shown_code(link.code)),
                 ngettext("{count} joined so far. Start opens the lobby, with the QR code.",
                          "{count} joined so far. Start opens the lobby, with the QR code.",
                          self.joined).format(count=format_number(self.joined)),
                 _(HOW[self.room.phones])]
        draw_join_summary(surface, box, theme, s.text, screen, lines)

    def draw_sitting_out(self, surface: pygame.Surface, screen: Screen, cards: list[pygame.Rect]) -> None:
        """Over the team cards, when only the phones play: they sit this game out."""
        s, theme = self.services, self.services.theme
        area = cards[0].unionall(cards[1:])
        shade = pygame.Surface(area.size, pygame.SRCALPHA)
        shade.fill((*theme.background_top, 190))
        surface.blit(shade, area)
        s.text.fit(_("Only the phones play: these teams sit this game out."), area.inflate(-screen.px(0.06), 0).size,
                   px=screen.text_px(theme, theme.size_body), min_px=screen.min_text_px(theme), style="bold",
                   colour=theme.text).draw(surface, area)
