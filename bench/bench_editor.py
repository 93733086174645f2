"""The pack editor: a keystroke with live validation, undo, saving, and frames of its screens."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.packgen import big_pack
from game.editor import EditSession, save

SIZES = (50, 500, 2000)


def _keystroke_ms(count: int, keys: int) -> float:
    """Median time of one typed character: the edit, then every problem of the pack found again."""
    session = EditSession.from_pack(big_pack(count))
    uid = session.order[count // 2]
    prompt = session.question(uid)["prompt"]
    times = []
    for index in range(keys):
        start = time.perf_counter()
        session.set_field_text(uid, "prompt", prompt + "x" * (index + 1), typing=True)
        session.problems()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 2)


def _undo_delete_ms(count: int) -> float:
    session = EditSession.from_pack(big_pack(count))
    uid = session.order[count // 2]
    session.delete(uid)
    start = time.perf_counter()
    session.undo()
    return round((time.perf_counter() - start) * 1000, 2)


def _save_ms(count: int, repeats: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        session = EditSession.from_pack(big_pack(count), save_to=Path(folder) / "pack.yaml")
        best = float("inf")
        for index in range(repeats):
            session.set_field_text(session.order[0], "prompt", f"Changed {index}?")
            start = time.perf_counter()
            result = save(session)
            best = min(best, time.perf_counter() - start)
            assert result.ok, result.error
    return round(best * 1000, 1)


def _frame_ms(scene: str, frames: int) -> float:
    """Mean time of one frame of an editor screen at 1920x1080 (dummy video driver)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.ui.handover import Editing
    from tests.uikit import key, make_app

    session = EditSession.from_pack(big_pack(200))
    app = make_app((1920, 1080), start=scene, handover=Editing(session, review=scene == "review"))
    for _ in range(30):
        app.step(1 / 60, [])
    if scene == "edit_question":
        app.step(1 / 60, [pygame.event.Event(pygame.TEXTINPUT, text="x")])
    start = time.perf_counter()
    for index in range(frames):
        events = [pygame.event.Event(pygame.TEXTINPUT, text="y")] if scene == "edit_question" and index % 4 == 0 \
            else ([key(pygame.K_RIGHT)] if scene == "review" and index % 10 == 0 else [])
        app.step(1 / 60, events)
    elapsed = time.perf_counter() - start
    app.close()
    return round(elapsed / frames * 1000, 2)


def run(quick: bool) -> dict[str, float]:
    keys = 20 if quick else 60
    figures: dict[str, float] = {}
    for count in SIZES:
        figures[f"editor_keystroke_{count}q_ms"] = _keystroke_ms(count, keys)
    figures["editor_undo_delete_2000q_ms"] = _undo_delete_ms(2000)
    figures["editor_save_500q_ms"] = _save_ms(500, 3 if quick else 7)
    frames = 60 if quick else 240
    for scene in ("review", "edit_question", "edit_pack"):
        figures[f"editor_frame_{scene}_1080p_ms"] = _frame_ms(scene, frames)
    return figures
