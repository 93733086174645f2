"""The words on screen say what happened: a time-out with nothing typed, what the player typed
or chose, final standings, a skipped question, a review round, a teacher's correction (and one
that took nothing), the hall of fame, and the dyslexia font's preview."""

from __future__ import annotations

import pygame
import pytest

from game.packs.model import ChoiceQuestion, Pack
from game.quiz import RoundKind, ScoringOptions, Session, SessionConfig, State
from game.store import Store
from game.wiring import SessionRecorder
from game.ui.app import App
from game.ui.handover import Match
from game.ui.look.sound import SoundBank
from game.ui.services import Services
from tests.test_ui_screens import audited_frame, open_at, with_standings
from tests.uikit import FakeSettings, key, long_pack, new_session, press, run_for, typed

FRAME = 1 / 60


def texts(app) -> list[str]:
    return [piece.text for piece in audited_frame(app)]


def typed_match(qtype: str, **extra):
    def build(services):
        config = SessionConfig(packs=(long_pack(),), players=("Player",), question_count=1, types=(qtype,), seed=1,
                               **extra)
        return Match(Session(config, services.clock))
    return build


# -- the question and its reveal -------------------------------------------------------------------

def test_time_up_with_nothing_typed_says_so_not_locked_in():
    app = open_at((1280, 720), "question", typed_match("text"))
    try:
        run_for(app, app.scene.question.time_limit + 0.1)
        assert app.scene.name == "question" and app.scene.session.state is State.LOCKED
        shown = texts(app)
        assert "Time is up: no answer given." in shown
        assert not any(text.startswith("Locked in") for text in shown)
    finally:
        app.close()


def test_time_up_with_an_answer_typed_but_not_entered_says_it_was_not_locked_in():
    app = open_at((1280, 720), "question", typed_match("text"))
    try:
        app.step(FRAME, [typed("Black")])
        run_for(app, app.scene.question.time_limit + 0.1)
        assert "Time is up: the answer was not locked in with Enter." in texts(app)
    finally:
        app.close()


def test_a_locked_in_answer_still_waits_for_the_reveal():
    app = open_at((1280, 720), "question", typed_match("text"))
    try:
        app.step(FRAME, [typed("Black Sea")])
        press(app, pygame.K_RETURN)
        assert "Locked in. Waiting for the reveal…" in texts(app)
    finally:
        app.close()


def test_a_typed_number_reveal_says_you_typed_and_never_you_chose():
    app = open_at((1280, 720), "question", typed_match("number"))
    try:
        app.step(FRAME, [typed("1990")])
        press(app, pygame.K_RETURN)
        run_for(app, 1.0)
        assert app.scene.name == "reveal"
        shown = texts(app)
        assert "You typed: 1990" in shown
        assert not any("You chose" in text for text in shown)
    finally:
        app.close()


def test_a_wrong_tile_reveal_says_you_chose():
    app = open_at((1280, 720), "question", typed_match("choice"))
    try:
        question = app.scene.question
        wrong = (question.correct_option + 1) % len(question.options)
        press(app, pygame.K_1 + wrong)
        run_for(app, 1.0)
        shown = "\n".join(texts(app))
        assert f"You chose: {question.options[wrong]}" in shown and "You typed" not in shown
    finally:
        app.close()


# -- standings ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("count, final", [(1, True), (3, False)])
def test_final_standings_never_say_so_far(count, final):
    app = open_at((1280, 720), "standings", lambda s: with_standings(Match(new_session(clock=s.clock, count=count))))
    try:
        shown = texts(app)
        assert ("Final standings" in shown) == final
        assert any("so far" in text for text in shown) == (not final)
    finally:
        app.close()


# -- the teacher's keys ------------------------------------------------------------------------------

def classroom(services, count: int = 3):
    config = SessionConfig(packs=(long_pack(),), players=("Blue", "Yellow", "Black"), mode="classroom",
                           question_count=count, seed=3, scoring=ScoringOptions(standings_every=1))
    return Match(Session(config, services.clock))


def test_skipping_a_question_shows_a_notice_on_the_next_one():
    app = open_at((1280, 720), "question", classroom)
    try:
        press(app, pygame.K_s)
        assert app.scene.name == "question" and app.scene.question.number == 2
        assert "Question 1 skipped" in texts(app)
    finally:
        app.close()


def standings_after_one(services):
    match = classroom(services)
    session = match.session
    session.start_question()
    services.clock.advance(2)
    session.answer(0, session.current.correct_option)
    session.answer(1, (session.current.correct_option + 1) % len(session.current.options))
    match.last_result = session.reveal()
    session.show_standings()
    return match


def test_a_teachers_100_moves_the_runner_on_from_where_it_is_and_is_shown_apart():
    app = open_at((1280, 720), "standings", standings_after_one)
    try:
        track = app.scene.track
        run_for(app, track.duration + 0.5)
        assert track.finished
        blue = next(lane for lane in track.lanes if lane.name == "Blue")
        earned = blue.new_score
        assert earned > 0
        press(app, pygame.K_TAB, pygame.K_EQUALS)
        blue = next(lane for lane in track.lanes if lane.name == "Blue")
        assert (blue.old_score, blue.new_score) == (earned, earned + 100)   # from where it stood
        assert not track.finished
        run_for(app, track.duration + 0.5)
        shown = texts(app)
        assert f"+{earned:,}".replace(",", "\u2009") in shown                 # the question's points
        assert "+100 by hand" in shown                                        # the teacher's, apart
    finally:
        app.close()


def test_taking_100_from_a_team_at_0_says_nothing_was_taken_and_records_nothing():
    app = open_at((1280, 720), "standings", standings_after_one)
    try:
        session = app.scene.session
        black = 2
        assert session.players[black].score == 0
        press(app, pygame.K_TAB, pygame.K_TAB, pygame.K_TAB, pygame.K_MINUS)
        assert app.scene.play.desk.selected == black
        assert session.adjustments == []
        assert "Black has no points to take: still 0" in texts(app)
    finally:
        app.close()


# -- a review round -----------------------------------------------------------------------------------

def review_match(services):
    pack = long_pack()
    keys = tuple((pack.id, q.id) for q in pack.questions[:2])
    from game.quiz.config import QuestionKey

    config = SessionConfig(packs=(pack,), players=("Blue", "Yellow"), mode="party", question_count=2, seed=5,
                           only=tuple(QuestionKey(*k) for k in keys), kind=RoundKind.REVIEW)
    return Match(Session(config, services.clock))


def test_a_review_round_is_labelled_as_one_on_its_rules_and_its_questions():
    app = open_at((1280, 720), "intro", review_match)
    try:
        shown = texts(app)
        assert "Review round" in shown
        assert any(text.startswith("• Review round: 2 questions the room missed") for text in "\n".join(shown).split("\n"))
        press(app, pygame.K_RETURN)
        assert app.scene.name == "question"
        assert "Review Question 1 of 2" in texts(app)
    finally:
        app.close()


# -- the hall of fame ----------------------------------------------------------------------------------

@pytest.fixture
def store():
    opened = Store()
    yield opened
    opened.close()


def recorded_app(store, handover) -> App:
    services = Services(settings=FakeSettings(), save_settings=lambda s: None, sound=SoundBank(), store=store,
                        library_loader=lambda: None, recorder_factory=lambda session: SessionRecorder(store, session))
    app = App(services, start="intro", handover=handover(services))
    app.open((1280, 720))
    return app


def one_question_pack() -> Pack:
    return Pack(id="short", title="Short", questions=[
        ChoiceQuestion(id=f"q{n}", prompt=f"Question {n}?", answer="Right", wrong=["A", "B", "C"]) for n in range(5)])


def test_a_round_ended_at_question_1_is_not_a_new_record_and_zero_totals_stay_out(store):
    def build(services):
        config = SessionConfig(packs=(one_question_pack(),), players=("Blue", "Yellow"), mode="classroom",
                               question_count=5, seed=2)
        return Match(Session(config, services.clock))

    app = recorded_app(store, build)
    try:
        press(app, pygame.K_RETURN)
        question = app.scene.question
        app.step(FRAME, [key(app.scene.answer_keys[0][question.correct_option][0])])
        app.step(FRAME, [key(app.scene.answer_keys[1][(question.correct_option + 1) % 4][0])])
        run_for(app, 1.0)
        assert app.scene.name == "reveal"
        press(app, pygame.K_e)
        press(app, pygame.K_LEFT, pygame.K_RETURN)              # "End the round"
        assert app.scene.name == "podium"
        assert app.scene.session.ended_early
        assert app.scene.record.new_record is False
        shown = "\n".join(texts(app))
        assert "new record" not in shown.lower()
        fame = store.hall_of_fame()
        assert [(e.name, e.total > 0) for e in fame] == [("Blue", True)]       # Yellow's 0 left out
    finally:
        app.close()


def test_the_hall_of_fame_never_lists_a_total_of_0(store):
    from tests.recording import play_recorded

    play_recorded(store, players=("Red", "Blue"), right=(0,))
    names = [e.name for e in store.hall_of_fame()]
    assert names == ["Red"]


# -- settings ------------------------------------------------------------------------------------------

def test_the_dyslexia_font_preview_is_drawn_in_that_font():
    from game.ui.scenes.settings import SAMPLE

    pictures = {}
    for on in (False, True):
        app = open_at((1280, 720), "settings", settings=FakeSettings(dyslexia_font=on))
        try:
            piece = next(p for p in audited_frame(app) if p.text == SAMPLE)
            pictures[on] = pygame.image.tobytes(piece.surface, "RGBA"), piece.surface.get_size()
        finally:
            app.close()
    assert pictures[False] != pictures[True]
