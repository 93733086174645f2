"""libyaml writes the questions it lays out exactly as the pure-Python emitter would; a pack's
bytes never depend on which emitter is installed."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from game.packs import dump as D
from game.packs.load import load_pack

pytestmark = pytest.mark.skipif(getattr(yaml, "CSafeDumper", None) is None, reason="PyYAML without libyaml")


def _both(data: dict) -> tuple[str, str]:
    fast = D.dump_pack_data(data)
    saved = D._CSafeDumper
    D._CSafeDumper = None
    try:
        slow = D.dump_pack_data(data)
    finally:
        D._CSafeDumper = saved
    return fast, slow


text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=140)
words = st.lists(st.sampled_from(["Sochi", "Black Sea", "l'Aquila", "Zürich", "a: b", "#1", "- x", "yes", "null",
                                  "1996", "3.5", "“quoted”", "it's", "O'Brien", "ümlaut", "x" * 95]),
                 min_size=1, max_size=12).map(" ".join)
question = st.fixed_dictionaries({
    "id": st.from_regex(r"[a-z][a-z0-9-]{0,30}", fullmatch=True),
    "type": st.sampled_from(["choice", "text"]),
    "prompt": st.one_of(text, words),
    "answer": st.one_of(text, words, st.integers(), st.booleans()),
    "wrong": st.lists(st.one_of(text, words, st.integers()), max_size=4),
    "tags": st.lists(st.sampled_from(["places", "people", "dates"]), max_size=2),
    "source": st.fixed_dictionaries({"doc": st.just("doc-1"), "quote": st.one_of(text, words)}),
    "meta": st.fixed_dictionaries({"confidence": st.floats(0, 1), "doubts": st.lists(st.sampled_from(["pronoun", "detail"]))}),
})


@settings(max_examples=60, deadline=None)
@given(st.lists(question, min_size=1, max_size=4))
def test_any_questions_give_the_same_bytes_from_either_emitter(questions):
    data = {"relayquiz": 1, "id": "p", "title": "T", "language": "en",
            "defaults": {"time_limit": 20, "points": 1000}, "questions": questions}
    fast, slow = _both(data)
    assert fast == slow


def test_the_shipped_packs_give_the_same_bytes_from_either_emitter():
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parent.parent / "questions").glob("*.yaml")):
        fast, slow = _both(D.pack_to_data(load_pack(path)))
        assert fast == slow, path
