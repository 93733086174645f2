"""CSV files in the spreadsheet layouts the importers know, and CSV files in none of them.

A CSV is read in the first layout its header row fits: Kahoot's, Quizizz's or our own. Every
titled column must belong to that layout; a column it does not know is never skipped or
guessed at: the file is refused with the column named.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.packs.formats import FormatError
from game.packs.formats.csvfile import import_csv
from game.packs.formats.kahoot import import_kahoot
from game.packs.formats.quizizz import import_quizizz
from game.packs.formats.sheets import text_cell
from game.packs.model import ChoiceQuestion, TrueFalseQuestion
from game.packs.validate import option_key


def read(text: str, name: str = "quiz.csv"):
    return import_csv(text.encode("utf-8"), name, "quiz")


def refusal(text: str) -> str:
    with pytest.raises(FormatError) as error:
        read(text)
    return str(error.value)


# --- Kahoot's columns, however a converter titles them ---------------------------------

KAHOOT_HEADERS = [
    ",Question,Answer1,Answer2,Answer3,Answer4,Time,Correct",
    "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (seconds),Correct answer(s)",
    ",Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,"
    "Answer 3 - max 75 characters,Answer 4 - max 75 characters,"
    "\"Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs\",Correct answer(s) - choose at least one",
    ",Question - max 95 characters,Answer 1 - max 60 characters,Answer 2 - max 60 characters,"
    "Answer 3 - max 60 characters,Answer 4 - max 60 characters,"
    "\"Time limit (sec) - 5,10,20,30,60,90 or 120 secs\",Correct answer(s) - choose at least one",
]


@pytest.mark.parametrize("header", KAHOOT_HEADERS)
def test_kahoot_style_csv_gives_choice_questions_with_the_answer_the_number_points_at(header):
    rows = ["1,Which city hosted the 2014 Winter Games?,Turin,Sochi,Nagano,Oslo,30,2",
            "2,Who lit the cauldron?,Tretiak,Rodnina,,,20,1"]
    if not header.startswith(","):
        rows = [row.split(",", 1)[1] for row in rows]
    result = read("\n".join([header, *rows]) + "\n")
    host, lit = result.pack.questions
    assert isinstance(host, ChoiceQuestion) and isinstance(lit, ChoiceQuestion)
    assert (host.answer, host.wrong) == ("Sochi", ["Turin", "Nagano", "Oslo"])
    assert (lit.answer, lit.wrong) == ("Tretiak", ["Rodnina"])
    assert [result.pack.time_limit_for(q) for q in (host, lit)] == [30, 20]
    assert result.notes == []


def test_kahoot_style_csv_with_several_correct_answers_skips_that_row_as_multiple_response():
    result = read(",Question,Answer1,Answer2,Answer3,Answer4,Time,Correct\n"
                  "1,Pick two,a,b,c,,20,\"1,3\"\n2,True?,True,False,,,20,1\n")
    question, = result.pack.questions
    assert isinstance(question, TrueFalseQuestion) and question.answer is True
    assert result.skipped == {"multiple-response": 1} and str(result.notes[0].where) == "quiz.csv:2"


def test_quizizz_style_csv_with_short_titles_gives_choice_questions():
    result = read("Question,Option1,Option2,Option3,Correct Answer,Time\nHost city?,Turin,Sochi,Nagano,2,45\n")
    question, = result.pack.questions
    assert (question.answer, question.wrong) == ("Sochi", ["Turin", "Nagano"])
    assert result.pack.time_limit_for(question) == 45


def csv_of_sheet(path: Path) -> bytes:
    """The first sheet of a workbook as a spreadsheet program saves it as CSV."""
    sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).worksheets[0]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in sheet.iter_rows(values_only=True):
        writer.writerow([text_cell(value) for value in row])
    return out.getvalue().encode("utf-8")


WORKBOOKS = [("kahoot", name, import_kahoot) for name in (
    "KahootQuizTemplate.xlsx", "Kahoot-Quiz-Spreadsheet-Template.xlsx", "kahoot-quiz-from-csv.xlsx",
    "EXG2131.scrum_in_essence_constructs.kahoot.xlsx", "SEMAT0094.serious_games.kahoot.xlsx")] + [
    ("quizizz", name, import_quizizz) for name in (
        "quizizz.xlsx", "quiz-converter_lich-su_test.xlsx", "EXG2131.scrum_in_essence_constructs.quizizz.xlsx",
        "SEMAT0094.serious_games.quizizz.xlsx")]


@pytest.mark.parametrize("folder, name, importer", WORKBOOKS)
def test_a_real_workbook_saved_as_csv_imports_the_same_questions(shared_dir, folder, name, importer):
    path = shared_dir / "fixtures" / "formats" / folder / name
    from_workbook = importer(path.read_bytes(), name, "sheet")
    from_csv = import_csv(csv_of_sheet(path), name.replace(".xlsx", ".csv"), "sheet")

    def shape(result):
        return [(q.type, q.prompt, q.answer, getattr(q, "wrong", None), result.pack.time_limit_for(q))
                for q in result.pack.questions]

    assert shape(from_csv) == shape(from_workbook)
    assert from_csv.skipped == from_workbook.skipped
    assert [n.message for n in from_csv.notes] == [n.message for n in from_workbook.notes]


_cell = st.text(st.characters(whitelist_categories=("L", "N"), whitelist_characters=" ,\"'?"), min_size=1,
                max_size=12).map(lambda text: " ".join(text.split())).filter(bool)


@settings(max_examples=60, deadline=None)
@given(header=st.sampled_from(KAHOOT_HEADERS), data=st.data())
def test_any_kahoot_style_rows_give_the_option_the_correct_column_names(header, data):
    rows = data.draw(st.lists(st.tuples(_cell, st.lists(_cell, min_size=2, max_size=4, unique_by=option_key),
                                        st.sampled_from([5, 10, 20, 30, 60, 90, 120, 240])), min_size=1, max_size=5))
    out = io.StringIO()
    writer = csv.writer(out)
    out.write(header + "\n")
    expected = []
    for number, (prompt, answers, seconds) in enumerate(rows, start=1):
        correct = data.draw(st.integers(1, len(answers)))
        cells = [prompt, *answers, *[""] * (4 - len(answers)), seconds, correct]
        writer.writerow(([number] if header.startswith(",") else []) + cells)
        expected.append((prompt, answers[correct - 1], seconds))
    result = read(out.getvalue())
    got = [(q.prompt, q.answer if isinstance(q, ChoiceQuestion) else ("True" if q.answer else "False"),
            result.pack.time_limit_for(q)) for q in result.pack.questions]
    assert [(p, a.casefold(), s) for p, a, s in got] == [(p, a.casefold(), s) for p, a, s in expected]


# --- columns no layout reads ---------------------------------------------------------

def test_a_csv_whose_columns_match_no_layout_is_refused_naming_them():
    message = refusal("Name,Score,Team\nAda,3,Blue\n")
    assert "quiz.csv:1:" in message
    assert "'Name', 'Score', 'Team'" in message and "match no layout" in message
    assert "'prompt' and 'answer'" in message and "Kahoot's (Question, Answer 1" in message


def test_a_column_the_layout_does_not_read_is_refused_not_ignored():
    message = refusal("Question,Option A,Option B,Answer\nHost city?,Sochi,Turin,A\n")
    assert "our own layout" in message
    assert "'Option A' (column B); 'Option B' (column C) are not in it" in message
    message = refusal(",Question,Answer1,Answer2,Answer3,Answer4,Time,Correct,Image\n1,Q,a,b,,,20,1,x.png\n")
    assert "Kahoot's layout" in message and "'Image' (column I) is not in it" in message


def test_a_column_named_twice_is_refused_naming_both():
    message = refusal("prompt,answer,correct\nHost city?,Sochi,Turin\n")
    assert "'correct' (column C), a second column for what column B holds" in message


def test_an_untitled_column_is_reported_unless_it_only_numbers_the_rows():
    numbered = read(",prompt,answer,wrong 1\n1,Host city?,Sochi,Turin\n2,Year?,2014,2010\n")
    assert numbered.notes == [] and len(numbered.pack.questions) == 2
    texted = read("prompt,answer,,wrong 1\nHost city?,Sochi,see page 4,Turin\n")
    note, = texted.notes
    assert str(note.where) == "quiz.csv:1"
    assert "column C has no title" in note.message and "'see page 4'" in note.message


def test_an_empty_csv_is_refused():
    assert "no filled row" in refusal("\n,,\n")
