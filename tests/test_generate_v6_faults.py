"""Faults a blind reader found in the default packs of ten documents of new kinds (an interview, a
council notice, museum labels, a court summary, a results page ...), each refused or mended by a
general rule. Every test uses a sentence of its own of the same shape, not the document's."""

from __future__ import annotations

import re

from tests.generate_helpers import text_facts


def _asked(text: str, answer: str) -> list[str]:
    return [f.question for f in text_facts(text) if f.question and f.answer == answer]


def test_a_speed_keeps_its_whole_unit():
    text = ("Mrs Hale told the court that the van was travelling at about 45 miles per hour on a narrow lane. "
            "The test train reached 120 kilometres an hour near Doncaster.")
    units = {f.answer: f.span.unit for f in text_facts(text) if f.question and f.span.unit}
    assert units.get("45") == "miles per hour", units
    assert units.get("120") == "kilometres an hour", units


def test_a_rough_era_year_is_offered_years_far_enough_away():
    text = "The first bronze tools were cast in Anatolia around 2800 BC, long before iron was known."
    facts = [f for f in text_facts(text) if f.question and f.answer == "2800 BC"]
    assert facts
    for fact in facts:
        for option in fact.wrong:
            year = int(re.match(r"\d+", option).group(0))
            assert abs(year - 2800) >= 100, fact.wrong


def test_a_statement_and_a_question_are_never_run_together():
    text = ("Austria was defeated, and the Peace of Prague (1866) gave Prussia control of the northern German "
            "states. Sarah Cole scored in the 12th and 40th minutes and Jack Mills added a third after the break.")
    questions = [f.question for f in text_facts(text) if f.question]
    assert not any(re.search(r"defeated, and|minutes and (?:who|Jack)|which city gave", q) for q in questions), \
        questions


def test_a_speaker_label_is_no_company_and_no_answer():
    text = ("Interview with Ian Burke, ferry pilot on the Solent\n\n"
            "Interviewer: What advice would you give a new pilot?\n\n"
            "IBM: Watch the tide tables, and keep a spare radio on board.\n\n"
            "IBM: The crossing took forty minutes in good weather.")
    facts = text_facts(text)
    assert not [f for f in facts if f.answer == "IBM"]
    assert not any(f.question and "company" in f.question for f in facts)


def test_a_notice_formula_and_a_label_credit_line_are_page_furniture():
    text = ("PUBLIC NOTICE IS HEREBY GIVEN that Eastfield District Council proposes to close Mill Road under "
            "section 21 of the Highways Act 1980.\n\n"
            "Bronze hand mirror\nRoman, about AD 100-200\nFound at Colchester\n"
            "Gift of Dr Walter Lyle, 1948 (Acc. no. 1948.12)\n\n"
            "The mirror was polished so that its owner could see her face.")
    facts = text_facts(text)
    for fact in facts:
        said = " ".join(filter(None, [fact.question, fact.statement]))
        assert "HEREBY" not in said and "Lyle" not in said and "Acc" not in said, said


def test_a_count_repeated_in_a_pair_is_not_changed_to_make_an_absurd_statement():
    text = "Most coasts have two high and two low tides each day, because the Moon pulls the oceans."
    for fact in text_facts(text):
        for statement, _swapped in fact.false_statements:
            assert not re.search(r"two high and (?!two)\w+ low", statement), statement


def test_a_sea_from_the_word_lists_is_not_swapped_in_to_make_a_statement_false():
    text = ("The Baltic Sea was the heart of the trade. Grain came from Danzig and fish from Bergen. "
            "Riga lay on the route to the Baltic Sea and grew rich from the trade in furs.")
    for fact in text_facts(text):
        if fact.answer == "Baltic Sea":
            assert not fact.false_statements, fact.false_statements


def test_a_which_after_two_names_or_a_participle_is_not_given_one_subject():
    text = ("Salt from Cheshire was valuable because it was used to cure cod caught off northern Norway, "
            "which was sold across southern Europe in Lent. "
            "In 1358 Bremen and Lübeck, which lay on the route to the Baltic Sea, agreed to share the cost of "
            "a new road.")
    said = [s for f in text_facts(text) for s in (f.question, f.statement) if s]
    assert not any(s.startswith("Norway was sold") for s in said), said
    assert not any("Bremen and Lübeck lay" in s for s in said), said


def test_a_title_is_taken_whole_or_not_at_all():
    text = ("After leaving the museum he wrote a popular guide, The Birds Beyond the Marsh (1998), which was "
            "translated into four languages.")
    facts = text_facts(text)
    assert not any(f.span.text in ("Marsh", "the Marsh") for f in facts)
    said = [s for f in facts for s in (f.question, f.statement) if s]
    assert not any(s.startswith("The Marsh") for s in said), said
