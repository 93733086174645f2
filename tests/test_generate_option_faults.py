"""Wrong options a blind reader rejects at a glance, each kind refused by a rule: years that
cannot be, decades that overlap the answer, malformed number words, invented or out-of-place
people and companies, one question's answer offered as another's wrong option, and a place
that is not of the kind the prompt asks for."""

from __future__ import annotations

import re

from game.generate import document_from_bytes, generate_pack
from game.generate.fitting import Mates, fitting_options
from game.generate.pipeline import collect_facts
from game.generate.spans import Span
from tests.test_generate_distractors import _options


def _facts(text: str):
    facts = collect_facts([document_from_bytes(text.encode(), "t.txt")], ["t"])
    for fact in facts:
        if fact.complete is not None:
            fact.complete()
    return facts


def _options_of(text: str, prompt_part: str) -> list[list[str]]:
    found = [f.wrong for f in _facts(text) if f.question and prompt_part in f.question]
    assert found, [f.question for f in _facts(text)]
    return found


def _years(options: list[str]) -> list[int]:
    return [int(y) for option in options for y in re.findall(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", option)]


def test_a_past_event_is_never_offered_a_year_after_the_latest_the_document_names():
    text = ("The harbour museum reopened in March 2024 after a long renovation.\n\n"
            "The old lighthouse was built in 2021 by the port authority. The ferry service to the island "
            "ended in 2023. The city council approved the new harbour plan in 2022.")
    for prompt in ("reopened in what month and year", "ended in what year", "built in what year",
                   "harbour plan in what year"):
        for options in _options_of(text, prompt):
            assert options and max(_years(options)) <= 2024, (prompt, options)


def test_an_event_of_a_life_is_never_offered_a_year_before_the_person_was_born():
    text = ("Ada Marlow was born in Leeds in 1905. She studied chemistry at the University of Leeds. "
            "Ada Marlow married the painter John Hale in 1908. Ada Marlow published her first paper in 1911. "
            "She died in 1960.")
    for options in _options_of(text, "married the painter John Hale in what year"):
        assert options and min(_years(options)) > 1905, options


def test_a_decade_is_offered_only_decades_of_its_form_that_cannot_hold_it():
    text = ("The first steam carriages ran on the roads of Lancashire in the 1820s. The canal company "
            "closed its last wharf in the 1810s.")
    for options in _options_of(text, "in which decade"):
        assert len(options) >= 3, options
        for option in options:
            assert re.fullmatch(r"1[0-9]{3}s", option) and not option.endswith("00s"), options


_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}


def test_a_number_in_words_is_offered_well_formed_words_of_its_own_form():
    text = "The rowing club sent fifty boats to the regatta at Henley. The relay team ran ninety laps of the old track."
    for prompt in ("sent how many boats", "ran how many laps"):
        for options in _options_of(text, prompt):
            assert len(options) >= 3 and set(options) <= _TENS, (prompt, options)


def test_a_person_is_offered_the_documents_people_of_the_role_and_no_made_up_names_beside_them():
    answer = Span(0, 13, "Maria Vellini", "person", role="architect")
    others = [Span(0, 11, "Anna Kovacs", "person", role="architect"),
              Span(0, 10, "Lena Brandt", "person", role="architect")]
    assert sorted(_options(answer, *others)) == ["Anna Kovacs", "Lena Brandt"]


def test_a_company_is_offered_the_documents_organisations_never_famous_names_of_another_sector():
    answer = Span(0, 6, "Zipway", "company")
    assert _options(answer, Span(0, 7, "Parcelo", "company")) == ["Parcelo"]
    cars = {"Volkswagen", "Ford", "General Motors"}
    assert set(_options(Span(0, 6, "Toyota", "company", group="cars"))) <= cars


def test_no_answer_of_a_pack_is_a_wrong_option_of_another_of_its_questions():
    text = ("Weather instruments\n\nA barometer is an instrument that measures air pressure. An anemometer is an "
            "instrument that measures the speed of the wind. A rain gauge is an instrument that measures how much "
            "rain has fallen. A thermometer is an instrument that measures temperature. A hygrometer is an "
            "instrument that measures humidity.")
    questions = [q for q in generate_pack([document_from_bytes(text.encode(), "t.txt")]).questions
                 if q.type != "truefalse"]
    assert len(questions) >= 2, questions
    for question in questions:
        others = {str(q.answer).lower() for q in questions if q is not question}
        assert not others & {str(w).lower() for w in question.wrong}, (question.prompt, question.wrong)


def test_a_town_is_never_offered_a_square_or_a_street_nor_a_river_a_lake():
    town = Span(0, 5, "Kranj", "place")
    wrong = ["Prešeren Square", "Čopova Street", "Bled", "Škofja Loka", "Tivoli Park"]
    kept = fitting_options(town, wrong, "The poet lived in which town until 1849?", Mates(), 0)
    assert kept == ["Bled", "Škofja Loka"]
    river = Span(0, 4, "Sava", "river")
    kept = fitting_options(river, ["Lake Bohinj", "Drava", "River Krka"], "Which river flows through Kranj?", Mates(), 0)
    assert kept == ["Drava", "River Krka"]
