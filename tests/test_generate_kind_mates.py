"""Wrong options a text names where no question asks about them: the kinds of a key term's head
that open a sentence ("Coastal lakes, such as ..., form ..."), and a verb's base that names a kind
as a describing word would ("reverse faults" beside "normal faults"). Every sentence is made up."""

from __future__ import annotations

from game.generate.distractors import a_verb_naming_a_kind, divided_another_way
from game.generate.facts import build_context, spans_of
from game.generate.document import document_from_bytes
from game.generate.kinds import Context
from game.generate.terms import kind_mates
from tests.generate_helpers import text_facts

LAKES = ("Lakes cover a small part of the land in the northern valleys. "
         "Many of the small round ponds on the plain were explained as glacial lakes, left where blocks of ice melted. "
         "The wide shallow lakes in the south were explained as volcanic lakes, filling old craters. "
         "Coastal lakes, such as the one near Harnsby, form where a sand bar cuts off a bay. "
         "Crater lakes fill the old volcanoes of the western hills. "
         "Artificial lakes store water for the towns. "
         "Many lakes freeze in the coldest winters.")

FAULTS = ("Faults are long cracks in the crust of the planet. "
          "The steep cliffs along the northern coast were explained as normal faults, where one block drops down. "
          "The ridges of the inland hills were explained as reverse faults, where one block rides up over another. "
          "Tear faults, such as the Carrow fault, cut across the ranges of hills. "
          "Growth faults form in thick mud near the delta.")


def _mates(text: str) -> list[str]:
    document = document_from_bytes(text.encode(), "t.txt")
    context = build_context([document])
    return [span.text for _i, span in kind_mates([s.text for s in document.sentences], spans_of(document, context),
                                                 context)]


def test_kinds_of_a_terms_head_that_open_a_sentence_are_found_in_lower_case():
    # never "many lakes" (a common word) nor "crater lakes" (named by a noun: divided another way, perhaps)
    assert _mates(LAKES) == ["coastal lakes", "artificial lakes"]


def test_no_kinds_are_found_for_a_head_only_one_term_ends_with():
    text = ("The wide shallow lakes in the south were explained as volcanic lakes, filling old craters. "
            "Coastal lakes, such as the one near Harnsby, form where a sand bar cuts off a bay.")
    assert _mates(text) == []


def test_a_kind_named_as_a_subject_is_a_wrong_option_for_a_kind_asked_about():
    [fact] = [f for f in text_facts(LAKES) if f.answer == "volcanic lakes" and f.question]
    assert set(fact.wrong) == {"glacial lakes", "coastal lakes", "artificial lakes"}


def test_a_verbs_base_names_a_kind_as_a_describing_word_does():
    context = Context.empty()
    assert a_verb_naming_a_kind("reverse", context)
    assert not a_verb_naming_a_kind("growth", context)
    assert not a_verb_naming_a_kind("reverse", None)
    assert not divided_another_way("normal faults", "reverse faults", context)
    assert divided_another_way("normal faults", "growth faults", context)
    context.common_nouns.add("reverse")  # the text writes "the reverse": a noun of its own
    assert divided_another_way("normal faults", "reverse faults", context)


def test_a_kind_named_by_a_verb_is_offered_beside_one_named_by_a_describing_word():
    [fact] = [f for f in text_facts(FAULTS) if f.answer == "normal faults" and f.question]
    assert "reverse faults" in fact.wrong
    assert "growth faults" not in fact.wrong  # divided by what makes them, it may be a normal fault too
