"""Faults of the v7 and v8 readings in the garbled, formatting, wrong-fact, junk and trivia
codes: headings, rules and labels run into a prompt, a page's title asked about, an action
point's imperative, an exercise asked as a fact. Each test uses sentences of its own."""

from __future__ import annotations

from game.generate.clean import split_paragraphs
from tests.generate_helpers import generate, text_questions, text_statements


def test_a_rule_line_ends_the_paragraph_and_its_heading_stays_apart():
    text = ("The orchard was planted in 1921 by the parish council.\n"
            "====================\n"
            "4. SOIL AND WATER\n"
            "====================\n"
            "Samples were taken from 38 boreholes across the valley.\n")
    assert split_paragraphs(text) == ["The orchard was planted in 1921 by the parish council.",
                                      "4. SOIL AND WATER",
                                      "Samples were taken from 38 boreholes across the valley."]
    for line in text_questions(text) + text_statements(text):
        assert "=" not in line and "SOIL" not in line, line


def test_a_heading_between_long_dashed_rules_is_not_run_into_the_next_sentence():
    rule = "-" * 60
    text = ("Players take turns clockwise, starting with the youngest.\n\n"
            f"{rule}\nTHE FERRY\n{rule}\n"
            "The Ferry track has 6 spaces. The Ferry marker also moves forward 1 space whenever a player "
            "sells a Fish card showing a wave symbol. When the marker reaches space 6, the last ferry leaves.\n")
    questions = text_questions(text)
    assert "The Ferry track has how many spaces?" in questions
    for line in questions + text_statements(text):
        assert "-" * 3 not in line and "FERRY" not in line, line


def test_a_list_items_label_before_a_colon_is_never_printed_into_a_prompt():
    text = ("The parish council met on Tuesday.\n\n"
            "- Spring Bulb Planting: 340 volunteers planted crocuses along the towpath.\n"
            "- Swimming: Nine pupils swam at the district gala at Haverley Baths on Sunday.\n"
            "- 3–4 March: Heavy snow closed the Fellgate road for two days.\n")
    lines = text_questions(text) + text_statements(text)
    for line in lines:
        assert not line.startswith(("Spring Bulb Planting", "Swimming", "3–4 March", "Which")), line
        assert ":" not in line, line


def test_a_diary_lines_date_before_a_dash_is_no_statement():
    text = ("Dates for the spring term are below.\n\n"
            "* Thursday 10 April – The library closes at 4:30 p.m. for the bank holiday weekend.\n")
    for line in text_questions(text) + text_statements(text):
        assert "Thursday" not in line and "–" not in line, line


def test_a_label_with_a_verb_before_a_colon_is_a_sentence_and_is_kept():
    text = "The coroner gave her reason: the crossing had no working lights in 1974."
    assert any("1974" in line or "coroner" in line for line in text_questions(text) + text_statements(text))


def test_a_list_items_heading_line_is_not_run_into_the_prose_under_it():
    text = ("TRIPS THIS TERM\n\n"
            "* Year 5 – Field trip to Carrow Castle, 2–4 June 2026\n"
            "  A deposit of £40 is due by Friday 8 May. The coach leaves the school gates at 8:15 a.m.\n")
    assert "A deposit of £40 is due by Friday 8 May. The coach leaves the school gates at 8:15 a.m." \
        in split_paragraphs(text)
    for line in text_questions(text) + text_statements(text):
        assert "Carrow" not in line and "Year 5" not in line, line


def test_a_list_item_wrapped_after_a_year_is_still_one_item():
    text = "- The mill was rebuilt in 1871\n  after the fire and ran on steam power until 1932.\n"
    assert split_paragraphs(text) == ["- The mill was rebuilt in 1871 after the fire and ran on steam power until 1932."]


def test_an_action_points_imperative_is_not_asked_as_a_fact():
    text = ("The museum's visitor numbers rose by 12% in 2025.\n\n"
            "PLANS FOR 2026\n\n"
            "- Install solar panels on the east wing by March 2026.\n"
            "- Increase school visits to 400 a year.\n"
            "- Introduce Sunday opening at the Harbour Gallery from June 2026.\n")
    for line in text_questions(text) + text_statements(text):
        assert not line.startswith(("Install", "Increase", "Introduce")), line
        assert "solar" not in line and "Sunday" not in line and "400" not in line, line


def test_a_noun_that_looks_like_an_action_verb_still_opens_a_fact():
    text = "Increases in rent forced the Carrow bakery to close in 1998."
    assert any("1998" in line or "Carrow" in line for line in text_questions(text))


def test_a_web_pages_title_menu_and_motto_are_not_read_as_an_objects_label():
    text = ("Hartwell & Sons Ironmongers – About Us\n\n"
            "Home | Our Tools | Branches | About Us | Contact\n\n"
            "SELLING NAILS IN KELBY SINCE 1902\n\n"
            "Four generations have run the shop on Mill Lane. The shop first opened in 1902 with a loan of £40.\n")
    lines = text_questions(text) + text_statements(text)
    assert any("Mill Lane" in line for line in lines)
    for line in lines:
        assert "About Us" not in line and "made" not in line, line


def test_a_museum_label_with_a_date_line_is_still_a_label():
    text = ("Carved chest\n\nEngland, about 1640\n\nOak with iron hinges\n\n"
            "The chest held the parish records of St Mary's until 1890.\n")
    assert "What is the carved chest made of?" in text_questions(text)


def test_the_givens_of_an_exercise_are_not_asked_as_facts():
    text = ("# Levers\n\nA lever turns about a fixed point called the pivot.\n\n"
            "## Try these\n\n"
            "1. A force of 30 N acts 2 m from a pivot. Calculate the moment of the force.\n"
            "2. Three masses of 5 kg hang from a beam. What is their total weight?\n")
    for line in text_questions(text, "t.md") + text_statements(text, "t.md"):
        assert "30 N" not in line and "masses" not in line and "2 m" not in line, line


def test_a_paragraph_that_opens_with_a_question_keeps_its_answer():
    text = "Why did the Tay Bridge fall? The Tay Bridge fell in 1879 because its girders could not bear the gale."
    assert any("1879" in line for line in text_questions(text) + text_statements(text))


def test_a_fact_before_a_manuals_step_or_a_guides_advice_is_still_a_fact():
    text = ("The Kelby dam was finished in 1932 by a crew of 400 workers. Open the sluice gates slowly "
            "in winter.\n\n"
            "Adler, who was born in Graz in 1861, built most of the old town. Follow the canal to his market hall.\n")
    lines = text_questions(text) + text_statements(text)
    assert any("1932" in line or "400" in line for line in lines), lines
    assert any("1861" in line or "Graz" in line for line in lines), lines


def test_a_sum_that_describes_a_noun_is_not_asked_how_much():
    text = "The £12 million bridge will carry the ring road over the Tame from 2027."
    for question in text_questions(text):
        assert "how much" not in question.lower(), question


def test_a_sum_the_clause_spends_is_still_asked_how_much():
    assert "The council spent how much on the new bridge in 2019?" in text_questions(
        "The council spent £12 million on the new bridge in 2019.")


def test_a_predicate_after_and_a_new_subject_is_not_given_to_the_first_subject():
    text = ("Hartmann commissioned a set of songs, and the first book of Forest Songs, Op. 12 (1881), became an "
            "immediate success across Europe.")
    for line in text_questions(text) + text_statements(text):
        assert not line.startswith("Hartmann became"), line


def test_a_which_clause_after_a_main_clause_is_not_spliced_into_it():
    text = ("Gustav Holst was an English composer born in 1874. His music was played across Europe.\n\n"
            "Holst became especially popular in Scotland, which he visited nine times from 1911 onwards, "
            "conducting his works in Glasgow, Perth and Dundee.")
    for line in text_questions(text) + text_statements(text):
        assert "Scotland he" not in line, line


def test_a_which_clause_after_a_subject_still_reads_as_its_predicate():
    assert "The flood barrier opened in what year?" in text_questions(
        "The flood barrier, which opened in 1984, has ten steel gates across the river.")


def test_a_century_that_describes_a_name_is_not_asked_which_century():
    text = "The 12th-century Abbey of Cluny is part of the listing, inscribed in 2001."
    for question in text_questions(text):
        assert "which century" not in question.lower(), question


def test_a_participles_phrase_after_a_comma_is_not_the_subjects_predicate():
    text = ("Eastgate Library remains the busiest site, helped by the reopening of its refurbished music room "
            "in May 2022.")
    for line in text_questions(text) + text_statements(text):
        assert not line.startswith("Eastgate Library helped"), line


def test_she_is_not_given_to_a_colleague_named_by_initials_beside_her():
    text = ("<html><body><h1>Margaret Lowry</h1><p>Margaret Lowry was a British geologist born in 1906.</p>"
            "<h2>Early work</h2><p>In 1926 she went to Girton College, Cambridge, to study geology, and later moved "
            "to Leeds to work for her doctorate with the surveyor R. T. Morris. With Morris she mapped the limestone "
            "of the Dales, in 1932. That same year, aged 26, she was elected to the Geological Society.</p>"
            "<p>She returned to Girton in 1934 and spent most of her career at Cambridge.</p></body></html>")
    lines = text_questions(text, "t.html") + text_statements(text, "t.html")
    assert any("Margaret Lowry" in line for line in lines)
    for line in lines:
        assert "Morris returned" not in line, line


def test_a_firm_that_was_founded_is_never_asked_who():
    text = "Harlow Ovens was founded in 1958 by Peter Harlow in a rented shed in Bexley."
    for question in text_questions(text):
        assert not question.startswith("Who was founded"), question


def test_a_person_is_asked_who_as_ever():
    assert "Who was born in Bexley in 1931?" in text_questions("Peter Harlow was born in Bexley in 1931.")


def test_one_name_of_a_parallel_pair_of_phrases_is_not_asked():
    text = "Readers who loved the wild settings of Anne Tyler or the stillness of Ian McEwan will find much to admire."
    for question in text_questions(text):
        assert "of whom or" not in question, question


def test_a_fronted_back_in_is_not_asked_which_place():
    text = "Back in Vienna, Brahms turned mainly to chamber music and songs."
    for question in text_questions(text):
        assert not question.startswith("Back in which"), question


def test_a_figure_inside_the_phrase_after_the_answer_is_not_cut_off():
    text = "The firm employs 58 people across the Mill Lane bakery and three shops."
    questions = text_questions(text)
    assert "The firm employs how many people across the Mill Lane bakery?" not in questions
    for question in questions:
        if question.startswith("The firm employs how many people"):
            assert question.endswith("and three shops?"), question


def test_a_parallel_count_after_the_answer_is_still_cut_off():
    assert "Ada Reid is survived by how many sons?" in text_questions(
        "Ada Reid is survived by three sons and five grandchildren.")


def test_a_sum_before_a_noun_that_is_also_a_verb_is_not_asked_how_much():
    for question in text_questions("The £9 million store will be the chain's biggest in the north."):
        assert "how much" not in question.lower(), question


def test_a_sum_that_is_the_subject_is_still_asked():
    assert any(q.lower().startswith("how much was raised") for q in text_questions(
        "The £9 million was raised by the parish over ten years."))


# --- a page of several labels under the gallery's heading


GALLERY_PAGE = """HALWORTH MUSEUM OF RURAL CRAFTS
Gallery 2: "In the Dairy" — object labels

---

1. COPPER WARMING PAN
c. 1890
Maker: Thomas Reddle & Co., Exeter
Copper and oak

Hot embers were put in the pan, which was slid between the sheets to warm a cold bed. A maid
might warm four beds a night in winter. This pan was used at Lower Combe Farm until 1951.

---

2. CHEESE PRESS
c. 1840
Elm, iron screw

The press squeezed whey from curds packed into a round mould. A large cheese stayed under
pressure for two days before it was salted and stored.
"""


def test_the_gallery_heading_over_a_page_of_labels_is_no_object(tmp_path):
    from game.generate.clean import split_paragraphs
    from game.generate.labels import read_label
    assert read_label(split_paragraphs(GALLERY_PAGE)) == []
    doc = tmp_path / "dairy.txt"
    doc.write_text(GALLERY_PAGE, encoding="utf-8")
    texts = [q.prompt for q in generate(doc, keep_all=True).questions]
    assert texts, "the labels' prose gives no question"
    assert not any("MUSEUM" in t or "Museum" in t for t in texts), texts
    # one object's label still opens a document as before
    single = ["COPPER WARMING PAN", "c. 1890", "Maker: Thomas Reddle & Co., Exeter", "Copper and oak",
              "Hot embers were put in the pan, which was slid between the sheets to warm a cold bed."]
    assert [line.role for line in read_label(single)][:2] == ["title", "date"]


# --- a newspaper's masthead over an obituary is no object's label


def test_a_masthead_and_a_life_line_are_no_objects_label(tmp_path):
    from game.generate.labels import read_label
    heading = ["THE NORTHERN CHRONICLE", "OBITUARIES", "Walter James Penhale, lock keeper",
               "Born 9 June 1931; died 2 March 2024, aged 92", "By Ruth Okonjo"]
    assert read_label(heading) == []
    issue = ["THE HARBOUR GAZETTE", "Friday 14 March 2025", "Price 80p", "By our marine staff"]
    assert read_label(issue) == []
    doc = tmp_path / "obituary.txt"
    doc.write_text("\n".join(heading[:2]) + "\n\n" + "\n".join(heading[2:]) + "\n\n"
                   "Walter Penhale kept the locks at Stanton Weir for 41 years. He was born in the village of "
                   "Marsh Gibbon, the youngest of five children of a boatman.\n\nIn 1958 he married Joan Ellery, "
                   "a teacher; she died in 2011.\n", encoding="utf-8")
    texts = [q.prompt for q in generate(doc, keep_all=True).questions]
    assert not any("CHRONICLE" in t for t in texts), texts
    # an object's label keeps its year
    label = ["BRASS SHIP'S BELL", "1894", "Maker: J. Warner & Sons, London", "Cast brass"]
    assert [line.role for line in read_label(label)][:2] == ["title", "date"]
