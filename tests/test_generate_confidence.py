"""Confidence: every candidate question is scored by named features, each tested here on its
own; a pack keeps the confident ones, best first, with the doubts under `meta:`."""

from __future__ import annotations

import pytest

from game.generate import GenerateOptions, document_from_bytes, generate_pack
from game.generate import confidence as C
from game.generate.pipeline import collect_facts


def _facts(text: str):
    return collect_facts([document_from_bytes(text.encode(), "t.txt")], ["t"])


def _fact(text: str, answer: str):
    return next(f for f in _facts(text) if f.answer == answer)


def _candidate(text: str, answer: str, asking: bool = True, **reading) -> C.Candidate:
    fact = _fact(text, answer)
    return C.Candidate(fact, fact.question if asking else fact.statement, asking, **reading)


def test_a_name_the_lists_know_is_found_surely_and_a_guessed_kind_is_doubted():
    assert C.answer_found(_candidate("Barges carried coal along the river Rhine to Rotterdam in 1900.", "Rhine")) is None
    guessed = C.answer_found(_candidate("The ceiling was painted by Tobiah Vancek in 1702.", "Tobiah Vancek"))
    assert guessed is not None and guessed.doubt == "guessed kind" and guessed.factor < 1


def test_a_pronoun_read_from_the_sentence_before_is_a_doubt():
    text = "Gustave Eiffel designed the tower for the fair in Paris. He later built a laboratory at the top in 1909."
    verdict = C.read_from_elsewhere(_candidate(text, "1909"))
    assert verdict is not None and verdict.doubt == "pronoun"
    assert C.read_from_elsewhere(_candidate("Gustave Eiffel built a laboratory in Paris in 1909.", "1909")) is None


def test_a_pronoun_standing_for_the_one_person_named_before_it_in_its_sentence_is_a_small_doubt():
    before = C.read_from_elsewhere(_candidate(
        "Gustave Eiffel designed the tower for the fair in Paris. He later built a laboratory at the top in 1909.", "1909"))
    within = C.read_from_elsewhere(_candidate(
        "Before Gustave Eiffel retired, he built a laboratory at the top of the tower in 1909.", "1909"))
    assert within is not None and before.factor < within.factor < 1


def test_a_question_word_late_in_a_clause_of_many_commas_is_a_complex_clause():
    simple = _candidate("Barges carried coal along the river Rhine to Rotterdam in 1900.", "1900")
    assert C.clause_complexity(simple) is None
    fact = _fact("Barges carried coal along the river Rhine to Rotterdam in 1900.", "1900")
    long = C.Candidate(fact, "The barges, which were slow, carried coal, iron and grain, which the mills needed, along "
                             "the river to the port, where the ships waited, in what year?", True)
    verdict = C.clause_complexity(long)
    assert verdict.doubt == "complex clause" and verdict.factor < 0.8


@pytest.mark.parametrize("prompt", [
    "The journey took about how many months?",           # a definite subject that points back
    "Each repainting takes about how many tonnes of paint?",
    "A committee signed a protest against it in what year?",  # an object "it"
    "Which space agency is running a similar mission?",   # "similar" points back
    "Who scored the winning penalty?",                     # names nothing
    "Canada won the cup on Sunday in which city?",         # "on Sunday": which Sunday?
])
def test_a_prompt_that_needs_the_document_is_doubted(prompt):
    fact = _fact("Barges carried coal along the river Rhine to Rotterdam in 1900.", "1900")
    verdict = C.stands_alone(C.Candidate(fact, prompt, True, first_seen={"journey": 0, "penalty": 0}))
    assert verdict is not None and verdict.doubt == "needs the document", prompt


@pytest.mark.parametrize("prompt", [
    "Which planet is the largest planet?",
    "Barbora Krejcikova of the Czech Republic beat whom in the final at Wimbledon?",
    "The International Whaling Commission banned the hunting of blue whales in what year?",
    "Nansen sailed north in the ship Fram in what year?",
    "How many natural reserves are there in Warsaw?",
])
def test_a_prompt_that_stands_alone_is_not_doubted(prompt):
    fact = _fact("Barges carried coal along the river Rhine to Rotterdam in 1900.", "1900")
    names = frozenset({"krejcikova", "czech", "republic", "wimbledon", "international", "whaling", "commission",
                       "nansen", "fram", "warsaw"})
    assert C.stands_alone(C.Candidate(fact, prompt, True, names=names)) is None, prompt


def test_the_subject_of_a_text_named_by_its_kind_is_written_out():
    text = ("Lisbon is the capital of Portugal. Lisbon lies on the Atlantic coast. Lisbon has many hills. "
            "Lisbon was rebuilt after 1755. The city was ruled by the Moors until 1147.")
    assert _fact(text, "1147").question == "Lisbon was ruled by the Moors until what year?"


def test_too_few_options_and_made_up_people_are_weaker_options():
    fact = _fact("Barges carried coal along the river Rhine to Rotterdam in 1900.", "1900")
    assert C.options_fit(C.Candidate(fact, fact.question, True)) is None
    fact.wrong = ["1901"]
    assert C.options_fit(C.Candidate(fact, fact.question, True)).doubt == "no options"
    assert C.options_fit(C.Candidate(fact, fact.statement, False)) is None  # a statement needs no options


def test_an_answer_the_text_repeats_or_names_in_its_title_is_central():
    text = "The Rhine flows north. Barges carried coal along the river Rhine to Rotterdam in 1900."
    fact = _fact(text, "Rhine")
    verdict = C.centrality(C.Candidate(fact, fact.question, True, title="rhine"))
    assert verdict.factor > 1 and not verdict.doubt


def test_a_place_inside_the_answer_named_in_the_prompt_gives_it_away():
    fact = _fact("Johannes Gutenberg built the first press in Europe around 1440 in Paris.", "Europe")
    verdict = C.hint_in_the_prompt(C.Candidate(fact, "Gutenberg built the first press in which continent in Paris?", True))
    assert verdict is not None and verdict.doubt == "hint in the prompt"


def test_a_long_prompt_is_doubted():
    fact = _fact("Barges carried coal along the river Rhine to Rotterdam in 1900.", "1900")
    assert C.prompt_length(C.Candidate(fact, "x" * 200, True)).doubt == "long prompt"
    assert C.prompt_length(C.Candidate(fact, fact.question, True)) is None


def test_confidence_is_the_features_together_and_names_each_doubt_once():
    fact = _fact("Barges carried coal along the river Rhine to Rotterdam in 1900.", "1900")
    value, doubts = C.assess(C.Candidate(fact, "Each repainting took about how many tonnes of paint? " + "x" * 150, True))
    assert 0 < value < C.THRESHOLD
    assert doubts.count("needs the document") == 1 and "long prompt" in doubts


def test_every_question_of_a_pack_says_its_confidence_and_doubts_best_first():
    pack = generate_pack([document_from_bytes(
        b"Barges carried coal along the river Rhine to Rotterdam in 1900. The Rhine flows into the North Sea. "
        b"Nansen sailed north in the ship Fram in 1893. Lisbon was ruled by the Moors until 1147.", "t.txt")])
    confidences = [q.meta["confidence"] for q in pack.questions]
    assert confidences == sorted(confidences, reverse=True)
    assert all(isinstance(q.meta["doubts"], list) for q in pack.questions)
    assert all(c >= C.THRESHOLD for c in confidences)


def test_all_keeps_the_doubtful_candidates_too_least_confident_last():
    text = (b"Barges carried coal along the river Rhine to Rotterdam in 1900. The journey took three weeks. "
            b"It was long. The crew sailed north in 1893 after the storm ended.")
    default = generate_pack([document_from_bytes(text, "t.txt")])
    everything = generate_pack([document_from_bytes(text, "t.txt")], GenerateOptions(keep_all=True))
    assert len(everything.questions) > len(default.questions)
    confidences = [q.meta["confidence"] for q in everything.questions]
    assert confidences == sorted(confidences, reverse=True) and confidences[-1] < C.THRESHOLD


def test_a_document_with_a_full_sentence_gives_a_question_even_when_none_is_confident():
    pack = generate_pack([document_from_bytes(b"The journey took about three months in the end.", "t.txt")])
    assert len(pack.questions) == 1
