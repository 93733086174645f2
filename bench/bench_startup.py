"""How soon the title shows, against a bare pygame-ce window, with a 10,000-question library.

- first_window_over_bare_s: the median over 5 runs of (process start to the title's first
  frame) minus (process start to a bare pygame-ce window's first frame), each a fresh Python
  process, the two kinds interleaved so that a noisy neighbour hurts both alike; the user's
  packs folder holds 100 packs of 100 questions (target: at most 0.15).
- first_window_title_s, first_window_bare_s: the medians themselves.
- first_window_over_bare_cpu_s: the same difference in CPU time (user and system) of the two
  processes up to their first frame; on a busy machine, where waiting for a core stretches
  the wall-clock figures, this says what the game itself costs.

Each process is bench/first_frame.py (it reports the monotonic clock at its first flip); the
game's runs share one RELAYQUIZ_HOME, warmed by a run that is not counted (the scores
database made, the bytecode written into the run's own folder even where the shell sets
PYTHONDONTWRITEBYTECODE).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "bench" / "first_frame.py"


def _environment(home: str) -> dict[str, str]:
    env = dict(os.environ, SDL_VIDEODRIVER=os.environ.get("SDL_VIDEODRIVER") or "dummy",
               SDL_AUDIODRIVER="dummy", RELAYQUIZ_HOME=home, PYGAME_HIDE_SUPPORT_PROMPT="1")
    # With bytecode, as an installed game runs: written by the warm-up run into the run's own
    # folder (never beside the sources), whatever the calling shell says.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(home, "bytecode")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        env["SDL_VIDEODRIVER"] = "dummy"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def first_frame_after(what: str, home: str) -> tuple[float, float]:
    """Seconds from starting a fresh process to its first frame (`game` or `bare`), and the
    CPU seconds that process used by then."""
    cpu_before = _children_cpu()
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(PROBE), what], cwd=ROOT, env=_environment(home),
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"the {what} window did not draw:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])["at"] - started, _children_cpu() - cpu_before


def run(quick: bool) -> dict[str, float]:
    from bench.packgen import big_library

    runs = 3 if quick else 5
    with tempfile.TemporaryDirectory() as home:
        big_library(Path(home) / "packs", packs=20 if quick else 100, per_pack=100)
        first_frame_after("game", home)      # warm-up: the database made, bytecode written
        first_frame_after("bare", home)
        titles, bares = [], []
        for _ in range(runs):
            titles.append(first_frame_after("game", home))
            bares.append(first_frame_after("bare", home))
    title, bare = statistics.median(t for t, _ in titles), statistics.median(b for b, _ in bares)
    over = statistics.median(t - b for (t, _), (b, _) in zip(titles, bares))
    over_cpu = statistics.median(t - b for (_, t), (_, b) in zip(titles, bares))
    return {"first_window_over_bare_s": round(over, 3), "first_window_title_s": round(title, 3),
            "first_window_bare_s": round(bare, 3), "first_window_over_bare_cpu_s": round(over_cpu, 3)}


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv)))
