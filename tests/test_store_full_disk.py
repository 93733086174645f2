"""A full disk or a read-only scores file during play: nothing is lost, nothing is marked
finished with answers missing, and the writes that waited land once they can."""

from __future__ import annotations

import sqlite3

import pytest

from fulldisk import FullDisk
from game import paths
from game.quiz import FakeClock, Mode, Session, SessionConfig, State
from game.store import Store
from game.wiring import SessionRecorder
from quizpacks import mixed_pack
from readonly import read_only


def _session(count: int = 8, players=("Red", "Blue")) -> tuple[Session, FakeClock]:
    clock = FakeClock()
    config = SessionConfig(packs=(mixed_pack("a", 10),), players=players, mode=Mode.PARTY, question_count=count,
                           seed=3, types=("choice", "truefalse"))
    return Session(config, clock), clock


def _play(session: Session, clock: FakeClock, questions: int | None = None) -> None:
    """Play `questions` more questions (all that are left when None), the first player always right."""
    played = 0
    while session.state is not State.FINISHED and (questions is None or played < questions):
        q = session.start_question()
        for player in range(len(session.players)):
            clock.advance(2)
            session.answer(player, q.correct_option if player == 0 else (q.correct_option + 1) % len(q.options))
        session.reveal()
        session.next()
        played += 1


def _stored(store: Store, session_id: int):
    summary = store.session(session_id)
    return summary, store.questions(session_id)


def test_a_session_is_not_marked_finished_while_answers_are_missing():
    with Store() as store:
        disk = FullDisk.around(store)
        session, clock = _session()
        recorder = SessionRecorder(store, session)
        _play(session, clock, 4)
        disk.fill()
        _play(session, clock)                       # questions 5 to 8 and the end: the disk is full
        assert session.state is State.FINISHED
        assert not recorder.saved and recorder.unsaved == 5
        assert "disk is full" in recorder.error
        summary, questions = _stored(store, recorder.session_id)
        assert summary.status == "unfinished"
        assert [q.number for q in questions] == [1, 2, 3, 4]
        assert store.hall_of_fame() == []


def test_the_waiting_writes_land_in_order_once_the_disk_has_room_again():
    with Store() as store:
        disk = FullDisk.around(store)
        session, clock = _session()
        recorder = SessionRecorder(store, session)
        _play(session, clock, 4)
        disk.fill()
        _play(session, clock)
        assert not recorder.flush()                 # still full: still waiting, still unfinished
        disk.free()
        assert recorder.flush() and recorder.saved and recorder.error is None
        summary, questions = _stored(store, recorder.session_id)
        assert summary.status == "finished"
        assert [q.number for q in questions] == list(range(1, 9))
        assert [p.score for p in summary.players] == [p.score for p in session.players]
        # The hall of fame takes every total above 0 (a total of 0 is never entered).
        assert [e.total for e in store.hall_of_fame()] == sorted((p.score for p in session.players if p.score > 0),
                                                                  reverse=True)


def test_a_disk_full_at_the_start_of_a_session_does_not_stop_the_game():
    with Store() as store:
        disk = FullDisk.around(store)
        disk.fill()
        session, clock = _session(count=3)
        recorder = SessionRecorder(store, session)     # used to raise 'database or disk is full'
        assert recorder.session_id is None and "disk is full" in recorder.error
        _play(session, clock)
        assert session.state is State.FINISHED and store.sessions() == []
        disk.free()
        assert recorder.flush()
        summary, questions = _stored(store, recorder.session_id)
        assert summary.status == "finished" and len(questions) == 3


def test_a_disk_that_fills_in_the_middle_of_a_question_keeps_the_question_whole():
    with Store() as store:
        disk = FullDisk.around(store)
        session, clock = _session(count=2, players=("A", "B", "C"))
        recorder = SessionRecorder(store, session)
        disk.fill(after=0)
        _play(session, clock, 1)
        # The question row, its answers and the new totals are one transaction: none of it landed.
        assert store.connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0
        assert all(p.score == 0 for p in store.session(recorder.session_id).players)
        disk.free()
        _play(session, clock)
        summary, questions = _stored(store, recorder.session_id)
        assert summary.status == "finished" and [q.number for q in questions] == [1, 2]
        assert [p.score for p in summary.players] == [p.score for p in session.players]


def test_a_retried_question_is_written_once():
    with Store() as store:
        session, clock = _session(count=2)
        recorder = SessionRecorder(store, session)
        _play(session, clock)
        question = store.questions(recorder.session_id)[0]
        from game.store.store import QuestionRecord

        record = QuestionRecord(question.number, question.pack_id, question.question_id, question.type,
                                question.prompt, question.answer, question.options, question.time_limit,
                                question.points)
        store.record_question(recorder.session_id, record, [])     # as a retry of a write that did land
        assert len(store.questions(recorder.session_id)) == 2
        assert [p.score for p in store.session(recorder.session_id).players] == [p.score for p in session.players]


def test_a_failed_commit_is_rolled_back_and_reported_as_it_was():
    with Store() as store:
        FullDisk.around(store).fill()
        with pytest.raises(sqlite3.OperationalError, match="disk is full"):
            store.begin_session(mode="solo", packs=[("a", "A")], players=["Me"], question_count=1)
        assert not store.connection.in_transaction


def test_a_read_only_scores_file_is_a_reported_problem_not_a_crash():
    with Store() as store:
        pass
    path = paths.scores_db_path()
    with read_only(path):
        with Store() as store:
            session, clock = _session(count=2)
            recorder = SessionRecorder(store, session)
            _play(session, clock)
            assert not recorder.saved
            assert "read-only" in recorder.error
            assert store.sessions() == []


def test_players_who_join_an_open_room_while_the_disk_is_full_are_saved_with_their_answers():
    clock = FakeClock()
    config = SessionConfig(packs=(mixed_pack("torch", 4),), players=("Ann",), mode=Mode.CLASSROOM,
                           question_count=2, types=("choice",), seed=5, open_room=True)
    session = Session(config, clock)
    with Store() as store:
        disk = FullDisk.around(store)
        recorder = SessionRecorder(store, session)
        disk.fill()
        q = session.start_question()
        late = session.add_player("Late")
        session.answer(0, q.correct_option)
        session.reveal()
        session.next()
        q = session.start_question()
        session.answer(late, q.correct_option)
        session.rename_player(0, "Annie")
        session.reveal()
        session.next()
        assert not recorder.saved
        disk.free()
        assert recorder.flush()
        summary = store.session(recorder.session_id)
        assert summary.status == "finished"
        assert {p.name: p.score for p in summary.players} == {"Annie": session.players[0].score,
                                                               "Late": session.players[late].score}
