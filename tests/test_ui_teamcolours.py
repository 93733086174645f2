"""A team wears the colour of its name: "Red" runs in red whatever its place in the list;
the other teams take the free colours, rings first, and no two teams share one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from game.ui.handover import Match
from game.ui.look.teamcolours import COLOUR_WORDS, colour_slots, named_colour
from game.ui.kit.theme import HIGH_CONTRAST, NORMAL, RING_COLOURS, RING_NAMES
from tests.test_ui_screens import open_at, with_standings
from tests.uikit import new_session, run_for

BLUE, YELLOW, BLACK, GREEN, RED, PURPLE, TEAL, ORANGE = range(8)


def test_ring_names_get_their_own_ring_colour_in_any_order():
    assert colour_slots(["Red", "Blue", "Green"]) == (RED, BLUE, GREEN)
    assert colour_slots(["black", "YELLOW", "Red", "green", "Blue"]) == (BLACK, YELLOW, RED, GREEN, BLUE)


def test_the_default_team_names_keep_the_theme_order():
    assert colour_slots(RING_NAMES) == tuple(range(len(RING_NAMES)))


def test_a_colour_word_inside_a_longer_name_counts():
    assert colour_slots(["Red Rockets", "The Blue Herons", "Black Cats"]) == (RED, BLUE, BLACK)


def test_common_translations_and_accents_are_understood():
    assert named_colour("Les Bleus") == BLUE
    assert named_colour("Die Roten") == RED
    assert named_colour("Los Verdes") == GREEN
    assert named_colour("GRÜN") == GREEN
    assert named_colour("Жёлтые") == YELLOW
    assert named_colour("Μαύροι") == BLACK
    assert named_colour("Naranja Mecánica") == ORANGE


def test_a_word_that_merely_contains_a_colour_is_not_one():
    assert named_colour("Redwood") is None
    assert named_colour("Rotterdam") is None
    assert named_colour("Blueberry Pie") is None


def test_other_teams_take_the_remaining_ring_colours_in_order_then_the_extras():
    assert colour_slots(["Tigers", "Red", "Lions"]) == (BLUE, RED, YELLOW)
    names = ["Blue", "Yellow", "Black", "Green", "Red", "Owls", "Foxes", "Bears"]
    assert colour_slots(names) == (BLUE, YELLOW, BLACK, GREEN, RED, PURPLE, TEAL, ORANGE)
    assert colour_slots(["Owls", "Foxes", "Bears", "Wolves", "Hawks", "Red"]) == (BLUE, YELLOW, BLACK, GREEN, PURPLE, RED)


def test_two_teams_asking_for_one_colour_do_not_share_it():
    assert colour_slots(["Red", "Red Rockets", "Blue"]) == (RED, YELLOW, BLUE)


def test_every_theme_has_a_colour_for_every_named_colour():
    assert len(COLOUR_WORDS) == len(RING_NAMES) == len(RING_COLOURS)
    assert len(NORMAL.lane_colours) >= len(COLOUR_WORDS) and len(HIGH_CONTRAST.lane_colours) >= len(COLOUR_WORDS)
    for slot, name in enumerate(RING_NAMES):
        assert named_colour(name) == slot


@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=8, unique=True))
def test_no_two_teams_ever_share_a_colour(names):
    slots = colour_slots(names)
    assert len(slots) == len(names)
    assert len(set(slots)) == len(slots)
    assert all(0 <= slot < len(RING_COLOURS) for slot in slots)


@given(st.permutations(RING_NAMES))
def test_ring_named_teams_keep_their_colour_whatever_the_order(names):
    assert [RING_NAMES[slot] for slot in colour_slots(names)] == list(names)


def test_the_relay_track_runs_team_red_in_red():
    def red_blue_green(services):
        return with_standings(Match(new_session(clock=services.clock, mode="classroom",
                                                players=("Red", "Blue", "Green"))))

    app = open_at((1280, 720), "standings", red_blue_green)
    try:
        run_for(app, 0.2)
        theme = app.services.theme
        by_name = {lane.name: theme.lane_colour(lane.colour_index) for lane in app.scene.track.lanes}
        assert by_name == {"Red": RING_COLOURS[RED], "Blue": RING_COLOURS[BLUE], "Green": RING_COLOURS[GREEN]}
    finally:
        app.close()
