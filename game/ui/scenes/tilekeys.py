"""The keys of one question's tiles: which key locks in which tile, and what the tiles show.

A tile that reads as one digit sits on the key of that digit when the digit is one of the tile
keys (the quiz core places it there, see `game.quiz.placement`). In solo play the other digit
keys go by value too, so a tile reading 5 among four tiles is locked in with 5 as well as with
the key in its corner: whoever presses the digit written on a tile never gets another tile. In
team play a team's keys stay its four zone keys (a digit key bound by value would answer for
the team owning the digit row, whoever pressed it).
"""

from __future__ import annotations

from typing import Sequence

import pygame

from game.i18n import _
from game.quiz.placement import digit_on
from game.ui.input.keymap import SOLO_KEYS
from game.ui.input.room import Room
from game.ui.input.zones import KEYBOARD_ZONES

DIGIT_KEYS = {d: (getattr(pygame, f"K_{d}"), getattr(pygame, f"K_KP{d}")) for d in range(10)}
_DIGIT_OF = {code: d for d, codes in DIGIT_KEYS.items() for code in codes}


def digit_tiles(options: Sequence[str]) -> dict[int, int]:
    """Tile index by the digit it reads, for tiles that read as one digit."""
    found: dict[int, int] = {}
    for index, text in enumerate(options):
        digit = digit_on(text)
        if digit is not None and digit not in found:
            found[digit] = index
    return found


def solo_answer_keys(options: Sequence[str]) -> tuple[tuple[int, ...], ...]:
    """The solo keys tile by tile, with each digit written on a tile moved to that tile."""
    by_digit = digit_tiles(options)
    keys = [list(codes) for codes in SOLO_KEYS]
    for index, codes in enumerate(keys):
        keys[index] = [c for c in codes if _DIGIT_OF.get(c) not in by_digit or by_digit[_DIGIT_OF[c]] == index]
    for digit, index in by_digit.items():
        for code in DIGIT_KEYS[digit]:
            if index < len(keys) and code not in keys[index]:
                keys[index].append(code)
    return tuple(tuple(codes) for codes in keys)


def team_badges(room: Room, count: int) -> list[str] | None:
    """What each tile's key cap shows in a team game: the key of every keyboard team for that
    tile, in team order ("1 Q A Z"); None when no team answers on the keyboard."""
    zones = [team.zone for team in room.inputs if team.zone is not None and not team.uses_pad]
    if not zones:
        return None
    return [" ".join(KEYBOARD_ZONES[zone].labels[index] for zone in zones) if index < 4 else ""
            for index in range(count)]


def digit_hint(options: Sequence[str], teams: bool) -> str | None:
    """A line for the screen when tiles read as digits, saying how their keys work; else None."""
    by_digit = digit_tiles(options)
    if not by_digit:
        return None
    if not teams:
        return _("Press the number on a tile to choose it")
    count = min(4, len(options))
    return _("A tile reading 1 to {count} is on that key").format(count=count)
