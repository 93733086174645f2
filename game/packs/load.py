"""Loading pack files: safe YAML, limits, and every problem reported with its location."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.packs.model import Pack
from game.packs.problems import PackError, Problem
from game.packs.safeyaml import DEFAULT_LIMITS, Limits, decode, parse, read_bytes
from game.packs.validate import check_pack_data

PACK_SUFFIXES = (".yaml", ".yml")


@dataclass
class LoadResult:
    pack: Pack | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.pack is not None


def load_pack_text(text: str, name: str = "<pack>", base_dir: Path | None = None,
                   limits: Limits = DEFAULT_LIMITS) -> Pack:
    """A Pack from YAML text; raises PackError listing every problem."""
    document = parse(text, name, limits)
    pack, found = check_pack_data(document.data, base_dir)
    problems = document.problems_with(found)
    if problems or pack is None:
        problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise PackError(problems)
    return pack


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
    """The pack files at `path`: the file itself, or every YAML file under a folder, sorted."""
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix.lower() in PACK_SUFFIXES and p.is_file()
                      and not any(part.startswith(".") for part in p.relative_to(path).parts))
    return [path]
