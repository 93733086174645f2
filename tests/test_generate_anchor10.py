"""Prompts that need the document, and how they are written out or kept back.

- An organisation's own document (a council's budget, a club's season review, a society's
  newsletter, a council's questions page) is found from its letterhead even when its figures name
  other bodies, and its statements are framed with it ("At Fenmoor Bowls Club in 2025, ...", "In
  Oakhurst in 2026/27, ...").
- A count with no noun ("would keep two or three so that ..."), a "previous" or "next" with
  nothing to say what it is ranked in ("the previous record of 2:01.7"), "brought" with no goal,
  and a bare noun phrase made a question keep the doubt "needs the document" or stay unframed.

Every document and sentence here is made up for the test."""

from __future__ import annotations

import pytest

from game.generate import anchoring as A
from game.generate import document_from_bytes
from game.generate.confidence import THRESHOLD
from game.generate.elisions import bare_noun_phrase, elided_count, missing_goal, relative_order
from tests.generate_helpers import text_facts


def _anchor(text: str, name: str = "t.txt") -> A.Anchor:
    document = document_from_bytes(text.encode(), name)
    return A.read_anchor(document.title, [s.text for s in document.sentences],
                         [line for line, _reason in document.dropped])


def _facts_with(text: str, name: str, answer: str):
    return [f for f in text_facts(text, name) if f.answer == answer]


# --- an organisation's letterhead: its document, whatever other bodies its figures name

BUDGET = ("OAKHURST TOWN COUNCIL\n"
          "Budget 2026/27 — A Summary for Residents\n"
          "Prepared by the Resources Committee\n\n"
          "The county council collects the precept on our behalf. "
          "Street cleaning costs rise by £42,000 because the contract was renewed. "
          "The skate park will be resurfaced in June at a cost of £65,000. "
          "Grants to youth groups fall by 10%, to £18,000.\n")

REVIEW = ("FENMOOR BOWLS CLUB 2025 SEASON REVIEW Written by Alan Grice, Club Secretary, for members\n\n"
          "Membership grew to 118 this year. "
          "The club won the county triples title for the first time since 1994. "
          "The new floodlights were paid for by a grant of £12,500.\n")

QUESTIONS_PAGE = ("Garden Waste: Frequently Asked Questions\n"
                  "Tollbridge Borough Council – Waste Services\n"
                  "Last reviewed: 3 February 2026\n\n"
                  "A garden waste permit costs £52 a year. "
                  "Permits are posted within ten working days. "
                  "Collections pause for four weeks over the winter.\n")

SOCIETY = ("WILLOWMEAD CAMERA SOCIETY\n"
           "Spring Newsletter - Issue 12 - April 2025\n\n"
           "The 14th Annual Exhibition was held in the Corn Exchange on Saturday 12 April 2025. "
           "Over 300 visitors came through the doors.\n")


def test_a_letterhead_names_the_issuer_though_its_figures_name_other_bodies():
    assert A.document_issuer("OAKHURST TOWN COUNCIL", ["Budget 2026/27", "A Summary for Residents",
                                                       "Paid to Westshire County Council",
                                                       "Mereside Fire Authority"]) == "Oakhurst Town Council"
    anchor = _anchor(BUDGET)
    assert anchor.topic is not None and anchor.topic.own
    assert (anchor.topic.name, anchor.topic.lead, anchor.topic.period) == ("Oakhurst", "In", "2026/27")


def test_two_bodies_at_the_head_of_a_notice_are_no_letterhead():
    assert A.document_issuer("Notice", ["Brindle Parish Council", "Brindle Cricket Club", "Tea rota"]) == ""


def test_a_heading_in_capitals_run_into_a_line_is_read_as_a_name():
    assert A._title_case("FENMOOR BOWLS CLUB 2025 SEASON REVIEW Written by Alan Grice") == \
        "Fenmoor Bowls Club 2025 Season Review Written by Alan Grice"
    anchor = _anchor(REVIEW)
    assert anchor.topic is not None and anchor.topic.name == "Fenmoor Bowls Club" and anchor.topic.period == "2025"


def test_a_councils_questions_page_is_its_own_and_dated_by_its_review():
    anchor = _anchor(QUESTIONS_PAGE)
    assert anchor.topic is not None and (anchor.topic.name, anchor.topic.period) == ("Tollbridge", "2026")
    assert A.anchor_prompt("A garden waste permit costs how much a year?", anchor, "£52", measure=True) == \
        "In Tollbridge in 2026, a garden waste permit costs how much a year?"


@pytest.mark.parametrize("statement, written", [
    ("Street cleaning costs rise by £42,000 because the contract was renewed.",
     "In Oakhurst in 2026/27, street cleaning costs rise by £42,000 because the contract was renewed."),
    ("The skate park will be resurfaced in June at a cost of £65,000.",
     "In Oakhurst in 2026/27, the skate park will be resurfaced in June at a cost of £65,000."),
    ("Christmas lights in the square are paid for by local shops.",
     "In Oakhurst in 2026/27, Christmas lights in the square are paid for by local shops."),
])
def test_an_own_documents_statement_is_framed_with_its_organisation(statement, written):
    assert A.anchor_prompt(statement, _anchor(BUDGET), stating=True) == written


def test_an_own_documents_event_is_framed_whatever_it_states():
    anchor = _anchor(SOCIETY)
    statement = "The 14th Annual Exhibition was held in the Corn Exchange on Saturday 12 April 2025."
    assert A.anchor_prompt(statement, anchor, stating=True) == f"At Willowmead Camera Society, {statement[:1].lower()}" \
        f"{statement[1:]}"
    # a question asking a name is not framed by this rule (only counts, amounts and times are)
    question = "The 14th Annual Exhibition was held in which building?"
    assert A.anchor_prompt(question, anchor, "Corn Exchange") == question


def test_an_own_documents_statement_naming_it_is_left_alone():
    statement = "Fenmoor Bowls Club won the county triples title in 2025."
    assert A.anchor_prompt(statement, _anchor(REVIEW), stating=True) == statement


def test_a_count_opening_the_statement_is_no_name_after_the_frame():
    anchor = _anchor(REVIEW)
    assert A.anchor_prompt("Seventeen-year-old Tom Ashby won the junior singles.", anchor, stating=True) == \
        "At Fenmoor Bowls Club in 2025, seventeen-year-old Tom Ashby won the junior singles."


def test_the_budgets_true_statement_reaches_the_pack_framed():
    facts = _facts_with(BUDGET, "budget.txt", "£42,000")
    assert facts and all(f.statement.startswith("In Oakhurst in 2026/27, ") for f in facts if f.statement), \
        [f.statement for f in facts]


# --- a count that stands for a noun it leaves out


@pytest.mark.parametrize("prompt", [
    "A farmhouse kitchen would keep two or three so that one was always clean.",
    "Only one survives in the parish chest.",
    "Four were stolen from the vestry in 1978.",
    "Each crew carried six, and the spares went in the cart.",
])
def test_a_count_without_its_noun_needs_the_document(prompt):
    assert elided_count(prompt), prompt


@pytest.mark.parametrize("prompt", [
    "The estate owned two mills and a brewery.",
    "Norway has hundreds of fjords along its coast.",
    "So that one could rest, the crew worked in shifts.",
    "The ferry carries twelve cars on each crossing.",
])
def test_a_counted_noun_or_the_pronoun_one_is_no_elision(prompt):
    assert not elided_count(prompt), prompt


def test_a_count_without_its_noun_keeps_a_statement_out_of_the_pack():
    text = ("KITCHEN TOOLS OF THE 1890s\n\n"
            "Box irons were heated by a slug of hot metal placed inside them. "
            "A careful housekeeper would own three or four so that one could warm while another was used.\n")
    facts = [f for f in text_facts(text, "tools.txt") if f.statement and "three or four" in f.statement]
    assert facts
    for fact in facts:
        assert fact.statement_confidence < THRESHOLD and "needs the document" in fact.statement_doubts


# --- a "previous", "next" or "current" with nothing to say what it is ranked in


@pytest.mark.parametrize("prompt", [
    "The previous record of 2:01.7 was set by Jo Harker in what year?",
    "The mayor will take office at the next full council meeting on what date?",
    "The current holder of the trophy beat whom in the final?",
    "The old pavilion was pulled down in which year?",
])
def test_an_order_word_with_nothing_to_rank_it_in_points_back(prompt):
    assert relative_order(prompt), prompt


@pytest.mark.parametrize("prompt", [
    "Lagos was the former capital of Nigeria until which year?",
    "The next total eclipse visible in Britain will be in what year?",
    "The old tramway that carried slate to the quay closed in which year?",
    "Sales rose by 4% on the previous year.",
    "The New Forest covers how many square kilometres?",
])
def test_an_order_word_that_says_what_it_ranks_in_is_no_reference_back(prompt):
    assert not relative_order(prompt), prompt


def test_a_previous_record_keeps_its_question_out_of_the_pack():
    text = ("Sports day results\n\n"
            "Maya Fenn won the girls' 800 metres in 2:24.6, a new school record. "
            "The previous record of 2:26.1 was set by Laura Dunn in 2009.\n")
    facts = [f for f in _facts_with(text, "results.txt", "2009") if f.question]
    assert facts
    for fact in facts:
        assert fact.confidence < THRESHOLD and "needs the document" in fact.doubts, (fact.question, fact.doubts)


# --- "brought" from somewhere, to nowhere the prompt names


@pytest.mark.parametrize("prompt", [
    "Marble had to be brought more than how many kilometres from the quarries of Carrara?",
    "Most of the tin was brought by ship from which region?",
    "The timber is brought each spring from which forest?",
])
def test_brought_with_no_goal_needs_the_document(prompt):
    assert missing_goal(prompt), prompt


@pytest.mark.parametrize("prompt", [
    "The coffin was brought to England by which collector?",
    "Steam dredgers were brought in during which decade?",
    "Tea was brought from China to Britain by whom?",
])
def test_brought_with_its_goal_is_placed(prompt):
    assert not missing_goal(prompt), prompt


# --- a bare noun phrase is no question, and no frame makes it one


@pytest.mark.parametrize("prompt", [
    "A sponsored walk that raised how much?",
    "The pupils who won which cup?",
    "A bring-and-buy sale that raised £3,400.",
])
def test_a_noun_phrase_and_its_relative_clause_is_no_question(prompt):
    assert bare_noun_phrase(prompt), prompt
    assert A.frame_the_topic(prompt, _anchor(REVIEW).topic) == prompt


@pytest.mark.parametrize("prompt", [
    "A campaign that raised how much was launched in 2020?",
    "The team which won the cup in 1990 beat whom?",
    "The bridge that was built in 1890 is how long?",
])
def test_a_clause_with_its_own_verb_is_a_question(prompt):
    assert not bare_noun_phrase(prompt), prompt
