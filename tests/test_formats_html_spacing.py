"""HTML question text reads as a browser and Moodle show it: a line break in the source is a space.

Only tags (`<br>`, paragraphs, list items...) break lines; `<pre>` keeps its lines; Moodle's
own auto-format is the one text format where Moodle turns source line breaks into `<br>`.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game.packs.formats.gift import import_gift
from game.packs.formats.htmltext import html_to_text
from game.packs.formats.moodlexml import import_moodle_xml


def moodle_question(text: str, text_format: str = "html") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Spacing</text></name>
    <questiontext format="{text_format}"><text><![CDATA[{text}]]></text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
"""


def moodle_prompt(text: str, text_format: str = "html") -> str:
    result = import_moodle_xml(moodle_question(text, text_format).encode("utf-8"), "spacing.xml", "s")
    question, = result.pack.questions
    return question.prompt


def test_a_line_break_inside_an_html_paragraph_is_a_space():
    text = "<p>The torch was lit at Olympia\nand carried to Athens\r\nby runners.</p>"
    assert moodle_prompt(text) == "The torch was lit at Olympia and carried to Athens by runners."


def test_tags_still_break_lines_in_html():
    assert moodle_prompt("<p>First line</p>\n<p>Second\nline<br>Third line</p>") == \
        "First line\nSecond line\nThird line"


def test_preformatted_html_keeps_its_line_breaks():
    assert html_to_text("<p>Code:</p><pre>x = 1\ny = 2</pre>after\nthat").text == "Code:\nx = 1\ny = 2\nafter that"


def test_moodle_auto_format_turns_line_breaks_into_breaks_as_moodle_does():
    # Moodle's text_to_html: a break touching a tag is a space, any other becomes <br>.
    assert moodle_prompt("<b>Torch</b>\nrelay\n\ntoday", "moodle_auto_format") == "Torch relay\ntoday"
    assert moodle_prompt("Plain\nlines", "moodle_auto_format") == "Plain\nlines"


def test_gift_html_text_joins_source_lines_and_escaped_breaks_with_spaces():
    text = "[html]<p>The torch was lit\nat Olympia\\nin May.</p>{T}"
    question, = import_gift(text.encode("utf-8"), "spacing.gift", "s").pack.questions
    assert question.prompt == "The torch was lit at Olympia in May."


_words = st.lists(st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=6), min_size=1,
                  max_size=8)
_gaps = st.lists(st.sampled_from([" ", "\n", "\r\n", "\t", " \n  ", "\n\n"]), min_size=8, max_size=8)


@settings(max_examples=80, deadline=None)
@given(words=_words, gaps=_gaps)
def test_any_html_white_space_between_words_reads_as_one_space(words, gaps):
    source = "".join(word + gap for word, gap in zip(words, gaps))
    assert html_to_text(f"<p>{source}</p>").text == " ".join(words)


def test_a_real_gift_html_question_with_escaped_line_breaks_reads_as_one_paragraph(shared_dir: Path):
    path = shared_dir / "fixtures" / "formats" / "gift" / "gift-pegjs" / "multiLineFeedback1.gift"
    _, instance = import_gift(path.read_bytes(), path.name, "m").pack.questions
    assert "\n" not in instance.prompt
    assert "Integer) : Comment réalise" in instance.prompt
    assert "une instance d’abonnement à été créé ?" in instance.prompt

