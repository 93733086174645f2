"""GIFT as Moodle reads it, rule by rule, and the HTML reduction every importer shares."""

from __future__ import annotations

from game.packs.formats import export_pack
from game.packs.formats.gift import import_gift
from game.packs.formats.htmltext import html_to_text, markdown_to_text, reduce_text
from game.packs.model import NumberQuestion, Pack, TextQuestion, TrueFalseQuestion


def gift(text: str):
    return import_gift(text.encode("utf-8"), "t.gift", "t")


def only(text: str):
    result = gift(text)
    question, = result.pack.questions
    return question


def test_true_false_marks_are_case_sensitive_as_in_moodle():
    assert [only(f"Q?{{{mark}}}").answer for mark in ("T", "TRUE", "F", "FALSE")] == [True, True, False, False]
    lower = only("Q?{t}")
    assert isinstance(lower, TextQuestion) and lower.answer == "t"


def test_every_escape_gives_its_character():
    question = only(r"::e::Escapes \~ \= \# \{ \} \: and a \\ and a\nnew line?{=a\~b\=c\#d\{e\}f\:g\\h}")
    assert question.prompt == "Escapes ~ = # { } : and a \\ and a\nnew line?"
    assert question.answer == "a~b=c#d{e}f:g\\h"


def test_numeric_forms_give_answer_and_tolerance():
    assert (only("Q?{#3:2}").answer, only("Q?{#3:2}").tolerance) == (3, 2)
    assert (only("Q?{#1..5}").answer, only("Q?{#1..5}").tolerance) == (3, 2)
    assert (only("Q?{#-3.142..-3.141}").answer, only("Q?{#-3.142..-3.141}").tolerance) == (-3.1415, 0.0005)
    weighted = only("Q?{#=%0%5:0#No. =%100%9:0#Yes. =%50%8:1}")
    assert isinstance(weighted, NumberQuestion)
    assert (weighted.answer, weighted.tolerance, weighted.wrong) == (9, 0, [5])
    assert weighted.meta["partial_credit"] == [{"answer": 8, "tolerance": 1, "percent": 50}]
    assert weighted.explanation == "Yes."


def test_missing_word_text_after_the_braces():
    question = only("The {~second =fourth} Thursday of November.")
    assert question.prompt == "The _____ Thursday of November." and question.answer == "fourth"


def test_text_formats_are_reduced_to_plain_text():
    assert only("[html]<p>Is <b>this</b> &amp; that true?</p>{T}").prompt == "Is this & that true?"
    assert only("[markdown]Is **this** true?{T}").prompt == "Is this true?"
    assert only("[plain]Is <b> literal?{T}").prompt == "Is <b> literal?"
    assert only("[moodle]Is 3 < 5?{T}").prompt == "Is 3 < 5?"


def test_feedback_general_feedback_and_comments():
    question = only("// a comment\n// [tag:space] [tag:history]\n// [id:spacewalk]\n"
                    "A torch went on a spacewalk.{TRUE#Look again.#Yes!####In 2013.}")
    assert isinstance(question, TrueFalseQuestion)
    assert question.id == "spacewalk" and question.tags == ["space", "history"]
    assert question.explanation == "In 2013."
    assert question.meta == {"feedback": {"True": "Yes!", "False": "Look again."}}


def test_category_applies_to_the_questions_after_it():
    result = gift("$CATEGORY: $course$/top/Space\n\nA?{T}\n\n$CATEGORY: $course$/top/Space/Torches\n\nB?{F}\n")
    assert result.pack.tags == ["Space"]
    assert [q.tags for q in result.pack.questions] == [[], ["Torches"]]


def test_a_blank_line_inside_open_braces_does_not_cut_the_question():
    question = only("Which?{\n=right\n\n~wrong\n}")
    assert (question.answer, question.wrong) == ("right", ["wrong"])


def test_unmatched_braces_are_reported_at_their_line():
    result = gift("Fine?{T}\n\nBroken } here {\n")
    assert len(result.pack.questions) == 1
    note, = result.notes
    assert note.where.line == 3 and "not matched" in note.message


def test_gift_export_escapes_and_marks_plain_text_and_reports_what_it_cannot_hold(tmp_path):
    pack = Pack(id="p", title="P", questions=[
        TextQuestion(id="arrow", prompt="Arrow?", answer="a -> b"),
        TextQuestion(id="symbols", prompt="[x] <b>?", answer="{=~#:}*", accept=["%50% off"], difficulty="hard"),
        NumberQuestion(id="n", prompt="How far?", answer=2.5, tolerance=0.5, unit="km", time_limit=30),
    ])
    result = export_pack(pack, "gift", tmp_path / "p.gift")
    notes = "\n".join(str(n) for n in result.notes)
    assert "question 'arrow': not written" in notes and "matching pair" in notes
    assert "units of 1 question are not kept" in notes and "(n)" in notes
    assert "difficulty levels of 1 question are not kept" in notes
    assert "time limits of 1 question are not kept" in notes
    back = gift(result.data.decode("utf-8"))
    symbols, number = back.pack.questions
    assert (symbols.prompt, symbols.answer, symbols.accept) == ("[x] <b>?", "{=~#:}*", ["%50% off"])
    assert (number.answer, number.tolerance, number.unit) == (2.5, 0.5, "")


def test_html_reduction_keeps_lines_and_collects_pictures_and_media():
    reduced = html_to_text('<p>One&nbsp;&amp; two</p><p><img src="a.png" alt="A  map"><br>three</p>'
                           '<script>x()</script><a href="s.mp3">listen</a>')
    assert reduced.text == "One & two\nthree\nlisten"
    assert [(p.src, p.alt) for p in reduced.pictures] == [("a.png", "A map")]
    assert reduced.media == ["s.mp3"]


def test_markdown_and_plain_reduction_leave_blanks_and_lone_marks_alone():
    assert markdown_to_text("**Bold** and `code`, _____ and 2 * 3") == "Bold and code, _____ and 2 * 3"
    assert reduce_text("  two   spaces \n\n next ", "plain").text == "two spaces\nnext"
