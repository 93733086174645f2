"""Documents of kinds the rules were not written against (a recipe, a court ruling summary, a
product manual section, a biology lab handout, a sports results page, an obituary, a council
notice), judged by the shared tools as a reader would: every one gives a question, every
question is found in its document, none gives another away, and nearly all can be shown as
tiles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.generate import generate_pack
from game.packs.dump import write_pack
from game.packs.model import NumberQuestion, TextQuestion, TrueFalseQuestion
from tests.generate_helpers import DATA

UNSEEN = (
    "recipe-soda-bread.md",
    "court-ruling-donoghue.txt",
    "manual-coffee-grinder.md",
    "lab-handout-catalase.md",
    "sports-results-100m.txt",
    "obituary-vera-rubin.txt",
    "council-notice-bridge.txt",
)


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("unseen")
    paths = {}
    for name in UNSEEN:
        path = folder / f"{name}.yaml"
        write_pack(generate_pack([str(DATA / name)]), path)
        paths[name] = path
    return paths


def _tool(shared_dir: Path, name: str, *args: str) -> dict:
    tool = shared_dir / "tools" / name
    if not tool.is_file():
        pytest.skip(f"the shared {name} tool is not present")
    run = subprocess.run([sys.executable, str(tool), *args, "--json"], capture_output=True, text=True, check=True)
    return json.loads([line for line in run.stdout.splitlines() if line.startswith("{")][-1])


def test_the_unseen_documents_are_prose_of_three_to_seven_hundred_words():
    for name in UNSEEN:
        words = len((DATA / name).read_text(encoding="utf-8").split())
        assert 300 <= words <= 700, (name, words)


@pytest.mark.parametrize("name", UNSEEN)
def test_every_unseen_document_gives_a_question_the_checker_finds_in_it(name, written, shared_dir):
    summary = _tool(shared_dir, "check_pack.py", str(written[name]), "--docs", str(DATA / name))
    assert summary["questions"] >= 1, summary
    assert summary["valid_fraction"] == 1.0, summary


def test_no_question_of_an_unseen_document_gives_another_away_or_shares_its_answer(written, shared_dir):
    summary = _tool(shared_dir, "giveaways.py", *(str(p) for p in written.values()))
    assert summary["packs"] == len(UNSEEN)
    assert summary["giveaways"] == 0, summary
    assert summary["shared_answers"] == 0, summary


def test_at_most_one_question_in_twenty_of_the_unseen_documents_has_no_options():
    questions = [q for name in UNSEEN for q in generate_pack([str(DATA / name)]).questions]
    bare = [q.prompt for q in questions if isinstance(q, (TextQuestion, NumberQuestion)) and not q.wrong]
    assert len(bare) <= 0.05 * len(questions), bare


def test_every_unseen_question_is_a_question_or_a_statement_without_the_pages_furniture():
    for name in UNSEEN:
        for question in generate_pack([str(DATA / name)]).questions:
            prompt = question.prompt
            assert not prompt.startswith(("- ", "* ", "|", "#", "1.", "Using the table")), (name, prompt)
            assert "[" not in prompt and "|" not in prompt, (name, prompt)
            if isinstance(question, TrueFalseQuestion):
                assert prompt.endswith("."), (name, prompt)
            else:
                assert prompt.endswith("?"), (name, prompt)
