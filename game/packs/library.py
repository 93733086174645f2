"""All the packs a player can choose from: the shipped ones and the user's own.

A broken pack is reported and skipped; the others load. When two packs share an id, the
first one found wins (shipped packs come first) and the later one is reported. A draft (a pack
saved with problems still in it, `NAME.draft.yaml`) is listed as a draft and never played.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game import paths
from game.packs.finding import find_pack_files
from game.packs.load import try_load_pack
from game.packs.model import Pack
from game.packs.problems import PackError, Problem
from game.packs.safeyaml import decode, parse, read_bytes

DRAFT_SUFFIX = ".draft.yaml"


def is_draft(path: Path) -> bool:
    """A draft is a pack file saved with its problems; its name ends in `.draft.yaml`."""
    return path.name.lower().endswith(DRAFT_SUFFIX)


def draft_path_for(path: Path) -> Path:
    """Where the draft of the pack at `path` is kept: `NAME.draft.yaml` beside `NAME.yaml`."""
    if is_draft(path):
        return path
    return path.with_name(path.stem + DRAFT_SUFFIX)


def final_path_for(path: Path) -> Path:
    """The pack file a draft becomes once its problems are fixed (`NAME.draft.yaml` -> `NAME.yaml`)."""
    if not is_draft(path):
        return path
    return path.with_name(path.name[: -len(DRAFT_SUFFIX)] + ".yaml")


@dataclass
class DraftEntry:
    """A draft in the user's packs folder: listed so it can be opened in the editor, never played."""

    path: Path
    title: str
    pack_id: str | None = None


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
    drafts: list[DraftEntry] = field(default_factory=list)

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


def read_draft(path: Path) -> DraftEntry:
    """A draft's id and title as far as they can be read; its problems are for the editor to show."""
    title, pack_id = path.name[: -len(DRAFT_SUFFIX)], None
    try:
        data = parse(decode(read_bytes(path, str(path)), str(path)), str(path)).data
    except PackError:
        data = None
    if isinstance(data, dict):
        if isinstance(data.get("title"), str) and data["title"].strip():
            title = data["title"]
        if isinstance(data.get("id"), str):
            pack_id = data["id"]
    return DraftEntry(path, title, pack_id)


def load_library(folders: list[tuple[Path, bool]] | None = None) -> Library:
    """Load every pack of the given (folder, shipped) pairs; by default shipped then user packs."""
    if folders is None:
        folders = [(paths.shipped_packs_dir(), True), (paths.user_packs_dir(), False)]
    library = Library()
    where_loaded: dict[str, Path] = {}
    for folder, shipped in folders:
        if not folder.is_dir():
            continue
        found = find_pack_files(folder)
        library.problems.extend(found.problems)
        for file in found.files:
            if is_draft(file):
                if not shipped:
                    library.drafts.append(read_draft(file))
                continue
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
