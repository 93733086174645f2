"""The last word before a place is matched where it begins, and that finds exactly what
searching the whole text before the place finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from game.generate.lastword import last_word_start
from game.generate.rules.base import word_before

PLAIN = re.compile(r"(\w+)\s*$")
WITH_APOSTROPHES = re.compile(r"([\w'\u2019]+)\s*$")

# Words, spaces of every kind, marks, and the characters on the edge of `\w`.
CHARACTERS = st.sampled_from(list("ab Z9_'\u2019,.-\t\n\u00a0\u2003\u00e9\u0661\u00b2\u2167\u0301()"))
TEXTS = st.lists(CHARACTERS, max_size=40).map("".join)


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


@settings(max_examples=400)
@given(TEXTS, st.data())
def test_matching_where_the_last_word_begins_finds_what_a_search_finds(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for pattern, marks in ((PLAIN, ""), (WITH_APOSTROPHES, "'\u2019")):
        fast = pattern.match(text, last_word_start(text, start, end, marks), end)
        assert _same(fast, pattern.search(text, start, end)), (text, start, end, marks)


def test_the_word_before_an_answer():
    text = "The cosmonauts Oleg Kotov and Sergei Ryazansky"
    found = word_before(text, text.index("Oleg"))
    assert found.group(1) == "cosmonauts" and found.end() == text.index("Oleg")
    assert word_before("Ryazansky's  torch", len("Ryazansky's  ")).group(1) == "Ryazansky's"
    assert word_before("(as he said, ", 13) is None  # a comma ends the text, not a word
    assert word_before("", 0) is None
