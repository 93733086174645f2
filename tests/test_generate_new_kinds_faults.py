"""Faults a blind reader found in packs made from documents of kinds the generator had not met
(a film review, an interview, a library FAQ page, a press release, an old letter, a leaflet, a
speech, a timeline), each refused or mended: a pronoun or a swap that makes the prompt false, a
prompt only the document explains, a timeline's dash, a label, a "No." read as "number", a
clause tacked on after the question's point, a fragment."""

from __future__ import annotations

from game.generate import GenerateOptions, document_from_bytes, generate_pack
from game.generate.document import read_document
from game.generate.facts import build_context
from game.generate.phrasing import first_person, needs_the_document
from tests.generate_helpers import DATA, text_facts, text_questions, text_statements


_facts, _questions, _statements = text_facts, text_questions, text_statements


def _pack_prompts(text: str, name: str = "t.txt") -> list[str]:
    pack = generate_pack([document_from_bytes(text.encode(), name)], GenerateOptions(keep_all=True))
    return [q.prompt for q in pack.questions]


# Wrong against the document.

REVIEW = ("Most of the footage was shot by the youngest keeper, Callum Reid, who joined the service in 1984. "
          "Reid's films show the daily routine in loving detail. "
          "The principal keeper, Angus Moir, is the film's quiet centre. "
          "The third keeper, Davey Sinclair, was a former fisherman who joined the service after his boat was sold. "
          "He is the one who tells the story of the storm of January 1988, when waves broke over the gallery.")


def test_he_after_a_newly_named_man_is_not_given_to_the_man_named_earlier():
    prompts = _questions(REVIEW) + _statements(REVIEW)
    assert not any("Callum Reid is the one" in p or "Reid is the one" in p for p in prompts), prompts


FERRY = ("Kestrel Line today put its new ferry, the MV Aurora, into service. "
         "The Aurora was built by the Rosyth shipyard over twenty-two months at a cost of eighteen million pounds. "
         "She is 46 metres long, carries up to 30 cars and 150 passengers, and replaces a diesel ferry. "
         "Kestrel Line was founded in 1971 and operates five routes in Argyll.")


def test_she_after_a_ship_is_not_read_as_anyone():
    prompts = _questions(FERRY) + _statements(FERRY)
    assert not any("metres long" in p and not p.startswith("She") for p in prompts), prompts


def test_a_company_called_a_line_is_no_person():
    document = document_from_bytes(FERRY.encode(), "t.txt")
    assert "kestrel line" not in build_context([document]).people


def test_a_place_named_with_a_word_for_land_or_water_is_no_person():
    text = ("Hollins Moss is a lowland raised bog covering 94 hectares on the edge of the village of Brackley Green. "
            "The bird hide at Curlew Pool is open every day from dawn to dusk.")
    people = build_context([document_from_bytes(text.encode(), "t.txt")]).people
    assert not {"hollins moss", "curlew pool", "brackley green"} & set(people), people


def test_a_false_statement_never_gives_a_title_to_another_persons_surname():
    text = ("The letter was written by Edith Marlow, a teacher from Leeds, in March 1912. "
            "Mr Hesketh leaves for Jamaica on Monday, and Edith will sail home on the twentieth. "
            "Colonel Gorgas is in charge of health on the canal.")
    statements = _statements(text)
    assert not any("Mr Marlow" in s or "Mr Gorgas" in s for s in statements), statements


def test_a_false_statement_never_swaps_in_what_the_whole_text_is_about():
    path = DATA / "leaflet-nature-reserve.md"
    pack = generate_pack([read_document(path)], GenerateOptions(keep_all=True))
    prompts = [q.prompt for q in pack.questions]
    assert not any("bird hide at Hollins Moss" in p for p in prompts), prompts


# Prompts that need the document.

def test_first_person_outside_a_quotation_needs_the_document():
    assert first_person("I was trying very hard not to be seen, because I had not won anything.")
    assert first_person("Our work parties meet on the first Sunday of every month.")
    assert first_person("In 2015 a swarm landed in the hedge outside my flat.")
    assert not first_person('"We wanted a quieter ferry," said Fiona Galbraith.')
    assert not first_person("World War I ended in 1918, and Charles I was beheaded in 1649.")
    assert not first_person("Exports to the US rose by 4 per cent.")


def test_a_speech_in_the_first_person_is_never_stated_as_it_stands():
    for mode in ({}, {"keep_all": True}):
        pack = generate_pack([read_document(DATA / "speech-prize-day.txt")], GenerateOptions(**mode))
        prompts = [q.prompt for q in pack.questions]
        assert not any(first_person(p) for p in prompts), prompts


def test_last_autumn_and_the_letter_below_need_the_document():
    assert needs_the_document("The ship's name was chosen by pupils at which school in a competition last autumn?")
    assert needs_the_document("Last year was poor because of the wet spring.")
    assert needs_the_document("The letter below was written by Edith Marlow in what month and year?")
    assert not needs_the_document("The water below the dam is 40 metres deep.")
    assert not needs_the_document("The town lies 12 metres above sea level.")


# Garbled and formatting.

TIMELINE = ("Brindley Town Clock: a timeline\n\n"
            "1871 - The town council decides to build a clock tower in Market Square to mark the opening of the railway.\n\n"
            "1894 - The faces are lit by gas for the first time, so that the time can be read at night.\n\n"
            "1931 - Gas lighting is replaced by electric lamps.\n\n"
            "1978 - After a petition signed by 4,000 residents, the original mechanism is kept.\n")


def test_a_timeline_line_is_asked_as_a_dated_sentence():
    prompts = _pack_prompts(TIMELINE)
    # (a line about a past year is asked in the past tense, as a sentence about it would be)
    assert "Gas lighting was replaced by electric lamps in what year?" in _questions(TIMELINE), prompts
    assert not any(" - " in p or p.startswith("What year") for p in prompts), prompts
    assert not any(p[:4].isdigit() for p in prompts), prompts


def test_a_timeline_line_stated_keeps_its_year_in_front():
    statements = _statements(TIMELINE)
    assert any(s.startswith("In 1894, the faces were lit by gas") for s in statements), statements


def test_a_noun_with_its_participle_and_no_verb_is_no_question():
    pack = generate_pack([read_document(DATA / "timeline-town-clock.txt")], GenerateOptions(keep_all=True))
    prompts = [q.prompt for q in pack.questions]
    assert not any(p.startswith("A petition signed by") for p in prompts), prompts


def test_a_faq_answer_no_is_a_sentence_of_its_own():
    text = ("Do I have to pay fines?\n\nNo. Ashgrove Libraries stopped charging fines on overdue books in April 2022, "
            "after a trial at the Fenwick branch.")
    questions = _questions(text)
    assert "Ashgrove Libraries stopped charging fines on overdue books in what month and year?" in questions, questions
    assert not any(q.startswith("No.") for q in questions), questions


def test_a_label_before_a_sentence_is_no_part_of_the_prompt():
    text = "Timetable: The Aurora will run sixteen return crossings a day in summer and ten in winter. Fares are unchanged."
    questions = _questions(text)
    assert "The Aurora will run how many return crossings a day in summer?" in questions, questions
    assert not any("Timetable" in q for q in _pack_prompts(text)), questions


def test_a_predicate_tacked_on_after_the_question_point_is_cut():
    questions = _questions(FERRY)
    assert "Kestrel Line was founded in what year?" in questions, questions
    text = "The boardwalk trail at Hollins Moss is 1.5 kilometres long and suitable for wheelchairs and pushchairs."
    assert "The boardwalk trail at Hollins Moss is how many kilometres long?" in _questions(text)
    text = ("Meet the maker. We climbed to the roof of the Corn Exchange in Wellbridge to meet Priya Anand, who keeps "
            "eleven hives above the city centre and sells her honey at the Saturday market.")
    assert "Priya Anand keeps how many hives above the city centre?" in _questions(text)


def test_the_thing_a_title_names_is_written_out_for_its_bare_noun():
    text = ("Brindley Town Clock: a timeline\n\n"
            "1876 - The clock starts on 1 May, the first day of the town's spring fair.\n\n"
            "1986 - Harold Tate winds the clock for the last time, at the age of 84.\n\n"
            "Did you know? The clock's pendulum is 3.9 metres long and takes two seconds to swing each way.\n")
    questions = _questions(text)
    assert "The Brindley Town Clock started on 1 May in what year?" in questions, questions
    assert "Harold Tate winds the Brindley Town Clock for the last time in what year?" in questions, questions
    assert any(q.startswith("The Brindley Town Clock's pendulum is 3.9 metres long") for q in questions), questions
    assert not any(q.startswith("The clock") for q in questions), questions


def test_a_capital_i_or_a_capital_article_is_never_a_name_nor_what_a_text_is_about():
    from game.generate.facts import read_whole, spans_of
    for name in ("faq-library-card.html", "timeline-town-clock.txt"):
        document = read_document(DATA / name)
        context = build_context([document])
        spans = spans_of(document, context)
        assert not any(s.text in ("I", "The") for found in spans for s in found), name
        assert read_whole(document, spans, context).topic_name not in ("I", "The"), name


def test_its_after_a_superlative_of_is_not_what_the_superlative_names():
    text = ("The tower is 27 metres high and has four faces. "
            "The largest of its three bells weighs 1.2 tonnes and strikes the hours.")
    prompts = _questions(text) + _statements(text)
    assert not any("largest of its" in p for p in prompts), prompts


def test_a_closing_sales_line_is_no_fact_to_ask():
    from game.generate.clean import junk_reason
    assert junk_reason("Priya Anand's honey is on sale at Wellbridge market every Saturday from 8am.")
    assert junk_reason("Photographs of the Aurora are available on request from the press office.")
    assert junk_reason("Next month: a bookbinder who restores church Bibles.")
    assert junk_reason("The first iPhone went on sale in June 2007.") is None


def test_a_dateline_with_a_day_month_and_year_is_cut_off():
    from game.generate.clean import strip_junk_prefix
    text = "OBAN, 2 June 2026 - Kestrel Line today put its new ferry, the MV Aurora, into service."
    assert strip_junk_prefix(text) == "Kestrel Line today put its new ferry, the MV Aurora, into service."


def test_a_clause_of_its_own_after_the_question_point_is_cut():
    text = ("Since 2006 volunteers have built more than 1,200 small dams across the old ditches at Hollins Moss. "
            "The water table at Hollins Moss has risen by about forty centimetres, and sphagnum moss is spreading "
            "again across the old cuttings.")
    questions = _questions(text)
    assert "The water table at Hollins Moss has risen by about how many centimetres?" in questions, questions
