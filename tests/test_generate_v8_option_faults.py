"""Wrong options of another kind, or ruled out by the prompt, or right as well, and prompts whose
own words give the answer, as the v7 and v8 readings found them. Every test uses sentences of
its own of the same shape, not a blind document's."""

from __future__ import annotations

from types import SimpleNamespace

from game.generate.confidence import THRESHOLD, Candidate, head_in_the_prompt
from game.generate.kinds import DEFINED_TERM, PERSON, PLACES, Span
from game.generate.lexicon import fold, lexicon
from game.generate.spans import find_spans, gather_context
from tests.generate_helpers import text_facts


def _kinds(sentences: list[str]) -> dict[str, str]:
    """Each span of the sentences, read with the whole text's context, and its kind."""
    context = gather_context(sentences)
    return {span.text: span.kind for text in sentences for span in find_spans(text, context)}


def _offered(facts, answer: str) -> list[str]:
    return [o for f in facts if f.answer == answer for o in f.wrong + [w for _s, w in f.false_statements]]


_COMPOSER = ("Karel Novotny was born in Hradec, a small town on the Elbe. "
             "He studied in Vienna with the composer Joseph Haydn, and later settled in Brno. "
             "He admired the clear forms he found in Mozart and Haydn above all. "
             "His best-known piece is a nocturne in E-flat major, written in Olomouc in 1821. "
             "He died in Brno in 1840.")


def test_a_musical_key_after_in_is_no_place():
    kinds = _kinds(_COMPOSER.split(". "))
    assert kinds.get("E-flat") not in ("place", "city"), kinds
    facts = text_facts(_COMPOSER)
    for answer in ("Hradec", "Brno", "Olomouc", "Vienna"):
        assert "E-flat" not in _offered(facts, answer)


def test_a_name_listed_after_in_with_a_person_is_no_place():
    kinds = _kinds(_COMPOSER.split(". "))
    assert kinds.get("Mozart") not in ("place", "city"), kinds
    facts = text_facts(_COMPOSER)
    for answer in ("Hradec", "Brno", "Olomouc", "Vienna"):
        assert "Mozart" not in _offered(facts, answer)


def test_a_railway_named_before_a_verb_is_no_person():
    text = ("The Kendal and Windermere Railway opened in 1847 to carry tourists to the lakes. "
            "Thomas Telford surveyed the route, and Joseph Locke built the line. "
            "Robert Stephenson supplied the first engines.")
    kinds = _kinds(text.split(". "))
    assert kinds.get("Windermere Railway") != PERSON, kinds
    for fact in text_facts(text):
        assert not any("Railway" in option for option in fact.wrong if fact.span.kind == PERSON), fact.wrong


def test_a_plural_role_before_one_name_is_a_team_not_a_person():
    text = "The draw leaves Hollins fourth, three points behind leaders Marsh Lane after twelve rounds."
    assert _kinds([text]).get("Marsh Lane") != PERSON


def test_a_plural_role_before_a_list_of_names_still_names_people():
    text = "The crew included astronauts Nadia Kerr and Tomas Hale, who trained for two years."
    kinds = _kinds([text])
    assert kinds.get("Nadia Kerr") == PERSON and kinds.get("Tomas Hale") == PERSON, kinds


def test_what_a_person_presided_over_is_no_person():
    text = "From 1960 to 1975 Edith Marlow served as President of the Harwick Field Society, which she had founded."
    for span_text, kind in _kinds([text]).items():
        assert not (kind == PERSON and span_text[:1].islower()), (span_text, kind)


def test_a_first_name_alone_is_never_offered_a_surname_of_the_document():
    text = ("Our bakery was founded by Henry Lovell and his wife Margaret in 1880. "
            "When Henry died, the shop passed to his daughters Agnes and Clara. "
            "Agnes ran the ovens; Clara kept the books and opened a second shop. "
            "Agnes's plum cake recipe was printed in the county paper in 1915. "
            "The Lovell family sold the bakery in 1962.")
    facts = [f for f in text_facts(text) if f.answer in ("Agnes", "Clara") and f.span.kind == PERSON]
    assert facts
    for fact in facts:
        assert "Lovell" not in fact.wrong + [w for _s, w in fact.false_statements], fact.wrong


def test_a_lake_asked_in_a_named_country_is_offered_no_lake_the_lists_put_elsewhere():
    text = ("The airship Hansa first flew over Lake Constance in southern Germany in 1910. "
            "It carried twenty passengers on its first trip.")
    facts = [f for f in text_facts(text) if f.answer == "Lake Constance" and f.question]
    assert facts
    for fact in facts:
        assert "germany" in fold(fact.question)
        for option in fact.wrong:
            entries = lexicon().lookup(option)
            assert not entries or any(fold(e.group) == "germany" for e in entries), fact.wrong


def test_the_nation_a_report_is_about_is_never_offered_for_a_place_inside_it():
    text = ("2021 was the driest year in Norland since national records began. "
            "The capital, Velholm, had only 410 mm of rain. "
            "On 3 March a gale brought gusts of 150 km/h at Skarn Point. "
            "In June hail damaged crops near Tovik. "
            "Floods in Ostby closed the main road in October.")
    facts = text_facts(text)
    for answer in ("Skarn Point", "Tovik", "Ostby", "Velholm"):
        assert "Norland" not in _offered(facts, answer)


def test_a_number_the_prompt_works_out_is_no_confident_question():
    text = ("The Harwick Water Board reported that reservoir stocks reached 2,400 megalitres in June, "
            "or 120% of the seasonal average of 2,000 megalitres.")
    facts = [f for f in text_facts(text) if f.question and f.span.family not in (PLACES,)
             and f.span.value is not None and float(f.span.value) == 2000]
    assert facts
    for fact in facts:
        assert fact.confidence < THRESHOLD and "obvious" in fact.doubts, (fact.question, fact.confidence, fact.doubts)


def test_a_percentage_compared_with_a_range_of_years_is_not_worked_out():
    text = "Online bookings now make up 31.5% of all bookings at the Harwick Museum, compared with 24.0% in 2019–20."
    facts = [f for f in text_facts(text) if f.question and f.answer == "31.5%"]
    for fact in facts:
        assert "obvious" not in fact.doubts, fact.doubts


def _term_candidate(prompt: str, answer: str, wrong: list[str]) -> Candidate:
    span = Span(0, len(answer), answer, DEFINED_TERM)
    return Candidate(SimpleNamespace(span=span, wrong=wrong), prompt, True)


def test_a_defined_term_whose_head_word_the_prompt_says_is_obvious_beside_options_of_other_heads():
    prompt = "What is the term for the sum of the branch currents?"
    verdict = head_in_the_prompt(_term_candidate(prompt, "combined current", ["ammeter", "voltage", "resistance"]))
    assert verdict is not None and verdict.factor < 1 and verdict.doubt == "obvious"


def test_a_defined_term_whose_head_word_the_options_share_too_is_not_obvious():
    prompt = "What is the term for the sum of the branch currents?"
    candidate = _term_candidate(prompt, "combined current", ["conventional current", "leakage current", "voltage"])
    assert head_in_the_prompt(candidate) is None


def test_a_typed_defined_term_with_its_genus_in_the_prompt_is_not_obvious():
    prompt = "What is the term for a valve that lets steam out of a boiler?"
    assert head_in_the_prompt(_term_candidate(prompt, "relief valve", [])) is None


_ASTRONOMER = ("Ada Quint was a pioneer of radio astronomy. She was born in Leeds in 1921. "
               "In 1950 she built a radio telescope with Tom Varley, who had also studied the radio sky during the war. "
               "Her student Jane Orr later became a novelist. Her friend Paul Dunmore was a banker in York. "
               "Quint was elected to the Royal Society in 1962. She married the painter Henry Ashdown in 1948.")


def test_a_person_the_document_ties_to_the_same_work_is_no_wrong_option_for_a_description():
    facts = [f for f in text_facts(_ASTRONOMER) if f.question and f.question.startswith("Who was a pioneer")]
    assert facts
    for fact in facts:
        assert not any("Varley" in option for option in fact.wrong), fact.wrong


def test_a_person_of_other_work_stays_an_option_for_a_description():
    facts = [f for f in text_facts(_ASTRONOMER) if f.question and f.question.startswith("Who was a pioneer")]
    assert facts and all("Paul Dunmore" in f.wrong for f in facts), [f.wrong for f in facts]


def test_a_year_that_opens_a_long_span_is_not_moved_a_little_to_make_a_false_statement():
    text = "The number of looms in the valley roughly doubled between 1720 and 1820, according to parish records."
    facts = [f for f in text_facts(text) if f.answer in ("1720", "1820")]
    assert facts
    for fact in facts:
        for _statement, option in fact.false_statements:
            assert abs(int(option) - int(fact.answer)) >= 25, fact.false_statements


def test_a_year_of_a_short_span_may_still_be_moved():
    text = "The new harbour wall at Penhallow was built between 1871 and 1875 by the county engineers."
    facts = [f for f in text_facts(text) if f.answer == "1871"]
    assert facts and any(f.false_statements for f in facts)


def test_what_held_during_a_century_is_not_made_false_with_another_century():
    text = ("The Harwick Brook rises on Coldfell Moor and joins the Tavy near Lidford. "
            "During the 17th century the Harwick Brook turned the wheels of a dozen fulling mills.")
    facts = [f for f in text_facts(text) if f.answer == "17th"]
    assert facts
    assert not any(f.false_statements for f in facts), [f.false_statements for f in facts]


_MATCH = ("The Harriers beat the Rovers 3-1 at Elm Park on Saturday. Coach Tom Bexley praised his side afterwards. "
          "Referee Paula Grint sent off defender Mark Ollis in the 60th minute. "
          "Striker Dean Carver scored twice before half-time. Winger Lee Moss added a third.")


def test_a_role_word_opening_a_sentence_is_no_part_of_the_name():
    kinds = _kinds(_MATCH.split(". "))
    assert kinds.get("Dean Carver") == PERSON and "Striker Dean Carver" not in kinds, kinds


def test_a_scorer_is_never_offered_the_coach_or_the_referee():
    facts = [f for f in text_facts(_MATCH) if f.answer in ("Dean Carver", "Striker Dean Carver", "Lee Moss",
                                                            "Winger Lee Moss")]
    assert facts
    for fact in facts:
        assert not {"Tom Bexley", "Paula Grint"} & set(fact.wrong), fact.wrong


_FLIGHTS = ("1 June 1890 – French chemist Paul Arnaud flies a hot-air balloon over Lyon for an hour. "
            "3 May 1893 – Swiss engineer Karl Imhof begins testing a steam-driven kite on the Rhine. "
            "9 July 1895 – Dutch mechanic Pieter Smit flies a paper glider near Utrecht. "
            "2 March 1897 – Belgian inventor Luc Verhaegen builds a folding wing in Ghent. "
            "4 April 1899 – Ada Reyes crosses the Solent in a balloon. "
            "8 August 1901 – Austrian engineer Franz Huber begins making repeated controlled glider flights.")


def test_a_person_asked_with_a_nationality_is_offered_only_people_of_that_nation():
    facts = [f for f in text_facts(_FLIGHTS) if f.question and f.answer == "Franz Huber"
             and f.question.startswith("Which Austrian")]
    assert facts
    for fact in facts:
        assert not fact.wrong, fact.wrong



def test_a_person_of_the_nation_the_prompt_names_stays_an_option():
    text = _FLIGHTS + (" 5 May 1902 – Austrian steam engineer Josef Gruber builds a glider in Graz."
                       " 6 June 1903 – Austrian kite engineer Anton Weiss flies a kite over Linz."
                       " 7 July 1904 – Austrian rotor engineer Emil Brandl tests a rotor in Vienna.")
    facts = [f for f in text_facts(text) if f.question and f.answer == "Franz Huber"
             and f.question.startswith("Which Austrian")]
    assert facts
    for fact in facts:
        assert {"Josef Gruber", "Anton Weiss", "Emil Brandl"} & set(fact.wrong), fact.wrong
        assert not {"Paul Arnaud", "Karl Imhof", "Pieter Smit", "Luc Verhaegen"} & set(fact.wrong), fact.wrong


def test_names_made_up_for_the_nation_the_prompt_names_stay_options():
    text = ("Peroxidase is an enzyme found in horseradish roots. "
            "Peroxidase was first described by the American chemist Walter Bramley in 1898. "
            "It breaks down hydrogen peroxide into water and oxygen.")
    facts = [f for f in text_facts(text) if f.question and f.answer == "Walter Bramley" and "American" in f.question]
    assert facts
    assert all(len(f.wrong) >= 3 for f in facts), [f.wrong for f in facts]


def test_a_percentage_the_prompt_works_out_is_no_confident_question():
    text = ("The Harwick Water Board reported that reservoir stocks reached 2,400 megalitres in June, "
            "or 120% of the seasonal average of 2,000 megalitres.")
    facts = [f for f in text_facts(text) if f.question and f.answer == "120%"]
    assert facts
    for fact in facts:
        assert "2,000" in fact.question and "2,400" in fact.question
        assert fact.confidence < THRESHOLD and "obvious" in fact.doubts, (fact.question, fact.confidence, fact.doubts)
