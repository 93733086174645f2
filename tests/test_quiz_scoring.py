import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.quiz.config import ScoringOptions
from game.quiz.questions import prepare
from game.quiz.scoring import max_points, points_for, score_question, speed_points, streak_bonus
from quizpacks import mixed_pack


def test_correct_answer_in_the_first_half_second_scores_full_points():
    assert speed_points(1000, 0.0, 20) == 1000
    assert speed_points(1000, 0.5, 20) == 1000


def test_correct_answer_follows_the_design_formula():
    assert speed_points(1000, 5, 20) == round(1000 * (1 - 5 / 20 / 2)) == 875
    assert speed_points(2000, 7.3, 30) == round(2000 * (1 - 7.3 / 30 / 2))


def test_correct_answer_at_the_buzzer_scores_half():
    assert speed_points(1000, 20, 20) == 500
    assert speed_points(1000, 25, 20) == 500


def test_wrong_answer_scores_nothing_whatever_the_speed():
    assert points_for(False, 1000, 0.1, 20) == 0


def test_speed_off_gives_full_points_for_any_correct_answer():
    assert points_for(True, 1000, 19.9, 20, speed=False) == 1000
    assert points_for(True, 2000, 3, 20, speed=False) == 2000


def test_zero_point_questions_score_zero():
    assert points_for(True, 0, 0.1, 20) == 0
    assert streak_bonus(5, True, points=0) == 0


def test_streak_bonus_grows_by_a_hundred_and_stops_at_five_hundred():
    assert [streak_bonus(n) for n in range(1, 9)] == [0, 100, 200, 300, 400, 500, 500, 500]


def test_streaks_off_give_no_bonus():
    assert streak_bonus(4, enabled=False) == 0


def _number_question(teams: bool = True):
    pack = mixed_pack()
    question = pack.question("number-0")  # answer 1990, options 1980, 1995, 2000
    return prepare(1, pack, question, seed=1, teams=teams, time_limit=None, points=None)


def _option(question, text: str) -> int:
    return question.options.index(text)


def test_closest_wrong_team_on_a_number_question_gets_half():
    q = _number_question()
    responses = {0: (_option(q, "1990"), 5.0), 1: (_option(q, "1995"), 5.0), 2: (_option(q, "2000"), 1.0)}
    answers = score_question(q, responses, [0, 0, 0], ScoringOptions(), teams=True)
    assert answers[0].correct and answers[0].base_points == 875
    assert answers[1].close and not answers[1].correct and answers[1].base_points == 875 // 2
    assert not answers[2].close and answers[2].points == 0


def test_teams_equally_close_both_get_half_and_a_close_answer_breaks_the_streak():
    q = _number_question()
    responses = {0: (_option(q, "1995"), 2.0), 1: (_option(q, "1995"), 10.0)}
    answers = score_question(q, responses, [3, 3], ScoringOptions(), teams=True)
    assert [a.close for a in answers] == [True, True]
    assert answers[0].base_points == speed_points(1000, 2.0, 20) // 2
    assert answers[1].base_points == speed_points(1000, 10.0, 20) // 2
    assert [a.streak for a in answers] == [0, 0]
    assert [a.streak_bonus for a in answers] == [0, 0]


def test_closest_wins_half_even_when_nobody_is_right():
    q = _number_question()
    answers = score_question(q, {0: (_option(q, "2000"), 3.0), 1: (_option(q, "1995"), 3.0)},
                             [0, 0], ScoringOptions(), teams=True)
    assert [a.close for a in answers] == [False, True]
    assert not any(a.correct for a in answers)


def test_solo_number_answers_get_no_half_points():
    q = _number_question(teams=False)
    answers = score_question(q, {0: ("1991", 1.0)}, [0], ScoringOptions(), teams=False)
    assert answers[0].points == 0 and not answers[0].close


def test_no_answer_scores_nothing_and_resets_the_streak():
    q = _number_question()
    answers = score_question(q, {}, [4], ScoringOptions(), teams=True)
    assert answers[0].points == 0 and answers[0].streak == 0 and not answers[0].answered


def test_time_added_by_the_teacher_keeps_the_buzzer_at_half():
    q = _number_question()
    answers = score_question(q, {0: (_option(q, "1990"), 30.0)}, [0], ScoringOptions(), teams=True, time_limit=30)
    assert answers[0].base_points == 500


scoring_options = st.builds(ScoringOptions, speed=st.booleans(), streaks=st.booleans(),
                            points=st.sampled_from([0, 1000, 2000]))


@given(options=scoring_options, elapsed=st.floats(0, 300, allow_nan=False),
       limit=st.integers(5, 240), streak=st.integers(0, 50), correct=st.booleans())
def test_points_are_never_negative_nor_above_the_maximum(options, elapsed, limit, streak, correct):
    base = points_for(correct, options.points, elapsed, limit, options.speed)
    bonus = streak_bonus(streak + 1, options.streaks, options.points) if correct else 0
    assert 0 <= base + bonus <= max_points(options.points, options.streaks)
    if correct and options.points:
        assert base >= options.points // 2


@given(a=st.floats(0, 240, allow_nan=False), b=st.floats(0, 240, allow_nan=False))
def test_a_faster_answer_never_scores_less(a, b):
    fast, slow = sorted((a, b))
    assert speed_points(1000, fast, 240) >= speed_points(1000, slow, 240)


@given(st.lists(st.booleans(), max_size=40))
def test_streak_resets_on_a_wrong_answer(outcomes):
    q = prepare(1, mixed_pack(), mixed_pack().question("choice-0"), seed=1, teams=False, time_limit=None, points=None)
    streak = 0
    for right in outcomes:
        response = q.correct_option if right else (q.correct_option + 1) % len(q.options)
        (answer,) = score_question(q, {0: (response, 1.0)}, [streak], ScoringOptions(), teams=False)
        expected = streak + 1 if right else 0
        assert answer.streak == expected
        assert answer.streak_bonus == (min(100 * (expected - 1), 500) if right else 0)
        streak = answer.streak


@pytest.mark.parametrize("points", [0, 1000, 2000])
def test_max_points_is_full_points_plus_the_capped_streak(points):
    assert max_points(points, True) == (points + 500 if points else 0)
    assert max_points(points, False) == points
