"""GIFT conformance: the gift-pegjs test corpus and Moodle's own GIFT fixtures.

Each `.gift` file of the corpus comes with its expected parse in gift-pegjs's JSON schema.
Every question the game can play must import with the same type, text, correct answers,
weights, tolerances and feedback; every other one must be reported as skipped. The
expected texts are reduced with the same format rules as the importer (HTML to text), and
whitespace is compared loosely, because gift-pegjs joins source lines differently.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from tests.conftest import SHARED

from game.packs.formats.common import FormatError
from game.packs.formats.gift import import_gift
from game.packs.formats.htmltext import reduce_text
from game.packs.model import format_number

CORPUS = SHARED / "fixtures" / "formats" / "gift" / "gift-pegjs"
CORPUS_FILES = sorted(p.stem for p in CORPUS.glob("*.gift")) if CORPUS.is_dir() else []
SKIPPED_TYPES = {"Essay": "essay", "Matching": "matching", "Description": "description"}


def loose(text: str | None) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return re.sub(r"\s*_____\s*", "_____", text)


def plain(part: dict | None) -> str:
    """An expected text ({format, text}) reduced as the importer reduces it."""
    if not part:
        return ""
    return loose(reduce_text(part["text"], part["format"]).text)


def number(value) -> int | float:
    return float(value) if not float(value).is_integer() else int(value)


def expected_question(item: dict) -> dict | None:
    """What the game should import for one expected parse; None when it must be skipped."""
    kind = item["type"]
    result: dict = {"prompt": plain(item["stem"]), "explanation": plain(item.get("globalFeedback"))}
    if kind == "TF":
        # Moodle's semantics: the first feedback is shown for the wrong answer. gift-pegjs calls
        # it trueFeedback whatever the answer, which agrees with Moodle only for FALSE questions.
        first, second = plain(item.get("trueFeedback")), plain(item.get("falseFeedback"))
        feedback_true, feedback_false = (second, first) if item["isTrue"] else (first, second)
        feedback = {k: v for k, v in (("True", feedback_true), ("False", feedback_false)) if v}
        right = feedback_true if item["isTrue"] else feedback_false
        result.update(type="truefalse", answer=item["isTrue"], feedback=feedback,
                      explanation=result["explanation"] or right)
        return result
    if kind == "MC":
        correct = [c for c in item["choices"] if c["isCorrect"]]
        if len(correct) != 1 or correct[0]["weight"] not in (None, 100):
            return None
        answer = plain(correct[0]["text"])
        options = [c for c in item["choices"] if plain(c["text"])]
        feedback = {plain(c["text"]): plain(c["feedback"]) for c in options if plain(c["feedback"])}
        credit = [{"answer": plain(c["text"]), "percent": number(c["weight"])}
                  for c in options if c is not correct[0] and c["weight"] not in (None, 0)]
        result.update(type="choice", answer=answer, wrong=[plain(c["text"]) for c in options if c is not correct[0]],
                      feedback=feedback, credit=credit, explanation=result["explanation"] or feedback.get(answer, ""))
        return result
    if kind == "Short":
        choices = [dict(c, weight=100 if c["weight"] is None else c["weight"]) for c in item["choices"]]
        full = [plain(c["text"]) for c in choices if c["weight"] == 100]
        feedback = {plain(c["text"]): plain(c["feedback"]) for c in choices if plain(c["feedback"])}
        result.update(type="text", answer=full[0], accept=full[1:],
                      wrong=[plain(c["text"]) for c in choices if c["weight"] == 0 and plain(c["text"]) != "*"],
                      credit=[{"answer": plain(c["text"]), "percent": number(c["weight"])}
                              for c in choices if c["weight"] not in (0, 100)],
                      feedback=feedback, explanation=result["explanation"] or feedback.get(full[0], ""))
        return result
    if kind == "Numerical":
        choices = item["choices"]
        if isinstance(choices, dict):
            choices = [{"isCorrect": True, "weight": None, "text": choices, "feedback": None}]
        numbers, feedback, credit, wrong = [], {}, [], []
        for choice in choices:
            text = choice["text"]
            if "number" not in text and "numberHigh" not in text:
                if plain(choice["feedback"]):
                    feedback["*"] = plain(choice["feedback"])
                continue
            if text["type"] == "high-low":
                low, high = Decimal(str(text["numberLow"])), Decimal(str(text["numberHigh"]))
                value, tolerance = (low + high) / 2, (high - low) / 2
            else:
                value, tolerance = Decimal(str(text["number"])), Decimal(str(text.get("range", 0)))
            weight = 100 if choice["weight"] is None else choice["weight"]
            key = format_number(number(value)) + (f":{format_number(number(tolerance))}" if tolerance else "")
            if plain(choice["feedback"]):
                feedback[key] = plain(choice["feedback"])
            numbers.append((number(value), number(tolerance), weight))
            if weight not in (0, 100):
                credit.append({"answer": number(value), "tolerance": number(tolerance), "percent": number(weight)})
            if weight == 0:
                wrong.append(number(value))
        full = [n for n in numbers if n[2] == 100]
        if len(full) != 1:
            return None
        right_key = format_number(full[0][0]) + (f":{format_number(full[0][1])}" if full[0][1] else "")
        result.update(type="number", answer=full[0][0], tolerance=full[0][1], wrong=wrong, credit=credit,
                      feedback=feedback, explanation=result["explanation"] or feedback.get(right_key, ""))
        return result
    return None


def actual_question(question) -> dict:
    meta = question.meta or {}
    result = {"type": question.type, "prompt": loose(question.prompt), "explanation": loose(question.explanation),
              "answer": question.answer, "feedback": {k: loose(v) for k, v in meta.get("feedback", {}).items()}}
    if question.type in ("choice", "text"):
        result["answer"] = loose(question.answer)
        result["wrong"] = [loose(w) for w in question.wrong]
        result["credit"] = meta.get("partial_credit", [])
    if question.type == "text":
        result["accept"] = [loose(a) for a in question.accept]
    if question.type == "number":
        result.update(tolerance=question.tolerance, wrong=list(question.wrong), credit=meta.get("partial_credit", []))
    return result


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_every_supported_corpus_question_imports_as_gift_pegjs_expects(name):
    expected = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    result = import_gift((CORPUS / f"{name}.gift").read_bytes(), f"{name}.gift", "corpus")
    questions = [item for item in expected if item["type"] != "Category"]
    wanted = [expected_question(item) for item in questions]
    supported = [w for w in wanted if w is not None]
    assert len(result.pack.questions) == len(supported)
    for want, question in zip(supported, result.pack.questions):
        got = actual_question(question)
        if want["type"] == "choice" and len(want["wrong"]) > 5:
            assert any("dropped" in str(n) for n in result.notes)
            want["wrong"] = want["wrong"][:5]
        for key, value in want.items():
            assert got.get(key, value if key in ("credit", "feedback") else None) == value, (key, got, want)
    assert sum(result.skipped.values()) == len(wanted) - len(supported)
    for item, want in zip(questions, wanted):
        if want is None and item["type"] in SKIPPED_TYPES:
            assert result.skipped[SKIPPED_TYPES[item["type"]]] >= 1


def test_corpus_categories_become_pack_tags(shared_dir):
    folder = shared_dir / "fixtures" / "formats" / "gift" / "gift-pegjs"
    result = import_gift((folder / "categorySpecialCharacter.gift").read_bytes(), "c.gift", "c")
    assert result.pack.questions == []
    result = import_gift(b"$CATEGORY: $course$/top/Default for Unit 1: Topic\n\nIs it?{T}\n", "c.gift", "c")
    assert result.pack.tags == ["Default for Unit 1: Topic"]


def test_moodle_questions_gift_imports_its_playable_questions(shared_dir):
    data = (shared_dir / "fixtures" / "formats" / "gift" / "questions.gift.txt").read_bytes()
    result = import_gift(data, "questions.gift.txt", "moodle")
    # Moodle imports 9; the essay, the matching and the multiple-response one cannot be played.
    assert len(result.pack.questions) + sum(result.skipped.values()) == 9
    assert result.skipped == {"essay": 1, "matching": 1, "multiple-response": 1}
    by_id = {q.id: q for q in result.pack.questions}
    assert by_id["q2"].answer == "yellow" and by_id["q2"].wrong == ["red", "blue"]
    assert by_id["q5"].type == "number" and (by_id["q5"].answer, by_id["q5"].tolerance) == (3, 2)
    assert by_id["shortanswer"].answer == "Frog"
    assert by_id["shortanswer"].meta["partial_credit"] == [{"answer": "Cat", "percent": 50}]
    assert by_id["q1"].answer is False
    assert by_id["q1"].explanation == "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    assert by_id["2-08-tsl"].answer is True and by_id["2-08-tsl-2"].answer is True
    stray = [n for n in result.notes if "missing-word" in n.message]
    assert [n.where.line for n in stray] == [31, 41]


def test_moodle_gift_in_category_takes_the_category_and_reduces_html(shared_dir):
    data = (shared_dir / "fixtures" / "formats" / "gift" / "questions_in_category.gift.txt").read_bytes()
    result = import_gift(data, "questions_in_category.gift.txt", "moodle")
    assert result.pack.tags == ["Default for New Features"]
    assert result.suggested_title == "Default for New Features"
    greeting = result.pack.question("greeting")
    assert greeting.prompt == "Listen to this greeting:\nWhat language is being spoken?"
    assert greeting.answer == "French"
    assert result.pack.question("moodle-acronym").prompt == (
        "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.")


def test_moodle_gift_examples_import_every_playable_question(shared_dir):
    data = (shared_dir / "fixtures" / "formats" / "gift" / "examples.txt").read_bytes()
    result = import_gift(data, "examples.txt", "examples")
    assert result.skipped == {"matching": 3, "multiple-response": 2}
    assert len(result.pack.questions) == 38
    pi = [q for q in result.pack.questions if q.prompt.startswith("What is the value of pi")]
    assert [(q.answer, q.tolerance) for q in pi] == [(3.1415, 0.0005), (3.1415, 0.0005)]


def test_gift_in_windows_1252_is_refused_with_a_message_saying_so(shared_dir):
    data = (shared_dir / "fixtures" / "formats" / "gift" / "questions_encoding_windows-1252.gift.txt").read_bytes()
    with pytest.raises(FormatError) as error:
        import_gift(data, "cp1252.gift.txt", "x")
    assert "must be UTF-8" in error.value.message
    assert error.value.where.line == 15
