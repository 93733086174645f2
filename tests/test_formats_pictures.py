"""Pictures in imported questions: embedded or beside the file they come in; links are reported.

GIFT `[html]` text and Moodle XML may show a picture with the question: a `data:` address
or a Moodle `<file>` holds its bytes, Moodle 1.9 used `<image>` and `<image_base64>`, and a
plain path names a file beside the imported one. Those come in as the question's `image:`;
a link is never fetched, and the question is kept with a warning naming it.
"""

from __future__ import annotations

import base64
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game.cli import main
from game.packs.formats.csvfile import import_csv
from game.packs.formats.gift import import_gift
from game.packs.formats.moodlexml import import_moodle_xml
from game.packs.load import load_pack
from tests.formatgen import png

SQUARE = png(4, 4, 90)


def data_uri(data: bytes, gift: bool = False) -> str:
    uri = "data:image/png;base64," + base64.b64encode(data).decode("ascii")
    return uri.replace(":", "\\:").replace("=", "\\=") if gift else uri


def gift(text: str, folder: Path):
    return import_gift(text.encode("utf-8"), str(folder / "quiz.gift"), "quiz")


def messages(result) -> str:
    return "\n".join(str(n) for n in result.notes)


# --- GIFT ------------------------------------------------------------------------------

def test_gift_html_picture_embedded_as_a_data_address_becomes_the_question_image(tmp_path):
    text = f'[html]<p>Which shape is shown?</p><p><img src\\="{data_uri(SQUARE, True)}" alt\\="A grey square"></p>' \
           "{=Square ~Circle ~Triangle}"
    result = gift(text, tmp_path)
    question, = result.pack.questions
    assert question.prompt == "Which shape is shown?"
    assert question.image.alt == "A grey square"
    assert result.files == {question.image.file: SQUARE}
    assert question.image.file.startswith("images/") and question.image.file.endswith(".png")
    assert result.notes == []


def test_gift_html_picture_beside_the_file_becomes_the_question_image(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "omega.png").write_bytes(SQUARE)
    result = gift('[html]What does the following symbol stand for? <img src\\="pics/omega.png" alt\\="Omega">'
                  "{=Ohm ~Volt}", tmp_path)
    question, = result.pack.questions
    assert (question.image.file, question.image.alt) == ("images/omega.png", "Omega")
    assert result.files == {"images/omega.png": SQUARE}


def test_gift_picture_link_is_reported_and_the_question_kept_without_it(tmp_path):
    result = gift('[html]What does the following symbol stand for? <img src\\="https\\://example.org/omega.png">'
                  "{=Ohm ~Volt}", tmp_path)
    question, = result.pack.questions
    assert question.image is None and result.files == {}
    note, = result.notes
    assert str(note.where) == f"{tmp_path / 'quiz.gift'}:1" and not note.skipped
    assert "'https://example.org/omega.png'" in note.message and "never downloaded" in note.message
    assert "kept without it" in note.message


def test_gift_picture_from_a_moodle_bank_that_is_not_beside_the_file_is_reported(tmp_path):
    result = gift('[html]Which flag? <img src\\="@@PLUGINFILE@@/flag%20uk.png" alt\\="">{=UK ~France}', tmp_path)
    question, = result.pack.questions
    assert question.image is None
    assert "'flag uk.png'" in messages(result) and "does not hold it" in messages(result)
    (tmp_path / "flag uk.png").write_bytes(SQUARE)
    result = gift('[html]Which flag? <img src\\="@@PLUGINFILE@@/flag%20uk.png" alt\\="">{=UK ~France}', tmp_path)
    question, = result.pack.questions
    assert question.image.file == "images/flag-uk.png" and question.image.alt == "flag uk"
    assert "has no alt text; used 'flag uk'" in messages(result)


def test_gift_pictures_in_answers_and_feedback_are_named_as_not_kept(tmp_path):
    result = gift('[html]Which one?{=<img src\\="a.png" alt\\="A">Aleph#<img src\\="b.png"> ~Beth}', tmp_path)
    assert len(result.pack.questions) == 1
    assert "pictures in answers and feedback are not kept ('a.png', 'b.png')" in messages(result)


def test_gift_picture_that_is_not_png_or_jpeg_is_reported(tmp_path):
    (tmp_path / "anim.gif").write_bytes(b"GIF89a" + b"\x00" * 20)
    result = gift('[html]Which one? <img src\\="anim.gif">{=A ~B}', tmp_path)
    assert result.pack.questions[0].image is None
    assert "'anim.gif' skipped: the game shows PNG and JPEG pictures only" in messages(result)


def test_a_real_gift_feedback_picture_from_moodle_is_reported_not_dropped(shared_dir):
    path = shared_dir / "fixtures" / "formats" / "gift" / "gift-pegjs" / "multiLineFeedback1.gift"
    result = import_gift(path.read_bytes(), str(path), "m")
    assert "'3.png'" in messages(result) and "not kept" in messages(result)


@settings(max_examples=30, deadline=None)
@given(width=st.integers(1, 40), height=st.integers(1, 40), shade=st.integers(0, 255),
       alt=st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=20))
def test_any_embedded_gift_picture_comes_in_byte_for_byte_with_its_alt(tmp_path_factory, width, height, shade, alt):
    picture = png(width, height, shade)
    result = gift(f'[html]Shown? <img src\\="{data_uri(picture, True)}" alt\\="{alt}">{{T}}',
                  tmp_path_factory.mktemp("gift"))
    question, = result.pack.questions
    assert question.image.alt == alt and result.files[question.image.file] == picture


# --- Moodle XML ------------------------------------------------------------------------

def moodle(body: str, folder: Path, text: str = "<p>Which symbol is this?</p>"):
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>Symbol</text></name>
    <questiontext format="html"><text><![CDATA[{text}]]></text></questiontext>
    {body}
    <answer fraction="100"><text>Omega</text></answer>
    <answer fraction="0"><text>Sigma</text></answer>
  </question>
</quiz>
"""
    return import_moodle_xml(xml.encode("utf-8"), str(folder / "bank.xml"), "bank")


def test_moodle_19_image_with_its_base64_becomes_the_question_image(tmp_path):
    body = f"<image>course/symbols/omega.png</image>\n<image_base64>{base64.b64encode(SQUARE).decode()}</image_base64>"
    result = moodle(body, tmp_path)
    question, = result.pack.questions
    assert question.image.file == "images/course-symbols-omega.png"
    assert result.files == {"images/course-symbols-omega.png": SQUARE}
    assert "has no alt text" in messages(result)


def test_moodle_19_image_naming_a_file_beside_the_bank_becomes_the_question_image(tmp_path):
    (tmp_path / "symbols").mkdir()
    (tmp_path / "symbols" / "omega.png").write_bytes(SQUARE)
    question, = moodle("<image>symbols/omega.png</image>", tmp_path).pack.questions
    assert question.image.file == "images/omega.png"


def test_moodle_19_image_link_or_missing_file_is_reported_and_the_question_kept(tmp_path):
    result = moodle("<image>http://school.example/omega.png</image>", tmp_path)
    assert len(result.pack.questions) == 1 and result.pack.questions[0].image is None
    assert "picture link 'http://school.example/omega.png' skipped" in messages(result)
    result = moodle("<image>symbols/omega.png</image>", tmp_path)
    assert len(result.pack.questions) == 1
    assert "'symbols/omega.png' skipped: no such file is beside the imported file" in messages(result)


def test_moodle_19_damaged_base64_is_reported_at_its_line(tmp_path):
    result = moodle("<image>omega.png</image>\n<image_base64>!!not base64!!</image_base64>", tmp_path)
    assert result.pack.questions[0].image is None
    assert any("damaged" in n.message and n.where.line == 7 for n in result.notes)


def test_moodle_xml_data_address_and_local_file_pictures_come_in(tmp_path):
    question, = moodle("", tmp_path, f'<p>Which? <img src="{data_uri(SQUARE)}" alt="Square"></p>').pack.questions
    assert question.image.alt == "Square"
    (tmp_path / "omega.png").write_bytes(SQUARE)
    question, = moodle("", tmp_path, '<p>Which? <img src="omega.png" alt="Omega"></p>').pack.questions
    assert (question.image.file, question.image.alt) == ("images/omega.png", "Omega")


def test_the_text_picture_comes_first_and_the_old_image_is_reported_as_left_out(tmp_path):
    body = f"<image>old.png</image><image_base64>{base64.b64encode(png(2, 2)).decode()}</image_base64>"
    result = moodle(body, tmp_path, f'<p>Which? <img src="{data_uri(SQUARE)}" alt="Square"></p>')
    question, = result.pack.questions
    assert result.files[question.image.file] == SQUARE
    assert "only one picture is shown with a question; 'old.png' was left out" in messages(result)


def test_a_picture_of_a_skipped_question_is_not_brought_along(tmp_path):
    xml = f"""<quiz><question type="multichoice"><name><text>Two right</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which? <img src="{data_uri(SQUARE)}" alt="Square"></p>]]></text>
    </questiontext><answer fraction="100"><text>A</text></answer><answer fraction="100"><text>B</text></answer>
    </question></quiz>"""
    result = import_moodle_xml(xml.encode(), str(tmp_path / "bank.xml"), "bank")
    assert result.pack.questions == [] and result.files == {}


# --- CSV and the command ---------------------------------------------------------------

def test_csv_picture_given_as_a_data_address_comes_in(tmp_path):
    text = f"prompt,answer,wrong 1,image,image alt\nWhich?,Square,Circle,\"{data_uri(SQUARE)}\",A square\n"
    result = import_csv(text.encode(), str(tmp_path / "q.csv"), "q")
    question, = result.pack.questions
    assert result.files[question.image.file] == SQUARE and question.image.alt == "A square"


def test_import_command_saves_a_gift_picture_beside_the_pack_and_the_pack_validates(tmp_path, capsys):
    source = tmp_path / "source"
    source.mkdir()
    (source / "omega.png").write_bytes(SQUARE)
    (source / "symbols.gift").write_text('[html]What does <img src\\="omega.png" alt\\="Omega"> stand for?'
                                         "{=Ohm ~Volt}\n", encoding="utf-8")
    out = tmp_path / "packs" / "symbols.yaml"
    assert main(["import", str(source / "symbols.gift"), "-o", str(out)]) == 0
    assert "1 picture" in capsys.readouterr().out
    question, = load_pack(out).questions
    assert (out.parent / question.image.file).read_bytes() == SQUARE
    assert main(["validate", str(out)]) == 0


def test_a_picture_path_naming_a_device_or_a_pipe_is_never_opened(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.png")  # opening it for reading would wait for a writer forever
    result = gift('[html]A? <img src\\="pipe.png">{=A ~B}\n\n[html]B? <img src\\="/dev/zero">{=A ~B}', tmp_path)
    assert [q.image for q in result.pack.questions] == [None, None]
    assert "'pipe.png' skipped: it is not a plain file" in messages(result)
    assert "'/dev/zero' skipped: the game shows PNG and JPEG pictures only" in messages(result)
