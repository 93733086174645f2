"""Every rule of pack format v1, each problem reported at its exact line and column."""

from __future__ import annotations

import pytest

from game.packs import PackError, load_pack_text
from game.packs.model import ChoiceQuestion, NumberQuestion, TextQuestion, TrueFalseQuestion
from tests.packtext import VALID, inserted_after, with_line


def problems_of(text: str) -> list[str]:
    with pytest.raises(PackError) as caught:
        load_pack_text(text, "p.yaml")
    return [str(p) for p in caught.value.problems]


def test_valid_pack_loads_every_field():
    pack = load_pack_text(VALID, "p.yaml")
    assert pack.id == "sochi-torch"
    assert pack.defaults.time_limit == 20 and pack.defaults.points == 1000
    assert [s.id for s in pack.sources] == ["seed-000"]
    choice, truefalse, number, text = pack.questions
    assert isinstance(choice, ChoiceQuestion) and choice.wrong == ["Vancouver", "Turin", "Nagano"]
    assert choice.source.doc == "seed-000" and choice.difficulty == "easy"
    assert isinstance(truefalse, TrueFalseQuestion) and truefalse.answer is False
    assert isinstance(number, NumberQuestion) and number.answer == 1996 and number.tolerance == 0
    assert isinstance(text, TextQuestion) and text.accept == ["the Black Sea"]


@pytest.mark.parametrize("line, replacement, expected", [
    (2, "id: Sochi Torch", "p.yaml:2:5: pack id 'Sochi Torch' must use only a-z, 0-9 and single hyphens; "
                           "for example 'sochi-torch'"),
    (3, "title: ''", "p.yaml:3:8: 'title' must not be empty"),
    (3, "title: [a, b]", "p.yaml:3:8: 'title' must be text, not a list"),
    (5, "language: english!", "p.yaml:5:11: 'language' 'english!' is not a language tag like 'en' or 'pt-BR'"),
    (6, "defaults: {time_limit: 300, points: 1000}", "p.yaml:6:24: 'time_limit' is 300; it must be between 5 and 240"),
    (6, "defualts: {time_limit: 20}", "p.yaml:6:1: unknown key 'defualts' in the pack; did you mean 'defaults'?"),
    (12, "  - id: host city", "p.yaml:12:9: question id 'host city' must use only a-z, 0-9 and single hyphens; "
                              "for example 'host-city'"),
    (13, "    type: choise", "p.yaml:13:11: unknown question type 'choise'; did you mean 'choice'?"),
    (15, "    answer: Turin", "p.yaml:16:24: the answer 'Turin' is also listed in 'wrong'"),
    (16, "    wrong: [Vancouver, Turin, turin]", "p.yaml:16:31: duplicate option 'turin' in 'wrong'"),
    (16, "    wrong: []", "p.yaml:16:12: 'wrong' needs at least 1 item"),
    (16, "    wrong: [a, b, c, d, e, f]", "p.yaml:16:12: 'wrong' has 6 items; at most 5 are allowed"),
    (17, "    difficulty: extreme", "p.yaml:17:17: unknown difficulty 'extreme'; use one of easy, medium, hard"),
    (17, "    tolerence: 3", "p.yaml:17:5: unknown key 'tolerence' in a choice question; 'tolerance' belongs "
                               "to number questions, not choice questions"),
    (18, "    source: {doc: seed-001, quote: Sochi.}", "p.yaml:18:19: unknown source.doc 'seed-001'; "
                                                           "did you mean 'seed-000'?"),
    (18, "    source: {doc: seed-000}", "p.yaml:18:13: 'source' is missing the required key 'quote'"),
    (19, "  - id: host-city", "p.yaml:19:9: duplicate question id 'host-city' (also question 1 of the pack)"),
    (22, "    answer: maybe", "p.yaml:22:13: a truefalse answer must be true or false, not 'maybe'"),
    (26, "    answer: 19x6", "p.yaml:26:13: a number answer must be a number, not the text '19x6'"),
    (27, "    tolerance: -1", "p.yaml:27:16: 'tolerance' must not be negative"),
    (31, "    answer: yes", "p.yaml:31:13: 'answer' must be text, not true/false (YAML reads yes/no/true/false/on/off "
                              "as true/false: put the text in quotes)"),
])
def test_each_rule_is_reported_at_its_place(line, replacement, expected):
    assert expected in problems_of(with_line(VALID, line, replacement))


def test_missing_required_keys_point_at_the_mapping():
    text = with_line(VALID, 15, "    explanation: none")
    assert "p.yaml:12:5: a choice question is missing the required key 'answer'" in problems_of(text)
    assert "p.yaml:1:1: the pack is missing the required key 'questions'" in problems_of(VALID.split("questions:")[0])


def test_a_required_key_left_empty_is_reported_where_it_stands():
    found = problems_of(with_line(VALID, 2, "id:"))
    assert any(p.startswith("p.yaml:2:") and "'id' has no value" in p for p in found), found
    found = problems_of(with_line(VALID, 12, "  - id: null"))
    assert any(p.startswith("p.yaml:12:") and "'id' has no value" in p for p in found), found


def test_time_limit_out_of_range_on_a_question():
    text = inserted_after(VALID, 22, "    time_limit: 2")
    assert "p.yaml:23:17: 'time_limit' is 2; it must be between 5 and 240" in problems_of(text)


def test_choice_without_wrong_options_is_refused():
    text = with_line(VALID, 16, "    explanation: forgot the options")
    assert "p.yaml:12:5: a choice question needs 'wrong' options (1 to 5)" in problems_of(text)


def test_every_problem_in_a_file_is_reported_at_once():
    text = with_line(with_line(with_line(VALID, 2, "id: Bad_Id"), 22, "    answer: 3"), 26, "    answer: x")
    found = problems_of(text)
    assert [p.split(": ")[0] for p in found] == ["p.yaml:2:5", "p.yaml:22:13", "p.yaml:26:13"]


def test_duplicate_yaml_keys_are_reported():
    text = inserted_after(VALID, 3, "title: Again")
    assert "p.yaml:4:1: duplicate key 'title' (the later one would win)" in problems_of(text)


def test_a_key_that_belongs_to_another_type_says_so():
    text = inserted_after(VALID, 22, "    accept: [no]")
    assert any("unknown key 'accept' in a truefalse question" in p for p in problems_of(text))


def test_numbers_written_as_text_are_accepted_for_number_answers():
    pack = load_pack_text(with_line(VALID, 26, "    answer: '1,996'"), "p.yaml")
    assert pack.questions[2].answer == 1996


def test_text_answer_written_as_a_number_is_kept_as_text():
    pack = load_pack_text(with_line(VALID, 31, "    answer: 42"), "p.yaml")
    assert pack.questions[3].answer == "42"


def test_image_must_exist_and_be_png_or_jpeg(tmp_path):
    text = inserted_after(VALID, 22, "    image: {file: images/map.png, alt: A map}")
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    from game.packs import load_pack

    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert any(":23:19: image 'images/map.png' was not found next to the pack" in str(p)
               for p in caught.value.problems)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "map.png").write_bytes(b"not a picture at all, just text")
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert "is not a readable PNG or JPEG file" in str(caught.value)
    png = (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + (640).to_bytes(4, "big") + (480).to_bytes(4, "big")
           + b"\x08\x02\x00\x00\x00" + b"\x00" * 16)
    (tmp_path / "images" / "map.png").write_bytes(png)
    pack = load_pack(path)
    assert pack.questions[1].image.alt == "A map"


def test_image_needs_alt_text_and_a_relative_path():
    text = inserted_after(VALID, 22, "    image: {file: /etc/map.gif}")
    found = problems_of(text)
    assert "p.yaml:23:12: 'image' is missing the required key 'alt'" in found


def test_future_format_version_asks_to_update():
    found = problems_of(with_line(VALID, 1, "relayquiz: 3"))
    assert found == ["p.yaml:1:12: this pack is written in format version 3, but this game reads version 1; "
                     "update Torch Relay Quiz to play it"]


def test_empty_and_list_files_get_clear_messages():
    assert problems_of("") == ["p.yaml: the file is empty; a pack starts with 'relayquiz: 1'"]
    assert problems_of("# only a comment\n") == ["p.yaml: the file is empty; a pack starts with 'relayquiz: 1'"]
    assert problems_of("- a\n- b\n")[0].startswith("p.yaml:1:1: the file holds a list, but a pack is a mapping")
    assert problems_of("just words\n")[0].startswith("p.yaml:1:1: the file holds text, but a pack is a mapping")


def test_yaml_syntax_errors_are_located():
    found = problems_of("relayquiz: 1\nid: x\ntitle: [unclosed\nquestions: []\n")
    assert len(found) == 1 and found[0].startswith("p.yaml:4:") and "YAML syntax error" in found[0]


def test_tabs_are_explained():
    found = problems_of("relayquiz: 1\n\tid: x\n")
    assert "a tab: YAML indents with spaces only" in found[0]


def test_a_single_wrong_option_without_brackets_is_a_wrong_type():
    found = problems_of(with_line(VALID, 16, "    wrong: Turin"))
    assert "p.yaml:16:12: 'wrong' must be a list, not text; write one item as [Turin]" in found
    found = problems_of(inserted_after(VALID, 27, "    wrong: 1995"))
    assert "p.yaml:28:12: 'wrong' must be a list, not a number; write one item as [1995]" in found


def test_numbers_are_read_as_text_where_yaml_would_make_them_numbers():
    pack = load_pack_text(with_line(VALID, 3, "title: 1984"), "p.yaml")
    assert pack.title == "1984"
