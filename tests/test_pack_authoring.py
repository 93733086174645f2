"""`relayquiz new` (a commented template) and `relayquiz lint` (validation plus advice)."""

from __future__ import annotations

import re

from game.cli import main
from game.packs.lint import Linter, lint_text
from game.packs.load import load_pack
from game.packs.model import QUESTION_TYPES
from game.packs.validate import ALL_QUESTION_KEYS, PACK_KEYS
from tests.packtext import VALID


def test_new_writes_a_commented_template_that_validates(tmp_path, capsys):
    path = tmp_path / "world-war-ii.yaml"
    assert main(["new", str(path)]) == 0
    text = path.read_text(encoding="utf-8")
    pack = load_pack(path)
    assert pack.id == "world-war-ii" and pack.title == "World war ii"
    assert sorted(q.type for q in pack.questions) == sorted(QUESTION_TYPES)
    assert main(["validate", str(path)]) == 0
    assert text.count("#") > 20
    for key in (*PACK_KEYS, *ALL_QUESTION_KEYS):
        assert re.search(rf"^\s*#?\s*(- )?{key}:", text, re.MULTILINE), key
    assert "relayquiz lint" in capsys.readouterr().out


def test_new_never_replaces_a_file(tmp_path, capsys):
    path = tmp_path / "mine.yaml"
    path.write_text("keep me")
    assert main(["new", str(path)]) == 1
    assert path.read_text() == "keep me" and "already exists" in capsys.readouterr().err


def test_new_quotes_a_title_that_yaml_would_misread(tmp_path):
    path = tmp_path / "p.yaml"
    assert main(["new", str(path), "--title", "Yes: #1 [quiz]"]) == 0
    assert load_pack(path).title == "Yes: #1 [quiz]"


LINTED = """\
relayquiz: 1
id: lint-me
title: Lint me
questions:
  - id: long
    type: choice
    prompt: {long_prompt}
    answer: Sochi
    wrong: [Sochi city, Soche, {long_option}]
    explanation: Fine.
  - id: near
    type: number
    prompt: What year?
    answer: 1936
    tolerance: 2
    wrong: [1937, 1950]
    explanation: Fine.
  - id: t1
    type: truefalse
    prompt: One.
    answer: true
  - id: t2
    type: truefalse
    prompt: Two.
    answer: true
    explanation: Fine.
  - id: t3
    type: truefalse
    prompt: Three.
    answer: true
    explanation: Fine.
  - id: t4
    type: truefalse
    prompt: In 1996 the Space Shuttle Columbia carried a lit torch into orbit.
    answer: true
    explanation: Fine.
""".format(long_prompt="Which " + "very " * 40 + "long question is this?", long_option="x" * 70)


def advice_for(text: str, name: str = "lint.yaml", linter: Linter | None = None) -> list[str]:
    problems, advice = lint_text(text, name, linter or Linter())
    assert problems == []
    return [str(a) for a in advice]


def test_lint_locates_each_piece_of_advice():
    advice = "\n".join(advice_for(LINTED))
    assert "lint.yaml:7:13: advice: the prompt is 228 characters" in advice
    assert "lint.yaml:9:13: advice: the wrong option 'Sochi city' contains or is contained in 'Sochi'" in advice
    assert "lint.yaml:9:25: advice: the wrong option 'Soche' is spelled almost like 'Sochi'" in advice
    assert "lint.yaml:9:32: advice: the option 'xxxx" in advice and "70 characters" in advice
    assert "lint.yaml:16:13: advice: the wrong option 1937 is within the tolerance" in advice
    assert "lint.yaml:18:5: advice: question 't1' has no explanation" in advice
    assert "lint.yaml:4:1: advice: 4 of 4 true/false answers are true" in advice
    assert "1950" not in advice and "'long' has no explanation" not in advice


def test_lint_says_a_pack_without_questions_has_nothing_to_play():
    advice = advice_for("relayquiz: 1\nid: empty\ntitle: Empty\nquestions: []\n", "empty.yaml")
    assert len(advice) == 1 and advice[0].startswith("empty.yaml:4:1: advice: the pack has no questions yet")
    assert not any("no questions" in line for line in advice_for(LINTED))


def test_lint_finds_duplicate_prompts_across_packs():
    linter = Linter()
    advice_for(VALID, "first.yaml", linter)
    advice = "\n".join(advice_for(LINTED, "second.yaml", linter))
    assert ("second.yaml:34:13: advice: the same prompt as question 'columbia-torch-lit' at first.yaml:21:13"
            in advice)


def test_lint_command_reports_problems_and_advice_with_exit_codes(tmp_path, capsys):
    good = tmp_path / "good.yaml"
    good.write_text(LINTED)
    assert main(["lint", str(good)]) == 0
    captured = capsys.readouterr()
    assert f"{good}:7:13: advice:" in captured.err
    assert "1 pack checked: 0 problems" in captured.out
    assert main(["lint", "--strict", str(good)]) == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text(LINTED.replace("type: number", "type: numbr"))
    assert main(["lint", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:12:11: unknown question type 'numbr'" in err


def test_the_template_and_the_shipped_packs_lint_without_problems(tmp_path, capsys):
    path = tmp_path / "fresh.yaml"
    assert main(["new", str(path)]) == 0
    from tests.conftest import ROOT

    assert main(["lint", str(path), str(ROOT / "questions")]) == 0


def test_a_question_citing_its_source_sentence_needs_no_explanation():
    text = """relayquiz: 1
id: cited
title: Cited
sources:
  - id: doc
    title: A news story
questions:
  - id: cited
    type: choice
    prompt: Which city hosted the 2014 Winter Games?
    answer: Sochi
    wrong: [Vancouver, Turin, Nagano]
    source: {doc: doc, quote: Sochi hosted the 2014 Winter Games.}
  - id: bare
    type: choice
    prompt: Which sea is Sochi on?
    answer: Black Sea
    wrong: [Red Sea, North Sea, Baltic Sea]
"""
    advice = "\n".join(advice_for(text))
    assert "'cited' has no explanation" not in advice
    assert "'bare' has no explanation" in advice


def test_options_that_differ_in_their_numbers_are_no_lookalikes():
    text = """relayquiz: 1
id: numbers
title: Numbers
questions:
  - id: decade
    type: choice
    prompt: In which decade did injectors become popular?
    answer: 1850s
    wrong: [1860s, 1870s, 1850z]
  - id: month
    type: choice
    prompt: In what month and year was the referendum?
    answer: August 2010
    wrong: [August 2014, September 2010, March 2001]
"""
    advice = "\\n".join(advice_for(text))
    assert "'1860s'" not in advice and "'1870s'" not in advice and "'August 2014'" not in advice
    assert "the wrong option '1850z' is spelled almost like '1850s'" in advice
