"""Whole sessions through the window: by key presses, by mouse, and by the autopilot."""

from __future__ import annotations

import pygame
import pytest

from game.quiz import State
from game.ui.app import App
from game.ui.handover import Match
from tests.uikit import click, make_services, new_session, press, run_for, tap, typed


@pytest.fixture
def store():
    from game.store import Store

    opened = Store()
    yield opened
    opened.close()


def real_app(store, start="title", handover=None, size=(1280, 720)):
    from game.ui.launch import build_services

    services = build_services(store)
    app = App(services, start=start, handover=handover)
    app.open(size)
    return app


def answer_by_keys(app) -> None:
    """Answer the question on screen the way a player at the keyboard would."""
    scene = app.scene
    question = scene.question
    if question.typed:
        answer = question.question.answer
        text = str(int(answer)) if isinstance(answer, float) and answer.is_integer() else str(answer)
        app.step(1 / 60, [typed(text)])
        press(app, pygame.K_RETURN)
    else:
        press(app, [pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4][question.correct_option])


def test_a_solo_session_played_by_key_presses_ends_on_the_podium_with_the_score_recorded(store):
    app = real_app(store)
    try:
        press(app, pygame.K_RETURN)                  # Play
        assert app.scene.name == "setup"
        press(app, pygame.K_RETURN)                  # Start (the focus starts there)
        assert app.scene.name == "intro"
        assert any("seconds" in line or "second" in line for line in app.scene.rules)
        press(app, pygame.K_RETURN)                  # Light the torch
        assert app.scene.name == "question"
        match = app.scene.match
        for _ in range(200):
            name = app.scene.name
            if name == "podium":
                break
            if name == "question" and match.session.state is State.ASKING:
                run_for(app, 0.8)
                answer_by_keys(app)
            else:
                press(app, pygame.K_RETURN)
            run_for(app, 1.0)
        assert app.scene.name == "podium"
        session = match.session
        assert all(result.answers[0].correct for result in session.results)
        score = session.players[0].score
        assert score > 0
        recorded = store.session(match.recorder.session_id)
        assert recorded.status == "finished"
        assert [(p.name, p.score) for p in recorded.players] == [("Player", score)]
        assert store.hall_of_fame(pack="olympic-flame-history")[0].total == score
        run_for(app, 4.0)
        press(app, pygame.K_RETURN)
        assert app.scene.name == "hall"
        assert app.scene.focus.new_record
    finally:
        app.close()


def test_leaving_a_running_session_asks_first_and_keeps_it_as_unfinished(store):
    app = real_app(store)
    try:
        press(app, pygame.K_RETURN, pygame.K_RETURN, pygame.K_RETURN)
        match = app.scene.match
        press(app, pygame.K_ESCAPE)
        assert app.scene.confirm is not None
        assert match.session.state is State.PAUSED
        left = match.session.time_left()
        run_for(app, 2.0)
        assert match.session.time_left() == left
        press(app, pygame.K_ESCAPE)                  # "no": keep playing
        assert app.scene.name == "question" and match.session.state is State.ASKING
        press(app, pygame.K_ESCAPE, pygame.K_LEFT, pygame.K_RETURN)   # "Leave"
        assert app.scene.name == "title"
        assert store.session(match.recorder.session_id).status == "unfinished"
    finally:
        app.close()


def choice_app(seed: int = 0):
    """An app on a question with tiles (not typed)."""
    from game.packs.library import load_library

    pack = load_library().get("olympic-flame-history")
    for attempt in range(seed, seed + 100):
        services = make_services()
        session = new_session(pack=pack, clock=services.clock, count=3, seed=attempt)
        if not session.current.typed:
            app = App(services, start="question", handover=Match(session))
            app.open((1280, 720))
            return app
    raise AssertionError("no seed starts with a choice question")


def test_pause_stops_the_torch_and_refuses_answers_until_resumed():
    app = choice_app()
    try:
        session = app.scene.session
        run_for(app, 1.0)
        press(app, pygame.K_p)
        assert session.state is State.PAUSED
        left = session.time_left()
        run_for(app, 3.0)
        press(app, pygame.K_1)
        assert session.time_left() == left and not session.locked_in
        press(app, pygame.K_p)
        assert session.state is State.ASKING
        press(app, pygame.K_1)
        assert session.locked_in == {0}
    finally:
        app.close()


def test_a_click_or_a_tap_on_a_tile_locks_it_in():
    for event_for in (lambda rect: click(rect.center),
                      lambda rect: tap(rect.centerx / 1280, rect.centery / 720)):
        app = choice_app()
        try:
            run_for(app, 0.2)
            tile = app.scene.tiles.tiles[1]
            app.step(1 / 60, [event_for(tile.rect)])
            assert app.scene.session.locked_in == {0}
            assert app.scene.chosen == 1
            assert "lock_in" in app.services.sound.requested
        finally:
            app.close()


def test_arrows_and_enter_pick_a_tile():
    app = choice_app()
    try:
        press(app, pygame.K_RIGHT, pygame.K_RIGHT, pygame.K_DOWN)
        focus = app.scene.tiles.focus
        press(app, pygame.K_RETURN)
        assert app.scene.chosen == focus
    finally:
        app.close()


def test_the_torch_ticks_in_the_last_five_seconds_and_time_up_reveals_with_no_answer():
    app = choice_app()
    try:
        session = app.scene.session
        limit = session.time_allowed()
        run_for(app, limit - 6.0)
        assert "tick" not in app.services.sound.requested
        assert not app.scene.torch.in_danger
        run_for(app, 2.0)
        assert app.scene.torch.in_danger
        run_for(app, 5.5)
        assert list(app.services.sound.requested).count("tick") == 5
        assert app.scene.name == "reveal"
        assert app.scene._headline()[0] == "Time ran out"
        assert "wrong" in app.services.sound.requested
    finally:
        app.close()


def test_the_flame_shrinks_as_time_runs_out():
    app = choice_app()
    try:
        heights = []
        run_for(app, 0.1)
        for _ in range(3):
            heights.append(app.scene.torch.flame.height)
            run_for(app, 4.0)
        assert heights[0] > heights[1] > heights[2]
    finally:
        app.close()


def test_a_typed_answer_is_checked_by_the_quiz_core():
    from game.packs.library import load_library

    pack = load_library().get("olympic-flame-history")
    for seed in range(200):
        services = make_services()
        session = new_session(pack=pack, clock=services.clock, count=3, seed=seed)
        if session.current.typed:
            break
    app = App(services, start="question", handover=Match(session))
    app.open((1280, 720))
    try:
        assert app.input.mode == "text"
        answer_by_keys(app)
        run_for(app, 1.0)
        assert app.scene.name == "reveal"
        assert app.scene.result.answers[0].correct
    finally:
        app.close()


def test_relayquiz_play_autoplay_plays_records_and_saves_a_screenshot_per_screen(tmp_path, capsys):
    from game.cli import main
    from game.store import Store

    shots = tmp_path / "shots"
    code = main(["play", "--autoplay", "--seed", "2", "--questions", "3", "--size", "1280x720",
                 "--screenshots", str(shots)])
    assert code == 0
    names = sorted(p.name for p in shots.glob("*.png"))
    for screen in ("title", "setup", "reveal", "standings", "podium", "hall"):
        assert any(screen in name for name in names), (screen, names)
    assert any("question" in name for name in names)
    with Store() as store:
        sessions = store.sessions()
    assert len(sessions) == 1 and sessions[0].status == "finished" and sessions[0].questions_played == 3
    assert "played 3 questions" in capsys.readouterr().out


def test_classroom_autoplay_with_named_teams_records_the_session():
    from game.cli import main
    from game.store import Store

    assert main(["play", "--autoplay", "--mode", "classroom", "--teams", "Red,Blue,Green", "--questions", "6"]) == 0
    with Store() as store:
        session = store.sessions()[0]
    assert session.mode == "classroom"
    assert [p.name for p in session.players] == ["Red", "Blue", "Green"]
    assert session.questions_played == 6


def test_autoplay_flags_without_autoplay_are_refused(capsys):
    from game.cli import main

    assert main(["play", "--teams", "A,B"]) == 2
    assert "only work with --autoplay" in capsys.readouterr().err


def test_a_team_name_too_long_to_show_is_refused_not_cut(capsys):
    from game.cli import main
    from game.quiz import MAX_NAME_LENGTH

    long_name = "Red Foxes of the Northern Hemisphere"
    assert len(long_name) > MAX_NAME_LENGTH
    with pytest.raises(SystemExit) as stopped:
        main(["play", "--autoplay", "--teams", f"{long_name},Blue"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert long_name in err and f"at most {MAX_NAME_LENGTH} characters" in err


@pytest.mark.parametrize("flags, message", [
    (["--mode", "party", "--players", "1"], "party mode needs 2 to 8"),
    (["--mode", "classroom", "--teams", "Solo"], "classroom mode needs 2 to 8"),
    (["--players", "9"], "1 to 8 players or teams, not 9"),
    (["--mode", "solo", "--teams", "A,B"], "solo mode needs exactly 1 player, not 2"),
    (["--teams", "Owls,owls"], "team 2 has the same name as team 1"),
])
def test_autoplay_options_no_game_could_have_are_refused_not_changed(flags, message, capsys):
    from game.cli import main

    assert main(["play", "--autoplay", "--questions", "1", *flags]) == 2
    assert message in capsys.readouterr().err


def test_going_back_from_the_rules_screen_records_nothing(store):
    app = real_app(store)
    try:
        press(app, pygame.K_RETURN, pygame.K_RETURN)
        assert app.scene.name == "intro"
        press(app, pygame.K_ESCAPE)
        assert app.scene.name == "setup"
        assert store.sessions() == []
    finally:
        app.close()


def test_autoplay_with_the_same_seed_plays_the_same_game(capsys):
    from game.cli import main

    outputs = []
    for _ in range(2):
        assert main(["play", "--autoplay", "--seed", "8", "--questions", "2", "--players", "3",
                     "--size", "1280x720"]) == 0
        outputs.append(capsys.readouterr().out.split(":", 1)[1])
    assert outputs[0] == outputs[1]


def test_a_record_is_new_only_when_it_beats_the_best_not_when_it_equals_it(store):
    from game.ui.autoplay import AutoplayOptions, autoplay
    from game.ui.launch import build_services

    options = AutoplayOptions(seed=4, questions=2, players=1, size=(1280, 720), frame_step=0.1)
    first = autoplay(build_services(store, autoplay=True), options)
    second = autoplay(build_services(store, autoplay=True), options)
    assert first.scores == second.scores and first.scores[0][1] > 0
    assert first.new_record and not second.new_record


def test_relayquiz_with_no_command_opens_the_window_and_closes_it_cleanly(monkeypatch):
    from game.cli import main

    opened = App.open

    def open_then_close_window(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        pygame.event.post(pygame.event.Event(pygame.QUIT))

    monkeypatch.setattr(App, "open", open_then_close_window)
    assert main([]) == 0
    assert not pygame.display.get_init()


def test_a_crash_is_shown_and_logged_instead_of_vanishing(monkeypatch, capsys):
    from game import paths
    from game.cli import main
    from game.ui.scenes.title import TitleScene

    def broken_draw(self, surface, kept):
        raise RuntimeError("the torch went out")

    monkeypatch.setattr(TitleScene, "draw_frame", broken_draw)     # what the window calls each frame
    assert main(["play"]) == 1
    log = (paths.user_data_dir() / "crash.log").read_text(encoding="utf-8")
    assert "RuntimeError: the torch went out" in log
    assert "crash.log" in capsys.readouterr().err
    assert not pygame.display.get_init()


def test_seed_and_question_count_without_autoplay_are_refused_not_ignored(capsys):
    from game.cli import main

    assert main(["play", "--seed", "4", "--questions", "3"]) == 2
    assert "--seed, --questions only work with --autoplay" in capsys.readouterr().err
