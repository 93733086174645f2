import sqlite3
import pytest

from game import paths
from game.quiz import FakeClock, Mode, ScoringOptions, Session, SessionConfig, State
from game.store import Store, StoreError
from game.wiring import SessionRecorder
from game.store.schema import SCHEMA_VERSION
from quizpacks import mixed_pack
from recording import TickingWallClock, play_recorded


def test_a_new_database_has_the_schema_wal_and_foreign_keys():
    with Store() as store:
        assert store.path == paths.scores_db_path()
        db = store.connection
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"sessions", "players", "questions", "answers", "adjustments", "hall_of_fame"} <= tables


def test_reopening_keeps_the_records():
    with Store() as store:
        _, recorder = play_recorded(store)
    with Store() as store:
        assert store.session(recorder.session_id).status == "finished"


def test_a_database_from_a_newer_game_is_refused_untouched():
    with Store() as store:
        store.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer version"):
        Store()
    assert not list(paths.user_data_dir().glob("*.damaged-*"))


def test_every_answer_is_recorded_with_its_question_choice_time_and_points():
    with Store() as store:
        session, recorder = play_recorded(store, players=("Red", "Blue", "Green"), right=(0, 2))
        rows = store.questions(recorder.session_id)
        assert [r.number for r in rows] == [1, 2, 3, 4]
        for row, result in zip(rows, session.results):
            assert (row.pack_id, row.question_id, row.type) == (result.question.pack.id, result.question.question.id,
                                                                 result.question.type)
            assert row.answer == result.question.answer_text
            assert row.options == result.question.options
            for stored, played in zip(row.answers, result.answers):
                assert stored.choice == played.response_text
                assert stored.correct == played.correct
                assert stored.time_taken == played.elapsed
                assert stored.points == played.points
        summary = store.session(recorder.session_id)
        assert [p.score for p in summary.players] == [p.score for p in session.players]
        assert summary.questions_played == 4 and summary.seed == 1 and summary.mode == "party"


def test_a_session_is_unfinished_until_it_ends_and_keeps_what_was_played():
    with Store() as store:
        session, recorder = play_recorded(store, finish=False)
        summary = store.session(recorder.session_id)
        assert summary.status == "unfinished" and summary.finished_at is None
        assert summary.questions_played == 4
        assert store.hall_of_fame() == []


def test_skips_adjustments_and_an_early_end_are_recorded():
    with Store() as store:
        clock = FakeClock()
        config = SessionConfig(packs=(mixed_pack(),), players=("A", "B"), mode="classroom", question_count=4, seed=2,
                               types=("choice",))
        session = Session(config, clock)
        recorder = SessionRecorder(store, session)
        session.start_question()
        session.skip()
        session.adjust(1, 300, "teacher")
        session.adjust(1, -500, "teacher")
        session.next()
        session.start_question()
        session.end_round()
        summary = store.session(recorder.session_id)
        assert summary.status == "ended_early" and summary.status_words == "ended early"
        assert [(q.number, q.skipped) for q in store.questions(recorder.session_id)] == [(1, True)]
        adjustments = store.adjustments(recorder.session_id)
        assert [(a.position, a.points, a.reason, a.question_number) for a in adjustments] == [
            (1, 300, "teacher", 1), (1, -300, "teacher", 1)]
        assert [p.score for p in summary.players] == [0, 0]


def test_the_hall_of_fame_keeps_the_best_totals_per_pack_and_mode():
    with Store(wall_clock=TickingWallClock()) as store:
        play_recorded(store, players=("Ann", "Bob"), right=(0,), seed=1)
        play_recorded(store, players=("Cy", "Di"), right=(0, 1), seed=1)
        play_recorded(store, players=("Solo",), mode=Mode.SOLO, right=(0,), seed=3)
        party = store.hall_of_fame(mode="party")
        # Bob scored nothing: a total of 0 does not burn in the hall of fame.
        assert [(e.rank, e.name) for e in party] == [(1, "Ann"), (1, "Cy"), (3, "Di")]
        assert party[0].total == party[1].total > party[2].total > 0
        assert [e.name for e in store.hall_of_fame(mode="party", limit=2)] == ["Ann", "Cy"]
        assert {(e.mode, e.name) for e in store.hall_of_fame(mode="solo")} == {("solo", "Solo")}
        assert len(store.hall_of_fame()) == 4
        assert store.hall_of_fame(pack="a") and not store.hall_of_fame(pack="b")


def test_a_finished_session_tells_each_player_their_hall_of_fame_place():
    with Store() as store:
        play_recorded(store, players=("Ann", "Bob"), right=(0, 1), seed=1)
        _, recorder = play_recorded(store, players=("Cy", "Di"), right=(1,), seed=1)
        ranks = {r.name: r.rank for r in recorder.ranks}
        assert ranks == {"Di": 2, "Cy": 4}   # Di ties with Bob, behind Ann; Cy scored nothing


def test_review_rounds_are_linked_and_stay_out_of_the_hall_of_fame():
    with Store() as store:
        session, recorder = play_recorded(store, right=(0,))
        review, review_recorder = play_recorded(store, config=session.review_config(), review_of=recorder.session_id)
        summary = store.session(review_recorder.session_id)
        assert summary.kind == "review" and summary.review_of == recorder.session_id
        assert all(e.session_id == recorder.session_id for e in store.hall_of_fame())


def test_history_lists_sessions_newest_first():
    with Store(wall_clock=TickingWallClock()) as store:
        ids = [play_recorded(store, seed=n)[1].session_id for n in range(3)]
        assert [s.id for s in store.sessions()] == ids[::-1]
        assert store.last_session_id() == ids[-1]
        assert len(store.sessions(limit=2)) == 2


def test_packs_in_any_order_share_one_hall_of_fame_entry_key():
    with Store() as store:
        config_ab = SessionConfig(packs=(mixed_pack("b"), mixed_pack("a")), players=("X", "Y"), mode="party",
                                  question_count=2, seed=1, types=("choice",))
        _, recorder = play_recorded(store, config=config_ab)
        assert store.session(recorder.session_id).pack_key == "a+b"
        assert store.hall_of_fame(pack="b")[0].pack_key == "a+b"


def test_a_failed_write_is_reported_and_play_goes_on():
    with Store() as store:
        clock = FakeClock()
        session = Session(SessionConfig(packs=(mixed_pack(),), question_count=2, seed=1, types=("choice",)), clock)
        recorder = SessionRecorder(store, session)
        store.connection.close()
        q = session.start_question()
        session.answer(0, q.correct_option)
        session.reveal()
        assert session.state is State.REVEALED
        assert recorder.error and "could not be saved" in recorder.error


def test_foreign_keys_refuse_answers_for_unknown_sessions():
    with Store() as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.connection.execute("INSERT INTO players (session_id, position, name) VALUES (999, 0, 'x')")


def test_scoring_options_are_kept_with_the_session():
    with Store() as store:
        config = SessionConfig(packs=(mixed_pack(),), question_count=2, seed=1, types=("choice",),
                               scoring=ScoringOptions(speed=False, points=2000))
        _, recorder = play_recorded(store, players=("Me",), mode=Mode.SOLO, config=config)
        options = store.session(recorder.session_id).options
        assert options["speed"] is False and options["points"] == 2000 and options["types"] == ["choice"]
