"""All the packs a player can choose from: the shipped ones and the user's own.

A broken pack is reported and skipped; the others load. When two packs share an id, the
first one found wins (shipped packs come first) and the later one is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game import paths
from game.packs.load import pack_files, try_load_pack
from game.packs.model import Pack
from game.packs.problems import Problem


@dataclass
class PackEntry:
    pack: Pack
    shipped: bool

    @property
    def id(self) -> str:
        return self.pack.id


@dataclass
class Library:
    entries: list[PackEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def packs(self) -> list[Pack]:
        return [entry.pack for entry in self.entries]

    def get(self, pack_id: str) -> Pack | None:
        for entry in self.entries:
            if entry.pack.id == pack_id:
                return entry.pack
        return None

    def entry(self, pack_id: str) -> PackEntry | None:
        for entry in self.entries:
            if entry.pack.id == pack_id:
                return entry
        return None


def _top_level_key_position(file: Path, key: str) -> tuple[int, int]:
    """Line and column of a top-level key's value, for messages about an already loaded pack."""
    try:
        lines = file.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1, 1
    for number, line in enumerate(lines, start=1):
        if line.startswith(f"{key}:"):
            value = line[len(key) + 1:]
            return number, len(key) + 2 + (len(value) - len(value.lstrip()))
    return 1, 1


def load_library(folders: list[tuple[Path, bool]] | None = None) -> Library:
    """Load every pack of the given (folder, shipped) pairs; by default shipped then user packs."""
    if folders is None:
        folders = [(paths.shipped_packs_dir(), True), (paths.user_packs_dir(), False)]
    library = Library()
    where_loaded: dict[str, Path] = {}
    for folder, shipped in folders:
        if not folder.is_dir():
            continue
        for file in pack_files(folder):
            result = try_load_pack(file)
            if result.pack is None:
                library.problems.extend(result.problems)
                continue
            pack = result.pack
            if pack.id in where_loaded:
                line, column = _top_level_key_position(file, "id")
                library.problems.append(Problem(
                    str(file), f"pack id '{pack.id}' is already used by {where_loaded[pack.id]}; "
                               "this pack was not loaded (give it another id)", line, column, warning=True,
                ))
                continue
            where_loaded[pack.id] = file
            library.entries.append(PackEntry(pack, shipped))
    return library
