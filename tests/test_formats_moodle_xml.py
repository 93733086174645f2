"""Moodle XML: Moodle's own import fixtures, read as Moodle's tests expect, and our export read back."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from game.packs.formats import FormatError, export_pack
from game.packs.formats.moodlexml import import_moodle_xml
from game.packs.images import image_size
from game.packs.model import ChoiceQuestion, NumberQuestion, Pack, TextQuestion, TrueFalseQuestion


@pytest.fixture
def core(shared_dir) -> Path:
    return shared_dir / "fixtures" / "formats" / "moodlexml" / "moodle-core"


def read(folder: Path, name: str):
    return import_moodle_xml((folder / name).read_bytes(), name, "moodle")


def test_broken_cloze_questions_are_all_skipped_with_their_lines(core):
    result = read(core, "broken_cloze_questions.xml")
    assert result.pack.questions == []
    assert result.skipped == {"cloze": 5}
    assert [n.where.line for n in result.notes] == [4, 20, 36, 52, 68]


def test_categories_in_reverse_order_still_tag_each_question(core):
    result = read(core, "categories_reverse_order.xml")
    sigma, = result.pack.questions
    assert isinstance(sigma, TextQuestion) and sigma.prompt == "Testing Sigma Question"
    assert sigma.answer == "yes" and sigma.wrong == ["no", "may be"]
    assert "Sigma" in result.pack.tags + sigma.tags
    assert result.skipped == {"essay": 1}
    assert "'Tau Question'" in result.notes[0].message


def test_category_with_description_imports_its_truefalse(core):
    result = read(core, "category_with_description.xml")
    question, = result.pack.questions
    assert isinstance(question, TrueFalseQuestion) and question.answer is True
    assert question.prompt == "Testing Alpha Question"
    assert result.pack.tags == ["Alpha"] and result.suggested_title == "Alpha"


def test_invalid_grade_question_is_skipped_with_a_located_message(core):
    result = read(core, "error_invalid_grades.xml")
    assert result.pack.questions == []
    note, = result.notes
    assert note.where.line == 38  # the answer with fraction="33"
    assert "grade 33%" in note.message
    assert "Question with invalid grades : x > 1 & x < 2" in note.message


def test_entity_escaped_idnumber_becomes_the_question_id(core):
    question, = read(core, "html_chars_in_idnumbers.xml").pack.questions
    assert question.id == "t-f"


def test_multichoice_fixture_imports_greeting_and_reports_what_it_cannot_show(core):
    result = read(core, "multichoice.xml")
    question, = result.pack.questions
    assert question.id == "greeting"
    assert question.prompt.endswith("What language is being spoken?")
    assert question.answer == "French" and question.wrong == ["English", "German", "Danish"]
    assert question.explanation == "Yes, well done!"
    messages = " ".join(n.message for n in result.notes)
    assert "bonjour.mp3" in messages and "flag-uk.jpg" in messages


def test_nested_categories_become_tags_and_the_essay_is_skipped(core):
    result = read(core, "nested_categories_with_questions.xml")
    tags = {q.id: q.tags for q in result.pack.questions}
    assert result.pack.tags == ["Iota"]
    assert tags == {"iota-question": [], "kappa-question": ["Kappa"], "lambda-question": ["Kappa", "Lambda"],
                    "mu-question": ["Mu"]}
    assert result.skipped == {"essay": 1}


def test_old_format_file_without_category_info_imports(core):
    result = read(core, "old_format_file.xml")
    assert [q.id for q in result.pack.questions] == ["pi-question", "rho-question"]
    assert result.pack.question("rho-question").tags == ["Rho"]


def test_truefalse_fixture_saves_the_embedded_picture_under_images(core):
    raw = (core / "truefalse.xml").read_text(encoding="utf-8")
    logo = base64.b64decode(re.search(r'<file name="logo.jpg" encoding="base64">([^<]+)</file>', raw).group(1))
    result = read(core, "truefalse.xml")
    false_one, true_one = result.pack.questions
    assert (false_one.id, false_one.answer) == ("moodle-acronym-false", False)
    assert (true_one.id, true_one.answer) == ("moodle-acronym-true", True)
    assert "Modular Object-Oriented Dynamic Learning Education" in false_one.prompt
    assert false_one.image.file == true_one.image.file == "images/logo.jpg"
    assert false_one.image.alt == "Moodle logo"
    assert result.files == {"images/logo.jpg": logo}
    assert image_size(logo)[0] == "jpeg"
    assert false_one.meta["feedback"] == {"True": "Your answer is incorrect.", "False": "Your answer is correct."}


def test_matching_question_from_a_real_bank_is_skipped(shared_dir):
    path = shared_dir / "fixtures" / "formats" / "moodlexml" / "EXG2131.scrum_in_essence_constructs.moodle.xml"
    result = import_moodle_xml(path.read_bytes(), path.name, "scrum")
    assert result.pack.questions == [] and result.skipped == {"matching": 1}


def test_refuses_a_billion_laughs_file():
    data = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;">]>
<quiz><question type="truefalse"><questiontext><text>&c;</text></questiontext></question></quiz>"""
    with pytest.raises(FormatError) as error:
        import_moodle_xml(data, "laughs.xml", "x")
    assert "DTD or entities" in error.value.message


def test_refuses_an_external_entity(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me")
    data = f"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY x SYSTEM "file://{secret}">]>
<quiz><question type="truefalse"><name><text>&x;</text></name></question></quiz>""".encode()
    with pytest.raises(FormatError) as error:
        import_moodle_xml(data, "xxe.xml", "x")
    assert "refused for safety" in error.value.message


def test_xml_that_is_not_well_formed_is_reported_at_its_line():
    with pytest.raises(FormatError) as error:
        import_moodle_xml(b"<quiz>\n<question type='truefalse'>\n</quiz>", "broken.xml", "x")
    assert error.value.where.line == 3 and "not well formed" in error.value.message


def test_xml_that_is_not_a_moodle_quiz_is_refused():
    with pytest.raises(FormatError) as error:
        import_moodle_xml(b"<rss><channel/></rss>", "feed.xml", "x")
    assert "<rss>" in error.value.message and "<quiz>" in error.value.message


def test_exported_xml_keeps_feedback_partial_credit_units_and_tags(tmp_path):
    pack = Pack(id="p", title="Física / Maths", questions=[
        ChoiceQuestion(id="hometown", prompt="Jesus was from?", answer="Nazareth", wrong=["Galilee", "Rome"],
                       tags=["history"], explanation="He grew up there.",
                       meta={"partial_credit": [{"answer": "Galilee", "percent": 50}],
                             "feedback": {"Galilee": "Be more specific."}}),
        NumberQuestion(id="height", prompt="How tall is it?", answer=330, tolerance=5, unit="m", wrong=[300]),
        TextQuestion(id="star", prompt="Symbol?", answer="*", accept=["a star"]),
    ])
    exported = export_pack(pack, "moodlexml", tmp_path / "out.xml")
    back = import_moodle_xml(exported.data, "out.xml", "p")
    hometown, height, star = back.pack.questions
    assert hometown.meta == pack.questions[0].meta and hometown.tags == ["history"]
    assert hometown.explanation == "He grew up there."
    assert (height.answer, height.tolerance, height.unit, height.wrong) == (330, 5, "m", [300])
    assert (star.answer, star.accept) == ("*", ["a star"])
    assert back.pack.tags == ["Física / Maths"]


def test_refuses_an_unknown_encoding_with_a_message():
    data = b'<?xml version="1.0" encoding="TF-8"?>\n<quiz></quiz>\n'
    with pytest.raises(FormatError) as error:
        import_moodle_xml(data, "odd.xml", "x")
    assert "encoding" in error.value.message
