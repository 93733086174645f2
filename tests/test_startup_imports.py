"""The title comes first: what `relayquiz` imports before its first frame is only what the
title needs. The generator, the import and export formats, spreadsheets, XML, the phones'
server, the scores' reports, the other screens and the pack library come later, when used."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

# Runs the game as `relayquiz` does and, at its first frame, prints every module imported.
PROBE = """
import json, os, sys
import pygame
flip = pygame.display.flip
def first_flip(*args):
    flip(*args)
    sys.stdout.write(json.dumps(sorted(sys.modules)) + "\\n")
    sys.stdout.flush()
    os._exit(0)
pygame.display.flip = first_flip
from game.cli import main
main([])
sys.exit("no frame was drawn")
"""

LATER = (
    "game.generate", "game.packs.formats", "openpyxl", "defusedxml", "xml.dom", "aiohttp", "segno", "game.net",
    "game.store.reports", "game.store.report_html", "game.wiring", "sqlite3", "game.editor",
    "game.ui.editor", "game.quiz.session", "game.packs.library", "game.packs.cache", "game.packs.validate",
    "game.ui.scenes.question", "game.ui.scenes.setup", "game.ui.scenes.packs",
    "yaml", "game.packs.model", "game.quiz.checking",
)


def modules_at_first_frame(home) -> list[str]:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", RELAYQUIZ_HOME=str(home),
               PYGAME_HIDE_SUPPORT_PROMPT="1", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_only_what_the_title_needs_is_imported_before_the_first_frame(relayquiz_home):
    (relayquiz_home / "packs").mkdir()
    (relayquiz_home / "packs" / "mine.yaml").write_text("relayquiz: 1\n", encoding="utf-8")
    modules = modules_at_first_frame(relayquiz_home)
    assert "game.ui.scenes.title" in modules                   # the probe did reach the title
    early = sorted(m for m in modules if any(m == later or m.startswith(later + ".") for later in LATER))
    assert early == []


def test_a_settings_file_read_before_needs_no_yaml_before_the_first_frame(relayquiz_home):
    (relayquiz_home / "settings.yaml").write_text("volume: 0.5\nfont_scale: 1.2\n", encoding="utf-8")
    modules_at_first_frame(relayquiz_home)                   # the first start reads it as YAML
    modules = modules_at_first_frame(relayquiz_home)
    early = sorted(m for m in modules if any(m == later or m.startswith(later + ".") for later in LATER))
    assert early == []


def test_every_package_export_still_resolves():
    """The package exports are imported when first used; each one must still be there."""
    import importlib

    for name in ("game.packs", "game.quiz", "game.store", "game.wiring"):
        package = importlib.import_module(name)
        for export in package.__all__:
            assert getattr(package, export) is not None, (name, export)
            assert export in dir(package)
