"""Shared test set-up: no display, no sound device, and a private home for user data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Set before anything imports pygame, so no test ever needs a screen or a sound card.
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# The game's words are English in tests whatever the machine's locale; tests of other
# languages choose theirs (and are put back to English after each test).
os.environ["RELAYQUIZ_LANG"] = "en"

ROOT = Path(__file__).resolve().parent.parent
# The shared fixtures (real files from other tools, SQuAD articles, the pack checker) sit
# beside the project; RELAYQUIZ_SHARED points elsewhere when they live somewhere else.
SHARED = Path(os.environ.get("RELAYQUIZ_SHARED") or ROOT.parent / "shared")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def relayquiz_home(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own empty RELAYQUIZ_HOME, so nothing touches the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RELAYQUIZ_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def english_words():
    """Each test starts and ends with the game speaking English."""
    from game import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def shared_dir() -> Path:
    """The shared fixtures beside the project; tests that need them skip when absent."""
    if not SHARED.is_dir():
        pytest.skip("the shared fixtures folder is not present")
    return SHARED



@pytest.fixture(autouse=True)
def no_sound_builder_left():
    """No thread building sound effects runs on into the next test: one still handing samples
    to a mixer while the next test opens it again can hang the whole run. App.close stops its
    own (tests/test_ui_sound.py checks that); this waits for any a test left without closing."""
    yield
    import threading

    for thread in threading.enumerate():
        if thread.name == "relayquiz-sounds":
            thread.join(10)
