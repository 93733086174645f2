"""Prompts from an organisation's own document, framed with its name.

- A company's annual report or results statement, a charity's or a trust's annual review and a
  hospital trust's, a university's or a college's notice to the people it serves are that body's
  own documents, found by a letterhead naming exactly one such body ("BRACKENDALE WATER LIMITED",
  "WESTMARSH HOSPITALS NHS FOUNDATION TRUST"); their counts and amounts are framed with its name
  as a prompt writes it, without a legal suffix ("At Brackendale Water in 2024/25, ..."), and its
  posts take its name ("Brackendale Water's Finance Director").
- A news story about a company is no company's document: a byline, or a text that never speaks
  as "we", keeps its prompts unframed.

Every document and sentence here is made up for the test."""

from __future__ import annotations

import pytest

from game.generate import anchoring as A
from game.generate import document_from_bytes
from game.generate.confidence import THRESHOLD
from game.generate.elisions import elided_count, elided_share
from tests.generate_helpers import text_facts


def _anchor(text: str, name: str = "t.txt") -> A.Anchor:
    document = document_from_bytes(text.encode(), name)
    return A.read_anchor(document.title, [s.text for s in document.sentences],
                         [line for line, _reason in document.dropped])


def _questions(text: str, name: str) -> dict[str, str]:
    """Answer -> question, of every question the generator writes for `text`."""
    return {f.answer: f.question for f in text_facts(text, name) if f.question}


WATER = ("BRACKENDALE WATER LIMITED\n"
         "Results Statement for the Year Ended 31 March 2025\n"
         "Published 12 June 2025\n\n"
         "Brackendale Water supplies drinking water to 212,000 homes across the upper Brack valley. "
         "We invested £38.2 million in pipes, pumps and treatment works during the year, up from £31.5 million. "
         "Our new treatment works at Colby Moss opened in November 2024 and serves 46,000 customers. "
         "Supply interruptions of more than three hours fell by 28 per cent. "
         "Operating profit was £14.7 million. "
         "Morwenna Dale retired as Finance Director in September 2024 after eleven years and was succeeded by "
         "Ravi Okoro.\n")

TRUST = ("SEDGEMOOR FEN WILDLIFE TRUST\n"
         "Annual Review 2024–25\n\n"
         "A message from our Chair\n\n"
         "Thank you to every member and volunteer for another remarkable year. "
         "Volunteers gave 31,500 hours of their time, from reed cutting to running the visitor centre. "
         "We bought 86 hectares of wet grassland at Harrow Drove with help from a legacy. "
         "Income from the café and shop rose by 12 per cent. "
         "Dr Hannah Vose stepped down as Chief Executive in March 2025.\n")

HOSPITAL = ("WESTMARSH HOSPITALS NHS FOUNDATION TRUST\n"
            "Notice to patients and visitors\n"
            "Issued 3 February 2025\n\n"
            "From Monday 3 March 2025, visiting hours on adult wards will be 11am to 8pm every day. "
            "Each patient may have two visitors at the bedside at any one time. "
            "The main car park at Westmarsh General Hospital will close for resurfacing for six weeks from 10 March. "
            "Questions should be sent to the Patient Experience Team.\n")

NEWS = ("Ashwater Utilities PLC fined £3.1m over river pollution\n"
        "By Claire Benton, Environment Correspondent\n"
        "14 May 2025\n\n"
        "Ashwater Utilities PLC has been fined £3.1 million after untreated sewage leaked into the River Lenn. "
        "The spill killed an estimated 4,000 fish, magistrates were told. "
        "The company admitted two offences under environmental permitting rules. "
        "\"We are deeply sorry,\" a spokesperson said. "
        "Operating profit fell to £212 million, the annual results showed. "
        "Graham Lusk stepped down as Finance Director in April.\n")


# --- the rules, one by one


@pytest.mark.parametrize("name, kind", [
    ("Northvale Buses Group PLC", "company"),
    ("Brackendale Water Limited", "company"),
    ("Kelvin Holdings", "company"),
    ("Harlow & Co", "company"),
    ("Westmarsh Hospitals NHS Foundation Trust", "trust"),
    ("Marram Coast Foundation", "foundation"),
    ("University of Wexmoor", "university"),
    ("Hartwell Town Council", "council"),
    ("River Lenn", ""),
])
def test_a_names_ending_says_what_kind_of_body_it_is(name, kind):
    assert A.issuer_kind(name) == kind


@pytest.mark.parametrize("name, texts, written", [
    ("Brackendale Water Limited", [], "Brackendale Water"),
    ("Northvale Buses Group PLC", ["More people travelled with Northvale Buses than ever."], "Northvale Buses"),
    ("Northvale Buses Group PLC", ["Northvale Buses Group made a profit."], "Northvale Buses Group"),
    ("Westmarsh Hospitals NHS Foundation Trust", [], "Westmarsh Hospitals"),
    ("Lowmoor Community Health NHS Trust", [], "Lowmoor Community Health NHS Trust"),
    ("Harlow & Co Ltd", [], "Harlow & Co"),
])
def test_an_organisation_is_written_without_its_legal_suffix(name, texts, written):
    assert A.written_name(name, texts) == written


@pytest.mark.parametrize("line, year", [
    ("For the year ended 31 March 2025", "2024/25"),
    ("RESULTS FOR THE YEAR ENDED 31 DECEMBER 2024", "2024"),
    ("Interim results for the six months to 30 September 2024", ""),
    ("Issued 3 February 2025", ""),
])
def test_a_year_ended_is_the_financial_year_it_closes(line, year):
    assert A.financial_year(line) == year


def test_a_title_in_capitals_keeps_its_short_names_in_capitals():
    assert A._title_case("WESTMARSH HOSPITALS NHS FOUNDATION TRUST") == "Westmarsh Hospitals NHS Foundation Trust"


def test_a_company_speaks_for_itself_and_a_news_story_does_not():
    own = ["We carried 61.3 million passengers.", "Our fleet grew to 742 buses."]
    assert A.speaks_for_itself(own)
    assert not A.speaks_for_itself(own, ["By Claire Benton"])
    assert not A.speaks_for_itself(["\"We are sorry,\" a spokesperson said.", "The company was fined £3m."])


@pytest.mark.parametrize("issuer, serving", [
    ("Westmarsh Hospitals NHS Foundation Trust", True),
    ("Harrowgate College", True),
    ("Lowmoor Community Health NHS Trust", True),
    ("Hartwell Town Council", False),
    ("Sedgemoor Fen Wildlife Trust", False),
])
def test_a_hospitals_or_a_colleges_notice_sets_its_own_rules(issuer, serving):
    assert A.serves_people(issuer) is serving


@pytest.mark.parametrize("prompt, written", [
    ("Who stepped down as Senior Independent Director in July 2024?",
     "Who stepped down as Kelvin Holdings' Senior Independent Director in July 2024?"),
    ("Jo Bell joined as Chief Executive in what year?", "Jo Bell joined as Kelvin Holdings' Chief Executive in what year?"),
    ("Who wrote to the Chief Executive in May?", "Who wrote to Kelvin Holdings' Chief Executive in May?"),
    ("Who served as Chair of the Audit Committee?", "Who served as Chair of Kelvin Holdings' Audit Committee?"),
    ("Who served as Chair of Wexmoor Rowing Club?", "Who served as Chair of Wexmoor Rowing Club?"),
    ("Who retired as Kelvin Holdings' Chair in 2023?", "Who retired as Kelvin Holdings' Chair in 2023?"),
])
def test_a_post_held_as_a_role_is_the_issuers(prompt, written):
    assert A.name_the_role(prompt, "Kelvin Holdings", held=True) == written


@pytest.mark.parametrize("prompt", [
    "Who served as President of the Pugwash Conferences from 1976?",
    "Who wrote to the Director of the Royal Institution in 1950?",
])
def test_a_post_of_another_body_is_not_the_issuers(prompt):
    assert A.name_the_role(prompt, "Kelvin Holdings", held=True) == prompt


def test_a_post_held_as_a_role_outside_an_own_document_is_left_alone():
    assert A.name_the_role("Who served as Finance Director from 1990?", "Royal Society") == \
        "Who served as Finance Director from 1990?"


@pytest.mark.parametrize("prompt, elided", [
    ("28 per cent were women, up from 19 per cent.", True),
    ("At Northvale Buses in 2024/25, what percentage were women, up from 19 per cent?", True),
    ("28 per cent of the new drivers were women.", False),
    ("What percentage of households were online?", False),
    ("Sales rose by 12 per cent.", False),
])
def test_a_share_with_nothing_to_say_of_what_needs_the_document(prompt, elided):
    assert elided_share(prompt) is elided
    assert elided_count(prompt) is elided


# --- the documents: their issuers and frames


def test_a_companys_results_statement_is_framed_with_its_name_and_financial_year():
    anchor = _anchor(WATER)
    assert anchor.issuer == "Brackendale Water"
    assert anchor.topic is not None and anchor.topic.own
    assert (anchor.topic.name, anchor.topic.lead, anchor.topic.period) == ("Brackendale Water", "At", "2024/25")
    questions = _questions(WATER, "results.txt")
    assert questions["£14.7 million"] == "At Brackendale Water in 2024/25, operating profit was how much?"
    assert questions["28 per cent"] == ("At Brackendale Water in 2024/25, supply interruptions of more than three "
                                        "hours fell by what percentage?")
    assert questions["September 2024"] == ("Morwenna Dale retired as Brackendale Water's Finance Director in what "
                                           "month and year after eleven years?")
    assert questions["212,000"] == ("In 2024/25, Brackendale Water supplies drinking water to how many homes "
                                    "across the upper Brack valley?")


def test_a_time_asked_of_a_named_company_needs_no_year_given():
    facts = [f for f in text_facts(WATER, "results.txt") if f.answer == "September 2024" and f.question]
    assert facts and all(f.confidence >= THRESHOLD for f in facts), [(f.question, f.doubts) for f in facts]


def test_a_wildlife_trusts_annual_review_is_framed_with_the_trust():
    questions = _questions(TRUST, "review.txt")
    assert questions["31,500"] == "At Sedgemoor Fen Wildlife Trust in 2024–25, volunteers gave how many hours of their time?"
    assert questions["12 per cent"] == ("At Sedgemoor Fen Wildlife Trust in 2024–25, income from the café and shop "
                                        "rose by what percentage?")
    assert questions["Hannah Vose"] == "Who stepped down as Sedgemoor Fen Wildlife Trust's Chief Executive in March 2025?"


def test_a_hospital_trusts_notice_is_framed_with_its_hospitals_and_its_year():
    anchor = _anchor(HOSPITAL)
    assert anchor.issuer == "Westmarsh Hospitals"
    assert anchor.topic is not None and (anchor.topic.name, anchor.topic.period) == ("Westmarsh Hospitals", "2025")
    questions = _questions(HOSPITAL, "notice.txt")
    assert questions["two"] == ("At Westmarsh Hospitals in 2025, each patient may have how many visitors at the "
                                "bedside at any one time?")
    # a prompt naming the hospital and the year already is left as it is
    assert questions["six"] == ("The main car park at Westmarsh General Hospital will close for resurfacing for how "
                                "many weeks from 10 March 2025?")
    assert A.anchor_prompt("Questions should be sent to the Patient Experience Team.", anchor) == \
        "Questions should be sent to Westmarsh Hospitals' Patient Experience Team."


def test_a_news_story_about_a_company_stays_unframed():
    anchor = _anchor(NEWS)
    assert anchor.issuer == "" and anchor.topic is None
    questions = _questions(NEWS, "news.txt")
    assert questions["two"] == "The company admitted how many offences under environmental permitting rules?"
    assert questions["£212 million"] == "Operating profit fell to how much?"
    assert questions["Graham Lusk"] == "Who stepped down as Finance Director in April 2025?"


def test_a_news_story_headed_by_the_companys_name_stays_unframed():
    story = ("ASHWATER UTILITIES PLC\nAnnual results 2024/25\n\n"
             "Ashwater Utilities reported an operating profit of £212 million. "
             "The company said bills would rise by £31 in April. "
             "Its shares fell by 4 per cent.\n")
    anchor = _anchor(story)
    assert anchor.issuer == "" and anchor.topic is None


# --- what a frame must not do


def test_a_frame_never_gives_the_answer_away():
    anchor = _anchor(WATER)
    prompt = "Which company laid 64 kilometres of new water main?"
    assert A.anchor_prompt(prompt, anchor, "Brackendale Water", measure=True) == prompt


def test_a_frame_that_makes_the_prompt_too_long_is_not_written():
    anchor = _anchor(WATER)
    prompt = ("Following a two-year pay agreement with the drivers' union, pay rose by 5.5 per cent in April 2024 "
              "and will rise by what percentage?")
    assert len(f"At Brackendale Water in 2024/25, {prompt}") > A._LONGEST_WRITTEN
    assert A.anchor_prompt(prompt, anchor, "4 per cent", measure=True) == prompt


def test_a_prompt_naming_the_company_takes_only_the_year():
    anchor = _anchor(WATER)
    assert A.anchor_prompt("Brackendale Water laid how many kilometres of new water main?", anchor, "64",
                           measure=True) == "In 2024/25, Brackendale Water laid how many kilometres of new water main?"


def test_a_national_figure_is_no_companys():
    anchor = _anchor(WATER)
    prompt = "The national cap on single fares rose to how much?"
    assert A.anchor_prompt(prompt, anchor, "£3", measure=True) == prompt
