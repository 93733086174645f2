"""Lines that are no sentences give no question and no statement: a note whose "=" or "e.g."
stands for the verb, a heading run into its line before " - ", a noun phrase with no finite
verb, a passive without its "was", two clauses spliced with a comma, and a noun phrase whose
only verb is in the clause after it. Whole sentences of the same shapes are still asked. Each
test uses sentences of its own."""

from __future__ import annotations

import pytest

from game.generate.sentencehood import (
    comma_splice,
    example_note,
    has_main_verb,
    not_a_sentence,
    passive_without_be,
    run_in_heading,
    symbol_note,
    verb_only_in_a_subordinate,
    verbless,
)
from tests.generate_helpers import text_questions, text_statements


@pytest.mark.parametrize("line", [
    "Leader = Maximilien Robespierre, 36, lawyer from Arras, head of the Committee",
    "Estates-General = France's old assembly of three orders",
    "**Terror** = the months when suspects were tried and executed",
    "The king fled to Varennes \u2192 arrested \u2192 brought back to Paris in June 1791",
    "Prices rose -> riots in which city",
])
def test_an_equals_sign_or_an_arrow_for_a_verb_is_a_note(line):
    assert symbol_note(line)
    assert not_a_sentence(line) == "symbol note"


@pytest.mark.parametrize("line", [
    "In a circuit where V = IR, the current doubles when the voltage doubles",
    "The bread was baked at 220 degrees",
])
def test_a_formula_of_symbols_is_no_note(line):
    assert not symbol_note(line)


def test_an_example_for_a_verb_is_a_note_but_an_example_inside_a_sentence_is_not():
    assert example_note("Food shortages in Paris, e.g. the bread riots of 1789 and what year")
    assert example_note("Taxes on the poor, i.e. the taille and which other tax")
    assert not example_note("Many seabirds, e.g. puffins, nest on the cliffs in which month")
    assert not_a_sentence("Food shortages in Paris, e.g. the bread riots of 1789 and what year?") == "example note"


@pytest.mark.parametrize("line, heading", [
    ("Soil acidity - most crops grow best at about what pH", "Soil acidity"),
    ("Surface area \u2013 powdered marble reacts faster than marble chips", "Surface area"),
    ("Light intensity - the rate rises until another factor limits it", "Light intensity"),
])
def test_a_heading_run_into_its_line_is_found(line, heading):
    assert run_in_heading(line) == heading


@pytest.mark.parametrize("line", [
    "The keep - rebuilt in stone in 1190 - is the oldest part of the castle",
    "The flood of 1953 killed 307 people - the worst on that coast",
    "Temperature rises in the afternoon, and the wind drops",
])
def test_an_aside_or_a_clause_before_a_dash_is_no_heading(line):
    assert run_in_heading(line) == ""


@pytest.mark.parametrize("line", [
    "Children free in the Family Suites under which age",
    "Cats welcome in the garden cottages for how much per night",
    "Home cooking at the inn, with breakfast until how late",
    "Emberley Fell, a hill in the Pennines of Yorkshire",
])
def test_a_line_without_a_finite_verb_is_verbless(line):
    assert verbless(line)


@pytest.mark.parametrize("line", [
    "Hyenas belong to a family of their own",
    "Otters usually hunt at dusk along which river",
    "Trajan became emperor in what year",
    "Cavalry killed 15 people at Peterloo on what date",
    "The river meanders through which county",
    "Sheep graze on the hills above which village",
    "Eclipses also repeat in a cycle of about how many years",
    "The first model cost how much",
    "Napoleon overthrew the Directory in which year",
    "Guests welcome the new chef with a dinner in which month",
    "Park rangers in which country plan to reopen the trail",
])
def test_a_sentence_with_a_finite_verb_has_a_main_verb(line):
    assert has_main_verb(line)
    assert not verbless(line)


@pytest.mark.parametrize("line", [
    "The Garden Room added in what year",
    "Its west wing built in 1720",
    "The chapel ceiling painted by which artist",
])
def test_a_passive_without_its_be_is_found(line):
    assert passive_without_be(line)


@pytest.mark.parametrize("line", [
    "The Garden Room was added in what year",
    "The bridge opened in what year",
    "The wing added in 1720 is the oldest part of the hall",
    "Lady Anne Clifford built the almshouses in what year",
    "The winger converted from the touchline",
])
def test_a_passive_with_its_be_or_a_verb_without_an_object_is_no_reduced_passive(line):
    assert not passive_without_be(line)


@pytest.mark.parametrize("line", [
    "Which region wanted to leave the union, the capital felt betrayed",
    "The river rises in the hills, it flows east to the sea",
    "Sparta feared the growing fleet, Athens refused to give way",
    "Austria declared war in April 1792, which country joined the war in June 1792",
])
def test_two_clauses_joined_by_a_comma_are_a_splice(line):
    assert comma_splice(line)


@pytest.mark.parametrize("line", [
    "In 1864, Prussia declared war on Denmark",
    "When the war ended, the army was disbanded",
    "Its founder, John Nash, was born in which year",
    "The monks paid the rent, the abbot signed the lease, and the king granted a charter",
    "By counting the birds that nest on the island, the warden estimates the colony has doubled",
    "The tower, which was finished in 1350, is the tallest in the county",
    "The castle fell in 1461, the first of which sieges was the longest",
    "The army took the city, whose walls had fallen in the night",
    "The canal opened in 1761, which was ten years before the mill",
])
def test_a_fronted_phrase_an_aside_or_a_list_is_no_splice(line):
    assert not comma_splice(line)


def test_a_noun_phrase_whose_only_verb_is_in_the_clause_after_it_is_no_sentence():
    assert verb_only_in_a_subordinate("Franco-Spanish trade war after which country closed its ports")
    assert verb_only_in_a_subordinate("The harbour master who was dismissed")
    assert verb_only_in_a_subordinate("A charity walk that raised how much")
    assert not verb_only_in_a_subordinate("The man who built the bridge died in what year")
    assert not verb_only_in_a_subordinate("The stretch of coast over which the storm passed is called what")
    assert not verb_only_in_a_subordinate("The sand cat of which continent gets its water from its food",
                                          "which continent")
    assert not verb_only_in_a_subordinate("Farmers in Kenya and which other country grow the most tea",
                                          "which other country")


REVISION_NOTES = """# French Revolution - Revision Notes

## 1. Causes

- **Money**: France was nearly bankrupt after the American war.
- **Hunger**: food shortages in Paris, e.g. the bread riots of 1788 and 1789.
- The king summoned the Estates-General in May 1789.

## 2. Key people and events

- Leader = **Maximilien Robespierre**, 36, lawyer from Arras, executed in July 1794.
- France wanted to recover its lost colonies, Britain felt threatened.
- Austria declared war in April 1792, Prussia joined the war in June 1792.
- Anglo-French trade rivalry after Britain blockaded French ports in 1793.
- The king fled in June 1791 \u2192 arrested at Varennes \u2192 brought back to Paris.

> Remember: Terror = the short-term answer to war and revolt.

The Bastille fell on 14 July 1789. Crowds stormed the fortress to seize gunpowder.
"""


def test_revision_notes_give_no_question_from_their_note_lines_and_still_ask_their_sentences():
    questions = text_questions(REVISION_NOTES, "notes.md")
    statements = text_statements(REVISION_NOTES, "notes.md")
    lines = questions + statements
    for note in ("=", "e.g.", "Britain felt", "joined the war", "trade rivalry", "\u2192"):
        assert not any(note in line for line in lines), [line for line in lines if note in line]
    assert "The Bastille fell on what date?" in questions, questions
    assert "Which country was nearly bankrupt after the American war?" in questions, questions
    assert any("Estates-General" in line for line in lines), lines


HOTEL = """<html><body>
<h1>The Larch House</h1>
<p>The Larch House was built in 1872 for Samuel Ord, a Carlisle tea merchant.</p>
<h2>Our rooms</h2>
<p>The Garden Suite looks over the walled garden, planted in 1903.</p>
<p>The Library Room fills the first floor of the round tower, added in 1891.</p>
<p>Dogs welcome in the Garden Cottages for &pound;15 per night.</p>
<p>Children free in the Family Rooms under the age of six.</p>
<p>Breakfast is served in the conservatory from 7.30am until 10am.</p>
</body></html>
"""


def test_a_hotel_page_asks_its_sentences_but_not_its_notes():
    questions = text_questions(HOTEL, "larch.html")
    statements = text_statements(HOTEL, "larch.html")
    lines = questions + statements
    for note in ("Dogs welcome", "Children free", "The Library Room added", "The Garden Suite planted"):
        assert not any(line.startswith(note) for line in lines), [line for line in lines if line.startswith(note)]
    assert "The Larch House was built in what year for Samuel Ord?" in questions, questions
    assert "The Garden Suite looks over what?" in questions, questions


TEXTBOOK = """# Rates of reaction

## Factors that change the rate

1. Temperature - particles move faster and collide more often at 40 degrees than at 20 degrees.
2. Surface area - powdered marble reacts about ten times faster than marble chips.
3. Catalysts - manganese dioxide speeds up the breakdown of hydrogen peroxide.

A catalyst is not used up in the reaction. Raising the temperature by 10 degrees roughly doubles the rate of many
reactions. The Swedish chemist Svante Arrhenius described the effect of temperature in 1889.
"""


def test_a_textbook_section_with_run_in_headings_asks_only_its_sentences():
    questions = text_questions(TEXTBOOK, "rates.md")
    statements = text_statements(TEXTBOOK, "rates.md")
    lines = questions + statements
    for heading in ("Temperature -", "Surface area -", "Catalysts -"):
        assert not any(heading in line for line in lines), [line for line in lines if heading in line]
    assert any("Arrhenius" in line for line in lines), lines
    assert any(line.startswith("Raising the temperature by how many degrees") for line in questions), questions
