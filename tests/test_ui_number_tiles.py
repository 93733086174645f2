"""Number answers shown as tiles never fight the answer keys: whoever presses the digit written
on a tile locks in that tile, in solo, party and classroom games; the screen says so, and team
games show every keyboard team's key on each tile as solo games show theirs."""

from __future__ import annotations

import pygame
import pytest

from game.packs.model import ChoiceQuestion, NumberQuestion, Pack
from game.quiz import Mode, ScoringOptions, Session, SessionConfig
from game.quiz.placement import TILE_COLOURS, arrange, colour_on, digit_on
from game.quiz.questions import prepare
from game.ui.handover import Match
from tests.test_ui_screens import audited_frame, open_at
from tests.uikit import key

FRAME = 1 / 60
SEEDS = range(12)


def digits_pack() -> Pack:
    return Pack(id="digits", title="Small numbers", questions=[
        NumberQuestion(id="rings-gap", prompt="How many years between the two Games?", answer=3, wrong=[4, 5, 1]),
        ChoiceQuestion(id="podium", prompt="How many steps has the podium?", answer="3", wrong=["4", "2", "1"]),
    ])


def match_for(mode: str, qtype: str, seed: int, players=("Player",)):
    def build(services):
        config = SessionConfig(packs=(digits_pack(),), players=players, mode=mode, question_count=1,
                               types=(qtype,), seed=seed, scoring=ScoringOptions())
        return Match(Session(config, services.clock))
    return build


def shown(app) -> list[str]:
    return list(app.scene.question.options)


# -- where the options sit ---------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_an_option_reading_a_key_digit_sits_on_that_key(seed):
    pack = digits_pack()
    for question in pack.questions:
        for teams in (True, False):
            played = prepare(1, pack, question, seed=seed, teams=teams, time_limit=None, points=None)
            if not played.options:
                continue
            for index, text in enumerate(played.options):
                digit = digit_on(text)
                if digit is not None and digit <= len(played.options):
                    assert index == digit - 1, played.options
            assert played.options[played.correct_option] == "3"


def test_digits_are_read_only_from_single_digit_options():
    assert [digit_on(t) for t in ("3", " 4 ", "3 years", "4 km", "30", "3.5", "1,5", "3rd", "Three")] == \
        [3, 4, 3, 4, None, None, None, None, None]


def test_a_colour_named_option_sits_on_the_tile_of_that_colour():
    assert TILE_COLOURS[:4] == ("red", "blue", "yellow", "green")
    for options in (["Green", "Blue", "Red", "Yellow"], ["Black", "Blue", "White", "green"], ["Vert", "Rouge"]):
        order = arrange(options)
        for position, index in enumerate(order):
            colour = colour_on(options[index])
            assert colour is None or colour == position or colour >= len(options), (options, order)
    assert colour_on("Black Sea") is None


def test_the_theme_draws_the_tiles_in_the_colours_the_placement_names():
    from game.ui.kit.theme import HIGH_CONTRAST, NORMAL

    def strongest(rgb):
        r, g, b = rgb
        if r > 150 and g > 130 and b < 100:
            return "yellow"
        return ("red", "green", "blue")[max(range(3), key=lambda i: rgb[i])]

    for theme in (NORMAL, HIGH_CONTRAST):
        assert [strongest(theme.tile_colour(i)) for i in range(4)] == list(TILE_COLOURS[:4])


# -- pressing the digit on a tile -----------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_solo_pressing_the_digit_written_on_a_tile_locks_in_that_tile(seed):
    for digit in ("3", "4", "1", "2"):
        app = open_at((1280, 720), "question", match_for("solo", "choice", seed))
        try:
            options = shown(app)
            assert digit in options
            app.step(FRAME, [key(getattr(pygame, f"K_{digit}"))])
            assert app.scene.chosen == options.index(digit)
        finally:
            app.close()


def test_solo_a_digit_beyond_the_tile_keys_locks_in_the_tile_reading_it():
    pack = Pack(id="big", title="Big", questions=[
        ChoiceQuestion(id="q", prompt="How many rings?", answer="5", wrong=["6", "7", "8"])])

    def build(services):
        config = SessionConfig(packs=(pack,), players=("Player",), question_count=1, seed=4)
        return Match(Session(config, services.clock))

    app = open_at((1280, 720), "question", build)
    try:
        options = shown(app)
        app.step(FRAME, [key(pygame.K_KP7)])
        assert app.scene.chosen == options.index("7")
    finally:
        app.close()


@pytest.mark.parametrize("mode", ["party", "classroom"])
@pytest.mark.parametrize("seed", SEEDS)
def test_in_team_games_the_digit_team_pressing_a_tile_digit_locks_in_that_tile(mode, seed):
    app = open_at((1280, 720), "question", match_for(mode, "number", seed, players=("Blue", "Yellow", "Black")))
    try:
        options = shown(app)
        assert app.scene.answer_keys[0][0] == (pygame.K_1,)        # team 1 answers on 1 2 3 4
        app.step(FRAME, [key(pygame.K_3)])
        session = app.scene.session
        assert 0 in session.locked_in
        response = session._responses[0][0]
        assert options[response] == "3"
    finally:
        app.close()


# -- what the screen says and shows ------------------------------------------------------------------

@pytest.mark.parametrize("mode, players, wanted", [
    ("solo", ("Player",), "Press the number on a tile to choose it"),
    ("party", ("Blue", "Yellow", "Black"), "A tile reading 1 to 4 is on that key"),
    ("classroom", ("Blue", "Yellow", "Black"), "A tile reading 1 to 4 is on that key"),
])
def test_the_screen_says_how_number_tiles_are_keyed(mode, players, wanted):
    qtype = "choice" if mode == "solo" else "number"
    app = open_at((1280, 720), "question", match_for(mode, qtype, 1, players=players))
    try:
        drawn = [piece.text for piece in audited_frame(app)]
        assert wanted in drawn
    finally:
        app.close()


def test_words_on_tiles_bring_no_number_hint():
    from tests.uikit import new_session

    app = open_at((1280, 720), "question", lambda services: Match(new_session(clock=services.clock)))
    try:
        drawn = [piece.text for piece in audited_frame(app)]
        assert not any("number on a tile" in text for text in drawn)
    finally:
        app.close()


@pytest.mark.parametrize("mode, zones", [("party", "1 Q A"), ("classroom", "1 Z Q")])
def test_team_games_show_each_keyboard_teams_key_on_every_tile(mode, zones):
    app = open_at((1280, 720), "question", match_for(mode, "number", 2, players=("Blue", "Yellow", "Black")))
    try:
        hints = [tile.key_hint for tile in app.scene.tiles.tiles]
        assert hints[0] == zones
        assert [len(h.split()) for h in hints] == [3, 3, 3, 3]
        tile = app.scene.tiles.tiles[1]
        app.step(FRAME, [])
        # The key cap is drawn: the tile's picture differs from the same tile without hints.
        with_cap = pygame.image.tobytes(tile.picture, "RGBA")
        tile.key_hint, tile.picture = "", None
        app.step(FRAME, [])
        assert pygame.image.tobytes(tile.picture, "RGBA") != with_cap
    finally:
        app.close()
