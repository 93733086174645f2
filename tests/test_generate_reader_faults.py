"""Faults a careful reader meets most often in generated questions, each refused or mended: a
question word fronted without "did", a count the prompt lets the player work out, a prompt
that only the document around it explains, a possessive given to what another sentence was
about, a true/false statement that is no whole sentence, and garbled prompts of `--all` packs."""

from __future__ import annotations

from game.generate import GenerateOptions, document_from_bytes, generate_pack
from game.generate.phrasing import needs_the_document, reads_as_question
from tests.generate_helpers import text_facts


_facts = text_facts


def _questions(text: str) -> list[str]:
    return [f.question for f in _facts(text) if f.question]


def _statements(text: str) -> list[str]:
    return [f.statement for f in _facts(text) if f.statement]


def _pack_prompts(text: str, name: str = "t.txt") -> list[str]:
    pack = generate_pack([document_from_bytes(text.encode(), name)], GenerateOptions(keep_all=True))
    return [q.prompt for q in pack.questions]


# 1. The question word is never fronted without "did".

def test_a_question_word_inside_a_fronted_time_phrase_is_asked_at_the_end():
    text = ("Nicolas Appert was a confectioner in Paris. From around 1795 Appert experimented with ways of keeping "
            "food in sealed glass jars.")
    questions = _questions(text)
    assert "Nicolas Appert experimented with ways of keeping food in sealed glass jars from around what year?" in questions
    assert not any(q.startswith("From around what year") for q in questions), questions


def test_by_the_end_of_a_year_is_asked_at_the_end_of_its_clause():
    questions = _questions("By the end of 2019, the cooperative had planted more than 40,000 oak trees in Wales.")
    assert "The cooperative had planted more than 40,000 oak trees in Wales by the end of what year?" in questions
    assert not any(q.startswith("By the end of what") for q in questions), questions


def test_a_wh_phrase_inside_an_opening_prepositional_phrase_is_no_question_without_inversion():
    assert not reads_as_question("From around what year Appert experimented with glass jars", "what year")
    assert not reads_as_question("By the end of what year, the company had sold two billion phones", "what year")
    assert not reads_as_question("At the age of how many Lena Vogt won the Berlin open", "how many")
    assert reads_as_question("In England, who set up the first press at Westminster in 1476", "who")
    assert reads_as_question("Appert experimented with glass jars from around what year", "what year")
    assert reads_as_question("About how many runners from 133 countries started the race", "how many")


def test_an_evening_of_a_date_is_asked_at_the_end():
    questions = _questions("On the evening of 26 August 1928, May Donoghue went with a friend to a cafe in Paisley.")
    assert "May Donoghue went with a friend to a cafe in Paisley on the evening of what date?" in questions


# 2. A count the rest of the prompt gives away is not asked.

def test_a_count_the_prompt_multiplies_out_is_not_asked():
    text = ("The under-16 hockey festival at Ashfell was played on Saturday. Eight schools took part in the festival, "
            "split into two groups of four.")
    questions = _questions(text)
    assert not any("how many schools" in q.lower() for q in questions), questions


def test_a_count_the_prompt_adds_up_is_not_asked():
    text = ("The final of the Harnsby sprint was run in heavy rain. Seven of the eight finalists ran under eleven "
            "seconds, and the only man who did not, Paul Osei, slipped at the start.")
    questions = _questions(text)
    assert not any("of how many finalists" in q for q in questions), questions


def test_two_given_away_by_either_side_or_between_is_not_asked():
    text = ("The Triple Bridge in Ljubljana was built in 1842. In 1932 Joze Plecnik added two footbridges on either "
            "side of the old stone bridge. The grind ring of the Kaldi KG-5 grinder sets the gap between two steel "
            "burrs.")
    questions = _questions(text)
    assert not any("how many footbridges" in q for q in questions), questions
    assert not any("between how many" in q for q in questions), questions


def test_a_count_that_nothing_in_the_prompt_gives_away_is_still_asked():
    questions = _questions("Eight schools from the Yorkshire Dales took part in the hockey festival at Ashfell.")
    assert any(q.startswith("How many schools") for q in questions), questions


# 3. A prompt that only the document explains is not asked.

def test_phrases_that_point_into_the_document_are_recognised():
    for text in ("A short walk further on is the Dragon Bridge, opened in what year?",
                 "In the same year the Curies moved to which town?",
                 "Two years later Pierre Curie was killed in which city?",
                 "The other one was built in what year?",
                 "Within a few years canning reached which continent?",
                 "Later that year the museum reopened in which city?",
                 "Romania and Kazakhstan reported the most cases."):
        assert needs_the_document(text), text
    for text in ("Djokovic had undergone knee surgery only five weeks before the tournament.",
                 "Marie Curie won a second Nobel Prize in what year?",
                 "The company was founded two years before the war began in which city?",
                 "Romania reported the most cases of measles in Europe in 2023."):
        assert not needs_the_document(text), text


def test_a_sentence_that_points_into_the_document_gives_neither_question_nor_statement():
    text = ("Ljubljana's old town is small and easy to walk. The Triple Bridge crosses the river Ljubljanica. "
            "A short walk further on is the Dragon Bridge, opened in 1901. Marie Curie won a Nobel Prize in 1903. "
            "In the same year the Curies moved to a larger house in Sceaux.")
    facts = _facts(text)
    for fact in facts:
        for prompt in (fact.question or "", fact.statement or ""):
            assert "further on" not in prompt and "same year" not in prompt, prompt


# 4. A possessive is given to the one thing it stands for, or the clause is not used.

def test_its_in_a_clause_after_the_sentences_own_subject_is_not_given_to_the_thing_before():
    text = ("European planemaker Airbus delivered 735 commercial aircraft in 2023. Its American rival Boeing "
            "delivered 528 jets in 2023. Airbus employs about 147,000 people and is registered in Leiden in the "
            "Netherlands, although most of its aircraft are assembled in Toulouse and Hamburg.")
    prompts = _questions(text) + _statements(text)
    assert not any("Boeing's aircraft" in p for p in prompts), prompts


def test_a_description_opening_the_clause_becomes_the_wh_phrase():
    questions = _questions("European planemaker Airbus delivered 735 commercial aircraft in 2023.")
    assert "Which European planemaker delivered 735 commercial aircraft in 2023?" in questions
    assert not any("planemaker which" in q for q in questions), questions


# 6. A true/false statement is a whole sentence that stands alone.

def _false_statements(text: str) -> list[str]:
    return [s for f in _facts(text) for s, _option in (f.false_statements or [])]


def test_a_country_swapped_in_takes_the_article_its_name_needs():
    text = ("The telegraph spread quickly in the nineteenth century. The first telegraph line in the United States "
            "ran from Washington to Baltimore. The first line in Canada opened in 1846. Mexico followed in 1851.")
    statements = _false_statements(text)
    assert "The first telegraph line in Canada ran from Washington to Baltimore." in statements, statements
    assert not any("the Canada" in s or "the Mexico" in s for s in statements), statements
    assert "The first line in the United States opened in 1846." in statements, statements


def test_a_reason_with_a_pronoun_of_its_own_sentence_is_never_swapped_into_a_statement():
    text = ("Rivers flood for several reasons. Heavy rain on frozen ground leads to rapid flooding, because the water "
            "cannot soak into the soil. A river drops its load near the mouth because the river has too little energy "
            "to carry them. Deserts are cold at night because there are few clouds to trap the heat.")
    statements = _false_statements(text)
    assert not any(" them." in s for s in statements), statements


def test_a_lab_step_is_no_statement_to_judge():
    text = ("Catalase is an enzyme found in nearly all living cells. Drop two potato cubes into the first tube and "
            "start the stopwatch. Swirl the tube gently for ten seconds.")
    prompts = _statements(text) + _questions(text)
    assert not any(p.startswith(("Drop", "Swirl")) for p in prompts), prompts


def test_a_clause_after_a_preposition_is_no_key_term_nor_wrong_option():
    text = ("Soda bread is a quick bread that rises without yeast. Farls are a part of the Ulster fry, the breakfast "
            "of Northern Ireland, where they are fried beside potato bread.")
    facts = _facts(text)
    assert not any("beside" in f.answer for f in facts), [f.answer for f in facts]
    assert not any("beside" in w for f in facts for w in f.wrong), [f.wrong for f in facts]


# 5. Garbled prompts, met mostly in `--all` packs, are not written.

def test_shapes_of_a_misread_clause_are_garbled():
    from game.generate.phrasing import garbled
    for text in ("A floodplain is what, flat area of land on either side of a river?",
                 "Applied to what, the principle meant that a maker owes a duty of care?",
                 "Cancer is what in which cells divide without control?",
                 "The opening ceremony was attended by Empress who of France?",
                 "The number how many bus will not serve the stops on Mill Lane?",
                 "In 1990 the House of Lords refined the test in which place v Dickman?",
                 "Telegraph companies grew quickly, and which union?",
                 "Telegraph founded by Hiram Sibley in what year?",
                 "Telegraph companies grew quickly, and Western Union."):
        assert garbled(text), text
    for text in ("According to which space agency, the comet has a rubber duck shape?",
                 "Morse code was developed by Morse and his assistant who?",
                 "Prices increased by 5 percent in what year?",
                 "The House of Lords refined the test in Caparo Industries v Dickman in what year?",
                 "Alcaraz took the first two sets in just how many minutes?"):
        assert not garbled(text), text


def test_a_bus_number_and_a_clause_cut_after_its_and_are_not_asked():
    text = ("The number 42 bus will not serve the stops on Mill Lane during the closure. Telegraph companies grew "
            "quickly, and Western Union, founded by Hiram Sibley in 1851, became the largest of them.")
    prompts = _questions(text) + _statements(text)
    assert not any("number how many" in p or p.startswith("Telegraph founded") or p.endswith("and Western Union.")
                   for p in prompts), prompts


# Density: a short document's best statement is asked too.

def test_a_short_document_with_one_question_also_states_its_best_statement():
    from pathlib import Path
    path = Path(__file__).parent / "data" / "generate" / "river-mekong.md"
    pack = generate_pack([str(path)], GenerateOptions())
    types = [q.type for q in pack.questions]
    assert "truefalse" in types and any(t != "truefalse" for t in types), [(q.type, q.prompt) for q in pack.questions]


def test_the_name_a_title_gives_alone_is_what_the_text_is_about_and_never_an_answer():
    text = "# Lake Vinter\n\nLake Vinter is a glacial lake in central Sweden. The Vinter Rowing Club was founded on the lake in 1952.\n"
    prompts = _pack_prompts(text, "vinter.md")
    assert prompts and not any(p.startswith("Which lake") for p in prompts), prompts


def test_the_extra_statement_of_a_short_document_is_never_made_false_with_a_name_from_the_word_lists():
    from pathlib import Path
    from game.packs.model import TrueFalseQuestion
    path = Path(__file__).parent / "data" / "generate" / "history-london-sewers.txt"
    text = path.read_text(encoding="utf-8")
    pack = generate_pack([str(path)], GenerateOptions())
    for question in pack.questions:
        if isinstance(question, TrueFalseQuestion) and question.answer is False:
            names = [w.strip(".,") for w in question.prompt.split()[1:] if w[:1].isupper()]
            assert all(name in text for name in names), question.prompt
