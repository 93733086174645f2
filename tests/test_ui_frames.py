"""Frames that draw only what changes, at the rate the eye needs.

The title and the question keep what does not move in one still picture, drawn once and again
only when what it shows changes; each frame puts back only where the torch burned and draws it
again. A cached frame is the same, pixel for pixel, as one drawn from nothing. The real loop,
run on a fake wall clock, draws a burning torch 30 times a second and a still screen almost
never.
"""

from __future__ import annotations

import pygame
import pytest

from game.quiz import Mode, Session, SessionConfig, State
from game.ui.app import App
from game.ui.handover import Match
from game.ui.kit.layers import StaticLayer, clipped, drawing_directly
from tests.uikit import LONG_NAMES, FakeSettings, key, long_pack, make_services, move, press, run_for

WINDOW_SIZES = [(1280, 720), (1920, 1080), (1024, 768)]
FRAME = 1 / 30


class FakeWall:
    """The loop's wall clock in simulated time: sleeping and waiting move it on, no input comes."""

    def __init__(self) -> None:
        self.time = 0.0
        self.waits: list[float] = []

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.time += max(0.0, seconds)

    def events(self) -> list:
        return []

    def wait(self, seconds: float) -> list:
        self.waits.append(seconds)
        self.time += max(0.001, seconds)
        return []


def classroom_match(services, teams: int = 8) -> Match:
    config = SessionConfig(packs=(long_pack(),), players=LONG_NAMES[:teams], mode=Mode.CLASSROOM, question_count=3,
                           seed=3, time_limit=240, types=("choice",))
    return Match(Session(config, services.clock))


def open_app(size, start="title", handover_for=None, settings=None, wall=None) -> App:
    services = make_services(settings or FakeSettings())
    app = App(services, start=start, handover=handover_for(services) if handover_for else None, clock=wall)
    app.open(size)
    return app


def settle(app: App) -> None:
    run_for(app, 0.5, dt=FRAME)      # past the fade between screens


def window_pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGB")


def drawn_from_nothing(app: App) -> bytes:
    """The scene drawn whole onto a fresh surface of the window's format, keeping nothing."""
    fresh = pygame.Surface(app.surface.get_size(), 0, app.surface)
    with drawing_directly():
        app.scene.draw(fresh)
    return window_pixels(fresh)


def differing_pixels(first: bytes, second: bytes) -> int:
    return sum(1 for index in range(0, len(first), 3) if first[index:index + 3] != second[index:index + 3])


def run_loop(app: App, wall: FakeWall, seconds: float) -> int:
    """Run the real loop for `seconds` of simulated time; the frames it drew."""
    start_time, start_frames = wall.time, app.frames_drawn

    def stop_when_done(app_: App) -> None:
        if wall.time - start_time >= seconds:
            app_.running = False

    app.frame_hooks.append(stop_when_done)
    try:
        app.run()
    finally:
        app.frame_hooks.remove(stop_when_done)
        app.running = True
    return app.frames_drawn - start_frames


# -- the still picture ---------------------------------------------------------------------

def test_an_idle_question_draws_its_still_picture_once_and_again_only_for_real_changes():
    app = open_app((1280, 720), "question", classroom_match)
    try:
        still = app.scene.still
        run_for(app, 10.0, dt=FRAME)
        assert still.redraws == 1
        app.step(FRAME, [key(pygame.K_1)])            # the first team locks in
        run_for(app, 1.0, dt=FRAME)
        assert app.scene.session.locked_in and still.redraws == 2
        app.step(FRAME, [key(pygame.K_p)])            # the teacher pauses...
        run_for(app, 1.0, dt=FRAME)
        app.step(FRAME, [key(pygame.K_p)])            # ...and carries on
        run_for(app, 1.0, dt=FRAME)
        assert app.scene.session.state is State.ASKING and still.redraws == 4
        tile = app.scene.tiles.tiles[2].rect
        app.step(FRAME, [move(tile.center)])          # the mouse comes to rest on a tile
        run_for(app, 1.0, dt=FRAME)
        assert still.redraws == 5
    finally:
        app.close()


def test_the_idle_title_draws_its_still_picture_once_and_again_when_the_focus_moves():
    app = open_app((1280, 720))
    try:
        run_for(app, 5.0, dt=FRAME)
        assert app.scene.still.redraws == 1
        press(app, pygame.K_DOWN, dt=FRAME)
        run_for(app, 2.0, dt=FRAME)
        assert app.scene.still.redraws == 2
    finally:
        app.close()


def test_a_larger_text_size_draws_the_still_picture_again():
    app = open_app((1280, 720), "question", classroom_match)
    try:
        run_for(app, 1.0, dt=FRAME)
        before = app.scene.still.redraws
        app.services.settings = FakeSettings(font_scale=1.5)
        app.rebuild_theme()
        run_for(app, 0.5, dt=FRAME)
        assert app.scene.still.redraws == before + 1
    finally:
        app.close()


@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_cached_question_frame_matches_one_drawn_from_nothing(size):
    app = open_app(size, "question", classroom_match)
    try:
        scene = app.scene
        settle(app)
        moments = [
            ("idle", []),
            ("two teams locked in", [key(pygame.K_1), key(pygame.K_v)]),
            ("mouse on a tile", [move(scene.tiles.tiles[1].rect.center)]),
            ("paused", [key(pygame.K_p)]),
            ("carrying on", [key(pygame.K_p)]),
        ]
        for moment, events in moments:
            app.step(FRAME, events)
            partial_before = scene.still.partial_frames
            run_for(app, 0.4, dt=FRAME)
            if moment != "paused":        # the pause card covers it all: drawn whole
                assert scene.still.partial_frames > partial_before, f"{moment}: no frame was drawn in part"
            cached = window_pixels(app.surface)
            assert differing_pixels(cached, drawn_from_nothing(app)) == 0, moment
    finally:
        app.close()


def test_a_cached_question_for_a_class_on_phones_follows_its_answer_counter():
    from tests.test_ui_phones_screens import answer_most, class_on_phones

    app, link = class_on_phones((1280, 720), FakeSettings())
    try:
        settle(app)
        app.step(FRAME, [key(pygame.K_RETURN)])          # the lobby: everyone is in
        settle(app)
        app.step(FRAME, [key(pygame.K_RETURN)])          # the rules: the first question
        settle(app)
        scene = app.scene
        assert scene.name == "question" and scene.phones_alone
        redraws = scene.still.redraws
        answer_most(app, link)                            # 45 of 60 answer on their phones
        run_for(app, 0.4, dt=FRAME)
        assert scene.still.redraws > redraws and scene.still.partial_frames > 0
        assert differing_pixels(window_pixels(app.surface), drawn_from_nothing(app)) == 0
    finally:
        app.close()
        link.stop()


@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_cached_title_frame_matches_one_drawn_from_nothing(size):
    app = open_app(size)
    try:
        settle(app)
        for events in ([], [key(pygame.K_DOWN)], [move(app.scene.form.rows[3].rect.center)]):
            app.step(FRAME, events)
            run_for(app, 1.0, dt=FRAME)
            assert differing_pixels(window_pixels(app.surface), drawn_from_nothing(app)) == 0
    finally:
        app.close()


def test_a_typed_answer_is_drawn_as_it_is_typed_and_its_caret_blinks():
    from tests.test_ui_screens import _typed

    app = open_app((1280, 720), "question", _typed)
    try:
        settle(app)
        app.step(FRAME, [pygame.event.Event(pygame.TEXTINPUT, text="Bla")])
        assert differing_pixels(window_pixels(app.surface), drawn_from_nothing(app)) == 0
        redraws = app.scene.still.redraws
        run_for(app, 2.0, dt=FRAME)
        # Two seconds of a caret on for 0.6 s and off for 0.4 s: four turns, four drawings.
        assert app.scene.still.redraws - redraws == 4
        assert differing_pixels(window_pixels(app.surface), drawn_from_nothing(app)) == 0
    finally:
        app.close()


def test_a_refused_keystroke_is_said_under_the_answer_box_at_once():
    from tests.test_ui_screens import _typed

    app = open_app((1280, 720), "question", _typed)
    try:
        settle(app)
        field = app.scene.field
        refused = "x" if field.numeric else "y" * (field.max_length + 1)
        caret = app.scene._caret_on()
        app.step(FRAME, [pygame.event.Event(pygame.TEXTINPUT, text=refused)])
        assert app.scene._caret_on() == caret                # only the refusal changed the picture
        assert field.refusal and app.scene._typing_note()[0] == field.refusal
        assert differing_pixels(window_pixels(app.surface), drawn_from_nothing(app)) == 0
    finally:
        app.close()


def test_the_title_asking_before_quitting_is_drawn_whole_and_leaves_no_trace():
    app = open_app((1280, 720))
    try:
        settle(app)
        scene = app.scene
        app.step(FRAME, [key(pygame.K_ESCAPE)])             # "Quit Torch Relay Quiz?"
        assert scene.confirm is not None
        partial = scene.still.partial_frames
        run_for(app, 0.5, dt=FRAME)
        assert scene.still.partial_frames == partial        # the dialog over it: every frame whole
        assert differing_pixels(window_pixels(app.surface), drawn_from_nothing(app)) == 0
        app.step(FRAME, [key(pygame.K_ESCAPE)])             # stay
        assert scene.confirm is None and app.running
        run_for(app, 0.5, dt=FRAME)
        assert scene.still.partial_frames > partial
        assert differing_pixels(window_pixels(app.surface), drawn_from_nothing(app)) == 0
    finally:
        app.close()


def test_an_idle_question_shows_only_the_parts_of_the_window_that_move(monkeypatch):
    app = open_app((1920, 1080), "question", classroom_match)
    try:
        settle(app)
        shown: list = []
        monkeypatch.setattr(pygame.display, "flip", lambda: shown.append(None))
        monkeypatch.setattr(pygame.display, "update", lambda rects: shown.append(list(rects)))
        run_for(app, 1.0, dt=FRAME)
        assert len(shown) == 30 and None not in shown          # never the whole window
        window = 1920 * 1080
        assert max(sum(r.w * r.h for r in rects) for rects in shown) < window * 0.25
        assert all(rect.right < 1920 // 2 for rects in shown for rect in rects)    # the torch's side
    finally:
        app.close()


def test_a_dialog_over_the_question_is_shown_whole_and_taken_away_whole(monkeypatch):
    app = open_app((1280, 720), "question", classroom_match)
    try:
        settle(app)
        shown: list = []
        monkeypatch.setattr(pygame.display, "flip", lambda: shown.append("whole"))
        monkeypatch.setattr(pygame.display, "update", lambda rects: shown.append("part"))
        app.step(FRAME, [key(pygame.K_ESCAPE)])        # "Leave this game?"
        app.step(FRAME, [])
        assert shown == ["whole", "whole"]
        app.step(FRAME, [key(pygame.K_ESCAPE)])        # no: keep playing
        app.step(FRAME, [])
        app.step(FRAME, [])
        assert shown[2:] == ["whole", "part", "part"]
        assert differing_pixels(window_pixels(app.surface), drawn_from_nothing(app)) == 0
    finally:
        app.close()


# -- the loop ------------------------------------------------------------------------------

@pytest.mark.parametrize("start, handover_for", [("title", None), ("question", classroom_match)],
                         ids=["title", "question"])
def test_a_burning_torch_is_drawn_thirty_times_a_second_not_sixty(start, handover_for):
    wall = FakeWall()
    app = open_app((1280, 720), start, handover_for, wall=wall)
    try:
        run_loop(app, wall, 1.0)                # past the fade between screens
        frames = run_loop(app, wall, 10.0)
        assert 280 <= frames <= 310, frames
        # Between frames the loop waits for input, so a key press is seen at once.
        assert wall.waits and max(wall.waits) <= FRAME + 1e-6
    finally:
        app.close()


def test_a_still_screen_sleeps_in_the_real_loop():
    wall = FakeWall()
    app = open_app((1280, 720), settings=FakeSettings(reduced_motion=True), wall=wall)
    try:
        run_loop(app, wall, 1.0)
        assert run_loop(app, wall, 10.0) <= 21      # woken twice a second to look at the pads
    finally:
        app.close()


def test_the_loop_never_draws_faster_than_its_own_rate_while_screens_fade():
    wall = FakeWall()
    app = open_app((1280, 720), wall=wall)
    try:
        press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN)
        app.step(FRAME, [key(pygame.K_RETURN)])     # into the settings: they fade in
        assert app.scene.name == "settings"
        frames = run_loop(app, wall, 0.2)
        assert 10 <= frames <= 13, frames           # 60 a second while fading
    finally:
        app.close()


# -- the helper itself ---------------------------------------------------------------------

def test_changed_rectangles_are_clipped_to_the_window():
    bounds = pygame.Rect(0, 0, 100, 100)
    rects = clipped([pygame.Rect(10, 10, 20, 20), pygame.Rect(-5, 90, 30, 30), pygame.Rect(200, 200, 5, 5)], bounds)
    assert [tuple(rect) for rect in rects] == [(10, 10, 20, 20), (0, 90, 25, 10)]


def test_a_layer_redraws_when_its_key_or_the_window_size_changes():
    pygame.display.init()
    try:
        window = pygame.display.set_mode((64, 48))
        layer, painted = StaticLayer(), []

        def still(surface):
            painted.append(surface.get_size())
            surface.fill((10, 20, 30))

        def moving(surface):
            return [surface.fill((200, 0, 0), pygame.Rect(5, 5, 4, 4))]

        layer.frame(window, "a", still, moving)              # the first frame: straight onto the window
        assert layer.redraws == 0 and layer.picture is None
        layer.frame(window, "a", still, moving, kept=True)   # then the picture is made
        changed = layer.frame(window, "a", still, moving, kept=True)
        assert {tuple(rect) for rect in changed} == {(5, 5, 4, 4)}     # where it was, where it is
        assert layer.frame(window, "b", still, moving, kept=True) is None
        bigger = pygame.Surface((80, 60), 0, window)
        layer.frame(bigger, "b", still, moving)
        assert painted == [(64, 48), (64, 48), (64, 48), (80, 60)] and layer.redraws == 3
    finally:
        pygame.display.quit()


def test_setup_counts_the_questions_once_and_picks_none_while_settings_change(monkeypatch):
    import game.ui.scenes.setup as setup_module

    app = open_app((1280, 720), "setup")
    try:
        form = app.scene.form
        picked, counted = [], []
        real_session, real_tally = setup_module.Session, setup_module.QuestionTally

        def counting_session(config, clock=None):
            picked.append(config)
            return real_session(config, clock)

        def counting_tally(packs, picks_options):
            counted.append(picks_options)
            return real_tally(packs, picks_options)

        monkeypatch.setattr(setup_module, "Session", counting_session)
        monkeypatch.setattr(setup_module, "QuestionTally", counting_tally)
        for name, presses in (("standings", 2), ("speed", 1), ("questions", 3), ("type_number", 1), ("difficulty", 2)):
            form.focus = form.rows.index(form.row(name))
            press(app, *[pygame.K_RIGHT] * presses)
        assert picked == [] and counted == []               # the first count, made on entering, serves all
        rules = " ".join(app.scene.rules)                   # yet the rules follow every change
        assert "every 5 questions" in rules and "Speed does not matter" in rules
        config = app.scene.config()
        played = real_session(config, app.services.clock).selection.played
        assert app.scene.rules[0].startswith(f"{played} question")
    finally:
        app.close()


def test_the_first_frame_waits_for_no_game_pad_or_sound_card():
    from game.ui.input.zones import Gamepads

    app_box: list[App] = []
    looked: list[bool] = []

    class Opener:
        def start(self) -> None:
            looked.append(app_box[0].first_frame_at is not None)

    services = make_services()
    services.pads = Gamepads(opener=Opener())
    app = App(services)
    app_box.append(app)
    try:
        app.open((1280, 720))
        assert looked == []                     # nothing looked for before the title shows
        app.step(FRAME, [])
        assert looked == [True]
        assert app.services.sound.available or app.services.sound.problem      # the mixer was tried
        run_for(app, 0.5, dt=FRAME)
        assert looked == [True]                 # once
    finally:
        app.close()


def test_a_band_the_window_draws_over_the_question_leaves_no_trace(monkeypatch):
    class Band:
        """An overlay like the unsaved-scores band: drawn over every screen while it shows."""

        showing = True

        def update(self, dt, app) -> None:
            pass

        def handle(self, action) -> bool:
            return False

        def still_for(self) -> float:
            return float("inf")

        def draw(self, surface) -> None:
            surface.fill((200, 30, 30), pygame.Rect(0, 0, surface.get_width(), 40))

    app = open_app((1280, 720), "question", classroom_match)
    try:
        settle(app)
        band = Band()
        app.overlays.append(band)
        shown: list = []
        monkeypatch.setattr(pygame.display, "flip", lambda: shown.append("whole"))
        monkeypatch.setattr(pygame.display, "update", lambda rects: shown.append("part"))
        app.step(FRAME, [])
        band.showing = False
        app.step(FRAME, [])
        app.step(FRAME, [])
        assert shown == ["whole", "whole", "part"]
        assert differing_pixels(window_pixels(app.surface), drawn_from_nothing(app)) == 0
    finally:
        app.close()
