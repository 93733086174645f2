"""The layers of the game, as a table: which package may import which, and who never sees pygame.

Dependency direction (DESIGN.md): ui -> quiz -> packs, net -> quiz, cli -> everything,
generate -> packs, store -> packs only. Every import counts, including those inside functions
and under TYPE_CHECKING: a lazy import is still a dependency a reader has to know about.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

GAME = ROOT / "game"

# Each layer and the layers it may import (besides itself). `base` is the few shared modules
# at the top of the package: the version, per-user paths, atomic file writes.
ALLOWED: dict[str, frozenset[str]] = {
    "base": frozenset(),
    "packs": frozenset({"base"}),
    "generate": frozenset({"packs", "base"}),
    "quiz": frozenset({"packs", "base"}),
    "store": frozenset({"packs", "base"}),
    # The editor model reads the documents a generated pack cites, with the generator's reader.
    "editor": frozenset({"packs", "generate", "base"}),
    "net": frozenset({"quiz", "packs", "base"}),
    # The window plays the quiz, records it in the store, edits packs, generates from a dropped
    # document, and starts the phones' server.
    "ui": frozenset({"quiz", "packs", "store", "editor", "generate", "net", "base"}),
    "commands": frozenset({"ui", "quiz", "packs", "store", "editor", "generate", "net", "base", "cli"}),
    "cli": frozenset({"commands", "ui", "quiz", "packs", "store", "editor", "generate", "net", "base"}),
}

# The window's rooms, lowest first, and what each may import of the window and of the game.
# `core` is the app's own base (scene, hand-overs, services, clock) that every screen builds
# on; `app` is the top: the loop, the flow table, launching and autoplay, which know every screen.
UI_ROOMS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "input": (frozenset(), frozenset({"base"})),
    "kit": (frozenset({"input"}), frozenset({"base"})),
    "look": (frozenset({"kit", "input"}), frozenset({"base"})),
    # The hand-overs name what they carry: a quiz session, its recorder, an edit session.
    "core": (frozenset({"kit", "input", "look"}), frozenset({"quiz", "packs", "store", "editor", "base"})),
    # The teacher's desk acts on the quiz session for the play screens.
    "classroom": (frozenset({"kit", "input", "look", "core"}), frozenset({"quiz", "base"})),
    "scenes": (frozenset({"kit", "input", "look", "core", "classroom"}),
               frozenset({"quiz", "packs", "store", "base"})),
    "editor": (frozenset({"kit", "input", "look", "core"}), frozenset({"editor", "packs", "generate", "base"})),
    "app": (frozenset({"kit", "input", "look", "core", "classroom", "scenes", "editor"}),
            frozenset({"quiz", "packs", "store", "editor", "generate", "net", "base"})),
}
UI_CORE = {"scene", "handover", "services", "clock"}
UI_APP = {"app", "flow", "launch", "autoplay", "crash", "measure", ""}

# Imports that break the table today, each to be removed when the store stops depending on the
# quiz: the recorder that turns quiz events into rows belongs with the wiring above both, and
# the "did you mean" distance belongs in a small neutral helper. (The settings also borrow the
# pack module's time limits and error type; the table allows store -> packs, so that is not
# listed, but it goes the same way.)
KNOWN_EXCEPTIONS: frozenset[tuple[str, str]] = frozenset({
    ("game.store.recorder", "game.quiz.events"),
    ("game.store.recorder", "game.quiz.questions"),
    ("game.store.recorder", "game.quiz.session"),
    ("game.store.settings", "game.quiz.checking"),
})

NO_PYGAME = ("packs", "generate", "quiz", "store", "editor", "net")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(GAME.rglob("*.py"))}


MODULES = all_modules()


def imports_of(path: Path) -> set[str]:
    """Every module `path` imports, wherever the import statement sits."""
    found: set[str] = set()
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            # `from game import paths` imports the module game.paths.
            found.update(f"{module}.{alias.name}" for alias in node.names if f"{module}.{alias.name}" in MODULES)
    return found


def layer_of(module: str) -> str:
    parts = module.split(".")
    if module in ("game.cli", "game.__main__"):
        return "cli"
    if len(parts) >= 2 and parts[1] in ALLOWED:
        return parts[1]
    return "base"


def room_of(module: str) -> str:
    """The window's room of a game.ui module."""
    rest = module.split(".")[2:]
    first = rest[0] if rest else ""
    if first in UI_CORE:
        return "core"
    if first in UI_APP:
        return "app"
    return first


def game_imports() -> list[tuple[str, str]]:
    return [(module, imported) for module, path in MODULES.items()
            for imported in sorted(imports_of(path))
            if imported == "game" or imported.startswith("game.")]


def test_every_module_of_the_game_has_a_layer_in_the_table():
    packages = {path.relative_to(GAME).parts[0] for path in GAME.rglob("*.py") if len(path.relative_to(GAME).parts) > 1}
    assert packages <= set(ALLOWED) - {"base", "cli"}, "a new package needs its row in ALLOWED"
    rooms = {room_of(m) for m in MODULES if m.startswith("game.ui")}
    assert rooms <= set(UI_ROOMS), "a new room of the window needs its row in UI_ROOMS"


def test_no_module_imports_from_a_layer_above_it():
    wrong = []
    for module, imported in game_imports():
        if imported not in MODULES and imported.rpartition(".")[0] not in MODULES:
            continue
        own, theirs = layer_of(module), layer_of(imported)
        if own == theirs or theirs in ALLOWED[own] or (module, imported) in KNOWN_EXCEPTIONS:
            continue
        wrong.append(f"{module} ({own}) imports {imported} ({theirs})")
    assert wrong == []


def test_the_known_exceptions_are_still_needed():
    """An exception that no longer occurs is taken out of the list, so the table only tightens."""
    occurring = set(game_imports())
    assert sorted(KNOWN_EXCEPTIONS - occurring) == []


def test_the_window_rooms_import_only_rooms_below_them():
    wrong = []
    for module, imported in game_imports():
        if not module.startswith("game.ui"):
            continue
        room = room_of(module)
        ui_rooms, game_layers = UI_ROOMS[room]
        if imported.startswith("game.ui"):
            theirs = room_of(imported)
            if theirs != room and theirs not in ui_rooms and imported != "game.ui":
                wrong.append(f"{module} ({room}) imports {imported} ({theirs})")
        elif layer_of(imported) not in game_layers:
            wrong.append(f"{module} ({room}) imports {imported} ({layer_of(imported)})")
    assert wrong == []


@pytest.mark.parametrize("layer", NO_PYGAME)
def test_layers_below_the_window_never_name_pygame(layer):
    named = [module for module, path in MODULES.items() if layer_of(module) == layer
             and any(i == "pygame" or i.startswith("pygame.") for i in imports_of(path))]
    assert named == []


def test_importing_every_module_below_the_window_loads_no_pygame():
    below = [m for m in MODULES if layer_of(m) in NO_PYGAME and not m.endswith("__main__")]
    code = (f"import importlib, sys\nfor name in {below!r}:\n    importlib.import_module(name)\n"
            "print('pygame' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
