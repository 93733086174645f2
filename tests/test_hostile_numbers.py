"""Numbers too large for their place: a located problem in a pack, a defaulted line in the
settings, a skipped fact in a document, exit status 2 on the command line. Never a traceback."""

from __future__ import annotations

import pytest

from game import paths
from game.cli import main
from game.packs import PackError, load_pack_text
from game.packs.library import load_library
from game.store.settings import Settings, load_settings
from tests.packtext import VALID

HUGE = "9" * 5000  # past the 4,300 digits Python reads as a number


def line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


def test_a_number_of_5000_digits_in_a_pack_is_a_located_problem():
    text = VALID.replace("answer: 1996", f"answer: {HUGE}")
    with pytest.raises(PackError) as caught:
        load_pack_text(text, "big.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (line_of(text, HUGE), 13)
    assert "5,000 digits" in problem.message and "4,300" in problem.message


@pytest.mark.parametrize("value, words", [
    (HUGE, "written with 5,000 digits"),
    ("0x" + "f" * 4000, "more than 4,300 digits"),        # few digits written, too many when read
    ("-1_" + "0" * 4400, "written with 4,401 digits"),
    ("!!int abc", "'abc' is tagged as a whole number"),
    ("!!float words", "'words' is tagged as a number"),
    ("!!bool maybe", "'maybe' is tagged as true or false"),
])
def test_a_value_that_cannot_be_read_anywhere_in_a_pack_is_located(value, words):
    text = VALID + f"meta:\n  note: {value}\n"
    with pytest.raises(PackError) as caught:
        load_pack_text(text, "meta.yaml")
    (problem,) = caught.value.problems
    assert problem.line == text.count("\n") and words in problem.message


def test_a_number_answer_of_400_digits_is_refused_where_it_stands():
    # A float cannot hold it, and the game compares answers as floats.
    text = VALID.replace("answer: 1996", "answer: " + "7" * 400)
    with pytest.raises(PackError) as caught:
        load_pack_text(text, "wide.yaml")
    (problem,) = caught.value.problems
    assert problem.line == line_of(text, "7" * 400)
    assert "400 digits; at most 300" in problem.message
    quoted = VALID.replace("answer: 1996", "answer: '" + "7" * 5000 + "'")
    with pytest.raises(PackError, match="5,000 digits; at most 300"):
        load_pack_text(quoted, "quoted.yaml")


def test_a_user_pack_with_a_huge_number_is_reported_and_the_others_still_load(tmp_path):
    (tmp_path / "bad.yaml").write_text(VALID.replace("id: sochi-torch", "id: bad") + f"meta: {{n: {HUGE}}}\n",
                                       encoding="utf-8")
    (tmp_path / "good.yaml").write_text(VALID, encoding="utf-8")
    library = load_library([(tmp_path, False)])
    assert [pack.id for pack in library.packs] == ["sochi-torch"]
    assert any("bad.yaml" in p.file and "5,000 digits" in p.message for p in library.problems)


def test_huge_numbers_in_settings_are_reported_and_their_lines_defaulted():
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"volume: {HUGE}\nwindow_size: {HUGE}x720\nfont_scale: 1.5\n"
                    f"default_time_limit: 0x{'f' * 4000}\n", encoding="utf-8")
    loaded = load_settings()
    assert loaded.settings == Settings(font_scale=1.5)
    assert loaded.moved_to is None and path.exists()  # a bad value is not a damaged file
    assert [(p.line, p.message.split(" ", 1)[0]) for p in loaded.problems] == \
        [(1, "'volume'"), (2, "'window_size'"), (4, "'default_time_limit'")]
    assert all("using" in p.message for p in loaded.problems)


def test_a_document_with_a_400_digit_number_still_gives_a_pack_without_that_fact():
    from game.generate import document_from_bytes, generate_pack

    text = ("The Danube is a river in Europe. It is " + "9" * 400 + " metres long according to a joke. "
            "The river flows through Vienna, Budapest and Belgrade. Its delta lies in Romania and was "
            "protected in 1991 by the government. Emperor Trajan built a bridge over it in 105.")
    document = document_from_bytes(text.encode(), "joke.txt")
    assert not any("9" * 400 in s.text for s in document.sentences)
    pack = generate_pack([document])
    assert pack.questions and not any("9" * 50 in str(q.answer) for q in pack.questions)


@pytest.mark.parametrize("argv", [
    ["history", "--limit", "9" * 30],
    ["scores", "--limit", HUGE],
    ["report", "--session", "9" * 26],
    ["report", "--session", HUGE],
    ["generate", "doc.txt", "--seed", "9" * 26],
    ["generate", "doc.txt", "--count", HUGE],
    ["play", "--autoplay", "--seed", "-" + "9" * 26],
    ["play", "--autoplay", "--questions", "9" * 20],
    ["play", "--autoplay", "--players", HUGE],
    ["play", "--port", HUGE],
])
def test_a_huge_number_for_any_flag_exits_2_with_a_short_message(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err) < 2000
    assert "at most" in err or "or more" in err or "1024 to 65535" in err


def test_the_largest_64_bit_seed_is_still_a_seed(capsys):
    assert main(["play", "--autoplay", "--seed", str(2 ** 63 - 1), "--questions", "1"]) == 0


@pytest.mark.parametrize("size", ["99999x99999", "7681x4320", "7680x4321", "100x100", "1234567x8"])
def test_a_window_size_beyond_7680x4320_or_below_640x360_exits_2(size, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["play", "--autoplay", "--size", size])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "from 640x360 to 7680x4320" in err or "looks like 1280x720" in err


def test_the_largest_window_is_accepted():
    from game.commands.play import _size

    assert _size("7680x4320") == (7680, 4320) and _size("640x360") == (640, 360)


def _user_files_with_huge_numbers() -> None:
    packs = paths.user_packs_dir()
    packs.mkdir(parents=True, exist_ok=True)
    (packs / "bad.yaml").write_text(VALID.replace("id: sochi-torch", "id: bad") + f"meta: {{n: {HUGE}}}\n",
                                    encoding="utf-8")
    (packs / "good.yaml").write_text(VALID.replace("id: sochi-torch", "id: good-user-pack"), encoding="utf-8")
    paths.settings_path().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_path().write_text(f"volume: {HUGE}\n", encoding="utf-8")


def test_the_pack_list_reports_a_user_pack_with_a_huge_number_each_time(capsys):
    _user_files_with_huge_numbers()
    for _ in range(2):                                   # read afresh, then from the pack cache
        assert main(["packs"]) == 0
        out, err = capsys.readouterr()
        assert "good-user-pack" in out and "\nbad " not in out
        assert "bad.yaml:" in err and "5,000 digits" in err and "Traceback" not in err


def test_validate_locates_a_huge_number_and_exits_1(tmp_path, capsys):
    pack = tmp_path / "huge.yaml"
    pack.write_text(VALID.replace("answer: 1996", f"answer: {HUGE}"), encoding="utf-8")
    assert main(["validate", str(pack)]) == 1
    err = capsys.readouterr().err
    assert f"{pack}:{line_of(pack.read_text(), HUGE)}:13:" in err and "Traceback" not in err


def test_the_game_starts_and_plays_past_huge_numbers_in_user_files():
    from tests.uikit import make_app

    _user_files_with_huge_numbers()
    assert main(["play", "--autoplay", "--questions", "1", "--size", "640x360"]) == 0
    app = make_app()
    app.services.start_library_loading()
    library = app.services.library                        # waits for the reading thread
    app.step(1 / 60, [])
    assert "good-user-pack" in [pack.id for pack in library.packs]
    assert any(p.file.endswith("bad.yaml") and "5,000 digits" in p.message for p in library.problems)
