"""An organisation's own document speaking as "we": its "we" and "our" outside quotation marks
are the organisation, so that a charity's review or a company's results statement gives its
facts as questions ("Larkmoor Food Bank was founded in what year ...?"), while a news story
quoting a charity's "we" and a family's holiday letter stay as they are.

Every document and sentence here is made up for the test."""

from __future__ import annotations

import pytest

from game.generate import document_from_bytes, generate_pack
from game.generate import anchoring as A
from game.generate import ownvoice as V
from game.generate.confidence import THRESHOLD
from game.generate.errors import GenerateError
from tests.generate_helpers import text_facts

FOOD_BANK = ("Larkmoor Food Bank — Annual Review 2024\n\n"
             "Larkmoor Food Bank supports households in Larkmoor and the Brennan valley.\n"
             "We distributed 8,640 emergency food parcels in 2024, up from 7,150 in 2023.\n"
             "Our volunteers gave 12,400 hours of their time.\n"
             "This year we opened a second warehouse in Copperfield.\n"
             "We were founded in 2013 by three churches and a mosque.\n"
             "We have opened an advice desk at Tollgate Library.\n"
             "Our holiday lunch club served 2,900 meals over the summer.\n"
             "\"We could not do this without our volunteers,\" said chair Rosa Penhale.\n")

CIDER = ("Quenby Ciderworks Ltd\n"
         "Results Statement for the Year Ended 31 December 2024\n\n"
         "Quenby Ciderworks presses apples from 40 orchards around the village of Ashcott.\n"
         "We sold 1.9 million bottles in the year, up from 1.6 million.\n"
         "Our revenue rose to £7.4 million.\n"
         "We employ 52 people at the Ashcott mill.\n"
         "In May we opened a visitor centre in Hallowford.\n")

NEWS = ("Food bank opens second warehouse\n"
        "By Martin Oyelaran\n\n"
        "Larkmoor Food Bank has opened a second warehouse in Copperfield after a record year.\n"
        "\"We distributed 8,640 parcels in 2024, and our volunteers gave 12,400 hours,\" said chair Rosa Penhale.\n"
        "\"We were founded in 2013 by three churches and a mosque,\" she added.\n"
        "The charity's holiday lunch club served 2,900 meals over the summer.\n")

LETTER = ("Dear Grandpa,\n\n"
          "We spent two weeks at Trevanny Bay in July.\n"
          "We stayed in a cottage beside the Trevanny lifeboat station.\n"
          "Our neighbours had a boat called Kittiwake that could carry 12 people.\n"
          "We walked to St Clement's lighthouse on the last day.\n"
          "Love from Josh\n")

BANK = V.Voice("Larkmoor Food Bank", "food bank", "2024")


def _confident(text: str, name: str) -> set[str]:
    return {f.question for f in text_facts(text, name) if f.question and f.confidence >= THRESHOLD}


def _voice(text: str, name: str = "t.txt") -> V.Voice | None:
    document = document_from_bytes(text.encode(), name)
    return V.document_voice(document.title, [s.text for s in document.sentences],
                            [line for line, _reason in document.dropped])


# --- the rules, one by one


@pytest.mark.parametrize("sentence, written", [
    ("We distributed 8,640 parcels in 2024.", "Larkmoor Food Bank distributed 8,640 parcels in 2024."),
    ("We were founded in 2013.", "Larkmoor Food Bank was founded in 2013."),
    ("We have opened an advice desk.", "Larkmoor Food Bank has opened an advice desk."),
    ("We are the largest food bank in the county.", "Larkmoor Food Bank is the largest food bank in the county."),
    ("We also run a breakfast club.", "Larkmoor Food Bank also runs a breakfast club."),
    ("We\u2019ve doubled our storage.", "Larkmoor Food Bank has doubled the food bank's storage."),
    ("Our volunteers gave 12,400 hours.", "Larkmoor Food Bank's volunteers gave 12,400 hours."),
    ("We fed 400 families and our drivers covered 9,000 miles.",
     "Larkmoor Food Bank fed 400 families and the food bank's drivers covered 9,000 miles."),
    ("Most of the food we gave out was donated.", "Most of the food Larkmoor Food Bank gave out was donated."),
])
def test_we_and_our_are_written_as_the_organisation(sentence, written):
    assert V.speak_as(sentence, BANK) == written


@pytest.mark.parametrize("sentence", [
    "\"We are proud of every volunteer,\" said Rosa Penhale.",   # quoted speech
    "I think we did well this year.",                             # someone speaking for themselves
    "Our thanks go to everyone who helped us.",                   # "us" reads badly as a name
    "We together fed 400 families.",                              # no verb after "we"
])
def test_we_is_left_where_it_cannot_be_written_as_the_organisation(sentence):
    assert V.speak_as(sentence, BANK) == sentence


@pytest.mark.parametrize("sentence, written", [
    ("This year we opened a second warehouse.", "In 2024 we opened a second warehouse."),
    ("We sold 1.9 million bottles in the year, up from 1.6 million.",
     "We sold 1.9 million bottles in 2024, up from 1.6 million."),
    ("Earlier this year the café reopened.", "Earlier in 2024 the café reopened."),
    ("Profits rose in the year to March.", "Profits rose in the year to March."),
    ("\"This year was hard,\" she said.", "\"This year was hard,\" she said."),
])
def test_this_year_is_the_period_the_review_is_on(sentence, written):
    assert V.date_the_year(sentence, "2024") == written


@pytest.mark.parametrize("verb, agreeing", [
    ("were", "was"), ("have", "has"), ("employ", "employs"), ("carry", "carries"), ("opened", "opened"),
    ("will", "will"), ("gave", "gave"), ("together", None),
])
def test_a_verb_agrees_with_one_organisation(verb, agreeing):
    assert V.agree(verb) == agreeing


def test_a_food_bank_or_a_hospice_is_a_charity():
    assert A.issuer_kind("Larkmoor Food Bank") == "charity"
    assert A.issuer_kind("St Wenna's Hospice") == "charity"
    assert V.voice_kind("Larkmoor Food Bank") == "food bank"
    assert V.voice_kind("Quenby Ciderworks Ltd") == "company"


def test_only_an_organisations_own_document_speaks_for_it():
    assert _voice(FOOD_BANK) == V.Voice("Larkmoor Food Bank", "food bank", "2024")
    assert _voice(CIDER) == V.Voice("Quenby Ciderworks", "company", "2024")
    assert _voice(NEWS) is None     # a byline, and its "we" is quoted
    assert _voice(LETTER) is None   # a family's letter names no organisation


# --- whole documents


def test_a_food_banks_review_in_its_own_voice_gives_its_facts():
    confident = _confident(FOOD_BANK, "review.txt")
    assert {
        "Larkmoor Food Bank distributed how many emergency food parcels in 2024, up from 7,150 in 2023?",
        "In 2024, Larkmoor Food Bank's volunteers gave how many hours of their time?",
        "Larkmoor Food Bank was founded in what year by three churches and a mosque?",
    } <= confident
    questions = {f.question for f in text_facts(FOOD_BANK, "review.txt") if f.question}
    assert "In 2024 Larkmoor Food Bank opened a second warehouse in which place?" in questions
    assert not any("we " in q.lower().split("\"")[0] or "our " in q.lower() for q in questions)
    pack = generate_pack([document_from_bytes(FOOD_BANK.encode(), "review.txt")])
    assert len(pack.questions) >= 3
    # what a question quotes is the sentence as the review writes it
    assert all(q.source.quote in FOOD_BANK for q in pack.questions)


def test_no_question_asks_for_the_words_written_for_we():
    facts = text_facts(FOOD_BANK, "review.txt")
    assert not any(f.answer == "Larkmoor Food Bank" and "We" in (f.sentence.spoken or "") for f in facts)
    # "This year" became "In 2024": no question asks for that year from that sentence
    assert not any(f.question and "Copperfield" in f.question and f.answer == "2024" for f in facts)


def test_a_companys_results_statement_in_its_own_voice_gives_its_facts():
    confident = _confident(CIDER, "results.txt")
    assert {
        "Quenby Ciderworks sold how many million bottles in 2024, up from 1.6 million?",
        "In 2024, Quenby Ciderworks' revenue rose to how much?",
        "In 2024, Quenby Ciderworks employs how many people at the Ashcott mill?",
    } <= confident
    statements = {f.statement for f in text_facts(CIDER, "results.txt") if f.statement}
    assert "In May 2024 Quenby Ciderworks opened a visitor centre in Hallowford." in statements
    assert not any("in the year" in q for q in confident)  # the frame's year is not said twice


def test_a_news_story_quoting_a_charitys_we_keeps_the_quote():
    document = V.in_own_voice(document_from_bytes(NEWS.encode(), "news.txt"))
    assert [s.text for s in document.sentences if "We" in s.text] == [
        "\"We distributed 8,640 parcels in 2024, and our volunteers gave 12,400 hours,\" said chair Rosa Penhale.",
        "\"We were founded in 2013 by three churches and a mosque,\" she added."]
    assert not any("Larkmoor Food Bank distributed" in (f.question or f.statement or "")
                   for f in text_facts(NEWS, "news.txt"))


def test_a_holiday_letter_is_no_organisations_document():
    document = document_from_bytes(LETTER.encode(), "letter.txt")
    assert V.in_own_voice(document) is document
    with pytest.raises(GenerateError):
        generate_pack([document])
