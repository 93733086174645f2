"""Setup: who plays (solo, party, classroom; names typed on screen) and how the game runs.

The screen fills in a `SessionConfig` of the quiz core; the core checks it, and every
problem it finds is shown here in its own words. The rules the session will use are shown
in words before it starts, as the core describes them.
"""

from __future__ import annotations

import pygame

from game.i18n import N_, _, ngettext
from game.i18n.formats import format_number
from game.packs.model import QUESTION_TYPES
from game.quiz import (ConfigError, Mode, Outlook, QuestionTally, ScoringOptions, Session, SessionConfig,
                       check_something_to_play, describe_rules)
from game.quiz.config import MAX_NAME_LENGTH, MAX_PLAYERS
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints, draw_scroll_marks
from game.ui.kit.fx import draw_panel
from game.ui.handover import Match, PackChoice, TeamSetup
from game.ui.input.keymap import MENU, TEXT
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.scene import Scene
from game.ui.scenes.packs import type_title
from game.ui.kit.theme import RING_NAMES
from game.ui.kit.widgets import Button, Choice, Form, TextField, Toggle

# Marked for the catalogs; the form shows them translated (see `_shown`).
MODES = {"solo": N_("Solo"), "party": N_("Party (2 to 8 teams)"), "classroom": N_("Classroom (projector)")}
TIME_CHOICES = (None, 10, 15, 20, 30, 45, 60, 90, 120, 240)   # None: the pack's times, else the settings' default
# Translators: the difficulty choice that plays questions of every difficulty
DIFFICULTIES = {None: N_("Any"), ("easy",): N_("Easy"), ("medium",): N_("Medium"), ("hard",): N_("Hard"),
                ("easy", "medium"): N_("Easy and medium"), ("medium", "hard"): N_("Medium and hard")}
POINTS = {None: N_("As the pack says"), 0: N_("No points"), 1000: 1000, 2000: 2000}
STANDINGS = {1: N_("After every question"), 3: N_("Every 3 questions"), 5: N_("Every 5 questions"),
             0: N_("Only at the end")}


def _shown(words: dict):
    """How a choice of `words` shows its value: its words translated, a number in the language's form."""
    def show(value) -> str:
        word = words.get(value)
        return format_number(word) if isinstance(word, int) else (_(word) if word else "")
    return show
COUNTS = (5, 10, 15, 20, 30, 50)


class SetupScene(Scene):
    name = "setup"
    title = N_("Set up the game")
    help_keys = ((N_("Up, Down, Tab"), N_("move between settings, in reading order")),
                 (N_("Left, Right, Space"), N_("change a setting (Space on Packs: choose packs)")),
                 (N_("Typing"), N_("edit a name")), (N_("Enter"), N_("start the game, from any setting")),
                 (N_("Esc"), N_("back to the packs")))

    def enter(self, handover) -> None:
        library = self.services.library
        back_from_teams = handover if isinstance(handover, TeamSetup) else None
        if back_from_teams is not None:
            handover = back_from_teams.choice
        if isinstance(handover, PackChoice) and (handover.pack_ids or handover.extra):
            self.choice = handover
        else:
            shipped = [e.pack.id for e in library.entries if e.shipped] if library is not None else []
            self.choice = PackChoice(tuple(shipped))
        found = [library.get(pid) for pid in self.choice.pack_ids] if library is not None else []
        self.packs = [p for p in found if p is not None] + list(self.choice.extra)
        self.problems: list[str] = []
        self.rules: list[str] = []
        self.left_out = 0
        self.rules_rect: pygame.Rect | None = None
        self.seed: int | None = None     # None: each session picks its own (autoplay sets one)
        self._tally: QuestionTally | None = None     # the packs' questions counted, for the rules
        self.screen = Screen(1280, 720)
        self._build()
        if back_from_teams is not None:
            self.restore(back_from_teams.config)
        elif self.services.phones is not None:      # `relayquiz play --phones`: a class on its phones
            self.form.row("mode").select("classroom")
        self.refresh()

    # -- the form -------------------------------------------------------------------------
    def ready_message(self) -> str:
        """The line under the form: what will be played, and what team play must leave out."""
        ready = self.rules[0] if self.rules else ""
        if ready and self.left_out:
            ready += " " + ngettext(
                "{count} number or text question without options to choose from is left out.",
                "{count} number or text questions without options to choose from are left out.",
                self.left_out).format(count=format_number(self.left_out))
        if self.rules_rect is None and ready:
            ready += " " + _("The rules are shown before the first question.")
        return ready

    def _available(self) -> int:
        return sum(len(p.questions) for p in self.packs)

    @property
    def default_time(self) -> int:
        """The settings' time for questions whose pack gives none (settings.yaml `default_time_limit`)."""
        return self.services.settings.default_time_limit

    def _time_text(self, seconds: int | None) -> str:
        if seconds is not None:
            return ngettext("{count} second", "{count} seconds", seconds).format(count=seconds)
        # Translators: a question's time when its pack gives none; "s" is seconds
        return _("As the pack says, else {seconds} s").format(seconds=self.default_time)

    def _build(self) -> None:
        s = self.services
        available = max(1, self._available())
        counts = sorted({c for c in COUNTS if c < available} | {available})
        too_long = ngettext("A name has at most {count} character", "A name has at most {count} characters",
                            MAX_NAME_LENGTH).format(count=MAX_NAME_LENGTH)
        self.names = [TextField(f"name{i}", _("Team {number}").format(number=i + 1), text=RING_NAMES[i],
                                max_length=MAX_NAME_LENGTH, too_long=too_long, warn=s.notice.show)
                      for i in range(MAX_PLAYERS)]
        # Translators: the name a solo player starts with (they may type their own)
        self.names[0].text = _("Player")
        self.names[0].cursor = len(self.names[0].text)
        # Translators: the Packs button of the setup when no pack is chosen
        pack_titles = ", ".join(p.title for p in self.packs) or _("none chosen")
        rows = [
            Button("packs", _("Packs: {titles}").format(titles=pack_titles)),
            Choice("mode", _("Mode"), options=list(MODES), show=_shown(MODES), wrap=False),
            Choice("count", _("Teams"), options=list(range(2, MAX_PLAYERS + 1)), index=1, wrap=False),
            *self.names,
            Choice("questions", _("Questions"), options=counts,
                   index=counts.index(min(counts, key=lambda c: abs(c - 10))),
                   show=lambda c: format_number(c) if c != available else _("All {count}").format(
                       count=format_number(c)), wrap=False),
            Choice("time", _("Time per question"), options=list(TIME_CHOICES), show=self._time_text, wrap=False),
            Choice("difficulty", _("Difficulty"), options=list(DIFFICULTIES), show=_shown(DIFFICULTIES), wrap=False),
            *[Toggle(f"type_{t}", type_title(t), on=True) for t in QUESTION_TYPES],
            Toggle("speed", _("Speed points"), on=True),
            Toggle("streaks", _("Streaks"), on=True),
            Choice("points", _("Points per question"), options=list(POINTS), show=_shown(POINTS), wrap=False),
            Choice("standings", _("Standings"), options=list(STANDINGS), show=_shown(STANDINGS), wrap=False),
            # Translators: the button that starts the game
            Button("start", _("Start")),
        ]
        # The focus starts on the first setting, so Down reads the form from the top; Enter
        # starts the game from wherever the focus is.
        self.form = Form(s.theme, s.text, rows, focus=1)

    def restore(self, config: SessionConfig) -> None:
        """Fill the form in again from a config (coming back from the team screen)."""
        row = self.form.row
        row("mode").select(config.mode.value)
        row("count").select(len(config.players))
        for field_, name in zip(self.names, config.players):
            field_.set_text(name)
        questions = row("questions")
        if config.question_count not in questions.options:
            questions.options = sorted(set(questions.options) | {config.question_count})
        questions.select(config.question_count)
        row("time").select(config.time_limit)
        row("difficulty").select(config.difficulties)
        for qtype in QUESTION_TYPES:
            row(f"type_{qtype}").on = qtype in config.types
        row("speed").on, row("streaks").on = config.scoring.speed, config.scoring.streaks
        row("points").select(config.scoring.points)
        row("standings").select(config.scoring.standings_every)

    @property
    def mode(self) -> Mode:
        return Mode(self.form.row("mode").value)

    def _player_names(self) -> list[str]:
        if self.mode is Mode.SOLO:
            return [self.names[0].text]
        count = self.form.row("count").value
        return [field.text for field in self.names[:count]]

    def _sync_rows(self) -> None:
        """Show the rows the mode needs: one name in solo, one per team otherwise."""
        solo = self.mode is Mode.SOLO
        self.form.row("count").enabled = not solo
        count = 1 if solo else self.form.row("count").value
        for index, field in enumerate(self.names):
            showing = index < count
            if showing and not field.enabled and not field.text:
                field.set_text(RING_NAMES[index])   # a team just added gets its ring colour's name
            field.enabled = showing
            field.label = _("Your name") if solo else f"{index + 1}"
            field.label_share = None if solo else 0.09
        first = self.names[0]
        if not solo and first.text == _("Player"):
            first.set_text(RING_NAMES[0])      # teams are named by the ring colours
        elif solo and first.text == RING_NAMES[0]:
            first.set_text(_("Player"))
        self._layout_size = None

    def config(self) -> SessionConfig:
        """The session the form describes; raises ConfigError with every problem."""
        row = self.form.row
        types = tuple(t for t in QUESTION_TYPES if row(f"type_{t}").on)
        return SessionConfig(
            packs=tuple(self.packs), players=tuple(self._player_names()), mode=self.mode,
            question_count=row("questions").value, types=types, difficulties=row("difficulty").value,
            time_limit=row("time").value, default_time_limit=self.default_time, seed=self.seed,
            scoring=ScoringOptions(speed=row("speed").on, streaks=row("streaks").on,
                                   points=row("points").value, standings_every=row("standings").value),
        )

    def refresh(self) -> None:
        self._sync_rows()
        try:
            config = self.config()
            selection = self._outlook(config)
        except ConfigError as error:
            self.problems = error.problems
            self.rules = []
            self.left_out = 0
            return
        self.problems = []
        self.rules = describe_rules(config, selection)
        self.left_out = selection.unplayable

    def _outlook(self, config: SessionConfig) -> Outlook:
        """What a session of `config` would play, counted without picking: the questions are
        counted once per choice of packs and mode, and any types, difficulties and length are
        then a sum (picking from 10,000 questions at every key press froze the screen for a
        twentieth of a second). Raises ConfigError as a new session would."""
        if self._tally is None or not self._tally.counted(config):
            self._tally = QuestionTally(config.packs, config.picks_options)
        outlook = self._tally.outlook(config)
        check_something_to_play(config, outlook)
        return outlook

    # -- input ----------------------------------------------------------------------------
    @property
    def input_mode(self) -> str:  # type: ignore[override]
        return TEXT if self.form.wants_text else MENU

    def handle(self, action: A.Action) -> None:
        if isinstance(action, A.Back):
            self.finish("back", self.choice)
            return
        if isinstance(action, A.FileDropped):
            self.finish("generate", action.path)
            return
        if isinstance(action, A.Confirm) and not action.space:
            self.start()               # Enter starts from anywhere, as the footer says
            return
        changed = self.form.handle(action)
        if changed == "start":
            self.start()
        elif changed == "packs":
            self.finish("packs", self.choice)
        elif changed:
            self.refresh()

    def start(self) -> None:
        self.refresh()
        if self.problems:
            self.services.sound.play("wrong")
            return
        config = self.config()
        if config.teams:
            self.finish("teams", TeamSetup(config, self.choice))
            return
        session = Session(config, self.services.clock)
        self.finish("start", Match(session=session, choice=self.choice, setup=TeamSetup(config, self.choice)))

    def still_for(self) -> float:
        return self.form.still_for()

    def update(self, dt: float) -> None:
        self.form.update(dt)

    # -- drawing --------------------------------------------------------------------------
    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        large = self.theme.font_scale >= 1.3
        top, bottom = split_rows(body, [0.68, 0.32] if large else [0.8, 0.2], screen.px(0.025))
        self.scroll_rect = None
        if large:
            self._layout_large(screen, top, bottom)
            return
        left, right = split_columns(top, [0.5, 0.5], screen.px(0.04))
        gap = screen.px(0.012)
        for row in self.form.rows:
            row.rect = pygame.Rect(0, 0, 0, 0)
        solo = self.mode is Mode.SOLO
        count = 1 if solo else self.form.row("count").value
        name_rows = 1 if solo else (count + 1) // 2
        left_rows = split_rows(left, [1] * 7, gap)
        self.form.row("packs").rect = left_rows[0]
        self.form.row("mode").rect = left_rows[1]
        if solo:
            self.names[0].rect = left_rows[2]
        else:
            self.form.row("count").rect = left_rows[2]
            for index in range(count):
                line = left_rows[3 + index // 2]
                cell = split_columns(line, [1, 1], gap)[index % 2]
                self.names[index].rect = cell
        self.form.label_share = 0.46
        self.rules_rect = left_rows[3] if solo else None
        if solo:
            self.rules_rect = pygame.Rect(left_rows[3].x, left_rows[3].y, left.w, left.bottom - left_rows[3].y)
        else:
            below = left_rows[min(6, 3 + name_rows)]
            self.rules_rect = pygame.Rect(left.x, below.y, left.w, left.bottom - below.y) if name_rows < 2 else None
        row = self.form.row
        types = [row(f"type_{t}") for t in QUESTION_TYPES]
        for switch in [*types, row("speed"), row("streaks")]:
            switch.label_share = 0.62      # half-width switches: "On" needs little room, the label more
        # Eight lines of settings; one whose value needs two lines at the floor gets their height.
        self.form.unit = screen.unit
        self.form.place_lines(right, [[row("questions")], [row("time")], [row("difficulty")],
                                      *[types[i:i + 2] for i in range(0, len(types), 2)],
                                      [row("speed"), row("streaks")], [row("points")], [row("standings")]], gap)
        message, button = split_columns(bottom, [0.7, 0.3], screen.px(0.03))
        self.form.row("start").rect = button.inflate(0, -button.h // 5)
        self.message_rect = pygame.Rect(message.x, self.form.row("start").rect.y, message.w,
                                        self.form.row("start").rect.h)

    def _layout_large(self, screen: Screen, top: pygame.Rect, bottom: pygame.Rect) -> None:
        """Large text: one setting a row, each as tall as its words need, in reading order; the
        list scrolls to keep the focused setting in view (arrows say more are above or below)."""
        gap = screen.px(0.012)
        self.scroll_rect = top.inflate(-screen.px(0.05), 0).move(-screen.px(0.025), 0)
        self.scroll_gap = gap
        # As many rows as fit at 1.3 lines of the text size, sharing out what is left over.
        least = round(screen.px(self.theme.size_body) * self.theme.font_scale * 1.3)
        count = max(1, (self.scroll_rect.h + gap) // (least + gap))
        self.scroll_row_h = (self.scroll_rect.h - gap * (count - 1)) // count
        self.scroll_first = 0
        for row in self.form.rows:
            row.rect = pygame.Rect(0, 0, 0, 0)
            if row.key.startswith(("type_", "speed", "streaks")):
                row.label_share = 0.62
        self.rules_rect = None
        message, button = split_columns(bottom, [0.7, 0.3], screen.px(0.03))
        self.form.row("start").rect = button.inflate(0, -button.h // 3)
        self.message_rect = message       # the whole band: what will be played, in large type
        self._place_scrolled()

    def _listed(self) -> list:
        """The settings the large-text list shows, top to bottom."""
        solo = self.mode is Mode.SOLO
        count = 1 if solo else self.form.row("count").value
        row = self.form.row
        return [row("packs"), row("mode"), *([] if solo else [row("count")]), *self.names[:count],
                *[r for r in self.form.rows if r.key in ("questions", "time", "difficulty")],
                *[row(f"type_{t}") for t in QUESTION_TYPES], row("speed"), row("streaks"), row("points"),
                row("standings")]

    def _place_scrolled(self) -> None:
        if self.scroll_rect is None:
            return
        area, gap, row_h = self.scroll_rect, self.scroll_gap, self.scroll_row_h
        listed = self._listed()
        shown = max(1, min(len(listed), (area.h + gap) // (row_h + gap)))
        focused = self.form.focused
        if focused in listed:
            index = listed.index(focused)
            self.scroll_first = min(self.scroll_first, index)
            self.scroll_first = max(self.scroll_first, index - shown + 1)
        self.scroll_first = max(0, min(self.scroll_first, len(listed) - shown))
        for row in self.form.rows:
            if row.key != "start":
                row.rect = pygame.Rect(0, 0, 0, 0)
        for slot, row in enumerate(listed[self.scroll_first:self.scroll_first + shown]):
            row.rect = pygame.Rect(area.x, area.y + slot * (row_h + gap), area.w, row_h)
        self.scroll_hidden = (self.scroll_first > 0, self.scroll_first + shown < len(listed))

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        available = self._available()
        draw_header(surface, screen, theme, s.text, _("Set up the game"),
                    ngettext("{count} question in the chosen packs", "{count} questions in the chosen packs",
                             available).format(count=format_number(available)))
        if self.scroll_rect is not None:
            self._place_scrolled()
            draw_scroll_marks(surface, screen, theme,
                              [row.rect for row in self._listed() if row.rect.w > 0], *self.scroll_hidden)
        self.form.draw(surface, screen)
        px = screen.text_px(theme, theme.size_small)
        if self.problems:
            draw_panel(surface, self.message_rect, theme.panel, radius_frac=0.3, edge=theme.wrong,
                       edge_width=max(2, screen.px(0.004)))
            text = _("Before you start: {problems}.").format(problems="; ".join(self.problems))
            inner = self.message_rect.inflate(-2 * px, -px // 2)
            s.text.fit(text, inner.size, px=screen.text_px(theme, theme.size_body), min_px=screen.min_text_px(theme),
                       colour=theme.text, align="left").draw(surface, inner)
        else:
            s.text.fit(self.ready_message(), self.message_rect.size, px=screen.text_px(theme, theme.size_body), style="bold",
                       colour=theme.accent, align="left").draw(surface, self.message_rect)
        if self.rules_rect is not None and self.rules and self.rules_rect.h > px * 3:
            self._draw_rules(surface, px)
        draw_key_hints(surface, screen, theme, s.text,
                       [(_("Up/Down"), _("move")), (_("Left/Right, Space"), _("change")), (_("Enter"), _("start")),
                        (_("Esc"), _("back"))])

    def _draw_rules(self, surface: pygame.Surface, px: int) -> None:
        """The rules as they stand, at a readable size: as many as fit whole, then a pointer to
        the rules screen, which shows them all before the first question."""
        s, theme, screen = self.services, self.theme, self.screen
        box = self.rules_rect
        draw_panel(surface, box, theme.panel, radius_frac=0.08, edge=theme.panel_edge, edge_width=max(1, screen.px(0.002)))
        inner = box.inflate(-px * 1.5, -px)
        rules = [f"• {line}" for line in self.rules[1:]]
        readable = round(px * 0.9)
        shown = _("The rules are shown before the first question.")
        for count in range(len(rules), 0, -1):
            candidate = "\n".join(rules[:count] + ([] if count == len(rules) else [_("…and more before the first question.")]))
            if s.text.trial(candidate, inner.size, px=px, min_px=readable, align="left", valign="top",
                            line_spacing=1.12).fits:
                shown = candidate
                break
        s.text.fit(shown, inner.size, px=px, colour=theme.text_muted, align="left", valign="top",
                   line_spacing=1.12).draw(surface, inner)
