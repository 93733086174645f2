"""Names in brackets: another language's name or a former name becomes a question of its own."""

from __future__ import annotations

from game.generate import document_from_bytes, generate_pack
from game.generate.aliases import find_aliases
from game.generate.pipeline import collect_facts
from game.generate.select import possible_types

RHINE = ("The Rhine (Romansh: Rein, German: Rhein, French: le Rhin, Dutch: Rijn) is a European river that begins "
         "in the Swiss canton of Graubünden and empties into the North Sea in the Netherlands.")


def _facts(text: str):
    return collect_facts([document_from_bytes(text.encode(), "t.txt")], ["t"])


def test_each_language_of_a_bracket_is_a_name_with_the_others_beside_it():
    aliases = find_aliases(RHINE)
    assert [(a.language, a.text) for a in aliases] == [
        ("Romansh", "Rein"), ("German", "Rhein"), ("French", "Rhin"), ("Dutch", "Rijn")]
    french = aliases[2]
    assert RHINE[french.start:french.end] == "Rhin" and french.written == "le Rhin"
    assert french.question == "What is the Rhine called in French?"
    assert french.statement() == "In French, the Rhine is called le Rhin."  # as the text writes it
    assert french.statement("Rijn") == "In French, the Rhine is called Rijn."
    assert set(french.siblings) == {"Rein", "Rhein", "Rijn"}


def test_a_former_name_is_asked_as_what_the_thing_was_called():
    text = "Kenya's terrain extends from Lake Victoria to Lake Turkana (formerly called Lake Rudolf) and further south."
    (alias,) = find_aliases(text)
    assert (alias.text, alias.how, alias.question) == ("Lake Rudolf", "formerly", "What was Lake Turkana formerly called?")
    assert alias.statement("Lake Victoria") == "Lake Turkana was formerly called Lake Victoria."


def test_brackets_that_are_not_names_give_nothing():
    for text in ("The river is long (about 1,230 km) and wide.", "Kenya (/ˈkɛnjə/; locally [ˈkɛɲa]) is a country.",
                 "The total (German: 12, 14) was small.", "The rate (formerly 5%) rose.",
                 "The crater (also see below) is deep.", "In Paris (French: Paris) the talks began."):
        assert find_aliases(text) == [], text


def test_an_aside_fact_offers_the_other_languages_and_states_a_swapped_name_when_false():
    facts = [f for f in _facts(RHINE) if f.aside]
    french = next(f for f in facts if f.answer == "Rhin")
    assert set(french.wrong) == {"Rein", "Rhein", "Rijn"}
    assert "choice" in possible_types(french, ("choice", "text", "truefalse"))
    assert french.also_called == ["le Rhin"]
    for statement, option in french.false_statements:
        assert statement == f"In French, the Rhine is called {option}." and option != "Rhin"


def test_a_bracket_of_names_adds_at_most_two_questions_and_leaves_the_sentence_its_own():
    pack = generate_pack([document_from_bytes((RHINE + " The Rhine is 1,230 km long.").encode(), "rhine.txt")])
    prompts = [q.prompt for q in pack.questions]
    named = [p for p in prompts if p.startswith("What is the Rhine called in")]
    assert 1 <= len(named) <= 2, prompts
    own = [q for q in pack.questions if q.source.quote == RHINE and not q.prompt.startswith("What is the Rhine called")
           and "is called" not in q.prompt]
    assert own, prompts


def test_a_former_name_is_never_a_wrong_option_for_the_name_itself():
    text = ("Kenya's terrain extends from Lake Victoria to Lake Turkana (formerly called Lake Rudolf) and further "
            "south-east. Lake Tanganyika lies to the south of Lake Victoria. Lake Malawi is further south still.")
    facts = _facts(text)
    turkana = [f for f in facts if f.answer == "Lake Turkana"]
    assert turkana
    for fact in turkana:
        assert "Lake Rudolf" not in fact.wrong, fact.wrong
        assert all("Lake Rudolf" != option for _s, option in fact.false_statements)
    rudolf = [f for f in facts if f.answer == "Lake Rudolf"]
    assert rudolf and all("Lake Turkana" not in f.wrong for f in rudolf)


def test_an_other_name_with_the_is_asked_without_it_and_stated_with_it():
    (alias,) = find_aliases("He studied at the University of Paris (also known as the Sorbonne) in 1920.")
    assert (alias.text, alias.written) == ("Sorbonne", "the Sorbonne")
    assert alias.question == "What else is the University of Paris called?"
    assert alias.statement() == "The University of Paris is also called the Sorbonne."


def test_an_other_name_repeating_a_word_of_the_thing_is_not_asked():
    assert find_aliases("They printed what is now known as the Gutenberg Bible (German: Gutenberg-Bibel).") == []


def test_a_lone_name_in_another_language_gets_no_wrong_options_of_another_sort():
    facts = [f for f in _facts("Lisbon (Portuguese: Lisboa) is the capital of Portugal. London and Rome are "
                               "capitals too, and so is Paris.") if f.aside]
    assert [f.answer for f in facts] == ["Lisboa"]
    assert facts[0].wrong == [] and facts[0].false_statements == []
