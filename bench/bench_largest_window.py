"""The game at the largest window it accepts (7680x4320), on the dummy video driver.

A window this size has sixteen times the pixels of 1920x1080, so a frame costs more; what
matters is that it stays bounded, because a signal is acted on at the next frame.

- largest_question_frame_max_ms, largest_standings_frame_max_ms: CPU time of the slowest of a
  few frames of the question screen (flame running) and the relay-track standings.
- largest_window_sigterm_s: wall time from SIGTERM to the end of `relayquiz play` showing its
  title screen at that size.
- largest_autoplay_sigterm_s: the same for `relayquiz play --autoplay` in the middle of a
  session (capped at 60: a run that does not stop is killed and counts as 60).

    python bench/run.py --only bench_largest_window [--quick]
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LARGEST = (7680, 4320)
PATIENCE = 60.0


def _environment(home: str) -> dict[str, str]:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", RELAYQUIZ_HOME=home,
               PYGAME_HIDE_SUPPORT_PROMPT="1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _frames(count: int) -> dict[str, float]:
    """Run in a child: time frames of the question and standings screens at the largest size."""
    from bench import bench_frames
    from game.packs.library import load_library
    from game.quiz import Mode, Session, SessionConfig
    from game.ui.app import App
    from game.ui.handover import Match
    from game.ui.kit.theme import RING_NAMES

    packs = tuple(load_library().packs)
    services = bench_frames._services()
    config = SessionConfig(packs=packs, players=("Player",), question_count=5, seed=3, time_limit=240,
                           types=("choice",))
    app = App(services, start="question", handover=Match(Session(config, services.clock)))
    app.open(LARGEST)
    bench_frames._timed_frames(app, 2)
    question = bench_frames._timed_frames(app, count)
    app.close()

    services = bench_frames._services()
    config = SessionConfig(packs=packs, players=RING_NAMES[:8], mode=Mode.PARTY, question_count=5, seed=3,
                           types=("choice",))
    session = Session(config, services.clock)
    session.start_question()
    for player in session.players:
        session.answer(player.index, 0)
    match = Match(session, last_result=session.reveal())
    session.show_standings()
    app = App(services, start="standings", handover=match)
    app.open(LARGEST)
    bench_frames._timed_frames(app, 2)
    standings = bench_frames._timed_frames(app, count)
    app.close()
    return {"question": max(question), "standings": max(standings)}


def _stop_after(command: list[str], home: str, settle: float) -> float:
    """Start `command`, let it run `settle` seconds, send SIGTERM; seconds until it ended."""
    game = subprocess.Popen(command, cwd=ROOT, env=_environment(home), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        time.sleep(settle)
        sent = time.perf_counter()
        game.send_signal(signal.SIGTERM)
        try:
            game.wait(timeout=PATIENCE)
        except subprocess.TimeoutExpired:
            return PATIENCE
        return time.perf_counter() - sent
    finally:
        if game.poll() is None:
            game.kill()
            game.wait()


def run(quick: bool) -> dict[str, float]:
    size = f"{LARGEST[0]}x{LARGEST[1]}"
    with tempfile.TemporaryDirectory() as home:
        code = ("import sys, json; sys.path.insert(0, sys.argv[1]); from bench.bench_largest_window import _frames; "
                "print(json.dumps(_frames(int(sys.argv[2]))))")
        done = subprocess.run([sys.executable, "-c", code, str(ROOT), "3" if quick else "10"], cwd=ROOT,
                              env=_environment(home), capture_output=True, text=True, timeout=1200, check=True)
        frames = json.loads(done.stdout.strip().splitlines()[-1])
        window = _stop_after([sys.executable, "-m", "game", "play", "--size", size], home, 10.0)
        autoplay = _stop_after([sys.executable, "-m", "game", "play", "--autoplay", "--questions", "3",
                                "--size", size], home, 20.0)
    return {
        "largest_question_frame_max_ms": round(frames["question"], 1),
        "largest_standings_frame_max_ms": round(frames["standings"], 1),
        "largest_window_sigterm_s": round(window, 2),
        "largest_autoplay_sigterm_s": round(autoplay, 2),
    }


if __name__ == "__main__":
    for figure, value in run("--quick" in sys.argv).items():
        print(f"{figure}  {value}")
