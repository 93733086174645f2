"""Wrong options of the answer's kind by what the text itself says, and prompts with one answer:
a kind divided two ways, a genus the answer's own name carries, a person's own other name, a
state that held around a year, a place that holds the place before it, a kind narrowed only by
where it is found, a country that is part of a larger one. Every sentence is made up."""

from __future__ import annotations

from game.generate.distractors import divided_another_way, one_of_own_names, options_for
from game.generate.facts import holds_the_place_before, state_at_year
from game.generate.kinds import COUNTRY, PERSON, YEAR, Context, Span
from game.generate.pool import Pool
from game.generate.rules.definitions import only_where_found
from tests.generate_helpers import text_facts


def _year_span(text: str, year: str) -> Span:
    at = text.index(year)
    return Span(at, at + len(year), year, YEAR, value=float(year))


# A state given as a bound at a year held in the years around it: the year is not asked.

def test_a_bounded_state_in_a_year_is_a_state_of_several_years():
    for text, year in (
            ("Fewer than 3 in every 100 farms in Harnsby had a tractor in 1931.", "1931"),
            ("In 1952 only a quarter of the homes on the estate owned a television.", "1952"),
            ("Only 40 families still lived on the island of Carrow in 1961, down from 300.", "1961"),
            ("More than half of the valley's workers were miners in 1890.", "1890")):
        assert state_at_year(text, _year_span(text, year)), text


def test_an_event_in_a_year_is_no_state():
    for text, year in (
            ("More than 200 people died in the Harnsby mill fire in 1910.", "1910"),
            ("Only two ships were built at the Carrow yard in 1923.", "1923"),
            ("The bridge over the Lyde opened in 1874.", "1874")):
        assert not state_at_year(text, _year_span(text, year)), text


def test_the_year_of_a_bounded_state_is_stated_true_but_never_asked():
    text = ("Fewer than 3 in every 100 farms in Harnsby had a tractor in 1931. "
            "The first tractor dealer opened in the town in 1936.")
    facts = [f for f in text_facts(text) if f.answer == "1931"]
    assert facts
    for fact in facts:
        assert fact.question is None, fact.question
        assert not fact.false_statements, fact.false_statements
    assert any(f.question for f in text_facts(text) if f.answer == "1936")


# "X in which place?" for the place X sits in: the county, the country and the region all fit.

def test_the_place_a_named_place_sits_in_is_a_holder():
    for text, answer in (("Slate was quarried at Honister in Cumbria for centuries.", "Cumbria"),
                         ("The old lighthouse stands at Skell Point, Norbury, above the bay.", "Norbury"),
                         ("A hoard of coins was found near Tarrow in the Vale of Esk.", "Vale of Esk")):
        at = text.index(answer)
        assert holds_the_place_before(text, Span(at, at + len(answer), answer, "place")), text
    text = "Dvorak was born in Nelahozeves in 1841."
    at = text.index("Nelahozeves")
    assert not holds_the_place_before(text, Span(at, at + 11, "Nelahozeves", "place"))


def test_a_holder_is_not_asked_as_which_place():
    text = ("In the 1560s a large seam of pure slate was found at Honister in Kellerdale. "
            "The slate was used for roofs across the north.")
    for fact in text_facts(text):
        if fact.question and fact.answer == "Kellerdale":
            assert "which place" not in fact.question.lower(), fact.question


# A kind narrowed only by where it is found is no definition of one term.

def test_a_kind_narrowed_only_by_where_it_is_found_names_no_one_term():
    assert only_where_found("an enzyme found in almost all organisms that use oxygen", "enzyme")
    assert only_where_found("a grass common on chalk downs in the south", "grass")
    assert only_where_found("a protein that is present in the blood of all mammals", "protein")
    assert not only_where_found("a wide bend in a river", "bend")
    assert not only_where_found("an enzyme that breaks down starch into sugars", "enzyme")


def test_such_a_description_is_stated_true_but_not_asked_for_its_term():
    text = ("Lipase is an enzyme found in the small intestine of most mammals. "
            "It breaks fats down into fatty acids and glycerol.")
    facts = [f for f in text_facts(text) if f.answer == "lipase"]
    assert facts
    for fact in facts:
        assert fact.question is None and not fact.false_statements, (fact.question, fact.false_statements)
    assert any(f.statement and "found in the small intestine" in f.statement for f in facts)


# A compound "X cells" is a kind of cell; "organelles" is not, and "leaf cells" may be X cells too.

def test_a_kind_divided_another_way_may_be_the_answer_too():
    context = Context.empty()
    context.common_nouns.update({"plant", "animal", "muscle"})
    assert divided_another_way("eukaryotic cells", "leaf cells", context)
    assert divided_another_way("igneous rocks", "mountain rocks", context)
    assert divided_another_way("skeletal muscles", "arm muscles", context)
    assert divided_another_way("eukaryotic cells", "plant cells", context)  # the text writes "the plant"
    assert not divided_another_way("eukaryotic cells", "prokaryotic cells", context)
    assert not divided_another_way("oxbow lake", "ribbon lake", context)
    assert not divided_another_way("igneous rock", "sedimentary rock", context)


def test_a_defined_kind_of_cell_is_offered_only_other_kinds_of_cell():
    text = ("# Tissues\n\n"
            "Cells that carry oxygen around the body are called **red blood cells**. "
            "Cells that fight infection are called **white blood cells**. "
            "Nerve cells carry signals along the spinal cord. "
            "Each cell contains tiny structures called **organelles**. "
            "Enzymes are proteins that speed up reactions.\n")
    facts = [f for f in text_facts(text, "t.md") if f.answer == "red blood cells" and f.question]
    assert facts
    for fact in facts:
        assert "organelles" not in fact.wrong and "enzymes" not in fact.wrong, fact.wrong
        assert all(w.split()[-1] == "cells" for w in fact.wrong), fact.wrong
        assert "nerve cells" not in fact.wrong and "Nerve cells" not in fact.wrong, fact.wrong


def test_a_rock_defined_by_its_making_is_not_offered_a_rock_named_for_where_it_is():
    text = ("# Rocks\n\n"
            "Rocks that form when lava cools quickly are called **extrusive rocks**. "
            "Rocks that form when magma cools slowly underground are called **intrusive rocks**. "
            "Mountain rocks are often broken by frost. "
            "Beach rocks are worn smooth by waves. "
            "Minerals are natural solids with a fixed chemical make-up.\n")
    for fact in text_facts(text, "t.md"):
        if fact.answer == "extrusive rocks" and fact.question:
            for option in fact.wrong:
                assert option.lower() not in ("mountain rocks", "beach rocks", "minerals"), fact.wrong


# A person's own other name is the same person.

def test_a_persons_own_surname_or_first_name_is_no_option_for_them():
    context = Context.empty()
    context.people.update({"clara": "Clara Pennock", "pennock": "Clara Pennock"})
    assert one_of_own_names("Clara", "Pennock", context)
    assert one_of_own_names("Pennock", "Clara", context)
    assert one_of_own_names("Ada Lovelace", "Lovelace", None)
    assert not one_of_own_names("Clara", "Josiah", context)
    assert not one_of_own_names("Clara", "Margaret Pennock", context)


def test_a_first_name_asked_is_never_offered_the_family_name():
    text = ("Mabel Thwaite opened a tea room on Carr Lane in 1921. "
            "The Thwaite family ran it for forty years. "
            "Mabel's lemon cake recipe was printed in the Dales Post in 1930, and Frank Dobb painted the sign. "
            "Lily Crabtree bought the building in 1962.")
    for fact in text_facts(text):
        if fact.span.kind == PERSON:
            offered = fact.wrong + [w for _s, w in fact.false_statements]
            own = set(fact.answer.split()) | ({"Thwaite"} if fact.answer.startswith("Mabel") else set())
            assert not own & set(offered), (fact.answer, offered)


# A country that is one part of a larger one is offered the other parts, not far-off nations.

def test_a_part_of_a_country_is_offered_its_fellow_parts_first():
    pool = Pool()
    pool.finish()
    parts = {"England", "Scotland", "Wales", "Northern Ireland"}
    for answer in ("England", "Scotland"):
        span = Span(0, len(answer), answer, COUNTRY, group="Europe")
        options = options_for(span, pool, 0, 3, "seed")
        assert set(options) == parts - {answer}, options
    # "Northern Ireland" is of a length a player tells from "Wales" at a glance: the parts that
    # fit come first, then a nation of the continent
    options = options_for(Span(0, 5, "Wales", COUNTRY, group="Europe"), pool, 0, 3, "seed")
    assert set(options[:2]) == {"England", "Scotland"} and len(options) == 3, options


def test_a_whole_country_is_not_offered_a_part_of_another_size():
    pool = Pool()
    pool.finish()
    for answer in ("Britain", "United Kingdom", "France"):
        span = Span(0, len(answer), answer, COUNTRY, group="Europe")
        options = options_for(span, pool, 0, 3, "seed")
        assert not {"England", "Scotland", "Wales", "Northern Ireland"} & set(options), (answer, options)
