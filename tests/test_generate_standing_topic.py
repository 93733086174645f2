"""Prompts that stand alone because the one thing the whole document is about is written into
them: a press release's "the company", an article's "the river", a library service's yearly
figures, a school newsletter's events, a national weather summary's totals, a game's rules.
Where no frame can be written, the prompt keeps the doubt "needs the document" and stays out of
a default pack. Every document here is made up for the test."""

from __future__ import annotations

import pytest

from game.generate import anchoring as A
from game.generate import confidence as C
from game.generate.confidence import THRESHOLD
from tests.generate_helpers import text_facts


def _anchor(text: str, name: str = "t.txt") -> A.Anchor:
    from game.generate import document_from_bytes

    document = document_from_bytes(text.encode(), name)
    return A.read_anchor(document.title, [s.text for s in document.sentences],
                         [line for line, _reason in document.dropped])


def _asking(text: str, name: str, answer: str):
    return [f for f in text_facts(text, name) if f.question and f.answer == answer]


# --- a press release's "the company" is the organisation its headline names and repeats

RELEASE = ("FOR IMMEDIATE RELEASE\n\n"
           "Halvard Ovens to build £12 million bakery-equipment plant in Brackwell\n\n"
           "BRACKWELL, 3 March 2026 – Halvard Ovens, the commercial oven maker founded in 1958, today said "
           "it will build a new factory on the Moorside Park estate. "
           "The £12 million plant will be the company's biggest single investment. "
           "Halvard Ovens employs 260 people at its works in Ferrybridge Lane. "
           "The company sold 4,100 ovens in 2025. "
           "Halvard Ovens exports to thirty countries.\n")


def test_the_company_of_a_press_release_is_the_organisation_its_headline_names():
    anchor = _anchor(RELEASE)
    assert anchor.topic is not None and anchor.topic.name == "Halvard Ovens"
    assert A.anchor_prompt("How much plant will be the company's biggest single investment?", anchor, "£12 million",
                           sentence_index=1, measure=True) == \
        "How much plant will be Halvard Ovens' biggest single investment?"
    assert A.anchor_prompt("The company sold how many ovens in 2025?", anchor, "4,100", sentence_index=3,
                           measure=True) == "Halvard Ovens sold how many ovens in 2025?"


def test_the_company_beside_another_company_is_not_written_out():
    text = RELEASE.replace("The company sold 4,100 ovens in 2025. ",
                           "The company sold 4,100 ovens in 2025. Grelling Steel, another company, supplies the "
                           "frames. ")
    anchor = _anchor(text)
    prompt = "The company sold how many ovens in 2025?"
    assert "company" not in {noun for subject in anchor.subjects for noun in subject.nouns}
    assert "the company" in A.anchor_prompt(prompt, anchor, "4,100", sentence_index=3, measure=True).lower()


def test_a_release_question_about_the_company_stands_alone_and_is_kept():
    facts = _asking(RELEASE, "release.txt", "4,100")
    assert facts, [f.question for f in text_facts(RELEASE, "release.txt")]
    for fact in facts:
        assert "Halvard Ovens" in fact.question, fact.question
        assert fact.confidence >= THRESHOLD, (fact.question, fact.confidence, fact.doubts)


# --- an article whose title is a river's name: "the river" is that river, and its counts are on it

RIVER = ("# River Quenby\n\n"
         "The River Quenby is a river in the hill country of Lessary. "
         "It is one of the longest rivers in the district. "
         "The river rises on Carn Dubh and reaches the sea at Portlessan. "
         "Floods have reached 640 cubic metres per second. "
         "The river's mouth is 2 kilometres wide at Portlessan.\n\n"
         "## Tributaries\n\n"
         "- the River Ellis, entering from the west at Holm\n")


def test_a_comparison_class_and_a_tributary_in_a_list_leave_the_river_to_the_title():
    anchor = _anchor(RIVER, "river.md")
    assert [s.name for s in anchor.subjects if "river" in s.nouns] == ["River Quenby"], anchor.subjects
    assert A.anchor_prompt("The river's mouth is how many kilometres wide at Portlessan?", anchor, "2",
                           sentence_index=4, measure=True) == \
        "The River Quenby's mouth is how many kilometres wide at Portlessan?"


def test_a_count_naming_nothing_in_a_river_article_is_framed_on_the_river():
    anchor = _anchor(RIVER, "river.md")
    assert A.anchor_prompt("Floods have reached how many cubic metres per second?", anchor, "640",
                           sentence_index=3, measure=True) == \
        "On the River Quenby, floods have reached how many cubic metres per second?"
    # a count placed by names of its own needs no frame
    prompt = "The Holm Weir raised Loch Ard by how many metres?"
    assert A.anchor_prompt(prompt, anchor, "3", sentence_index=3, measure=True) == prompt


def test_a_second_river_named_in_the_sentences_leaves_the_river_to_no_one():
    text = RIVER.replace("Floods have reached", "The River Ellis joins it at Holm. Floods have reached")
    anchor = _anchor(text, "river.md")
    prompt = "The river's mouth is how many kilometres wide at Portlessan?"
    assert A.anchor_prompt(prompt, anchor, "2", sentence_index=5, measure=True) == prompt


# --- a library service's annual report: its figures are the service's, in the report's year

LIBRARY = ("ASHMERE LIBRARY SERVICE\n"
           "ANNUAL REPORT 2024–25\n"
           "Prepared by: Tom Beale, Libraries Manager\n\n"
           "Visits rose again this year. "
           "Wi-Fi sessions in libraries grew by 11%. "
           "Ashmere Library Service held 860 events. "
           "Story sessions for toddlers drew 5,240 attendances.\n")


def test_a_report_figure_is_framed_with_the_service_and_its_period():
    anchor = _anchor(LIBRARY)
    assert anchor.topic is not None and (anchor.topic.name, anchor.topic.period) == \
        ("Ashmere Library Service", "2024–25")
    assert A.anchor_prompt("Wi-Fi sessions in libraries grew by what percentage?", anchor, "11%", measure=True) == \
        "At Ashmere Library Service in 2024–25, Wi-Fi sessions in libraries grew by what percentage?"
    assert A.anchor_prompt("Story sessions for toddlers drew how many attendances?", anchor, "5,240",
                           measure=True) == \
        "At Ashmere Library Service in 2024–25, story sessions for toddlers drew how many attendances?"
    # the service named already: only the period is written
    assert A.anchor_prompt("Ashmere Library Service held how many events?", anchor, "860", measure=True) == \
        "In 2024–25, Ashmere Library Service held how many events?"


def test_a_frame_that_would_give_the_answer_away_is_not_written():
    anchor = _anchor(LIBRARY)
    prompt = "The new branch opened in what year?"
    assert "2024" not in A.anchor_prompt(prompt, anchor, "2024", asks_time=True)
    prompt = "The oldest book on loan dates from which year?"
    assert A.anchor_prompt(prompt, anchor, "2024", measure=True) == prompt


def test_a_report_figure_with_no_frame_needs_the_document():
    text = LIBRARY.replace("Story sessions for toddlers drew 5,240 attendances.",
                           "Savings were made mainly by leaving three part-time posts in the central lending "
                           "and reference teams unfilled and by shortening the rural mobile route.")
    facts = [f for f in text_facts(text, "report.txt") if f.question and "posts" in f.question]
    assert facts
    for fact in facts:
        if "Ashmere" not in fact.question:
            assert fact.confidence < THRESHOLD and "needs the document" in fact.doubts, (fact.question, fact.doubts)


# --- a school newsletter: its events are the school's; a pupil's race is not placed at the school

NEWSLETTER = ("BRAMLEY HILL CHURCH OF ENGLAND PRIMARY SCHOOL\n"
              "Weekly Newsletter – Friday 6 February 2026\n\n"
              "Dear Families,\n\n"
              "Children in Need raised £412.80 for charity. "
              "Ella T. finished 5th out of 96 runners at the district championships. "
              "Attendance this week was 97.1%.\n")


def test_a_newsletter_event_is_framed_with_its_school():
    # the school's church is part of its full name, not of the name a prompt gives it; the issue's
    # year says which year's appeal it was
    anchor = _anchor(NEWSLETTER)
    assert anchor.topic is not None and anchor.topic.name == "Bramley Hill Primary School"
    assert A.anchor_prompt("Children in Need raised how much for charity?", anchor, "£412.80", measure=True) == \
        "At Bramley Hill Primary School in 2026, Children in Need raised how much for charity?"


def test_a_pupil_named_by_an_initial_is_not_placed_and_stays_out():
    anchor = _anchor(NEWSLETTER)
    prompt = "Ella T. finished 5th out of how many runners?"
    assert A.anchor_prompt(prompt, anchor, "96", measure=True) == prompt
    for fact in _asking(NEWSLETTER, "newsletter.txt", "96"):
        assert fact.confidence < THRESHOLD and "needs the document" in fact.doubts, (fact.question, fact.doubts)


# --- a national weather service's summary: its totals are the country's, in the summary's year

WEATHER = ("VESTMARK NATIONAL WEATHER SERVICE\n"
           "Climate Division\n\n"
           "ANNUAL CLIMATE SUMMARY 2025\n"
           "Issued: 9 January 2026\n\n"
           "2025 was a dry year in Vestmark. "
           "National rainfall totalled 812 mm. "
           "The national mean temperature was 9.8 °C.\n")


def test_a_national_summarys_total_is_framed_with_the_country_and_year():
    anchor = _anchor(WEATHER)
    assert anchor.topic is not None and (anchor.topic.name, anchor.topic.period) == ("Vestmark", "2025")
    assert A.anchor_prompt("National rainfall totalled how many millimetres?", anchor, "812", measure=True) == \
        "In Vestmark in 2025, national rainfall totalled how many millimetres?"
    assert A.anchor_prompt("The national mean temperature was 9.8 °C.", anchor, measure=True) == \
        "In Vestmark in 2025, the national mean temperature was 9.8 °C."


# --- a game's rules: its pieces are the game's

GAME = ("HARBOURS OF ICE\n"
        "A game of sledges and thaws for 2–5 players\n"
        "Designed by Pell Arkwright\n\n"
        "SETUP\n\n"
        "Each player takes 3 sledges of one colour. "
        "The Thaw track has 9 spaces.\n")


def test_a_rules_count_is_framed_with_the_games_name():
    anchor = _anchor(GAME)
    assert anchor.topic is not None and anchor.topic.name == "Harbours of Ice"
    assert A.anchor_prompt("The Thaw track has how many spaces?", anchor, "9", measure=True) == \
        "In Harbours of Ice, the Thaw track has how many spaces?"


# --- what no frame is written for


@pytest.mark.parametrize("text", [
    # a council's notice is about the works it announces, not about the council
    "WESTHOLM DISTRICT COUNCIL\nPUBLIC NOTICE\n\nThe Old Maltings was built in 1821. "
    "The footbridge will be closed for 6 weeks.\n",
    # a museum's audio tour is about its exhibits
    "Carrowby Museum of Natural History\n\nStop 4: the whale\n\nAn adult can eat four tonnes of krill a day.\n",
])
def test_a_notice_or_a_tour_from_an_institution_gets_no_frame(text):
    anchor = _anchor(text)
    assert anchor.topic is None, anchor.topic


def test_a_prompt_naming_the_topic_or_asking_no_count_gets_no_frame():
    anchor = _anchor(NEWSLETTER)
    prompt = "Bramley Hill Primary School raised how much for charity?"
    # the school is named; only the newsletter's year is written in, as for a report's period
    assert A.anchor_prompt(prompt, anchor, "£412.80", measure=True) == f"In 2026, {prompt}"
    prompt = "In 2026 Bramley Hill Primary School raised how much for charity?"
    assert A.anchor_prompt(prompt, anchor, "£412.80", measure=True) == prompt
    prompt = "Which charity did the children raise money for?"
    assert A.anchor_prompt(prompt, anchor, "Children in Need") == prompt


# --- a result owned by a day of the week: which week's, only the document says


@pytest.mark.parametrize("prompt", [
    "Saturday's count gave the Green candidate how many votes?",
    "Tuesday's vote was carried by how many councillors?",
])
def test_a_weekdays_result_points_back(prompt):
    assert C.relative_time(prompt), prompt


def test_a_weekday_in_a_name_or_a_weekdays_plural_does_not():
    assert not C.relative_time("Good Friday falls on which date in 2027?")
    assert not C.relative_time("The Sunday Times was first published in what year?")


def test_a_weekdays_contest_with_its_winner_named_is_placed_enough():
    assert not C.relative_time("Maria Dunstan won Saturday's by-election with how many votes?")


def test_a_national_figure_of_any_kind_is_the_countrys():
    anchor = _anchor(WEATHER)
    assert A.anchor_prompt("The national mean temperature has risen by 1.2 °C since the 1901–1930 period.", anchor) \
        == "In Vestmark, the national mean temperature has risen by 1.2 °C since the 1901–1930 period."


def test_a_day_in_a_yearly_summary_issued_the_next_year_takes_the_summarys_year():
    anchor = _anchor(WEATHER)
    assert A.anchor_prompt("Storms on 9 November flooded how many homes?", anchor, "120", measure=True) == \
        "In Vestmark, storms on 9 November 2025 flooded how many homes?"


# --- a match report: its moments are the match's, which its score line names

MATCH = ("THE WESTERN HERALD – SPORT\n"
         "Monday 3 March 2025\n\n"
         "KELBY ROVERS 3 DUNMOOR 1\n\n"
         "By Ann Lacey\n\n"
         "Winger Tom Saddler scored twice as Kelby Rovers beat Dunmoor at Quarry Park yesterday. "
         "Dunmoor's coach was sent to the stands in the 70th minute. "
         "The attendance was 2,410.\n")


def test_a_match_reports_moment_is_framed_with_the_match():
    anchor = _anchor(MATCH)
    assert anchor.topic is not None and anchor.topic.name == "Kelby Rovers v Dunmoor (March 2025)"
    assert A.anchor_prompt("The attendance was how many?", anchor, "2,410", measure=True) == \
        "In Kelby Rovers v Dunmoor (March 2025), the attendance was how many?"
    assert A.anchor_prompt("Dunmoor's coach was sent to the stands in which minute?", anchor, "70th",
                           measure=True) == \
        "In Kelby Rovers v Dunmoor (March 2025), Dunmoor's coach was sent to the stands in which minute?"
    # both sides named: the match is said already
    prompt = "Kelby Rovers beat Dunmoor by how many goals?"
    assert A.anchor_prompt(prompt, anchor, "two", measure=True) == prompt


def test_a_half_time_score_line_is_no_second_match():
    assert A.match_played(["KELBY ROVERS 3 DUNMOOR 1", "Half-time: Kelby Rovers 1 Dunmoor 1"]) == \
        ("Kelby Rovers", "Dunmoor", "")
    assert A.match_played(["KELBY ROVERS 3 DUNMOOR 1", "HOLT 2 FENNY 2"]) is None


# --- a charity's annual review: a title giving the period and the charity it calls itself

REVIEW = ("# Annual review 2024–25: Tollbridge Warm Spaces\n\n"
          "Tollbridge Warm Spaces is a registered charity that opens heated rooms in winter. "
          "The charity ran 14 warm rooms. "
          "Visitors made 9,300 visits to the rooms.\n")


def test_a_charitys_review_figures_are_framed_with_the_charity_and_year():
    anchor = _anchor(REVIEW, "review.md")
    assert anchor.topic is not None and (anchor.topic.name, anchor.topic.period) == \
        ("Tollbridge Warm Spaces", "2024–25")
    assert A.anchor_prompt("Visitors made how many visits to the rooms?", anchor, "9,300", measure=True) == \
        "At Tollbridge Warm Spaces in 2024–25, visitors made how many visits to the rooms?"


def test_an_opening_word_before_a_number_is_lowered_unless_it_numbers_a_name():
    anchor = _anchor(MATCH)
    assert A.frame_the_topic("Over 2,000 fans paid how much for a ticket?", anchor.topic) == \
        "In Kelby Rovers v Dunmoor (March 2025), over 2,000 fans paid how much for a ticket?"
    assert A.frame_the_topic("No 8 Ian Bell ran how many metres?", anchor.topic) == \
        "In Kelby Rovers v Dunmoor (March 2025), No 8 Ian Bell ran how many metres?"


def test_a_count_about_another_named_body_is_not_framed_with_the_topic():
    anchor = _anchor(RELEASE)
    prompt = "Brackwell College will train how many apprentices a year?"
    assert A.anchor_prompt(prompt, anchor, "30", measure=True) == prompt
    assert not A.needs_the_topic(prompt, anchor.topic)


def test_a_report_figure_naming_a_part_of_the_service_is_still_the_services():
    anchor = _anchor(LIBRARY)
    assert A.needs_the_topic("Savings came from cutting the Mobile Library route by how many stops?", anchor.topic)


def test_a_place_named_in_a_national_summary_still_takes_the_country_and_year():
    anchor = _anchor(WEATHER)
    assert A.anchor_prompt("About how many homes were flooded in the Lunde valley?", anchor, "210", measure=True) == \
        "In Vestmark in 2025, about how many homes were flooded in the Lunde valley?"


@pytest.mark.parametrize("prompt", [
    "Construction is due to begin in June 2027.",
    "Demolition was completed in what year?",
])
def test_work_on_something_unnamed_points_back(prompt):
    assert C.bare_process(prompt), prompt


@pytest.mark.parametrize("prompt", [
    "Construction of the Kiel Canal began in what year?",
    "Work on Tower Bridge started in 1886.",
    "Workers were paid how much a day?",
])
def test_work_on_a_named_thing_does_not(prompt):
    assert not C.bare_process(prompt), prompt


def test_work_at_a_named_place_says_what():
    assert not C.bare_process("Work began at Port Said in what month and year?")


def test_a_named_place_in_a_national_summary_keeps_a_prompt_too_long_to_frame():
    anchor = _anchor(WEATHER)
    prompt = ("Persistent rain from 2 to 9 November caused the River Lunde to reach its highest level since what "
              "year at the Brenna gauge?")
    assert not A.needs_the_topic(prompt, anchor.topic)


def test_a_prompt_too_long_to_frame_is_left_exactly_as_it_was():
    anchor = _anchor(WEATHER)
    prompt = ("Persistent rain from 2 to 9 November caused the River Lunde to reach its highest level since what "
              "year at the Brenna gauge?")
    assert A.frame_the_topic(prompt, anchor.topic, asks_time=True) == prompt
