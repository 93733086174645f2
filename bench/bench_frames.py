"""How smooth and quick the game window is, on the dummy video driver at 1920x1080.

- frame_median_ms, frame_p99_ms: CPU time (this thread) per frame, the worst of the screens
  below (budget: 16.7 ms for 60 fps).
- question_frame_median_ms, question_frame_p99_ms: the question screen of a classroom game of
  8 teams, its torch burning, as the game draws it frame after frame.
- question_frame_over_bare: that median divided by a bare full-screen blit and flip measured in
  the same process (target: at most 3).
- question_whole_frame_over_bare: the same for frames drawn whole from the still picture (as
  while a dialog or the pause card is up); question_still_redraw_ms: drawing the still picture
  again (a team locks in, the game is paused).
- question_uncached_frame_over_bare: the same question drawn whole from nothing every frame,
  as before the still picture (for comparison).
- reveal_frame_median_ms, reveal_frame_p99_ms (and reveal_enter_ms, its first frame): the
  reveal after all 8 teams answered; the reveal is drawn only when something changes.
- setup_frame_median_ms, setup_frame_p99_ms (and setup_enter_ms): the setup screen with a
  library of 10,000 questions all chosen, a key moving up the form or changing the setting
  there every tenth frame (a still screen is drawn only when something changes).
- standings_frame_median_ms, standings_frame_p99_ms: the relay track with eight runners.
- bare_blit_flip_ms: the bare full-screen blit and flip.
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
    screens = ("question", "reveal", "setup", "standings")
    figures = {
        "frame_median_ms": round(max(frames[f"{name}_median_ms"] for name in screens), 2),
        "frame_p99_ms": round(max(frames[f"{name}_p99_ms"] for name in screens), 2),
    }
    for name in screens:
        figures[f"{name}_frame_median_ms"] = round(frames[f"{name}_median_ms"], 2)
        figures[f"{name}_frame_p99_ms"] = round(frames[f"{name}_p99_ms"], 2)
    bare = frames["bare_median_ms"]
    figures.update({
        "question_frame_over_bare": round(frames["question_median_ms"] / bare, 2),
        "question_whole_frame_over_bare": round(frames["question_whole_median_ms"] / bare, 2),
        "question_still_redraw_ms": round(frames["question_redraw_median_ms"], 2),
        "question_uncached_frame_over_bare": round(frames["question_uncached_median_ms"] / bare, 2),
        "reveal_enter_ms": round(frames["reveal_enter_ms"], 1),
        "setup_enter_ms": round(frames["setup_enter_ms"], 1),
        "bare_blit_flip_ms": round(bare, 3),
        "first_frame_s": round(first["first_frame_s"], 3),
        "session_rss_mb": round(session["session_rss_mb"], 1),
    })
    return figures


# -- the parts, each in its own process -------------------------------------------------------

def _services():
    from game.packs.library import load_library
    from game.store import Settings
    from game.ui.services import Services
    from game.ui.look.sound import SoundBank

    return Services(settings=Settings(mute=True), save_settings=lambda settings: None, sound=SoundBank(muted=True),
                    library_loader=load_library)


def _timed_frames(app, count: int, restart=None, events=None) -> list[float]:
    times = []
    for index in range(count):
        if restart is not None:
            restart()
        given = events(index) if events is not None else []
        before = time.thread_time()
        app.step(1 / 60, given)
        times.append((time.thread_time() - before) * 1000)
    return times


def _p99(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _bare_blit_flip(count: int) -> list[float]:
    import pygame

    pygame.display.init()
    window = pygame.display.set_mode(SIZE)
    picture = pygame.Surface(SIZE, 0, window)
    picture.fill((12, 16, 38))
    times = []
    for _ in range(count):
        before = time.thread_time()
        window.blit(picture, (0, 0))
        pygame.display.flip()
        times.append((time.thread_time() - before) * 1000)
    pygame.display.quit()
    return times


def _classroom(packs, services, teams: int = 8):
    from game.quiz import Mode, Session, SessionConfig
    from game.ui.kit.theme import RING_NAMES

    config = SessionConfig(packs=packs, players=RING_NAMES[:teams], mode=Mode.CLASSROOM, question_count=5, seed=3,
                           time_limit=240, types=("choice",))
    return Session(config, services.clock)


def part_frames(quick: bool) -> dict:
    import pygame

    from game.packs.library import load_library
    from game.ui.app import App
    from game.ui.handover import Match, PackChoice
    from game.ui.kit.layers import drawing_directly

    count = 400 if quick else 1500
    packs = tuple(load_library().packs)
    figures = {}
    bare = _bare_blit_flip(count)
    figures["bare_median_ms"] = statistics.median(bare)

    # The question, 8 classroom teams: as drawn in play, drawn whole, and its still picture.
    services = _services()
    app = App(services, start="question", handover=Match(_classroom(packs, services)))
    app.open(SIZE)
    _timed_frames(app, 90)
    question = _timed_frames(app, count)
    figures.update(question_median_ms=statistics.median(question), question_p99_ms=_p99(question))
    still, whole, redraw = app.scene.still, [], []
    for _ in range(count // 4):
        still._covered = True                   # as after a dialog: the frame is drawn whole
        whole += _timed_frames(app, 1)
        still.invalidate()                      # as after a change: the still picture again
        redraw += _timed_frames(app, 1)
    figures["question_whole_median_ms"] = statistics.median(whole)
    figures["question_redraw_median_ms"] = statistics.median(redraw)
    with drawing_directly():
        figures["question_uncached_median_ms"] = statistics.median(_timed_frames(app, count // 4))
    app.close()

    # The reveal after all 8 teams answered.
    services = _services()
    session = _classroom(packs, services)
    session.start_question()
    for player in session.players:
        session.answer(player.index, player.index % len(session.current.options))
    app = App(services, start="reveal", handover=Match(session, last_result=session.reveal()))
    before = time.thread_time()
    app.open(SIZE)
    app.step(1 / 60, [])
    figures["reveal_enter_ms"] = (time.thread_time() - before) * 1000
    _timed_frames(app, 90)
    reveal = _timed_frames(app, count)
    figures.update(reveal_median_ms=statistics.median(reveal), reveal_p99_ms=_p99(reveal))
    app.close()

    # Setup with a library of 10,000 questions, all chosen: every tenth frame a key moves up
    # the form or changes the setting there (the number of questions among them).
    from bench.packgen import big_library
    from game import paths

    big_library(paths.user_packs_dir(), packs=20 if quick else 100, per_pack=100)
    services = _services()
    library = services.library
    app = App(services, start="setup", handover=PackChoice(tuple(entry.pack.id for entry in library.entries)))
    before = time.thread_time()
    app.open(SIZE)
    app.step(1 / 60, [])
    figures["setup_enter_ms"] = (time.thread_time() - before) * 1000
    _timed_frames(app, 90)
    keys = (pygame.K_UP, pygame.K_RIGHT, pygame.K_LEFT)

    def setting_change(index: int) -> list:
        if index % 10:
            return []
        code = keys[(index // 10) % len(keys)]
        return [pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0)]

    setup = _timed_frames(app, count, events=setting_change)
    figures.update(setup_median_ms=statistics.median(setup), setup_p99_ms=_p99(setup))
    app.close()

    # The relay track with eight runners, run again whenever it finishes.
    from game.quiz import Mode, Session, SessionConfig
    from game.ui.kit.theme import RING_NAMES

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
    figures.update(standings_median_ms=statistics.median(standings), standings_p99_ms=_p99(standings))
    return figures


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
