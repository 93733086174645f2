"""The question: the prompt, the answer tiles (or a box to type into), and the torch burning down.

The quiz session decides everything (what is asked, whether an answer counts, when time is
up); this screen shows it and passes answers on. Once answers are locked (everyone answered
or time ran out), it reveals after a short beat.
"""

from __future__ import annotations

import math

import pygame

from game.i18n import N_, _, ngettext
from game.i18n.formats import format_number
from game.packs.questiontypes import QUESTION_TYPES as TYPE_DECLARATIONS
from game.quiz import AnswerStatus, RoundKind, State
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.fx import draw_panel, icon
from game.ui.handover import Match
from game.ui.input.keymap import ANSWER, MENU, SOLO_KEY_HINTS, TEXT
from game.ui.kit.layers import StaticLayer, measuring
from game.ui.scenes.tilekeys import digit_hint, solo_answer_keys, team_badges
from game.ui.kit.layout import Screen, grid, split_columns, split_rows
from game.ui.kit.overlays import Verbatim, draw_pause_card
from game.ui.scenes.ingame import LEAVE_KEY, InGameScene
from game.ui.look.teamcolours import player_colours
from game.ui.classroom.crowd import answered_count, draw_answer_counter
from game.ui.classroom.teamplay import TeamPlay
from game.ui.classroom.teamview import draw_team_input, input_words
from game.ui.kit.text import score_text
from game.ui.look.tiles import DIMMED, LOCKED, AnswerTiles
from game.ui.look.torch import TorchTimer
from game.ui.phones.shown import join_line
from game.ui.kit.widgets import TextField

# The least share of the play area the answer tiles keep when the team chips need more height.
MIN_ANSWER_SHARE = 0.28

# What each type of question asks of the player, above the question (marked, translated when drawn).
TYPE_LABELS = {"choice": N_("Choose one"), "truefalse": N_("True or false?"), "number": N_("Type a number"),
               "text": N_("Type the answer")}


def type_label(qtype: str) -> str:
    if qtype in TYPE_LABELS:
        return _(TYPE_LABELS[qtype])
    declared = TYPE_DECLARATIONS.get(qtype)
    return declared.instruction if declared is not None else ""


def question_picture(question) -> pygame.Surface | None:
    """The question's image, or None when it has none or it cannot be read (the alt text is shown)."""
    image = question.question.image
    base = question.pack.base_dir
    if image is None or base is None:
        return None
    try:
        return pygame.image.load(str(base / image.file)).convert_alpha()
    except (pygame.error, FileNotFoundError, OSError):
        return None


class QuestionScene(InGameScene):
    name = "question"
    title = N_("Question")
    frame_rate = 30      # the torch's flame and embers

    def enter(self, handover: Match) -> None:
        self.wide_chips = False
        s = self.services
        self.match = handover
        self.session = handover.session
        if self.session.state is State.READY:
            self.session.start_question()
        self.question = self.session.current
        self.teams = self.session.config.mode.teams
        self.play = TeamPlay.for_match(s, handover)
        room = self.play.room if self.play is not None else None
        # With every phone a player of its own, the projector counts the answers instead of
        # showing a chip per player, and typed answers are typed on the phones.
        self.phones_alone = room is not None and room.phones_alone
        self.typed_here = self.question.typed and not (room is not None and room.phones)
        self.tiles = AnswerTiles(s.theme, s.text)
        options = list(self.question.options)
        self.solo_keys = [solo_answer_keys(options)]
        # Each tile shows its key: the solo digit, or in a team game every keyboard team's key.
        hints = team_badges(self.play.room, len(options)) if self.teams else list(SOLO_KEY_HINTS)
        self.tiles.set_options(options, hints)
        self.digit_hint = digit_hint(options, self.teams)
        number = self.question.typed and self.question.type == "number"
        self.field = TextField("answer", _("Answer"), max_length=60, numeric=number,
                               placeholder=_("Type a number, then press Enter") if number
                               else _("Type your answer, then press Enter"))
        self.torch = TorchTimer(s.theme, seed=self.question.number)
        self.locked_for = 0.0
        self.last_tick = math.inf
        self.picture = question_picture(self.question)
        self._picture_cache: tuple[tuple[int, int], pygame.Surface] | None = None
        self.screen = Screen(1280, 720)
        self.chosen: int | None = None
        self.still = StaticLayer()
        self._sync_torch()

    # -- what the keys mean here ------------------------------------------------------------
    @property
    def input_mode(self) -> str:  # type: ignore[override]
        if self.play is not None and self.play.wants_text:
            return TEXT
        if self.confirm is not None or self.paused:
            return MENU
        return TEXT if self.typed_here else ANSWER

    @property
    def answer_keys(self):
        if not self.teams:
            return self.solo_keys
        return self.play.room.answer_keys()

    def _team_help(self, index: int, team) -> tuple[str, str]:
        """A team's line in the help overlay: its keys or pad (short, on the key cap), then its name."""
        name = Verbatim(self.session.players[index].name)
        if team.lost:
            return _("{pad} unplugged").format(pad=team.pad_label), name
        if team.device is not None:
            return team.pad_label, name
        if team.zone is not None:
            return team.describe(), name
        if team.phone:
            return _("Phones"), name
        return _("Any free pad"), name

    @property
    def help_keys(self):  # type: ignore[override]
        if self.typed_here:
            keys = [(N_("Typing"), N_("your answer")), (N_("Enter"), N_("lock it in"))]
        elif self.teams:
            keys = [self._team_help(i, team) for i, team in enumerate(self.play.room.inputs)]
            if self.play.room.phones:
                keys.append((N_("Phones"), N_("tap a tile, or type the answer, on the phone")))
        else:
            keys = [(N_("1 to 4, A to D"), N_("lock in an answer")), (N_("Arrows, Enter"), N_("pick and lock in")),
                    (N_("Mouse, touch"), N_("click a tile"))]
            if self.digit_hint:
                keys.insert(1, (N_("0 to 9"), N_("the tile with that number written on it")))
        if self.play is not None and self.play.desk is not None:
            return tuple(keys) + self.play.help_keys
        pause = (N_("Ctrl+P"), N_("pause (P types a letter here)")) if self.typed_here else ("P", N_("pause"))
        return tuple(keys + [pause, LEAVE_KEY])

    @property
    def paused(self) -> bool:
        return self.session.state is State.PAUSED

    # -- input ----------------------------------------------------------------------------
    def handle(self, action: A.Action) -> None:
        session = self.session
        if self.answer_to_leave(action):
            return
        if self.play is not None:
            action = self.play.handle(action, self, answering=session.state is State.ASKING)
            if action is None or self.outcome is not None:
                return
        if isinstance(action, A.Back):
            self.ask_to_leave()
            return
        if self.paused:
            if isinstance(action, (A.Pause, A.Confirm, A.Click)):
                session.resume()
            return
        if isinstance(action, A.Pause):
            if session.state is State.ASKING:
                session.pause()
            return
        if session.state is not State.ASKING:
            return
        if self.question.typed:
            if self.typed_here:
                self._handle_typing(action)
            return
        if isinstance(action, A.Answer):
            self._answer(action.team, action.choice)
        elif isinstance(action, A.Navigate) and not self.teams:
            self.tiles.move_focus(action.dx, action.dy)
        elif isinstance(action, A.Confirm) and not self.teams and self.tiles.focus is not None:
            self._answer(0, self.tiles.focus)
        elif isinstance(action, A.Point):
            self.tiles.hover = self.tiles.tile_at(action.pos)
        elif isinstance(action, A.Click) and not self.teams:
            index = self.tiles.tile_at(action.pos)
            if index is not None:
                self._answer(0, index)

    def _handle_typing(self, action: A.Action) -> None:
        if isinstance(action, A.Confirm):
            if self.field.text.strip():
                self._answer(0, self.field.text)
        elif isinstance(action, (A.TypeText, A.EditKey)):
            self.field.handle_text(action)

    def _answer(self, team: int, response) -> None:
        if isinstance(response, int) and not 0 <= response < len(self.question.options):
            return
        if team >= len(self.session.players):
            return
        status = self.session.answer(team, response)
        if status is AnswerStatus.ACCEPTED:
            self.services.sound.play("lock_in")
            if not self.teams and isinstance(response, int):
                self.chosen = response
                for tile in self.tiles.tiles:
                    tile.state = LOCKED if tile.index == response else DIMMED

    def ask_to_leave(self) -> None:
        """The clock stops while the players decide."""
        if self.session.state is State.ASKING:
            self.session.pause()
        super().ask_to_leave()

    def kept_playing(self) -> None:
        if self.session.state is State.PAUSED:
            self.session.resume()

    # -- time -----------------------------------------------------------------------------
    def _sync_torch(self) -> None:
        session = self.session
        self.torch.set_time(session.time_left(), session.time_allowed())

    def update(self, dt: float) -> None:
        session = self.session
        if self.play is not None:
            self.play.update(dt)
        self._sync_torch()
        self.torch.update(dt)
        state = session.state
        if state is State.ASKING and self.torch.in_danger:
            second = math.ceil(session.time_left())
            if second < self.last_tick:
                self.last_tick = second
                self.services.sound.play("tick")
        if state is State.LOCKED and self.confirm is None:
            self.locked_for += dt
            if self.locked_for >= self.theme.reveal_grace_seconds:
                self.match.last_result = session.reveal()
                self.finish("reveal", self.match)

    def describe(self) -> dict:
        return {"scene": self.name, "number": self.question.number, "prompt": self.question.prompt,
                "options": list(self.question.options), "typed": self.question.typed,
                "state": self.session.state.value, "time_left": self.session.time_left()}

    # -- drawing --------------------------------------------------------------------------
    def layout(self, screen: Screen) -> None:
        self.screen = screen
        content = screen.content()
        top, main = split_rows(content, [0.09, 0.91], screen.px(0.02))
        self.top_rect = top
        crowded = self.teams and len(self.session.players) > 4
        if self.phones_alone:
            crowded = len(self.play.room.inputs) > 4
        # The projector profile with many teams: a slimmer torch, and the teams in two columns of
        # wide chips, each name on one line at the profile's floor with its keys beneath.
        self.wide_chips = crowded and self.theme.name == "projector" and not self.phones_alone
        torch_col, play = split_columns(main, [0.1, 0.9] if self.wide_chips else [0.17, 0.83], screen.px(0.03))
        self.torch.layout(torch_col.inflate(0, -screen.px(0.12)).move(0, -screen.px(0.06)))
        self.seconds_rect = pygame.Rect(torch_col.x, torch_col.bottom - screen.px(0.12), torch_col.w, screen.px(0.12))
        many = min(0.4, 0.33 * self.theme.font_scale)   # two rows of chips; room for names in large type
        if self.wide_chips:
            many = 0.6
        chips_h = (many if crowded else 0.15) if self.teams else 0.0
        pictured = self.question.question.image is not None     # a picture needs the height
        prompt_share = 0.5 if self.question.typed else (0.3 if crowded else (0.46 if pictured else 0.38))
        if self.wide_chips:
            prompt_share = 0.2 if self.question.typed else 0.14
        row_gap = screen.px(0.025)
        if self.teams and not self.phones_alone:
            # The chips get the height their words need at the floor (a longer language's "what
            # to press" on two lines), taken from the answers, which keep most of theirs.
            usable = max(1, play.h - 2 * row_gap)
            needed = self._chips_need(play.w) / usable
            chips_h = max(chips_h, min(needed, 1 - prompt_share - MIN_ANSWER_SHARE))
        rows = split_rows(play, [prompt_share, 1 - prompt_share - chips_h, chips_h] if self.teams
                          else [prompt_share, 1 - prompt_share], row_gap)
        self.prompt_rect = rows[0]
        self.answer_rect = rows[1]
        self.chips_rect = rows[2] if self.teams else None
        self.tiles.layout(self.answer_rect, screen.text_px(self.theme, self.theme.size_tile), screen.unit)
        field_h = min(self.answer_rect.h * 0.4, screen.px(0.16))
        self.field.rect = pygame.Rect(self.answer_rect.x, self.answer_rect.y + screen.px(0.04),
                                      self.answer_rect.w, field_h)

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_frame(surface, kept=False)

    def draw_frame(self, surface: pygame.Surface, kept: bool) -> list[pygame.Rect] | None:
        """The backdrop, prompt, answers and team chips are drawn once into a still picture
        (again when what they show changes); the torch and the seconds are drawn on it."""
        covered = (self.paused and self.confirm is None) or self.confirm is not None or (
            self.play is not None and self.play.showing)
        changed = self.still.frame(surface, self._still_key(), self._draw_still, self._draw_moving, kept=kept,
                                   covered=covered, direct=measuring(self.services.text))
        if self.paused and self.confirm is None:
            draw_pause_card(surface, self.theme, self.services.text,
                            [_("The torch is waiting."), _("Press P or Enter to carry on, Esc to leave.")])
        self.draw_leave_question(surface)
        if self.play is not None:
            self.play.draw(surface)
        return changed

    def _still_key(self) -> tuple:
        """Everything the still picture shows that can change during the question: whatever
        `_draw_still` draws from state that changes must be here, or the picture goes stale."""
        session, tiles = self.session, self.tiles
        key = [self.theme, self.services.text, self.screen, session.state, session.total_questions,
               tuple(player.name for player in session.players), tuple(sorted(session.locked_in)),
               tiles.focus, tiles.hover, tuple(tile.state for tile in tiles.tiles)]
        if self.teams:
            key.append(tuple(tuple(vars(team).values()) for team in self.play.room.inputs))
        else:
            player = self.session.players[0]
            key += [player.score, player.streak]
        if self.phones_alone:
            key.append(join_line(self.services))     # the room's counter says how late comers join
        if self.question.typed:
            locked = session.state not in (State.ASKING, State.PAUSED)
            key += [self.field.text, self.field.cursor, not locked and self._caret_on(), self._typing_note()]
        return tuple(key)

    def _caret_on(self) -> bool:
        return (self.services.clock.now() % 1.0) < 0.6

    def _draw_still(self, surface: pygame.Surface) -> None:
        surface.blit(backdrop(self.theme, surface.get_size()), (0, 0))
        self._draw_top(surface)
        self._draw_prompt(surface)
        if self.question.typed and not self.typed_here:
            self._draw_typed_on_phones(surface)
        elif self.question.typed:
            self._draw_typing(surface)
        else:
            self.tiles.draw(surface)
        if self.chips_rect is not None and self.phones_alone:
            self._draw_room_chips(surface)
        elif self.chips_rect is not None:
            self._draw_team_chips(surface, self.session.players, self.chips_rect)

    def _draw_moving(self, surface: pygame.Surface) -> list[pygame.Rect]:
        return [*self.torch.draw(surface), self._draw_seconds(surface)]

    def _draw_top(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        left, middle, right = split_columns(self.top_rect, [0.3, 0.4, 0.3])
        px = screen.text_px(theme, theme.size_body)
        if self.session.config.kind is RoundKind.REVIEW:
            heading = _("Review Question {number} of {total}")
        else:
            heading = _("Question {number} of {total}")
        heading = heading.format(number=self.question.number, total=self.session.total_questions)
        s.text.fit(heading, left.size, px=px,
                   style="bold", colour=theme.text, align="left").draw(surface, left)
        label = self.digit_hint or type_label(
            self.question.type if not self.question.options or self.question.type == "truefalse" else "choice")
        s.text.fit(label, middle.size, px=px, colour=theme.accent).draw(surface, middle)
        if not self.teams:
            player = self.session.players[0]
            note = ngettext("{points} point", "{points} points", player.score).format(points=score_text(player.score))
            if player.streak >= 2:
                note += " · " + _("streak {count}").format(count=player.streak)
            s.text.fit(note, right.size, px=px, style="bold", colour=theme.text, align="right").draw(surface, right)
        else:
            small = screen.text_px(theme, theme.size_small)
            s.text.shortened(self.question.pack.title, right.size, px=small,
                             min_px=min(small, screen.floor_text_px(theme)), colour=theme.text_muted,
                             align="right").draw(surface, right)

    def _draw_prompt(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = self.prompt_rect
        draw_panel(surface, card, theme.panel, radius_frac=0.08, edge=theme.panel_edge, edge_width=max(1, screen.px(0.003)),
                   alpha=235)
        inner = card.inflate(-screen.px(0.07), -screen.px(0.05))
        image = self.question.question.image
        if image is not None:
            picture_box, inner = split_columns(inner, [0.32, 0.68], screen.px(0.03))
            if self.picture is not None:
                scale = min(picture_box.w / self.picture.get_width(), picture_box.h / self.picture.get_height())
                size = (max(1, round(self.picture.get_width() * scale)), max(1, round(self.picture.get_height() * scale)))
                shown = self._scaled_picture(size)
                surface.blit(shown, shown.get_rect(center=picture_box.center))
            else:
                s.text.fit(f"[{image.alt}]", picture_box.size, px=screen.text_px(theme, theme.size_small),
                           colour=theme.text_muted).draw(surface, picture_box)
        s.text.fit(self.question.prompt, inner.size, px=screen.text_px(theme, theme.size_prompt),
                   min_px=screen.min_text_px(theme), style="bold", colour=theme.text,
                   line_spacing=1.1).draw(surface, inner)

    def _scaled_picture(self, size: tuple[int, int]) -> pygame.Surface:
        cached = self._picture_cache
        if cached is None or cached[0] != size:
            self._picture_cache = (size, pygame.transform.smoothscale(self.picture, size))
        return self._picture_cache[1]

    def _draw_typing(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        rect = self.field.rect
        locked = self.session.state not in (State.ASKING, State.PAUSED)
        draw_panel(surface, rect, theme.panel_raised, radius_frac=0.2,
                   edge=theme.focus_ring if not locked else theme.accent_soft, edge_width=max(2, screen.px(0.005)))
        inner = rect.inflate(-screen.px(0.06), -screen.px(0.03))
        unit = self.question.unit
        if unit:
            inner, unit_box = split_columns(inner, [0.8, 0.2], screen.px(0.02))
            s.text.fit(unit, unit_box.size, px=screen.text_px(theme, theme.size_tile), colour=theme.text_muted,
                       align="left").draw(surface, unit_box)
        shown = self.field.text or self.field.placeholder
        colour = theme.text if self.field.text else theme.text_muted
        px = screen.text_px(theme, theme.size_tile if self.field.text else theme.size_body)
        fitted = s.text.fit(shown, inner.size, px=px, min_px=screen.min_text_px(theme), style="bold" if self.field.text else "body",
                            colour=colour, align="left", max_lines=1)
        where = fitted.draw(surface, inner)
        if not locked and self._caret_on():
            font = s.fonts.get("bold", fitted.px, self.field.text)
            x = where.left + font.size(self.field.text[: self.field.cursor])[0] if self.field.text else where.left
            pygame.draw.line(surface, theme.accent, (x + 2, inner.centery - fitted.px * 0.6),
                             (x + 2, inner.centery + fitted.px * 0.6), max(2, screen.px(0.004)))
        note_rect = pygame.Rect(rect.x, rect.bottom + screen.px(0.02), rect.w, screen.px(0.06))
        note, colour = self._typing_note()
        s.text.fit(note, note_rect.size, px=screen.text_px(theme, theme.size_small), colour=colour,
                   align="left").draw(surface, note_rect)

    def _typing_note(self) -> tuple[str, tuple[int, int, int]]:
        """The line under the answer box: what was refused, what is forgiven, or where the answer stands."""
        theme, session = self.theme, self.session
        if session.state in (State.ASKING, State.PAUSED):
            if self.field.refusal:
                return self.field.refusal, theme.wrong
            if self.field.numeric:
                examples = dict(whole=format_number(42), decimal=format_number(3.5), large=format_number(1996))
                if self.question.unit:
                    return _("Digits only ({unit} is already there), such as {whole}, {decimal} or {large}.").format(
                        unit=self.question.unit, **examples), theme.text_muted
                return _("Digits only, such as {whole}, {decimal} or {large}.").format(**examples), theme.text_muted
            return _("Case, accents and small typos are forgiven."), theme.text_muted
        if 0 in session.locked_in:
            return _("Locked in. Waiting for the reveal…"), theme.text_muted
        if self.field.text.strip():
            return _("Time is up: the answer was not locked in with Enter."), theme.wrong
        return _("Time is up: no answer given."), theme.wrong

    def _draw_room_chips(self, surface: pygame.Surface) -> None:
        """Every phone a player: the keyboard teams' chips, then how many have answered."""
        screen = self.screen
        keyboard = len(self.play.room.inputs)
        answered, playing = answered_count(self.session)
        if keyboard:
            chips, counter = split_columns(self.chips_rect, [keyboard, 2] if keyboard <= 4 else [0.62, 0.38],
                                           screen.px(0.012))
            self._draw_team_chips(surface, self.session.players[:keyboard], chips)
        else:
            counter = self.chips_rect
        draw_answer_counter(surface, counter, self.theme, self.services.text, screen, answered, playing,
                            join_line(self.services))

    def _draw_typed_on_phones(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        rect = self.field.rect
        locked = self.session.state not in (State.ASKING, State.PAUSED)
        draw_panel(surface, rect, theme.panel_raised, radius_frac=0.2, edge=theme.accent_soft,
                   edge_width=max(2, screen.px(0.005)))
        if locked:
            words = _("Time is up: the answer is coming…")
        elif self.question.unit:
            words = _("Type the answer on your phone (in {unit})").format(unit=self.question.unit)
        else:
            words = _("Type the answer on your phone")
        s.text.fit(words, rect.inflate(-screen.px(0.06), -screen.px(0.03)).size,
                   px=screen.text_px(theme, theme.size_tile), min_px=screen.min_text_px(theme), style="bold",
                   colour=theme.text).draw(surface, rect)

    def _chip_cells(self, count: int, area: pygame.Rect) -> list[pygame.Rect]:
        """The team chips' cells in `area`: one row of up to four, or two balanced rows (5 teams:
        3 over 2, a shorter second row centred), or two columns of wide chips."""
        gap = self.screen.px(0.012)
        if self.wide_chips:
            return grid(area, 2, (count + 1) // 2, gap)
        if count <= 4:
            return split_columns(area, [1] * count, gap)
        across = (count + 1) // 2
        top, bottom = split_rows(area, [1, 1], gap)
        cells = split_columns(top, [1] * across, gap)
        rest = count - across
        width = rest * cells[0].w + (rest - 1) * gap
        return cells + split_columns(pygame.Rect(bottom.centerx - width // 2, bottom.y, width, bottom.h),
                                     [1] * rest, gap)

    def _chip_inner(self, cell: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
        """A chip's colour stripe and the room beside it for the name and the line under it."""
        small = self.screen.px(self.theme.size_small)   # margins: spacing, not type, so larger text keeps its room
        inner = cell.inflate(-small, -max(6, small // 2))     # a name of three lines stays off the edge
        stripe = pygame.Rect(inner.x - small // 4, inner.y + inner.h // 8, max(3, small // 4), inner.h * 3 // 4)
        inner.x, inner.w = stripe.right + small // 3, inner.right - stripe.right - small // 3
        return stripe, inner

    def _chip_words(self, team) -> list[str]:
        """What a team's chip may say under its name in words: "Press a pad button", and for a
        team on a pad what a pulled cable shows. Keys and a pad's buttons are drawn, not said."""
        now = input_words(team, short=True)
        words = [now] if now is not None else []
        if team.pad_label and not team.lost:
            words.append(_("{pad} unplugged").format(pad=team.pad_label))
        return words

    def _words_h(self, words: list[str], width: int) -> int:
        """The height of the tallest of `words` as a chip's line draws them at the floor (two lines at most)."""
        floor = self.screen.floor_text_px(self.theme)
        return max((self.services.text.trial(text, (width, 10 * floor), px=floor, min_px=floor, style="bold",
                                             max_lines=2, line_spacing=0.95).surface.get_height()
                    for text in words), default=0)

    def _chips_need(self, width: int) -> int:
        """The height the team chips need to show every name and every line of words at the floor."""
        players, room = self.session.players, self.play.room
        cells = self._chip_cells(len(players), pygame.Rect(0, 0, width, 1000))
        if not cells:
            return 0
        floor = self.screen.floor_text_px(self.theme)
        _stripe, inner = self._chip_inner(cells[0])
        names = max(self.services.text.trial(p.name, (inner.w, 10 * floor), px=floor, min_px=floor, style="bold",
                                             line_spacing=0.95).surface.get_height() for p in players)
        words = self._words_h([text for p in players for text in self._chip_words(room.input_of(p.index))], inner.w)
        if not words:
            return 0
        margins = cells[0].h - inner.h + max(2, self.screen.px(self.theme.size_small) // 4)
        rows = len({cell.y for cell in cells})
        return rows * (names + words + margins) + (rows - 1) * self.screen.px(0.012)

    def _draw_team_chips(self, surface: pygame.Surface, players, area: pygame.Rect) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        locked = self.session.locked_in
        cells = self._chip_cells(len(players), area)
        colours = player_colours(players)
        small = screen.px(theme.size_small)
        floor = screen.floor_text_px(theme)
        min_px = round(screen.min_text_px(theme) * 0.85)
        shares = [0.56, 0.44] if self.wide_chips else [0.62, 0.38]
        inner = self._chip_inner(cells[0])[1] if cells else pygame.Rect(0, 0, 1, 1)
        first = split_rows(inner, shares)[0]
        gap = max(2, small // 4)
        # The line under the names keeps the height its words need at the floor; the names take
        # what is left of the chip, never more than their share.
        room = self.play.room
        words_h = self._words_h([text for p in players for text in self._chip_words(room.input_of(p.index))], inner.w)
        first.h = max(1, min(first.h, inner.h - gap - words_h))
        # One size for every name, never below the floor while a long name can wrap to two lines;
        # only a name that fits no other way goes smaller, rather than being cut.
        px = s.text.shared_px([p.name for p in players], first.size, min_px=floor,
                              style="bold", line_spacing=0.95,
                              px=min(screen.text_px(theme, theme.size_body), round(first.h * 0.8)))
        # The names' lines take what they need; the line under them (keys, "Locked in", what to
        # press) gets the rest of the chip, so a longer language's instruction wraps at a readable size.
        name_h = max((s.text.trial(p.name, first.size, px=px, min_px=min_px, style="bold",
                                   line_spacing=0.95).surface.get_height() for p in players), default=first.h)
        spare = max(0, first.h - name_h - gap)
        for player, cell in zip(players, cells):
            done = player.index in locked
            slot = colours[player.index]
            draw_panel(surface, cell, theme.panel_raised if done else theme.panel, radius_frac=0.2,
                       edge=theme.lane_edge(slot), edge_width=max(2, screen.px(0.005 if done else 0.003)))
            stripe, inner = self._chip_inner(cell)
            name_rect = split_rows(inner, shares)[0]
            name_rect.h = min(name_rect.h, first.h) - spare
            keys_rect = pygame.Rect(inner.x, name_rect.bottom, inner.w, inner.bottom - name_rect.bottom)
            pygame.draw.rect(surface, theme.lane_edge(slot), stripe.inflate(2, 2), border_radius=stripe.w)
            pygame.draw.rect(surface, theme.lane_colour(slot), stripe, border_radius=stripe.w)
            s.text.fit(player.name, name_rect.size, px=px, min_px=min_px,
                       style="bold", colour=theme.text, line_spacing=0.95).draw(surface, name_rect)
            if done:
                mark = icon("check", round(keys_rect.h * 0.9), theme.correct)
                locked_px = round(keys_rect.h * 0.6)
                if self.wide_chips:     # the floor, where the chip has the height for it
                    locked_px = max(locked_px, min(floor, round(keys_rect.h * 0.72)))
                label = s.text.line(_("Locked in"), locked_px, style="bold", colour=theme.correct)
                total = mark.get_width() + label.surface.get_width()
                x = keys_rect.centerx - total // 2
                surface.blit(mark, mark.get_rect(midleft=(x, keys_rect.centery)))
                label.draw_at(surface, midleft=(x + mark.get_width(), keys_rect.centery))
            else:
                draw_team_input(surface, theme, s.text, keys_rect, self.play.room.input_of(player.index),
                                len(self.question.options), min_px, short=True, px=max(px, floor))

    def _draw_seconds(self, surface: pygame.Surface) -> pygame.Rect:
        s, theme, screen = self.services, self.theme, self.screen
        left = self.session.time_left()
        colour = theme.flame_danger if self.torch.in_danger else theme.text
        if theme.high_contrast and self.torch.in_danger:
            colour = theme.wrong
        # Translators: instead of the seconds left, when the time is up (short, large)
        label = format_number(math.ceil(left)) if left > 0 else _("Time!")
        return s.text.fit(label, self.seconds_rect.size, px=screen.text_px(theme, theme.size_heading * 1.3),
                          style="display", colour=colour, shadow=theme.text_shadow).draw(surface, self.seconds_rect)
