"""The podium reads as one balanced picture: the blocks and the cauldron are centred together
on the stage, whatever the number of finishers, and nothing overlaps."""

from __future__ import annotations

import pygame
import pytest

from tests.test_ui_screens import finished, open_at, party_match, solo_match
from tests.uikit import run_for


def podium_for(players: int):
    if players == 1:
        return lambda s: finished(solo_match(s, count=2))
    return lambda s: finished(party_match(s, teams=players, count=2))


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("players", [1, 2, 3, 8])
def test_the_blocks_and_the_cauldron_are_centred_together_on_the_stage(players, size):
    app = open_at(size, "podium", podium_for(players))
    try:
        run_for(app, 0.1)
        podium = app.scene.podium
        blocks = [rect for _, rect in podium._blocks()]
        cauldron = podium._cauldron_rect()
        assert len(blocks) == min(3, players)
        group = blocks[0].unionall(blocks[1:] + [cauldron])
        stage = podium.rect
        assert stage.contains(group)
        assert abs(group.centerx - stage.centerx) <= stage.w * 0.02
        left_margin, right_margin = group.x - stage.x, stage.right - group.right
        assert abs(left_margin - right_margin) <= stage.w * 0.04
        assert not any(block.colliderect(cauldron) for block in blocks)
        if players <= 3:       # the stage is the whole width: the picture sits in the middle of the screen
            assert abs(group.centerx - size[0] / 2) <= size[0] * 0.02
    finally:
        app.close()


@pytest.mark.parametrize("players", [2, 3])
def test_the_winner_stands_in_the_middle_block_and_second_to_its_left(players):
    app = open_at((1280, 720), "podium", podium_for(players))
    try:
        run_for(app, 0.1)
        by_rank = sorted(app.scene.podium._blocks(), key=lambda pair: pair[0].rank)
        (first, gold), (second, silver) = by_rank[0], by_rank[1]
        assert first.rank <= second.rank
        assert silver.right <= gold.x + 1
        assert gold.h > silver.h or first.rank == second.rank
    finally:
        app.close()
