"""The team screen, the second page of a party or classroom setup: who answers on what.

Each team has a card with its colour, its name and its keys beside the tile shapes. Pressing
any button on a controller gives that controller to the team in focus (or to the first team
without keys); Left and Right move a team to another free keyboard zone. Teams press one of
their keys to show they are ready. The room's options are here too: the projector profile,
standings for everyone or the top five, and anonymous team names.
"""

from __future__ import annotations

import dataclasses

import pygame

from game.i18n import N_, _, ngettext
from game.quiz import ConfigError, Mode, Session
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints
from game.ui.kit.fx import draw_panel, icon
from game.ui.handover import Match, TeamSetup
from game.ui.input.keymap import ANSWER, MENU
from game.ui.kit.layout import Screen, grid, split_columns, split_rows
from game.ui.classroom.projector import projector_on, set_projector
from game.ui.input.room import PHONES_BESIDE, PHONES_IN_TEAMS, PHONES_ONLY, Room
from game.ui.phones.teamoption import PhonesOption
from game.ui.scene import Scene
from game.ui.look.teamcolours import colour_slots
from game.ui.classroom.teamview import draw_team_input
from game.ui.kit.theme import RING_NAMES
from game.ui.kit.widgets import Button, Choice, Form, Toggle

# Marked for the catalogs; the form shows them translated.
STANDINGS_SHOWN = {False: N_("Everyone"), True: N_("Top five only")}
PHONES_SHOWN = {None: N_("Off"), PHONES_ONLY: N_("Only phones"), PHONES_BESIDE: N_("Phones and these teams"),
                PHONES_IN_TEAMS: N_("Phones join these teams")}


def _shown(words: dict):
    return lambda value: _(words[value]) if value in words else str(value)


def room_summary(session: Session) -> list[str]:
    """What the room needs to know before the first question (the setup screen has the full rules)."""
    config, selection = session.config, session.selection
    lines = [session.rules()[0]]
    count = selection.unplayable
    if count:
        lines.append(ngettext("{count} number or text question without options to choose from is left out.",
                              "{count} number or text questions without options to choose from are left out.",
                              count).format(count=count))
    elif {"number", "text"} & set(config.types):
        lines.append(_("Number and text questions are played as multiple choice."))
    lines.append(_("Every team answers at once; the first key a team presses counts."))
    if config.scoring.speed:
        lines.append(_("Right answers score points, faster answers score more."))
    else:
        lines.append(_("Right answers score points, speed does not matter."))
    return lines


class TeamsScene(Scene):
    name = "teams"
    title = N_("Teams")
    help_keys = ((N_("Any pad button"), N_("give that controller to the team in focus")),
                 (N_("Up, Down"), N_("choose a team or an option")),
                 (N_("Left, Right"), N_("another keyboard zone, or change an option")),
                 (N_("A team's key"), N_("that team is ready")), (N_("Enter"), N_("start")),
                 (N_("Esc"), N_("back to the setup")))

    def enter(self, handover: TeamSetup) -> None:
        s = self.services
        self.roomy_cards = False
        self.setup = handover
        self.config = handover.config
        self.classroom = self.config.mode is Mode.CLASSROOM
        # Back from the rules, the room is as it was left: keys, pads, options.
        self.room = handover.room or Room.default(len(self.config.players), classroom=self.classroom)
        self.phones = PhonesOption(s, self.room)
        rows = [
            Choice("phones", _("Phones"), options=list(PHONES_SHOWN), show=_shown(PHONES_SHOWN), wrap=False,
                   index=list(PHONES_SHOWN).index(self.room.phones)),
            Toggle("projector", _("Projector profile"), on=projector_on(s)),
            Toggle("anonymous", _("Colour names only"), on=self.room.anonymous),
            Choice("top_five", _("Standings show"), options=[False, True], show=_shown(STANDINGS_SHOWN), wrap=False,
                   index=int(self.room.top_five)),
            Button("start", _("Start")),
        ]
        self.form = Form(s.theme, s.text, rows, focus=len(rows) - 1)
        self.focus: int | None = None        # a team card in focus, or None for the form
        self.problems: list[str] = []
        self.rules = room_summary(Session(self.config, s.clock))
        self.screen = Screen(1280, 720)
        self.cards: list[pygame.Rect] = []    # laid out on the first draw

    @property
    def teams(self) -> int:
        return len(self.room.inputs)

    def names(self) -> list[str]:
        if self.room.anonymous:
            return list(RING_NAMES[: self.teams])
        return list(self.config.players)

    # -- input ----------------------------------------------------------------------------
    @property
    def input_mode(self) -> str:  # type: ignore[override]
        return ANSWER if any(self.room.answer_keys()) else MENU

    @property
    def answer_keys(self):
        return self.room.answer_keys()

    def handle(self, action: A.Action) -> None:
        if isinstance(action, A.Back):
            self.finish("back", self.setup)
        elif isinstance(action, A.Answer):
            self.room.ready.add(action.team)
        elif isinstance(action, (A.PadButton, A.PadConnected, A.PadDisconnected)):
            self._pad(action)
        elif isinstance(action, A.Navigate) and action.dy:
            self._move(action.dy)
        elif isinstance(action, A.Navigate) and action.dx and self.focus is not None:
            self.room.cycle_zone(self.focus, action.dx)
            self.room.ready.discard(self.focus)
        elif isinstance(action, A.Confirm) and self.focus is not None:
            self.start()
        elif isinstance(action, A.Click) and self._card_at(action.pos) is not None:
            self.focus = self._card_at(action.pos)
        else:
            if isinstance(action, A.Click) and self.form.index_at(action.pos) is not None:
                self.focus = None
            changed = self.form.handle(action) if self.focus is None or isinstance(action, A.Point) else None
            self._option(changed)

    def _move(self, step: int) -> None:
        """Up and Down run through the team cards, then the options and Start, and round again."""
        places = self.teams + len(self.form.rows)
        current = self.focus if self.focus is not None else self.teams + self.form.focus
        target = (current + step) % places
        if target < self.teams:
            self.focus = target
        else:
            self.focus = None
            self.form.focus = target - self.teams

    def _option(self, changed: str | None) -> None:
        if changed == "start":
            self.start()
        elif changed == "projector":
            set_projector(self.services, self.form.row("projector").on)
        elif changed == "top_five":
            self.room.top_five = self.form.row("top_five").value
        elif changed == "anonymous":
            self.room.anonymous = self.form.row("anonymous").on
            self.phones.seat(self.names())
        elif changed == "phones":
            problem = self.phones.choose(self.form.row("phones").value, self.names())
            self.form.row("phones").select(self.room.phones)
            self.form.row("top_five").select(self.room.top_five)
            self.problems = [problem] if problem else []

    def _pad(self, action: A.Action) -> None:
        pads, room, notice = self.services.pads, self.room, self.services.notice
        if isinstance(action, A.PadDisconnected):
            room.unplugged(action.device)
            return
        if isinstance(action, A.PadConnected):
            room.reconnect(pads)
            notice.show(_("{pad} plugged in: press one of its buttons to give it to a team").format(pad=action.label))
            return
        pad = pads.get(action.device)
        if pad is None:
            return
        owner = room.team_of(pad.device)
        target = self.focus if self.focus is not None else self._first_without_input()
        if owner is not None and (self.focus is None or owner == self.focus):
            room.ready.add(owner)
            return
        if target is None:
            notice.show(_("Choose a team with Up or Down, then press a button on its controller"))
            return
        room.assign_pad(target, pad)
        room.ready.add(target)
        notice.show(_("{pad} answers for {team}").format(pad=pad.label, team=self.names()[target]))

    def _first_without_input(self) -> int | None:
        for index, team in enumerate(self.room.inputs):
            if team.device is None and (team.zone is None or team.lost):
                return index
        return None

    def _card_at(self, pos) -> int | None:
        for index, rect in enumerate(self.cards):
            if rect.collidepoint(pos):
                return index
        return None

    def start(self) -> None:
        """On to the rules with these teams (the session is recorded once the rules screen starts it)."""
        s = self.services
        if self.room.phones is not None:       # the lobby, where the phones join, comes first
            self.finish("lobby", dataclasses.replace(self.setup, room=self.room))
            return
        config = dataclasses.replace(self.config, players=tuple(self.names()))
        try:
            session = Session(config, s.clock)
        except ConfigError as error:
            self.problems = error.problems
            s.sound.play("wrong")
            return
        self.finish("start", Match(session=session, choice=self.setup.choice, room=self.room,
                                   setup=dataclasses.replace(self.setup, room=self.room)))

    def still_for(self) -> float:
        return self.form.still_for()

    def update(self, dt: float) -> None:
        self.form.update(dt)
        self.phones.update()
        self.room.check_devices(self.services.pads)
        self.room.reconnect(self.services.pads)
        self.form.row("projector").on = projector_on(self.services)

    def describe(self) -> dict:
        return {"scene": self.name, "inputs": [t.describe() for t in self.room.inputs], "names": self.names(),
                "ready": sorted(self.room.ready), "focus": self.focus}

    # -- drawing --------------------------------------------------------------------------
    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        # The projector profile with many teams: wider cards (a name on two lines at the floor),
        # the settings' labels above their values, and the rules cut to what fits at the floor
        # (on a 4:3 screen, which has the height for it).
        self.roomy_cards = self.teams > 4 and self.theme.name == "projector" and screen.height >= screen.unit * 1.2
        self.form.stacked = self.roomy_cards
        cards_area, right = split_columns(body, [0.66, 0.34] if self.roomy_cards else [0.58, 0.42],
                                          screen.px(0.025 if self.roomy_cards else 0.035))
        columns = 1 if self.teams <= 4 else 2
        rows = 4 if self.teams > 2 else 3          # two teams: cards of a sensible height, at the top
        self.cards = grid(cards_area, columns, rows, screen.px(0.015))[: self.teams]
        options, self.rules_rect = split_rows(right, [0.72, 0.28] if self.roomy_cards else [0.53, 0.47],
                                              screen.px(0.02))
        weights = [1.35 if row.key == "start" else 1 for row in self.form.rows]     # Start stands out
        if self.roomy_cards:
            weights = [0.8 if row.key == "start" else 1 for row in self.form.rows]
        for row, rect in zip(self.form.rows, split_rows(options, weights, screen.px(0.012))):
            row.rect = rect
        self.form.label_share = 0.5
        self.form.row("phones").label_share = 0.36   # "Phones join these teams" needs the room

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        if self.classroom:
            note = _("Classroom: press a key or a pad button to show you are ready")
        else:
            note = _("Party: press a key or a pad button to show you are ready")
        draw_header(surface, screen, theme, s.text, _("Teams, get ready"), note)
        names = self.names()
        px = self._name_px(names)
        for index, rect in enumerate(self.cards):
            self._draw_card(surface, index, rect, names[index], px)
        if self.room.phones == PHONES_ONLY and self.cards:
            self.phones.draw_sitting_out(surface, screen, self.cards)
        focus_before = self.form.focus
        if self.focus is not None:
            self.form.focus = -1
        self.form.draw(surface, screen)
        self.form.focus = focus_before
        self._draw_rules(surface)
        draw_key_hints(surface, screen, theme, s.text,
                       [(_("Pad button"), _("join")), (_("Left/Right"), _("keys")), (_("Enter"), _("start")),
                        (_("Esc"), _("back"))])

    def _card_boxes(self, rect: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
        """A card's colour stripe, name box and keys box: side by side on a wide card, the keys
        under the name when eight teams share two columns."""
        screen = self.screen
        inner = rect.inflate(-screen.px(0.03), -screen.px(0.014))
        corner = round(min(rect.w, rect.h) * 0.18 * 0.6)          # clear of the card's rounded corners
        stripe = pygame.Rect(inner.x, rect.y + corner, max(4, screen.px(0.012)), rect.h - 2 * corner)
        inner.x, inner.w = stripe.right + screen.px(0.015), inner.w - stripe.w - screen.px(0.015)
        if self.teams > 4:
            name_box, input_box = split_rows(inner, [0.56, 0.44], screen.px(0.006))
        else:
            name_box, input_box = split_columns(inner, [0.5, 0.5], screen.px(0.015))
        return stripe, name_box, input_box

    def _name_px(self, names: list[str]) -> int:
        """One size for every team's name, the size the longest needs."""
        theme, screen = self.theme, self.screen
        if not self.cards:
            return screen.text_px(theme, theme.size_body)
        _, name_box, _ = self._card_boxes(self.cards[0])
        px = screen.text_px(theme, theme.size_body * (1.0 if self.teams > 4 else 1.25))
        return self.services.text.shared_px(names, name_box.size, px=px, min_px=screen.min_text_px(theme),
                                            style="bold", line_spacing=0.95)

    def _draw_card(self, surface: pygame.Surface, index: int, rect: pygame.Rect, name: str, px: int) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        focused = index == self.focus
        slot = colour_slots(self.names())[index]
        colour = theme.lane_colour(slot)
        draw_panel(surface, rect, theme.panel_raised if focused else theme.panel, radius_frac=0.18,
                   edge=theme.focus_ring if focused else theme.lane_edge(slot),
                   edge_width=max(2, screen.px(0.006 if focused else 0.004)))
        stripe, name_box, input_box = self._card_boxes(rect)
        pygame.draw.rect(surface, theme.lane_edge(slot), stripe.inflate(2, 2), border_radius=stripe.w // 2)
        pygame.draw.rect(surface, colour, stripe, border_radius=stripe.w // 2)
        min_px = screen.min_text_px(theme)
        if index in self.room.ready:
            mark_size = round(min(name_box.h * 0.6, px * 1.2))
            mark = icon("check", mark_size, theme.correct)
            surface.blit(mark, mark.get_rect(midright=(name_box.right, name_box.centery)))
            name_box.w -= mark_size + screen.px(0.008)
        s.text.fit(name, name_box.size, px=px, min_px=min_px, style="bold", colour=theme.text, align="left",
                   line_spacing=0.95).draw(surface, name_box)
        keys = input_box if self.teams > 4 else input_box.inflate(0, -input_box.h // 4)
        status_px = max(round(px * 0.9), screen.floor_text_px(theme)) if self.roomy_cards else round(px * 0.9)
        draw_team_input(surface, theme, s.text, keys, self.room.inputs[index], 4, min_px, px=status_px,
                        short=self.roomy_cards)

    def _draw_rules(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        box = self.rules_rect
        draw_panel(surface, box, theme.panel, radius_frac=0.06, edge=theme.wrong if self.problems else theme.panel_edge,
                   edge_width=max(1, screen.px(0.002)))
        px = screen.text_px(theme, theme.size_small)
        pad = screen.px(theme.size_small)          # margins at the 100% size: larger text keeps the room
        if self.roomy_cards:
            pad = screen.px(0.02)
        inner = box.inflate(-pad * 1.4, -pad)
        if not self.problems and self.room.phones is not None:
            self.phones.draw_summary(surface, screen, box)
            return
        lines = self.problems or self.rules
        if self.roomy_cards and not self.problems:
            # As many whole rules as fit at the floor; the rules screen that comes next shows them all.
            floor = screen.floor_text_px(theme)
            for count in range(len(lines), -1, -1):
                shown = lines[:count] + ([] if count == len(lines) else
                                         [_("…and more on the next screen.")] if count else
                                         [_("The rules are shown on the next screen.")])
                if s.text.trial("\n".join(shown), inner.size, px=px, min_px=floor, align="left", valign="top",
                                line_spacing=1.12).fits:
                    lines = shown
                    break
        s.text.fit("\n".join(lines), inner.size, px=px, min_px=screen.min_text_px(theme),
                   colour=theme.text if self.problems else theme.text_muted, align="left", valign="top",
                   line_spacing=1.12).draw(surface, inner)
