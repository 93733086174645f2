"""Question packs: the format v1 model (each question type declared once in questiontypes.py),
loading with located problems, dumping, the library.

Nothing here imports pygame.
"""

from game.lazyexports import lazy_exports

# Each name is imported from its module the first time it is used.
__getattr__, __dir__ = lazy_exports(__name__, {
    "game.packs.dump": ("dump_pack", "pack_to_data", "write_pack"),
    "game.packs.library": ("Library", "PackEntry", "load_library"),
    "game.packs.load": ("LoadResult", "load_pack", "load_pack_text", "pack_files", "try_load_pack"),
    "game.packs.model": (
        "ChoiceQuestion", "Citation", "Defaults", "Image", "NumberQuestion", "Pack", "Question", "Source",
        "TextQuestion", "TrueFalseQuestion"
    ),
    "game.packs.problems": ("PackError", "Problem"),
})

__all__ = [
    "ChoiceQuestion", "Citation", "Defaults", "Image", "Library", "LoadResult", "NumberQuestion",
    "Pack", "PackEntry", "PackError", "Problem", "Question", "Source", "TextQuestion",
    "TrueFalseQuestion", "dump_pack", "load_library", "load_pack", "load_pack_text", "pack_files",
    "pack_to_data", "try_load_pack", "write_pack",
]
