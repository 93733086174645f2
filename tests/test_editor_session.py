"""The editing model: a working copy with undoable edits, review marks and live validation."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.editor import EditSession, Mark
from game.packs.dump import pack_to_data
from game.packs.load import load_pack_text
from tests.editorpacks import GENERATED, generated_pack, write_generated


@pytest.fixture
def session() -> EditSession:
    """The generated pack, as if opened from its file (nothing unsaved yet)."""
    opened = EditSession.from_pack(generated_pack())
    opened.mark_saved()
    return opened


def uid_of(session: EditSession, question_id: str) -> int:
    for uid, data, _ in session.iter_questions():
        if data["id"] == question_id:
            return uid
    raise KeyError(question_id)


def state(session: EditSession):
    return (session.data(), [session.mark(uid) for uid in session.order])


def test_opening_a_pack_changes_nothing(session, tmp_path):
    assert session.data() == pack_to_data(load_pack_text(GENERATED))
    assert EditSession.from_pack(generated_pack()).dirty, "a generated pack is in no file yet: closing asks"
    assert not EditSession.from_file(write_generated(tmp_path)).dirty
    assert session.problems() == []
    assert [q["id"] for q in session.data()["questions"]][:2] == ["host-city", "columbia-year"]
    assert session.counts() == {Mark.UNREVIEWED: 8, Mark.KEPT: 0, Mark.DROPPED: 0}


def test_every_kind_of_edit_is_one_step_that_undo_and_redo_restore(session):
    first, number = uid_of(session, "host-city"), uid_of(session, "columbia-year")
    edits = [
        lambda: session.set_field_text(first, "prompt", "Which city hosted the 2014 Winter Games?"),
        lambda: session.add_item(first, "wrong", "Sapporo"),
        lambda: session.move_item(first, "wrong", 3, -1),
        lambda: session.remove_item(first, "wrong", 0),
        lambda: session.set_item_text(number, "wrong", 0, "1,990", typing=False),
        lambda: session.set_field_text(number, "time_limit", "45", typing=False),
        lambda: session.add_question("text", 1),
        lambda: session.duplicate(first),
        lambda: session.move(first, 2),
        lambda: session.set_mark(first, Mark.KEPT),
        lambda: session.set_mark(number, Mark.DROPPED),
        lambda: session.delete(uid_of(session, "adler-airport")),
    ]
    states = [state(session)]
    for edit in edits:
        edit()
        states.append(state(session))
        assert states[-1] != states[-2]
    for expected in reversed(states[:-1]):
        assert session.undo() is not None
        assert state(session) == expected
    assert session.undo() is None
    for expected in states[1:]:
        session.redo()
        assert state(session) == expected


def test_typing_into_one_field_is_one_undo_step(session):
    uid = uid_of(session, "host-city")
    for end in range(1, 6):
        session.set_field_text(uid, "prompt", "Where"[:end], typing=True)
    session.set_field_text(uid, "explanation", "On the coast", typing=True)
    session.undo()
    assert session.question(uid)["prompt"] == "Where" and "explanation" not in session.question(uid)
    session.undo()
    assert session.question(uid)["prompt"] == "Which city was to host the 2014 Winter Games?"
    assert not session.dirty


def test_typing_again_after_another_edit_starts_a_new_step(session):
    uid = uid_of(session, "host-city")
    session.set_field_text(uid, "prompt", "A", typing=True)
    session.set_mark(uid, Mark.KEPT)
    session.set_field_text(uid, "prompt", "AB", typing=True)
    session.undo()
    assert session.question(uid)["prompt"] == "A"


def test_deleted_question_comes_back_in_its_place_with_its_mark(session):
    uid = uid_of(session, "columbia-lit")
    session.set_mark(uid, Mark.KEPT)
    before = list(session.order)
    session.delete(uid)
    assert uid not in session.order
    step = session.undo()
    assert session.order == before and session.mark(uid) is Mark.KEPT
    assert step.label == "delete question" and step.focus.uid == uid


def test_dropped_questions_are_left_out_of_what_is_saved_and_played(session):
    session.set_mark(uid_of(session, "president"), Mark.DROPPED)
    session.set_mark(uid_of(session, "host-city"), Mark.KEPT)
    ids = [q["id"] for q in session.data()["questions"]]
    assert "president" not in ids and "host-city" in ids and len(ids) == 7
    assert [q.id for q in session.playable_pack().questions] == ids


def test_a_new_question_of_each_type_is_flagged_until_filled_in(session):
    for qtype in ("choice", "truefalse", "number", "text"):
        uid = session.add_question(qtype)
        data = session.question(uid)
        assert data["type"] == qtype and data["id"].startswith(f"new-{qtype}")
        fields = {p.field for p in session.problems_for(uid)}
        assert "prompt" in fields
        session.set_field_text(uid, "prompt", f"A {qtype} question?")
        session.set_field_text(uid, "answer", {"choice": "Yes", "truefalse": "", "number": "12",
                                               "text": "Yes"}[qtype])
        if qtype == "truefalse":
            session.set_field(uid, "answer", False)
        if qtype == "choice":
            for index, option in enumerate(["No", "Maybe", "Never"]):
                session.set_item_text(uid, "wrong", index, option)
        assert session.problems_for(uid) == [], qtype
    assert session.question(uid_of(session, "new-number"))["answer"] == 12


def test_a_duplicate_gets_its_own_id_right_after_the_original(session):
    uid = uid_of(session, "host-city")
    copy_uid = session.duplicate(uid)
    assert session.order.index(copy_uid) == session.order.index(uid) + 1
    assert session.question(copy_uid)["id"] == "host-city-copy"
    assert session.duplicate(uid) and uid_of(session, "host-city-copy-2")
    assert session.problems() == []


def test_the_answer_among_the_wrong_options_is_shown_on_that_option(session):
    uid = uid_of(session, "host-city")
    session.set_item_text(uid, "wrong", 1, "sochi")
    assert [(p.uid, p.field, p.index, p.message) for p in session.problems()] == [
        (uid, "wrong", 1, "the answer 'Sochi' is also listed in 'wrong'")]


def test_an_empty_prompt_and_a_time_limit_out_of_range_are_shown_on_their_fields(session):
    uid = uid_of(session, "cosmonaut")
    session.set_field_text(uid, "prompt", "   ")
    session.set_field_text(uid, "time_limit", "300")
    found = {(p.field, p.message) for p in session.problems_for(uid)}
    assert found == {("prompt", "'prompt' must not be empty"),
                     ("time_limit", "'time_limit' is 300; it must be between 5 and 240")}
    assert session.playable_pack() is None


def test_text_typed_into_number_fields_becomes_numbers_or_a_located_problem(session):
    uid = uid_of(session, "columbia-year")
    session.set_field_text(uid, "answer", "1,996")
    session.set_field_text(uid, "tolerance", "0.5")
    assert (session.question(uid)["answer"], session.question(uid)["tolerance"]) == (1996, 0.5)
    session.set_field_text(uid, "answer", "about 1996")
    assert [(p.field, p.message) for p in session.problems_for(uid)] == [
        ("answer", "a number answer must be a number, not the text 'about 1996'")]


def test_emptied_optional_fields_leave_the_question(session):
    uid = uid_of(session, "host-city")
    session.set_field_text(uid, "difficulty", "")
    session.set_field_text(uid, "tags", "places,  olympics ,")
    assert "difficulty" not in session.question(uid)
    assert session.question(uid)["tags"] == ["places", "olympics"]
    session.set_field_text(uid, "tags", "")
    assert "tags" not in session.question(uid)


def test_keys_stay_in_the_dumpers_order_whatever_the_order_of_edits(session):
    uid = uid_of(session, "cosmonaut")
    session.set_field_text(uid, "explanation", "He flew on Soyuz.")
    session.add_item(uid, "wrong", "Yuri Gagarin")
    assert list(session.question(uid)) == ["id", "type", "prompt", "answer", "accept", "wrong",
                                           "difficulty", "explanation", "source"]


def test_unsaved_changes_are_known_and_undoing_them_makes_the_pack_clean_again(session):
    uid = uid_of(session, "host-city")
    session.set_mark(uid, Mark.KEPT)
    assert session.dirty
    session.mark_saved()
    assert not session.dirty
    session.set_field_text(uid, "prompt", "Changed")
    assert session.dirty
    session.undo()
    assert not session.dirty
    session.undo()
    assert session.dirty


OPERATIONS = st.lists(st.tuples(st.sampled_from(
    ["type", "mark", "add_item", "remove_item", "move_item", "new", "duplicate", "delete", "move"]),
    st.integers(0, 50), st.text(max_size=8)), max_size=25)


@settings(max_examples=60, deadline=None)
@given(OPERATIONS)
def test_undoing_everything_gives_back_the_pack_and_redoing_gives_the_edits(operations):
    session = EditSession.from_pack(generated_pack())
    session.mark_saved()  # as if opened from its file
    original = copy.deepcopy(state(session))
    for name, number, text in operations:
        if not session.order:
            session.add_question("choice")
            continue
        uid = session.order[number % len(session.order)]
        if name == "type":
            session.set_field_text(uid, ["prompt", "answer", "explanation", "tags"][number % 4], text,
                                   typing=bool(number % 2))
        elif name == "mark":
            session.set_mark(uid, list(Mark)[number % 3])
        elif name == "add_item":
            session.add_item(uid, "tags", text or "x")
        elif name == "remove_item":
            session.remove_item(uid, "tags", number % 3)
        elif name == "move_item":
            session.move_item(uid, "tags", number % 3, 1)
        elif name == "new":
            session.add_question(["choice", "truefalse", "number", "text"][number % 4], number)
        elif name == "duplicate":
            session.duplicate(uid)
        elif name == "delete":
            session.delete(uid)
        else:
            session.move(uid, 1 if number % 2 else -1)
    final = copy.deepcopy(state(session))
    while session.undo() is not None:
        pass
    assert state(session) == original
    assert not session.dirty
    while session.redo() is not None:
        pass
    assert state(session) == final


def test_the_editing_model_never_imports_pygame():
    import subprocess
    import sys

    from tests.editorpacks import ROOT

    code = "import sys, game.editor; print('pygame' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


FIELD_VALUES = st.sampled_from(["", "  ", "Sochi", "sochi", "Nagano", "300", "45", "1,996", "x" * 301, "Bad Id",
                                "host-city", "columbia-year", "easy", "extreme"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["field", "item", "mark", "new", "duplicate", "delete", "sources", "undo"]),
                          st.integers(0, 40), st.sampled_from(["prompt", "answer", "id", "time_limit", "difficulty",
                                                               "explanation", "tolerance"]), FIELD_VALUES),
                max_size=20))
def test_live_validation_finds_exactly_what_checking_the_whole_pack_finds(operations):
    from game.packs.validate import check_pack_data

    session = EditSession.from_pack(generated_pack())
    for name, number, key, value in operations:
        uid = session.order[number % len(session.order)] if session.order else None
        if uid is None or name == "new":
            session.add_question(["choice", "truefalse", "number", "text"][number % 4])
        elif name == "field":
            session.set_field_text(uid, key, value, typing=bool(number % 2))
        elif name == "item" and isinstance(session.question(uid).get("wrong"), list) and session.question(uid)["wrong"]:
            session.set_item_text(uid, "wrong", number % len(session.question(uid)["wrong"]), value)
        elif name == "mark":
            session.set_mark(uid, list(Mark)[number % 3])
        elif name == "duplicate":
            session.duplicate(uid)
        elif name == "delete":
            session.delete(uid)
        elif name == "sources":
            session.set_header("sources", [] if number % 2 else [{"id": value or "x", "title": "T"}])
        else:
            session.undo()
        kept = session.kept_uids()
        _, whole = check_pack_data(session.data(), session.base_dir)
        expected = []
        for problem in whole:
            path = problem.path
            if len(path) >= 2 and path[0] == "questions":
                expected.append((kept[path[1]], path[2] if len(path) > 2 else None,
                                 path[3] if len(path) > 3 and isinstance(path[3], int) else None, problem.message))
            else:
                expected.append((None, path[0] if path else None, None, problem.message))
        assert [(p.uid, p.field, p.index, p.message) for p in session.problems()] == expected


def _doubted_session() -> EditSession:
    from tests.editorpacks import generated_pack

    session = EditSession.from_pack(generated_pack())
    first, second, third = session.order[:3]
    session.set_field(second, "meta", {"confidence": 0.55, "doubts": ["pronoun", "needs the document"]})
    session.set_field(third, "meta", {"confidence": 0.41, "doubts": ["complex clause"]})
    session.set_field(first, "meta", {"confidence": 0.9, "doubts": []})
    return session


def test_review_shows_the_doubted_questions_first_the_least_confident_first():
    session = _doubted_session()
    first, second, third = session.order[:3]
    order = session.review_order()
    assert order[:2] == [third, second]
    assert order[2:] == [uid for uid in session.order if uid not in (second, third)]
    assert session.doubts(second) == (0.55, ["pronoun", "needs the document"])
    assert session.doubts(first) == (0.9, [])


def test_review_order_leaves_the_saved_order_alone():
    session = _doubted_session()
    before = [q["id"] for q in session.data()["questions"]]
    session.review_order()
    assert [q["id"] for q in session.data()["questions"]] == before
