"""Putting imported packs and exported files on disk, whole or not at all.

A crash or a full disk must never leave half a file where the user asked for one: every
file is written to a temporary name beside its target and renamed over it. A file that is
replaced keeps its previous version beside it as `NAME~`, so nothing the user had is lost.
"""

from __future__ import annotations

from pathlib import Path

from game.atomic import write_atomic
from game.packs.dump import write_pack
from game.packs.formats.common import ImportResult


def write_bytes_atomically(path: Path, data: bytes, backup: bool = True) -> None:
    write_atomic(Path(path), data, backup=backup)


def write_import(result: ImportResult, target: Path) -> list[Path]:
    """Save the pictures an import brought along under the pack's folder, then the pack.

    A picture whose name is taken by a different file already there gets a new name (and the
    question follows it), so an earlier pack's pictures are never overwritten. Returns the
    files written, the pack last.
    """
    target = Path(target)
    folder = target.parent
    renamed: dict[str, str] = {}
    written: list[Path] = []
    for relative, data in result.files.items():
        final = relative
        number = 2
        while (folder / final).exists() and (folder / final).read_bytes() != data:
            stem, dot, extension = relative.rpartition(".")
            final = f"{stem}-{number}.{extension}" if dot else f"{relative}-{number}"
            number += 1
        renamed[relative] = final
        if not (folder / final).exists():
            write_bytes_atomically(folder / final, data, backup=False)
            written.append(folder / final)
    for question in result.pack.questions:
        if question.image is not None and question.image.file in renamed:
            question.image.file = renamed[question.image.file]
    write_pack(result.pack, target, backup=True)
    written.append(target)
    return written
