"""Which lane colour each team wears: a team named after a colour gets that colour.

"Red" must run in red even when it is the first team, so colours are given by name first
(the Olympic ring colours and the extra lane colours, in English and a few other languages,
any case, also inside a longer name such as "Red Rockets"), then the teams left over take the
free colours in the theme's order: the rings first, then the extras. No two teams share a
colour while there are colours enough for everyone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Sequence

# Words for each lane colour, in the order of `theme.RING_COLOURS`: blue, yellow, black,
# green, red (the rings), then purple, teal, orange. Plurals and the common inflections of
# team names ("Les Bleus", "Los Rojos", "Die Roten") are listed; accents are ignored.
COLOUR_WORDS: tuple[tuple[str, ...], ...] = (
    ("blue", "blues", "bleu", "bleus", "bleue", "bleues", "blau", "blauen", "blaue", "azul", "azules", "blu",
     "azzurro", "azzurri", "blauw", "niebiescy", "niebieski", "синий", "синие", "синяя", "μπλε"),
    ("yellow", "yellows", "jaune", "jaunes", "gelb", "gelben", "gelbe", "amarillo", "amarillos", "amarilla",
     "giallo", "gialli", "amarelo", "amarelos", "geel", "zolci", "zolty", "желтый", "желтые", "желтая",
     "κιτρινο", "κιτρινοι"),
    ("black", "blacks", "noir", "noirs", "noire", "schwarz", "schwarzen", "schwarze", "negro", "negros",
     "negra", "nero", "neri", "preto", "pretos", "zwart", "czarni", "czarny", "черный", "черные", "черная",
     "μαυρο", "μαυροι"),
    ("green", "greens", "vert", "verts", "verte", "grun", "grunen", "grune", "verde", "verdes", "verdi",
     "groen", "zieloni", "zielony", "зеленый", "зеленые", "зеленая", "πρασινο", "πρασινοι"),
    ("red", "reds", "rouge", "rouges", "rot", "roten", "rote", "rojo", "rojos", "roja", "rosso", "rossi",
     "vermelho", "vermelhos", "rood", "czerwoni", "czerwony", "красный", "красные", "красная",
     "κοκκινο", "κοκκινοι"),
    ("purple", "purples", "violet", "violets", "lila", "morado", "morados", "viola", "roxo", "paars",
     "fioletowi", "фиолетовый", "фиолетовые", "μωβ"),
    ("teal", "turquoise", "cyan", "turkis", "turquesa", "turchese", "бирюзовый", "бирюзовые"),
    ("orange", "oranges", "naranja", "arancione", "arancioni", "laranja", "oranje", "pomaranczowi",
     "оранжевый", "оранжевые", "πορτοκαλι"),
)


def _fold(text: str) -> str:
    """Case and accents ignored: 'GRÜN' and 'grün' both read 'grun', 'Жёлтые' reads 'желтые'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_WORD_COLOUR = {_fold(word): slot for slot, words in enumerate(COLOUR_WORDS) for word in words}


def named_colour(name: str) -> int | None:
    """The lane colour a team's name asks for (its first colour word), or None."""
    for word in re.findall(r"\w+", _fold(name)):
        slot = _WORD_COLOUR.get(word)
        if slot is not None:
            return slot
    return None


@lru_cache(maxsize=64)
def _slots(names: tuple[str, ...], palette: int) -> tuple[int, ...]:
    slots: list[int | None] = [None] * len(names)
    taken: set[int] = set()
    for index, name in enumerate(names):
        wanted = named_colour(name)
        if wanted is not None and wanted < palette and wanted not in taken:
            slots[index] = wanted
            taken.add(wanted)
    free = iter([slot for slot in range(palette) if slot not in taken])
    for index, slot in enumerate(slots):
        if slot is None:
            slots[index] = next(free, index % palette)
    return tuple(slots)  # type: ignore[arg-type]


def colour_slots(names: Iterable[str], palette: int = len(COLOUR_WORDS)) -> tuple[int, ...]:
    """Each team's lane colour, as an index into `theme.lane_colours` (of `palette` colours)."""
    return _slots(tuple(names), max(1, palette))


def player_colours(players: Sequence) -> tuple[int, ...]:
    """`colour_slots` for the quiz core's players (anything with a `name`), in player order."""
    return colour_slots(p.name for p in players)
