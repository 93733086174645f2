"""Whole party and classroom sessions through the window, scripted by key presses and pad events.

Teams answer on keyboard zones and controllers at different moments, the teacher uses every
key, the room plays a review round, and the exported CSV is checked row by row against the
session as it was played.
"""

from __future__ import annotations

import csv

import pygame
import pytest

from game.quiz import State
from game.store import Store
from game.wiring import SessionRecorder
from game.ui.app import App
from game.ui.handover import PackChoice
from game.ui.services import Services
from game.ui.look.sound import SoundBank
from game.ui.input.zones import Gamepads
from quizpacks import single_type_pack
from tests.padkit import FakeDevice, FakeOpener, button, plug, posted, unplug
from tests.uikit import FakeSettings, key, press, run_for, typed

FRAME = 1 / 60


@pytest.fixture
def store():
    opened = Store()
    yield opened
    opened.close()


@pytest.fixture
def opener():
    return FakeOpener()


@pytest.fixture
def app(store, opener):
    services = Services(settings=FakeSettings(), save_settings=lambda s: None, sound=SoundBank(), store=store,
                        library_loader=lambda: None, recorder_factory=lambda session: SessionRecorder(store, session))
    services.pads = Gamepads(opener)
    made = App(services, start="setup", handover=PackChoice(extra=(single_type_pack("quiz", "choice", 8),)))
    made.open((1280, 720))
    yield made
    made.close()


def focus_row(app: App, row_key: str) -> None:
    """Press Down until the setup row `row_key` has the focus."""
    for _ in range(60):
        if app.scene.form.focused.key == row_key:
            return
        press(app, pygame.K_DOWN)
    raise AssertionError(f"no row {row_key}")


def set_up(app: App, mode: str, teams: int = 3, standings_every: int | None = None) -> None:
    """Fill in the setup form by keys: mode, number of teams, 5 questions; then Start."""
    focus_row(app, "mode")
    while app.scene.form.row("mode").value != mode:
        press(app, pygame.K_RIGHT)
    focus_row(app, "count")
    while app.scene.form.row("count").value != teams:
        press(app, pygame.K_RIGHT if app.scene.form.row("count").value < teams else pygame.K_LEFT)
    focus_row(app, "questions")
    while app.scene.form.row("questions").value != 5:
        press(app, pygame.K_LEFT)
    if standings_every is not None:
        focus_row(app, "standings")
        while app.scene.form.row("standings").value != standings_every:
            press(app, pygame.K_RIGHT)
    focus_row(app, "start")
    press(app, pygame.K_RETURN)
    assert app.scene.name == "teams"


def light_the_torch(app: App) -> None:
    """The rules screen after the team screen: Enter starts the first question (and the recording)."""
    assert app.scene.name == "intro"
    press(app, pygame.K_RETURN)
    assert app.scene.name == "question"


def zone_key(app: App, team: int, choice: int) -> pygame.event.Event:
    """The key event of `team`'s zone for tile `choice`."""
    keys = app.scene.answer_keys[team]
    return key(keys[choice][0])


def wrong(question) -> int:
    return (question.correct_option + 1) % len(question.options)


def play_on(app: App) -> None:
    """Enter through the reveal and the standings (skipping the run) to the next screen."""
    for _ in range(4):
        if app.scene.name not in ("reveal", "standings"):
            return
        press(app, pygame.K_RETURN)


def csv_rows(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def check_csv_against(rows: list[dict], session, session_id: int) -> None:
    """Every answer of every question, then every adjustment, in order, as the session had them."""
    expected = []
    for result in session.results:
        q = result.question
        if result.skipped:
            expected += [(str(q.number), q.question.id, p.name, "", "skipped", "0", "", "0", "0") for p in session.players]
            continue
        for a in result.answers:
            expected.append((str(q.number), q.question.id, session.players[a.player].name,
                             a.response_text if a.answered else "",
                             "right" if a.correct else ("wrong" if a.answered else "no answer"), str(int(a.correct)),
                             "" if a.elapsed is None else f"{round(a.elapsed, 2):g}", str(a.points),
                             str(a.streak_bonus)))
    for adj in session.adjustments:
        expected.append((str(adj.question_number or ""), "", session.players[adj.player].name, adj.reason,
                         "adjustment", "", "", str(adj.points), "0"))
    got = [(r["question"], r["question_id"], r["player"], r["answer"], r["result"], r["correct"],
            r["time_s"] and f"{float(r['time_s']):g}", r["points"], r["streak_bonus"]) for r in rows]
    assert got == expected
    assert {r["session"] for r in rows} == {str(session_id)}
    for row in rows:
        if row["result"] != "adjustment":
            question = next(r.question for r in session.results if r.question.number == int(row["question"]))
            assert (row["prompt"], row["correct_answer"]) == (question.prompt, question.answer_text)


def test_three_keyboard_teams_answer_at_their_own_moments_and_the_report_matches_the_session(app, store):
    set_up(app, "party")
    assert app.scene.describe()["inputs"] == ["Keys 1 2 3 4", "Keys Q W E R", "Keys A S D F"]
    app.step(FRAME, [key(pygame.K_3)])                     # team 1 shows it is ready
    assert app.scene.describe()["ready"] == [0]
    press(app, pygame.K_UP)                                # from Start up to the options, then Enter on Start
    press(app, pygame.K_DOWN, pygame.K_RETURN)
    light_the_torch(app)
    assert app.scene.name == "question"
    match = app.scene.match
    session = match.session
    assert session.players[0].name == "Blue"

    # Question 1: team 1 after a second; teams 2 and 3 in the same frame a second later.
    question = session.current
    run_for(app, 1.0)
    app.step(FRAME, [zone_key(app, 0, question.correct_option)])
    assert session.locked_in == {0}
    run_for(app, 1.0)
    app.step(FRAME, [zone_key(app, 1, question.correct_option), zone_key(app, 2, question.correct_option)])
    assert session.state is State.LOCKED                   # everyone in: on to the reveal
    run_for(app, 1.0)
    assert app.scene.name == "reveal"
    first = session.results[0].answers
    assert all(a.correct for a in first)
    assert first[1].elapsed == first[2].elapsed > first[0].elapsed
    assert first[0].points > first[1].points == first[2].points
    play_on(app)

    # Question 2: team 3 never answers; the time runs out.
    question = session.current
    run_for(app, 2.0)
    app.step(FRAME, [zone_key(app, 0, wrong(question))])
    run_for(app, 3.0)
    app.step(FRAME, [zone_key(app, 1, question.correct_option)])
    app.step(FRAME, [zone_key(app, 1, wrong(question))])    # a second press does not count
    run_for(app, question.time_limit, dt=0.1)
    assert app.scene.name == "reveal"
    second = session.results[1].answers
    assert [a.answered for a in second] == [True, True, False]
    assert [a.correct for a in second] == [False, True, False]
    assert second[2].points == 0
    play_on(app)

    while app.scene.name == "question":
        run_for(app, 0.5)
        app.step(FRAME, [zone_key(app, t, wrong(session.current) if t else session.current.correct_option)
                         for t in range(3)])
        run_for(app, 1.0)
        play_on(app)
    assert app.scene.name == "podium"
    run_for(app, 5.0)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "summary"
    hardest = app.scene.describe()["hardest"]
    assert hardest[0][1] == min(r.share_correct for r in session.results)
    press(app, pygame.K_e)
    exported = [p for p in app.scene.exported]
    assert [p.suffix for p in exported] == [".csv", ".html"]
    assert all(p.is_file() for p in exported)
    check_csv_against(csv_rows(exported[0]), session, match.recorder.session_id)
    assert store.session(match.recorder.session_id).status == "finished"


def test_a_controller_team_joins_by_a_button_survives_unplugging_and_takes_a_new_pad(app, opener, store):
    opener.devices = {0: FakeDevice("Xbox Wireless Controller", "xbox"), 1: FakeDevice("DualSense", "sony")}
    set_up(app, "party")
    app.step(FRAME, posted(plug(0) + plug(1)))
    assert len(app.services.pads.pads) == 2
    press(app, pygame.K_DOWN)                              # from Start round to the first team card
    press(app, pygame.K_DOWN)                              # the second team
    assert app.scene.focus == 1
    app.step(FRAME, posted(button(100, pygame.CONTROLLER_BUTTON_A)))
    assert app.scene.describe()["inputs"][1] == "Pad 1"
    assert 1 in app.scene.describe()["ready"]
    press(app, pygame.K_RETURN)
    light_the_torch(app)
    assert app.scene.name == "question"
    session = app.scene.session
    question = session.current

    # The pad answers by position; its press counts for its team only.
    run_for(app, 0.5)
    tile_button = [pygame.CONTROLLER_BUTTON_Y, pygame.CONTROLLER_BUTTON_A, pygame.CONTROLLER_BUTTON_B,
                   pygame.CONTROLLER_BUTTON_X][question.correct_option]
    app.step(FRAME, posted(button(100, tile_button)))
    assert session.locked_in == {1}

    # Pulled out mid-question: no crash, the team stays, the screen says so.
    app.step(FRAME, posted(unplug(100)))
    assert app.scene.play.room.inputs[1].lost
    assert "unplugged" in app.scene.play.banner.message
    run_for(app, 0.2)
    # Another pad pressed takes over (that press only claims it), the next press answers.
    app.step(FRAME, posted(button(101, pygame.CONTROLLER_BUTTON_A)))
    assert app.scene.play.room.team_of(101) == 1
    app.step(FRAME, [zone_key(app, 0, question.correct_option), zone_key(app, 2, wrong(question))])
    run_for(app, 1.0)
    assert app.scene.name == "reveal"
    assert session.results[0].answers[1].correct
    play_on(app)

    # The same model plugged in again goes back to the team it belonged to.
    app.step(FRAME, posted(unplug(101)))
    opener.devices[1] = FakeDevice("DualSense", "sony")
    app.step(FRAME, posted(plug(1)))
    assert app.scene.play.room.team_of(opener.opened[-1]) == 1
    question = session.current
    app.step(FRAME, posted(button(opener.opened[-1], pygame.CONTROLLER_BUTTON_DPAD_UP)))
    assert session.locked_in == {1}
    assert len(session.players) == 3


def test_every_teacher_key_in_a_classroom_session(app, store):
    set_up(app, "classroom", standings_every=1)
    assert app.scene.describe()["inputs"] == ["Keys 1 2 3 4", "Keys Z X C V", "Keys Q W E R"]
    press(app, pygame.K_RETURN)
    light_the_torch(app)
    match = app.scene.match
    session = match.session
    assert app.input.teacher

    # P pauses (time stands still, answers refused) and resumes.
    run_for(app, 1.0)
    press(app, pygame.K_p)
    assert session.state is State.PAUSED
    left = session.time_left()
    run_for(app, 3.0)
    app.step(FRAME, [zone_key(app, 0, 0)])
    assert session.time_left() == left and not session.locked_in
    press(app, pygame.K_p)
    assert session.state is State.ASKING

    # T adds ten seconds.
    allowed = session.time_allowed()
    press(app, pygame.K_t)
    assert session.time_allowed() == allowed + 10

    # Tab chooses a team, + gives and - takes, recorded with the reason "teacher".
    press(app, pygame.K_TAB, pygame.K_KP_PLUS, pygame.K_KP_PLUS, pygame.K_TAB, pygame.K_KP_PLUS, pygame.K_MINUS)
    assert [(a.player, a.points, a.reason) for a in session.adjustments] == [
        (0, 100, "teacher"), (0, 100, "teacher"), (1, 100, "teacher"), (1, -100, "teacher")]
    assert [p.score for p in session.players] == [200, 0, 0]

    # R is a key of team 3's zone (Q W E R) while the question runs: it answers; Ctrl+R reveals now.
    press(app, pygame.K_r)
    assert session.locked_in == {2}
    app.step(FRAME, [key(pygame.K_r, pygame.KMOD_LCTRL)])
    assert app.scene.name == "reveal"

    # N goes on to the standings; H hides them from now on; N goes on.
    press(app, pygame.K_n)
    assert app.scene.name == "standings"
    press(app, pygame.K_h)
    assert match.room.standings_hidden
    press(app, pygame.K_n)
    assert app.scene.name == "question" and session.current.number == 2

    # S skips question 2 (S is in no zone of these three teams).
    press(app, pygame.K_s)
    assert app.scene.name == "question" and session.current.number == 3
    assert session.results[-1].skipped

    # N during a question reveals; with the standings hidden, N goes straight to the next question.
    press(app, pygame.K_n)
    assert app.scene.name == "reveal"
    press(app, pygame.K_n)
    assert app.scene.name == "question" and session.current.number == 4
    press(app, pygame.K_h)                                  # shown again
    assert not match.room.standings_hidden

    # Esc asks first; "no" carries on.
    press(app, pygame.K_ESCAPE)
    assert app.scene.confirm is not None
    press(app, pygame.K_ESCAPE)
    assert app.scene.confirm is None and app.scene.name == "question"

    # E asks first: N (carry on) keeps playing; Ctrl+E then Y ends the round.
    press(app, pygame.K_e)                                  # team 3's circle: an answer, not the teacher
    assert 2 in session.locked_in
    app.step(FRAME, [key(pygame.K_e, pygame.KMOD_LCTRL)])
    assert app.scene.play.desk.confirm is not None
    press(app, pygame.K_n)
    assert app.scene.play.desk.confirm is None and app.scene.name == "question"
    app.step(FRAME, [key(pygame.K_e, pygame.KMOD_LCTRL)])
    press(app, pygame.K_y)
    assert app.scene.name == "podium"
    assert session.state is State.FINISHED and session.ended_early

    recorded = store.session(match.recorder.session_id)
    assert recorded.status == "ended_early"
    assert [(a.points, a.reason) for a in store.adjustments(match.recorder.session_id)] == [
        (100, "teacher"), (100, "teacher"), (100, "teacher"), (-100, "teacher")]
    assert [q.skipped for q in store.questions(match.recorder.session_id)] == [False, True, False]


def test_the_help_overlay_lists_the_teacher_keys_in_classroom_mode(app):
    set_up(app, "classroom")
    press(app, pygame.K_RETURN)
    light_the_torch(app)
    keys = [k for k, _ in app.scene.help_keys]
    for wanted in ("P", "S", "R", "N", "T", "Tab, + or -", "H", "E", "Esc", "Ctrl+letter"):
        assert wanted in keys
    assert "Keys 1 2 3 4" in keys


def test_a_review_round_plays_the_missed_questions_and_is_recorded_as_a_review(app, store):
    set_up(app, "party")
    press(app, pygame.K_RETURN)
    light_the_torch(app)
    match = app.scene.match
    session = match.session
    missed_numbers = []
    while app.scene.name == "question":
        question = session.current
        right = question.number % 2 == 1                      # the room misses the even questions
        if not right:
            missed_numbers.append(question.number)
        run_for(app, 0.5)
        app.step(FRAME, [zone_key(app, t, question.correct_option if right else wrong(question)) for t in range(3)])
        run_for(app, 1.0)
        play_on(app)
    run_for(app, 5.0)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "summary"
    assert app.scene.describe()["review"] == len(missed_numbers)
    press(app, pygame.K_r)
    assert app.scene.name == "intro"                       # the review round's own rules first
    assert app.scene.describe()["rules"][0].startswith("Review round:")
    light_the_torch(app)
    review = app.scene.match
    assert review.session is not session and review.room is match.room
    assert review.session.config.kind.value == "review"
    assert [q.question.id for q in review.session.questions] == [
        r.question.question.id for r in session.results if r.question.number in missed_numbers]
    while app.scene.name == "question":
        run_for(app, 0.5)
        app.step(FRAME, [zone_key(app, t, review.session.current.correct_option) for t in range(3)])
        run_for(app, 1.0)
        play_on(app)
    run_for(app, 5.0)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "summary"
    assert app.scene.describe()["review"] == 0                  # nothing missed this time
    recorded = store.session(review.recorder.session_id)
    assert recorded.kind == "review" and recorded.review_of == match.recorder.session_id
    press(app, pygame.K_e)
    check_csv_against(csv_rows(app.scene.exported[0]), review.session, review.recorder.session_id)
    assert app.scene.form.focused.key == "export"          # the review button is off: nothing to review
    press(app, pygame.K_DOWN)
    assert app.scene.form.focused.key == "next"
    press(app, pygame.K_RETURN)
    assert app.scene.name == "hall"


def test_the_summary_says_when_there_is_no_report_to_export():
    from tests.uikit import make_services
    from tests.test_ui_screens import finished, party_match
    from game.ui.handover import AfterSession, HallFocus

    services = make_services()
    match = finished(party_match(services, teams=3))
    app = App(services, start="summary", handover=AfterSession(match, HallFocus()))
    app.open((1280, 720))
    try:
        press(app, pygame.K_e)
        assert "no report" in app.scene.describe()["message"]
        assert app.scene.exported == ()
    finally:
        app.close()


def test_back_from_the_team_screen_keeps_what_the_setup_said(app):
    set_up(app, "classroom", teams=5)
    press(app, pygame.K_ESCAPE)
    assert app.scene.name == "setup"
    row = app.scene.form.row
    assert (row("mode").value, row("count").value, row("questions").value) == ("classroom", 5, 5)
    assert [f.text for f in app.scene.names[:5]] == ["Blue", "Yellow", "Black", "Green", "Red"]


def test_colour_names_only_hides_the_typed_team_names(app):
    focus_row(app, "name0")
    for _ in app.scene.names[0].text:
        press(app, pygame.K_BACKSPACE)
    app.step(FRAME, [typed("Ana's table")])
    assert app.scene.names[0].text == "Ana's table"
    set_up(app, "classroom")
    assert app.scene.names()[0] == "Ana's table"
    focus = app.scene.form
    while focus.focused.key != "anonymous":
        press(app, pygame.K_UP)
    press(app, pygame.K_RETURN)
    assert app.scene.names() == ["Blue", "Yellow", "Black"]
    app.scene.start()
    app.step(FRAME, [])
    assert [p.name for p in app.scene.session.players] == ["Blue", "Yellow", "Black"]


def test_top_five_shows_only_five_lanes_and_five_names_on_the_podium(app):
    set_up(app, "party", teams=7)
    form = app.scene.form
    while form.focused.key != "top_five":
        press(app, pygame.K_UP)
    press(app, pygame.K_RIGHT)
    assert app.scene.room.top_five
    press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_RETURN)
    light_the_torch(app)
    assert app.scene.name == "question"
    session = app.scene.session
    while session.state is not State.FINISHED:
        question = session.current
        app.step(FRAME, [zone_key(app, t, question.correct_option) for t in range(4)])
        run_for(app, question.time_limit + 1.0, dt=0.1)     # teams 5 to 7 have no controller
        if app.scene.name == "standings":
            assert len(app.scene.track.lanes) == 5
        play_on(app)
    assert app.scene.name == "podium"
    assert len(app.scene.finishers) == 5


def test_classroom_autoplay_passes_the_team_screen_and_the_summary_and_records_the_session(tmp_path, capsys):
    from game.cli import main

    shots = tmp_path / "shots"
    assert main(["play", "--autoplay", "--mode", "classroom", "--teams", "Red,Blue,Green", "--questions", "6",
                 "--size", "1024x768", "--screenshots", str(shots)]) == 0
    names = sorted(p.name for p in shots.glob("*.png"))
    assert any("teams" in n for n in names) and any("summary" in n for n in names), names
    with Store() as store:
        recorded = store.sessions()[0]
    assert (recorded.mode, recorded.status, recorded.questions_played) == ("classroom", "finished", 6)
    assert [p.name for p in recorded.players] == ["Red", "Blue", "Green"]
    assert "played 6 questions" in capsys.readouterr().out


def test_the_projector_profile_is_one_step_in_the_settings_too(store, opener):
    services = Services(settings=FakeSettings(), save_settings=lambda s: None, sound=SoundBank(), store=store,
                        library_loader=lambda: None)
    made = App(services, start="settings")
    made.open((1280, 720))
    try:
        assert made.scene.form.focused.key == "projector"
        press(made, pygame.K_RETURN)
        assert made.services.settings.projector and made.fullscreen
        assert made.services.theme.high_contrast and made.services.theme.font_scale >= 1.3
        press(made, pygame.K_RETURN)
        assert not made.services.settings.projector and not made.fullscreen
        assert made.services.theme.font_scale == 1.0
    finally:
        made.close()
