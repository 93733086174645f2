"""Shapes of garbled, junk and badly formatted prompts, each fixed where the prompt is made:
linking words left at the front, glossary lines, tables laid out in plain text, instructions,
a timeline's historic present, "his" given to an organisation, captions and pull quotes, a
cut apposition, a capital kept after "Which", and an exercise's premise."""

from __future__ import annotations

from game.generate.clean import clean_paragraphs, exercise_paragraphs, glossary_term, is_instruction, is_table, \
    split_paragraphs
from game.generate.phrasing import finish_question, finish_statement, historic_present, without_linking_word
from generate_helpers import text_facts, text_questions, text_statements


def _prompts(text: str) -> list[str]:
    facts = text_facts(text)
    return [f.question for f in facts if f.question] + [f.statement for f in facts if f.statement]


def _past(line: str) -> str:
    for start, end, new in sorted(historic_present(line, 0, len(line)), reverse=True):
        line = line[:start] + new + line[end:]
    return line


# 1. A linking word left at the front

def test_a_linking_word_at_the_front_goes():
    assert without_linking_word("though, lava destroyed the town") == "lava destroyed the town"
    assert without_linking_word("Even so, the bridge stayed open") == "the bridge stayed open"
    assert without_linking_word("Still, most of the crew survived") == "most of the crew survived"
    assert finish_question("Nevertheless, the mill closed in what year") == "The mill closed in what year?"


def test_a_linking_word_between_commas_goes_after_a_fronted_phrase_or_a_subject():
    assert finish_statement("In 1902, however, a storm flattened the pier") == "In 1902, a storm flattened the pier."
    assert finish_statement("The harbour, though, silted up within a century") == \
        "The harbour silted up within a century."
    assert finish_statement("By the 1950s, of course, the canal carried little freight") == \
        "By the 1950s, the canal carried little freight."


def test_a_year_moved_out_of_a_fronted_phrase_leaves_no_linking_word():
    text = ("The volcano has erupted often. In 1669 the flows reached the sea. "
            "In 1928, though, lava buried the village of Borello within two days.")
    asked = [q for q in text_questions(text) if "Borello" in q]
    assert asked and all(not q.lower().startswith("though") for q in asked), asked


def test_a_subordinate_though_is_kept():
    assert without_linking_word("though the dam held, the valley flooded") == "though the dam held, the valley flooded"


# 2. A glossary line is a definition

def test_a_glossary_line_is_no_clause_to_ask_in():
    text = ("Key words for the Norman Conquest.\n\n"
            "Domesday – the survey of English land and property ordered by William in 1085.\n\n"
            "Motte – the mound of earth on which the first Norman castles stood.\n\n"
            "Fyrd – the army of farmers raised by Anglo-Saxon kings, who served for two months.\n")
    prompts = _prompts(text)
    assert not any("\u2013" in p for p in prompts), prompts


def test_a_glossary_line_is_asked_as_a_definition():
    text = ("Coasts change all the time.\n\n"
            "Longshore drift – the movement of sand and shingle along a coast by the waves.\n\n"
            "A spit – a long ridge of sand that grows out from the coast into the sea.\n")
    asked = {f.answer: f.question for f in text_facts(text) if f.question}
    assert asked.get("longshore drift") == \
        "What is the term for the movement of sand and shingle along a coast by the waves?"
    assert asked.get("spit") == "What is the term for a long ridge of sand that grows out from the coast into the sea?"


def test_a_label_over_a_clause_of_its_own_is_no_glossary_line():
    assert glossary_term("Danelaw – the part of England under Viking control, where Danish law applied.") == "Danelaw"
    assert glossary_term("Population growth – the population of the town almost tripled by 1850.") == ""
    assert glossary_term("Hydraulic action – the force of the water compresses air in cracks.") == ""
    assert glossary_term("The Thames – the longest river in England – flows through London.") == ""


# 3. A table laid out in plain text

TABLE = """Troubleshooting

  Fault                      Likely cause               Remedy
  -------------------------  -------------------------  ---------------------------
  Pump will not start        Fuse blown, or             Replace fuse; press reset
                             float switch stuck         for 5 s to free it
  Water leaks at the base    Seal worn                  Fit a new seal kit
"""


def test_a_table_laid_out_with_spaces_is_read_cell_by_cell():
    paragraphs = split_paragraphs(TABLE)
    assert "Pump will not start" in paragraphs
    assert not any("Pump will not start" in p and "Fuse blown" in p for p in paragraphs), paragraphs
    kept, _dropped = clean_paragraphs(paragraphs)
    assert not any("Remedy" in p or "Fuse blown" in p for p in kept), kept


def test_rows_apart_by_tabs_or_pipes_are_a_table_and_prose_is_not():
    assert is_table(["Name\tAge\tTown", "Ann Lee\t34\tLeeds", "Raj Patel\t51\tYork"])
    assert is_table(["Size | Weight | Price", "Small | 2 kg | 10 pounds", "Large | 5 kg | 18 pounds"])
    assert not is_table(["The mill opened in 1820 and closed in 1950.  It is now a museum,",
                         "run by volunteers from the village."])


def test_no_question_runs_the_cells_of_a_table_together():
    text = "The pump is sold in two sizes and runs for ten years.\n\n" + TABLE
    assert not any("Fuse blown" in p or "Seal worn" in p for p in _prompts(text)), _prompts(text)


# 4. An instruction

def test_a_sentence_opening_with_a_verb_of_a_step_is_an_instruction():
    assert is_instruction("Recharge stored lights at least every 3 months.")
    assert is_instruction("Reinsert the filter before the next wash.")
    assert is_instruction("Store spare batteries in a cool, dry place.")


def test_a_noun_then_its_verb_is_no_instruction():
    assert not is_instruction("Research shows that bees can count.")
    assert not is_instruction("Work ended on the tunnel in 1898.")
    assert not is_instruction("Charge cycles are limited to about 500.")


# 5. A timeline's historic present

def test_a_past_years_line_in_the_present_is_put_in_the_past():
    assert _past("1961 – Lady Ann Vane gives the hall to the National Trust.") == \
        "1961 – Lady Ann Vane gave the hall to the National Trust."
    assert _past("1666 – The bakery catches fire and the flames spread to the bridge.") == \
        "1666 – The bakery caught fire and the flames spread to the bridge."
    assert _past("1820 – The old keep, which still stands today, is sold.") == \
        "1820 – The old keep, which still stands today, was sold."


def test_a_future_line_stays_in_the_present():
    line = "2031 – The new line opens to passengers."
    assert _past(line) == line


def test_a_timeline_question_asks_in_the_past():
    text = ("History of Corrow Mill\n\n"
            "- 1788 – The Pease family builds a cotton mill beside the River Corrow.\n"
            "- 1902 – A flood destroys the weir and the mill closes for a year.\n"
            "- 1976 – The county council buys the mill and opens a museum.\n")
    asked = text_questions(text) + text_statements(text)
    assert any("built a cotton mill" in q for q in asked), asked
    assert not any(" builds " in q or " buys " in q or " destroys " in q for q in asked), asked


# 6. "His" never an organisation's

def test_his_is_not_given_to_an_organisation_named_before_it():
    text = ("Desmond Tutu was born in Klerksdorp in 1931. He became archbishop of Cape Town. "
            "In 1984 the United Nations praised his work for peace. "
            "His memoir, No Future Without Forgiveness, was published in 1999.")
    prompts = _prompts(text)
    assert not any("United Nations'" in p or "United Nations's" in p for p in prompts), prompts


def test_his_goes_to_the_man_when_a_place_sits_between():
    text = ("Tomas Varga founded a printing shop in Pecs in 1890. In 1901 Hungary honoured his work. "
            "His son, Endre, took over the shop in 1920.")
    prompts = _prompts(text)
    assert not any("Hungary's son" in p for p in prompts), prompts


def test_her_is_not_given_to_a_man():
    text = ("Mary Seacole nursed soldiers in the Crimea. In 1857 Alexis Soyer praised her care. "
            "Her book, Wonderful Adventures, was published in 1857.")
    prompts = _prompts(text)
    assert not any("Soyer's book" in p for p in prompts), prompts


# 7. Captions and pull quotes

def test_a_numbered_caption_is_no_fact():
    for line in ("Figure 3.4  Particle diagrams for ice, liquid water and steam.",
                 "Fig. 2 The water cycle over a mountain range.",
                 "Table 1: Boiling points of some common liquids."):
        kept, dropped = clean_paragraphs([line])
        assert kept == [] and dropped[0][1] == "a caption", (line, dropped)


def test_a_pull_quote_repeated_from_the_article_is_dropped():
    paragraphs = ["Coffee reached Venice in the 1570s and spread across Europe within a century.",
                  "\"By 1700 London had more coffee houses than any city in the world.\"",
                  "Trade boomed, and by 1700 London had more coffee houses than any city in the world, "
                  "a guidebook claimed."]
    kept, dropped = clean_paragraphs(paragraphs)
    assert paragraphs[1] not in kept and (paragraphs[1], "a caption") in dropped


def test_a_quotation_the_article_does_not_repeat_is_kept():
    paragraphs = ["The keeper lit the lamp every night for forty years.",
                  "\"I never once let it go dark,\" she told a reporter in 1931."]
    kept, _dropped = clean_paragraphs(paragraphs)
    assert kept == paragraphs


# 8. A cut apposition

def test_a_moved_year_after_an_apposition_keeps_its_closing_comma():
    for text, name in (
            ("Grace Hopper wrote the first compilers. In 1980 the navy named a new frigate, Endeavour, in her honour.",
             "Endeavour"),
            ("Louis Pasteur worked on rabies. In 1885 he used a new vaccine on a boy, Joseph Meister, who had "
             "been bitten by a dog.", "Joseph Meister"),
            ("The club grew quickly. In 1912 the club signed a young forward, Alf Dunn, from a works team in "
             "the town.", "Alf Dunn")):
        asked = [q for q in text_questions(text) if q.endswith("in what year?") and name in q]
        assert asked, (text, text_questions(text))
        assert all(f"{name}, in what year?" in q or f"{name}, " in q for q in asked), asked


# 9. A capital kept after "Which"

def test_a_role_opening_the_sentence_is_asked_in_lower_case():
    for sentence, wanted in (
            ("Retired nurse Alice Brown, 80, walked from Leeds to York for charity.", "Which retired nurse"),
            ("Trained teacher Omar Haddad opened a school on the quay in 2019.", "Which trained teacher"),
            ("Award-winning novelist Ruth Kemp spoke at the festival in Hay.", "Which award-winning novelist")):
        questions = text_questions(sentence)
        opening = [q for q in questions if q.lower().startswith(wanted.lower())]
        assert opening and all(q.startswith(wanted) for q in opening), questions


def test_a_nationality_before_the_role_keeps_its_capital():
    questions = text_questions("Scottish engineer James Watt improved the steam engine in 1769.")
    assert any(q.startswith("Which Scottish engineer") for q in questions), questions


# 10. An exercise's premise

def test_a_short_paragraph_that_sets_a_task_is_an_exercise():
    texts = ["Lead melts at 327 °C and boils at 1749 °C. State whether lead is a solid or a liquid at 400 °C.",
             "Puddles dry on a cold day. Use the particle model to explain why.",
             "A ball is dropped from 20 m. Calculate the time it takes to land."]
    assert exercise_paragraphs(texts, [0, 1, 2]) == frozenset({0, 1, 2})


def test_an_exercise_premise_is_not_asked():
    text = ("States of matter\n\nEvery substance can be a solid, a liquid or a gas.\n\n"
            "Exercises\n\n1. Gallium melts at 30 °C and boils at 2400 °C. State whether gallium is a solid, "
            "liquid or gas at (a) 20 °C and (b) 50 °C. Explain each answer.\n")
    assert not any("30" in p or "Gallium" in p or "gallium" in p for p in _prompts(text)), _prompts(text)


def test_prose_that_explains_is_no_exercise():
    texts = ["Ice floats because it is less dense than water.", "Lakes freeze from the top down.",
             "Fish survive the winter in the water below the ice.", "This matters for life in ponds.",
             "Scientists explain the effect by the shape of the water molecule."]
    assert exercise_paragraphs(texts, [0, 0, 0, 0, 0]) == frozenset()
