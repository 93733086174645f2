"""How smooth and quick the game window is, on the dummy video driver at 1920x1080.

- frame_median_ms, frame_p99_ms: CPU time (this thread) per frame of the question screen with
  its flame and embers running, and of the relay-track standings animation with eight
  runners; the worse of the two screens is reported (budget: 16.7 ms for 60 fps; targets
  under 4 and under 8).
- first_frame_s: from starting a fresh Python process to the first frame drawn (target < 1).
- session_rss_mb: resident memory after a whole 50-question session played by the autopilot.

Each part runs in its own process (python -m bench.bench_frames --part NAME) so pygame starts
clean; the figures come back as JSON on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1920, 1080)


def _environment(home: str) -> dict[str, str]:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", RELAYQUIZ_HOME=home,
               PYGAME_HIDE_SUPPORT_PROMPT="1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _part(name: str, quick: bool, home: str, *extra: str) -> dict:
    command = [sys.executable, "-m", "bench.bench_frames", "--part", name, *extra] + (["--quick"] if quick else [])
    done = subprocess.run(command, cwd=ROOT, env=_environment(home), capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"bench part {name} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(quick: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        frames = _part("frames", quick, home)
        started = time.time()
        first = _part("first", quick, home, "--started", repr(started))
        session = _part("session", quick, home)
    return {
        "frame_median_ms": round(max(frames["question_median_ms"], frames["standings_median_ms"]), 2),
        "frame_p99_ms": round(max(frames["question_p99_ms"], frames["standings_p99_ms"]), 2),
        "question_frame_median_ms": round(frames["question_median_ms"], 2),
        "standings_frame_median_ms": round(frames["standings_median_ms"], 2),
        "first_frame_s": round(first["first_frame_s"], 3),
        "session_rss_mb": round(session["session_rss_mb"], 1),
    }


# -- the parts, each in its own process -------------------------------------------------------

def _services():
    from game.packs.library import load_library
    from game.store import Settings
    from game.ui.services import Services
    from game.ui.look.sound import SoundBank

    return Services(settings=Settings(mute=True), save_settings=lambda settings: None, sound=SoundBank(muted=True),
                    library_loader=load_library)


def _timed_frames(app, count: int, restart=None) -> list[float]:
    times = []
    for _ in range(count):
        if restart is not None:
            restart()
        before = time.thread_time()
        app.step(1 / 60, [])
        times.append((time.thread_time() - before) * 1000)
    return times


def _p99(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def part_frames(quick: bool) -> dict:
    from game.packs.library import load_library
    from game.quiz import Mode, Session, SessionConfig
    from game.ui.app import App
    from game.ui.handover import Match
    from game.ui.kit.theme import RING_NAMES

    count = 400 if quick else 1500
    packs = tuple(load_library().packs)
    services = _services()
    config = SessionConfig(packs=packs, players=("Player",), question_count=5, seed=3, time_limit=240,
                           types=("choice",))
    app = App(services, start="question", handover=Match(Session(config, services.clock)))
    app.open(SIZE)
    _timed_frames(app, 90)
    question = _timed_frames(app, count)
    app.close()

    services = _services()
    config = SessionConfig(packs=packs, players=RING_NAMES[:8], mode=Mode.PARTY, question_count=5, seed=3,
                           types=("choice", "truefalse"))
    session = Session(config, services.clock)
    session.start_question()
    for player in session.players:
        session.answer(player.index, player.index % len(session.current.options))
    match = Match(session, last_result=session.reveal())
    session.show_standings()
    app = App(services, start="standings", handover=match)
    app.open(SIZE)
    track = app.scene.track

    def restart() -> None:
        if track.finished:
            track.elapsed = 0.0

    _timed_frames(app, 90, restart)
    standings = _timed_frames(app, count, restart)
    app.close()
    return {"question_median_ms": statistics.median(question), "question_p99_ms": _p99(question),
            "standings_median_ms": statistics.median(standings), "standings_p99_ms": _p99(standings)}


def part_first(started: float) -> dict:
    from game.ui.app import App
    from game.ui.launch import build_services, open_store

    store = open_store()
    services = build_services(store, autoplay=True)
    app = App(services)
    app.open(SIZE)
    app.step(0.0, [])
    drawn = time.time()
    app.close()
    if store is not None:
        store.close()
    return {"first_frame_s": drawn - started}


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def part_session(quick: bool) -> dict:
    from bench.packgen import big_pack
    from game import paths
    from game.packs.dump import write_pack
    from game.ui.autoplay import AutoplayOptions, autoplay
    from game.ui.launch import build_services, open_store

    paths.user_packs_dir().mkdir(parents=True, exist_ok=True)
    write_pack(big_pack(60), paths.user_packs_dir() / "bench-pack.yaml")
    store = open_store()
    services = build_services(store, autoplay=True)
    services.sound.muted = True
    options = AutoplayOptions(seed=5, questions=50, packs=("bench-pack",), size=(1280, 720) if quick else SIZE,
                              pace=0.25, frame_step=0.1)
    result = autoplay(services, options)
    if store is not None:
        store.close()
    played = sum(1 for name in result.visited if name == "question")
    if played != 50:
        raise RuntimeError(f"the session played {played} questions, not 50")
    return {"session_rss_mb": _rss_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("frames", "first", "session"))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--started", type=float, default=None)
    args = parser.parse_args(argv)
    if args.part is None:
        print(json.dumps(run(args.quick), indent=2))
        return 0
    if args.part == "frames":
        figures = part_frames(args.quick)
    elif args.part == "first":
        figures = part_first(args.started if args.started is not None else time.time())
    else:
        figures = part_session(args.quick)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
