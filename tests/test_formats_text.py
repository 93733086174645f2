"""Aiken, Open Trivia DB and CSV: real files, Moodle's error rules, encodings and escaping."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path

import pytest

from game.packs.formats import FormatError, export_pack, guess_format
from game.packs.formats.aiken import import_aiken
from game.packs.formats.csvfile import import_csv
from game.packs.formats.kahoot import import_kahoot
from game.packs.formats.opentdb import import_opentdb
from game.packs.formats.sheets import read_workbook
from game.packs.model import ChoiceQuestion, NumberQuestion, Pack, TextQuestion, TrueFalseQuestion
from tests.formatgen import png


def fixture(shared_dir: Path, *parts: str) -> Path:
    return shared_dir.joinpath("fixtures", "formats", *parts)


# --- Aiken ----------------------------------------------------------------------------

def test_aiken_error_file_imports_its_three_good_questions_and_reports_errors_at_moodles_lines(shared_dir):
    result = import_aiken(fixture(shared_dir, "aiken", "aiken_errors.txt").read_bytes(), "errors.txt", "a")
    good = {q.prompt: q for q in result.pack.questions}
    assert list(good) == ["A good question", "A second good question",
                          "A third good question with HTML chars such as > < &"]
    assert (good["A good question"].answer, good["A good question"].wrong) == ("Correct", ["Incorrect"])
    assert good["A second good question"].answer == "Correct (No space)"
    assert good["A third good question with HTML chars such as > < &"].answer == "Correct (< > &)"
    messages = {n.where.line: n.message for n in result.notes}
    assert "at least 2 answers on line 3" in messages[3]
    assert "question not started on line 5" in messages[5]
    assert "question not started on line 7" in messages[7]
    assert "not completed before next question start on line 18" in messages[18]
    assert result.skipped == {"unreadable": 4}


def test_aiken_fixture_with_html_characters_keeps_them_as_text(shared_dir):
    result = import_aiken(fixture(shared_dir, "aiken", "questions.aiken.txt").read_bytes(), "q.txt", "a")
    started, abilities = result.pack.questions
    assert started.answer == "Martin Dougiamas"
    assert '<html class="cool"> & images' in abilities.prompt
    assert isinstance(abilities, TrueFalseQuestion) and abilities.answer is True


def test_aiken_answer_naming_no_option_is_reported():
    result = import_aiken(b"Which?\nA) one\nB) two\nANSWER: D\n", "a.txt", "a")
    assert result.pack.questions == [] and "names none of the 2 options" in result.notes[0].message


def test_aiken_export_writes_choice_questions_and_says_what_it_left_out():
    pack = Pack(id="p", title="T", questions=[
        ChoiceQuestion(id="c", prompt="Host?", answer="Sochi", wrong=["Turin"], explanation="Coast."),
        TrueFalseQuestion(id="tf", prompt="Lit at Olympia?", answer=True),
        NumberQuestion(id="n", prompt="Year?", answer=1936),
        TextQuestion(id="t", prompt="Sea?", answer="Black Sea", wrong=["Red Sea", "Dead Sea"]),
        ChoiceQuestion(id="looks", prompt="A) is this an option?", answer="no", wrong=["yes"]),
    ])
    result = export_pack(pack, "aiken", "")
    notes = "\n".join(str(n) for n in result.notes)
    assert "question 'n': not written: Aiken holds only choice questions" in notes
    assert "question 't': written as a choice question" in notes
    assert "question 'looks': not written" in notes
    assert "explanations of 1 question are not kept" in notes
    back = import_aiken(result.data, "back.txt", "p")
    assert [q.type for q in back.pack.questions] == ["choice", "truefalse", "choice"]
    assert back.pack.questions[2].answer == "Black Sea"


# --- Open Trivia DB -------------------------------------------------------------------

def test_opentdb_default_encoding_decodes_entities(shared_dir):
    result = import_opentdb(fixture(shared_dir, "opentdb", "api_3q_typeboolean.json").read_bytes(), "b.json", "o")
    assert [q.type for q in result.pack.questions] == ["truefalse"] * 3
    assert all(q.answer is False for q in result.pack.questions)
    assert '"Archie"' in result.pack.questions[2].prompt
    assert [q.difficulty for q in result.pack.questions] == ["medium", "medium", "hard"]


def test_opentdb_base64_and_url3986_encodings_are_recognised(shared_dir):
    b64 = import_opentdb(fixture(shared_dir, "opentdb", "sergfa-opentdb_client_base64.json").read_bytes(), "b", "o")
    question, = b64.pack.questions
    assert (question.prompt, question.answer) == ("Who is the frontman of Muse?", "Matt Bellamy")
    assert question.wrong == ["Dominic Howard", "Thom Yorke", "Jonny Greenwood"]
    assert b64.pack.tags == ["Entertainment", "Music"]
    url = import_opentdb(fixture(shared_dir, "opentdb", "coder2002-quizzical_data_url3986.json").read_bytes(),
                         "u", "o")
    assert [q.type for q in url.pack.questions].count("truefalse") == 1 and len(url.pack.questions) == 6
    assert any(q.prompt.startswith('In "JoJo\'s Bizarre Adventure",') for q in url.pack.questions)
    assert any("Japanese Anime & Manga" in q.tags for q in url.pack.questions)


def test_opentdb_raw_ampersands_and_reordered_keys_are_read(shared_dir):
    result = import_opentdb(fixture(shared_dir, "opentdb", "mojotron-quizzical_questions.json").read_bytes(), "m", "o")
    assert len(result.pack.questions) == 5
    reordered = [{"type": "multiple", "difficulty": "easy", "category": "Art", "question": "Who painted it?",
                  "correct_answer": "Monet", "incorrect_answers": ["Manet", "Degas"]}]
    question, = import_opentdb(json.dumps(reordered).encode(), "list.json", "o").pack.questions
    assert (question.answer, question.wrong) == ("Monet", ["Manet", "Degas"])


def test_opentdb_error_response_is_explained_in_words(shared_dir):
    with pytest.raises(FormatError) as error:
        import_opentdb(fixture(shared_dir, "opentdb", "api_fail_respcode_1.json").read_bytes(), "fail.json", "o")
    assert "response code 1" in error.value.message and "no results" in error.value.message
    with pytest.raises(FormatError) as error:
        import_opentdb(b'{"response_code": 5, "results": []}', "limit.json", "o")
    assert "rate limit" in error.value.message


# --- CSV ------------------------------------------------------------------------------

def test_csv_with_bom_semicolons_and_loose_headers(tmp_path):
    text = ("\ufeffQuestion;Correct answer;Wrong 1;Wrong 2;Type;Time limit;Feedback\n"
            "Host city?;Sochi;Turin;Nagano;multiple choice;30;Black Sea coast\n"
            "Lit at Olympia?;true;;;true/false;;\n"
            "Year?;1936;;;number;;\n")
    result = import_csv(text.encode("utf-8"), str(tmp_path / "q.csv"), "c")
    host, lit, year = result.pack.questions
    assert (host.answer, host.wrong, host.explanation) == ("Sochi", ["Turin", "Nagano"], "Black Sea coast")
    assert result.pack.time_limit_for(host) == 30
    assert isinstance(lit, TrueFalseQuestion) and lit.answer is True
    assert isinstance(year, NumberQuestion) and year.answer == 1936


def test_kahoot_and_quizizz_columns_saved_as_csv_are_read_by_their_titles():
    kahoot = ("Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (seconds),Correct answer(s)\n"
              "Host?,Turin,Sochi,,,20,2\nPick two,a,b,c,,20,\"1,2\"\n")
    result = import_csv(kahoot.encode(), "k.csv", "k")
    assert result.pack.questions[0].answer == "Sochi" and result.skipped == {"multiple-response": 1}
    assert str(result.notes[0].where) == "k.csv:3"
    quizizz = "Question Text,Question Type,Option 1,Option 2,Correct Answer\nHost?,Multiple Choice,Sochi,Turin,1\n"
    assert import_csv(quizizz.encode(), "q.csv", "q").pack.questions[0].answer == "Sochi"


def test_csv_export_escapes_cells_a_spreadsheet_would_run_as_formulas(tmp_path):
    pack = Pack(id="p", title="T", questions=[
        ChoiceQuestion(id="f", prompt="=HYPERLINK(\"http://x\")", answer="+1", wrong=["-1", "@SUM(A1)", "'=x"])])
    data = export_pack(pack, "csv", tmp_path / "out.csv").data
    text = data.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ",'+1," in text and ",'-1," in text and ",'@SUM(A1)," in text
    assert ",''=x," in text
    question, = import_csv(data, str(tmp_path / "out.csv"), "p").pack.questions
    assert (question.prompt, question.answer, question.wrong) == ('=HYPERLINK("http://x")', "+1",
                                                                  ["-1", "@SUM(A1)", "'=x"])


def test_csv_pictures_are_copied_from_beside_the_csv_and_links_are_never_fetched(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "map.png").write_bytes(png(2, 2))
    text = ("prompt,answer,wrong 1,image,image alt\n"
            "Where?,Here,There,pics/map.png,A map\n"
            "Linked?,Yes,No,https://example.com/a.png,A link\n")
    result = import_csv(text.encode(), str(tmp_path / "q.csv"), "c")
    local, linked = result.pack.questions
    assert local.image.file == "images/map.png" and result.files["images/map.png"] == png(2, 2)
    assert linked.image is None
    assert "never downloaded" in result.notes[0].message and str(result.notes[0].where).endswith("q.csv:3")


# --- files that are not what they claim -----------------------------------------------

def test_a_zip_that_is_not_a_workbook_is_refused():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(FormatError) as error:
        import_kahoot(data.getvalue(), "fake.xlsx", "x")
    assert "not an .xlsx workbook" in error.value.message


def test_bytes_that_are_not_a_zip_are_refused_as_a_workbook():
    with pytest.raises(FormatError) as error:
        read_workbook(b"Question,Answer\n", "renamed.xlsx")
    assert "not an .xlsx workbook" in error.value.message


def test_a_workbook_that_unpacks_to_too_much_is_refused(monkeypatch):
    from game.packs.formats import zipcheck

    export = export_pack(Pack(id="p", title="T"), "kahoot", "").data
    monkeypatch.setattr(zipcheck, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(FormatError) as error:
        read_workbook(export, "big.xlsx")
    assert "unpacks to" in error.value.message


def test_a_sheet_without_a_recognisable_header_is_refused(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["Name", "Score"])
    data = io.BytesIO()
    workbook.save(data)
    with pytest.raises(FormatError) as error:
        guess_format(Path("scores.xlsx"), data.getvalue())
    assert "recognisable header" in error.value.message
    with pytest.raises(FormatError):
        import_kahoot(data.getvalue(), "scores.xlsx", "x")


def test_csv_without_prompt_and_answer_columns_is_refused():
    with pytest.raises(FormatError) as error:
        import_csv(b"name,score\nAda,3\n", "scores.csv", "x")
    assert "'prompt' and 'answer'" in error.value.message


def test_invalid_json_is_reported_at_its_line():
    with pytest.raises(FormatError) as error:
        import_opentdb(b'{"results": [\n  {"question": }\n]}', "bad.json", "x")
    assert error.value.where.line == 2


@pytest.mark.parametrize("folder, name, expected", [
    ("kahoot", "KahootQuizTemplate.xlsx", "kahoot"),
    ("kahoot", "SEMAT0094.serious_games.kahoot.xlsx", "kahoot"),
    ("quizizz", "quizizz.xlsx", "quizizz"),
    ("quizizz", "quiz-converter_lich-su_test.xlsx", "quizizz"),
    ("moodlexml", "SEMAT0094.serious_games.moodle.xml", "moodlexml"),
    ("gift", "questions.gift.txt", "gift"),
    ("gift", "examples.txt", "gift"),
    ("gift", "questions_encoding_windows-1252.gift.txt", "gift"),
    ("aiken", "aiken_errors.txt", "aiken"),
    ("aiken", "questions.aiken.txt", "aiken"),
    ("opentdb", "sergfa-opentdb_client_base64.json", "opentdb"),
])
def test_formats_are_guessed_from_content_and_extension(shared_dir, folder, name, expected):
    path = fixture(shared_dir, folder, name)
    assert guess_format(path, path.read_bytes()) == expected


def test_a_gift_file_named_txt_and_an_aiken_file_are_told_apart():
    assert guess_format(Path("a.txt"), b"Q?\nA) x\nB) y\nANSWER: A\n") == "aiken"
    assert guess_format(Path("a.txt"), b"Q?{=x ~y}\n") == "gift"
    assert guess_format(Path("data"), base64.b64decode(base64.b64encode(b'{"response_code":0}'))) == "opentdb"
