"""Building the wheel compiles each language's `.po` catalogs into the `.mo` files the game
reads (with Babel, which only the build needs). A source checkout reads the `.po` files."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        locale = Path(self.root) / "game" / "locale"
        self._folder = Path(tempfile.mkdtemp(prefix="relayquiz-catalogs-"))
        for source in sorted(locale.glob("*/LC_MESSAGES/*.po")):
            with source.open("rb") as handle:
                catalog = read_po(handle, locale=source.parent.parent.name)
            relative = source.relative_to(locale).with_suffix(".mo")
            target = self._folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as handle:
                write_mo(handle, catalog, use_fuzzy=False)
            build_data["force_include"][str(target)] = f"game/locale/{relative.as_posix()}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
