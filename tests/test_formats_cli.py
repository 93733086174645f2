"""`relayquiz import` and `relayquiz export` as a teacher uses them: one command per file."""

from __future__ import annotations


import pytest

from tests.conftest import SHARED

from game.cli import main
from game.packs.load import load_pack

FORMATS = SHARED / "fixtures" / "formats"
IMPORTABLE = [
    "kahoot/kahoot-quiz-from-csv.xlsx", "kahoot/EXG2131.scrum_in_essence_constructs.kahoot.xlsx",
    "kahoot/SEMAT0094.serious_games.kahoot.xlsx", "kahoot/KahootQuizTemplate.xlsx",
    "kahoot/Kahoot-Quiz-Spreadsheet-Template.xlsx",
    "quizizz/EXG2131.scrum_in_essence_constructs.quizizz.xlsx", "quizizz/SEMAT0094.serious_games.quizizz.xlsx",
    "quizizz/quiz-converter_lich-su_test.xlsx", "quizizz/quizizz.xlsx",
    "moodlexml/SEMAT0094.serious_games.moodle.xml", "moodlexml/EXG2131.scrum_in_essence_constructs.moodle.xml",
    *(f"moodlexml/moodle-core/{p.name}" for p in sorted((FORMATS / "moodlexml" / "moodle-core").glob("*.xml"))),
    "gift/questions.gift.txt", "gift/questions_in_category.gift.txt", "gift/examples.txt",
    *(f"gift/gift-pegjs/{p.name}" for p in sorted((FORMATS / "gift" / "gift-pegjs").glob("*.gift"))),
    "aiken/aiken_errors.txt", "aiken/questions.aiken.txt",
    "opentdb/api_3q_typeboolean.json", "opentdb/mojotron-quizzical_questions.json",
    "opentdb/sergfa-opentdb_client_base64.json", "opentdb/coder2002-quizzical_data_url3986.json",
] if FORMATS.is_dir() else []
REFUSED = ["gift/questions_encoding_windows-1252.gift.txt", "opentdb/api_fail_respcode_1.json"]


@pytest.mark.parametrize("relative", IMPORTABLE)
def test_every_fixture_imports_with_one_command_into_a_pack_that_validates(relative, tmp_path, capsys):
    out = tmp_path / "pack.yaml"
    assert main(["import", str(FORMATS / relative), "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
    assert "imported" in capsys.readouterr().out


@pytest.mark.parametrize("relative", REFUSED)
def test_refused_fixtures_exit_1_naming_the_file_and_write_nothing(relative, tmp_path, capsys):
    out = tmp_path / "pack.yaml"
    assert main(["import", str(FORMATS / relative), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(FORMATS / relative) in err and "Traceback" not in err
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_import_summary_counts_types_and_says_why_questions_were_skipped(shared_dir, tmp_path, capsys):
    source = shared_dir / "fixtures" / "formats" / "gift" / "questions.gift.txt"
    assert main(["import", str(source), "-o", str(tmp_path / "moodle.yaml"), "--title", "Moodle GIFT"]) == 0
    captured = capsys.readouterr()
    assert "imported 6 questions: 1 choice, 3 truefalse, 1 number, 1 text" in captured.out
    assert "1 essay: a written answer cannot be scored automatically" in captured.out
    assert f"{source}:2: skipped essay:" in captured.err
    pack = load_pack(tmp_path / "moodle.yaml")
    assert (pack.id, pack.title) == ("moodle", "Moodle GIFT")


def test_kahoot_template_import_writes_an_empty_pack_and_says_why(shared_dir, tmp_path, capsys):
    source = shared_dir / "fixtures" / "formats" / "kahoot" / "KahootQuizTemplate.xlsx"
    assert main(["import", str(source), "-o", str(tmp_path / "t.yaml")]) == 0
    captured = capsys.readouterr()
    assert "imported 0 questions" in captured.out and "1 multiple-response" in captured.out
    assert f"{source}:Sheet1!9: skipped multiple-response" in captured.err
    assert load_pack(tmp_path / "t.yaml").questions == []


def test_moodle_picture_is_saved_beside_the_pack(shared_dir, tmp_path, capsys):
    source = shared_dir / "fixtures" / "formats" / "moodlexml" / "moodle-core" / "truefalse.xml"
    out = tmp_path / "packs" / "moodle.yaml"
    assert main(["import", str(source), "-o", str(out)]) == 0
    pack = load_pack(out)
    assert pack.questions[0].image.file == "images/logo.jpg"
    assert (out.parent / "images" / "logo.jpg").is_file()
    assert "1 picture" in capsys.readouterr().out


def test_a_picture_of_another_pack_is_never_overwritten(shared_dir, tmp_path):
    source = shared_dir / "fixtures" / "formats" / "moodlexml" / "moodle-core" / "truefalse.xml"
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.jpg").write_bytes(b"someone else's picture")
    assert main(["import", str(source), "-o", str(tmp_path / "moodle.yaml")]) == 0
    assert (tmp_path / "images" / "logo.jpg").read_bytes() == b"someone else's picture"
    assert load_pack(tmp_path / "moodle.yaml").questions[0].image.file == "images/logo-2.jpg"


def test_importing_again_keeps_the_previous_pack_as_a_backup(shared_dir, tmp_path):
    source = shared_dir / "fixtures" / "formats" / "aiken" / "questions.aiken.txt"
    out = tmp_path / "aiken.yaml"
    out.write_text("my own pack\n")
    assert main(["import", str(source), "-o", str(out)]) == 0
    assert (tmp_path / "aiken.yaml~").read_text() == "my own pack\n"


@pytest.mark.parametrize("content, name, words", [
    (b"PK\x03\x04not really a zip", "broken.xlsx", "damaged"),
    (b"<quiz><question>", "cut.xml", "not well formed"),
    (b"\x00\x01\x02\x03", "noise.bin", "cannot tell which format"),
])
def test_bad_files_exit_1_with_a_message_and_no_traceback(tmp_path, capsys, content, name, words):
    source = tmp_path / name
    source.write_bytes(content)
    out = tmp_path / "out.yaml"
    assert main(["import", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(source) in err and words in err and "Traceback" not in err
    assert not out.exists()


def test_import_of_a_missing_file_or_with_a_bad_id(tmp_path, capsys):
    assert main(["import", str(tmp_path / "none.gift"), "-o", str(tmp_path / "p.yaml")]) == 1
    assert "no such file" in capsys.readouterr().err
    source = tmp_path / "q.gift"
    source.write_text("Q?{T}\n")
    assert main(["import", str(source), "-o", str(tmp_path / "p.yaml"), "--id", "Not A Slug"]) == 2


@pytest.mark.parametrize("fmt, suffix", [("kahoot", ".xlsx"), ("quizizz", ".xlsx"), ("moodlexml", ".xml"),
                                         ("gift", ".gift"), ("aiken", ".txt"), ("csv", ".csv")])
def test_an_imported_pack_exports_back_to_every_tool(shared_dir, tmp_path, capsys, fmt, suffix):
    source = shared_dir / "fixtures" / "formats" / "kahoot" / "kahoot-quiz-from-csv.xlsx"
    pack = tmp_path / "voices.yaml"
    assert main(["import", str(source), "-o", str(pack)]) == 0
    target = tmp_path / f"voices{suffix}"
    assert main(["export", str(pack), "--format", fmt, "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"wrote {target}: 16 of 16 questions as {fmt}" in out
    assert main(["import", str(target), "--format", fmt, "-o", str(tmp_path / "again.yaml")]) == 0
    again = load_pack(tmp_path / "again.yaml")
    original = load_pack(pack)
    assert [q.answer for q in again.questions] == [q.answer for q in original.questions]
    for back, first in zip(again.questions, original.questions):
        # Kahoot takes 120 characters a question: the one 127-character prompt comes back shortened.
        assert back.prompt == first.prompt or (fmt == "kahoot" and back.prompt.endswith("\u2026")
                                               and first.prompt.startswith(back.prompt[:-1]))


def test_export_names_the_questions_it_changed_and_keeps_a_backup(tmp_path, capsys):
    pack = tmp_path / "p.yaml"
    pack.write_text("""relayquiz: 1
id: p
title: P
questions:
  - id: year
    type: number
    prompt: In what year?
    answer: 1936
  - id: host
    type: choice
    prompt: Host?
    answer: Sochi
    wrong: [Turin]
    explanation: On the coast.
""")
    target = tmp_path / "p.txt"
    target.write_text("old export")
    assert main(["export", str(pack), "--format", "aiken", "-o", str(target)]) == 0
    captured = capsys.readouterr()
    assert f"{pack}: warning: question 'year': not written: Aiken holds only choice questions" in captured.err
    assert "explanations of 1 question are not kept" in captured.err
    assert "1 of 2 questions as aiken; 1 left out" in captured.out
    assert (tmp_path / "p.txt~").read_text() == "old export"


def test_export_of_a_broken_pack_exits_1_with_located_problems(tmp_path, capsys):
    pack = tmp_path / "bad.yaml"
    pack.write_text("relayquiz: 1\nid: bad\ntitle: Bad\nquestions:\n  - id: x\n    type: choise\n")
    assert main(["export", str(pack), "--format", "gift", "-o", str(tmp_path / "out.gift")]) == 1
    assert f"{pack}:6:11: unknown question type 'choise'" in capsys.readouterr().err
    assert not (tmp_path / "out.gift").exists()


def test_an_imported_kahoot_sheet_can_be_played_to_the_end(shared_dir, tmp_path):
    from game.quiz import FakeClock, Session, SessionConfig, State

    source = shared_dir / "fixtures" / "formats" / "kahoot" / "kahoot-quiz-from-csv.xlsx"
    assert main(["import", str(source), "-o", str(tmp_path / "voices.yaml")]) == 0
    pack = load_pack(tmp_path / "voices.yaml")
    clock = FakeClock()
    session = Session(SessionConfig(packs=(pack,), question_count=16, seed=3), clock)
    played = 0
    while session.state is not State.FINISHED:
        question = session.current
        session.start_question()
        session.answer(0, question.correct_option)
        assert session.reveal().answers[0].correct
        played += 1
        if session.standings_due:
            session.show_standings()
        session.next()
    assert played == 16
