"""More questions a reader keeps: shapes the generator used to doubt or pass by, read now.

Each test is written on sentences made up for it, of a shape the documents hold: a definition
whose describing clause has its own "it", "one ... another", "too" of degree, a definition that
opens with "The" and its term."""

from __future__ import annotations

import pytest

from game.generate import confidence as C
from game.generate.confidence import THRESHOLD
from game.generate.distractors import material_options
from game.generate.kinds import COUNT
from game.generate.labels import MATERIAL_FAMILIES, made_of_spans
from game.generate.phrasing import run_on
from game.generate.quantities import number_spans

from tests.generate_helpers import text_facts


def _asked(text: str, answer: str):
    return next(f for f in text_facts(text) if f.answer == answer and f.question)


@pytest.mark.parametrize("text, answer", [
    # an "it" of the definition's own describing clause
    ("Moorland lessons begin with water. A tarn is a small mountain lake that fills a hollow deeper than the "
     "ground around it. A corrie is a steep hollow carved by ice.", "tarn"),
    # "one plant ... another plant": a contrast the definition makes itself
    ("Gardeners join plants. Grafting is a method in which a shoot of one plant is joined to the stem of another "
     "plant. Budding is a kind of grafting.", "grafting"),
    # "too high": a degree, not "as well"
    ("Boilers need care. A safety valve is a valve that opens when the pressure inside a boiler is too high. "
     "A gauge shows the pressure.", "safety valve"),
    # "The kerning is ...": the term the definition opens with, not a thing named before
    ("Printers set type by hand. The kerning is the space left between two letters of a word. Printers adjust "
     "it with care.", "kerning"),
])
def test_a_definition_that_stands_alone_is_not_doubted_as_needing_the_document(text, answer):
    fact = _asked(text, answer)
    assert fact.question.startswith("What is the term for ")
    assert "needs the document" not in fact.doubts
    assert fact.confidence >= THRESHOLD


def test_words_that_point_back_still_count_outside_those_shapes():
    assert C.looks_back("which ship also reached the island in 1820?")
    assert C.looks_back("the other team won the cup in what year?")
    assert C.looks_back("the visitors won it too in what year?")
    assert not C.looks_back("what is the term for a thin wire that melts when the current is too large?")
    assert not C.looks_back("what is the term for a way to pass heat from one body to another body?")


def test_a_pronoun_with_nothing_named_before_it_still_points_back_in_a_definition():
    assert not C.defined_before_the_pronoun("What is it called when ice melts?")
    assert C.defined_before_the_pronoun("What is the term for a dome of peat that grows higher than the land around it?")
    # outside a definition an "it" with a noun before it may still stand for something the text named
    fact = _asked("Trams ran in Leeds from 1891. The depot that replaced it opened in 1901 on Kirkstall Road.", "1901")
    assert "needs the document" in fact.doubts


def test_a_definition_opens_with_its_term_only_when_the_term_is_what_it_opens_with():
    assert C.opens_with_the_answer("The kerning is the space left between two letters.", "kerning")
    assert C.opens_with_the_answer("A safety valve is a valve that opens ...", "safety valve")
    assert not C.opens_with_the_answer("The kerning tool is a wheel.", "kern")
    assert not C.opens_with_the_answer("This space is called the kerning.", "kerning")


@pytest.mark.parametrize("text, number, unit", [
    ("Volunteers planted 4,200 trees this spring.", "4,200", "trees"),         # "trees this" read as a unit before
    ("The probe sent pictures for about 80 hours before its power failed.", "80", "hours"),
    ("The choir sang 36 songs across two evenings.", "36", "songs"),
])
def test_a_count_keeps_its_unit_when_the_words_after_it_end_in_s(text, number, unit):
    counts = [(s.text, s.unit) for s in number_spans(text) if s.kind == COUNT]
    assert (number, unit) in counts


def test_a_number_followed_by_no_plural_noun_is_still_no_count():
    assert not [s for s in number_spans("There were 12 this year, and 3 is the record.") if s.kind == COUNT]


def test_a_count_read_with_its_unit_alone_is_asked():
    questions = [f.question for f in text_facts("The probe Kestrel-4 reached the comet Varo in 2031. Kestrel-4 sent "
                                                 "pictures for about 80 hours before its batteries ran out.") if f.question]
    assert "Kestrel-4 sent pictures for about how many hours before its batteries ran out?" in questions


def _questions(text: str) -> list[str]:
    return [f.question for f in text_facts(text) if f.question]


def test_a_ship_named_after_the_sentences_own_she_is_not_what_a_later_she_stands_for():
    text = ("Marta Olsen, a marine biologist, studied the whales of the Barents Sea. Marta Olsen was born in Hammerfest "
            "in 1931. Marta Olsen taught at the University of Tromsø for thirty years. She took her students out on the "
            "research ship every spring. In 1988 she was awarded the Polar Medal for her survey of minke whales.")
    assert "Marta Olsen was awarded the Polar Medal for her survey of minke whales in what year?" in _questions(text)


def test_a_ship_that_opens_its_sentence_may_still_be_what_she_stands_for():
    text = ("Marta Olsen sailed to Svalbard in 1961. The Nordlys was built in Bergen in 1937. "
            "In 1962 she carried the first tourists to Longyearbyen.")
    assert not [q for q in _questions(text) if "1962" in q or "Longyearbyen" in q]


def test_a_life_story_that_gives_the_full_name_once_is_still_about_its_person():
    text = ("Obituary. Dr Astrid Lunde, who has died aged 90, measured the ice of Svalbard for half a century. Astrid "
            "Kristine Lunde was born in Trondheim, the daughter of a fisherman and a nurse. As a child Astrid Lunde "
            "skated on the frozen fjord. She studied physics at the University of Oslo. The university library keeps "
            "her notebooks. In 1962 she joined the Norwegian Polar Institute in Tromsø.")
    questions = _questions(text)
    assert "Astrid Lunde studied physics at which university?" in questions
    assert "Astrid Lunde joined the Norwegian Polar Institute in Tromsø in what year?" in questions


def test_a_fuller_name_is_the_same_person_only_with_the_same_first_and_last_name():
    from game.generate.facts import fuller_name_of
    assert fuller_name_of("Ingrid Margrethe Halvorsen", "Ingrid Halvorsen")
    assert not fuller_name_of("Anders Halvorsen", "Ingrid Halvorsen")
    assert not fuller_name_of("Ingrid Margrethe Berg", "Ingrid Halvorsen")


def test_two_clauses_joined_by_a_semicolon_are_not_one_question():
    questions = _questions("Erik Moe married the painter Liv Dahl in 1902; she died in 1950.")
    assert not [q for q in questions if ";" in q]
    assert run_on("Erik Moe married Liv Dahl in 1902; she died in what year?")
    assert not run_on("Erik Moe married Liv Dahl in what year?")


@pytest.mark.parametrize("text, number", [
    ("The cathedral of Santa Ilaria took about 140 years to finish.", "140"),
    ("The lighthouse lamp is cleaned every three years by the harbour board.", "three"),
    ("Nadia Korsak spent six years mapping the caves of the Karst plateau.", "six"),
    ("The new sewer is expected to last at least 120 years.", "120"),
])
def test_years_a_thing_lasted_or_took_are_a_count_of_years(text, number):
    assert (number, "years") in [(s.text, s.unit) for s in number_spans(text) if s.kind == COUNT]


@pytest.mark.parametrize("text", [
    "Nadia Korsak left the island ten years ago.",           # counted back from the writing
    "The mill closed four years later.",                    # counted on from another time
    "Over the last fifty years the winters grew wetter.",   # the document's own now
    "The boy was eight years old.",                         # an age
])
def test_years_counted_from_another_time_or_an_age_are_no_count(text):
    assert not [s for s in number_spans(text) if s.kind == COUNT and s.unit == "years"]


def test_the_years_a_building_took_are_asked():
    text = ("The cathedral of Santa Ilaria stands above the harbour of Porto Vello. The cathedral of Santa Ilaria took "
            "about 140 years to finish.")
    assert "The cathedral of Santa Ilaria took about how many years to finish?" in _questions(text)


def test_an_it_read_as_the_thing_the_text_is_about_is_a_small_doubt():
    text = ("The Vellar is a river in southern India. The Vellar is fed by the monsoon rains. The Vellar flows past the "
            "temple town of Chidambaram. It reaches the Bay of Bengal at Parangipettai after about 480 kilometres.")
    fact = _asked(text, "480")
    assert fact.question == "The Vellar reaches the Bay of Bengal at Parangipettai after about how many kilometres?"
    assert "topic" in fact.resolved
    assert fact.confidence >= THRESHOLD
    verdict = C.read_from_elsewhere(C.Candidate(fact, fact.question, True))
    assert verdict.doubt == "pronoun" and 0.9 <= verdict.factor < 1


def test_a_he_read_from_the_sentence_before_stays_a_larger_doubt_than_the_texts_own_thing():
    text = ("Ravi Menon mapped the Vellar in 1931. Ravi Menon sailed to Madras in 1933. He reached Parangipettai "
            "in 1934 after a long voyage.")
    fact = _asked(text, "1934")
    assert "topic" not in fact.resolved
    assert C.read_from_elsewhere(C.Candidate(fact, fact.question, True)).factor < 0.9


@pytest.mark.parametrize("prompt", [
    "what is the term for a race run over both the road and track sections?",   # "both the ... and"
    "seals breed on islands such as skomer and which other island?",             # "such as": examples
    "beavers have returned to the river tay for the first time since which century?",  # the answer is the time
])
def test_words_that_point_inside_the_prompt_are_no_looking_back(prompt):
    assert not C.looks_back(prompt)


def test_both_such_and_since_still_point_back_where_they_do():
    assert C.looks_back("both teams scored in what year?")
    assert C.looks_back("such a bridge opened in what year?")
    assert C.looks_back("since then the club has won how many cups?")


def test_a_superlative_ranked_in_the_place_asked_for_stands_alone():
    assert C.vague_references("Marta Olsen designed some of the longest rope bridges in which country?") == 1.0
    # a first of something only the document names is still the document's
    assert C.vague_references("Farmers near Anyang found the first fragments in what year?") < 1.0
    assert C.vague_references("Farmers near Anyang found the first fragments in which province?") < 1.0


def test_a_question_about_the_longest_of_a_kind_in_a_country_is_kept():
    text = ("Ruth Kerr was a Scottish engineer. Ruth Kerr built bridges for fifty years. Ruth Kerr designed some "
            "of the longest rope bridges in Scotland.")
    fact = _asked(text, "Scotland")
    assert fact.question == "Ruth Kerr designed some of the longest rope bridges in which country?"
    assert "needs the document" not in fact.doubts


@pytest.mark.parametrize("text, material", [
    ("The old footbridge at Ravensby was built of granite in 1851.", "granite"),
    ("Most violin bodies are carved from spruce and maple wood.", None),          # a list: not one material
    ("Early clarinets were usually made of boxwood.", None),                       # no material the list knows
    ("The statue of the river god was cast in bronze by a Florentine workshop.", "bronze"),
    ("Traditional cricket bats are made from willow.", None),
    ("Most tea chests were made from pine, which is light and cheap.", "pine"),
    ("The station was made in 1889.", None),
])
def test_what_a_thing_is_made_of_is_a_material_answer(text, material):
    found = [s.text for s in made_of_spans(text)]
    assert found == ([material] if material else [])


def test_a_material_is_asked_with_materials_of_its_family_as_options():
    text = ("The Ravensby footbridge crosses the Ouse. The old footbridge at Ravensby was built of granite in 1851.")
    fact = _asked(text, "granite")
    assert fact.question == "The old footbridge at Ravensby was built of which material in 1851?"
    assert len(fact.wrong) >= 3
    assert set(fact.wrong[:3]) <= {"marble", "limestone", "sandstone", "alabaster", "stone", "jade", "plaster"}


def test_woods_are_offered_for_a_wood_never_a_word_of_the_answer():
    options = material_options("cedar wood", 3, 0)
    assert len(options) == 3 and "cedar" not in options and "wood" not in options
    assert all(MATERIAL_FAMILIES[o] == "wood" for o in options)
    assert "oak" not in options  # a length told apart from "cedar wood" at a glance


def test_a_plural_of_the_titles_subject_names_what_the_prompt_is_about():
    named, _dated = C.anchors("Most lanterns are made from which material?", "", frozenset(), frozenset(),
                              frozenset({"lantern"}))
    assert named


def test_a_relative_clause_between_the_subject_and_its_verb_is_left_out_of_the_question():
    text = ("The Vellar is a river in southern India. Lake Ossian, which feeds the Vellar, covers about 140 square "
            "kilometres. Ravi Menon, who was born in Madras, mapped the Vellar delta in 1931.")
    questions = _questions(text)
    assert "Lake Ossian covers about how many square kilometres?" in questions
    assert "Ravi Menon mapped the Vellar delta in what year?" in questions


def test_a_relative_clause_after_a_pair_or_a_common_noun_is_not_left_out():
    from game.generate.phrasing import _subject_aside
    from game.generate.kinds import Span
    text = "Leeds and York, which lie on the Ouse, grew in 1850."
    assert _subject_aside(text, 0, Span(text.index("1850"), text.index("1850") + 4, "1850", "year")) is None
    text = "The old mill, which stood by the river, burned down in 1850."
    assert _subject_aside(text, 0, Span(text.index("1850"), text.index("1850") + 4, "1850", "year")) is None
    text = "Leeds, which lies on the Aire, grew in 1850."
    assert _subject_aside(text, 0, Span(text.index("1850"), text.index("1850") + 4, "1850", "year")) == (5, 31)
