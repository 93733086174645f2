"""Faults of the v7 and v8 readings in the garbled, formatting, wrong-fact, junk and trivia
codes: headings, rules and labels run into a prompt, a page's title asked about, an action
point's imperative, an exercise asked as a fact. Each test uses sentences of its own."""

from __future__ import annotations

from game.generate.clean import split_paragraphs
from tests.generate_helpers import text_questions, text_statements


def test_a_rule_line_ends_the_paragraph_and_its_heading_stays_apart():
    text = ("The orchard was planted in 1921 by the parish council.\n"
            "====================\n"
            "4. SOIL AND WATER\n"
            "====================\n"
            "Samples were taken from 38 boreholes across the valley.\n")
    assert split_paragraphs(text) == ["The orchard was planted in 1921 by the parish council.",
                                      "4. SOIL AND WATER",
                                      "Samples were taken from 38 boreholes across the valley."]
    for line in text_questions(text) + text_statements(text):
        assert "=" not in line and "SOIL" not in line, line


def test_a_heading_between_long_dashed_rules_is_not_run_into_the_next_sentence():
    rule = "-" * 60
    text = ("Players take turns clockwise, starting with the youngest.\n\n"
            f"{rule}\nTHE FERRY\n{rule}\n"
            "The Ferry track has 6 spaces. The Ferry marker also moves forward 1 space whenever a player "
            "sells a Fish card showing a wave symbol. When the marker reaches space 6, the last ferry leaves.\n")
    questions = text_questions(text)
    assert "The Ferry track has how many spaces?" in questions
    for line in questions + text_statements(text):
        assert "-" * 3 not in line and "FERRY" not in line, line
