"""What the quick commands cost to start: CPU time above a bare Python interpreter.

- cli_help_over_bare_cpu_s: `relayquiz --help`
- cli_packs_over_bare_cpu_s: `relayquiz packs` (the shipped packs, an empty packs folder of your own)
- cli_validate_over_bare_cpu_s: `relayquiz validate FILE` (one shipped pack)

Each figure is the median, over several runs, of the CPU time (user and system) of a fresh
process running the command as the `relayquiz` script does, minus that of `python -c pass`
run just after it, so that a busy machine slows both alike. The target is at most 0.08 s each.
A warm-up run of each command is not counted: it writes the bytecode (as installing the
game does; PYTHONDONTWRITEBYTECODE is unset for these runs) and fills the pack cache.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What the `relayquiz` console script runs.
SCRIPT = "import sys; from game.cli import main; sys.exit(main())"

COMMANDS: dict[str, tuple[str, ...]] = {
    "cli_help_over_bare_cpu_s": ("--help",),
    "cli_packs_over_bare_cpu_s": ("packs",),
    "cli_validate_over_bare_cpu_s": ("validate", "questions/sochi-torch-spacewalk.yaml"),
}


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def cpu_of(argv: list[str], env: dict[str, str]) -> float:
    """CPU seconds a fresh process running `argv` used, start to exit."""
    before = _children_cpu()
    done = subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {done.returncode}:\n{done.stderr.decode(errors='replace')}")
    return _children_cpu() - before


def run(quick: bool) -> dict[str, float]:
    runs = 5 if quick else 11
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, RELAYQUIZ_HOME=home, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        bare = [sys.executable, "-c", "pass"]
        for figure, args in COMMANDS.items():
            command = [sys.executable, "-c", SCRIPT, *args]
            cpu_of(command, env)                    # warm-up: bytecode, the pack cache
            over = [cpu_of(command, env) - cpu_of(bare, env) for _ in range(runs)]
            figures[figure] = round(statistics.median(over), 3)
    return figures


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv)))
