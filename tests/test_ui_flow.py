"""The scene machine: the flow table, global keys, keyboard-only navigation to every screen."""

from __future__ import annotations

import pygame
import pytest

from game.ui.input import actions as A
from game.ui.flow import FLOW, LIBRARY_SCENES, LOADING, QUIT, RESUME, SCENES, TEAM_SCENES
from game.ui.scene import Scene
from tests.uikit import key, make_app, press, run_for, typed


@pytest.fixture
def app():
    made = make_app((1280, 720))
    yield made
    made.close()


def test_every_way_out_of_a_scene_leads_to_a_known_scene():
    for (source, outcome), target in FLOW.items():
        assert source in SCENES, source
        assert target in (QUIT, RESUME) or target in SCENES, (source, outcome, target)
    # Resuming is only for the screen that holds another back while the packs are read.
    assert [key for key, target in FLOW.items() if target == RESUME] == [(LOADING, "ready")]


def test_every_scene_entered_in_the_game_is_in_the_table_under_its_own_name():
    for name in SCENES:
        assert SCENES[name].name == name


def test_every_scene_can_be_reached_from_the_title():
    reached, frontier = {"title"}, ["title"]
    while frontier:
        current = frontier.pop()
        for (source, _), target in FLOW.items():
            if source == current and target in SCENES and target not in reached:
                reached.add(target)
                frontier.append(target)
                if target in LIBRARY_SCENES and LOADING not in reached:
                    reached.add(LOADING)       # the App puts it in front while the packs are read
                    frontier.append(LOADING)
    assert reached == set(SCENES)


def test_scenes_never_import_each_other():
    import inspect

    for scene in SCENES.values():
        source = inspect.getsource(inspect.getmodule(scene))
        for other in SCENES.values():
            if other is not scene:
                assert f"import {other.__name__}" not in source


def test_an_outcome_missing_from_the_flow_table_is_a_clear_error(app):
    app.scene.finish("nowhere")
    with pytest.raises(KeyError, match="no way out of 'title' named 'nowhere'"):
        app.step(1 / 60, [])


def test_help_opens_with_f1_and_closes_with_any_key_without_reaching_the_scene(app):
    press(app, pygame.K_F1)
    assert app.help.visible
    press(app, pygame.K_DOWN)
    assert not app.help.visible
    assert app.scene.form.focus == 0
    app.step(1 / 60, [key(pygame.K_SLASH, pygame.KMOD_SHIFT, "?")])
    assert app.help.visible


def test_the_help_overlay_lists_the_screen_keys_and_the_global_ones(app):
    from game.ui.kit.overlays import GLOBAL_KEYS

    press(app, pygame.K_F1)
    keys = [k for k, _ in GLOBAL_KEYS]
    assert "F11" in keys and "Esc" in keys and "F1 or ?" in keys
    assert app.scene.help_keys


def test_m_mutes_and_the_setting_is_saved(app):
    press(app, pygame.K_m)
    assert app.services.sound.muted
    assert app.services.settings.mute
    assert app.services.saved[-1].mute


def test_f11_switches_fullscreen_and_back(app):
    press(app, pygame.K_F11)
    assert app.fullscreen and app.services.settings.fullscreen
    press(app, pygame.K_F11)
    assert not app.fullscreen
    assert app.surface.get_size() == (1280, 720)


def test_closing_the_window_ends_the_loop(app):
    assert app.step(1 / 60, [pygame.event.Event(pygame.QUIT)]) is False


def test_esc_on_the_title_asks_before_quitting(app):
    assert app.step(1 / 60, [key(pygame.K_ESCAPE)]) is True
    assert app.scene.describe()["asking"] == "Quit Torch Relay Quiz?"
    assert app.step(1 / 60, [key(pygame.K_LEFT), key(pygame.K_RETURN)]) is False


def test_keyboard_alone_reaches_every_screen(app):
    """Title -> settings -> title -> hall -> title -> packs -> setup -> question -> ... -> podium -> hall."""
    seen = set()

    def note():
        seen.add(app.scene.name)

    note()
    press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    note()
    assert app.scene.name == "settings"
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    note()
    assert app.scene.name == "hall"
    press(app, pygame.K_RETURN)
    press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    note()
    assert app.scene.name == "generate"
    from game.paths import seeds_dir

    app.step(1 / 60, [typed(str(next(seeds_dir().glob("*.txt"))))])
    press(app, pygame.K_RETURN)
    wait_for_generation(app)
    note()
    assert app.scene.name == "review"
    press(app, pygame.K_ESCAPE)                      # the new pack is unsaved: the review asks
    app.step(1 / 60, [pygame.event.Event(pygame.KEYDOWN, key=pygame.K_d, mod=0, unicode="d", scancode=0)])
    note()
    assert app.scene.name == "packs"
    press(app, pygame.K_RETURN)
    for _ in range(len(app.scene.visible)):
        press(app, pygame.K_DOWN)
    press(app, pygame.K_RETURN)
    note()
    assert app.scene.name == "setup"
    press(app, pygame.K_RETURN)
    note()
    assert app.scene.name == "intro"
    press(app, pygame.K_RETURN)
    note()
    assert app.scene.name == "question"
    for _ in range(40):
        if app.scene.name == "question":
            if app.scene.question.typed:
                app.step(1 / 60, [pygame.event.Event(pygame.TEXTINPUT, text="1")])
                press(app, pygame.K_RETURN)
            else:
                press(app, pygame.K_1)
            run_for(app, 1.0)
        else:
            press(app, pygame.K_RETURN, pygame.K_RETURN)
        note()
        if app.scene.name == "podium":
            break
    assert app.scene.name == "podium"
    for _ in range(3):
        if app.scene.name == "hall":
            break
        press(app, pygame.K_RETURN)
    note()
    assert app.scene.name == "hall"
    press(app, pygame.K_ESCAPE, pygame.K_DOWN, pygame.K_RETURN)
    assert app.scene.name == "packs"
    app.step(1 / 60, [pygame.event.Event(pygame.TEXTINPUT, text="e")])
    note()
    assert app.scene.name == "edit_pack"
    press(app, pygame.K_RETURN)
    note()
    assert app.scene.name == "edit_question"
    press(app, pygame.K_ESCAPE)
    assert app.scene.name == "edit_pack"
    app.step(1 / 60, [pygame.event.Event(pygame.KEYDOWN, key=pygame.K_r, mod=pygame.KMOD_LCTRL, unicode="", scancode=0)])
    note()
    assert app.scene.name == "review"
    press(app, pygame.K_ESCAPE)
    assert app.scene.name == "packs"
    # The team screens are reached in test_ui_classroom.py; the loading screen, which only
    # shows while the packs are read in the background, in test_ui_loading.py.
    assert seen == set(SCENES) - TEAM_SCENES - {LOADING}


class Echo(Scene):
    name = "echo"

    def enter(self, handover):
        self.seen = []

    def handle(self, action):
        self.seen.append(action)


def test_global_keys_never_reach_the_scene():
    from tests.uikit import make_services
    from game.ui.app import App

    app = App(make_services(), start="echo", flow={}, scenes={"echo": Echo})
    app.open((1280, 720))
    try:
        app.step(1 / 60, [key(pygame.K_F11), key(pygame.K_m), key(pygame.K_F1), key(pygame.K_x)])
        app.step(1 / 60, [key(pygame.K_DOWN)])
        assert app.scene.seen == [A.Navigate(0, 1)]
    finally:
        app.close()


def wait_for_generation(app, seconds: float = 60.0) -> None:
    import time

    deadline = time.monotonic() + seconds
    while app.scene.name == "generate" and app.scene.describe()["state"] == "working" and time.monotonic() < deadline:
        app.step(1 / 30, [])
        time.sleep(0.01)


def test_a_document_dropped_on_the_window_is_reviewed_before_it_is_saved_or_played(app, tmp_path, monkeypatch):
    import threading

    import game.generate
    from game import paths
    from game.paths import seeds_dir
    from tests.uikit import drop

    # Hold the worker until the window has drawn a few frames, so "the window keeps drawing
    # while the generator works" is checked without racing the worker thread.
    gate = threading.Event()
    real_generate = game.generate.generate_pack

    def held_generate(*args, **kwargs):
        gate.wait(30)
        return real_generate(*args, **kwargs)

    monkeypatch.setattr(game.generate, "generate_pack", held_generate)
    document = next(seeds_dir().glob("*.txt"))
    app.step(1 / 60, [drop(document)])
    assert app.scene.name == "generate"
    frames_before = app.services.clock.now()
    for _ in range(5):
        app.step(1 / 30, [])
    assert app.scene.name == "generate" and app.scene.describe()["state"] == "working"
    assert app.services.clock.now() > frames_before      # the window kept drawing meanwhile
    gate.set()
    wait_for_generation(app)
    assert app.scene.name == "review", app.scene.describe()
    state = app.scene.describe()
    assert state["unreviewed"] == state["questions"] > 3
    assert not paths.user_packs_dir().exists() or not any(paths.user_packs_dir().iterdir())
    press(app, pygame.K_k, pygame.K_x, pygame.K_x, pygame.K_x)
    app.step(1 / 60, [pygame.event.Event(pygame.KEYDOWN, key=pygame.K_s, mod=pygame.KMOD_LCTRL, unicode="", scancode=0)])
    saved = app.services.library.get(state["pack"])
    assert saved is not None and saved.path.parent == paths.user_packs_dir()
    assert len(saved.questions) == state["questions"] - 3
    app.step(1 / 60, [pygame.event.Event(pygame.KEYDOWN, key=pygame.K_p, mod=0, unicode="p", scancode=0)])
    assert app.scene.name == "setup"
    assert [p.id for p in app.scene.packs] == [state["pack"]]
    assert [len(p.questions) for p in app.scene.packs] == [state["questions"] - 3]
    press(app, pygame.K_RETURN, pygame.K_RETURN)          # setup, then the rules screen
    assert app.scene.name == "question"


def test_a_dropped_file_that_is_not_a_document_is_explained(app, tmp_path):
    from tests.uikit import drop

    picture = tmp_path / "holiday.png"
    picture.write_bytes(b"\x89PNG\r\n")
    app.step(1 / 60, [drop(picture)])
    assert app.scene.describe()["state"] == "failed"
    assert "Drop a .txt, .md or .html file" in app.scene.describe()["error"]
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    press(app, pygame.K_ESCAPE)
    app.step(1 / 60, [drop(empty)])
    wait_for_generation(app)
    assert app.scene.describe()["state"] == "failed"
    assert "empty.txt" in app.scene.describe()["error"]
    press(app, pygame.K_RIGHT, pygame.K_RETURN)           # Back, beside "Try another file"
    assert app.scene.name == "title"


def test_after_a_failed_document_another_can_be_typed_in_with_the_last_path_to_correct(app, tmp_path):
    from tests.uikit import drop

    picture = tmp_path / "holiday.png"
    picture.write_bytes(b"\x89PNG\r\n")
    app.step(1 / 60, [drop(picture)])
    assert app.scene.describe()["state"] == "failed"
    assert [row.key for row in app.scene.form.rows] == ["again", "back"]
    press(app, pygame.K_RETURN)                            # Try another file has the focus
    assert app.scene.describe()["state"] == "asking"
    assert app.scene.field.text == str(picture)


def test_a_team_name_can_be_erased_and_retyped_on_the_setup_screen():
    app = make_app((1280, 720), start="setup")
    try:
        press(app, pygame.K_RIGHT, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN)   # from Mode: party, then down
        form = app.scene.form
        assert form.focused.key == "name1" and form.focused.text == "Yellow"
        app.step(1 / 60, [key(pygame.K_BACKSPACE, pygame.KMOD_LCTRL)])
        assert form.focused.text == ""
        app.step(1 / 60, [typed("Zoë & Łukasz")])
        assert app.scene.config().players[1] == "Zoë & Łukasz"
        app.step(1 / 60, [key(pygame.K_BACKSPACE, pygame.KMOD_LCTRL)] * 3)
        assert form.focused.text == "" and any("has no name" in p for p in app.scene.problems)
    finally:
        app.close()
