"""A document about one thing: its name written with the article the text gives it; a clause
whose noun or verb lacks its object made whole with that thing ("took full control" of the
canal, "Work" on the canal, money "spent" on it); "the fire" written out as the whole name the
title gives ("the Great Fire of Tarnby"), never as a place a word of it names; a person met only
by a description ("the 41-year-old former Rovers midfielder") and a thing "added" to something
unsaid left to the document. Every document here is made up for the test."""

from __future__ import annotations

import pytest

from game.generate import anchoring as A
from game.generate.confidence import THRESHOLD
from game.generate.elisions import described_person, missing_goal
from tests.generate_helpers import text_facts


def _anchor(text: str, name: str = "t.md") -> A.Anchor:
    from game.generate import document_from_bytes

    document = document_from_bytes(text.encode(), name)
    return A.read_anchor(document.title, [s.text for s in document.sentences],
                         [line for line, _reason in document.dropped])


CANAL = ("# Kessel Canal\n\n"
         "The Kessel Canal is a ship canal across the Marrow peninsula. "
         "The Kessel Canal Company ran it until 1950. "
         "The canal is 41 km long. "
         "Work was begun in 1871 by a Dutch firm. "
         "The sluices work by gravity alone, drawing water from Hollin Reservoir. "
         "Tarnby took full control on 1 May 1950. "
         "Voters approved an enlargement in a referendum held on 3 June 1998. "
         "The state spent about £40 million; the canal reopened in 2003.\n")


# --- the article a name takes, read from the text where the name stands alone

def test_a_name_counts_its_article_only_where_it_stands_alone():
    texts = ["The Kessel Canal is a canal.", "The Kessel Canal Company ran it.", "Kessel Canal tolls rose.",
             "Boats left Kessel Canal basin."]
    assert A.article_uses("Kessel Canal", texts) == (1, 0)  # a longer name, a name describing a noun: neither
    assert A.article_uses("Farrow Island", ["Farrow Island lies off the coast.", "Ferries reach Farrow Island daily."]) \
        == (0, 2)
    assert A.article_uses("Orm Valley", ["Sheep graze in the Orm Valley.", "The Orm Valley floods."]) == (2, 0)


@pytest.mark.parametrize("title, body, frame", [
    ("Kessel Canal", "The Kessel Canal is a ship canal. The canal carries grain.", "On the Kessel Canal"),
    ("Farrow Island", "Farrow Island is an island off the coast. Ferries reach Farrow Island daily. "
                      "Farrow Island has one school.", "On Farrow Island"),
    ("Orm Valley", "The Orm Valley is a valley in the hills. Sheep graze in the Orm Valley.", "In the Orm Valley"),
])
def test_a_titled_place_is_framed_with_the_article_the_text_gives_it(title, body, frame):
    anchor = _anchor(f"# {title}\n\n{body}\n")
    assert anchor.topic is not None
    assert A.anchor_prompt("Floods reached how many metres?", anchor, "3", measure=True) == \
        f"{frame}, floods reached how many metres?"


def test_a_word_of_the_name_that_names_a_country_or_a_city_does_not_name_the_place():
    # "Panama" of the Panama Canal and "Oslo" of an Oslo Canal name a country and a city
    for title, country in (("Oslo Canal", "Oslo"), ("Chile Canal", "Chile"), ("Panama Canal", "Panama")):
        anchor = _anchor(f"# {title}\n\nThe {title} is a canal. The canal is 12 km long.\n")
        assert not anchor.topic.names_it(f"{country} took over the locks in 1999.")
        assert anchor.topic.names_it(f"The {title} opened in 1914.")
    # a made-up name's word names the place well enough
    anchor = _anchor(CANAL)
    assert anchor.topic.names_it("Kessel tolls rose in 1990.")


# --- a noun or a verb lacking its object, in a document about one place

@pytest.mark.parametrize("prompt, written", [
    ("Tarnby took full control on what date?", "Tarnby took full control of the Kessel Canal on what date?"),
    ("Voters approved an enlargement in a referendum held on what date?",
     "Voters approved an enlargement of the Kessel Canal in a referendum held on what date?"),
    ("Work was begun in what year by a Dutch firm?", "Work on the Kessel Canal was begun in what year by a Dutch firm?"),
    ("The state spent about £40 million; the canal reopened in what year?",
     "The state spent about £40 million on the Kessel Canal; the canal reopened in what year?"),
    ("The regional board spent how much?", "The regional board spent how much on the Kessel Canal?"),
])
def test_a_clause_missing_its_object_gets_the_place(prompt, written):
    assert A.name_the_object(prompt, _anchor(CANAL).topic) == written


@pytest.mark.parametrize("prompt", [
    "The board kept control of the locks until what year?",   # its object said
    "Work on the dam began in what year?",                     # work on something else
    "The enlargement project cost how much?",                  # the noun describes another
    "The sluices work by gravity alone.",                      # "work" a verb here
    "The council spent £2m on roads in what year?",            # spent on something said
    "The glass work was restored in what year?",               # work of another kind
    "The Kessel Canal Company kept control in 1950.",          # the place named already
])
def test_a_clause_with_its_object_or_naming_the_place_is_left_as_it_is(prompt):
    assert A.name_the_object(prompt, _anchor(CANAL).topic) == prompt


def test_a_definite_thing_opening_a_statement_is_framed_with_the_place_whatever_names_follow():
    anchor = _anchor(CANAL)
    assert A.anchor_prompt("The sluices work by gravity alone, drawing water from Hollin Reservoir.", anchor,
                           stating=True) == \
        "On the Kessel Canal, the sluices work by gravity alone, drawing water from Hollin Reservoir."
    assert A.anchor_prompt("The keepers were paid weekly.", anchor, stating=True) == \
        "On the Kessel Canal, the keepers were paid weekly."
    # a prompt that opens with a name, or with a kind and then its name, is placed by it
    for prompt in ("Hollin Reservoir feeds the sluices.", "The Hollin Reservoir feeds the sluices.",
                   "The town of Marrow was founded by the canal company in 1872."):
        assert A.anchor_prompt(prompt, anchor, stating=True) == prompt


def test_the_canal_questions_name_the_canal():
    asked = {f.answer: f.question for f in text_facts(CANAL, "canal.md") if f.question}
    assert asked.get("1 May 1950") == "Tarnby took full control of the Kessel Canal on what date?", asked
    assert asked.get("1871") == "Work on the Kessel Canal was begun in what year by a Dutch firm?", asked


# --- "the fire" is the whole name the title gives, not a place a word of it names

@pytest.mark.parametrize("title, noun, sentence", [
    ("Great Fire of Tarnby", "fire", "Robert Vance falsely confessed to starting the fire in 1702."),
    ("Great Flood of Ardley", "flood", "A baker was blamed for the flood by the mayor in 1801."),
    ("Siege of Carrow", "siege", "The townsmen ended the siege with a night raid in 1643."),
])
def test_the_kind_noun_is_written_out_as_the_whole_title_name(title, noun, sentence):
    place = title.split()[-1]
    text = (f"# {title}\n\nThe {title} was a major {noun} in the town of {place} in the north. "
            f"{place} had grown fast before the {noun}. "
            f"The {noun} lasted four days and {place} lost its market hall. {sentence}\n")
    written = [(f.question or "") + " " + (f.statement or "") for f in text_facts(text, "t.md")]
    about = [w for w in written if sentence.split()[1] in w]
    assert about, written
    for line in about:
        assert f"the {title}" in line and f"starting {place}" not in line and f"for {place}" not in line, line


def test_a_title_whose_head_the_text_does_not_use_keeps_the_place():
    text = ("# History of Tarnby\n\nTarnby is a market town in the north. "
            "The town grew around its wool market. Tarnby's mill opened in 1790. "
            "The town gained a railway in 1851.\n")
    statements = [f.statement for f in text_facts(text, "t.md") if f.statement]
    assert not any("History of Tarnby" in s for s in statements), statements


# --- a person met only by a description, and a thing added to something unsaid

@pytest.mark.parametrize("prompt", [
    "The 41-year-old former Rovers midfielder made how many appearances for the club?",
    "The former Ashby captain scored how many tries in 2019?",
    "The 29-year-old striker joined from which club?",
])
def test_a_person_by_description_alone_is_found(prompt):
    assert described_person(prompt)


@pytest.mark.parametrize("prompt", [
    "The 41-year-old Dana Merrick made how many appearances?",  # the name follows
    "The former mill was converted in what year?",              # no person
    "A 30-year-old striker joined in May.",                     # someone new, not someone met before
])
def test_a_named_person_or_a_thing_is_no_description(prompt):
    assert not described_person(prompt)


def test_a_description_the_document_named_before_needs_the_document():
    text = ("Kestley Town begin the season on Saturday. The new manager is Dana Merrick. "
            "The 41-year-old former Kestley midfielder, who made 212 appearances for the club between 2006 and "
            "2013, was appointed on 3 March.\n")
    facts = [f for f in text_facts(text, "preview.txt") if f.question and f.answer == "212"]
    for fact in facts:
        if "Merrick" not in fact.question:
            assert fact.confidence < THRESHOLD and "needs the document" in fact.doubts, (fact.question, fact.doubts)


@pytest.mark.parametrize("prompt, goal", [
    ("An inscription blaming the weavers was added in what year?", False),
    ("A lead roof, added in 1790, was removed in what year?", False),
    ("Solar panels were attached in which year?", False),
    ("A plaque was added to the gate in what year?", True),
    ("A wing was added in 1820 to the east front.", True),
])
def test_a_thing_added_to_nothing_said_misses_its_goal(prompt, goal):
    assert missing_goal(prompt) is not goal
