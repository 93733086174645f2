"""A person a prompt names by a single name is named in full at the first mention, with the
full name the document gives them ("Lindley, 27, broke serve" is "Hannah Lindley, 27, broke
serve"); a single name two people share, or a given name the document never completes, is
doubted (`bare name`). Every document here is made up for the test."""

from __future__ import annotations

import re

from game.generate import document_from_bytes
from game.generate.confidence import THRESHOLD
from game.generate.fullnames import PeopleNames, bare_names, name_in_full, read_people_names
from game.generate.spans import gather_context
from tests.generate_helpers import text_facts

TENNIS = ("# Lindley Through at Marsh Lane\n\n"
          "Second seed Hannah Lindley reached the final of the Marsh Lane Open on Saturday after beating "
          "local hero Daniel Carver's sister Ruth Carver in three sets. "
          "Lindley, 27, broke serve four times in the second set. "
          "Carver collects £2,400 for reaching the semi-final. "
          "Lindley's hopes of a first title rest on the weather.\n")

SISTERS = ("# The Pennock Sisters of Holloway Street\n\n"
           "The sisters Ann and Mary Pennock opened a hat shop on Holloway Street in 1898. "
           "Mary had trained as a milliner in Leeds for six years. "
           "In 1911 Mary married the grocer Thomas Webb.\n")

GLIDERS = ("# The Gliders of Kestrel Hill\n\n"
           "The Marlow brothers, Edwin and Silas, flew their first glider from Kestrel Hill in 1896. "
           "Edwin's notebooks record 212 glides over four summers.\n")

FOOTBALL = ("# Rovers Edge Past Harbour Town\n\n"
            "Ashby Rovers beat Harbour Town 2-1 at Millfield Park on Saturday in front of 3,200 fans. "
            "Striker Callum Greaves scored both goals for the home side. "
            "Greaves's first came after 12 minutes from a corner taken by winger Jamal Okoro. "
            "Harbour Town goalkeeper Petra Nyland saved a penalty from Okoro in the second half.\n")


def _names(text: str) -> PeopleNames:
    return gather_context([s.text for s in document_from_bytes(text.encode(), "t.txt").sentences]).people_names


def _facts(text: str):
    return text_facts(text)


def _questions(text: str) -> list[str]:
    return [f.question for f in _facts(text) if f.question]


def _statements(text: str) -> list[str]:
    return [f.statement for f in _facts(text) if f.statement]


# --- what the document calls its people

def test_a_surname_and_a_given_name_stand_for_the_one_person_named_in_full():
    names = _names(TENNIS)
    assert names.full["lindley"] == "Hannah Lindley" and names.full["hannah"] == "Hannah Lindley"
    assert names.full["ruth"] == "Ruth Carver" and "carver" not in names.full
    assert "carver" in names.unsure  # Daniel and Ruth


def test_shared_surnames_written_once_give_each_person_the_surname():
    names = read_people_names(["Mary Pennock"], set(), ["Ann and Mary Pennock opened a hat shop.",
                                                         "The sisters sold hats."])
    assert names.full["ann"] == "Ann Pennock" and names.full["mary"] == "Mary Pennock"
    names = read_people_names(["Peter Dunn"], {"tiberion"}, ["Cassius met Tiberion and Peter Dunn."])
    assert "tiberion" not in names.full and names.full["dunn"] == "Peter Dunn"  # two people, no family
    names = read_people_names([], set(), ["The Marlow brothers, Edwin and Silas, flew a glider."])
    assert names.full["edwin"] == "Edwin Marlow" and names.full["silas"] == "Silas Marlow"
    assert "marlow" in names.unsure
    names = read_people_names(["Silas Marlow"], {"edwin"}, ["Silas Marlow and his younger brother Edwin flew."])
    assert names.full["edwin"] == "Edwin Marlow"


def test_a_given_name_never_completed_is_unsure_and_a_single_historic_name_is_left_alone():
    names = read_people_names(["Peter Dunn"], {"hannah", "tiberion"}, ["Hannah met Tiberion and Peter Dunn."])
    assert "hannah" in names.unsure and "hannah" not in names.full
    assert "tiberion" not in names.unsure and "tiberion" not in names.full


def test_a_surname_the_text_writes_alone_before_another_of_that_name_is_left_alone():
    text = ("# Harlan\n\nHarlan was born in 1806, the only son of the engineer Joseph Bede Harlan. "
            "Harlan designed three bridges.\n")
    names = _names(text)
    assert "harlan" not in names.full and "harlan" not in names.unsure
    assert all("Joseph" not in q for q in _questions(text))


def test_a_title_written_alone_is_no_given_name():
    names = read_people_names(["King Osric"], {"osric"}, ["King Osric ruled.", "The King died."],
                              written_alone={"king", "osric"})
    assert "king" not in names.full and names.full["osric"] == "King Osric"


# --- the prompt

def test_the_first_mention_alone_is_written_in_full_and_the_rest_left_as_written():
    names = read_people_names(["Hannah Lindley", "Jamal Okoro"], {"lindley", "okoro"}, [])
    assert name_in_full("Lindley's hopes rest on Okoro and Lindley?", names) == \
        "Hannah Lindley's hopes rest on Jamal Okoro and Lindley?"
    assert name_in_full("Hannah Lindley beat Lindley's rival how often?", names) == \
        "Hannah Lindley beat Lindley's rival how often?"
    assert name_in_full('Okoro called the ball "Lindley\'s gift" in which year?', names) == \
        'Jamal Okoro called the ball "Lindley\'s gift" in which year?'
    assert name_in_full('The Lindley Cup was won by which team?', names) == 'The Lindley Cup was won by which team?'
    assert name_in_full("Juniors train at Lindley's Field how often?", names) == \
        "Juniors train at Lindley's Field how often?"
    assert name_in_full("Who was made Earl of Lindley in 1838?", names) == "Who was made Earl of Lindley in 1838?"


def test_a_full_name_that_would_give_the_answer_or_an_option_away_is_not_written():
    names = read_people_names(["Margaret Pennock"], {"margaret"}, [])
    assert name_in_full("Margaret's daughter married whom?", names, avoid=["Pennock"]) == \
        "Margaret's daughter married whom?"
    assert name_in_full("Margaret's daughter married whom?", names, avoid=["Webb", "Dunn"]) == \
        "Margaret Pennock's daughter married whom?"


def test_a_bare_shared_name_is_found_but_not_one_in_a_longer_name():
    assert bare_names("Carver collects how much?", frozenset({"carver"})) == ("carver",)
    assert bare_names("Daniel Carver collects how much?", frozenset({"carver"})) == ()
    assert bare_names("The Carver family collects how much?", frozenset({"carver"})) == ()


# --- whole documents

def test_a_tennis_report_names_its_players_in_full():
    statements = _statements(TENNIS)
    assert "Hannah Lindley, 27, broke serve four times in the second set." in statements
    assert "Hannah Lindley's hopes of a first title rest on the weather." in statements
    facts = _facts(TENNIS)
    prize = next(f for f in facts if f.answer == "£2,400")
    assert prize.question == "Carver collects how much for reaching the semi-final?"
    assert "bare name" in prize.doubts and prize.confidence < THRESHOLD


def test_a_biography_of_two_sisters_names_each_with_the_surname_they_share():
    questions = _questions(SISTERS)
    assert "Mary Pennock trained as a milliner in which place for six years?" in questions
    assert "In 1911 Mary Pennock married which grocer?" in questions


def test_brothers_named_together_are_each_named_in_full_later():
    questions = _questions(GLIDERS)
    assert "Edwin Marlow's notebooks record 212 glides over how many summers?" in questions
    statements = [s for f in _facts(GLIDERS) for s, _o in f.false_statements]
    assert "Edwin Marlow's notebooks record 159 glides over four summers." in statements


def test_a_football_report_names_its_scorer_and_winger_in_full():
    questions = _questions(FOOTBALL)
    assert "Callum Greaves's first came after how many minutes from a corner taken by winger Jamal Okoro?" \
        in questions
    assert "Harbour Town goalkeeper Petra Nyland saved a penalty from Jamal Okoro in the second half." \
        in _statements(FOOTBALL)


def test_a_statement_names_its_answer_in_full_only_with_its_false_options_in_full():
    text = ("# Marsh Lane Open\n\n"
            "Hannah Lindley beat Petra Nyland in the final on Sunday. "
            "Nyland had beaten Ruth Carver in the semi-final. "
            "Lindley thanked her coach, Jamal Okoro.\n")
    for fact in _facts(text):
        if fact.answer == "Lindley" and fact.statement:
            assert fact.statement.startswith("Hannah Lindley thanked")
            for false, option in fact.false_statements:
                assert re.search(rf"[A-Z][a-z]+ {option}\b", false), false  # "Petra Nyland thanked ..."


BIOGRAPHY = ("# Amara Okoye\n\n"
             "Amara Chinwe Okoye was born in Enugu in 1931 and trained as a nurse in Lagos. "
             "In 1958 Okoye opened the first maternity clinic in the town of Nsukka. "
             "Okoye was awarded the national medal for public service in 1977.\n")


def test_a_title_naming_the_person_shorter_is_the_name_prompts_write():
    document = document_from_bytes(BIOGRAPHY.encode(), "okoye.md")
    context = gather_context([s.text for s in document.sentences], [document.title])
    assert context.people_names.full["okoye"] == "Amara Okoye"
    without = gather_context([s.text for s in document.sentences])
    assert without.people_names.full["okoye"] == "Amara Chinwe Okoye"
    prompts = [f.question for f in text_facts(BIOGRAPHY, "okoye.md") if f.question]
    assert any(p.startswith("In 1958 Amara Okoye opened") or p.startswith("Amara Okoye was awarded") for p in prompts), prompts
    assert not any("Chinwe" in p for p in prompts if "Okoye" in p and not p.startswith("Amara Chinwe")), prompts


COUPLE = ("# Agnes Hartley\n\n"
          "Agnes Hartley was a Scottish botanist who catalogued the mosses of the Cairngorms. "
          "In 1921 she married the geologist Thomas Hartley, and the two worked together for many years. "
          "Hartley published her first flora of the Highlands in 1926. "
          "Hartley died on 3 March 1958 in Aberdeen.\n")

KINGS = ("# The Siege of Carrow\n\n"
         "The siege of Carrow was fought in 1102 between Robert, Count of Meldon, and the castle's garrison. "
         "Robert took the castle after eleven weeks. "
         "The castle passed in 1131 to his son, Robert II.\n")


def test_the_person_a_life_is_about_takes_the_surname_they_share():
    questions = [f.question for f in text_facts(COUPLE, "hartley.md") if f.question]
    assert any(q.startswith("Agnes Hartley died on what date") for q in questions), questions
    assert not any(q.startswith("Hartley died") or q.startswith("Thomas Hartley died") for q in questions), questions
    names = _names(COUPLE)
    assert "hartley" in names.unsure  # without the title, two Hartleys


def test_a_ruler_numbered_after_a_father_is_not_his_full_name():
    names = _names(KINGS)
    assert names.full.get("robert") != "Robert II"
    questions = [f.question for f in text_facts(KINGS, "carrow.md") if f.question]
    assert not any("Robert II took" in q for q in questions), questions


TUDORS = ("# Edmund III and his household\n\n"
          "Edmund III became king of Varland in 1401. "
          "His illegitimate son, Edmund Ashcroft, died in 1426. "
          "Edmund married Maud of Rennes in 1404 and Maud Corbet in 1412. "
          "Edmund died in 1430.\n")


def test_a_given_name_a_numbered_ruler_bears_is_not_completed_to_another_persons_name():
    names = _names(TUDORS)
    assert "edmund" not in names.full and "edmund" not in names.unsure
    questions = [f.question for f in text_facts(TUDORS, "edmund.md") if f.question]
    assert not any("Edmund Ashcroft married" in q or "Edmund Ashcroft died in what" in q for q in questions), questions


def test_a_given_name_before_of_and_a_place_is_a_longer_name_left_whole():
    names = read_people_names(["Maud Corbet"], {"maud"}, ["Maud Corbet was the second wife."])
    assert name_in_full("Edmund married Maud of Rennes in what year?", names) == "Edmund married Maud of Rennes in what year?"
    assert name_in_full("Maud married again in what year?", names) == "Maud Corbet married again in what year?"
