"""Where the game finds its shipped files and keeps the user's own.

Shipped files (packs, assets, seed documents) sit inside the installed package under
`_shipped/`; in a source checkout they are the top-level folders of the repository.
User files live in the platformdirs folders, or all together in `$RELAYQUIZ_HOME`.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "relayquiz"
HOME_VARIABLE = "RELAYQUIZ_HOME"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    installed = _PACKAGE_DIR / "_shipped" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def shipped_packs_dir() -> Path:
    """The folder of packs that come with the game."""
    return _shipped("questions")


def assets_dir() -> Path:
    """The folder of fonts, images and other drawn-from-file assets."""
    return _shipped("assets")


def seeds_dir() -> Path:
    """The source documents the shipped generated packs were made from."""
    return _shipped("seeds")


def _home() -> Path | None:
    value = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(value).expanduser() if value else None


def user_data_dir() -> Path:
    """Scores database and the user's packs; `$RELAYQUIZ_HOME` when set."""
    home = _home()
    return home if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    """Where `settings.yaml` lives; `$RELAYQUIZ_HOME` when set."""
    home = _home()
    return home if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Things the game can make again from the user's files (read packs); safe to delete.
    `$RELAYQUIZ_HOME/cache` when set."""
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_packs_dir() -> Path:
    return user_data_dir() / "packs"


def scores_db_path() -> Path:
    return user_data_dir() / "scores.sqlite3"


def settings_path() -> Path:
    return user_config_dir() / "settings.yaml"


def user_documents_dir() -> Path:
    """Where exported reports go; inside `$RELAYQUIZ_HOME` when set, so tests stay contained."""
    home = _home()
    if home:
        return home / "reports"
    return Path(platformdirs.user_documents_dir()) / "Torch Relay Quiz"
