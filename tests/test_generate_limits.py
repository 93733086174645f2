"""What `generate` writes always validates, whatever the documents' titles: a title and a
description are cut to the pack format's limits."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.cli import main
from game.generate import GenerateOptions, generate_pack
from game.packs.dump import dump_pack
from game.packs.load import load_pack
from game.packs.validate import MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH

BODY = (Path(__file__).resolve().parent / "data" / "generate" / "news-science.txt").read_text(encoding="utf-8")


def _written_and_read_back(tmp_path: Path, text: str, name: str = "doc.txt"):
    document = tmp_path / name
    document.write_text(text, encoding="utf-8")
    pack = generate_pack([str(document)], GenerateOptions())
    out = tmp_path / "pack.yaml"
    out.write_text(dump_pack(pack), encoding="utf-8")
    return load_pack(out)          # raises PackError with every problem if it does not validate


def test_a_long_first_line_gives_a_title_within_the_limit(tmp_path):
    first_line = " ".join(["Supercalifragilisticexpialidocious-announcement"] * 15)   # 15 words, 734 characters
    pack = _written_and_read_back(tmp_path, f"{first_line}\n\n{BODY}")
    assert len(pack.title) <= MAX_TITLE_LENGTH and pack.title.endswith("…")
    assert pack.title.startswith("Supercalifragilisticexpialidocious-announcement")
    assert len(pack.description) <= MAX_DESCRIPTION_LENGTH


def test_a_ten_thousand_character_heading_gives_a_valid_pack(tmp_path):
    heading = "x" * 10_002
    pack = _written_and_read_back(tmp_path, f"# {heading}\n\n{BODY}", "doc.md")
    assert len(pack.title) <= MAX_TITLE_LENGTH
    assert len(pack.description) <= MAX_DESCRIPTION_LENGTH


def test_an_html_title_of_any_length_gives_a_valid_pack(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY.split("\n\n"))
    page = f"<html><head><title>{'Breaking news ' * 900}</title></head><body>{paragraphs}</body></html>"
    pack = _written_and_read_back(tmp_path, page, "page.html")
    assert len(pack.title) <= MAX_TITLE_LENGTH


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(1, 16), length=st.integers(100, 12_000),
       letters=st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x2FF),
                       min_size=1, max_size=30))
def test_any_first_line_of_sixteen_words_or_fewer_gives_a_valid_pack(tmp_path_factory, count, length, letters):
    word = (letters * (length // count // len(letters) + 1))[:max(1, length // count)]
    folder = tmp_path_factory.mktemp("doc")
    pack = _written_and_read_back(folder, " ".join([word] * count) + "\n\n" + BODY)
    assert 0 < len(pack.title) <= MAX_TITLE_LENGTH


def test_a_title_given_on_the_command_line_past_the_limit_is_refused(tmp_path, capsys):
    document = tmp_path / "doc.txt"
    document.write_text(BODY, encoding="utf-8")
    code = main(["generate", "-q", str(document), "--title", "T" * 201, "-o", str(tmp_path / "out.yaml")])
    assert code == 2
    assert "--title has 201 characters; a pack's title has at most 200" in capsys.readouterr().err
    assert not (tmp_path / "out.yaml").exists()
