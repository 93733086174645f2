"""Loading pack files: safe YAML, limits, and every problem reported with its location."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.packs.finding import PACK_SUFFIXES, find_pack_files  # noqa: F401  (still importable from here)
from game.packs.gcpause import paused_gc
from game.packs.model import Pack
from game.packs.problems import PackError, Problem
from game.textfile import DEFAULT_LIMITS, Limits, decode, read_bytes


@dataclass
class LoadResult:
    pack: Pack | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.pack is not None


@dataclass
class PackReading:
    """All one reading of a pack's text found: the pack (None when it has problems), every
    problem, and the plain data the YAML held (None when the YAML itself could not be read)."""

    pack: Pack | None
    problems: list[Problem] = field(default_factory=list)
    data: Any = None


def read_pack_text(text: str, name: str = "<pack>", base_dir: Path | None = None,
                   limits: Limits = DEFAULT_LIMITS) -> PackReading:
    """Parse and check YAML text, problems as values (the collector waits meanwhile)."""
    # The YAML reader and the validator are imported when a text is read, not with this module:
    # a library whose packs all come from the pack cache never needs them.
    from game.packs.validate import check_pack_data
    from game.safeyaml import parse

    with paused_gc():
        try:
            document = parse(text, name, limits)
        except PackError as error:
            return PackReading(None, error.problems)
        pack, found = check_pack_data(document.data, base_dir)
        problems = document.problems_with(found)
    if problems or pack is None:
        problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        return PackReading(None, problems, document.data)
    return PackReading(pack, [], document.data)


def load_pack_text(text: str, name: str = "<pack>", base_dir: Path | None = None,
                   limits: Limits = DEFAULT_LIMITS) -> Pack:
    """A Pack from YAML text; raises PackError listing every problem."""
    reading = read_pack_text(text, name, base_dir, limits)
    if reading.pack is None:
        raise PackError(reading.problems)
    return reading.pack


def load_pack(path: str | Path, limits: Limits = DEFAULT_LIMITS, display_name: str | None = None) -> Pack:
    """A Pack from a file; raises PackError listing every problem, each as file:line:column."""
    path = Path(path)
    name = display_name or str(path)
    text = decode(read_bytes(path, name, limits), name)
    pack = load_pack_text(text, name, path.parent, limits)
    pack.path = path
    return pack


def try_load_pack(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    try:
        return LoadResult(load_pack(path, limits))
    except PackError as exc:
        return LoadResult(None, exc.problems)


def pack_files(path: str | Path) -> list[Path]:
    """The pack files at `path`: the file itself, or every YAML file under a folder, sorted
    (`find_pack_files` also says which entries were passed over, and why)."""
    return find_pack_files(path).files
