"""The window when scores cannot be saved: the players are told at once and why, play goes on
from memory, the game tries again, and at the end it offers to save the session's results
(the report's CSV and printable page) into another folder."""

from __future__ import annotations

import csv

import pygame
import pytest

from fulldisk import FullDisk
from game.quiz import State
from game.store import Store
from game.store.reports import build_report, csv_rows
from game.wiring.memory_report import report_from_session
from game.ui.app import App
from game.ui.launch import _report_unsaved, build_services
from game.ui.scenes.unsaved import RETRY_SECONDS, UnsavedScores
from readonly import read_only
from recording import play_recorded
from tests.test_ui_session import answer_by_keys
from tests.uikit import key, press
from tests.uikit import run_for as run_frames

STEP = 0.1   # seconds of game time a frame: coarse steps keep whole sessions quick to play


def run_for(app, seconds: float) -> None:
    run_frames(app, seconds, dt=STEP)


@pytest.fixture
def store():
    opened = Store()
    yield opened
    opened.close()


def _window(store, folders, store_problem=None):
    services = build_services(store)
    app = App(services)
    watch = UnsavedScores(services, store_problem, folders=folders)
    app.overlays.append(watch)
    app.open((800, 600))
    return app, watch


def _start_session(app) -> object:
    press(app, pygame.K_RETURN, pygame.K_RETURN, pygame.K_RETURN)     # Play, Start, Light the torch
    assert app.scene.name == "question"
    return app.scene.match


def _play_one(app) -> None:
    """Answer the question on screen and move on to the next screen after its reveal."""
    while app.scene.name == "question" and app.scene.match.session.state is State.ASKING:
        run_for(app, 0.5)
        answer_by_keys(app)
    run_for(app, 1.0)


def _play_to_the_end(app, match) -> None:
    for _ in range(300):
        if match.session.state is State.FINISHED:
            return
        if app.scene.name == "question" and match.session.state is State.ASKING:
            _play_one(app)
        else:
            press(app, pygame.K_RETURN)
            run_for(app, 0.5)
    raise AssertionError("the session did not finish")


def test_the_players_are_told_at_once_that_scores_cannot_be_saved_and_why(store, tmp_path):
    disk = FullDisk.around(store)
    app, watch = _window(store, [tmp_path])
    try:
        match = _start_session(app)
        disk.fill()
        _play_one(app)                                    # the reveal cannot be written
        assert match.session.results and not match.recorder.saved
        assert app.services.notice.message.startswith("Scores cannot be saved: the disk is full")
        assert app.services.notice.left > 0
        assert watch.problem and "the disk is full" in watch.problem
        top = app.surface.get_at((app.surface.get_width() // 2, 4))
        assert tuple(top)[:3] != tuple(app.services.theme.background_top)[:3]   # the band is on screen
    finally:
        app.close()


def test_play_goes_on_and_a_retry_saves_everything_once_there_is_room(store, tmp_path):
    disk = FullDisk.around(store)
    app, watch = _window(store, [tmp_path])
    try:
        match = _start_session(app)
        disk.fill()
        _play_one(app)
        assert app.scene.name in ("reveal", "standings", "question")    # the game went on
        disk.free()
        run_for(app, RETRY_SECONDS + 0.5)
        assert match.recorder.saved and watch.problem is None
        assert len(store.questions(match.recorder.session_id)) == len(match.session.results)
    finally:
        app.close()


def test_at_the_end_the_results_are_offered_and_saved_in_another_folder(store, tmp_path):
    disk = FullDisk.around(store)
    documents, stick = tmp_path / "documents", tmp_path / "stick"
    stick.mkdir()
    app, watch = _window(store, [documents, stick])
    try:
        match = _start_session(app)
        disk.fill()
        _play_to_the_end(app, match)
        run_for(app, 0.2)
        assert watch.offer is not None and watch.offer.folder == documents
        scene = app.scene
        press(app, pygame.K_ESCAPE)                       # "not now": the offer takes the key, not the screen
        assert watch.offer is None and app.scene is scene
        assert watch.unsaved() and not documents.exists()
        app.feed([key(pygame.K_s, pygame.KMOD_CTRL)])     # asked again
        assert watch.offer is not None
        press(app, pygame.K_RIGHT, pygame.K_RETURN)       # the USB stick, and save
        assert watch.offer is None and watch.unsaved() == []
        saved = sorted(p.name for p in stick.iterdir())
        assert [name.rsplit(".", 1)[1] for name in saved] == ["csv", "html"]
        with open(stick / saved[0], encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))[1:]
        session = match.session
        assert len(rows) == len(session.results) * len(session.players)
        assert sum(int(row[14]) for row in rows) == sum(p.score for p in session.players)
        assert store.session(match.recorder.session_id).status == "unfinished"
    finally:
        app.close()
    assert _report_unsaved(watch) is False


def test_a_folder_that_cannot_be_written_keeps_the_offer_open_with_the_reason(store, tmp_path):
    disk = FullDisk.around(store)
    locked = tmp_path / "locked"
    locked.mkdir()
    app, watch = _window(store, [locked])
    try:
        match = _start_session(app)
        disk.fill()
        _play_to_the_end(app, match)
        run_for(app, 0.2)
        with read_only(locked):
            press(app, pygame.K_RETURN)
        assert watch.offer is not None and watch.offer.message.startswith(f"Not saved in {locked}")
        assert watch.unsaved()
    finally:
        app.close()
    assert _report_unsaved(watch) is True


def test_without_a_database_the_window_says_so_from_the_start(tmp_path):
    services = build_services(None)
    app = App(services)
    watch = UnsavedScores(services, "cannot make the folder /x: Permission denied", folders=[tmp_path])
    app.overlays.append(watch)
    app.open((800, 600))
    try:
        run_for(app, 0.2)
        assert app.services.notice.message.startswith("Scores cannot be saved: cannot make the folder /x")
        match = _start_session(app)
        _play_to_the_end(app, match)
        run_for(app, 0.2)
        assert watch.offer is not None
        press(app, pygame.K_RETURN)
        assert len(list(tmp_path.iterdir())) == 2 and watch.unsaved() == []
    finally:
        app.close()


def test_a_session_stopped_by_the_system_is_recorded_as_ended_early(store, tmp_path):
    app, watch = _window(store, [tmp_path])
    try:
        match = _start_session(app)
        _play_one(app)
        watch.end_sessions_early()
    finally:
        app.close()
    assert store.session(match.recorder.session_id).status == "ended_early"


def test_the_report_from_memory_is_the_report_from_the_records(store):
    session, recorder = play_recorded(store, players=("Red", "Blue", "Green"), count=4, right=(0, 2))
    stored = build_report(recorder.session_id, store)
    remembered = report_from_session(session, recorder.session_id, stored.session.started_at)
    assert csv_rows(remembered) == csv_rows(stored)
    assert remembered.players == stored.players
    assert remembered.session.status == stored.session.status == "finished"
