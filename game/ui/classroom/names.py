"""Renaming a player or team, and taking a player on a phone out of the game, during play.

On the play screens of a classroom game the teacher chooses a player with Tab; F2 renames them
(the session, the records and their phone follow) and Delete takes a player on a phone out
(asked first): their phone says so and answers no more, and their points so far stay in the
results. The lobby renames the same way, with the same card.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.i18n import N_, _
from game.quiz.config import MAX_NAME_LENGTH
from game.ui.input import actions as A
from game.ui.kit.fx import draw_panel
from game.ui.kit.layout import Screen, centred, split_rows
from game.ui.kit.overlays import ConfirmDialog
from game.ui.kit.widgets import TextField

if TYPE_CHECKING:
    from game.quiz import Session
    from game.ui.input.room import Room
    from game.ui.services import Services

RENAME_NOTE = N_("Enter keeps the new name; Esc leaves it as it was.")


def draw_rename_card(surface: pygame.Surface, services: "Services", field: TextField, title: str,
                     problem: str = "", note: str = RENAME_NOTE) -> None:
    """A card over the screen with the name being typed, a caret, and what went wrong if anything."""
    s, theme = services, services.theme
    screen = Screen(*surface.get_size())
    shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    shade.fill((*theme.background_top, 170))
    surface.blit(shade, (0, 0))
    card = centred(screen.rect, min(screen.width - screen.px(0.06), round(screen.unit * 1.1)), round(screen.unit * 0.5))
    draw_panel(surface, card, theme.panel, radius_frac=0.08, edge=theme.accent, edge_width=max(2, screen.px(0.004)))
    inner = card.inflate(-screen.px(0.08), -screen.px(0.06))
    head, box, foot = split_rows(inner, [0.28, 0.4, 0.32], screen.px(0.02))
    px = screen.text_px(theme, theme.size_body)
    min_px = screen.min_text_px(theme)
    s.text.fit(title, head.size, px=screen.text_px(theme, theme.size_heading * 0.8), min_px=min_px, style="bold",
               colour=theme.text, align="left", max_lines=1).draw(surface, head)
    draw_panel(surface, box, theme.panel_raised, radius_frac=0.25, edge=theme.focus_ring,
               edge_width=max(2, screen.px(0.004)))
    field_box = box.inflate(-screen.px(0.04), -box.h // 5)
    fitted = s.text.fit(field.text or " ", field_box.size, px=round(px * 1.2), min_px=min_px, style="bold",
                        colour=theme.text, align="left", max_lines=1)
    where = fitted.draw(surface, field_box)
    if (s.clock.now() % 1.0) < 0.6:
        font = s.fonts.get("bold", fitted.px, field.text)
        x = where.left + font.size(field.text[: field.cursor])[0]
        pygame.draw.line(surface, theme.accent, (x + 2, field_box.centery - fitted.px * 0.6),
                         (x + 2, field_box.centery + fitted.px * 0.6), max(2, screen.px(0.004)))
    s.text.fit(problem or _(note), foot.size, px=screen.text_px(theme, theme.size_small), min_px=min_px,
               colour=theme.wrong if problem else theme.text_muted, align="left", valign="top").draw(surface, foot)


class NameEditor:
    """The desk's rename card and its "take out?" question, for the player chosen with Tab."""

    def __init__(self, services: "Services", session: "Session", room: "Room | None") -> None:
        self.services = services
        self.session = session
        self.room = room
        self.field: TextField | None = None
        self.problem = ""
        self.confirm: ConfirmDialog | None = None
        self.player: int | None = None

    @property
    def active(self) -> bool:
        return self.field is not None or self.confirm is not None

    @property
    def wants_text(self) -> bool:
        return self.field is not None

    def phone_of(self, player: int) -> int | None:
        """The phone answering as player `player`, when every phone is a player of its own."""
        link = self.services.phones
        if link is None or self.room is None or not self.room.phones_alone:
            return None
        for view in link.players():
            if view.seat == player:
                return view.id
        return None

    def rename(self, player: int) -> None:
        self.player = player
        self.field = TextField("rename", _("New name"), text=self.session.players[player].name,
                               max_length=MAX_NAME_LENGTH if self.phone_of(player) is None else 20)
        self.problem = ""

    def take_out(self, player: int) -> None:
        name = self.session.players[player].name
        if self.phone_of(player) is None:
            self.services.notice.show(
                _("{name} is not on a phone: only a phone player can be taken out").format(name=name))
            return
        self.player = player
        self.confirm = ConfirmDialog(self.services.theme, self.services.text,
                                     _("Take {name} out of the game? Their phone is told; their points so far stay "
                                       "in the results.").format(name=name),
                                     # Translators: the buttons of "Take … out of the game?"
                                     _("Take out"), _("Keep"))

    def handle(self, action: A.Action) -> None:
        """Every action while the card or the question is up is theirs."""
        if self.confirm is not None:
            answer = self.confirm.handle(action)
            if answer is not None:
                self.confirm = None
                if answer:
                    self._remove()
            return
        field = self.field
        if field is None:
            return
        if isinstance(action, A.Back):
            self.field = None
        elif isinstance(action, A.Confirm):
            self._rename(field.text)
        elif isinstance(action, (A.TypeText, A.EditKey)):
            field.handle_text(action)
            self.problem = ""

    def _rename(self, text: str) -> None:
        player = self.player
        assert player is not None
        phone = self.phone_of(player)
        try:
            if phone is not None and self.services.phones is not None:
                name = self.services.phones.rename(phone, text)
            else:
                name = self.session.rename_player(player, text)
        except (ValueError, KeyError) as refused:      # taken, empty, too long; a phone gone
            self.problem = str(refused).strip("'\"")
            return
        self.field = None
        self.services.notice.show(_("Renamed to {name}").format(name=name))

    def _remove(self) -> None:
        phone = self.phone_of(self.player) if self.player is not None else None
        if phone is None or self.services.phones is None:
            return
        name = self.session.players[self.player].name
        try:
            self.services.phones.remove(phone)
        except KeyError:
            return
        self.services.notice.show(_("{name} is out of the game").format(name=name))

    def draw(self, surface: pygame.Surface) -> None:
        if self.field is not None and self.player is not None:
            draw_rename_card(surface, self.services, self.field,
                             _("Rename {name}").format(name=self.session.players[self.player].name),
                             self.problem)
        if self.confirm is not None:
            self.confirm.draw(surface)
