"""Rules the screens keep so they look finished: names side by side at one size, nothing cut
in the help overlay of a crowded classroom, podium labels clear of their neighbours, bands of
a layout even to the pixel."""

from __future__ import annotations

import pygame
import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.ui.kit.layout import split_columns, split_rows
from game.ui.kit.overlays import help_columns
from tests.test_ui_classroom_screens import PROJECTOR, classroom_match, team_setup
from tests.test_ui_screens import audited_frame, finished, open_at, party_match
from tests.uikit import LONG_NAMES, key, run_for


@given(st.integers(0, 3000), st.lists(st.floats(0.1, 10), min_size=1, max_size=12), st.integers(0, 20))
def test_layout_bands_fill_their_area_and_differ_by_a_pixel_at_most_when_equal(length, weights, gap):
    area = pygame.Rect(5, 7, length + gap * (len(weights) - 1), length + gap * (len(weights) - 1))
    rows = split_rows(area, weights, gap)
    columns = split_columns(area, weights, gap)
    assert rows[-1].bottom == area.bottom and columns[-1].right == area.right
    for first, second in zip(rows, rows[1:]):
        assert second.top == first.bottom + gap
    equal = split_rows(area, [1.0] * len(weights), gap)
    assert max(r.h for r in equal) - min(r.h for r in equal) <= 1


def drawn_sizes(fitted, texts) -> dict[str, int]:
    return {piece.text: piece.px for piece in fitted if piece.text in texts}


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_team_names_on_the_team_screen_share_one_size(size):
    app = open_at(size, "teams", team_setup)
    try:
        run_for(app, 0.3)
        sizes = drawn_sizes(audited_frame(app), set(LONG_NAMES))
        assert set(sizes) == set(LONG_NAMES)
        assert len(set(sizes.values())) == 1, sizes
    finally:
        app.close()


def test_team_names_under_a_question_share_one_size():
    app = open_at((1280, 720), "question", classroom_match)
    try:
        run_for(app, 0.3)
        sizes = drawn_sizes(audited_frame(app), set(LONG_NAMES))
        assert set(sizes) == set(LONG_NAMES) and len(set(sizes.values())) == 1, sizes
    finally:
        app.close()


def test_the_help_for_eight_teams_and_a_teacher_cuts_nothing_on_a_small_projector():
    app = open_at((1024, 768), "question", classroom_match, settings=PROJECTOR)
    try:
        run_for(app, 0.3)
        app.step(1 / 60, [key(pygame.K_F1)])
        assert app.help.visible
        fitted = audited_frame(app)
        shown = {piece.text for piece in fitted}
        assert "The Unstoppable Torchbearers" in shown
        cut = [piece.text for piece in fitted if not piece.fits]
        assert cut == []
    finally:
        app.close()


def test_a_screen_with_many_keys_continues_in_the_left_column_under_its_own_heading():
    many = tuple((f"K{i}", f"key {i}") for i in range(20))
    left, right = help_columns([("Everywhere", (("F1", "help"),) * 8), ("Question", many)])
    assert abs(len(left) - len(right)) <= 1
    assert (None, "Question") in left and right[0] == (None, "Question, continued")
    assert [k for k, _ in left + right if k and k.startswith("K")] == [k for k, _ in many]
    few = (("P", "pause"),)
    assert help_columns([("Everywhere", (("F1", "help"),) * 8), ("Question", few)])[1] == [(None, "Question"), *few]


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_podium_label_reaches_over_a_lower_block_never_over_a_higher_one(size):
    app = open_at(size, "podium", lambda s: finished(party_match(s, teams=3, count=3)))
    try:
        run_for(app, 0.2)
        podium = app.scene.podium
        placed = podium._blocks()
        for _, block in placed:
            label = podium._label_area(block, placed)
            for _, other in placed:
                if other is not block and other.h >= block.h:
                    assert not label.colliderect(other), (label, other)
    finally:
        app.close()


def test_a_window_too_big_for_a_projector_screen_opens_at_the_largest_size_that_fits():
    from game.ui.app import MIN_SIZE, SCREEN_MARGIN, fit_to_screen

    fitted = fit_to_screen((1280, 720), (1024, 768))
    assert fitted[0] <= 1024 - SCREEN_MARGIN[0] and fitted[1] <= 768 - SCREEN_MARGIN[1]
    assert abs(fitted[0] / fitted[1] - 1280 / 720) < 0.01  # the same shape, only smaller
    assert fit_to_screen((1280, 720), (1920, 1080)) == (1280, 720)
    assert fit_to_screen((1280, 720), None) == (1280, 720)  # no screen to fit (the dummy driver)
    assert fit_to_screen((300, 200), (1920, 1080)) == MIN_SIZE


@given(st.integers(1, 5000), st.integers(1, 5000), st.integers(320, 4000), st.integers(240, 3000))
def test_a_fitted_window_never_spills_off_a_screen_that_has_room_for_the_smallest_window(w, h, sw, sh):
    from game.ui.app import MIN_SIZE, SCREEN_MARGIN, fit_to_screen

    fitted = fit_to_screen((w, h), (sw, sh))
    if sw - SCREEN_MARGIN[0] >= MIN_SIZE[0] and sh - SCREEN_MARGIN[1] >= MIN_SIZE[1]:
        assert fitted[0] <= sw - SCREEN_MARGIN[0] and fitted[1] <= sh - SCREEN_MARGIN[1]
    assert fitted[0] >= 1 and fitted[1] >= 1
