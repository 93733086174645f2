"""The wh-placement rules: every rule carries an example in its docstring, and every example
is what the whole generator writes for its sentence."""

from __future__ import annotations

import pytest

from game.generate import document_from_bytes
from game.generate.pipeline import collect_facts
from game.generate.rules import FAMILY_RULES, all_rules
from game.generate.rules.base import examples_of, rule_list

CASES = [(rule.name, example) for rule in all_rules() for example in rule.examples]


def _facts(sentence: str):
    return collect_facts([document_from_bytes(sentence.encode(), "example.txt")], ["example"])


@pytest.mark.parametrize("name, example", CASES, ids=[f"{name}-{n}" for n, (name, _e) in enumerate(CASES)])
def test_every_rule_example_is_what_the_generator_writes(name, example):
    about = [f for f in _facts(example.sentence) if f.answer == example.answer]
    assert about, f"{name}: no candidate fact has the answer {example.answer!r}"
    if example.question is None:
        assert not any(f.question for f in about), [f.question for f in about]
        assert any(f.rule == name for f in about), [f.rule for f in about]
    else:
        written = [f for f in about if f.question == example.question]
        assert written, [(f.question, f.rule) for f in about]
        assert any(name == f.rule or name in f.widened_by for f in written), [(f.rule, f.widened_by) for f in written]


def test_every_rule_has_an_example_and_a_unique_name():
    rules = all_rules()
    assert all(rule.examples for rule in rules)
    names = [rule.name for rule in rules]
    assert len(names) == len(set(names))


def test_every_family_of_answers_has_its_rules():
    assert {"people", "places", "organisations", "events", "things", "times", "amounts", "terms"} <= set(FAMILY_RULES)


def test_a_rule_without_an_example_is_refused_when_it_is_written():
    _rules, rule = rule_list("game.generate.rules.draft")
    with pytest.raises(ValueError, match="draft.untested has no example"):
        @rule
        def untested(slot):
            """Says why, but shows nothing."""
            return None


def test_examples_are_read_from_the_docstring_form():
    doc = '''Why the rule exists.

    Example:
        The river Rhine flows north.
        -> Which river flows north?  [Rhine]

    Example:
        Denver and Houston grew.
        -> no question  [Denver]
    '''
    first, second = examples_of(doc)
    assert (first.sentence, first.question, first.answer) == ("The river Rhine flows north.", "Which river flows north?", "Rhine")
    assert second.question is None and second.answer == "Denver"


@pytest.mark.parametrize("name, family, tag, noun", [
    ("person", "people", "people", None),
    ("city", "places", "places", "city"),
    ("mountain range", "places", "places", "mountain range"),
    ("space agency", "organisations", "organisations", "space agency"),
    ("war", "events", "events", "war"),
    ("spacecraft", "things", "things", "spacecraft"),
    ("barrier", "things", "things", "barrier"),  # a kind the text itself gives ("the barrier")
    ("year", "times", "dates", None),
    ("count", "amounts", "numbers", None),
    ("term", "terms", "terms", "term"),
])
def test_the_kind_registry_says_what_each_kind_of_answer_is(name, family, tag, noun):
    from game.generate.kinds import kind_of

    kind = kind_of(name)
    assert (kind.family, kind.tag, kind.noun) == (family, tag, noun)


def test_numbers_are_the_times_and_amounts_that_have_a_value():
    from game.generate.kinds import Span

    assert [Span(0, 1, "x", k).is_number for k in ("year", "date", "century", "count", "money", "city")] == \
        [True, False, True, True, True, False]


def test_word_sets_are_read_from_the_data_file_with_spaces_inside_entries():
    from game.generate.lexicon import word_map, word_set

    assert "united kingdom" in word_set("well_known_countries")
    assert {"of", "between", "towards"} <= word_set("prepositions")
    assert word_map("head_kinds")["mountains"] == "mountain range"
    with pytest.raises(KeyError):
        word_set("no_such_set")
