"""The lobby: the room joins on its phones while the projector shows how.

The QR code, the address and the six-digit room code are as large as the screen allows; beside
them, everyone who has joined, live, and a line saying the room is open on this network. The
teacher picks a name with the arrows and renames it (R) or takes it out of the game (Delete or
X), switches the network the phones are served on (N), starts the game (Enter) or goes back to
the teams (Esc; the phones stay joined).
"""

from __future__ import annotations

import dataclasses
import math

import pygame

from game.i18n import N_, _, ngettext
from game.i18n.formats import format_number
from game.net import PhoneView
from game.quiz import ConfigError, Session
from game.ui.classroom.names import draw_rename_card
from game.ui.classroom.teamview import shown_team_names
from game.ui.handover import Match, TeamSetup
from game.ui.input import actions as A
from game.ui.input.keymap import MENU, TEXT
from game.ui.input.room import PHONES_IN_TEAMS, Room, TeamInput
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints
from game.ui.kit.fx import draw_panel
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.kit.overlays import ConfirmDialog
from game.ui.kit.widgets import TextField
from game.ui.look.backdrop import backdrop
from game.ui.look.teamcolours import colour_slots
from game.ui.phones.joincard import draw_join_lines, draw_qr
from game.ui.phones.link import network_label, open_phones, seat_phones, switch_network
from game.ui.phones.shown import follow, shown_address, shown_code
from game.ui.scene import Scene

MAX_COLUMNS = 5
ROW_SPACING = 1.6        # a name's row is this many times its type size
PAGE_SECONDS = 5.0       # a room too large for one page of names shows the pages in turn
NOBODY = N_("Nobody has joined yet: open the address on a phone and type the room code.")


@dataclasses.dataclass(frozen=True)
class NameGrid:
    """How the joined names are laid out: columns, rows, and which slice of them is shown."""

    columns: int
    rows: int
    first: int          # index of the first name shown (a later page when they do not all fit)
    px: int

    @property
    def capacity(self) -> int:
        return self.columns * self.rows


class LobbyScene(Scene):
    name = "lobby"
    title = N_("Join on your phones")
    # Translators: the lobby's help; "Arrows" is the arrow keys
    help_keys = ((N_("Arrows"), N_("choose a player")), ("R", N_("rename the chosen player")),
                 ("Delete, X", N_("take the chosen player out of the game")), ("N", N_("serve on another network")),
                 ("Enter", N_("start the game")), ("Esc", N_("back to the teams (the phones stay joined)")))

    def enter(self, handover: TeamSetup) -> None:
        s = self.services
        self.setup = handover
        self.config = handover.config
        self.room: Room = handover.room or Room.default(len(self.config.players))
        self.team_names = shown_team_names(self.config.players, self.room.anonymous)
        self.problem = open_phones(s) or ""
        link = s.phones
        if link is not None:
            if link.session is not None:          # back from the rules: the session set up is dropped
                link.detach()
            seat_phones(link, self.room, self.team_names)
        self.selected: int | None = None          # a phone's id
        self.renaming: TextField | None = None
        self.rename_id: int | None = None
        self.rename_problem = ""
        self.confirm: ConfirmDialog | None = None
        self.remove_id: int | None = None
        self.known: set[int] = {view.id for view in self.players()}
        self.screen = Screen(1280, 720)
        self._grid_cache: tuple | None = None
        self._qr_cache: tuple | None = None
        self.page = 0
        self.page_clock = 0.0

    # -- what is shown --------------------------------------------------------------------
    def players(self) -> list[PhoneView]:
        """The phones in the room, in the order the list shows them (by team in team play)."""
        link = self.services.phones
        if link is None:
            return []
        views = link.players()
        if self.room.phones == PHONES_IN_TEAMS:
            views.sort(key=lambda v: (v.team if v.team is not None else len(self.team_names), v.id))
        return views

    def keyboard_names(self) -> list[str]:
        """The keyboard teams that play beside the phones (none in team play: they are the teams)."""
        if self.room.phones == PHONES_IN_TEAMS:
            return []
        return [self.team_names[i] for i in self.room.keyboard_teams()]

    @property
    def input_mode(self) -> str:  # type: ignore[override]
        return TEXT if self.renaming is not None else MENU

    # -- input ----------------------------------------------------------------------------
    def handle(self, action: A.Action) -> None:
        if self.confirm is not None:
            answer = self.confirm.handle(action)
            if answer is not None:
                self.confirm = None
                if answer:
                    self._remove()
            return
        if self.renaming is not None:
            self._handle_rename(action)
            return
        if isinstance(action, A.Back):
            self.finish("back", self.setup)
        elif isinstance(action, A.Confirm):
            self.start()
        elif isinstance(action, A.Navigate):
            self._move(action.dx, action.dy)
        elif isinstance(action, A.Click):
            picked = self._name_at(action.pos)
            if picked is not None:
                self.selected = picked
        elif isinstance(action, A.Hotkey):
            if action.key == "r":
                self._begin_rename()
            elif action.key in ("x", "delete"):
                self._ask_remove()
            elif action.key == "n":
                self._switch_network()

    def _move(self, dx: int, dy: int) -> None:
        views = self.players()
        if not views:
            self.selected = None
            return
        ids = [v.id for v in views]
        if self.selected not in ids:
            self.selected = ids[0]
            return
        columns = self._grid(len(views)).columns
        position = ids.index(self.selected) + dx + dy * columns
        self.selected = ids[max(0, min(len(ids) - 1, position))]

    def _chosen(self) -> PhoneView | None:
        for view in self.players():
            if view.id == self.selected:
                return view
        return None

    def _begin_rename(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            self.services.notice.show(_("Choose a player with the arrow keys first"))
            return
        self.rename_id = chosen.id
        self.renaming = TextField("rename", _("New name"), text=chosen.name, max_length=20)
        self.rename_problem = ""

    def _handle_rename(self, action: A.Action) -> None:
        field = self.renaming
        assert field is not None
        if isinstance(action, A.Back):
            self.renaming = None
        elif isinstance(action, A.Confirm):
            link = self.services.phones
            try:
                if link is None or self.rename_id is None:
                    raise KeyError("the phones are not served")
                name = link.rename(self.rename_id, field.text)
            except KeyError:
                self.renaming = None
                self.services.notice.show(_("That player has left"))
                return
            except ValueError as refused:     # NameRefused: taken, empty, too long
                say = getattr(refused, "say", None)
                self.rename_problem = say.text() if say is not None else str(refused)
                return
            self.renaming = None
            self.services.notice.show(_("Renamed to {name}").format(name=name))
        elif isinstance(action, (A.TypeText, A.EditKey)):
            field.handle_text(action)
            self.rename_problem = ""

    def _ask_remove(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            self.services.notice.show(_("Choose a player with the arrow keys first"))
            return
        self.remove_id = chosen.id
        self.confirm = ConfirmDialog(self.theme, self.services.text,
                                     _("Take {name} out of the game? Their phone is told, and their name "
                                       "is free again.").format(name=chosen.name),
                                     # Translators: the button that takes a player out of the game
                                     _("Take out"),
                                     # Translators: the button that keeps the player in the game
                                     _("Keep"))

    def _remove(self) -> None:
        link = self.services.phones
        if link is None or self.remove_id is None:
            return
        try:
            link.remove(self.remove_id)
        except KeyError:
            return
        self.selected = None

    def _switch_network(self) -> None:
        link = self.services.phones
        if link is None:
            return
        self.services.notice.show(switch_network(link), 4.0)

    def start(self) -> None:
        """Set the session up with everyone who has joined (late comers join it while it is played)."""
        s = self.services
        link = s.phones
        if link is None:
            self.problem = open_phones(s) or ""
            return
        room = self.room
        if room.phones == PHONES_IN_TEAMS:
            players = tuple(self.team_names)
            inputs = [team if team.zone is not None or team.uses_pad else TeamInput(phone=True)
                      for team in room.inputs]
            options = {"players": players}
        else:
            keyboard = room.keyboard_teams()
            players = tuple(self.team_names[i] for i in keyboard) + link.player_names()
            inputs = [room.inputs[i] for i in keyboard]
            # Phones type number and text answers; a keyboard team cannot, so then they are picked.
            options = {"players": players, "open_room": True, "typed_answers": not keyboard}
        if not players:
            self.problem = NOBODY
            s.sound.play("wrong")
            return
        try:
            session = Session(dataclasses.replace(self.config, **options), s.clock)
        except ConfigError as error:
            self.problem = _("The game cannot start: {problems}").format(problems="; ".join(error.problems))
            s.sound.play("wrong")
            return
        played = Room(inputs, classroom=room.classroom, top_five=room.top_five, anonymous=room.anonymous,
                      phones=room.phones)
        match = Match(session=session, choice=self.setup.choice, room=played, setup=self.setup)
        follow(s, match)
        self.finish("start", match)

    def update(self, dt: float) -> None:
        self.page_clock += dt
        if self.page_clock >= PAGE_SECONDS:
            self.page_clock = 0.0
            self.page += 1
        views = self.players()
        fresh = [v for v in views if v.id not in self.known]
        if fresh:
            self.services.sound.play("lock_in")
            self.known.update(v.id for v in fresh)
        if self.selected is not None and all(v.id != self.selected for v in views):
            self.selected = None
        if self.renaming is not None and all(v.id != self.rename_id for v in views):
            self.renaming = None
        if self.problem and views:
            self.problem = "" if self.problem == NOBODY else self.problem

    def still_for(self) -> float:
        """Nothing moves here but the list: a few looks a second keep it live without drawing
        sixty frames a second on a laptop the class is waiting on."""
        return 0.1 if self.renaming is not None else 0.25

    def describe(self) -> dict:
        link = self.services.phones
        return {"scene": self.name, "address": link.address if link else "", "code": link.code if link else "",
                "players": [v.name for v in self.players()], "selected": self.selected,
                "renaming": self.renaming is not None, "problem": self.problem}

    # -- drawing --------------------------------------------------------------------------
    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        gap = screen.px(0.035)
        side = min(body.h, round(body.w * 0.42))
        self.qr_rect = pygame.Rect(body.x, body.y, side, side)
        right = pygame.Rect(self.qr_rect.right + gap, body.y, body.right - self.qr_rect.right - gap, body.h)
        self.join_rect, self.list_rect, self.open_rect = split_rows(right, [0.33, 0.55, 0.12], screen.px(0.02))
        self._grid_cache = None

    def _list_boxes(self) -> tuple[pygame.Rect, pygame.Rect]:
        screen = self.screen
        inner = self.list_rect.inflate(-screen.px(0.03), -screen.px(0.024))
        head_h = round(screen.text_px(self.theme, self.theme.size_body) * 1.5)
        return pygame.Rect(inner.x, inner.y, inner.w, head_h), \
            pygame.Rect(inner.x, inner.y + head_h, inner.w, inner.h - head_h)

    def _grid(self, count: int) -> NameGrid:
        """The names at the largest size that shows them all, in as few columns as that takes;
        when they do not all fit at a readable size, a page of them (the pages take turns, or
        stay on the one with the chosen name)."""
        views = self.players()
        names = tuple(v.name for v in views)
        key = (names, self.screen, self.selected, self.page)
        if self._grid_cache is not None and self._grid_cache[0] == key:
            return self._grid_cache[1]
        theme, screen, text = self.theme, self.screen, self.services.text
        _, area = self._list_boxes()
        readable = max(screen.min_text_px(theme), screen.text_px(theme, theme.size_small))
        largest = screen.text_px(theme, theme.size_body)
        longest = sorted(names or ("Name",), key=len)[-8:]        # the widest are among the longest
        best: NameGrid | None = None
        best_score: tuple = ()
        for columns in range(1, MAX_COLUMNS + 1):
            cell_w = round(area.w / columns - screen.px(0.03))
            trials = [text.trial(name, (cell_w, largest * 3), px=largest, min_px=readable, style="bold", max_lines=1)
                      for name in longest]
            if columns > 1 and not all(t.fits for t in trials):
                break                        # more columns only make the cells narrower
            fits_px = min(t.px for t in trials)
            rows_needed = math.ceil(max(1, count) / columns)
            px = min(fits_px, int(area.h / rows_needed / ROW_SPACING))
            if px >= readable:
                grid, score = NameGrid(columns, max(rows_needed, 4), 0, px), (True, px, -columns)
            else:                             # pages: as many names a page as readable type allows
                px = readable
                rows = max(1, int(area.h // (px * ROW_SPACING)))
                grid, score = NameGrid(columns, rows, 0, px), (False, columns * rows, px)
            if best is None or score > best_score:
                best, best_score = grid, score
        assert best is not None
        if best.capacity < count:
            pages = math.ceil(count / best.capacity)
            ids = [v.id for v in views]
            page = ids.index(self.selected) // best.capacity if self.selected in ids else self.page % pages
            best = dataclasses.replace(best, first=page * best.capacity)
        self._grid_cache = (key, best)
        return best

    def _cells(self, count: int) -> list[pygame.Rect]:
        grid = self._grid(count)
        _, area = self._list_boxes()
        shown = min(grid.capacity, count - grid.first)
        rows = [pygame.Rect(area.x, round(area.y + r * area.h / grid.rows), area.w, round(area.h / grid.rows))
                for r in range(grid.rows)]
        gap = self.screen.px(0.012)
        cells = []
        for index in range(shown):
            row = rows[index // grid.columns]
            cells.append(split_columns(row, [1] * grid.columns, gap)[index % grid.columns])
        return cells

    def _name_at(self, pos) -> int | None:
        views = self.players()
        grid = self._grid(len(views))
        for view, cell in zip(views[grid.first:], self._cells(len(views))):
            if cell.collidepoint(pos):
                return view.id
        return None

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        titles = " + ".join(p.title for p in self.config.packs)
        if self.room.classroom:
            # Translators: under the lobby's title: the mode, then the packs' titles
            mode = _("Classroom: {packs}").format(packs=titles)
        else:
            mode = _("Party: {packs}").format(packs=titles)
        draw_header(surface, screen, theme, s.text, _("Join on your phone"), mode)
        link = s.phones
        if link is None:
            self._draw_problem(surface, self.problem_text() or _("The phones are not served."))
        else:
            draw_qr(surface, self.qr_rect, self._qr(link))
            draw_join_lines(surface, self.join_rect, theme, s.text, screen, shown_address(link),
                            shown_code(link.code))
            self._draw_list(surface)
            self._draw_open(surface)
        hints = [(_("Arrows"), _("choose")), ("R", _("rename")), (_("Del"), _("take out")), ("N", _("network")),
                 ("Enter", _("start")), ("Esc", _("back"))]
        draw_key_hints(surface, screen, theme, s.text, hints)
        if self.renaming is not None:
            self._draw_rename(surface)
        if self.confirm is not None:
            self.confirm.draw(surface)

    def _qr(self, link):
        """The QR code of the join address, made again only when the address changes."""
        if self._qr_cache is None or self._qr_cache[0] != link.join_url:
            self._qr_cache = (link.join_url, link.qr())
        return self._qr_cache[1]

    def problem_text(self) -> str:
        """What went wrong, in the current language ("" when nothing did)."""
        return _(NOBODY) if self.problem == NOBODY else self.problem

    def _draw_problem(self, surface: pygame.Surface, message: str) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        box = body_rect(screen, self.theme)
        draw_panel(surface, box, theme.panel, radius_frac=0.05, edge=theme.wrong, edge_width=max(2, screen.px(0.004)))
        s.text.fit(message + "\n" + _("Press Enter to try again, or Esc to go back."),
                   box.inflate(-screen.px(0.08), 0).size,
                   px=screen.text_px(theme, theme.size_body), min_px=screen.min_text_px(theme),
                   colour=theme.text).draw(surface, box)

    def _draw_list(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = self.list_rect
        draw_panel(surface, card, theme.panel, radius_frac=0.05, edge=theme.wrong if self.problem else theme.panel_edge,
                   edge_width=max(1, screen.px(0.003)))
        head, area = self._list_boxes()
        views = self.players()
        min_px = screen.min_text_px(theme)
        count = len(views)
        keyboard = self.keyboard_names()
        if keyboard:
            heading = ngettext("{count} joined + {teams} on keys", "{count} joined + {teams} on keys",
                               count).format(count=format_number(count), teams=", ".join(keyboard))
        else:
            heading = ngettext("{count} joined", "{count} joined", count).format(count=format_number(count))
        grid = self._grid(count)
        if grid.capacity < count:
            page = grid.first // grid.capacity + 1
            # Translators: after the lobby's count of players, when the names are shown a page at a time
            heading += " · " + _("page {page} of {pages}").format(page=page, pages=math.ceil(count / grid.capacity))
        s.text.fit(self.problem_text() or heading, head.size, px=screen.text_px(theme, theme.size_body), min_px=min_px,
                   style="bold", colour=theme.wrong if self.problem else theme.accent, align="left",
                   max_lines=1 if not self.problem else 2).draw(surface, head)
        if not views:
            s.text.fit(_("Names appear here as phones join."), area.size, px=screen.text_px(theme, theme.size_body),
                       min_px=min_px, colour=theme.text_muted).draw(surface, area)
            return
        slots = colour_slots(self.team_names) if self.room.phones == PHONES_IN_TEAMS else ()
        for view, cell in zip(views[grid.first:], self._cells(count)):
            chosen = view.id == self.selected
            if chosen:
                draw_panel(surface, cell, theme.panel_raised, radius_frac=0.3, edge=theme.focus_ring,
                           edge_width=max(2, screen.px(0.004)))
            box = cell.inflate(-screen.px(0.016), 0)
            if slots and view.team is not None and view.team < len(slots):
                stripe = pygame.Rect(box.x, box.y + box.h // 5, max(3, screen.px(0.008)), box.h * 3 // 5)
                pygame.draw.rect(surface, theme.lane_colour(slots[view.team]), stripe, border_radius=stripe.w)
                box = pygame.Rect(stripe.right + screen.px(0.008), box.y, box.right - stripe.right - screen.px(0.008),
                                  box.h)
            colour = theme.text if view.connected else theme.text_muted
            s.text.fit(view.name, box.size, px=grid.px, min_px=min_px, style="bold", colour=colour, align="left",
                       max_lines=1).draw(surface, box)

    def _draw_open(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        link = s.phones
        assert link is not None
        others = len(link.interfaces) - 1
        line = _("Open on this network only, at {network}: phones here join with the code; "
                 "it closes when the game ends.").format(network=network_label(link))
        if others > 0:
            line += " " + ngettext("N: serve on another network ({count} more).",
                                   "N: serve on another network ({count} more).", others).format(count=others)
        s.text.fit(line, self.open_rect.size, px=screen.text_px(theme, theme.size_small),
                   min_px=screen.min_text_px(theme), colour=theme.text_muted, align="left",
                   line_spacing=1.05).draw(surface, self.open_rect)

    def _draw_rename(self, surface: pygame.Surface) -> None:
        assert self.renaming is not None
        draw_rename_card(surface, self.services, self.renaming, _("Rename"), self.rename_problem,
                         _("Enter keeps the new name (the phone is told); Esc leaves it as it was."))
