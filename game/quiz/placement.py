"""Which tile each option sits on, so that what a tile says never fights its key or its colour.

Tiles are answered by position: the first by key 1 (and by the first key of every team's
zone), the second by key 2, and so on; and they are coloured, in order, red, blue, yellow and
green (then purple and teal). After the seeded shuffle, two kinds of option are moved:

- an option that reads as one digit (``3``, ``3 years``) from 1 to the number of tiles sits on
  the tile of that key, so a player who presses the digit written on a tile locks in that
  tile, never another;
- an option naming a tile colour (``Blue``) sits on the tile of that colour.

Every other option keeps its shuffled order in the places left. Two options wanting one place
(``3 years`` and ``3 months``) cannot both have it: the first keeps it.
"""

from __future__ import annotations

import re
from typing import Sequence

# The colour of each tile, by position; the screen's theme draws them in this order.
TILE_COLOURS: tuple[str, ...] = ("red", "blue", "yellow", "green", "purple", "teal")

# Colour words, in the languages packs are most often written in, and the tile they belong on.
COLOUR_WORDS: dict[str, int] = {
    **dict.fromkeys(("red", "rouge", "rot", "rojo", "roja", "rosso", "rossa", "vermelho", "rood"), 0),
    **dict.fromkeys(("blue", "bleu", "blau", "azul", "blu", "blauw"), 1),
    **dict.fromkeys(("yellow", "jaune", "gelb", "amarillo", "amarilla", "giallo", "amarelo", "geel"), 2),
    **dict.fromkeys(("green", "vert", "grün", "verde", "groen"), 3),
    **dict.fromkeys(("purple", "violet", "lila", "morado", "viola", "roxo", "paars"), 4),
    **dict.fromkeys(("teal",), 5),
}

# One digit, alone or before a word ("3", "3 years", "4 km"); never part of a longer number.
_ONE_DIGIT = re.compile(r"\s*([0-9])(?:\s+[^\d\s.,].*)?\s*", re.DOTALL)


def digit_on(text: str) -> int | None:
    """The digit a tile reading `text` shows, when it reads as one digit; else None."""
    match = _ONE_DIGIT.fullmatch(text)
    return int(match.group(1)) if match else None


def colour_on(text: str) -> int | None:
    """The tile whose colour `text` names, when the whole option is a colour word; else None."""
    return COLOUR_WORDS.get(" ".join(text.split()).casefold())


def arrange(options: Sequence[str]) -> list[int]:
    """The order to show `options` in, as indices into it (see the module's rules)."""
    count = len(options)
    slots: list[int | None] = [None] * count
    placed: set[int] = set()
    for index, text in enumerate(options):
        digit = digit_on(text)
        wanted = digit - 1 if digit is not None and 1 <= digit <= count else colour_on(text)
        if wanted is not None and wanted < count and slots[wanted] is None:
            slots[wanted] = index
            placed.add(index)
    rest = iter(i for i in range(count) if i not in placed)
    return [slot if slot is not None else next(rest) for slot in slots]
