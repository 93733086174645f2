"""Moodle's own rules, kept on the way in and on the way out.

`<single>` is read exactly as Moodle reads it; a number question with several fully right
numbers keeps the range they accept together, or is skipped saying so; the right answer's
feedback is written once on export; numbers are written out in full (0.00001, not 1e-05);
and every message agrees in number with what it counts.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.packs.formats import export_pack
from game.packs.formats.gift import import_gift
from game.packs.formats.moodlexml import import_moodle_xml
from game.packs.model import ChoiceQuestion, NumberQuestion, Pack, TrueFalseQuestion


def moodle(questions: str):
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n{questions}\n</quiz>\n'
    return import_moodle_xml(xml.encode("utf-8"), "bank.xml", "bank")


def gift(text: str):
    return import_gift(text.encode("utf-8"), "bank.gift", "bank")


def notes(result) -> str:
    return "\n".join(str(n) for n in result.notes)


# --- <single> ------------------------------------------------------------------------

def multichoice(single: str) -> str:
    return f"""<question type="multichoice">
  <name><text>Host</text></name>
  <questiontext format="html"><text>Which city hosted the 2014 Winter Games?</text></questiontext>
  {single}
  <answer fraction="100"><text>Sochi</text></answer>
  <answer fraction="0"><text>Turin</text></answer>
</question>"""


@pytest.mark.parametrize("single, one_answer", [
    ("", True),                               # absent: Moodle's default is one answer
    ("<single>true</single>", True),
    ("<single>1</single>", True),
    ("<single>False</single>", True),         # Moodle compares exactly: only "false" is false
    ("<single>FALSE</single>", True),
    ("<single>no</single>", True),
    ("<single>false</single>", False),
    ("<single> false\n</single>", False),      # Moodle trims first
    ("<single>0</single>", False),
    ("<single></single>", False),             # present but empty is false in Moodle
    ("<single/>", False),
])
def test_single_is_read_as_moodle_reads_it(single, one_answer):
    result = moodle(multichoice(single))
    if one_answer:
        question, = result.pack.questions
        assert isinstance(question, ChoiceQuestion) and question.answer == "Sochi"
    else:
        assert result.pack.questions == [] and result.skipped == {"multiple-response": 1}
        assert "(1 answer earns marks)" in notes(result)


# --- several fully right numbers --------------------------------------------------------

def test_two_fully_right_numbers_far_apart_are_skipped_with_the_exact_reason():
    result = gift("What is a square root of 144?{#=12 =-12}")
    assert result.pack.questions == []
    assert result.skipped == {"several-numbers": 1}
    note, = result.notes
    assert "'12' and '-12' are both fully right" in note.message and "multiple-response" not in str(note)
    assert "several numbers far apart are fully right" in result.summary()


def test_a_fully_right_number_inside_another_ones_range_imports_as_that_range():
    result = gift("When was Ulysses S. Grant born?{#=1822:2 =1823}")
    question, = result.pack.questions
    assert isinstance(question, NumberQuestion) and (question.answer, question.tolerance) == (1822, 2)
    assert "'1822:2' and '1823' are both fully right; together they accept 1820 to 1824" in notes(result)


def test_the_same_fully_right_number_twice_with_different_feedback_is_one_answer():
    result = gift("How many rings?{#=5#Yes. =5#Right.}")
    question, = result.pack.questions
    assert (question.answer, question.tolerance, question.explanation) == (5, 0, "Yes.")
    note, = result.notes
    assert "the feedback 'Right.' of a second '5' answer is not kept" in note.message


def test_overlapping_fully_right_ranges_import_as_the_range_they_cover_together():
    question, = gift("Give a number from 1 to 5.{#=1..3 =3..5}").pack.questions
    assert (question.answer, question.tolerance) == (3, 2)
    result = moodle("""<question type="numerical">
  <name><text>Small</text></name>
  <questiontext format="html"><text>A number near zero?</text></questiontext>
  <answer fraction="100"><text>0.00002</text><tolerance>0.00001</tolerance></answer>
  <answer fraction="100"><text>0.00004</text><tolerance>0.00001</tolerance></answer>
</question>""")
    question, = result.pack.questions
    assert (question.answer, question.tolerance) == (0.00003, 0.00002)
    assert "accept 0.00001 to 0.00005" in notes(result)


_range = st.tuples(st.integers(-50, 50), st.integers(0, 10))


@settings(max_examples=120, deadline=None)
@given(ranges=st.lists(_range, min_size=2, max_size=4))
def test_fully_right_numbers_import_as_exactly_what_they_accept_together_or_are_skipped(ranges):
    body = " ".join(f"={value}:{tolerance}#Feedback {n}." for n, (value, tolerance) in enumerate(ranges))
    result = gift(f"Pick one.{{#{body}}}")
    spans = sorted((v - t, v + t) for v, t in ranges)
    joined = all(start <= max(end for _, end in spans[:i + 1]) for i, (start, _) in enumerate(spans[1:]))
    if not joined:
        assert result.pack.questions == [] and result.skipped == {"several-numbers": 1}
        return
    question, = result.pack.questions
    low, high = min(s for s, _ in spans), max(e for _, e in spans)
    assert (Decimal(str(question.answer)) - Decimal(str(question.tolerance)),
            Decimal(str(question.answer)) + Decimal(str(question.tolerance))) == (low, high)


# --- the right answer's feedback, once ----------------------------------------------

RIGHT_FEEDBACK = """<question type="multichoice">
  <name><text>Host</text></name>
  <questiontext format="html"><text>Which city hosted the 2014 Winter Games?</text></questiontext>
  <generalfeedback format="html"><text></text></generalfeedback>
  <single>true</single>
  <answer fraction="100"><text>Sochi</text><feedback format="html"><text>Right: on the Black Sea.</text></feedback></answer>
  <answer fraction="0"><text>Turin</text><feedback format="html"><text>Turin was 2006.</text></feedback></answer>
</question>"""


def test_the_right_answers_feedback_is_exported_once_and_comes_back_the_same():
    question, = moodle(RIGHT_FEEDBACK).pack.questions
    assert question.explanation == "Right: on the Black Sea."
    pack = Pack(id="p", title="P", questions=[question])
    xml = export_pack(pack, "moodlexml").data.decode("utf-8")
    assert xml.count("Right: on the Black Sea.") == 1
    assert re.search(r"<generalfeedback format=\"html\">\s*<text></text>", xml)
    text = export_pack(pack, "gift").data.decode("utf-8")
    assert text.count("Right\\: on the Black Sea.") == 1 and "####" not in text
    for data, reader in ((xml.encode(), import_moodle_xml), (text.encode(), import_gift)):
        again, = reader(data, "again", "again").pack.questions
        assert (again.explanation, again.meta) == (question.explanation, question.meta)


def test_an_explanation_other_than_the_right_answers_feedback_is_written_as_general_feedback():
    pack = Pack(id="p", title="P", questions=[
        TrueFalseQuestion(id="lit", prompt="Was the torch lit at Olympia?", answer=True,
                          explanation="By the sun's rays, with a mirror.", meta={"feedback": {"True": "Yes."}})])
    xml = export_pack(pack, "moodlexml").data.decode("utf-8")
    assert xml.count("By the sun&#x27;s rays") + xml.count("By the sun's rays") == 1 and xml.count("Yes.") == 1
    text = export_pack(pack, "gift").data.decode("utf-8")
    assert "####By the sun's rays, with a mirror." in text and text.count("Yes.") == 1


_feedback = st.text(st.characters(whitelist_categories=("L", "N"), whitelist_characters=" .,!?"), max_size=30).map(
    lambda t: " ".join(("Because " + t).split()))


@settings(max_examples=40, deadline=None)
@given(kind=st.sampled_from(["choice", "truefalse", "number"]), feedback=_feedback, fmt=st.sampled_from(["moodlexml", "gift"]))
def test_a_right_answers_feedback_used_as_the_explanation_is_never_written_twice(kind, feedback, fmt):
    if kind == "choice":
        question = ChoiceQuestion(id="q", prompt="Pick.", answer="Yes", wrong=["No"], explanation=feedback,
                                  meta={"feedback": {"Yes": feedback}})
    elif kind == "truefalse":
        question = TrueFalseQuestion(id="q", prompt="True?", answer=False, explanation=feedback,
                                     meta={"feedback": {"False": feedback}})
    else:
        question = NumberQuestion(id="q", prompt="How many?", answer=0.00003, tolerance=0.00001, explanation=feedback,
                                  meta={"feedback": {"3e-05:1e-05": feedback}})
    data = export_pack(Pack(id="p", title="P", questions=[question]), fmt).data
    reader = import_moodle_xml if fmt == "moodlexml" else import_gift
    again, = reader(data, "again", "again").pack.questions
    assert (again.explanation, again.meta) == (feedback, question.meta)
    assert not again.meta or list(again.meta["feedback"].values()) == [feedback]
    assert data.decode("utf-8").count(feedback) == 1


# --- numbers written out in full --------------------------------------------------------

def test_tolerances_and_numbers_are_exported_in_plain_decimal():
    pack = Pack(id="p", title="P", questions=[
        NumberQuestion(id="tiny", prompt="How small?", answer=0.00003, tolerance=0.00001, wrong=[2e-06, 1e16])])
    text = export_pack(pack, "gift").data.decode("utf-8")
    assert "=0.00003:0.00001" in text and "=%0%0.000002:0" in text and "=%0%10000000000000000:0" in text
    xml = export_pack(pack, "moodlexml").data.decode("utf-8")
    assert "<tolerance>0.00001</tolerance>" in xml and "<text>0.00003</text>" in xml
    assert not re.search(r"\de[-+]?\d", text + xml)


_numbers = st.one_of(st.floats(1e-12, 1e-3), st.floats(1e12, 1e20), st.floats(-1e6, 1e6, allow_nan=False),
                     st.integers(-10**9, 10**9))


@settings(max_examples=80, deadline=None)
@given(answer=_numbers, tolerance=st.one_of(st.floats(0, 1e-3), st.floats(0, 1e6)), fmt=st.sampled_from(["moodlexml", "gift"]))
def test_any_number_is_written_without_an_exponent_and_read_back_the_same(answer, tolerance, fmt):
    pack = Pack(id="p", title="P", questions=[NumberQuestion(id="n", prompt="How much?", answer=answer,
                                                             tolerance=tolerance)])
    data = export_pack(pack, fmt).data
    text = data.decode("utf-8")
    if fmt == "moodlexml":
        numbers = re.findall(r'<answer fraction="100"[^>]*>\s*<text>([^<]*)</text>.*?<tolerance>([^<]*)</tolerance>',
                             text, re.S)
    else:
        numbers = re.findall(r"=(\S+):(\S+)", text)
    assert len(numbers) == 1
    assert all(re.fullmatch(r"-?\d+(?:\.\d+)?", n) for n in numbers[0])
    reader = import_moodle_xml if fmt == "moodlexml" else import_gift
    again, = reader(data, "again", "again").pack.questions
    assert (again.answer, again.tolerance) == (answer, tolerance)


# --- messages that agree in number ---------------------------------------------------

def test_export_messages_agree_in_number():
    number = NumberQuestion(id="height", prompt="How tall?", answer=330, unit="cm")
    pack = Pack(id="p", title="P", questions=[number])
    quizizz = "\n".join(str(n) for n in export_pack(pack, "quizizz").notes)
    assert "its unit 'cm' is not kept" in quizizz
    gift_notes = "\n".join(str(n) for n in export_pack(pack, "gift").notes)
    assert "units of 1 question are not kept" in gift_notes
    two = Pack(id="p", title="P", questions=[number, NumberQuestion(id="width", prompt="How wide?", answer=2,
                                                                     tolerance=1, unit="m")])
    assert "units of 2 questions are not kept" in "\n".join(str(n) for n in export_pack(two, "gift").notes)
    assert "its tolerance of 1 and its unit 'm' are not kept" in \
        "\n".join(str(n) for n in export_pack(two, "quizizz").notes)
    choice = Pack(id="p", title="P", questions=[ChoiceQuestion(id="c", prompt="Host?", answer="Sochi", wrong=["Turin"])])
    sheet = openpyxl.load_workbook(io.BytesIO(export_pack(choice, "kahoot").data)).worksheets[0]
    assert "(1 question)" in sheet["B5"].value


def test_import_messages_agree_in_number():
    result = moodle(RIGHT_FEEDBACK.replace("Right: on the Black Sea.",
                                           '&lt;img src="@@PLUGINFILE@@/flag.png" alt="Flag"&gt;Right.'))
    assert "a picture in an answer or feedback is not kept ('flag.png')" in notes(result)
