"""Kahoot and Quizizz spreadsheets: the vendors' templates and filled-in sheets from real projects.

Expected answers are read from the fixture sheets themselves with openpyxl (the correct
answer column names a position), so the tests check the importer against the files, not
against numbers copied into the test.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from game.packs.formats import export_pack
from game.packs.formats.kahoot import HEADERS as KAHOOT_HEADERS
from game.packs.formats.kahoot import import_kahoot
from game.packs.formats.quizizz import HEADERS as QUIZIZZ_HEADERS
from game.packs.formats.quizizz import import_quizizz
from game.packs.model import ChoiceQuestion, NumberQuestion, Pack, TextQuestion, TrueFalseQuestion


@pytest.fixture
def kahoot_dir(shared_dir) -> Path:
    return shared_dir / "fixtures" / "formats" / "kahoot"


@pytest.fixture
def quizizz_dir(shared_dir) -> Path:
    return shared_dir / "fixtures" / "formats" / "quizizz"


def rows_of(path: Path, first_row: int) -> list[tuple]:
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    return [row for row in sheet.iter_rows(min_row=first_row, values_only=True)]


@pytest.mark.parametrize("name", ["KahootQuizTemplate.xlsx", "Kahoot-Quiz-Spreadsheet-Template.xlsx"])
def test_kahoot_templates_report_their_example_as_multiple_response(kahoot_dir, name):
    result = import_kahoot((kahoot_dir / name).read_bytes(), name, "template")
    assert result.pack.questions == []
    assert result.skipped == {"multiple-response": 1}
    note, = result.notes
    assert str(note.where) == f"{name}:Sheet1!9"
    assert "4 correct answers (1,2,3,4)" in note.message
    assert "multiple-response" in result.summary() and "imported 0 questions" in result.summary()


def test_filled_kahoot_sheet_imports_every_question_with_its_correct_answer_and_time(kahoot_dir):
    path = kahoot_dir / "kahoot-quiz-from-csv.xlsx"
    result = import_kahoot(path.read_bytes(), path.name, "voices")
    rows = [r for r in rows_of(path, 9) if r[1]]
    assert len(result.pack.questions) == len(rows) == 16
    for question, row in zip(result.pack.questions, rows):
        assert isinstance(question, ChoiceQuestion)
        assert question.prompt == row[1]
        assert question.answer == row[1 + int(row[7])]
        assert sorted([question.answer, *question.wrong]) == sorted(row[2:6])
        assert result.pack.time_limit_for(question) == int(row[6]) == 20
    long_one = result.pack.questions[9]
    assert len(long_one.prompt) == 127 and long_one.answer == "Paul Robeson"
    assert result.notes == []


def test_older_kahoot_template_revision_with_three_answers_imports(kahoot_dir):
    path = kahoot_dir / "EXG2131.scrum_in_essence_constructs.kahoot.xlsx"
    result = import_kahoot(path.read_bytes(), path.name, "scrum")
    rows = [r for r in rows_of(path, 9) if r[1]]
    assert len(result.pack.questions) == 10
    for question, row in zip(result.pack.questions, rows):
        assert question.answer == row[1 + int(row[7])]
        assert len(question.wrong) == 2
        assert result.pack.time_limit_for(question) == 20
    assert result.pack.questions[0].id == "construct-corresponding-1-product-owner"


def test_kahoot_titles_in_row_one_without_a_number_column_are_found(kahoot_dir):
    result = import_kahoot((kahoot_dir / "SEMAT0094.serious_games.kahoot.xlsx").read_bytes(), "semat.xlsx", "semat")
    question, = result.pack.questions
    assert question.answer == "all" and question.wrong == ["some", "the last", "the first"]
    assert result.pack.time_limit_for(question) == 60


def test_filled_quizizz_sheets_import_with_text_numbers_and_no_help_row(quizizz_dir):
    path = quizizz_dir / "EXG2131.scrum_in_essence_constructs.quizizz.xlsx"
    result = import_quizizz(path.read_bytes(), path.name, "scrum")
    rows = rows_of(path, 2)
    assert len(result.pack.questions) == 10
    for question, row in zip(result.pack.questions, rows):
        assert question.answer == row[1 + int(row[7])]
        assert result.pack.time_limit_for(question) == int(row[8]) == 30
    links = [n for n in result.notes if "image link" in n.message]
    assert [str(n.where) for n in links] == [f"{path.name}:Sheet1!{r}" for r in range(2, 12)]
    assert all("never downloaded" in n.message for n in links)


def test_reduced_quizizz_variant_skips_its_help_row_and_defaults_the_time(quizizz_dir):
    path = quizizz_dir / "quiz-converter_lich-su_test.xlsx"
    result = import_quizizz(path.read_bytes(), path.name, "lich-su")
    rows = rows_of(path, 3)
    assert len(result.pack.questions) == 2
    for question, row in zip(result.pack.questions, rows):
        assert question.prompt == row[0]
        assert question.answer == row[1 + int(row[6])]
        assert result.pack.time_limit_for(question) == 30


def test_quizizz_template_without_questions_gives_an_empty_pack(quizizz_dir):
    result = import_quizizz((quizizz_dir / "quizizz.xlsx").read_bytes(), "quizizz.xlsx", "empty")
    assert result.pack.questions == [] and result.notes == []


def test_semat0094_is_the_same_question_in_kahoot_quizizz_and_moodle_xml(shared_dir):
    from game.packs.formats.moodlexml import import_moodle_xml

    root = shared_dir / "fixtures" / "formats"
    found = [
        import_kahoot((root / "kahoot" / "SEMAT0094.serious_games.kahoot.xlsx").read_bytes(), "k", "k"),
        import_quizizz((root / "quizizz" / "SEMAT0094.serious_games.quizizz.xlsx").read_bytes(), "q", "q"),
        import_moodle_xml((root / "moodlexml" / "SEMAT0094.serious_games.moodle.xml").read_bytes(), "m", "m"),
    ]
    shapes = {(r.pack.questions[0].prompt, r.pack.questions[0].answer, tuple(r.pack.questions[0].wrong),
               r.pack.questions[0].id) for r in found}
    assert len(shapes) == 1
    prompt, answer, wrong, qid = shapes.pop()
    assert answer == "all" and prompt.startswith("Progress Poker helps")


def test_quizizz_question_types_map_or_are_skipped_by_name():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(QUIZIZZ_HEADERS))
    sheet.append(["Capital of France?", "Multiple Choice", "Paris", "Lyon", None, None, None, "1", "300", None,
                  "Paris is the capital."])
    sheet.append(["Two plus two?", "Fill-in-the-Blank", "four", "4", None, None, None, None, None])
    sheet.append(["Pick the primes", "Checkbox", "2", "3", "4", None, None, "1,2", "30"])
    sheet.append(["Your favourite?", "Poll", "Red", "Blue"])
    sheet.append(["Explain", "Open-Ended"])
    sheet.append(["Sketch it", "Draw"])
    sheet.append(["Is it?", "", "True", "False", None, None, None, 2, 20])
    data = io.BytesIO()
    workbook.save(data)
    result = import_quizizz(data.getvalue(), "mixed.xlsx", "mixed")
    first, second, third = result.pack.questions
    assert first.answer == "Paris" and first.explanation == "Paris is the capital."
    assert result.pack.time_limit_for(first) == 240
    assert any("300 s lowered to 240 s" in n.message for n in result.notes)
    assert isinstance(second, TextQuestion) and second.answer == "four" and second.accept == ["4"]
    assert isinstance(third, TrueFalseQuestion) and third.answer is False
    assert result.skipped == {"multiple-response": 1, "poll": 1, "open-ended": 1, "draw": 1}
    assert [str(n.where) for n in result.notes if n.skipped] == [f"mixed.xlsx:Sheet!{r}" for r in (4, 5, 6, 7)]


def _export_and_read(pack: Pack, fmt: str):
    result = export_pack(pack, fmt, "")
    return result, openpyxl.load_workbook(io.BytesIO(result.data))


def test_exported_kahoot_file_has_exactly_the_templates_header_row_and_layout(kahoot_dir):
    template = openpyxl.load_workbook(kahoot_dir / "KahootQuizTemplate.xlsx").worksheets[0]
    pack = Pack(id="p", title="Olympics", questions=[
        ChoiceQuestion(id="host", prompt="Host city of 2014?", answer="Sochi", wrong=["Turin", "Nagano"]),
        TrueFalseQuestion(id="tf", prompt="The flame is lit at Olympia.", answer=True, time_limit=30)])
    _, workbook = _export_and_read(pack, "kahoot")
    assert len(workbook.worksheets) == 1
    sheet = workbook.worksheets[0]
    assert sheet.title == template.title == "Sheet1"

    def row(ws, number, columns="ABCDEFGH"):
        return [ws[f"{c}{number}"].value for c in columns]

    assert row(sheet, 8) == row(template, 8) == [None, *KAHOOT_HEADERS]
    assert row(sheet, 1) == row(template, 1) and row(sheet, 7) == row(template, 7)
    assert [sheet[f"A{r}"].value for r in range(9, 109)] == [template[f"A{r}"].value for r in range(9, 109)]
    assert {str(m) for m in sheet.merged_cells.ranges} == {str(m) for m in template.merged_cells.ranges}
    for number in range(2, 7):
        assert (sheet[f"B{number}"].value is None) == (template[f"B{number}"].value is None)
    options = {v.formula1 for v in sheet.data_validations.dataValidation}
    assert options == {v.formula1 for v in template.data_validations.dataValidation}
    host = row(sheet, 9)
    assert host[1] == "Host city of 2014?" and host[2 + host[7] - 1] == "Sochi" and host[6] == 20
    assert row(sheet, 10)[1:] == ["The flame is lit at Olympia.", "True", "False", None, None, 30, 1]
    assert sheet["B11"].value is None


def test_kahoot_export_says_which_questions_were_shortened_or_dropped():
    long_prompt = "Which of these " + "very " * 30 + "long words is right?"
    pack = Pack(id="p", title="Limits", questions=[
        ChoiceQuestion(id="long", prompt=long_prompt, answer="a" * 80, wrong=["b", "c", "d", "e", "f"], time_limit=25),
        NumberQuestion(id="year", prompt="Year?", answer=1936),
        TextQuestion(id="sea", prompt="Sea?", answer="Black Sea", wrong=["Red Sea"]),
    ])
    result, workbook = _export_and_read(pack, "kahoot")
    text = "\n".join(str(n) for n in result.notes)
    assert "question 'long': the question shortened from" in text and "to 120 characters" in text
    assert "question 'long': the answer shortened from 80 to 75 characters" in text
    assert "question 'long': only 4 answers fit: dropped the wrong options 'e', 'f'" in text
    assert "question 'long': time limit 25 s written as 30 s" in text
    assert "question 'year': not written" in text
    assert "question 'sea': written as a choice question" in text
    assert (result.written, result.dropped) == (2, 1)
    sheet = workbook.worksheets[0]
    assert len(sheet["B9"].value) == 120 and sheet["B9"].value.endswith("\u2026")
    assert sheet["B10"].value == "Sea?" and sheet["B11"].value is None


def test_quizizz_export_writes_the_eleven_column_layout_with_explanations():
    pack = Pack(id="p", title="T", questions=[
        ChoiceQuestion(id="c", prompt="Host?", answer="Sochi", wrong=["Turin"], explanation="Black Sea coast."),
        TextQuestion(id="t", prompt="Sea?", answer="Black Sea", accept=["the Black Sea"]),
        NumberQuestion(id="n", prompt="Year?", answer=1936, tolerance=1)])
    result, workbook = _export_and_read(pack, "quizizz")
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == list(QUIZIZZ_HEADERS)
    assert "(required)" in sheet["A2"].value
    choice, text, number = ([c.value for c in sheet[r]] for r in (3, 4, 5))
    assert choice[1] == "Multiple Choice" and choice[1 + choice[7]] == "Sochi" and choice[10] == "Black Sea coast."
    assert text[1:4] == ["Fill-in-the-Blank", "Black Sea", "the Black Sea"]
    assert number[1:3] == ["Fill-in-the-Blank", "1936"]
    assert any("question 'n'" in str(n) and "tolerance of 1" in str(n) for n in result.notes)
    back = import_quizizz(result.data, "back.xlsx", "back")
    assert [q.type for q in back.pack.questions] == ["choice", "text", "text"]


def test_a_prompt_that_looks_like_a_formula_stays_text_in_a_workbook():
    pack = Pack(id="p", title="T", questions=[
        ChoiceQuestion(id="f", prompt="=1+1 is what?", answer="=2", wrong=["@3", "-4"])])
    for fmt, reader in (("kahoot", import_kahoot), ("quizizz", import_quizizz)):
        result = export_pack(pack, fmt, "")
        back = reader(result.data, "f.xlsx", "f")
        question, = back.pack.questions
        assert (question.prompt, question.answer, sorted(question.wrong)) == ("=1+1 is what?", "=2", ["-4", "@3"])
