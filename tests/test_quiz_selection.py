from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.quiz.config import ConfigError, Mode, QuestionKey, SessionConfig
from game.quiz.selection import select_questions
from quizpacks import mixed_pack, single_type_pack


def _keys(selection):
    return [q.key for q in selection.questions]


def test_same_seed_gives_the_same_questions_and_option_order():
    config = SessionConfig(packs=(mixed_pack("a"), mixed_pack("b")), question_count=10)
    first, second = select_questions(config, 42), select_questions(config, 42)
    assert _keys(first) == _keys(second)
    assert [q.options for q in first.questions] == [q.options for q in second.questions]


def test_other_seeds_give_other_selections():
    config = SessionConfig(packs=(mixed_pack("a"), mixed_pack("b")), question_count=10)
    assert len({tuple(_keys(select_questions(config, seed))) for seed in range(10)}) > 1


@given(seed=st.integers(0, 2**31), count=st.integers(1, 40))
@settings(max_examples=50)
def test_no_question_repeats_within_a_session(seed, count):
    pack = mixed_pack("a", 5)
    config = SessionConfig(packs=(pack, pack, mixed_pack("b")), question_count=count)
    keys = _keys(select_questions(config, seed))
    assert len(keys) == len(set(keys)) == min(count, 32)  # 20 distinct in a, 12 in b


def test_packs_and_types_are_spread_evenly():
    config = SessionConfig(packs=(mixed_pack("a", 5), mixed_pack("b", 5)), question_count=8)
    for seed in range(20):
        questions = select_questions(config, seed).questions
        assert Counter(q.pack.id for q in questions) == {"a": 4, "b": 4}
        assert set(Counter(q.type for q in questions).values()) == {2}


def test_a_small_pack_gives_what_it_has_and_the_big_one_the_rest():
    config = SessionConfig(packs=(single_type_pack("small", "choice", 2), mixed_pack("big", 5)), question_count=10)
    counts = Counter(q.pack.id for q in select_questions(config, 3).questions)
    assert counts == {"small": 2, "big": 8}


def test_numbers_are_one_to_n_in_play_order():
    selection = select_questions(SessionConfig(packs=(mixed_pack(),), question_count=7), 5)
    assert [q.number for q in selection.questions] == list(range(1, 8))


def test_type_and_difficulty_filters_apply():
    config = SessionConfig(packs=(mixed_pack(),), question_count=50, types=("choice", "text"), difficulties=("easy",))
    selection = select_questions(config, 1)
    assert {q.type for q in selection.questions} == {"choice"}
    assert selection.matching == 3


def test_a_question_without_difficulty_counts_as_medium():
    config = SessionConfig(packs=(mixed_pack(),), question_count=50, types=("text",), difficulties=("medium",))
    assert len(select_questions(config, 1).questions) == 3


def test_too_few_questions_says_how_many_short():
    selection = select_questions(SessionConfig(packs=(mixed_pack("a", 1),), question_count=10), 1)
    assert len(selection.questions) == 4 and selection.short_by == 6


def test_team_modes_play_number_and_text_as_choices_and_skip_those_without_options():
    config = SessionConfig(packs=(mixed_pack("a", 4),), players=("A", "B"), mode=Mode.PARTY, question_count=100)
    selection = select_questions(config, 9)
    assert selection.unplayable == 4          # number-1, number-3, text-1, text-3
    assert all(q.options for q in selection.questions)
    number = next(q for q in selection.questions if q.type == "number")
    assert sorted(number.options) == sorted(["1990", "1980", "1995", "2000"]) or number.question.id != "number-0"
    assert number.options[number.correct_option] == str(int(number.question.answer))


def test_solo_mode_types_number_and_text_answers():
    selection = select_questions(SessionConfig(packs=(mixed_pack(),), question_count=100), 9)
    typed = {q.type for q in selection.questions if q.typed}
    assert typed == {"number", "text"}
    assert selection.unplayable == 0


def test_true_false_options_keep_their_order():
    selection = select_questions(SessionConfig(packs=(mixed_pack(),), types=("truefalse",), question_count=3), 9)
    for q in selection.questions:
        assert q.options == ("True", "False")
        assert q.correct_option == (0 if q.question.answer else 1)


def test_option_order_depends_on_the_seed_not_on_what_else_was_picked():
    pack = mixed_pack("a", 5)
    one = SessionConfig(packs=(pack,), question_count=20, types=("choice",))
    two = SessionConfig(packs=(pack,), question_count=20)
    orders_one = {q.key: q.options for q in select_questions(one, 4).questions}
    orders_two = {q.key: q.options for q in select_questions(two, 4).questions}
    for key, options in orders_one.items():
        assert orders_two[key] == options
    shuffled = {tuple(q.options) for s in range(10) for q in select_questions(one, s).questions if q.key == QuestionKey("a", "choice-0")}
    assert len(shuffled) > 1


def test_a_fixed_list_is_played_in_its_order():
    keys = (QuestionKey("a", "tf-2"), QuestionKey("a", "choice-0"), QuestionKey("a", "missing"))
    config = SessionConfig(packs=(mixed_pack("a"),), only=keys, question_count=3)
    assert _keys(select_questions(config, 1)) == list(keys[:2])


def test_time_limit_override_and_points_option_apply_to_every_question():
    from game.quiz.config import ScoringOptions
    config = SessionConfig(packs=(mixed_pack(time_limit=15),), question_count=5, time_limit=45,
                           scoring=ScoringOptions(points=2000))
    assert {(q.time_limit, q.points) for q in select_questions(config, 1).questions} == {(45, 2000)}
    plain = SessionConfig(packs=(mixed_pack(time_limit=15),), question_count=5)
    assert {(q.time_limit, q.points) for q in select_questions(plain, 1).questions} == {(15, 1000)}


def test_the_players_default_time_applies_only_where_the_pack_gives_none():
    pack = mixed_pack(time_limit=20)                     # the format's default: no time of its own
    pack.questions[0].time_limit = 12                    # ... but this question has one
    config = SessionConfig(packs=(pack,), question_count=len(pack.questions), default_time_limit=35)
    times = {q.question.id: q.time_limit for q in select_questions(config, 1).questions}
    assert times.pop(pack.questions[0].id) == 12
    assert set(times.values()) == {35}


def test_a_pack_default_of_its_own_beats_the_players_default():
    config = SessionConfig(packs=(mixed_pack(time_limit=45),), question_count=5, default_time_limit=35)
    assert {q.time_limit for q in select_questions(config, 1).questions} == {45}


def test_a_time_the_player_picks_for_the_game_beats_every_default():
    pack = mixed_pack(time_limit=45)
    pack.questions[0].time_limit = 12
    config = SessionConfig(packs=(pack,), question_count=len(pack.questions), time_limit=60, default_time_limit=35)
    assert {q.time_limit for q in select_questions(config, 1).questions} == {60}


def test_a_default_time_out_of_range_is_refused_with_the_range():
    with pytest.raises(ConfigError, match="default time limit must be 5 to 240 seconds, not 500"):
        SessionConfig(packs=(mixed_pack(),), default_time_limit=500)


def test_a_question_with_many_wrong_options_shows_the_answer_and_three_of_them():
    pack = mixed_pack("a", 1)
    pack.questions[0].wrong = ["w1", "w2", "w3", "w4", "w5"]
    shown = set()
    for seed in range(30):
        (q,) = select_questions(SessionConfig(packs=(pack,), types=("choice",), question_count=1), seed).questions
        assert len(q.options) == 4 and q.options[q.correct_option] == "Right 0"
        shown |= set(q.options)
    assert shown == {"Right 0", "w1", "w2", "w3", "w4", "w5"}


def _sentence_pack(sentences: int, per_sentence: int):
    from game.packs.model import ChoiceQuestion, Citation, Pack

    questions = [
        ChoiceQuestion(id=f"s{s}-q{q}", prompt=f"Sentence {s}, blank {q}?", answer=f"A{s}{q}",
                       wrong=[f"W{s}{q}a", f"W{s}{q}b", f"W{s}{q}c"],
                       source=Citation(doc="doc-1", quote=f"The sentence  number {s} names A{s}0 to A{s}{per_sentence - 1}."))
        for s in range(sentences) for q in range(per_sentence)
    ]
    return Pack(id="sentences", title="Sentences", questions=questions)


def test_a_session_takes_one_question_per_source_sentence_while_others_are_left():
    config = SessionConfig(packs=(_sentence_pack(6, 3),), question_count=6)
    for seed in range(25):
        questions = select_questions(config, seed).questions
        sentences = [q.question.source.quote for q in questions]
        assert len(questions) == 6 and len(set(sentences)) == 6, (seed, [q.key for q in questions])


def test_questions_of_one_sentence_share_a_session_when_nothing_else_is_left():
    config = SessionConfig(packs=(_sentence_pack(2, 3),), question_count=5)
    for seed in range(10):
        questions = select_questions(config, seed).questions
        assert len(questions) == 5
        assert len({q.question.source.quote for q in questions}) == 2


def test_questions_without_a_quote_are_never_held_back():
    config = SessionConfig(packs=(mixed_pack("a", 4),), question_count=16)
    assert len(select_questions(config, 3).questions) == 16


def _clone_with_types(pack, pack_id, retype):
    """`pack` under another id, with some questions' difficulty changed (same question ids)."""
    import copy

    clone = copy.deepcopy(pack)
    clone.id = pack_id
    for question in clone.questions:
        if question.type in retype:
            question.difficulty = retype[question.type]
    return clone


TALLY_PACK_SETS = {
    "one pack": lambda: (mixed_pack("a", 4),),
    "two packs": lambda: (mixed_pack("a", 4), mixed_pack("b", 3)),
    "a pack chosen twice": lambda: (mixed_pack("a", 4), mixed_pack("b", 2), mixed_pack("a", 4)),
    # The same pack id twice with other difficulties: the first copy the filters let through counts.
    "one id, two versions": lambda: (mixed_pack("a", 3), _clone_with_types(mixed_pack("a", 3), "a",
                                                                           {"choice": "hard", "number": None})),
}


@pytest.mark.parametrize("packs", TALLY_PACK_SETS.values(), ids=TALLY_PACK_SETS.keys())
@given(types=st.sets(st.sampled_from(("choice", "truefalse", "number", "text")), min_size=1),
       difficulties=st.one_of(st.none(), st.sets(st.sampled_from(("easy", "medium", "hard")), min_size=1)),
       count=st.integers(1, 40), teams=st.booleans())
@settings(max_examples=40, deadline=None)
def test_a_tally_counts_what_picking_would_play(packs, types, difficulties, count, teams):
    from game.quiz.selection import QuestionTally

    config = SessionConfig(packs=packs(), question_count=count, types=tuple(sorted(types)),
                           difficulties=None if difficulties is None else tuple(sorted(difficulties)),
                           mode=Mode.CLASSROOM if teams else Mode.SOLO,
                           players=("Ada", "Ben") if teams else ("Solo",))
    picked = select_questions(config, 7)
    counted = QuestionTally(config.packs, config.picks_options).outlook(config)
    assert (counted.played, counted.matching, counted.unplayable, counted.short_by) == (
        picked.played, picked.matching, picked.unplayable, picked.short_by)


def test_a_tally_answers_only_for_the_packs_and_mode_it_counted():
    from dataclasses import replace

    from game.quiz.selection import QuestionTally

    config = SessionConfig(packs=(mixed_pack("a"),), question_count=5)
    tally = QuestionTally(config.packs, config.picks_options)
    assert tally.counted(config) and tally.counted(replace(config, types=("choice",), question_count=9))
    other_copy = replace(config, packs=(mixed_pack("a"),))     # equal, but not the packs counted
    assert not tally.counted(other_copy)
    with pytest.raises(ValueError):
        tally.outlook(other_copy)
