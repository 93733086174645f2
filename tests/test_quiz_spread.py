"""Question types are spread through a session, and a correction that changes nothing is not
recorded as one."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.quiz import FakeClock, Mode, PointsAdjusted, Session, SessionConfig
from game.quiz.selection import select_questions
from quizpacks import mixed_pack

SEEDS = range(40)


def types_of(seed: int, count: int = 12, packs=None, types=None) -> list[str]:
    config = SessionConfig(packs=packs or (mixed_pack("a", 4), mixed_pack("b", 3)), question_count=count, seed=seed,
                           **({"types": types} if types else {}))
    return [q.type for q in select_questions(config, seed).questions]


@pytest.mark.parametrize("seed", SEEDS)
def test_no_two_questions_of_one_type_follow_each_other_when_another_could_go_between(seed):
    order = types_of(seed)
    assert all(a != b for a, b in zip(order, order[1:])), order


@pytest.mark.parametrize("seed", SEEDS)
def test_each_type_is_spread_through_the_session_not_clumped_at_one_end(seed):
    order = types_of(seed, count=12)
    for qtype, count in Counter(order).items():
        places = [i for i, t in enumerate(order) if t == qtype]
        gaps = [b - a for a, b in zip(places, places[1:])] + [places[0] + 1, len(order) - places[-1]]
        assert max(gaps) <= 2 * len(order) / count, (qtype, order)


@given(st.integers(0, 10**6))
@settings(max_examples=40, deadline=None)
def test_spreading_keeps_the_same_questions_and_the_same_seed_gives_the_same_order(seed):
    config = SessionConfig(packs=(mixed_pack("a", 4),), question_count=10, seed=seed)
    first = [q.key for q in select_questions(config, seed).questions]
    second = [q.key for q in select_questions(config, seed).questions]
    assert first == second and len(set(first)) == len(first) == 10


def test_taking_points_from_a_total_of_0_changes_nothing_and_records_nothing():
    config = SessionConfig(packs=(mixed_pack("a", 2),), players=("A", "B"), mode=Mode.CLASSROOM, question_count=2,
                           seed=1)
    session = Session(config, FakeClock())
    events = []
    session.subscribe(events.append)
    taken = session.adjust(1, -100, "teacher")
    assert (taken.points, taken.requested) == (0, -100)
    assert session.adjustments == [] and not any(isinstance(e, PointsAdjusted) for e in events)
    session.adjust(1, 60, "teacher")
    partly = session.adjust(1, -100, "teacher")
    assert partly.points == -60 and session.players[1].score == 0
    assert [a.points for a in session.adjustments] == [60, -60]
