"""`relayquiz generate`: output to a file or stdout, stdin, progress, and exit codes."""

from __future__ import annotations

import io
import re
import sys

import pytest

from game.cli import main
from game.packs.load import load_pack, load_pack_text
from tests.generate_helpers import DATA


def test_writes_a_valid_pack_to_the_output_file_and_reports_progress(tmp_path, capsys):
    out = tmp_path / "quiz.yaml"
    code = main(["generate", str(DATA / "news-sports.txt"), str(DATA / "news-economy.txt"), "-o", str(out),
                 "--id", "friday-news", "--title", "Friday news"])
    assert code == 0
    pack = load_pack(out)
    assert pack.id == "friday-news" and pack.title == "Friday news"
    assert [s.title for s in pack.sources] == ["Kipchoge breaks marathon record in Berlin",
                                               "Central bank raises interest rate for the first time in a decade"]
    assert {q.source.doc for q in pack.questions} == {s.id for s in pack.sources}
    err = capsys.readouterr().err
    for name in ("news-sports.txt", "news-economy.txt"):
        assert re.search(rf"{re.escape(str(DATA / name))}: \d+ words, \d+ sentences", err), err
    assert f"wrote {out}:" in err
    assert main(["validate", str(out)]) == 0


def test_without_output_the_pack_goes_to_stdout(capsys):
    assert main(["generate", "-q", str(DATA / "short.txt")]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    pack = load_pack_text(captured.out, "stdout")
    assert pack.questions


def test_a_dash_reads_standard_input(monkeypatch, capsys):
    text = (DATA / "news-science.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text), encoding="utf-8"))
    assert main(["generate", "-", "--count", "2"]) == 0
    captured = capsys.readouterr()
    pack = load_pack_text(captured.out, "stdout")
    assert len(pack.questions) == 2
    assert pack.sources[0].path is None
    assert re.match(r"-: \d+ words, \d+ sentences\n", captured.err)


@pytest.mark.parametrize("content, message", [
    (b"%PDF-1.4 binary", "this is a PDF file, not a text document"),
    (b"", "the file is empty"),
    (b"Home\nNews\nContact\n", "found no sentences"),
])
def test_unusable_documents_exit_1_with_a_message_naming_the_file(tmp_path, capsys, content, message):
    doc = tmp_path / "handout.txt"
    doc.write_bytes(content)
    out = tmp_path / "out.yaml"
    assert main(["generate", str(doc), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{doc}: {message}" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_a_missing_document_exits_1(tmp_path, capsys):
    assert main(["generate", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt: no such file" in capsys.readouterr().err


def test_bad_options_exit_2(capsys):
    assert main(["generate", str(DATA / "short.txt"), "--types", "choice,essay"]) == 2
    assert "unknown question type essay" in capsys.readouterr().err
    assert main(["generate", str(DATA / "short.txt"), "--count", "0"]) == 2


def test_the_same_file_comes_out_of_separate_runs_whatever_the_hash_seed(tmp_path):
    """Byte-identical output must not depend on Python's per-process string hashing."""
    import os
    import subprocess

    outputs = []
    for hash_seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        result = subprocess.run([sys.executable, "-m", "game", "generate", "-q", str(DATA / "news-science.txt"),
                                 str(DATA / "numbers-dates.txt"), "--seed", "7"],
                                capture_output=True, env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


def test_a_title_in_another_script_still_gives_a_valid_pack_id(tmp_path):
    doc = tmp_path / "volga-notes.txt"
    doc.write_text("Волга\n\nThe Volga flows into the Caspian Sea near Astrakhan in Russia.\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert main(["generate", "-q", str(doc), "-o", str(out)]) == 0
    pack = load_pack(out)
    assert pack.id == "volga-notes" and pack.title == "Волга"


def test_an_id_the_pack_format_refuses_is_refused_before_anything_is_written(tmp_path, capsys):
    out = tmp_path / "quiz.yaml"
    assert main(["generate", "-q", str(DATA / "short.txt"), "--id", "Bad Id", "-o", str(out)]) == 2
    assert "--id 'Bad Id' must use only a-z, 0-9 and single hyphens" in capsys.readouterr().err
    assert not out.exists()


def test_writing_over_an_existing_pack_keeps_the_old_one_beside_it(tmp_path, capsys):
    out = tmp_path / "rivers.yaml"
    out.write_text("# my hand-written rivers pack\n", encoding="utf-8")
    assert main(["generate", str(DATA / "short.txt"), "-o", str(out)]) == 0
    assert (tmp_path / "rivers.yaml~").read_text(encoding="utf-8") == "# my hand-written rivers pack\n"
    assert load_pack(out).questions
    assert "the file it replaced is kept as rivers.yaml~" in capsys.readouterr().err
