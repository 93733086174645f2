"""Wrong options that the document's own facts rule out: a year of birth or death outside the
dates of the person's life, a count of years longer than their working life, a man for "which
woman", the author of a novel or a character's other name among its characters, an institution
from elsewhere for one in a named place, and a modern city for a medieval text."""

from __future__ import annotations

from game.generate.fitting import from_another_time, institution_elsewhere, read_mates
from game.generate.kinds import Span
from game.generate.lives import (
    Lives, asked_sex, life_window, of_another_sex, outside_the_story, read_lives, too_long_for_a_life,
)
from tests.test_generate_option_faults import _facts


def _wrong(text: str, prompt_part: str) -> list[str]:
    found = [f.wrong for f in _facts(text) if f.question and prompt_part in f.question]
    assert found, [f.question for f in _facts(text)]
    return found[0]


CLOCKMAKER = ("Ferrand Oake was born in the town of Ludlow, probably around 1500. By 1531 Oake was working as a "
              "clockmaker in Shrewsbury. In 1538 he built the great clock of St Chad's Church. He signed a lease on "
              "a workshop in 1559. Ferrand Oake died in Ludlow in 1561 and was buried in the churchyard there.")


def test_a_rough_birth_year_is_offered_only_years_before_the_first_deed_and_within_a_life_of_the_death():
    wrong = _wrong(CLOCKMAKER, "probably around what year")
    assert wrong and all(1461 <= int(w) < 1531 for w in wrong), wrong
    assert "1550" not in wrong and "1400" not in wrong


def test_a_death_year_is_offered_only_years_after_the_last_deed():
    wrong = _wrong(CLOCKMAKER, "died in Ludlow in what year")
    assert wrong and all(1559 < int(w) <= 1600 for w in wrong), wrong


def test_the_life_window_reads_the_years_of_the_sentences_about_the_person():
    texts = ["Ferrand Oake was born in Ludlow in 1500.", "By 1531 Oake was a clockmaker.", "In 1538 he built a clock.",
             "The Oake Museum opened in 1901."]
    spans = [[Span(0, 12, "Ferrand Oake", "person")], [Span(8, 12, "Oake", "place")], [], []]
    lives = read_lives(texts, spans)
    # the years of the sentences naming him or opening with "he"; not those of a sentence about a museum
    assert lives.deeds["oake"] == [1500, 1531, 1538]
    window = life_window(1500, "Oake was born in what year?", Lives(deeds={"oake": [1500, 1531, 1538, 1561]}),
                         {"oake": (1500, 1561)})
    assert window == (1461, 1530)
    assert life_window(1561, "Oake died in what year?", Lives(deeds={"oake": [1500, 1531, 1538, 1561]}),
                       {"oake": (1500, 1561)}) == (1539, 1600)
    assert life_window(1540, "Oake built a clock in what year?", Lives(), {"oake": (1500, 1561)}) == (1, 2100)


GLAZIER = ("Marjorie Fenwick, who has died aged 88, spent more than three decades restoring medieval glass. "
           "She retired from the Lincoln Cathedral workshop in 1994. In 1971 Fenwick rebuilt the great west "
           "window after a storm.")


def test_a_count_of_decades_a_person_spent_fits_the_life_the_document_gives_them():
    wrong = _wrong(GLAZIER, "more than how many decades")
    assert "seven" not in wrong and "eight" not in wrong, wrong
    lives = Lives(ages={"fenwick": 88}, retired={"fenwick": 1994})
    assert too_long_for_a_life("six", "Fenwick spent more than how many decades at it?", lives, {"fenwick": (1930, None)})
    assert not too_long_for_a_life("four", "Fenwick spent more than how many decades at it?", lives,
                                   {"fenwick": (1930, None)})
    # an exact count may equal the working life; "more than" must leave room above it
    assert not too_long_for_a_life("46", "Fenwick worked for how many years?", lives, {"fenwick": (1930, None)})
    assert too_long_for_a_life("46", "Fenwick worked for more than how many years?", lives, {"fenwick": (1930, None)})
    assert not too_long_for_a_life("nine", "The bridge took how many decades to build?", lives, {})


def test_a_woman_asked_for_is_offered_no_men():
    text = ("Results of the Harrowgate Fell Race were announced on Sunday. Tom Brennan won the men's race in "
            "41 minutes, ahead of Peter Lyle and Daniel Frost. In the junior race, Oliver Reid claimed his second "
            "title, while Yetunde Okoro was the fastest woman.")
    wrong = _wrong(text, "Who was the fastest woman?")
    assert not {"Tom Brennan", "Peter Lyle", "Daniel Frost", "Oliver Reid"} & set(wrong), wrong
    assert asked_sex("Who was the fastest woman?") == "f"
    assert asked_sex("Which brother built the mill?") == "m"
    assert asked_sex("Who did she marry in 1902?") == ""
    assert of_another_sex("Peter Lyle", "Who was the fastest woman?", Lives())
    assert not of_another_sex("Grace Holt", "Who was the fastest woman?", Lives())
    assert not of_another_sex("Ashby", "Who was the fastest woman?", Lives())  # the text does not tell
    assert of_another_sex("Ashby", "Who was the fastest woman?", Lives(sexes={"ashby": "m"}))


GUIDE = ("# The Salt Road: a study guide\n\n"
         "Harriet Vane was born in Truro in 1899 and died in 1974. Her novel The Salt Road was first published "
         "in 1931. The story is told by Thomasina Bell, known as Tam, a fisherman's daughter from Polwith.\n\n"
         "The lawyer Mr Crouch tells Tam that her father left her a share in a pilchard boat. The innkeeper "
         "Mr Quill hides the stolen deeds in his cellar. Mrs Penrose, the widow next door, takes Tam in after "
         "the storm. Vane later wrote a sequel in which Tam sails to Brittany.")


def test_the_author_and_a_characters_other_names_are_never_options_for_a_character():
    wrong = _wrong(GUIDE, "Which lawyer tells Tam")
    assert not {"Vane", "Harriet", "Bell", "Thomasina"} & set(wrong), wrong
    texts = ["The Salt Road is a novel by Harriet Vane.", "The story is told by Thomasina Bell, known as Tam."]
    lives = read_lives(texts, [[Span(28, 40, "Harriet Vane", "person")], [Span(21, 35, "Thomasina Bell", "person")]])
    assert {"harriet", "vane"} <= lives.authors
    news = ["The ribbon was cut by the author Maya Thorne, who grew up nearby."]
    assert not read_lives(news, [[Span(37, 47, "Maya Thorne", "person")]]).authors  # one of the story's people
    guide = texts + ["Her friend, the poet Ivo Lamb, urged a happier ending."]
    assert {"ivo", "lamb"} <= read_lives(guide, [[Span(28, 40, "Harriet Vane", "person")], [], []]).authors
    assert lives.other_names["tam"] == {"thomasina", "bell", "tam"}
    assert outside_the_story("Vane", "Crouch", "Which lawyer tells Tam?", lives)
    assert outside_the_story("Bell", "Crouch", "Which lawyer tells Tam?", lives)
    assert not outside_the_story("Quill", "Crouch", "Which lawyer tells Tam?", lives)
    assert not outside_the_story("Crouch", "Vane", "Who wrote The Salt Road?", lives)


SCHOLAR = ("Hanna Dobrowska grew up in Lublin, where girls were barred from the gymnasium. She first attended the "
           "Catholic University in Lublin for a year. In 1902 Dobrowska moved to Vienna and enrolled at the "
           "University of Vienna. She later taught drawing at the Kunstschule in Graz.")


def test_an_institution_in_a_named_place_is_offered_none_from_elsewhere():
    wrong = _wrong(SCHOLAR, "which university in Lublin")
    assert not wrong, wrong  # "University of Vienna" names another city; the lists' "Yale University" no place
    texts = [SCHOLAR]
    university = Span(0, 0, "Catholic University", "university")
    mates = read_mates(texts, [[Span(SCHOLAR.index("Lublin"), SCHOLAR.index("Lublin") + 6, "Lublin", "city"),
                                Span(SCHOLAR.index("Vienna"), SCHOLAR.index("Vienna") + 6, "Vienna", "city"),
                                Span(SCHOLAR.index("University of Vienna"), SCHOLAR.index("University of Vienna") + 20,
                                     "University of Vienna", "university")]])
    prompt = "Dobrowska first attended which university in Lublin?"
    assert institution_elsewhere("Yale University", university, prompt, mates)
    assert institution_elsewhere("University of Vienna", university, prompt, mates)
    assert not institution_elsewhere("Yale University", university, "Which university did she attend?", mates)


def test_a_medieval_text_is_offered_none_of_the_lists_modern_cities():
    text = ("In 1086 King Malcolm marched south from Dunfermline and crossed into Northumbria. "
            "He gathered his army in London in 1087 before the siege.")
    mates = read_mates([text], [[Span(text.index("London"), text.index("London") + 6, "London", "city",
                                      group="United Kingdom"),
                                 Span(0, 0, "1086", "year", value=1086), Span(0, 0, "1087", "year", value=1087)]])
    city = Span(0, 0, "London", "city", group="United Kingdom")
    assert from_another_time("Liverpool", city, mates)
    assert not from_another_time("London", city, mates)  # the document's own
    recent = read_mates(["The festival moved to London in 2019."], [[Span(0, 0, "2019", "year", value=2019)]])
    assert not from_another_time("Liverpool", city, recent)
    # a document of today about old things: the prompt's own year says which time it asks about
    assert from_another_time("Liverpool", city, recent, "In 1367 the towns met in which city?")
    assert not from_another_time("Liverpool", city, mates, "The coins will be valued in which city?")
    assert not from_another_time("Thames", Span(0, 0, "Severn", "river"), mates)  # rivers stood then too
    assert not from_another_time("France", Span(0, 0, "England", "country"), mates)
