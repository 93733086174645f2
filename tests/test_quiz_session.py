import pytest

from game.quiz import (
    AnswerStatus,
    ConfigError,
    FakeClock,
    IllegalMove,
    Mode,
    PointsAdjusted,
    QuestionRevealed,
    QuestionSkipped,
    ScoringOptions,
    Session,
    SessionConfig,
    SessionFinished,
    State,
)
from quizpacks import mixed_pack, single_type_pack


def _session(mode=Mode.SOLO, players=("Ann",), count=4, types=("choice",), **options):
    clock = FakeClock()
    config = SessionConfig(packs=(mixed_pack("torch", 6),), players=players, mode=mode, question_count=count, types=types,
                           seed=11, scoring=ScoringOptions(**options))
    return Session(config, clock), clock


def _wrong(question) -> int:
    return (question.correct_option + 1) % len(question.options)


def test_a_new_session_is_ready_with_its_first_question():
    session, _ = _session()
    assert session.state is State.READY
    assert session.current.number == 1
    assert session.time_left() == 20


def test_question_goes_ready_asking_locked_revealed_standings_ready():
    session, clock = _session()
    q = session.start_question()
    assert session.state is State.ASKING
    clock.advance(3)
    assert session.answer(0, q.correct_option) is AnswerStatus.ACCEPTED
    assert session.state is State.LOCKED
    session.reveal()
    assert session.state is State.REVEALED
    session.show_standings()
    assert session.state is State.STANDINGS
    session.next()
    assert session.state is State.READY and session.current.number == 2


@pytest.mark.parametrize("move", ["reveal", "show_standings", "next", "pause", "resume", "lock", "add_time"])
def test_moves_not_allowed_before_the_question_starts_raise(move):
    session, _ = _session()
    with pytest.raises(IllegalMove, match="while the session is ready"):
        getattr(session, move)()


def test_starting_a_question_twice_raises():
    session, _ = _session()
    session.start_question()
    with pytest.raises(IllegalMove):
        session.start_question()


def test_answer_after_time_up_is_refused():
    session, clock = _session(players=("A", "B"), mode=Mode.PARTY)
    q = session.start_question()
    clock.advance(20)
    assert session.answer(0, q.correct_option) is AnswerStatus.TIME_UP
    assert session.state is State.LOCKED
    result = session.reveal()
    assert not result.answers[0].answered


def test_answer_one_moment_before_time_up_scores_half():
    session, clock = _session()
    q = session.start_question()
    clock.advance(19.999)
    assert session.answer(0, q.correct_option) is AnswerStatus.ACCEPTED
    assert session.reveal().answers[0].base_points == 500


def test_time_up_locks_the_question_when_the_state_is_read():
    session, clock = _session()
    session.start_question()
    clock.advance(25)
    assert session.state is State.LOCKED
    assert session.time_left() == 0


def test_the_first_lock_in_counts():
    session, clock = _session(players=("A", "B"), mode=Mode.PARTY)
    q = session.start_question()
    clock.advance(1)
    assert session.answer(0, _wrong(q)) is AnswerStatus.ACCEPTED
    clock.advance(1)
    assert session.answer(0, q.correct_option) is AnswerStatus.ALREADY_ANSWERED
    assert session.locked_in == {0}
    assert session.state is State.ASKING
    session.answer(1, q.correct_option)
    result = session.reveal()
    assert not result.answers[0].correct and result.answers[0].elapsed == 1
    assert result.answers[1].correct


def test_two_teams_in_the_same_instant_both_count():
    session, clock = _session(players=("A", "B", "C"), mode=Mode.PARTY)
    q = session.start_question()
    clock.advance(2)
    session.answer(2, q.correct_option)
    session.answer(0, q.correct_option)
    result = session.reveal()
    assert result.answers[0].points == result.answers[2].points == 950
    assert not result.answers[1].answered


def test_pause_stops_time_and_refuses_answers():
    session, clock = _session()
    q = session.start_question()
    clock.advance(4)
    session.pause()
    assert session.state is State.PAUSED
    clock.advance(100)
    assert session.time_left() == 16
    assert session.answer(0, q.correct_option) is AnswerStatus.PAUSED
    session.resume()
    clock.advance(6)
    session.answer(0, q.correct_option)
    assert session.reveal().answers[0].elapsed == 10


def test_teacher_can_reveal_now_while_asking_or_paused():
    session, clock = _session(players=("A", "B"), mode=Mode.CLASSROOM)
    q = session.start_question()
    session.answer(0, q.correct_option)
    session.pause()
    result = session.reveal()
    assert session.state is State.REVEALED
    assert result.answers[0].correct and not result.answers[1].answered


def test_added_time_extends_the_question_and_the_scoring_scale():
    session, clock = _session()
    q = session.start_question()
    clock.advance(15)
    assert session.add_time(10) == 15
    clock.advance(14)
    assert session.state is State.ASKING
    session.answer(0, q.correct_option)
    assert session.reveal().answers[0].base_points == round(1000 * (1 - 29 / 30 / 2))


def test_skip_drops_the_question_without_touching_scores_or_streaks():
    session, clock = _session()
    for _ in range(2):
        q = session.start_question()
        session.answer(0, q.correct_option)
        session.reveal()
        session.next()
    before = (session.players[0].score, session.players[0].streak)
    session.start_question()
    session.skip()
    assert session.state is State.SKIPPED
    assert (session.players[0].score, session.players[0].streak) == before
    assert session.results[-1].skipped
    session.next()
    q = session.start_question()
    session.answer(0, q.correct_option)
    assert session.reveal().answers[0].streak == 3


def test_skip_is_not_allowed_after_the_reveal():
    session, _ = _session()
    session.start_question()
    session.reveal()
    with pytest.raises(IllegalMove):
        session.skip()


def test_adjustment_is_recorded_with_its_reason_and_never_makes_a_total_negative():
    session, _ = _session(players=("A", "B"), mode=Mode.CLASSROOM)
    events = []
    session.subscribe(events.append)
    session.adjust(1, 300)
    taken = session.adjust(1, -1000, "teacher")
    assert taken.points == -300 and taken.requested == -1000 and taken.reason == "teacher"
    assert taken.question_number is None  # before the first question
    assert session.players[1].score == 0
    assert [type(e) for e in events] == [PointsAdjusted, PointsAdjusted]
    assert len(session.adjustments) == 2


def test_adjustment_needs_a_real_player_and_a_reason():
    session, _ = _session()
    with pytest.raises(ValueError):
        session.adjust(3, 100)
    with pytest.raises(ValueError):
        session.adjust(0, 100, " ")


def test_end_round_early_drops_the_question_in_progress():
    session, clock = _session(count=4)
    q = session.start_question()
    session.answer(0, q.correct_option)
    session.reveal()
    session.next()
    q = session.start_question()
    session.answer(0, q.correct_option)
    events = []
    session.subscribe(events.append)
    session.end_round()
    assert session.state is State.FINISHED and session.ended_early
    assert len(session.results) == 1
    assert isinstance(events[-1], SessionFinished) and events[-1].ended_early
    assert session.current is None
    with pytest.raises(IllegalMove):
        session.end_round()


def test_ending_after_the_last_reveal_is_not_early():
    session, _ = _session(count=1)
    session.start_question()
    session.reveal()
    session.end_round()
    assert not session.ended_early


def test_standings_every_question_every_n_and_only_at_the_end():
    def due_after_each(every):
        session, _ = _session(count=6, standings_every=every)
        due = []
        while session.state is not State.FINISHED:
            session.start_question()
            session.reveal()
            due.append(session.standings_due)
            session.next()
        return due

    assert due_after_each(1) == [True] * 6
    assert due_after_each(4) == [False, False, False, True, False, True]
    assert due_after_each(0) == [False] * 5 + [True]


def test_equal_scores_share_a_rank():
    session, clock = _session(players=("A", "B", "C"), mode=Mode.PARTY)
    q = session.start_question()
    session.answer(0, q.correct_option)
    session.answer(2, q.correct_option)
    session.answer(1, _wrong(q))
    session.reveal()
    table = session.show_standings()
    assert [(s.rank, s.name, s.gained) for s in table] == [(1, "A", 1000), (1, "C", 1000), (3, "B", 0)]


def test_options_must_be_indexes_and_typed_questions_text():
    session, _ = _session()
    session.start_question()
    with pytest.raises(ValueError, match="option index"):
        session.answer(0, "Right 0")
    with pytest.raises(ValueError):
        session.answer(0, 9)
    text_session, _ = _session(types=("text",))
    text_session.start_question()
    with pytest.raises(ValueError, match="typed text"):
        text_session.answer(0, 1)


def test_events_follow_the_play():
    session, _ = _session(count=2)
    events = []
    session.subscribe(events.append)
    q = session.start_question()
    session.answer(0, q.correct_option)
    session.reveal()
    session.next()
    session.start_question()
    session.skip()
    session.next()
    names = [type(e).__name__ for e in events]
    assert names == ["QuestionStarted", "AnswerLocked", "QuestionRevealed", "QuestionStarted", "QuestionSkipped",
                     "SessionFinished"]
    assert isinstance(events[2], QuestionRevealed) and isinstance(events[4], QuestionSkipped)


def test_proceed_takes_the_usual_next_step():
    session, _ = _session(count=2, standings_every=1)
    steps = []
    while session.state is not State.FINISHED:
        steps.append(session.proceed())
    assert steps == [State.ASKING, State.REVEALED, State.STANDINGS, State.READY,
                     State.ASKING, State.REVEALED, State.STANDINGS, State.FINISHED]
    with pytest.raises(IllegalMove):
        session.proceed()


def test_a_session_without_any_matching_question_says_why():
    pack = single_type_pack("numbers", "number", 2)
    pack.questions = [q for q in pack.questions if not q.wrong]
    with pytest.raises(ConfigError, match="need options in team modes"):
        Session(SessionConfig(packs=(pack,), players=("A", "B"), mode="party"), FakeClock())


def test_a_session_on_a_pack_without_questions_names_the_pack_and_says_so():
    pack = single_type_pack("numbers", "number", 2)
    pack.questions = []
    with pytest.raises(ConfigError, match=r"the chosen pack has no questions \('.+'\)"):
        Session(SessionConfig(packs=(pack,)), FakeClock())


def test_a_session_without_a_seed_picks_one_and_keeps_it():
    session = Session(SessionConfig(packs=(mixed_pack(),)), FakeClock())
    assert isinstance(session.config.seed, int)
    again = Session(session.config, FakeClock())
    assert [q.key for q in again.questions] == [q.key for q in session.questions]


def test_the_torch_freezes_when_everyone_has_answered_early():
    session, clock = _session()
    q = session.start_question()
    clock.advance(6)
    session.answer(0, q.correct_option)
    clock.advance(30)
    assert session.state is State.LOCKED and session.time_left() == 14
    session.reveal()
    assert session.time_left() == 0
