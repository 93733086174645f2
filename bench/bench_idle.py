"""What a screen left alone costs, against a bare 60 fps loop, at 1920x1080.

- idle_title_ratio, idle_question_ratio: CPU time over 10 s of the title (its torch burning)
  and of a question with 8 classroom teams (240 s on the clock), left alone in the game's real
  loop, divided by the CPU time over 10 s of a bare pygame-ce loop (fill the window, flip,
  `Clock.tick(60)`) as a plain pygame-ce program runs it: on X11, SDL then uploads every
  frame into an OpenGL texture, drawn in software where there is no graphics driver. Target:
  at most 1/3.
- idle_title_vs_plain_bare_ratio, idle_question_vs_plain_bare_ratio: the same against a bare
  loop that shows its frames the way the game does (through the X server's own image path,
  SDL_FRAMEBUFFER_ACCELERATION=0), which costs far less: what is left is the game's drawing.
- idle_default_bare_core_share, idle_plain_bare_core_share, idle_title_core_share,
  idle_question_core_share: each one's CPU time as a share of one core.
- idle_title_fps, idle_question_fps: frames drawn a second while idle.
- idle_on_x_display: 1 when measured on a real X display (Xvfb), 0 on SDL's dummy driver.

CPU time counts the process (all its threads) and, on X, the X server's too: the server copies
every frame into the window, and that work is the game's as much as the drawing. Each part
runs in its own process (`python -m bench.bench_idle --part NAME`) after a warm-up, the parts
interleaved over two rounds (medians); all share one Xvfb started for the run when `Xvfb` is
installed (`apt-get install xvfb`), else they use the dummy driver, whose flip does nothing,
so its figures flatter a bare loop.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1920, 1080)


# -- the run, in the parent --------------------------------------------------------------------

def _start_x() -> tuple[subprocess.Popen, str] | None:
    """A private Xvfb at 1920x1080 on a display number it picks itself, or None."""
    binary = shutil.which("Xvfb")
    if binary is None:
        return None
    read, write = os.pipe()
    server = subprocess.Popen([binary, "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    if not number:
        server.kill()
        server.wait()
        return None
    return server, f":{number}"


def _environment(home: str, display: str | None, server_pid: int | None, plain: bool) -> dict[str, str]:
    env = dict(os.environ, SDL_AUDIODRIVER="dummy", RELAYQUIZ_HOME=home, PYGAME_HIDE_SUPPORT_PROMPT="1")
    env.pop("SDL_FRAMEBUFFER_ACCELERATION", None)
    if display is None:
        env["SDL_VIDEODRIVER"] = "dummy"
        env.pop("DISPLAY", None)
    else:
        env["SDL_VIDEODRIVER"] = "x11"
        env["DISPLAY"] = display
        env["BENCH_X_SERVER_PID"] = str(server_pid)
        if plain:
            env["SDL_FRAMEBUFFER_ACCELERATION"] = "0"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _part(name: str, env: dict[str, str], seconds: float) -> dict:
    command = [sys.executable, "-m", "bench.bench_idle", "--part", name, "--seconds", repr(seconds)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"idle bench part {name} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(quick: bool) -> dict[str, float]:
    seconds = 3.0 if quick else 10.0
    rounds = 1 if quick else 2
    x = _start_x()
    display, pid = (x[1], x[0].pid) if x else (None, None)
    parts: dict[str, list[dict]] = {"bare": [], "default bare": [], "title": [], "question": []}
    try:
        with tempfile.TemporaryDirectory() as home:
            plain = _environment(home, display, pid, plain=True)
            default = _environment(home, display, pid, plain=False)
            for _ in range(rounds):      # interleaved, so a busy moment hurts every part alike
                parts["bare"].append(_part("bare", plain, seconds))
                if display:
                    parts["default bare"].append(_part("bare", default, seconds))
                parts["title"].append(_part("title", default, seconds))
                parts["question"].append(_part("question", default, seconds))
    finally:
        if x is not None:
            x[0].terminate()
            x[0].wait(timeout=10)
    if not display:
        parts["default bare"] = parts["bare"]

    def share(name: str) -> float:
        """The part's CPU time as a share of one core, the median over the rounds."""
        return statistics.median(part["cpu_s"] / part["seconds"] for part in parts[name])

    def fps(name: str) -> float:
        return statistics.median(part["frames"] / part["seconds"] for part in parts[name])

    plain_bare, default_bare, title, question = share("bare"), share("default bare"), share("title"), share("question")
    return {
        "idle_title_ratio": round(title / default_bare, 3),
        "idle_question_ratio": round(question / default_bare, 3),
        "idle_title_vs_plain_bare_ratio": round(title / plain_bare, 3),
        "idle_question_vs_plain_bare_ratio": round(question / plain_bare, 3),
        "idle_default_bare_core_share": round(default_bare, 4),
        "idle_plain_bare_core_share": round(plain_bare, 4),
        "idle_title_core_share": round(title, 4),
        "idle_question_core_share": round(question, 4),
        "idle_title_fps": round(fps("title"), 1),
        "idle_question_fps": round(fps("question"), 1),
        "idle_on_x_display": 1 if display else 0,
    }


# -- the parts, each in its own process --------------------------------------------------------

def _server_cpu() -> float:
    """CPU seconds the X server has used so far (0 on the dummy driver)."""
    pid = os.environ.get("BENCH_X_SERVER_PID")
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class _Meter:
    """CPU (this process and the X server) and frames over a span after a warm-up."""

    def __init__(self, warm_up: float, seconds: float) -> None:
        self.warm_up, self.seconds = warm_up, seconds
        self.started = time.perf_counter()
        self.start: tuple[float, float, int] | None = None
        self.result: dict | None = None

    def tick(self, frames: int) -> bool:
        """Called once a frame; False once the span is over."""
        now = time.perf_counter()
        if self.start is None:
            if now - self.started >= self.warm_up:
                self.start = (now, time.process_time() + _server_cpu(), frames)
            return True
        if now - self.start[0] < self.seconds:
            return True
        self.result = {"seconds": now - self.start[0], "cpu_s": time.process_time() + _server_cpu() - self.start[1],
                       "frames": frames - self.start[2]}
        return False


def part_bare(meter: _Meter) -> dict:
    import pygame

    pygame.display.init()
    surface = pygame.display.set_mode(SIZE, pygame.RESIZABLE)
    clock = pygame.time.Clock()
    frames = 0
    while meter.tick(frames):
        pygame.event.get()
        surface.fill((12, 16, 38))
        pygame.display.flip()
        clock.tick(60)
        frames += 1
    pygame.display.quit()
    return meter.result


def _question_match(services):
    from game.packs.library import load_library
    from game.quiz import Mode, Session, SessionConfig
    from game.ui.handover import Match
    from game.ui.kit.theme import RING_NAMES

    config = SessionConfig(packs=tuple(load_library().packs), players=RING_NAMES[:8], mode=Mode.CLASSROOM,
                           question_count=5, seed=3, time_limit=240, types=("choice",))
    return Match(Session(config, services.clock))


def part_game(meter: _Meter, start: str) -> dict:
    from bench.bench_frames import _services
    from game.ui.app import App

    services = _services()
    app = App(services, start=start, handover=_question_match(services) if start == "question" else None)
    app.open(SIZE)

    frames = 0

    def measure(app_: App) -> None:
        nonlocal frames
        frames += 1
        if not meter.tick(frames):
            app_.running = False

    app.frame_hooks.append(measure)
    app.run()
    app.close()
    return meter.result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("bare", "title", "question"))
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    if args.part is None:
        print(json.dumps(run(args.quick), indent=2))
        return 0
    meter = _Meter(warm_up=1.5, seconds=args.seconds)
    figures = part_bare(meter) if args.part == "bare" else part_game(meter, args.part)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
