"""The quick commands load only what they use: `relayquiz --help`, `packs` and `validate` start
without the generator, the other tools' formats, the records, the quiz rules or the window.
(What they cost in CPU time is measured by bench/bench_cli.py, not asserted here.)"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

# Runs the command line as the `relayquiz` script does, then prints every module imported.
PROBE = """
import json, sys
from game.cli import main
status = main(sys.argv[1:])
sys.stdout = sys.__stdout__
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""

NOT_FOR_QUICK_COMMANDS = (
    "game.generate", "game.packs.formats",
    "openpyxl", "defusedxml", "xml", "urllib.request", "http", "email", "ssl", "sqlite3", "game.store.store",
    "game.store.reports", "game.quiz", "game.wiring", "game.editor", "game.net", "aiohttp", "pygame", "game.ui",
)


def modules_loaded_by(*argv: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["status"] == 0, done.stderr
    return report["modules"]


def heavy(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if any(m == name or m.startswith(name + ".") for name in NOT_FOR_QUICK_COMMANDS))


@pytest.mark.parametrize("argv", [
    ("packs",),
    ("validate", "questions/sochi-torch-spacewalk.yaml"),
    ("schema", "--path"),
], ids=lambda argv: argv[0])
def test_a_quick_command_loads_only_what_it_uses(argv):
    modules = modules_loaded_by(*argv)
    assert "game.commands.generate" in modules      # every command is named, and imported cheaply
    assert heavy(modules) == []


def test_packs_from_a_warm_cache_load_no_yaml_reader_and_no_validator():
    """When every pack, draft and broken pack comes from the pack cache, listing them reads no
    YAML: the YAML library, the safe reader and the validator stay unloaded."""
    packs = Path(os.environ["RELAYQUIZ_HOME"]) / "packs"
    packs.mkdir(parents=True)
    shipped = (ROOT / "questions" / "sochi-torch-spacewalk.yaml").read_text(encoding="utf-8")
    (packs / "mine.yaml").write_text(shipped.replace("id: sochi-torch-spacewalk", "id: my-own-copy"),
                                     encoding="utf-8")
    (packs / "broken.yaml").write_text("relayquiz: 1\nid: broken\ntitle: [unclosed\n", encoding="utf-8")
    (packs / "wip.draft.yaml").write_text("relayquiz: 1\nid: wip\ntitle: Half done\n", encoding="utf-8")
    reading = ("yaml", "game.safeyaml", "game.packs.validate")

    cold = modules_loaded_by("packs")               # every file read, the cache filled
    assert set(reading) <= set(cold)
    warm = modules_loaded_by("packs")
    assert sorted(m for m in warm if m.split(".")[0] in ("yaml", "_yaml") or m in reading) == []
    assert heavy(warm) == []


def test_the_help_loads_no_command_s_work():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    code = ("import json, sys\nfrom game.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "sys.stdout = sys.__stdout__\nprint(json.dumps(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "usage: relayquiz" in done.stdout
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert heavy(modules) == []
    assert not {"yaml", "game.packs.load", "game.packs.library"} & set(modules)


def test_the_command_line_names_each_command_module_it_uses():
    """cli.py imports every module of game/commands/ that registers a command, by name."""
    tree = ast.parse((ROOT / "game" / "cli.py").read_text(encoding="utf-8"))
    named = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module == "game.commands"
             for alias in node.names}
    registering = {path.stem for path in (ROOT / "game" / "commands").glob("*.py")
                   if "def register(" in path.read_text(encoding="utf-8")}
    assert registering and named == registering


def test_the_format_names_offered_on_the_command_line_are_the_formats_there_are():
    from game.packs.formatnames import EXPORT_FORMATS, IMPORT_FORMATS
    from game.packs.formats import EXPORTERS, IMPORTERS

    assert IMPORT_FORMATS == tuple(IMPORTERS)
    assert EXPORT_FORMATS == tuple(EXPORTERS)
