"""An unchanged settings file is taken from a snapshot of what it said, so the title needs no
YAML; the snapshot is only data, checked like the file, and any change or damage means the file
is read anew."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT
from game import paths
from game.store.settings import SNAPSHOT_NAME, Settings, load_settings, save_settings

PROBE = """
import json, sys
from game.store.settings import load_settings
loaded = load_settings()
print(json.dumps({"yaml": "yaml" in sys.modules, "volume": loaded.settings.volume,
                  "problems": [str(p) for p in loaded.problems]}))
"""


def fresh_load() -> dict:
    """Settings loaded in a fresh interpreter, and whether it needed YAML for them."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def snapshot():
    return paths.user_cache_dir() / SNAPSHOT_NAME


def test_an_unchanged_settings_file_is_read_without_yaml():
    save_settings(Settings(volume=0.3))
    first = fresh_load()
    assert first["yaml"] and first["volume"] == 0.3          # read as YAML, then remembered
    again = fresh_load()
    assert not again["yaml"] and again["volume"] == 0.3


def test_no_settings_file_needs_no_yaml_either():
    assert fresh_load() == {"yaml": False, "volume": Settings().volume, "problems": []}


def test_a_changed_file_is_read_again():
    save_settings(Settings(volume=0.3))
    load_settings()
    save_settings(Settings(volume=0.7, font_scale=1.5))
    loaded = load_settings()
    assert loaded.settings.volume == 0.7 and loaded.settings.font_scale == 1.5


def test_a_file_with_problems_is_never_remembered_so_they_are_reported_every_time():
    paths.settings_path().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_path().write_text("volume: loud\nmute: true\n", encoding="utf-8")
    for _ in range(2):
        loaded = load_settings()
        assert loaded.settings.mute and loaded.settings.volume == Settings().volume
        assert "volume" in str(loaded.problems[0])
    assert not snapshot().exists()


def test_a_damaged_or_altered_snapshot_is_not_trusted():
    save_settings(Settings(volume=0.3, window_size=(1600, 900)))
    load_settings()
    kept = json.loads(snapshot().read_text(encoding="utf-8"))
    kept["settings"]["volume"] = 7.5                          # out of range: the file is read instead
    snapshot().write_text(json.dumps(kept), encoding="utf-8")
    assert load_settings().settings.volume == 0.3
    snapshot().write_text("{not json", encoding="utf-8")
    assert load_settings().settings == Settings(volume=0.3, window_size=(1600, 900))
    kept["settings"]["volume"] = 0.9                          # in range, but for another file
    kept["path"] = str(paths.settings_path()) + ".other"
    snapshot().write_text(json.dumps(kept), encoding="utf-8")
    assert load_settings().settings.volume == 0.3
