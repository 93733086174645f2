"""`relayquiz generate ... --review`: the window opens on the new questions; saving decides the exit code."""

from __future__ import annotations

import pygame
import pytest

from game.cli import main
from game.packs.load import load_pack
from game.ui.app import App
from tests.editorpacks import SEED
from tests.uikit import key

CTRL = pygame.KMOD_LCTRL


def load_pack_generated():
    """The pack the generator writes from the seed, to compare the review's result with."""
    from game.generate import generate_pack

    return generate_pack([SEED])


@pytest.fixture
def scripted(monkeypatch):
    """Replace the window's real loop by a list of key presses, one frame each."""
    events: list = []

    def run(self, fps: int = 60) -> None:
        for event in events:
            if not self.step(1 / 60, [event]):
                return
        raise AssertionError("the window was still open after the scripted keys")

    monkeypatch.setattr(App, "run", run)
    return events


def test_the_review_saves_to_the_output_and_esc_then_closes_with_exit_0(scripted, tmp_path, capsys):
    out = tmp_path / "quiz.yaml"
    scripted += [key(pygame.K_x), key(pygame.K_k), key(pygame.K_x), key(pygame.K_s, CTRL), key(pygame.K_ESCAPE)]
    assert main(["generate", str(SEED), "-o", str(out), "--review"]) == 0
    pack = load_pack(out)
    generated = load_pack_generated()
    assert len(pack.questions) == len(generated.questions) - 2
    # Review shows the questions the generator doubted first, least confident first; the saved
    # pack keeps the generated order without the two dropped ones.
    reviewed = sorted(enumerate(generated.questions),
                      key=lambda item: (not item[1].meta["doubts"], item[1].meta["confidence"] if item[1].meta["doubts"]
                                        else 0, item[0]))
    dropped = {reviewed[0][1].id, reviewed[2][1].id}
    assert [q.id for q in pack.questions] == [q.id for q in generated.questions if q.id not in dropped]
    assert f"wrote {out}: {len(pack.questions)} questions kept after review" in capsys.readouterr().err


def test_closing_the_review_without_saving_writes_nothing_and_exits_1(scripted, tmp_path, capsys):
    out = tmp_path / "quiz.yaml"
    scripted += [key(pygame.K_x), key(pygame.K_ESCAPE), key(pygame.K_d)]
    assert main(["generate", str(SEED), "-o", str(out), "--review", "-q"]) == 1
    assert not out.exists()
    assert "closed without saving; nothing was written" in capsys.readouterr().err
