"""The question word goes only where the clause around it is understood.

- One phrase of a run of parallel phrases ("in Oslo in 1908, in Bergen in 1909 and in Trondheim
  in 1911") is not asked: the question word would sit in the middle of a list. What every phrase
  of the run shares is still asked.
- An answer in a participle's phrase put before the subject ("Born in ... on ..., Mary ...") is
  asked in a clause of its own made with the subject ("Mary ... was born in ... on what date?"),
  or not at all when the phrase cannot be turned so ("Having studied ...", "After leaving ...").
- A prompt never carries a second clause: not after a semicolon, not after "and" and a subject
  pronoun ("... and they escape"), not after ", and in Korea the text was ...", and not the main
  clause a subordinate one ran into with no comma ("When the storm struck in 1703 the new
  lighthouse had ...").
- One end of a range or of two figures offered as alternatives ("two or three", "three to five",
  "between 40 and 50") is not asked; the ends of a change ("rose from £38 to £42") are.
- A figure after an aside with a verb of its own may be that verb's: not asked. A relative clause
  read as a clause of its own ends at its closing comma.
- A comma between two adjectives of one noun ("large, unexplained losses") cuts nothing.

Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from game.generate.phrasing import (adjectives_in_a_row, pronoun_clause_after_the_question, relative_closed_before,
                                    run_on, runs_into_its_main_clause, second_clause_beside)
from game.generate.rules.shared import parallel_run_around
from tests.generate_helpers import text_facts


def _asked(text: str) -> dict[str, list[str]]:
    """Answer -> the questions written about it."""
    found: dict[str, list[str]] = {}
    for fact in text_facts(text):
        if fact.question:
            found.setdefault(fact.answer, []).append(fact.question)
    return found


def _not_asked(text: str, answer: str) -> None:
    """No question about `answer` (the fact may still be stated, or not read at all)."""
    facts = [f for f in text_facts(text) if f.answer == answer]
    assert not any(f.question for f in facts), [f.question for f in facts]


# --- one phrase of a run of parallel phrases -------------------------------------------------

ORCHESTRA = "The orchestra toured with the new symphony in Oslo in 1908, in Bergen in 1909 and in Trondheim in 1911."


@pytest.mark.parametrize("answer", ["Oslo", "1908", "Bergen", "1909", "Trondheim", "1911"])
def test_no_phrase_of_a_run_of_three_is_asked(answer):
    _not_asked(ORCHESTRA, answer)


@pytest.mark.parametrize("answer", ["1996", "2004"])
def test_no_phrase_of_a_run_of_two_is_asked(answer):
    _not_asked("The brass band played at Truro in 1996 and at Bodmin in 2004.", answer)


def test_what_the_phrases_of_a_run_share_is_asked():
    asked = _asked("Silver was mined at Wheal Anna and at Wheal Betsy in 1842.")
    assert asked["1842"] == ["Silver was mined at Wheal Anna and at Wheal Betsy in what year?"]


def test_a_phrase_before_a_clause_of_its_own_is_no_run():
    text = "The mill ground corn at Hayle in 1820, and in Penzance the new harbour was finished in 1845."
    assert parallel_run_around(text, 0, len(text) - 1, text.index("1820"), text.index("1820") + 4) == []


def test_the_run_is_found_with_its_other_phrases():
    text = "They sang at Ely in 1998, at Wells in 2001 and at Exeter in 2003"
    others = parallel_run_around(text, 0, len(text), text.index("2001"), text.index("2001") + 4)
    assert [text[a:b] for a, b in others] == ["at Ely in 1998", "at Exeter in 2003"]


# --- a participle's phrase before the subject ------------------------------------------------

def test_a_fronted_birth_is_asked_in_a_clause_of_its_own():
    asked = _asked("Born in Truro, Cornwall, on 12 June 1955, Mary Penhale was the youngest of four children "
                   "of a fisherman.")
    assert asked["12 June 1955"] == ["Mary Penhale was born in Truro, Cornwall, on what date?"]
    # what the main clause says is asked with the phrase in front, as before
    assert asked["four"] == ["Born in Truro, Cornwall, on 12 June 1955, Mary Penhale was the youngest of how many "
                             "children of a fisherman?"]


def test_a_fronted_participle_takes_the_subjects_number():
    asked = _asked("Completed in 1932, the twin towers of the bridge are 60 metres tall.")
    assert asked["1932"] == ["The twin towers of the bridge were completed in what year?"]


def test_a_fronted_founding_keeps_its_phrase_in_order():
    asked = _asked("Founded in 1891 by two brothers, the Halden Ironworks employed 400 men by 1900.")
    assert asked["1891"] == ["The Halden Ironworks was founded in what year by two brothers?"]


@pytest.mark.parametrize("text, answer", [
    ("Having studied painting in Florence, Agnes Mowbray returned to Edinburgh in 1889.", "Florence"),
    ("After leaving school in 1956, Ruth Penrose worked as a typist in Exeter for the county council.", "1956"),
])
def test_a_fronted_phrase_that_cannot_be_turned_is_not_asked(text, answer):
    _not_asked(text, answer)


def test_a_participle_before_its_noun_is_no_fronted_phrase():
    asked = _asked("Retired teacher Margaret Oyelaran, 71, travelled from Fenwick Park with her two grandchildren.")
    assert "Margaret Oyelaran" in asked


def test_a_term_of_a_fronted_phrase_is_not_asked():
    text = ("Lord Hale set out the rule of fair notice. Applied to the lease, the rule meant that a landlord "
            "must warn a tenant in writing.")
    assert not any(q.startswith("The rule was applied") for qs in _asked(text).values() for q in qs)


# --- no second clause in a prompt ------------------------------------------------------------

def test_the_clause_before_a_semicolon_is_asked_alone():
    asked = _asked("The new bridge across the Tamar was opened in 1961; the old ferry was withdrawn the same year.")
    assert asked["1961"] == ["The new bridge across the Tamar was opened in what year?"]


def test_a_clause_after_a_semicolon_is_never_carried():
    text = ("Maria's plan to sail the barge down the Danube collapses; the cargo is seized and sold at auction "
            "in Vienna.")
    assert not any(";" in q for qs in _asked(text).values() for q in qs)


def test_and_with_a_subject_pronoun_ends_the_clause():
    asked = _asked("The opera closes with a scene in which the prince finds Rosa in Venice and they escape by gondola.")
    assert asked["Venice"] == ["The opera closes with a scene in which the prince finds Rosa in which city?"]


def test_and_with_a_fronted_place_and_a_subject_ends_the_clause():
    text = ("The Roman writer Pliny noted that a smith named Varro cast bells of bronze in the 70s, and in Gaul "
            "the first iron bell was hung at a temple in 120.")
    for questions in _asked(text).values():
        assert not any("and in Gaul" in q or "and in which" in q for q in questions), questions


@pytest.mark.parametrize("text, answer", [
    ("When the storm struck in 1703 the new lighthouse at Eddystone had just been lit.", "1703"),
    ("As the mill expanded in the 1840s new cottages were built for the workers.", "1840s"),
])
def test_a_subordinate_clause_run_into_its_main_clause_is_not_asked(text, answer):
    _not_asked(text, answer)


def test_a_fronted_phrase_with_one_verb_still_leads_its_clause():
    asked = _asked("Since 1990 the town of Redruth has grown to twice its size.")
    assert asked["1990"] == ["The town of Redruth has grown to twice its size since what year?"]


def test_the_helpers_that_find_a_second_clause():
    assert runs_into_its_main_clause("When Anna died in 1934 her son took over the farm", 5, 49)
    assert not runs_into_its_main_clause("After the war the town grew quickly", 6, 35)
    assert second_clause_beside("It fails; all are saved.", 0, 23, (0, 8))
    assert pronoun_clause_after_the_question("The prince finds Rosa in which city and they escape?")
    assert run_on("The prince finds Rosa in which city and they escape?")
    assert not pronoun_clause_after_the_question("Which city did she and her sister visit?")


# --- one end of a range ----------------------------------------------------------------------

@pytest.mark.parametrize("text, answer", [
    ("A healthy hedgehog eats two or three beetles an hour at night.", "three"),
    ("Most swifts lay two to three eggs in a nest of straw and feathers.", "three"),
    ("Each blackbird nest usually holds three to five eggs in spring.", "three"),
    ("The caravan crossing to the oasis took between 40 and 50 days in summer.", "50"),
])
def test_no_end_of_a_range_is_asked(text, answer):
    facts = [f for f in text_facts(text) if f.answer == answer]
    assert not any(f.question for f in facts), [f.question for f in facts]


def test_the_ends_of_a_change_are_asked():
    asked = _asked("The parish council agreed that hall rents will rise from £38 to £42 a night from April.")
    assert asked["£42"] == ["The parish council agreed that hall rents will rise from £38 to how much a night from April?"]


# --- a figure after an aside with its own verb ------------------------------------------------

def test_a_figure_after_an_aside_with_its_own_verb_is_not_asked():
    _not_asked("The fort overlooks the Tamar estuary, the channel where warships once anchored in large numbers, "
               "at a height of 80 metres.", "80")


def test_a_figure_after_a_one_word_aside_is_asked():
    asked = _asked("The baked loaf will keep, wrapped, in a cool cupboard for up to four days.")
    assert asked["four"] == ["The baked loaf will keep, wrapped, in a cool cupboard for up to how many days?"]


def test_a_relative_read_alone_ends_at_its_closing_comma():
    text = "The steamer reached Fowey, which had lost its ferry the winter before, in 1871."
    assert not any("which had" in q or ("Fowey had lost" in q and "1871" not in q and "year" in q)
                   for qs in _asked(text).values() for q in qs)
    _not_asked(text, "1871")
    assert relative_closed_before("which had waited for decades, in 1852", 0, 37) == 28
    # a name set off by commas inside the relative's predicate does not close it
    assert relative_closed_before("who set up a works in Bermondsey, London, in about 1812", 0, 55) is None


# --- adjectives in a row ---------------------------------------------------------------------

def test_a_comma_between_two_adjectives_cuts_nothing():
    asked = _asked("In 1932 gardeners in Kent started noticing pale, withered leaves on their apple trees.")
    assert asked["1932"] == ["Gardeners in Kent started noticing pale, withered leaves on their apple trees in what year?"]
    for text, row in (("farmers found black, rotting potatoes", True), ("Harold hurried south, gathering troops", False),
                      ("in two hours and 41 minutes, sealing victory", False)):
        assert adjectives_in_a_row(text, text.index(",")) is row, text
