"""The layers of the game, as a table: which package may import which, and who never sees pygame.

Dependency direction (DESIGN.md): ui -> quiz -> packs, net -> quiz, cli -> everything,
generate -> packs, store -> packs only, wiring (the recorder) -> quiz and store. Every import
counts, including those inside functions and under TYPE_CHECKING: a lazy import is still a
dependency a reader has to know about. No exception is listed: the table holds for every module.
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
# at the top of the package: the version, per-user paths, atomic file writes, located problems,
# reading a file as text, safe YAML.
ALLOWED: dict[str, frozenset[str]] = {
    # The base's messages (a file that cannot be read, a YAML error) are translated too.
    "base": frozenset({"i18n"}),
    # The game's words in the player's language (gettext catalogs, numbers and dates): under
    # every layer that shows text, the base included, and importing none of them.
    "i18n": frozenset(),
    "packs": frozenset({"base"}),
    "generate": frozenset({"packs", "base"}),
    "quiz": frozenset({"packs", "base"}),
    "store": frozenset({"packs", "base"}),
    # Where the quiz meets the store: the recorder that turns a session's events into rows.
    "wiring": frozenset({"quiz", "store", "packs", "base"}),
    # The editor model reads the documents a generated pack cites, with the generator's reader.
    "editor": frozenset({"packs", "generate", "base"}),
    "net": frozenset({"quiz", "packs", "base"}),
    # The window plays the quiz, records it in the store, edits packs, generates from a dropped
    # document, and starts the phones' server.
    "ui": frozenset({"quiz", "packs", "store", "wiring", "editor", "generate", "net", "base"}),
    "commands": frozenset({"ui", "quiz", "packs", "store", "wiring", "editor", "generate", "net", "base", "cli"}),
    "cli": frozenset({"commands", "ui", "quiz", "packs", "store", "wiring", "editor", "generate", "net", "base"}),
}

# The window's rooms, lowest first, and what each may import of the window and of the game.
# `core` is the app's own base (scene, hand-overs, services, clock) that every screen builds
# on; `app` is the top: the loop, the flow table, launching and autoplay, which know every screen.
UI_ROOMS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "input": (frozenset(), frozenset({"base"})),
    "kit": (frozenset({"input"}), frozenset({"base"})),
    "look": (frozenset({"kit", "input"}), frozenset({"base"})),
    # The hand-overs name what they carry: a quiz session, its recorder, an edit session; the
    # services hold the phones' link while a game with phones runs.
    "core": (frozenset({"kit", "input", "look"}),
             frozenset({"quiz", "packs", "store", "wiring", "editor", "net", "base"})),
    # The teacher's desk acts on the quiz session for the play screens.
    "classroom": (frozenset({"kit", "input", "look", "core"}), frozenset({"quiz", "base"})),
    # Phones as answer pads: the lobby, the join code drawn, the link started and followed.
    "phones": (frozenset({"kit", "input", "look", "core", "classroom"}), frozenset({"quiz", "net", "base"})),
    "scenes": (frozenset({"kit", "input", "look", "core", "classroom", "phones"}),
               frozenset({"quiz", "packs", "store", "wiring", "base"})),
    "editor": (frozenset({"kit", "input", "look", "core"}), frozenset({"editor", "packs", "generate", "base"})),
    "app": (frozenset({"kit", "input", "look", "core", "classroom", "phones", "scenes", "editor"}),
            frozenset({"quiz", "packs", "store", "wiring", "editor", "generate", "net", "base"})),
}
# Every layer and room may translate its words.
ALLOWED = {layer: allowed | {"i18n"} if layer not in ("base", "i18n") else allowed for layer, allowed in ALLOWED.items()}
UI_ROOMS = {room: (inside, outside | {"i18n"}) for room, (inside, outside) in UI_ROOMS.items()}
UI_CORE = {"scene", "handover", "services", "clock"}
UI_APP = {"app", "flow", "launch", "autoplay", "crash", "measure", ""}

NO_PYGAME = ("packs", "generate", "quiz", "store", "wiring", "editor", "net")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(GAME.rglob("*.py"))}


MODULES = all_modules()
PACKAGES = {module for module, path in MODULES.items() if path.name == "__init__.py"}


def lazy_exports_of(tree: ast.AST) -> dict[str, str]:
    """{name: module} of a package's `lazy_exports(__name__, {module: (names...)})`, if it has one."""
    exports: dict[str, str] = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "lazy_exports"
                and len(node.args) == 2 and isinstance(node.args[1], ast.Dict)):
            for key, names in zip(node.args[1].keys, node.args[1].values):
                if isinstance(key, ast.Constant) and isinstance(names, (ast.Tuple, ast.List)):
                    exports.update({n.value: key.value for n in names.elts if isinstance(n, ast.Constant)})
    return exports


TREES = {module: ast.parse(path.read_text(encoding="utf-8")) for module, path in MODULES.items()}
LAZY_EXPORTS = {module: lazy_exports_of(tree) for module, tree in TREES.items() if module in PACKAGES}


def imports_of(path: Path) -> set[str]:
    """Every module `path` imports, wherever the import statement sits.

    `from game.quiz import Session` imports the package and, through its lazy exports, the module
    that defines `Session`; `from game import paths` imports the module `game.paths` (the package
    above a module is imported before any module in it, so it is not counted as a dependency of its
    own). A package's lazy exports are imports too, made when a name is first used."""
    found: set[str] = set()
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = TREES.get(name) or ast.parse(path.read_text(encoding="utf-8"))
    found.update(lazy_exports_of(tree).values())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            submodules = {f"{module}.{alias.name}" for alias in node.names if f"{module}.{alias.name}" in MODULES}
            names = [alias.name for alias in node.names if f"{module}.{alias.name}" not in MODULES]
            found.update(submodules)
            if names or not submodules:
                found.add(module)
                exports = LAZY_EXPORTS.get(module, {})
                found.update(exports[n] for n in names if n in exports)
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
        if own == theirs or theirs in ALLOWED[own]:
            continue
        wrong.append(f"{module} ({own}) imports {imported} ({theirs})")
    assert wrong == []


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


def test_the_settings_read_their_file_with_the_base_layer_not_the_pack_reader():
    """settings.yaml is read with the located problems, text reading and safe YAML of the base
    layer; nothing of `game.packs` (its errors, limits or reader) is borrowed."""
    borrowed = sorted(i for i in imports_of(MODULES["game.store.settings"])
                      if i == "game.packs" or i.startswith("game.packs."))
    assert borrowed == []
    assert {"game.located", "game.safeyaml", "game.textfile"} <= imports_of(MODULES["game.store.settings"])


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


def import_cycles() -> list[list[str]]:
    """Every group of game modules that import one another in a circle (directly or through
    others), found as the strongly connected components of the import graph."""
    graph = {module: sorted(i for i in imports_of(path) if i in MODULES and i != module)
             for module, path in MODULES.items()}
    order: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for root in graph:
        if root in order:
            continue
        # An iterative Tarjan walk: (module, index of the next neighbour to visit).
        work = [(root, 0)]
        order[root] = lowest[root] = len(order)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, next_index = work[-1]
            if next_index < len(graph[module]):
                work[-1] = (module, next_index + 1)
                neighbour = graph[module][next_index]
                if neighbour not in order:
                    order[neighbour] = lowest[neighbour] = len(order)
                    stack.append(neighbour)
                    on_stack.add(neighbour)
                    work.append((neighbour, 0))
                elif neighbour in on_stack:
                    lowest[module] = min(lowest[module], order[neighbour])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                lowest[parent] = min(lowest[parent], lowest[module])
            if lowest[module] == order[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))
    return sorted(cycles)


def test_no_modules_of_the_game_import_each_other_in_a_circle():
    """A circle, even through an import inside a function or under TYPE_CHECKING, means two
    modules can only be understood together; the part both need belongs in a module below them."""
    assert import_cycles() == []


def test_the_circle_finder_sees_a_circle_through_a_lazy_import(tmp_path, monkeypatch):
    (tmp_path / "game" / "demo").mkdir(parents=True)
    modules = {"game.demo.one": tmp_path / "game" / "demo" / "one.py",
               "game.demo.two": tmp_path / "game" / "demo" / "two.py",
               "game.demo.three": tmp_path / "game" / "demo" / "three.py"}
    modules["game.demo.one"].write_text("from game.demo.two import thing\n", encoding="utf-8")
    modules["game.demo.two"].write_text("def later():\n    from game.demo import three\n", encoding="utf-8")
    modules["game.demo.three"].write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from game.demo.one import Thing\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "MODULES", modules)
    monkeypatch.setattr(sys.modules[__name__], "TREES", {})
    assert import_cycles() == [["game.demo.one", "game.demo.three", "game.demo.two"]]
