"""Choosing a pack: no question gives another away, no answer is asked twice, questions can be
shown as tiles, and wrong options fit what the prompt says."""

from __future__ import annotations

import re

import pytest
import yaml

from game.cli import main
from game.generate import GenerateOptions, document_from_bytes, generate_pack
from game.generate.fitting import Mates, fitting_options, read_mates, year_bounds
from game.generate.kinds import Span
from game.generate.lexicon import fold
from game.generate.select import answer_forms
from game.packs.model import NumberQuestion, TextQuestion, TrueFalseQuestion
from tests.generate_helpers import ALL_DOCS, DATA, SEED, generate


@pytest.fixture(scope="module")
def packs():
    return {name: generate(DATA / name) for name in ALL_DOCS} | {"seed": generate(SEED)}


def _forms(question) -> list[str]:
    answers = [str(question.answer)] + list(getattr(question, "accept", []) or [])
    return [fold(a) for a in answers if len(fold(a)) >= 3]


def test_no_answer_is_written_in_another_prompt_of_its_pack(packs):
    for name, pack in packs.items():
        for question in pack.questions:
            if isinstance(question, TrueFalseQuestion):
                continue
            for other in pack.questions:
                if other is not question:
                    shown = f" {fold(other.prompt)} "
                    assert not any(f" {form} " in shown for form in _forms(question)), (name, question.prompt, other.prompt)


def test_no_two_questions_of_a_pack_share_an_answer(packs):
    for name, pack in packs.items():
        answers = [fold(str(q.answer)) for q in pack.questions if not isinstance(q, TrueFalseQuestion)]
        assert len(answers) == len(set(answers)), name


def test_questions_without_options_are_at_most_one_in_twenty(packs):
    questions = [q for pack in packs.values() for q in pack.questions]
    bare = [q for q in questions if isinstance(q, (TextQuestion, NumberQuestion)) and not q.wrong]
    assert len(bare) <= 0.05 * len(questions), [q.prompt for q in bare]


def test_every_test_document_gives_at_least_one_question(packs):
    assert all(pack.questions for pack in packs.values())


def test_a_document_whose_only_question_is_unsure_still_gets_wrong_options(packs):
    # No candidate of this short news item passes the confidence threshold; the one it gives
    # anyway (a document with a full sentence gives one) is asked with options all the same.
    # (The UTF-16 news item once was such a one; it now asks "Istanbul has about how many million
    # inhabitants?" surely, its relative clause after the name left out.)
    pack = packs["news-economy.txt"]
    assert len(pack.questions) == 1 and pack.questions[0].meta["confidence"] < 0.62
    assert len(pack.questions[0].wrong) >= 3


def test_a_relative_after_a_name_and_a_place_stands_for_neither_and_an_adjective_for_nothing():
    from game.generate.pipeline import collect_facts
    text = ("Red lentils do not need soaking. The recipe comes from the kitchen of the Harbour Caf\u00e9 in "
            "Whitby, which has served it every winter since 1998.")
    facts = collect_facts([document_from_bytes(text.encode(), "r.txt")], ["r"])
    prompts = [p for f in facts for p in (f.question, f.statement) if p]
    assert prompts and not any("Whitby has" in p or " Red " in p for p in prompts), prompts


def test_a_short_name_the_text_uses_counts_as_a_form_of_the_answer():
    from game.generate.pipeline import collect_facts

    facts = collect_facts([document_from_bytes(
        b"Astronauts lived on the International Space Station for six months. The ISS was first visited in 2000.",
        "t.txt")], ["t"])
    station = next(f for f in facts if f.answer == "International Space Station")
    assert {"international space station", "iss"} <= answer_forms(station)


@pytest.mark.parametrize("prompt, answer, bounds", [
    ("The canal opened in the 1880s, in what year?", 1883, (1880, 1889)),
    ("The bridge was rebuilt in the 19th century, in what year?", 1855, (1801, 1900)),
    ("Opened on 8 May 1984, after the first closure in what year?", 1982, (1, 1983)),
    ("Born in 1861, he died in what year?", 1930, (1862, 2100)),
])
def test_wrong_years_stay_inside_every_bound_the_prompt_names(prompt, answer, bounds):
    assert year_bounds(prompt, answer) == bounds
    span = Span(0, 4, str(answer), "year", value=float(answer))
    options = fitting_options(span, [str(answer + d) for d in (-30, -3, 2, 5, 40)], prompt, None, 0)
    assert len(options) >= 3 and all(bounds[0] <= int(o) <= bounds[1] for o in options), options


def test_names_the_document_lists_or_relates_beside_the_answer_are_no_wrong_options():
    texts = ["The station's partners, including NASA, will need to agree.",
             "Its partners, including ESA, agreed in May.",
             "Delegates from JAXA, ISRO and Roscosmos met in Houston."]
    from game.generate.spans import find_spans

    spans = [find_spans(t) for t in texts]
    mates = read_mates(texts, spans)
    nasa = next(s for s in spans[0] if s.text == "NASA")
    kept = fitting_options(nasa, ["ESA", "ISRO", "CNES"], "Which agency must agree?", mates, 0)
    assert "ESA" not in kept and kept == ["ISRO", "CNES"]
    jaxa = next(s for s in spans[2] if s.text == "JAXA")
    assert "ISRO" not in fitting_options(jaxa, ["ISRO", "CSA", "CNES"], "Which agency met in Houston?", mates, 0)


def test_an_option_sharing_a_name_with_the_prompt_is_left_out():
    span = Span(0, 15, "Henri Becquerel", "person")
    kept = fitting_options(span, ["Pierre Curie", "Louis Richard", "Georges Robert", "Paul Durand"],
                           "In 1903 the Curies shared the Nobel Prize in Physics with whom?", Mates(), 0)
    assert "Pierre Curie" not in kept and len(kept) == 3


def test_a_river_is_offered_rivers_of_its_own_continent():
    from game.generate.pipeline import collect_facts

    facts = collect_facts([document_from_bytes(
        b"The Danube is the second-longest river in Europe, after the Volga. It flows into the Black Sea.", "d.txt")], ["d"])
    danube = next(f for f in facts if f.answer == "Danube")
    assert len(danube.wrong) >= 3 and not {"Hudson", "Zambezi", "Amazon", "Mississippi", "Mekong"} & set(danube.wrong)


def test_a_group_membership_is_not_asked_when_other_members_could_be_right():
    pack = generate_pack([document_from_bytes(
        ("In order to do the spacewalk, Russia’s ISS partners, including NASA, will need to agree to rescheduling "
         "a planned Nov. 25 trip to the space station so it’s three weeks earlier. "
         "The first spacewalk was made by Alexei Leonov in 1965.").encode(),
        "s.txt")], GenerateOptions(keep_all=True))
    assert not any(re.search(r"\bis among\b", q.prompt) for q in pack.questions)


def test_all_on_the_command_line_keeps_more_candidates_with_their_confidence(tmp_path):
    default, everything = tmp_path / "default.yaml", tmp_path / "all.yaml"
    doc = str(DATA / "news-science.txt")
    assert main(["generate", doc, "-o", str(default), "-q"]) == 0
    assert main(["generate", doc, "--all", "-o", str(everything), "-q"]) == 0
    small = yaml.safe_load(default.read_text(encoding="utf-8"))["questions"]
    large = yaml.safe_load(everything.read_text(encoding="utf-8"))["questions"]
    assert len(large) > len(small)
    assert all({"confidence", "doubts"} <= set(q["meta"]) for q in large)
    values = [q["meta"]["confidence"] for q in large]
    assert values == sorted(values, reverse=True)


@pytest.mark.parametrize("name, surname", [
    ("Marie Curie", "Curie"), ("Vincent van Gogh", "van Gogh"), ("Leonardo da Vinci", "da Vinci"),
    ("Van Gogh", ""), ("Madonna", ""),
])
def test_a_person_may_be_typed_by_surname_alone_with_its_particle(name, surname):
    from game.generate.select import surname_of

    assert surname_of(name) == surname


def test_a_long_term_accepts_its_head_noun_when_the_text_uses_it_alone():
    from game.generate.pipeline import collect_facts
    from game.generate.select import accepted_forms

    text = (b"Photosynthesis is the work of chloroplasts. The chloroplasts hold pigments. "
            b"Light is absorbed by the photosynthetic pigments in the membranes. Pigments absorb red light.")
    facts = [f for f in collect_facts([document_from_bytes(text, "t.txt")], ["t"]) if f.answer == "photosynthetic pigments"]
    assert facts and "pigments" in accepted_forms(facts[0])


def test_a_number_the_text_writes_in_words_is_asked_with_word_tiles_not_typed_digits():
    text = ("Carn Dubh Power Station links two lakes. Carn Dubh can go from standing still to full power in about "
            "ninety seconds. The station produces 440 megawatts.")
    for seed in range(6):
        pack = generate_pack([document_from_bytes(text.encode(), "t.txt")], GenerateOptions(keep_all=True, seed=seed))
        worded = [q for q in pack.questions if "ninety" in q.source.quote and "seconds" in q.prompt]
        assert worded and all(not isinstance(q, NumberQuestion) for q in worded), [(q.type, q.prompt) for q in worded]


def test_a_long_input_with_a_count_keeps_at_most_two_facts_of_a_sentence_among_its_best():
    from game.generate.pipeline import collect_facts
    from game.generate.select import MAX_PER_SENTENCE, _best_kept

    text = ("The probe, called Hayabusa2, was launched from the Tanegashima Space Center in December 2014 and "
            "travelled for 42 months before reaching the asteroid Ryugu. Ryugu is about 900 metres wide. "
            "OSIRIS-REx reached the asteroid Bennu in December 2018.")
    facts = collect_facts([document_from_bytes(text.encode(), "t.txt")], ["t"])
    kept = _best_kept(facts, 6, 0)
    per_sentence = {}
    for fact in kept:
        per_sentence[fact.sentence.index] = per_sentence.get(fact.sentence.index, 0) + 1
    assert max(per_sentence.values()) <= MAX_PER_SENTENCE
    assert len(per_sentence) == 3  # room left for every sentence's best
