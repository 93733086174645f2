"""Question packs: the format v1 model (each question type declared once in questiontypes.py),
loading with located problems, dumping, the library.

Nothing here imports pygame.
"""

from game.packs.dump import dump_pack, pack_to_data, write_pack
from game.packs.library import Library, PackEntry, load_library
from game.packs.load import LoadResult, load_pack, load_pack_text, pack_files, try_load_pack
from game.packs.model import (
    ChoiceQuestion,
    Citation,
    Defaults,
    Image,
    NumberQuestion,
    Pack,
    Question,
    Source,
    TextQuestion,
    TrueFalseQuestion,
)
from game.packs.problems import PackError, Problem

__all__ = [
    "ChoiceQuestion", "Citation", "Defaults", "Image", "Library", "LoadResult", "NumberQuestion",
    "Pack", "PackEntry", "PackError", "Problem", "Question", "Source", "TextQuestion",
    "TrueFalseQuestion", "dump_pack", "load_library", "load_pack", "load_pack_text", "pack_files",
    "pack_to_data", "try_load_pack", "write_pack",
]
