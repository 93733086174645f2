"""Prompts that need the document in shapes the blind reading of the v6 documents found: an
encyclopedia's "the League" for the league its title names, a notice's "The Order" for "an
Order under section 14", a manual's advice read as a question ("Descale every how many months
...?"), a machine's control named only by the word printed on it ("The orange DESCALE lamp"),
and a label's colour as the subject of a sentence ("Red was used for headings"). Each test is on
new sentences of the same shape."""

from __future__ import annotations

from game.generate import anchoring as A
from game.generate import confidence as C
from game.generate.clean import is_instruction
from game.generate.confidence import THRESHOLD
from tests.generate_helpers import text_facts, text_questions, text_statements

# --- "the League" written with its capital stands for the league the title names

LEAGUE = ("Swabian League\n\n"
          "The Swabian League was an alliance of imperial cities and princes in southern Germany. "
          "It was founded at Esslingen in 1488. "
          "In 1499 the League fought the Swiss Confederacy in the Swabian War. "
          "The League was dissolved in 1534 after a dispute over religion.\n")


def test_the_title_subjects_kind_written_with_a_capital_is_written_out_as_the_subject():
    texts = [line for line in LEAGUE.split("\n")[2].split(". ")]
    subjects = A.document_subjects("Swabian League", texts)
    assert any(s.name == "Swabian League" and "league" in s.nouns for s in subjects), subjects
    prompts = text_questions(LEAGUE) + text_statements(LEAGUE)
    assert prompts
    assert not any("the League" in p or p.startswith("The League") for p in prompts), prompts
    assert any("Swabian League was dissolved" in p or "Swabian League fought" in p for p in prompts), prompts


def test_a_capital_kind_beside_another_name_of_that_kind_is_not_written_out():
    texts = ["The Swabian League was an alliance of cities in southern Germany.",
             "It fought the Hanseatic League at sea.",
             "The League was dissolved in 1534."]
    assert not any("league" in s.nouns for s in A.document_subjects("Swabian League", texts))


# --- "The Order" of a notice that makes "an Order under ..." says nothing alone

NOTICE = ("ASHFORD TOWN COUNCIL\n\n"
          "PUBLIC NOTICE\n\n"
          "Ashford Town Council proposes to make an Order under section 3 of the Parks Act 1990. "
          "The Order will close the boating lake to swimmers for up to nine months. "
          "Objections to the Order must be made in writing by 14 March 2026.\n")


def test_a_kind_the_notice_writes_with_a_capital_and_an_a_is_read_as_pointing_back():
    assert A.capital_kinds(["Ashford Town Council proposes to make an Order under section 3."]) == {"order"}
    assert A.capital_kinds(["Brunel designed a Great Western bridge."]) == frozenset()
    assert C.capital_kind("The Order will close the lake for up to how many months?", frozenset({"order"}))
    assert not C.capital_kind("The Order of the Garter was founded in what year?", frozenset({"order"}))
    facts = [f for f in text_facts(NOTICE) if f.question and "Order will close" in f.question]
    assert facts
    for fact in facts:
        assert fact.confidence < THRESHOLD, (fact.question, fact.confidence)
        assert "needs the document" in fact.doubts


# --- a manual's advice after "As a guide," is an instruction, not a fact to ask about


def test_advice_after_a_framing_phrase_is_an_instruction():
    assert is_instruction("As a guide, rinse the water tank every two weeks in summer and every month in winter.")
    assert is_instruction("As a rule, empty the drip tray after each use.")
    assert not is_instruction("As a result, record crowds attended the final.")
    assert not is_instruction("As a child, she moved to Leeds with her aunt.")


# --- a word printed on a machine's control is no name that says which machine


def test_a_control_named_by_the_word_printed_on_it_points_back():
    assert C.vague_references("The red POWER lamp flashes how many times before it goes out?") < 1
    assert C.vague_references("The STEAM button is held down for how many seconds?") < 1
    # an abbreviation that names a body still says which one
    assert C.vague_references("The BBC programme was first shown in what year?") == 1


# --- a colour as the subject of a sentence is the colour of something only the document shows

GLAZE = ("Case 4: a glazed tile from Iznik\n\n"
         "This tile was made in Iznik around 1570. "
         "Blue was used for the outlines and for the flowers. "
         "The tile was bought by the museum in 1911.\n")


def test_a_sentence_with_a_colour_for_its_subject_stays_out():
    assert C.bare_colour_subject("Blue was used for the outlines and for the flowers.")
    assert C.bare_colour_subject("Black and gold were chosen for the border.")
    assert not C.bare_colour_subject("Green algae live in still water.")
    assert not C.bare_colour_subject("Red Rum won the Grand National three times.")
    facts = [f for f in text_facts(GLAZE) if (f.statement or "").startswith("Blue was used")]
    assert facts
    for fact in facts:
        assert fact.statement_confidence < THRESHOLD, (fact.statement, fact.statement_confidence)
        if fact.question:
            assert fact.confidence < THRESHOLD, (fact.question, fact.confidence)


def test_a_one_of_a_kind_noun_in_the_title_still_means_the_one_thing():
    # "Blue Planet Earth" as a title: "the Earth" in the text is the planet, not the book
    texts = ["Blue Planet Earth is a short guide to the oceans.",
             "The oceans cover most of the Earth's surface."]
    assert not any("earth" in s.nouns for s in A.document_subjects("Blue Planet Earth", texts))
