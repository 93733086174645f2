"""Faults a strict reader finds in questions, each refused or mended: a "she" that may be either
of two women, an aside cut off before the end of its list, a report's header read as a museum
label, a free "what" beside the question word, and the doubts that wrongly kept good questions
out (a participle read as part of a noun, a prompt about kinds of things, a prompt naming what
the whole text is about)."""

from __future__ import annotations

from game.generate import document_from_bytes, generate_pack
from game.generate import confidence as C
from game.generate.facts import subject_words
from game.generate.labels import read_label
from tests.generate_helpers import text_facts


_facts = text_facts


def _prompts(text: str) -> list[str]:
    return [f.question or "" for f in _facts(text)] + [f.statement or "" for f in _facts(text)]


def test_she_after_a_sentence_whose_she_came_before_another_woman_is_not_read_as_that_woman():
    text = ("Vera Rubin measured how fast galaxies spin. In 1996 she became the second woman, after Caroline "
            "Herschel in 1828, to receive the Gold Medal of the Royal Astronomical Society. She married Robert "
            "Rubin, a mathematician, in 1948.")
    prompts = _prompts(text)
    assert not any("Herschel married" in p for p in prompts), prompts


def test_she_after_a_sentence_that_names_only_her_is_still_read():
    text = ("Caroline Herschel was born in Hanover in 1750. She moved to England in 1772 to join her brother "
            "William Herschel. She discovered eight comets between 1786 and 1797.")
    prompts = _prompts(text)
    assert any(p.startswith("Caroline Herschel discovered") for p in prompts), prompts


def test_an_aside_is_cut_with_the_end_of_its_list_or_not_at_all():
    text = ("Vera Florence Cooper was born on 23 July 1928 in Philadelphia, the younger of two daughters of Philip "
            "Cooper, an electrical engineer, and Rose Applebaum Cooper.")
    prompts = _prompts(text)
    assert "Who was born on 23 July 1928 in Philadelphia?" in prompts, prompts
    assert not any(p.endswith("in Philadelphia and Rose Applebaum Cooper?") for p in prompts), prompts
    assert not any("Philadelphia and who" in p for p in prompts), prompts


def test_a_report_header_of_named_fields_is_no_object_label():
    header = ["Donoghue v Stevenson: a summary of the ruling", "Court: House of Lords", "Decided: 26 May 1932",
              "Citation: [1932] UKHL 100"]
    assert read_label(header) == []
    label = ["Ritual wine vessel (hu)", "China, Warring States period, 380\u2013246 BC", "Bronze with gold inlay",
             "Gift of Eleanor Whitcombe, 1962"]
    assert [line.role for line in read_label(label)][:3] == ["title", "date", "material"]


def test_a_report_header_gives_no_question_about_the_title_being_made():
    text = ("Donoghue v Stevenson: a summary of the ruling\n\nCourt: House of Lords\n\nDecided: 26 May 1932\n\n"
            "On the evening of 26 August 1928, May Donoghue went with a friend to the Wellmeadow Caf\u00e9 in "
            "Paisley. The House of Lords refined the test in Caparo Industries v Dickman in 1990.")
    pack = generate_pack([_write(text)])
    assert not any(" made?" in q.prompt for q in pack.questions), [q.prompt for q in pack.questions]


def _write(text: str) -> str:
    import tempfile
    from pathlib import Path
    folder = Path(tempfile.mkdtemp())
    path = folder / "report.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_clause_with_a_free_what_is_not_asked_with_another_what():
    text = "In the leading speech, Lord Atkin set out what became known as the neighbour principle."
    assert not any(p.count("what") > 1 for p in _prompts(text) if p.endswith("?")), _prompts(text)


def test_a_participle_after_a_definite_noun_says_which_one():
    phrases = C.definite_phrases("The charter creating the Harvard Corporation was granted in what year?")
    charter = next(p for p in phrases if p[1] == "charter")
    assert charter[3], phrases
    assert C.vague_references("The charter creating the Harvard Corporation was granted in what year?") == 1.0


def test_a_prompt_about_kinds_of_things_needs_no_name():
    keywords = frozenset({"volcanoes", "earthquakes", "boundaries", "convergent"})
    assert C.generic("Arcs of volcanoes and earthquakes were explained as what?", keywords)
    assert not C.generic("The arcs were explained as what?", keywords)           # which arcs?
    assert not C.generic("Officials said prices would rise by what?", keywords)  # no key term of the text
    assert not C.generic("They were explained as what?", keywords)


def test_a_prompt_about_kinds_of_things_is_not_doubted_for_naming_nothing():
    text = ("Plate tectonics explains the shape of the Earth's surface. Arcs of volcanoes and earthquakes were "
            "explained as convergent boundaries. Volcanoes and earthquakes are common along boundaries of plates. "
            "Convergent boundaries destroy crust.")
    fact = next(f for f in _facts(text) if f.answer == "convergent boundaries")
    verdict = C.stands_alone(C.Candidate(fact, fact.question, True, keywords=frozenset(
        {"volcanoes", "earthquakes", "boundaries", "convergent"})))
    assert verdict is None, fact.question


def test_the_words_of_the_title_the_text_repeats_say_what_it_is_about():
    counts = {"enzyme": 3, "catalase": 5, "practical": 0, "biology": 1}
    assert subject_words("Biology practical 7: the enzyme catalase", counts, set()) == {"enzyme", "catalase"}
    named, _dated = C.anchors("Farmhouse kitchens baked soda bread in a covered iron pot called what?", "",
                              frozenset(), frozenset(), frozenset({"soda", "bread"}))
    assert named
    named, _dated = C.anchors("Farmhouse kitchens baked it in a covered iron pot called what?", "",
                              frozenset(), frozenset(), frozenset({"soda", "bread"}))
    assert not named


def test_a_life_story_opening_with_a_name_and_going_on_with_she_is_about_that_person():
    text = ("Vera Rubin, the American astronomer, died in Princeton in 2016. She was born in Philadelphia in 1928. "
            "She studied astronomy at Vassar College. She earned her doctorate at Georgetown University in 1954. "
            "In 1965 she joined the Carnegie Institution of Washington. She received the National Medal of "
            "Science in 1993.")
    facts = [f for f in _facts(text) if f.answer == "1993" and f.question]
    assert [f.question for f in facts] == ["Vera Rubin received the National Medal of Science in what year?"]
    assert "main person" in facts[0].resolved


def test_a_text_whose_she_sentences_are_few_names_no_one_it_is_about():
    from game.generate.facts import _opening_person
    from game.generate.spans import gather_context
    from game.generate.facts import spans_of
    text = ("Anna Berg opened the bakery in 1990. Her brother Tomas Berg ran the shop. She sold it in 2001.")
    document = document_from_bytes(text.encode(), "t.txt")
    context = gather_context([s.text for s in document.sentences])
    assert _opening_person(spans_of(document, context), context, [s.text for s in document.sentences]) is None


def test_a_step_after_a_fronted_time_is_an_instruction_whatever_its_verb():
    from game.generate.clean import is_instruction
    assert is_instruction("Once a month, grind 35 g of grinder cleaning tablets at setting 20.")
    assert not is_instruction("Once a month, the council inspects the bridge.")
    assert not is_instruction("Every year, engineers inspect the arch.")
    assert not is_instruction("Once a month, volunteers clean the beach.")


def test_what_a_clause_says_after_an_aside_is_kept_not_cut_off_as_another_aside():
    text = ("In 1996 Vera Rubin became the second woman, after Caroline Herschel in 1828, to receive the Gold Medal "
            "of the Royal Astronomical Society.")
    asked = [p for p in _prompts(text) if p.endswith("?")]
    assert asked and all("to receive the Gold Medal" in p for p in asked), asked


def test_a_clause_a_relative_interrupts_before_its_verb_is_not_asked_cut_short():
    text = ("Lewis's second title came after Ben Johnson of Canada, who crossed the line first in Seoul, was "
            "disqualified for doping.")
    assert not any(p.endswith("Ben Johnson of which country?") or "after whom of Canada?" in p
                   for p in _prompts(text)), _prompts(text)


def test_a_word_before_the_article_of_a_name_is_no_adjective_of_it_and_a_medal_is_no_society():
    text = ("In 1996 Vera Rubin became the second woman, after Caroline Herschel in 1828, to receive the Gold Medal "
            "of the Royal Astronomical Society.")
    prompts = _prompts(text)
    assert not any("which receive" in p or "which society" in p for p in prompts), prompts
