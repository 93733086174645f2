"""All the packs a player can choose from: the shipped ones and the user's own.

A broken pack is reported and skipped; the others load. When two packs share an id, the
first one found wins (shipped packs come first) and the later one is reported. A draft (a pack
saved with problems still in it, `NAME.draft.yaml`) is listed as a draft and never played.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from game import paths
from game.i18n import _
from game.packs.cache import PackCache
from game.packs.gcpause import paused_gc
from game.packs.finding import find_pack_files
from game.packs.load import try_load_pack
from game.packs.model import Pack
from game.packs.problems import PackError, Problem
from game.textfile import decode, read_bytes

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


def _draft_fields(raw: bytes, name: str) -> dict:
    """The id and title written in a draft, as far as they can be read (None where not)."""
    from game.safeyaml import parse  # only when the draft is read, not when its cache entry serves

    fields: dict = {"id": None, "title": None}
    try:
        data = parse(decode(raw, name), name).data
    except PackError:
        return fields
    if isinstance(data, dict):
        if isinstance(data.get("title"), str) and data["title"].strip():
            fields["title"] = data["title"]
        if isinstance(data.get("id"), str):
            fields["id"] = data["id"]
    return fields


def read_draft(path: Path, cache: PackCache | None = None, group: Path | None = None) -> DraftEntry:
    """A draft's id and title as far as they can be read; its problems are for the editor to show."""
    name = str(path)
    if cache is not None:
        fields = cache.draft_fields(path, group, lambda raw: _draft_fields(raw, name))
    else:
        try:
            fields = _draft_fields(read_bytes(path, name), name)
        except PackError:
            fields = {"id": None, "title": None}
    return DraftEntry(path, fields["title"] or path.name[: -len(DRAFT_SUFFIX)], fields["id"])


# `load_library(cache=DEFAULT_CACHE)`: the cache in the user cache folder.
DEFAULT_CACHE = object()
# Told how many pack files are read so far, of how many.
Progress = Callable[[int, int], None]


def load_library(folders: list[tuple[Path, bool]] | None = None, *, cache: Any = DEFAULT_CACHE,
                 progress: Progress | None = None) -> Library:
    """Load every pack of the given (folder, shipped) pairs; by default shipped then user packs.

    Unchanged files come from the pack cache (`cache=None` reads every file afresh); the
    result is the same either way. `progress(done, total)` is told after each file.
    """
    if folders is None:
        folders = [(paths.shipped_packs_dir(), True), (paths.user_packs_dir(), False)]
    if cache is DEFAULT_CACHE:
        cache = PackCache.default()
    searched = [(folder, shipped, find_pack_files(folder)) for folder, shipped in folders if folder.is_dir()]
    found = [(folder, shipped, search.files) for folder, shipped, search in searched]
    total = sum(len(files) for _folder, _shipped, files in found)
    done = 0
    library = Library()
    for _folder, _shipped, search in searched:
        library.problems.extend(search.problems)     # links that loop, devices, pipes
    where_loaded: dict[str, Path] = {}
    with paused_gc():
        for folder, shipped, files in found:
            for file in files:
                done += 1
                _load_one(library, where_loaded, file, shipped, cache, folder)
                if progress is not None:
                    progress(done, total)
            if cache is not None:
                cache.forget_others(folder, files)
    return library


def _load_one(library: Library, where_loaded: dict[str, Path], file: Path, shipped: bool,
              cache: PackCache | None, folder: Path) -> None:
    if is_draft(file):
        if not shipped:
            library.drafts.append(read_draft(file, cache, folder))
        return
    result = cache.load_pack(file, folder) if cache is not None else try_load_pack(file)
    if result.pack is None:
        library.problems.extend(result.problems)
        return
    pack = result.pack
    if pack.id in where_loaded:
        line, column = _top_level_key_position(file, "id")
        library.problems.append(Problem(
            str(file), _("pack id '{id}' is already used by {other}; this pack was not loaded (give it another "
                         "id)").format(id=pack.id, other=where_loaded[pack.id]), line, column, warning=True,
        ))
        return
    where_loaded[pack.id] = file
    library.entries.append(PackEntry(pack, shipped))
