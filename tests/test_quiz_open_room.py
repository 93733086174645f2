"""An open room: a session played on phones, which students join while it is played."""

import pytest

from game.quiz import (
    MAX_ROOM_PLAYERS,
    AnswerStatus,
    ConfigError,
    CountdownChanged,
    FakeClock,
    IllegalMove,
    Mode,
    PlayerJoined,
    PlayerRenamed,
    Session,
    SessionConfig,
    State,
)
from game.store import Store
from game.wiring import SessionRecorder
from quizpacks import mixed_pack


def _room(players=("Ann",), count=3, **options):
    clock = FakeClock()
    config = SessionConfig(packs=(mixed_pack("torch", 4),), players=players, mode=Mode.CLASSROOM,
                           question_count=count, types=("choice",), seed=5, open_room=True, **options)
    return Session(config, clock), clock


def test_an_open_room_takes_a_whole_class_and_may_start_with_one_player():
    names = tuple(f"Student {n}" for n in range(MAX_ROOM_PLAYERS))
    assert len(_room(players=names)[0].players) == MAX_ROOM_PLAYERS
    assert len(_room(players=("Ann",))[0].players) == 1
    with pytest.raises(ConfigError, match="2 to 8"):
        SessionConfig(packs=(mixed_pack(),), players=tuple(f"P{n}" for n in range(9)), mode=Mode.PARTY)
    with pytest.raises(ConfigError, match=f"1 to {MAX_ROOM_PLAYERS}"):
        SessionConfig(packs=(mixed_pack(),), players=names + ("One more",), mode=Mode.PARTY, open_room=True)


def test_only_an_open_room_lets_players_join():
    session = Session(SessionConfig(packs=(mixed_pack(),), players=("A", "B"), mode=Mode.PARTY, seed=1), FakeClock())
    with pytest.raises(IllegalMove, match="open room"):
        session.add_player("Late")


def test_a_player_joining_before_the_prompt_plays_that_question():
    session, _ = _room()
    heard = []
    session.subscribe(heard.append)
    index = session.add_player("  Bea  ")
    assert (index, session.players[index].name) == (1, "Bea")
    assert heard == [PlayerJoined(1, "Bea", 1)]
    q = session.start_question()
    assert session.answer(index, q.correct_option) is AnswerStatus.ACCEPTED


def test_a_player_joining_during_a_question_plays_from_the_next_one():
    session, clock = _room()
    q = session.start_question()
    late = session.add_player("Late")
    assert session.answer(late, q.correct_option) is AnswerStatus.JOINED_LATE
    # Everyone who was there answered, so the question locks without waiting for the newcomer.
    assert session.answer(0, q.correct_option) is AnswerStatus.ACCEPTED
    assert session.state is State.LOCKED
    result = session.reveal()
    assert [a.player for a in result.answers] == [0]
    session.next()
    q = session.start_question()
    clock.advance(1)
    assert session.answer(late, q.correct_option) is AnswerStatus.ACCEPTED
    assert session.state is State.ASKING   # Ann has not answered yet
    session.answer(0, q.correct_option)
    result = session.reveal()
    assert [a.player for a in result.answers] == [0, 1]
    assert session.players[late].score == result.answers[1].points > 0


def test_joining_names_are_checked_like_team_names():
    session, _ = _room()
    with pytest.raises(ValueError, match="already playing"):
        session.add_player("ann")
    with pytest.raises(ValueError, match="empty"):
        session.add_player("   ")
    with pytest.raises(ValueError, match="at most"):
        session.add_player("x" * 31)


def test_nobody_joins_a_finished_session():
    session, _ = _room(count=1)
    session.start_question()
    session.reveal()
    session.next()
    with pytest.raises(IllegalMove):
        session.add_player("Late")


def test_a_rename_is_told_to_listeners_and_refuses_a_taken_name():
    session, _ = _room(players=("Ann", "Bob"))
    heard = []
    session.subscribe(heard.append)
    assert session.rename_player(1, " Robert ") == "Robert"
    assert heard == [PlayerRenamed(1, "Robert")]
    with pytest.raises(ValueError, match="already playing"):
        session.rename_player(1, "ANN")
    assert session.rename_player(0, "ann") == "ann"   # a player may change the case of their own name


def test_pausing_resuming_and_adding_time_are_told_to_listeners_with_the_time_left():
    session, clock = _room()
    q = session.start_question()
    heard = []
    session.subscribe(heard.append)
    clock.advance(4)
    session.pause()
    clock.advance(30)                 # time stands still while paused
    session.add_time(10)
    session.resume()
    left = q.time_limit - 4
    assert heard == [CountdownChanged(q, True, left), CountdownChanged(q, True, left + 10),
                     CountdownChanged(q, False, left + 10)]


def test_typed_answers_keep_number_and_text_questions_typed_in_team_modes():
    config = SessionConfig(packs=(mixed_pack("torch", 4),), players=("A", "B"), mode=Mode.CLASSROOM,
                           question_count=16, types=("number", "text"), seed=3, typed_answers=True)
    session = Session(config, FakeClock())
    assert session.selection.unplayable == 0
    assert all(q.typed for q in session.questions)
    picked = Session(SessionConfig(packs=config.packs, players=("A", "B"), mode=Mode.CLASSROOM, question_count=16,
                                   types=("number", "text"), seed=3), FakeClock())
    assert picked.selection.unplayable > 0 and not any(q.typed for q in picked.questions)


def test_late_joiners_and_renames_are_in_the_records(tmp_path):
    session, clock = _room(count=2)
    with Store(tmp_path / "scores.sqlite3") as store:
        recorder = SessionRecorder(store, session)
        q = session.start_question()
        late = session.add_player("Late")
        session.answer(0, q.correct_option)
        session.reveal()
        session.next()
        q = session.start_question()
        session.answer(late, q.correct_option)
        session.answer(0, (q.correct_option + 1) % len(q.options))
        session.rename_player(0, "Annie")
        session.reveal()
        session.next()
        assert recorder.error is None
        totals = {r.name: r.total for r in recorder.ranks}
        assert totals == {"Annie": session.players[0].score, "Late": session.players[late].score}
