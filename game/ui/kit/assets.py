"""The one way the window finds files it draws from: fonts and images under `assets/`.

Everything goes through `asset_path`, so a missing or misplaced file fails with a message
that says where the game looked and what to do, from a checkout and from an installed wheel.
"""

from __future__ import annotations

from pathlib import Path

from game import paths


class AssetMissing(FileNotFoundError):
    """A file the window needs is not where the game looked for it."""


def asset_path(kind: str, name: str) -> Path:
    """The path of `assets/<kind>/<name>`, or an AssetMissing error saying what was near."""
    folder = paths.assets_dir() / kind
    path = folder / name
    if path.is_file():
        return path
    if not folder.is_dir():
        raise AssetMissing(
            f"no {kind} folder at {folder}; the game's assets are missing. "
            "Reinstall the game (pip install .) or run it from a full checkout."
        )
    stem = Path(name).stem.lower()
    near = sorted(p.name for p in folder.iterdir() if stem[:4] in p.name.lower())
    hint = f" Files there with a similar name: {', '.join(near)}." if near else ""
    raise AssetMissing(f"no {kind} file named {name!r} in {folder}.{hint}")
