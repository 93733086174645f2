"""What gives an answer away without naming it: a country's adjective ("Canadian" for Canada), a
place that lies inside the answer ("Aswan" for Egypt, "Ditchling, Sussex" for England), an
anniversary whose start year is known, a record that can only be "two", and the opening
sentence defining a well-known subject. Made-up documents and sentences throughout."""

from __future__ import annotations

from game.generate import GenerateOptions, document_from_bytes, generate_pack
from game.generate import confidence as C
from game.generate.geography import (demonym_forms, document_containment, hint_forms, hint_key, places_inside,
                                     shows_a_hint)
from game.generate.pipeline import collect_facts


def _pack(text: str, keep_all: bool = False):
    return generate_pack([document_from_bytes(text.encode(), "t.txt")], GenerateOptions(keep_all=keep_all))


def _facts(text: str):
    return collect_facts([document_from_bytes(text.encode(), "t.txt")], ["t"])


def _fact(text: str, answer: str):
    return next(f for f in _facts(text) if f.answer == answer)


# --- geography: the words that give a place away


def test_a_country_and_its_adjective_are_forms_of_each_other_both_ways():
    assert demonym_forms("Canada") == ("Canadian",)
    assert demonym_forms("Peruvian") == ("Peru",)
    assert set(demonym_forms("British")) == {"United Kingdom", "Britain"}
    assert demonym_forms("Bergen") == ()


def test_the_lists_put_counties_cities_and_landmarks_inside_their_country_at_any_depth():
    inside = places_inside("United Kingdom")
    assert {"England", "Dorset", "Cardiff", "Big Ben", "Loch Ness"} <= set(inside)
    assert "Dorset" in places_inside("Britain")  # Britain and the United Kingdom give each other away
    assert {"Colosseum", "Etna", "Sicily"} <= set(places_inside("Italy"))
    assert "Louvre" in places_inside("Paris") and "Louvre" in places_inside("France")
    assert places_inside("Dorset") == ()


def test_the_document_puts_a_place_inside_another_with_x_comma_y_and_x_in_y():
    inside = document_containment([
        "In 1987 she opened a studio at Ditchling, Sussex, beside the old forge.",
        "The expedition camped near Kom Ombo in Egypt for a week.",
        "Later she lived in Tromso, Norway.",
    ])
    assert inside == {"sussex": ("Ditchling",), "egypt": ("Kom Ombo",), "norway": ("Tromso",)}
    assert "Ditchling" in hint_forms("England", inside)


def test_lists_and_people_are_not_read_as_one_place_inside_another():
    assert document_containment(["The army took Dover, Canterbury and Winchester in turn."]) == {}
    assert document_containment(["They visited France, Spain and Portugal."]) == {}
    assert document_containment(["The sculptor met Clara Hesse in Paris in 1931."]) == {}


def test_hints_are_matched_as_whole_names_with_their_case():
    usa = hint_forms("United States")
    assert shows_a_hint("A second American tour followed in 1936.", usa) == "American"
    assert shows_a_hint("The North American plate moves west.", usa) == ""
    assert shows_a_hint("The clinic on Wellington Road was nice and quiet.", hint_forms("France")) == ""
    assert shows_a_hint("The Kremlin walls were rebuilt in which century?", hint_forms("Russia")) == "Kremlin"
    assert hint_key("Walks in New York.") == " Walks in New_York "
    assert shows_a_hint("Walks in New York.", hint_forms("England")) == ""  # "New York" holds no "York"


# --- the same prompt


def test_the_answers_adjective_in_its_own_prompt_gives_it_away():
    fact = _fact("In 1931 the Norwegian violinist Halvard Brekke toured Canada.", "Canada")
    verdict = C.hint_in_the_prompt(C.Candidate(fact, "In 1931 the Canadian impresario Paul Roy toured which country?", True))
    assert verdict is not None and verdict.doubt == "hint in the prompt"


def test_a_place_inside_the_answer_in_its_own_prompt_gives_it_away():
    fact = _fact("In 1965 the potter Ellen Marsh returned to England and opened a workshop at Ditchling, Sussex.",
                 "England")
    assert "Ditchling" in fact.hints and "Sussex" in fact.hints
    verdict = C.hint_in_the_prompt(C.Candidate(fact, "Returning to which country, Marsh opened a workshop in Sussex?", True))
    assert verdict is not None and verdict.doubt == "hint in the prompt"
    other = C.hint_in_the_prompt(C.Candidate(fact, "Ellen Marsh returned to which country in 1965?", True))
    assert other is None


def test_a_landmark_in_the_prompt_gives_its_city_away():
    text = "The Louvre is a museum on the Right Bank of the Seine in Paris. It opened to the public in 1793."
    fact = _fact(text, "Paris")
    verdict = C.hint_in_the_prompt(C.Candidate(fact, "The Louvre is a museum on the Right Bank of the Seine in which city?", True))
    assert verdict is not None and verdict.doubt == "hint in the prompt"


# --- other prompts of the pack

_TOUR = """Halvard Brekke

Halvard Brekke was a Norwegian violinist who became one of the best-known soloists of his generation.
In 1931 Brekke toured Canada, where he gave forty concerts in eleven weeks.
A second Canadian tour in 1936 raised money for a music school in Bergen.
Brekke retired in 1958 and died in Oslo in 1971.
"""


def test_a_pack_never_asks_a_country_beside_a_prompt_with_its_adjective():
    for keep_all in (False, True):
        questions = _pack(_TOUR, keep_all).questions
        asked_canada = [q for q in questions if q.type != "truefalse" and q.answer == "Canada"]
        with_adjective = [q for q in questions if "Canadian" in q.prompt]
        assert not (asked_canada and with_adjective), [q.prompt for q in questions]
    prompts = [q.prompt for q in _pack(_TOUR, keep_all=True).questions]
    assert "A second Canadian tour in 1936 raised money for a music school in which city?" in prompts


_DIG = """Rosa Hallam

Rosa Hallam was an English archaeologist who studied the tombs of the Nile valley.
In 1921 Hallam travelled to Egypt with a team of six surveyors.
The team spent the winter of 1922 near Aswan, mapping forty tombs.
Hallam published her report on the tombs in 1927.
"""


def test_a_pack_never_asks_a_country_beside_a_prompt_naming_a_city_inside_it():
    for keep_all in (False, True):
        questions = _pack(_DIG, keep_all).questions
        asked_egypt = [q for q in questions if q.type != "truefalse" and q.answer == "Egypt"]
        with_aswan = [q for q in questions if "Aswan" in q.prompt]
        assert not (asked_egypt and with_aswan), [q.prompt for q in questions]
    assert any(q.answer == "Egypt" for q in _pack(_DIG).questions)  # alone, the country is asked


# --- anniversaries and records

_LIBRARY = """Annelise Vogt Library

The Annelise Vogt Library in Bremen holds the letters of the composer Annelise Vogt, who was born in 1850.
The library was opened in 1950 to mark the centenary of her birth.
Its reading room seats ninety people.
"""


def test_an_anniversary_of_a_year_the_document_gives_is_worked_out():
    assert C.anniversaries("opened to mark the 250th anniversary of the charter") == [250]
    assert C.anniversaries("for the bicentenary of the bridge, twenty years after the fire") == [200, 20]
    assert C.implied_years("The hall was opened in 1950 to mark the centenary of her birth.") == {"1850"}
    fact = _fact(_LIBRARY, "1950")
    verdict = C.computed_anniversary(C.Candidate(fact, fact.question, True, years=frozenset({1850, 1950})))
    assert verdict is not None and verdict.doubt == "obvious"
    assert C.computed_anniversary(C.Candidate(fact, fact.question, True, years=frozenset({1950}))) is None
    assert "1950" not in [str(q.answer) for q in _pack(_LIBRARY).questions if q.type != "truefalse"]


def test_a_statement_of_an_anniversary_gives_away_the_start_year_asked_elsewhere():
    from game.generate.select import _Chooser
    chooser = _Chooser(("choice", "number", "text", "truefalse"), 0, keep_all=True)
    birth = _fact(_LIBRARY, "1850")
    chooser._record(_fact(_LIBRARY, "1950"), "truefalse", True,
                    "The library was opened in 1950 to mark the centenary of her birth.", set())
    assert chooser.why_not_asked(birth, ("choice", "number", "text")) == "giveaway"


def test_a_record_for_doing_a_thing_in_how_many_different_ways_is_two_at_a_glance():
    text = "Mira Solberg was a speed skater from Trondheim. Solberg was the only skater to win world titles in two different decades."
    fact = _fact(text, "two")
    verdict = C.record_for_two(C.Candidate(fact, fact.question, True))
    assert verdict is not None and verdict.doubt == "obvious"
    three = _fact(text.replace("two different", "three different"), "three")
    assert C.record_for_two(C.Candidate(three, three.question, True)) is None
    plain = _fact("Mira Solberg won world titles in two different decades.", "two")
    assert C.record_for_two(C.Candidate(plain, plain.question, True)) is None


# --- the opening definition of a well-known subject


def test_the_opening_definition_of_a_well_known_subject_is_common_knowledge():
    text = ("Portugal is a country on the Iberian Peninsula in south-western Europe. "
            "Its population was about 10.3 million in 2021. Lisbon has been its capital since 1255.")
    fact = next(f for f in _facts(text) if f.statement and f.statement.startswith("Portugal is a country"))
    verdict = C.defines_a_known_subject(C.Candidate(fact, fact.statement, False, topic="Portugal"))
    assert verdict is not None and verdict.doubt == "obvious"


def test_the_opening_definition_of_an_unknown_subject_is_no_common_knowledge():
    text = ("Harrowgate Moss is a lowland raised bog on the edge of the Brannock valley. "
            "It covers about 180 hectares and has been a reserve since 1987.")
    fact = next(f for f in _facts(text) if f.statement and f.statement.startswith("Harrowgate Moss is a"))
    assert C.defines_a_known_subject(C.Candidate(fact, fact.statement, False, topic="Harrowgate Moss")) is None


def test_a_relative_bearing_the_answers_name_gives_it_away():
    from game.generate.facts import _leaks
    from game.generate.kinds import Span
    text = "Clara Vane was born in Leeds, the only daughter of the painter Vane and his wife Mary Holt."
    span = Span(text.index("Vane and"), text.index("Vane and") + 4, "Vane", "person")
    prompt = "Clara Vane was born in Leeds, the only daughter of which painter and his wife Mary Holt?"
    assert _leaks(prompt, span, "which painter", ("Clara Vane", "Mary Holt"))
    other = Span(0, 0, "Edgar Lowe", "person")
    assert not _leaks("Clara Vane married which painter in 1890?", other, "which painter", ("Clara Vane",))
