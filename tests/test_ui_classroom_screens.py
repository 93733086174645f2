"""The classroom screens at every size, with eight long team names, and in the projector profile:
every piece of text fits its box (wrapped and shrunk, never cut), and the projector profile
makes the type larger, high contrast, and never smaller than the back row can read."""

from __future__ import annotations

import pygame
import pytest

from game.quiz import Mode, SessionConfig
from game.ui.handover import AfterSession, HallFocus, Match, TeamSetup
from game.ui.kit.layout import Screen
from game.ui.input.room import Room
from game.ui.kit.theme import PROJECTOR_SIZE_MIN
from tests.test_ui_screens import assert_text_fits, audited_frame, finished, open_at, party_match
from tests.uikit import LONG_NAMES, SIZES, FakeSettings, key, long_pack, new_session, run_for

PROJECTOR = FakeSettings(projector=True)


def team_setup(services):
    config = SessionConfig(packs=(long_pack(),), players=LONG_NAMES, mode=Mode.CLASSROOM, question_count=5, seed=3)
    return TeamSetup(config)


def classroom_match(services):
    """Eight long-named teams: four on keys, two on pads (one of them unplugged), two waiting."""
    match = Match(new_session(clock=services.clock, mode="classroom", players=LONG_NAMES))
    room = Room.default(8, classroom=True)
    room.inputs[6].device, room.inputs[6].pad_label = 999, "Pad 1"
    room.inputs[7].lost, room.inputs[7].pad_label = True, "Pad 2"
    match.room = room
    return match


def summary(services):
    match = finished(party_match(services, count=5))
    return AfterSession(match, HallFocus())


SCREENS = {
    "teams": ("teams", team_setup),
    "rules": ("intro", classroom_match),
    "question": ("question", classroom_match),
    "summary": ("summary", summary),
}


@pytest.mark.parametrize("settings", [FakeSettings(), PROJECTOR], ids=["normal", "projector"])
@pytest.mark.parametrize("size", SIZES + [(1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_classroom_screens_fit_eight_long_team_names(screen, size, settings):
    start, handover_for = SCREENS[screen]
    app = open_at(size, start, handover_for, settings=settings)
    try:
        run_for(app, 0.4)
        assert app.scene.name == start
        assert_text_fits(app)
    finally:
        app.close()


def test_the_teacher_panel_and_the_end_question_fit_in_the_projector_profile():
    app = open_at((1920, 1080), "question", classroom_match, settings=PROJECTOR)
    try:
        app.step(1 / 60, [key(pygame.K_TAB)])
        assert app.scene.play.desk.selected == 0
        assert_text_fits(app)
        app.step(1 / 60, [key(pygame.K_e, pygame.KMOD_LCTRL)])
        assert app.scene.play.desk.confirm is not None
        assert_text_fits(app)
        app.step(1 / 60, [key(pygame.K_n)])
        app.step(1 / 60, [key(pygame.K_F1)])
        assert_text_fits(app)
    finally:
        app.close()


def test_the_projector_profile_is_high_contrast_with_larger_type_and_a_readable_floor():
    normal = open_at((1920, 1080), "teams", team_setup)
    projector = open_at((1920, 1080), "teams", team_setup, settings=PROJECTOR)
    try:
        theme = projector.services.theme
        assert theme.high_contrast and theme.name == "projector"
        floor = Screen(1920, 1080).unit * PROJECTOR_SIZE_MIN
        sizes = {}
        for label, app in (("normal", normal), ("projector", projector)):
            fitted = audited_frame(app)
            sizes[label] = max(p.px for p in fitted if p.text == "Start")
            if label == "projector":
                assert min(p.px for p in fitted) >= round(floor * 0.85)
        assert sizes["projector"] > sizes["normal"]
    finally:
        normal.close()
        projector.close()


def test_choosing_the_projector_profile_on_the_team_screen_goes_fullscreen_in_one_step():
    app = open_at((1280, 720), "teams", team_setup)
    try:
        form = app.scene.form
        while form.focused.key != "projector":
            app.step(1 / 60, [key(pygame.K_UP)])
        app.step(1 / 60, [key(pygame.K_RETURN)])
        assert app.services.settings.projector
        assert app.fullscreen and app.services.settings.fullscreen
        assert app.services.theme.name == "projector"
        app.step(1 / 60, [key(pygame.K_RETURN)])
        assert not app.services.settings.projector and not app.fullscreen
        assert not app.services.theme.high_contrast
    finally:
        app.close()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", ["setup", "question, party of 8", "reveal, party of 8", "standings, party of 8",
                                    "podium, party of 8"])
def test_the_play_screens_fit_eight_long_names_in_the_projector_profile(screen, size):
    from tests.test_ui_screens import SCREENS as PLAY_SCREENS

    start, handover_for = PLAY_SCREENS[screen]
    app = open_at(size, start, handover_for, settings=PROJECTOR)
    try:
        run_for(app, 0.4)
        assert app.services.theme.name == "projector"
        assert_text_fits(app)
    finally:
        app.close()
