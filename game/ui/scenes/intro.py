"""Before the first question: the rules in words and who plays on which keys.

Read from the back of a room: the rules as the quiz core states them, and for each team its
colour, name and answer keys beside the tile shapes. Enter lights the torch.
"""

from __future__ import annotations

import pygame

from game.i18n import N_, _
from game.quiz import RoundKind
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints
from game.ui.kit.fx import draw_panel, shape_icon
from game.ui.handover import Match
from game.ui.kit.idle import STILL
from game.ui.input.keymap import PARTY_ZONES, SOLO_KEY_HINTS, key_name
from game.ui.kit.layout import Screen, grid, split_columns, split_rows
from game.ui.scene import Scene
from game.ui.look.teamcolours import player_colours
from game.ui.classroom.crowd import draw_phones_card
from game.ui.classroom.teamview import draw_team_input, input_words
from game.ui.phones.shown import join_line
from game.ui.kit.theme import SHAPES


class IntroScene(Scene):
    name = "intro"
    title = N_("Get ready")
    help_keys = ((N_("Enter, Space"), N_("start the first question")),
                 (N_("Esc"), N_("back one step, with every choice kept")))

    def enter(self, handover: Match) -> None:
        self.match = handover
        self.session = handover.session
        self.rules = self.session.rules()
        self.teams = self.session.config.mode.teams
        self.screen = Screen(1280, 720)
        self.start_rect = pygame.Rect(0, 0, 0, 0)
        self.page = 0
        self.rule_pages: list[tuple[int, str]] = []
        self.team_pages: list[list] = [list(self.session.players)]

    def handle(self, action: A.Action) -> None:
        if isinstance(action, A.Back):
            setup = self.match.setup
            if setup is None:                      # a session set up elsewhere (a test, the autopilot)
                self.finish("back", self.match.choice)
            elif setup.room is not None and setup.room.phones:   # phones: back to the lobby
                self.finish("lobby", setup)
            else:                                  # one step back, everything as it was chosen
                self.finish("teams" if self.teams else "back", setup)
        elif isinstance(action, A.Navigate) and (action.dx or action.dy):
            self.page = max(0, min(self.pages - 1, self.page + (action.dx or action.dy)))
        elif isinstance(action, A.Confirm) or (isinstance(action, A.Click) and self.start_rect.collidepoint(action.pos)):
            # Recording starts here, so a game set up and then abandoned at this screen leaves no trace.
            self.match.recorder = self._start_recording()
            self.finish("go", self.match)

    def _start_recording(self):
        s = self.services
        if self.match.review_of is not None and s.store is not None:
            from game.wiring import SessionRecorder

            return SessionRecorder(s.store, self.session, review_of=self.match.review_of)
        return s.start_recording(self.session)

    @property
    def review(self) -> bool:
        return self.session.config.kind is RoundKind.REVIEW

    def still_for(self) -> float:
        return STILL

    @property
    def pages(self) -> int:
        """How many pages the rules and the teams take (Left/Right turn them; Enter starts from any)."""
        return max(1, len(self.rule_pages), len(self.team_pages))

    def describe(self) -> dict:
        return {"scene": self.name, "rules": list(self.rules), "players": [p.name for p in self.session.players],
                "page": self.page + 1, "pages": self.pages}

    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        top, button_row = split_rows(body, [0.84, 0.16], screen.px(0.025))
        many = self.teams and len(self.session.players) > 4     # long team names need the width
        if self.match.room is not None and self.match.room.phones_alone:
            many = len(self.match.room.inputs) > 4
        self.rules_rect, self.players_rect = split_columns(top, [0.45, 0.55] if many else [0.55, 0.45],
                                                           screen.px(0.04))
        self.start_rect = button_row.inflate(-button_row.w // 2, -button_row.h // 6)
        players = list(self.session.players)
        paged_teams = (self.teams and len(players) > 4 and self.theme.font_scale >= 1.3
                       and not (self.match.room is not None and self.match.room.phones_alone))
        # Large text: four teams a page, so their names and keys can be as large as the rules.
        self.team_pages = [players[i:i + 4] for i in range(0, len(players), 4)] if paged_teams else [players]
        self.rule_pages = self._paginate_rules(self._rules_box(), screen)
        self.page = min(self.page, self.pages - 1)

    def _rules_box(self) -> pygame.Rect:
        inner = self.rules_rect.inflate(-self.screen.px(0.05), -self.screen.px(0.04))
        return split_rows(inner, [0.12, 0.88], self.screen.px(0.01))[1]

    def _paginate_rules(self, box: pygame.Rect, screen: Screen) -> list[tuple[int, str]]:
        """(type size, text) of each page of rules: all on one page when they fit it at the floor
        or larger; else whole rules a page at a readable size, as many pages as that takes."""
        s, theme = self.services, self.theme
        bullets = [f"• {line}" for line in self.rules]
        whole = "\n".join(bullets)
        floor = screen.floor_text_px(theme)
        target = screen.text_px(theme, theme.size_body)
        readable = max(floor, round(screen.px(theme.size_small) * min(theme.font_scale, 1.5)))
        least = floor if theme.font_scale < 1.3 else readable
        one = s.text.trial(whole, box.size, px=target, min_px=least, align="left", valign="top", line_spacing=1.18)
        if one.fits and one.px >= least:
            return [(one.px, whole)]
        px = max(least, readable)

        def fits(lines: list[str]) -> bool:
            return s.text.trial("\n".join(lines), box.size, px=px, min_px=px, align="left", valign="top",
                                line_spacing=1.18).fits

        pages: list[list[str]] = [[]]
        for bullet in bullets:
            if pages[-1] and not fits(pages[-1] + [bullet]):
                pages.append([])
            pages[-1].append(bullet)
        return [(px, "\n".join(lines)) for lines in pages]

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        titles = " + ".join(p.title for p in self.session.config.packs)
        if self.review:
            draw_header(surface, screen, theme, s.text, _("Review round"),
                        _("The questions the room missed · {packs}").format(packs=titles))
        else:
            draw_header(surface, screen, theme, s.text, _("Get ready"), titles)
        card = self.rules_rect
        draw_panel(surface, card, theme.panel, radius_frac=0.05, edge=theme.panel_edge, edge_width=max(1, screen.px(0.002)))
        inner = card.inflate(-screen.px(0.05), -screen.px(0.04))
        head, body = split_rows(inner, [0.12, 0.88], screen.px(0.01))
        if self.pages > 1:
            head, counter = split_columns(head, [0.7, 0.3])
            # Translators: which page of the rules is shown, "1 of 2"
            page = _("{number} of {count}").format(number=self.page + 1, count=self.pages)
            s.text.fit(page, counter.size, px=screen.text_px(theme, theme.size_body),
                       colour=theme.text_muted, align="right").draw(surface, counter)
        s.text.fit(_("How it works"), head.size, px=screen.text_px(theme, theme.size_body), style="bold",
                   colour=theme.accent, align="left").draw(surface, head)
        if self.rule_pages:
            px, words = self.rule_pages[min(self.page, len(self.rule_pages) - 1)]
            s.text.fit(words, body.size, px=px, colour=theme.text, align="left", valign="top",
                       line_spacing=1.18).draw(surface, body)
        if self.teams:
            self._draw_teams(surface)
        else:
            self._draw_solo(surface)
        draw_panel(surface, self.start_rect, theme.accent, radius_frac=0.5, edge=theme.focus_ring,
                   edge_width=max(2, screen.px(0.004)))
        s.text.fit(_("Light the torch"), (self.start_rect.w * 0.9, self.start_rect.h * 0.8),
                   px=screen.text_px(theme, theme.size_heading * 0.8), style="bold",
                   colour=theme.text_dark).draw(surface, self.start_rect)
        hints = [(_("Enter"), _("start")), ("F1", _("all keys")), (_("Esc"), _("back"))]
        if self.pages > 1:
            hints.insert(1, (_("Left/Right"), _("page {number} of {count}").format(number=self.page + 1,
                                                                                   count=self.pages)))
        draw_key_hints(surface, screen, theme, s.text, hints)

    def _draw_solo(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = self.players_rect
        draw_panel(surface, card, theme.panel, radius_frac=0.05, edge=theme.panel_edge, edge_width=max(1, screen.px(0.002)))
        inner = card.inflate(-screen.px(0.05), -screen.px(0.04))
        head, keys, note = split_rows(inner, [0.2, 0.45, 0.35], screen.px(0.015))
        s.text.fit(self.session.players[0].name, head.size, px=screen.text_px(theme, theme.size_heading), style="display",
                   colour=theme.text, align="left").draw(surface, head)
        cells = grid(keys, 2, 2, screen.px(0.015))
        px = screen.text_px(theme, theme.size_body)
        for index, cell in enumerate(cells):
            icon = shape_icon(SHAPES[index], round(min(cell.h * 0.7, px * 1.6)), theme.tile_colour(index))
            surface.blit(icon, icon.get_rect(midleft=(cell.x, cell.centery)))
            box = pygame.Rect(cell.x + icon.get_width() * 1.3, cell.y, cell.w - icon.get_width() * 1.3, cell.h)
            letter = "ABCD"[index]
            keys = _("key {digit} or {letter}").format(digit=SOLO_KEY_HINTS[index], letter=letter)
            s.text.fit(keys, box.size, px=px, colour=theme.text,
                       align="left").draw(surface, box)
        s.text.fit(_("Or use the arrows and Enter, or click a tile. Number and text questions are typed."),
                   note.size, px=screen.text_px(theme, theme.size_small), colour=theme.text_muted,
                   align="left", valign="top").draw(surface, note)

    def _team_words(self, index: int) -> tuple[str, str] | None:
        """(words, style) of the line beside a team's name when it says what to do rather than
        showing keys: "answers with a controller", "Press a pad button"; None for keys."""
        if self.match.room is not None:
            words = input_words(self.match.room.input_of(index), short=True)
            return (words, "bold") if words is not None else None
        if index >= len(PARTY_ZONES):
            return _("answers with a controller"), "body"
        return None

    def _room_for_words(self, name_rect: pygame.Rect, words_rect: pygame.Rect, name: str, words: str,
                        style: str) -> tuple[pygame.Rect, pygame.Rect]:
        """The name and words columns of a team's row. When the words do not fit their column at the
        floor (a longer language), their column is made as wide as they need on one line at the
        floor, so long as the name still fits beside it at the floor."""
        s, floor = self.services, self.screen.floor_text_px(self.theme)
        box = (words_rect.w, self._words_box(words_rect).h)
        if s.text.trial(words, box, px=floor, min_px=floor, style=style, max_lines=2).fits:
            return name_rect, words_rect
        words_w = s.fonts.get(style, floor, words).size(words)[0] + 2
        gap = words_rect.x - name_rect.right
        name_w = s.fonts.get("bold", floor, name).size(name)[0] + 2
        if name_w + gap + words_w > words_rect.right - name_rect.x:
            return name_rect, words_rect
        moved = words_rect.right - words_w
        return (pygame.Rect(name_rect.x, name_rect.y, moved - gap - name_rect.x, name_rect.h),
                pygame.Rect(moved, words_rect.y, words_w, words_rect.h))

    def _words_box(self, keys_rect: pygame.Rect) -> pygame.Rect:
        """Where a team's keys, or its line of words, go in the room beside its name."""
        if len(self.team_pages) > 1 or self.match.room is None:
            return keys_rect
        return keys_rect.inflate(0, -keys_rect.h // 5)

    def _draw_teams(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        players = self.team_pages[min(self.page, len(self.team_pages) - 1)]
        room = self.match.room
        area = self.players_rect
        if room is not None and room.phones_alone:
            # A player of their own on every phone: the keyboard teams, then the phones as one card.
            keyboard = len(room.inputs)
            phones_h = area.h if not keyboard else round(area.h * (0.5 if keyboard <= 4 else 0.34))
            card = pygame.Rect(area.x, area.bottom - phones_h, area.w, phones_h)
            draw_phones_card(surface, card, theme, s.text, screen, len(players) - keyboard, join_line(s))
            if not keyboard:
                return
            players = players[:keyboard]
            area = pygame.Rect(area.x, area.y, area.w, card.y - area.y - screen.px(0.015))
        rows = split_rows(area, [1] * max(4 if area is self.players_rect else len(players), len(players)),
                          screen.px(0.01))
        px = screen.text_px(theme, theme.size_body)
        colours = player_colours(self.session.players)
        for player, row in zip(players, rows):
            draw_panel(surface, row, theme.panel, radius_frac=0.2, edge=theme.lane_edge(colours[player.index]),
                       edge_width=max(2, screen.px(0.004)))
            if len(self.team_pages) > 1:          # a page of four tall cards: the keys under the name
                inner = row.inflate(-screen.px(0.03), -max(2, row.h // 10))
                name_rect, keys_rect = split_rows(inner, [0.52, 0.48])
                name_px = px
            else:
                inner = row.inflate(-screen.px(0.03), -max(2, row.h // 6))
                name_rect, keys_rect = split_columns(inner, [0.6, 0.4] if len(self.session.players) > 4 else [0.5, 0.5],
                                                     screen.px(0.015))
                name_px = min(px, round(row.h * 0.5))
                words = self._team_words(player.index)
                if words is not None:
                    name_rect, keys_rect = self._room_for_words(name_rect, keys_rect, player.name, *words)
            s.text.fit(player.name, name_rect.size, px=name_px, min_px=screen.min_text_px(theme),
                       style="bold", colour=theme.text, align="left").draw(surface, name_rect)
            if self.match.room is not None:       # keys and controllers as the team screen gave them
                draw_team_input(surface, theme, s.text, self._words_box(keys_rect),
                                self.match.room.input_of(player.index), 4, screen.min_text_px(theme), short=True)
                continue
            if player.index >= len(PARTY_ZONES):
                s.text.fit(_("answers with a controller"), keys_rect.size, px=min(px, round(row.h * 0.4)),
                           colour=theme.text_muted, align="right").draw(surface, keys_rect)
                continue
            zone = PARTY_ZONES[player.index]
            cells = split_columns(keys_rect, [1] * len(zone), 2)
            size = round(min(keys_rect.h * 0.7, keys_rect.w / len(zone) * 0.38))
            for index, (cell, key) in enumerate(zip(cells, zone)):
                icon = shape_icon(SHAPES[index], size, theme.tile_colour(index))
                label = s.text.line(key_name(key).upper(), size, style="bold", colour=theme.text)
                x = cell.centerx - (icon.get_width() + label.surface.get_width()) // 2
                surface.blit(icon, icon.get_rect(midleft=(x, cell.centery)))
                label.draw_at(surface, midleft=(x + icon.get_width() + 2, cell.centery))
