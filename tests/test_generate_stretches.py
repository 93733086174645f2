"""A long input is read a stretch of sentences at a time: only one stretch's facts are held at
once, the pack stays valid and deterministic, and a count is still met."""

from __future__ import annotations

import gc

import pytest

from game.generate import GenerateOptions, document_from_bytes, generate_pack
from game.generate import pipeline
from game.generate.facts import Fact
from game.generate.select import choose_in_stretches
from game.packs.dump import dump_pack
from game.packs.load import load_pack_text
from tests.generate_helpers import DATA, NEWS

TYPES = ("choice", "truefalse", "number", "text")


def _long_text() -> bytes:
    return b"\n\n".join((DATA / name).read_bytes() for name in NEWS)


@pytest.fixture
def short_stretches(monkeypatch):
    monkeypatch.setattr(pipeline, "STRETCH", 4)


def _live_facts() -> set[int]:
    gc.collect()
    return {id(item) for item in gc.get_objects() if isinstance(item, Fact)}


def _stretches(text: bytes):
    document = document_from_bytes(text, "long.txt")
    return pipeline.fact_stretches([document], ["doc-long"])


def test_a_long_document_comes_in_several_stretches_of_its_facts(short_stretches):
    document = document_from_bytes(_long_text(), "long.txt")
    stretches = list(pipeline.fact_stretches([document], ["doc-long"]))
    assert len(stretches) >= 5
    orders = [fact.order for stretch in stretches for fact in stretch]
    assert len(orders) == len(set(orders))
    # Every stretch is a run of neighbouring sentences, in document order.
    assert [max(f.sentence.index for f in s) for s in stretches] == sorted(max(f.sentence.index for f in s)
                                                                           for s in stretches)
    whole = pipeline.collect_facts([document], ["doc-long"])
    assert [f.order for f in whole] == orders


def test_choosing_without_a_count_holds_one_stretch_of_facts_at_a_time(short_stretches):
    live, sizes = [], []

    def watched():
        for stretch in _stretches(_long_text()):
            live.append(_live_facts())
            sizes.append(len(stretch))
            yield stretch
            del stretch

    chosen = choose_in_stretches(watched(), None, TYPES, 0)
    assert len(live) >= 5 and chosen
    kept = {id(fact) for fact, _t, _truth in chosen}
    assert len(kept) == len(chosen)
    # Besides the facts of chosen questions, only the stretch being read and the one before live,
    # and the few best of each document kept in case none of its facts is confident enough.
    from game.generate.select import SPARE

    for index, alive in enumerate(live):
        assert len(alive - kept) <= sizes[index] + (sizes[index - 1] if index else 0) + SPARE, index
    assert sum(sizes) > 2 * max(len(alive - kept) for alive in live)


def test_choosing_with_a_count_keeps_only_the_best_few_times_the_count(short_stretches, monkeypatch):
    from game.generate import select

    monkeypatch.setattr(select, "KEPT_PER_QUESTION", 1)
    monkeypatch.setattr(select, "KEPT_EXTRA", 6)
    live, sizes = [], []

    def watched():
        for stretch in _stretches(_long_text()):
            live.append(len(_live_facts()))
            sizes.append(len(stretch))
            yield stretch
            del stretch

    chosen = choose_in_stretches(watched(), 8, TYPES, 0, keep_all=True)
    assert len(chosen) == 8
    # The best 1 * 8 + 6 seen so far, the stretch being read and the one before.
    for index, alive in enumerate(live):
        assert alive <= 14 + sizes[index] + (sizes[index - 1] if index else 0), index
    assert max(live) < sum(sizes) * 0.75
    # The best facts are asked: nothing chosen ranks below a fact that was dropped for room.
    everything = [f for s in _stretches(_long_text()) for f in s]
    assert min(f.best_confidence for f, _t, _truth in chosen) >= sorted((f.best_confidence for f in everything),
                                                                        reverse=True)[40]


def test_a_pack_read_in_stretches_is_valid_deterministic_and_meets_its_count(short_stretches):
    text = _long_text()
    first = dump_pack(generate_pack([document_from_bytes(text, "long.txt")]))
    again = dump_pack(generate_pack([document_from_bytes(text, "long.txt")]))
    assert first == again
    assert load_pack_text(first, "long.yaml").questions  # raises on any problem
    counted = generate_pack([document_from_bytes(text, "long.txt")], GenerateOptions(count=15, keep_all=True))
    assert len(counted.questions) == 15
    kinds = {q.type for q in counted.questions}
    assert {"choice", "truefalse"} <= kinds


def test_stretches_keep_the_rules_across_their_borders(short_stretches):
    """An answer asked in one stretch is not asked again in the next; true and false stay even."""
    text = _long_text()
    pack = generate_pack([document_from_bytes(text + b"\n\n" + text, "twice.txt")])
    prompts = [q.prompt for q in pack.questions]
    assert len(prompts) == len(set(prompts))
    truths = [q.answer for q in pack.questions if q.type == "truefalse"]
    assert abs(truths.count(True) - truths.count(False)) <= 2


@pytest.fixture
def nothing_frozen():
    """The collector as a fresh process has it, nothing frozen (an earlier test may have frozen
    a pack library), and again after the test."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_what_is_read_once_is_kept_from_the_collector_until_the_last_stretch(short_stretches, nothing_frozen):
    frozen_while_written = [gc.get_freeze_count() for _stretch in _stretches(_long_text())]
    assert len(frozen_while_written) >= 5 and min(frozen_while_written) > 0
    assert gc.get_freeze_count() == 0


def test_the_collector_is_given_back_when_reading_stops_early_or_fails(short_stretches, nothing_frozen, monkeypatch):
    stretches = _stretches(_long_text())
    next(stretches)
    assert gc.get_freeze_count() > 0
    stretches.close()
    assert gc.get_freeze_count() == 0

    def broken(*args, **kwargs):
        raise RuntimeError("a rule failed")

    monkeypatch.setattr(pipeline, "clause_facts", broken)
    with pytest.raises(RuntimeError):
        generate_pack([document_from_bytes(_long_text(), "long.txt")])
    assert gc.get_freeze_count() == 0


def test_generating_never_thaws_what_something_else_froze(nothing_frozen):
    library = [["a question"]]
    gc.freeze()  # as the game does with its pack library once it is read
    before = gc.get_freeze_count()
    assert not any(item is library for item in gc.get_objects())
    assert generate_pack([document_from_bytes(_long_text(), "long.txt")]).questions
    assert not any(item is library for item in gc.get_objects())  # still out of the collector's sight
    assert gc.get_freeze_count() <= before  # and nothing of the generation's was added
