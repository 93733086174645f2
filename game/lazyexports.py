"""Package exports imported when first used, so that importing one module of a package does
not import all of it (the title screen needs the settings, not the quiz rules or the scores).

In a package's `__init__.py`:

    __getattr__, __dir__ = lazy_exports(__name__, {"game.packs.load": ("load_pack", ...), ...})

`from game.packs import load_pack` then works as before, importing `game.packs.load` only
at that moment (PEP 562).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, Callable


def lazy_exports(package: str, exports: dict[str, tuple[str, ...]]) -> tuple[Callable[[str], Any],
                                                                             Callable[[], list[str]]]:
    """The module `__getattr__` and `__dir__` of `package`, for {module: (names it exports)}."""
    where = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(where))

    return __getattr__, __dir__
