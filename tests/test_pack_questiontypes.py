"""Each question type is declared once, and every part of the game that knows about fields reads
that declaration: the model, the validator, the JSON Schema, the dumper and the editor."""

from __future__ import annotations

import dataclasses

import pytest

from game.editor import fields as editor_fields
from game.editor.checking import LiveCheck
from game.packs import model
from game.packs.dump import question_to_data
from game.packs.questiontypes import (
    ABSENT,
    FILE_KEY_ORDER,
    QUESTION_TYPES,
    edited_fields,
    field_rule,
    question_fields,
    schema_order,
)
from game.packs.schema import build_schema
from game.packs.validate import check_across, check_header, check_pack_data, check_question

TYPES = tuple(QUESTION_TYPES)


def model_fields(cls) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)} | {"type"}


@pytest.mark.parametrize("qtype", TYPES)
def test_the_model_class_of_each_type_has_exactly_the_declared_fields(qtype):
    assert model_fields(model.QUESTION_CLASSES[qtype]) == {rule.key for rule in question_fields(qtype)}


@pytest.mark.parametrize("qtype", TYPES)
def test_the_schema_of_each_type_lists_the_declared_fields_and_requires_the_required_ones(qtype):
    described = build_schema()["$defs"][qtype]
    assert tuple(described["properties"]) == schema_order(qtype)
    assert described["required"] == [key for key in schema_order(qtype) if field_rule(qtype, key).required]


def test_the_schema_states_the_limits_the_validator_enforces():
    defs = build_schema()["$defs"]
    assert defs["choice"]["properties"]["wrong"]["maxItems"] == field_rule("choice", "wrong").max_items == 5
    assert defs["choice"]["properties"]["wrong"]["minItems"] == 1
    assert defs["number"]["properties"]["tolerance"]["minimum"] == 0
    assert defs["number"]["properties"]["unit"]["maxLength"] == field_rule("number", "unit").max_length
    assert defs["text"]["properties"]["accept"]["items"]["maxLength"] == field_rule("text", "accept").max_length
    assert defs["truefalse"]["properties"]["explanation"]["maxLength"] == 2000


def test_the_window_names_each_type_by_its_declared_label():
    assert editor_fields.TYPE_SHAPES == {"choice": "choice", "truefalse": "true/false", "number": "number",
                                         "text": "typed answer"}
    assert {name: declared.label for name, declared in QUESTION_TYPES.items()} == editor_fields.TYPE_SHAPES


@pytest.mark.parametrize("qtype", TYPES)
def test_the_editor_shows_every_declared_field_with_a_label(qtype):
    shown = editor_fields.fields_for(qtype)
    assert [spec.key for spec in shown] == [rule.key for rule in edited_fields(qtype)]
    assert shown[0].key == "prompt" and shown[-1].key == "id"
    assert all(spec.label for spec in shown)


@pytest.mark.parametrize("qtype", TYPES)
def test_a_new_question_in_the_editor_carries_the_declared_blanks(qtype):
    blank = editor_fields.template(qtype, "new-question")
    expected = {rule.key for rule in question_fields(qtype) if rule.blank is not ABSENT} | {"id", "type"}
    assert set(blank) == expected
    assert set(editor_fields.REQUIRED_KEYS[qtype]) <= set(blank)


EXAMPLES = {
    "choice": model.ChoiceQuestion(id="q", prompt="Which city?", answer="Sochi", wrong=["Turin"]),
    "truefalse": model.TrueFalseQuestion(id="q", prompt="True?", answer=False),
    "number": model.NumberQuestion(id="q", prompt="What year?", answer=1996, tolerance=0, unit="", wrong=[1995]),
    "text": model.TextQuestion(id="q", prompt="Which sea?", answer="Black Sea", accept=["the Black Sea"]),
}


@pytest.mark.parametrize("qtype", TYPES)
def test_the_dumper_writes_keys_in_the_file_order_and_reads_back_the_same_question(qtype):
    data = question_to_data(EXAMPLES[qtype])
    assert list(data) == [key for key in FILE_KEY_ORDER if key in data]
    question, problems = check_question(data)
    assert problems == [] and question == EXAMPLES[qtype]


def test_a_number_question_keeps_its_zero_tolerance_and_drops_an_empty_unit():
    data = question_to_data(EXAMPLES["number"])
    assert data["tolerance"] == 0 and "unit" not in data


def test_one_question_is_checked_on_its_own_with_paths_relative_to_it():
    _, problems = check_question({"id": "q", "type": "choice", "prompt": "P?", "answer": "A", "wrong": ["A"]})
    assert [(p.path, p.message) for p in problems] == [(("wrong", 0), "the answer 'A' is also listed in 'wrong'")]


def test_a_citation_is_checked_against_the_sources_it_is_given():
    question = {"id": "q", "type": "truefalse", "prompt": "P?", "answer": True, "source": {"doc": "seed", "quote": "Q"}}
    assert check_question(question, {"seed"})[1] == []
    assert [p.message for p in check_question(question, set())[1]] == [
        "unknown source.doc 'seed'; the pack lists no sources"]


def test_the_header_gives_the_source_ids_and_none_for_a_newer_format():
    ids, problems = check_header({"relayquiz": 1, "id": "p", "title": "T", "questions": [],
                                  "sources": [{"id": "seed", "title": "S"}]})
    assert ids == {"seed"} and problems == []
    ids, problems = check_header({"relayquiz": 2, "id": "p", "title": "T", "questions": []})
    assert ids is None and "update Torch Relay Quiz" in problems[0].message


def test_repeated_ids_are_found_across_questions():
    problems = check_across([{"id": "a"}, {"id": "b"}, {"id": "a"}])
    assert [(p.path, p.message) for p in problems] == [
        (("questions", 2, "id"), "duplicate question id 'a' (also question 1 of the pack)")]


def test_the_live_check_of_the_editor_agrees_with_checking_the_whole_pack():
    header = {"relayquiz": 1, "id": "p", "title": "T", "sources": [{"id": "seed", "title": "S"}]}
    questions = [{"id": "a", "type": "number", "prompt": "P?", "answer": "many", "tolerance": -1},
                 {"id": "a", "type": "text", "prompt": "", "answer": "x", "accept": ["y"], "wrong": ["Y"]},
                 {"id": "c", "type": "truefalse", "prompt": "P?", "answer": "yes", "source": {"doc": "sed", "quote": "Q"}}]
    live = LiveCheck().problems(header, [(i, 1, q) for i, q in enumerate(questions)], None)
    _, whole = check_pack_data({**header, "questions": questions}, None)
    assert live == whole and len(whole) == 7
    assert [p.path[:2] for p in whole] == [("questions", 0)] * 2 + [("questions", 1)] * 3 + [("questions", 2)] * 2
