"""The command line: version, validate exit codes and messages, the packs table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game import __version__
from game.cli import main
from tests.packtext import VALID, with_line

ROOT = Path(__file__).resolve().parent.parent


def test_version(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"relayquiz {__version__}"


def test_validate_shipped_packs_passes(capsys):
    assert main(["validate", str(ROOT / "questions")]) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_reports_located_problems_and_exits_1(tmp_path, capsys):
    good = tmp_path / "good.yaml"
    good.write_text(VALID, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(with_line(VALID, 26, "    answer: nineteen"), encoding="utf-8")
    assert main(["validate", str(good)]) == 0
    assert main(["validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:26:13: a number answer must be a number, not the text 'nineteen'" in err
    assert "1 of 2 packs with problems; 1 valid" in err


def test_validate_missing_path_exits_1(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nothing.yaml")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_bad_command_line_exits_2():
    with pytest.raises(SystemExit) as exited:
        main(["validate"])
    assert exited.value.code == 2


def test_packs_table_lists_counts_by_type(capsys):
    assert main(["packs"]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0].split()
    assert header == ["id", "title", "total", "choice", "truefalse", "number", "text", "file"]
    assert "olympic-flame-history" in out


def test_packs_json(capsys):
    assert main(["packs", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    entry = next(e for e in listing if e["id"] == "olympic-flame-history")
    assert entry["shipped"] is True and sum(entry["questions"].values()) > 0


def test_python_dash_m_game_runs_the_same_cli():
    result = subprocess.run([sys.executable, "-m", "game", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and result.stdout.strip() == f"relayquiz {__version__}"
