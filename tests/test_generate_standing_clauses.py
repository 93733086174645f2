"""Prompts that need the document in three shapes the v5 documents showed: a clause rule's
statement about a part of something the document is about ("A full charge takes about ninety
minutes."), a service's rules asked without the service ("Books are lent for how many weeks?"
on a library's FAQ page) and a landmark whose name any town may have ("The Red Tower was built
around what year?" in a walk around York). Each test is on new sentences of the same shape."""

from __future__ import annotations

from game.generate import anchoring as A
from game.generate.confidence import THRESHOLD
from game.generate.kinds import CLAUSE_FAMILIES
from tests.generate_helpers import text_facts

# --- a clause rule's statement goes through the same stand-alone checks as any other

BUSES = ("Westmoor Buses orders electric fleet\n\n"
         "Westmoor Buses has ordered six electric buses from Caldwell Motors for its routes in Penrith. "
         "Each bus carries up to seventy passengers. A full recharge takes about four hours. "
         "The buses will enter service in March 2027.\n")

LESSON = ("Measuring the weather\n\n"
          "A thermometer measures the temperature of the air. A barometer measures air pressure.\n")


def _clause_facts(text: str, opening: str):
    facts = [f for f in text_facts(text) if f.rule.partition(".")[0] in CLAUSE_FAMILIES
             and (f.statement or "").startswith(opening)]
    assert facts, opening
    return facts


def test_a_clause_rules_statement_about_a_part_of_what_the_document_is_about_stays_out():
    # a recharge of what? which bus? Both ways of putting it point back.
    for opening in ("A full recharge", "Each bus"):
        for fact in _clause_facts(BUSES, opening):
            assert fact.statement_confidence < THRESHOLD, (fact.statement, fact.statement_confidence)
            assert "needs the document" in fact.statement_doubts
            if fact.question:  # "What does a full recharge do?" asks about the same thing
                assert fact.confidence < THRESHOLD, (fact.question, fact.confidence)
                assert "needs the document" in fact.doubts


def test_a_clause_rules_statement_about_a_kind_of_thing_still_stands_alone():
    for opening in ("A thermometer", "A barometer"):
        for fact in _clause_facts(LESSON, opening):
            assert fact.statement_confidence >= THRESHOLD, (fact.statement, fact.statement_confidence)
            assert "needs the document" not in fact.statement_doubts


# --- a service's rules are asked with the service named

FAQ = ("<html><head><title>Borrowing FAQ - Harbourside Library</title></head><body>"
       "<h1>Borrowing: your questions answered</h1>"
       "<p>Harbourside Library has three branches and a home delivery service for readers who cannot visit.</p>"
       "<h2>How long can I keep a book?</h2><p>Books are lent for four weeks. Members can renew a loan twice.</p>"
       "<h2>How many items can I take?</h2><p>Adults can borrow up to fifteen items at a time. "
       "Children can borrow up to ten items.</p></body></html>")


def test_a_service_s_rule_on_its_faq_page_is_asked_with_the_service_named():
    questions = [f.question for f in text_facts(FAQ, "faq.html") if f.question]
    assert "At Harbourside Library, books are lent for how many weeks?" in questions, questions
    assert "At Harbourside Library, adults can borrow up to how many items at a time?" in questions, questions
    assert "At Harbourside Library, children can borrow up to how many items?" in questions, questions
    assert not any(q.startswith(("Books are", "Adults can", "Children can")) for q in questions), questions


UNNAMED_FAQ = ("<html><head><title>Borrowing FAQ</title></head><body>"
               "<h1>Borrowing: your questions answered</h1>"
               "<h2>How long can I keep a book?</h2><p>Books are lent for four weeks. Members can renew a loan "
               "twice.</p><h2>How many items can I take?</h2><p>Adults can borrow up to fifteen items at a time. "
               "Children can borrow up to ten items.</p></body></html>")


def test_a_rule_on_a_questions_page_that_names_no_service_stays_out():
    facts = [f for f in text_facts(UNNAMED_FAQ, "faq.html") if f.question]
    rules = [f for f in facts if f.question.startswith(("Books are", "Adults can", "Children can"))]
    assert rules, [f.question for f in facts]
    for fact in rules:
        assert fact.confidence < THRESHOLD, (fact.question, fact.confidence)
        assert "needs the document" in fact.doubts
    # the same sentences in a lesson about kinds of things are no one's rules
    assert not A.questions_page("Owls and their prey", ["Owls hunt at night."])
    assert A.questions_page("Borrowing FAQ")


def test_only_one_service_named_at_the_top_is_written_in():
    assert A.document_service("Swimming lessons: a guide for parents",
                              ["Kelsall Swimming Club teaches children from the age of five."]) == \
        "Kelsall Swimming Club"
    # two services named, or none: nothing to write in
    assert A.document_service("Opening hours", ["Kelsall Library and Kelsall Museum share a building."]) == ""
    assert A.document_service("Plants and water", ["Plants lose water through their leaves."]) == ""
    # a prompt that names something already, or is not a present-tense rule, is left as it is
    for prompt in ("Visitors from Chester can join for a fee of how many pounds?",
                   "Members voted for a new roof in what year?",
                   "The first replacement card is free."):
        assert A.name_the_service(prompt, "Kelsall Library") == prompt
    assert A.name_the_service("Members can renew a loan how many times?", "Kelsall Library") == \
        "At Kelsall Library, members can renew a loan how many times?"


# --- a landmark whose name any town may have gets the town the guide is about

WALK = ("# Exploring Ludlow's Old Town: A Walking Guide\n\n"
        "This walk starts at the castle gate and takes about an hour.\n\n"
        "## The Old Bridge\n\n"
        "The Old Bridge was rebuilt around 1823 after a flood swept away the medieval bridge. "
        "From the Old Bridge the path climbs to the Buttercross, built in 1746.\n")


def test_a_landmark_with_a_name_any_town_may_have_gets_the_town_of_the_guide():
    facts = text_facts(WALK, "walk.md")
    questions = [f.question for f in facts if f.question]
    assert "Ludlow's Old Bridge was rebuilt around what year after a flood swept away the medieval bridge?" \
        in questions, questions
    assert not any("the Old Bridge" in text or "The Old Bridge" in text
                   for f in facts for text in (f.question or "", f.statement or "")), questions


def test_a_name_that_carries_its_place_or_is_its_own_is_left_alone():
    assert A.document_town("Exploring Ludlow's Old Town: A Walking Guide") == "Ludlow"
    assert A.document_town("A walk around Paris") == "Paris"
    assert A.document_town("Glaciers") == ""
    for prompt in ("The Clifton Suspension Bridge opened in what year?",
                   "The Old Bridge in Ludlow was rebuilt in what year?",
                   "The Town Hall of Ludlow was rebuilt in what year?",
                   "Ludlow's Town Hall was rebuilt in what year?",
                   "The Buttercross was built in what year?"):
        assert A.place_the_landmark(prompt, "Ludlow") == prompt
    assert A.place_the_landmark("Opposite the Town Hall stands what?", "Ludlow") == \
        "Opposite Ludlow's Town Hall stands what?"
