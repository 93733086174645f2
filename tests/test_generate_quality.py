"""The independent checker's verdict on every test document, and robustness on any text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.generate import GenerateError, document_from_bytes, generate_pack
from game.packs.dump import dump_pack, write_pack
from game.packs.load import load_pack_text
from tests.generate_helpers import ALL_DOCS, DATA, SEED


def _check(shared_dir: Path, pack_path: Path, doc: Path, tmp_path: Path) -> dict:
    if doc.name.startswith(("cp1252", "utf16")):
        # The checker reads documents as UTF-8; give it the same text in UTF-8.
        text = document_from_bytes(doc.read_bytes(), doc.name)
        raw = doc.read_bytes()
        decoded = raw.decode("utf-16") if raw.startswith(b"\xff\xfe") else raw.decode("cp1252")
        doc = tmp_path / (doc.name + ".utf8.txt")
        doc.write_text(decoded.replace("\r\n", "\n"), encoding="utf-8")
        assert text.sentences
    tool = shared_dir / "tools" / "check_pack.py"
    if not tool.is_file():
        pytest.skip("the shared check_pack tool is not present")
    run = subprocess.run([sys.executable, str(tool), str(pack_path), "--docs", str(doc), "--json"],
                         capture_output=True, text=True)
    summary = next(line for line in run.stdout.splitlines() if line.startswith("{"))
    return json.loads(summary)


@pytest.mark.parametrize("name", [*ALL_DOCS, "seed"])
def test_the_checker_finds_at_least_95_percent_valid(name, shared_dir, tmp_path):
    doc = SEED if name == "seed" else DATA / name
    pack = generate_pack([str(doc)])
    out = tmp_path / "pack.yaml"
    write_pack(pack, out)
    summary = _check(shared_dir, out, doc, tmp_path)
    assert summary["valid_fraction"] >= 0.95, summary


def test_the_test_documents_give_at_least_eight_questions_per_thousand_words(shared_dir, tmp_path):
    """Fewer, better questions: the confident ones only, yet enough of them over a body of text."""
    questions = words = 0
    for name in [*ALL_DOCS, "seed"]:
        doc = SEED if name == "seed" else DATA / name
        pack = generate_pack([str(doc)])
        out = tmp_path / "pack.yaml"
        write_pack(pack, out)
        summary = _check(shared_dir, out, doc, tmp_path)
        questions += summary["valid"]
        words += summary["source_words"]
    assert questions / (words / 1000) >= 8, (questions, words)


sentence = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(st.sampled_from(["the", "river", "Paris", "in", "1999", "Anna Smith", "built", "42", "km",
                              "of", "Black Sea", "and", "was", "NASA", "he", "it", "three", "weeks",
                              "\u201cquoted\u201d", "Nov.", "{", "}", "#tag", "http://x.y", "(German:", "Rhein,",
                              "French: le Rhin)", "(formerly called", "Lake Rudolf)", "("]), min_size=1, max_size=14),
    st.sampled_from([".", "!", "?", "", ". "]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sentence, min_size=0, max_size=8), st.sampled_from(["\n", "\n\n", " "]))
def test_any_text_gives_a_valid_pack_or_a_clear_error(sentences, joiner):
    data = joiner.join(sentences).encode("utf-8")
    try:
        pack = generate_pack([document_from_bytes(data, "random.txt")])
    except GenerateError as error:
        assert str(error).startswith("random.txt: ")
        return
    assert load_pack_text(dump_pack(pack), "generated.yaml").questions


def test_a_label_with_a_brace_in_its_name_gives_a_pack_or_a_clear_error():
    # A museum-label layout whose name holds "{": the statements are format templates.
    try:
        pack = generate_pack([document_from_bytes("{\n1999\nRhein,".encode("utf-8"), "random.txt")])
    except GenerateError as error:
        assert str(error).startswith("random.txt: ")
    else:
        assert load_pack_text(dump_pack(pack), "generated.yaml").questions
