"""The packs are read on a thread of their own; a pack screen asked for sooner waits on a screen
that shows the reading's progress, and the window never stops drawing meanwhile."""

from __future__ import annotations

import threading
import time

import pygame
import pytest

from game.packs.library import Library, load_library
from game.ui.scenes.loading import reading_line
from tests.packtext import VALID, with_line
from tests.uikit import make_app, make_services, press, run_for


def enter_down() -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="", scancode=pygame.KSCAN_RETURN)


class GatedReading:
    """A library loader that reports some progress, then waits until the test opens the gate."""

    def __init__(self, folder) -> None:
        self.folder = folder
        self.gate = threading.Event()
        self.reported = threading.Event()
        self.waited_in_vain = False

    def __call__(self, progress=None) -> Library:
        if progress is not None:
            progress(3, 10)
        self.reported.set()
        if not self.gate.wait(20):
            self.waited_in_vain = True
        return load_library([(self.folder, True)], cache=None)


@pytest.fixture
def library_folder(tmp_path):
    folder = tmp_path / "packs"
    folder.mkdir()
    for number in range(3):
        (folder / f"pack-{number}.yaml").write_text(with_line(VALID, 2, f"id: pack-{number}"), encoding="utf-8")
    return folder


def reading_app(reading: GatedReading, **kwargs):
    app = make_app(services=make_services(library_loader=reading), **kwargs)
    app.services.start_library_loading()
    assert reading.reported.wait(20)
    return app


def until(app, condition, seconds: float = 20.0) -> None:
    """Step the window until the condition holds; the reading thread gets real time to finish,
    since a busy machine may need far more than a few hundred quick frames."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        app.step(1 / 60, [])
        time.sleep(0.002)
    raise AssertionError("it never happened")


def test_play_during_the_reading_shows_its_progress_then_opens_setup(library_folder):
    reading = GatedReading(library_folder)
    app = reading_app(reading)
    try:
        press(app, pygame.K_RETURN)                                     # Play
        assert app.scene.name == "loading"
        assert app.scene.describe() == {"scene": "loading", "waiting_for": "setup", "files_done": 3,
                                        "files_total": 10}
        run_for(app, 0.5)                                               # the window goes on
        assert app.scene.name == "loading" and not reading.gate.is_set()
        reading.gate.set()
        until(app, lambda: app.scene.name != "loading")
        assert app.scene.name == "setup"
        assert [p.id for p in app.scene.packs] == ["pack-0", "pack-1", "pack-2"]
        assert not reading.waited_in_vain
    finally:
        reading.gate.set()
        app.close()


def test_held_enter_on_play_during_the_reading_never_runs_past_setup(library_folder):
    reading = GatedReading(library_folder)
    app = reading_app(reading)
    try:
        app.step(1 / 60, [enter_down()])
        for _ in range(40):
            app.step(1 / 60, [enter_down(), enter_down()])               # the key is still held
        assert app.scene.name == "loading"
        reading.gate.set()
        until(app, lambda: app.scene.name != "loading")
        for _ in range(40):
            app.step(1 / 60, [enter_down()])
        assert app.scene.name == "setup"
    finally:
        reading.gate.set()
        app.close()


def test_choose_packs_waits_for_the_reading_too_and_keeps_its_hand_over(library_folder):
    reading = GatedReading(library_folder)
    app = reading_app(reading)
    try:
        press(app, pygame.K_DOWN, pygame.K_RETURN)                        # Choose packs
        assert app.scene.name == "loading" and app.scene.waiting.scene == "packs"
        reading.gate.set()
        until(app, lambda: app.scene.name != "loading")
        assert app.scene.name == "packs"
        assert {e.pack.id for e in app.scene.entries} == {"pack-0", "pack-1", "pack-2"}
    finally:
        reading.gate.set()
        app.close()


def test_esc_while_reading_goes_back_to_the_title_and_the_reading_goes_on(library_folder):
    reading = GatedReading(library_folder)
    app = reading_app(reading)
    try:
        press(app, pygame.K_RETURN)
        assert app.scene.name == "loading"
        press(app, pygame.K_ESCAPE)
        assert app.scene.name == "title"
        reading.gate.set()
        until(app, lambda: app.services.library_loading is None)
        press(app, pygame.K_RETURN)                                      # read by now: straight in
        assert app.scene.name == "setup"
    finally:
        reading.gate.set()
        app.close()


def test_the_library_read_in_the_background_reports_its_problems_on_the_window_thread(library_folder):
    (library_folder / "broken.yaml").write_text("relayquiz: [\n", encoding="utf-8")
    seen: list = []
    services = make_services(library_loader=lambda progress=None: load_library([(library_folder, True)],
                                                                              progress=progress))
    services.library_report = lambda library: seen.append((threading.current_thread(), library.problems))
    app = make_app(services=services)
    try:
        services.start_library_loading()
        until(app, lambda: services.library_loading is None)
        press(app, pygame.K_RETURN)
        assert app.scene.name == "setup"
        ((thread, problems),) = seen
        assert thread is threading.main_thread()
        assert [p.file for p in problems] == [str(library_folder / "broken.yaml")]
    finally:
        app.close()


def test_the_reading_counts_files_as_it_goes(library_folder):
    counts: list[tuple[int, int]] = []
    load_library([(library_folder, True)], cache=None, progress=lambda done, total: counts.append((done, total)))
    assert counts == [(1, 3), (2, 3), (3, 3)]


def test_the_loading_line_says_how_far_the_reading_is():
    assert reading_line(0, 0) == "Finding the packs"
    assert reading_line(37, 100) == "37 of 100 pack files read"
    assert reading_line(1, 1) == "1 of 1 pack file read"


def test_a_reading_that_fails_is_raised_where_the_library_is_taken():
    def broken(progress=None):
        raise OSError("disk on fire")

    services = make_services(library_loader=broken)
    services.start_library_loading()
    with pytest.raises(OSError, match="disk on fire"):
        services.library


def test_the_game_starts_reading_the_packs_once_the_title_shows(monkeypatch, relayquiz_home):
    """`relayquiz play` opens the scores and starts the reading after its first frame."""
    from game.ui import launch

    started: list[str] = []

    def run(self, fps: int = 60) -> None:
        started.append(f"store {self.services.store is not None}, reading {self.services._loading is not None}")
        self.step(1 / 60, [])
        started.append(f"store {self.services.store is not None}, reading {self.services._loading is not None}")
        self.services.library
        self.running = False

    monkeypatch.setattr(launch.App, "run", run)
    assert launch.play() == 0
    assert started == ["store False, reading False", "store True, reading True"]
