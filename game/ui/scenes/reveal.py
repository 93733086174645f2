"""The reveal: the right answer marked, who got it and for how many points, the explanation and
the sentence of the source document the question came from."""

from __future__ import annotations

import pygame

from game.i18n import N_, _, ngettext
from game.i18n.formats import format_number
from game.quiz import State
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import draw_key_hints
from game.ui.kit.fx import draw_panel, icon
from game.ui.kit.idle import STILL
from game.ui.handover import Match
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.scenes.ingame import LEAVE_KEY, InGameScene
from game.ui.look.teamcolours import player_colours
from game.ui.classroom.crowd import best_of_question, draw_best_list, is_crowd, share_words, tile_counts
from game.ui.classroom.teamplay import TeamPlay
from game.ui.kit.text import points_text, score_text, shorten
from game.ui.look.tiles import CORRECT, FADED, WRONG_PICK, AnswerTiles


class RevealScene(InGameScene):
    name = "reveal"
    title = N_("The answer")
    own_keys = ((N_("Enter, Space"), N_("go on")), (N_("Mouse, touch"), N_("click to go on")), LEAVE_KEY)

    def enter(self, handover: Match) -> None:
        s = self.services
        self.match = handover
        self.session = handover.session
        self.stacked = False
        self.result = handover.last_result or self.session.result
        self.question = self.result.question
        self.teams = self.session.config.mode.teams
        self.play = TeamPlay.for_match(s, handover)
        self.crowd = self.teams and is_crowd(self.session)
        self.tiles = AnswerTiles(s.theme, s.text)
        self.tiles.set_options(list(self.question.options), None)
        picked_by: dict[int, list[int]] = {}
        for answer in self.result.answers:
            if answer.answered and isinstance(answer.response, int):
                picked_by.setdefault(answer.response, []).append(answer.player)
        for tile in self.tiles.tiles:
            chose = picked_by.get(tile.index, [])
            if tile.index == self.question.correct_option:
                tile.state = CORRECT
            elif chose and not self.teams:
                tile.state = WRONG_PICK
            else:
                tile.state = FADED
            if self.teams and chose and not self.crowd:
                tile.markers = [s.theme.lane_colour(player_colours(self.session.players)[player]) for player in chose]
        room = self.play.room if self.play is not None else None
        if self.question.options and (self.crowd or (room is not None and room.phones)):
            self.tiles.set_shares(tile_counts(self.result), len(self.result.answers), share_words)
        self.elapsed = 0.0
        self.screen = Screen(1280, 720)
        anyone_right = any(a.correct for a in self.result.answers)
        s.sound.play("correct" if anyone_right else "wrong")

    # -- input ----------------------------------------------------------------------------
    @property
    def help_keys(self):  # type: ignore[override]
        return self.own_keys + (self.play.help_keys if self.play is not None else ())

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
            self.go_on()

    def go_on(self) -> None:
        session = self.session
        if session.standings_due and not (self.play is not None and self.play.room.standings_hidden):
            session.show_standings()
            self.finish("standings", self.match)
            return
        if session.next() is State.FINISHED:
            self.finish("finished", self.match)
        else:
            self.finish("next", self.match)

    def update(self, dt: float) -> None:
        self.elapsed += dt
        if self.play is not None:
            self.play.update(dt)

    def still_for(self) -> float:
        """Nothing on the reveal moves: it is drawn again only for input, a banner or the
        teacher's panel going by itself."""
        return self.play.still_for() if self.play is not None else STILL

    def describe(self) -> dict:
        return {"scene": self.name, "number": self.question.number, "answer": self.question.answer_text,
                "correct": [a.correct for a in self.result.answers],
                "points": [a.points for a in self.result.answers]}

    # -- drawing --------------------------------------------------------------------------
    def hint_band(self) -> pygame.Rect:
        return self.footer

    def layout(self, screen: Screen) -> None:
        self.screen = screen
        content = screen.content()
        body, self.footer = split_rows(content, [0.93, 0.07], screen.px(0.015))
        has_source = bool(self.question.explanation or self.question.source_quote)
        # The source card is as tall as its words need (a short explanation leaves the room to
        # the answers and the teams), from a sixth to a third of the screen.
        many = self.teams and len(self.session.players) > 4     # long team names need the width
        # The projector profile with many teams: the explanation and the quote one under the
        # other across the whole width, the answers one under another and the teams' list wider,
        # so every word stays at the profile's floor.
        self.stacked = many and self.theme.name == "projector"
        if self.stacked:
            need = self._stacked_height(body.w, screen) / body.h if has_source else 0.0
            source = min(0.42, max(0.16, need)) if has_source else 0.0
            shares = [0.08, 0.92 - source, source]
        else:
            source = min(0.35, max(0.16, self._source_height(body.w, screen) / body.h)) if has_source else 0.0
            shares = [0.13, 0.87 - source, source]
        gap = screen.px(0.02 if self.stacked else 0.025)
        self.prompt_rect, middle, self.source_rect = split_rows(body, shares, gap)
        columns = [0.38, 0.62] if self.stacked else [0.5, 0.5] if many else [0.58, 0.42]
        self.answer_rect, self.people_rect = split_columns(middle, columns, screen.px(0.03))
        self.tiles.layout(self.answer_rect, screen.text_px(self.theme, self.theme.size_body), screen.unit,
                          stacked=self.stacked)

    def _source_parts(self) -> list[tuple[str, str, tuple[int, int, int]]]:
        """(heading, text, colour) for the explanation and the source quote, those there are."""
        theme = self.theme
        parts = []
        if self.question.explanation:
            # Translators: the heading of a question's explanation on the reveal
            parts.append((_("Why"), self.question.explanation, theme.text))
        if self.question.source_quote:
            title = self.question.source_title
            heading = _("From “{title}”").format(title=title) if title else _("From the source")
            parts.append((heading, _("“{quote}”").format(quote=self.question.source_quote), theme.text_muted))
        return parts

    def _source_height(self, width: int, screen: Screen) -> int:
        """Pixels the source card needs to show its words at full size."""
        theme = self.theme
        parts = self._source_parts()
        if not parts:
            return 0
        inner_w = width - screen.px(0.05)
        column_w = (inner_w - screen.px(0.04) * (len(parts) - 1)) // len(parts)
        px = screen.text_px(theme, theme.size_body)
        head_h = round(screen.text_px(theme, theme.size_small) * 1.6)
        tallest = max(self.services.text.trial(text, (column_w, 100000), px=px, align="left", valign="top",
                                             line_spacing=1.12).surface.get_height() for _, text, _ in parts)
        return head_h + tallest + screen.px(0.035) * 2 + screen.px(0.01)

    def _stacked_columns(self, inner: pygame.Rect, screen: Screen) -> tuple[pygame.Rect, pygame.Rect]:
        """The headings' column and the words' column of the stacked source card."""
        heads, words = split_columns(inner, [0.22, 0.78], screen.px(0.025))
        return heads, words

    def _stacked_px(self, screen: Screen) -> int:
        theme = self.theme
        return max(screen.floor_text_px(theme), screen.text_px(theme, theme.size_small))

    def _stacked_height(self, width: int, screen: Screen) -> int:
        """Pixels the stacked source card needs to show its words at the small size."""
        inner = pygame.Rect(0, 0, width - screen.px(0.05), 100000)
        _, words = self._stacked_columns(inner, screen)
        px = self._stacked_px(screen)
        heights = [self.services.text.trial(text, (words.w, 100000), px=px, align="left", valign="top",
                                            line_spacing=1.0).surface.get_height()
                   for _, text, _ in self._source_parts()]
        return sum(heights) + screen.px(0.015) * (len(heights) - 1) + screen.px(0.03) * 2

    def _draw_stacked_source(self, surface: pygame.Surface, inner: pygame.Rect) -> None:
        """Each part a row: its heading on the left (two lines at most, a long title shortened),
        its words on the right, one size for both parts."""
        s, theme, screen = self.services, self.theme, self.screen
        parts = self._source_parts()
        heads, words = self._stacked_columns(inner, screen)
        gap = screen.px(0.015)

        def needs(size: int) -> list[int]:
            return [s.text.trial(text, (words.w, 100000), px=size, min_px=size, align="left", valign="top",
                                 line_spacing=1.0).surface.get_height() for _, text, _ in parts]

        # The largest size, from the small size down, at which both parts fit the card whole.
        px = size = self._stacked_px(screen)
        least = screen.min_text_px(theme)
        while size > least and sum(needs(size)) + gap * (len(parts) - 1) > inner.h:
            size -= 1
        rows = split_rows(inner, needs(size), gap) if len(parts) > 1 else [inner]
        px = max(size, min(px, screen.floor_text_px(theme)))      # headings: the words' size, or the floor
        for row, (heading, text, colour) in zip(rows, parts):
            head = pygame.Rect(heads.x, row.y, heads.w, row.h)
            lines = max(1, min(2, row.h // max(1, round(px * 1.4))))
            options = dict(px=px, min_px=px, style="bold", align="left", valign="top", max_lines=lines,
                           line_spacing=1.0)
            words_of = heading.split(" ")
            while len(words_of) > 1 and not s.text.trial(heading, head.size, **options).fits:
                # A long source title loses words from its end, the ellipsis inside its quotes.
                words_of = words_of[:-1]
                heading = " ".join(words_of).rstrip("”…,:;") + ("…”" if heading.endswith("”") else "…")
            s.text.fit(heading, head.size, colour=theme.accent, **options).draw(surface, head)
            box = pygame.Rect(words.x, row.y, words.w, row.h)
            s.text.fit(text, box.size, px=size, min_px=size, colour=colour, align="left", valign="top",
                       line_spacing=1.0).draw(surface, box)

    def _source_sizes(self, box: pygame.Rect, screen: Screen) -> tuple[int, int, int]:
        """(text px, heading px, heading height) for the source card's columns of `box`'s size.

        The explanation and the quote share one size. Larger text makes the headings larger only
        as far as that leaves the words themselves at least as large as at 100%."""
        s, theme = self.services, self.theme
        texts = [text for _, text, _ in self._source_parts()]
        min_px = screen.min_text_px(theme)
        floor = screen.floor_text_px(theme)

        def body_px(head_px: int, scale: float) -> int:
            head_h = round(head_px * 1.6)
            return s.text.shared_px(texts, (box.w, box.h - head_h), px=round(screen.unit * theme.size_body * scale),
                                    min_px=min_px, line_spacing=1.12)

        plain_head = max(screen.px(theme.size_small), floor)
        head_px = max(screen.text_px(theme, theme.size_small), floor)
        if theme.font_scale > 1:
            at_100 = body_px(plain_head, 1.0)
            while head_px > plain_head and body_px(head_px, theme.font_scale) < at_100:
                head_px = max(plain_head, round(head_px * 0.9))
        return body_px(head_px, theme.font_scale), head_px, round(head_px * 1.6)

    def _headline(self) -> tuple[str, tuple[int, int, int]]:
        theme = self.theme
        if self.teams:
            right = sum(1 for a in self.result.answers if a.correct)
            total = len(self.result.answers)
            return (ngettext("{right} of {total} got it", "{right} of {total} got it", total).format(
                right=right, total=total), theme.correct if right else theme.wrong)
        mine = self.result.answers[0]
        if mine.correct:
            return _("Right!"), theme.correct
        if not mine.answered:
            return _("Time ran out"), theme.wrong
        return _("Not this time"), theme.wrong

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        label_rect, text_rect = split_columns(self.prompt_rect, [0.24, 0.76] if self.stacked else [0.17, 0.83],
                                              screen.px(0.02))
        s.text.fit(_("Question {number} of {total}").format(number=self.question.number,
                                                            total=self.session.total_questions), label_rect.size,
                   px=screen.text_px(theme, theme.size_small), style="bold", colour=theme.accent,
                   align="left").draw(surface, label_rect)
        s.text.fit(self.question.prompt, text_rect.size, px=screen.text_px(theme, theme.size_body),
                   min_px=screen.min_text_px(theme), colour=theme.text, align="left",
                   shadow=theme.text_shadow).draw(surface, text_rect)
        if self.question.options:
            self.tiles.draw(surface)
        else:
            self._draw_typed_answer(surface)
        self._draw_people(surface)
        self._draw_source(surface)
        draw_key_hints(surface, screen, theme, s.text, [(_("Enter"), _("go on")), ("F1", _("keys")), (_("Esc"), _("leave"))],
                       self.footer)
        self.draw_leave_question(surface)
        if self.play is not None:
            self.play.draw(surface)

    def _draw_typed_answer(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = self.answer_rect
        draw_panel(surface, card, theme.panel, radius_frac=0.08, edge=theme.correct, edge_width=max(2, screen.px(0.005)))
        inner = card.inflate(-screen.px(0.06), -screen.px(0.05))
        answer_rect, typed_rect = split_rows(inner, [0.55, 0.45], screen.px(0.02))
        s.text.fit(self.question.answer_text, answer_rect.size, px=screen.text_px(theme, theme.size_prompt),
                   style="bold", colour=theme.correct, valign="bottom").draw(surface, answer_rect)
        mine = self.result.answers[0] if self.result.answers else None
        if self.teams:            # typed on the phones: how many got it
            right = sum(1 for a in self.result.answers if a.correct)
            total = len(self.result.answers)
            typed = ngettext("{right} of {total} typed it right", "{right} of {total} typed it right", total).format(
                right=right, total=total)
            good = right > 0
        else:
            typed = _("You typed: {answer}").format(answer=mine.response_text) if mine and mine.answered \
                else _("No answer given")
            good = bool(mine and mine.correct)
        s.text.fit(typed, typed_rect.size, px=screen.text_px(theme, theme.size_body), valign="top",
                   colour=theme.text if good else theme.text_muted).draw(surface, typed_rect)

    def _draw_people(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = self.people_rect
        draw_panel(surface, card, theme.panel, radius_frac=0.06, edge=theme.panel_edge, edge_width=max(1, screen.px(0.002)))
        inner = card.inflate(-screen.px(0.04), -screen.px(0.03))
        answers = self.result.answers
        headline, colour = self._headline()
        crowded = len(answers) > 4
        head_share = (0.13 if self.stacked else 0.14) if crowded else 0.26
        head, inner = split_rows(inner, [head_share, 1 - head_share], screen.px(0.01))
        mark = icon("check" if colour == theme.correct else "cross", round(head.h * 0.8), colour)
        surface.blit(mark, mark.get_rect(midleft=(head.x, head.centery)))
        head = head.inflate(-mark.get_width() * 2 - screen.px(0.02), 0).move(mark.get_width() // 2, 0)
        s.text.fit(headline, head.size, px=screen.text_px(theme, theme.size_heading), style="display",
                   colour=colour, align="left").draw(surface, head)
        if not self.teams:
            self._draw_solo_points(surface, inner, answers[0])
            return
        if self.crowd:
            best = best_of_question(self.result, self.session)
            scored = sum(1 for a in answers if a.points > 0)
            draw_best_list(surface, inner, theme, s.text, screen, best, scored - len(best))
            return
        count = len(answers)
        rows = split_rows(inner, [1] * max(count, 4), 1 if self.stacked else max(1, screen.px(0.006)))
        name_px = self._shared_name_px(rows[0], answers)
        colours = player_colours(self.session.players)
        for answer, row in zip(answers, rows):
            player = self.session.players[answer.player]
            dot = max(3, round(row.h * 0.16))
            pygame.draw.circle(surface, theme.text_muted, (row.x + dot, row.centery), dot + max(1, dot // 3))
            pygame.draw.circle(surface, theme.lane_colour(colours[answer.player]), (row.x + dot, row.centery), dot)
            row = row.inflate(-dot * 3, 0).move(dot * 3 // 2, 0)
            mark_size = round(row.h * 0.7)
            mark = icon("check" if answer.correct else "cross", mark_size,
                        theme.correct if answer.correct else (theme.accent if answer.close else theme.wrong))
            surface.blit(mark, mark.get_rect(midleft=(row.x, row.centery)))
            px = max(name_px, min(screen.text_px(theme, theme.size_body), round(row.h * 0.62)))
            name_w = self._name_width(row.w, mark_size, answers, px)
            name_rect = pygame.Rect(row.x + mark_size * 1.3, row.y, name_w, row.h)
            points_rect = pygame.Rect(name_rect.right, row.y, row.right - name_rect.right, row.h)
            s.text.fit(player.name, name_rect.size, px=name_px, min_px=name_px, style="bold", colour=theme.text,
                       align="left", max_lines=2, line_spacing=0.95).draw(surface, name_rect)
            detail = self._detail(answer)
            s.text.fit(detail, points_rect.size, px=px, colour=theme.accent if answer.points else theme.text_muted,
                       align="right", max_lines=1).draw(surface, points_rect)

    @staticmethod
    def _detail(answer) -> str:
        """What a team's row says beside its name: the points, or why there are none."""
        detail = points_text(answer.points) if answer.points else (_("no answer") if not answer.answered else "0")
        if answer.close:
            detail += " " + _("(closest)")
        return detail

    def _name_width(self, row_w: int, mark: int, answers, px: int) -> int:
        """The names' column: its share of the row, or all the points column does not need
        (the widest detail shown, at its size), whichever is wider."""
        widest = max((self.services.text.fonts.get("body", px, text).size(text)[0]
                      for text in map(self._detail, answers)), default=0)
        spare = row_w - round(mark * 1.3) - widest - self.screen.px(0.02)
        return max(round(row_w * self._name_share - mark), spare)

    @property
    def _name_share(self) -> float:
        """How much of a team's row its name takes (the rest shows the points)."""
        return 0.72 if self.stacked else 0.62

    def _shared_name_px(self, row: pygame.Rect, answers) -> int:
        """One size for every name in the list: the size most names fit at in one or two lines
        (a name longer than the rest is abbreviated at that size rather than making every
        name smaller; the report keeps it whole)."""
        s, theme, screen = self.services, self.theme, self.screen
        dot = max(3, round(row.h * 0.16))
        row = row.inflate(-dot * 3, 0)
        mark = round(row.h * 0.7)
        # A row's words are never smaller than the window's floor for text.
        px = max(screen.floor_text_px(theme), min(screen.text_px(theme, theme.size_body), round(row.h * 0.62)))
        box = (self._name_width(row.w, mark, answers, px), row.h)
        sizes = sorted(s.text.trial(self.session.players[a.player].name, box, px=px, min_px=screen.floor_text_px(theme),
                                    style="bold", max_lines=2, line_spacing=0.95).px for a in answers)
        return sizes[len(sizes) // 2] if sizes else px

    def _draw_solo_points(self, surface, inner: pygame.Rect, answer) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        player = self.session.players[0]
        lines = []
        if answer.correct:
            lines.append(_("Right answer: {points}").format(points=points_text(answer.base_points)))
            if answer.streak_bonus:
                lines.append(_("Streak of {count}: {points}").format(count=answer.streak,
                                                                     points=points_text(answer.streak_bonus)))
            if answer.elapsed is not None:
                lines.append(_("Locked in after {seconds} s").format(seconds=format_number(answer.elapsed, 1)))
        elif answer.answered:
            if self.question.options:          # a typed answer is shown on the answer card already
                lines.append(_("You chose: {answer}").format(answer=answer.response_text))
            lines.append(_("No points this time"))
        else:
            lines.append(_("No answer before the flame went out"))
        lines.append(_("Total: {points}").format(points=score_text(player.score)))
        gained, body = split_rows(inner, [0.36, 0.64], screen.px(0.01))
        s.text.fit(points_text(answer.points), gained.size, px=screen.text_px(theme, theme.size_heading),
                   style="display", colour=theme.accent if answer.points else theme.text_muted,
                   align="left").draw(surface, gained)
        s.text.fit("\n".join(lines), body.size, px=screen.text_px(theme, theme.size_body), colour=theme.text,
                   align="left", valign="top", line_spacing=1.15).draw(surface, body)

    def _draw_source(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = self.source_rect
        if not self._source_parts():
            return
        draw_panel(surface, card, theme.panel, radius_frac=0.07, edge=theme.accent_soft, edge_width=max(1, screen.px(0.003)),
                   alpha=235)
        if self.stacked:
            self._draw_stacked_source(surface, card.inflate(-screen.px(0.05), -screen.px(0.03) * 2))
            return
        inner = card.inflate(-screen.px(0.05), -screen.px(0.035))
        parts = self._source_parts()
        boxes = split_columns(inner, [1] * len(parts), screen.px(0.04)) if len(parts) > 1 else [inner]
        px, head_px, head_h = self._source_sizes(boxes[0], screen)
        min_px = screen.min_text_px(theme)
        heading_font = s.text.fonts.get("bold", head_px, "".join(heading for heading, _, _ in parts))
        for box, (heading, text, colour) in zip(boxes, parts):
            heading = _one_line(heading_font, heading, box.w)
            head = pygame.Rect(box.x, box.y, box.w, head_h)
            s.text.fit(heading, head.size, px=head_px, style="bold", colour=theme.accent, align="left",
                       max_lines=1).draw(surface, head)
            rest = pygame.Rect(box.x, head.bottom, box.w, box.h - head_h)
            s.text.fit(text, rest.size, px=px, min_px=min_px, colour=colour, align="left", valign="top",
                       line_spacing=1.12).draw(surface, rest)


def _one_line(font: pygame.font.Font, heading: str, width: int) -> str:
    """`heading` as it fits one line of `width`: a quoted title too long for it ends in an
    ellipsis inside its closing quote."""
    if font.size(heading)[0] <= width:
        return heading
    if heading.endswith("”"):
        return shorten(font, heading[:-1], width - font.size("”")[0]) + "”"
    return shorten(font, heading, width)
