"""`relayquiz packs` on a packs folder full of hostile files: the time and the peak memory of
the whole command, next to the same command with no packs of the user's own.

The folder holds what an unlucky or hostile user might leave there: a file past the size
limit, one of a few MB that is all tiny YAML nodes, aliases that expand a billionfold, lists
nested 100,000 deep, an integer of 5,000 digits, binary garbage, text in a wrong encoding, a
link that loops, a link to a device, a pipe, a link back up the tree, and 300 small good
packs beside them. The aim is under a second and 200 MB, the first time (nothing in the pack
cache yet) as well as after.

The first run is measured several times, the pack cache emptied before each, and the best is
reported, as for the runs after. The bytecode is written by a warm-up run that is not counted
(as installing the game does; PYTHONDONTWRITEBYTECODE is unset for these runs, and the
bytecode goes into the run's own folder), so the figures are those of an installed game.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from bench.packgen import big_pack
from game.packs.dump import pack_to_data

ROOT = Path(__file__).resolve().parent.parent


def _good_pack(index: int) -> str:
    data = pack_to_data(big_pack(8))
    data["id"] = f"user-pack-{index}"
    data["title"] = f"User pack {index}"
    return yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True)


def hostile_folder(folder: Path, good: int = 300) -> None:
    """Fill `folder` with hostile pack files and `good` small valid packs."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "past-the-size-limit.yaml", "wb") as handle:
        line = b"# " + b"x" * 1021 + b"\n"
        for _ in range(40 * 1024):                         # 40 MB of comments
            handle.write(line)
    (folder / "tiny-nodes.yaml").write_text("relayquiz: 1\nquestions:\n" + "- [1, 2, 3, 4, 5, 6, 7, 8]\n" * 300_000)
    laughs = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    laughs += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    (folder / "billion-laughs.yaml").write_text("\n".join(laughs) + "\n")
    (folder / "deep.yaml").write_text("[" * 100_000 + "]" * 100_000 + "\n")
    (folder / "deep-mappings.yaml").write_text("{k: " * 50_000 + "v" + "}" * 50_000 + "\n")
    (folder / "huge-number.yaml").write_text("relayquiz: 1\nid: n\ntitle: N\nlanguage: en\n"
                                             "defaults: {points: " + "9" * 5000 + "}\nquestions: []\n")
    (folder / "garbage.yaml").write_bytes(os.urandom(2 * 1024 * 1024))
    (folder / "latin1.yaml").write_bytes("title: caf\xe9\n".encode("latin-1") * 1000)
    (folder / "loop.yaml").symlink_to("loop.yaml")
    if Path("/dev/zero").exists():
        (folder / "zero.yaml").symlink_to("/dev/zero")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.yaml")
    (folder / "again").symlink_to(".")
    nested = folder / "class" / "2024"
    nested.mkdir(parents=True)
    for index in range(good):
        target = nested if index % 3 == 0 else folder
        (target / f"user-pack-{index}.yaml").write_text(_good_pack(index), encoding="utf-8")


def _measure(home: Path, env: dict[str, str]) -> tuple[float, float, int, float]:
    """Seconds, peak resident megabytes, exit status and CPU seconds of `relayquiz packs` with
    this home."""
    env = {**env, "RELAYQUIZ_HOME": str(home)}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "game", "packs"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, process.returncode, usage.ru_utime + usage.ru_stime  # Linux: KB


def run(quick: bool) -> dict[str, float]:
    repeats = 1 if quick else 5
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(scratch) / "bytecode")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        plain = Path(scratch) / "plain"
        plain.mkdir()
        hostile = Path(scratch) / "hostile"
        hostile_folder(hostile / "packs", good=100 if quick else 300)
        _measure(hostile, env)                                  # warm-up: the bytecode written
        plain_runs = [_measure(plain, env) for _ in range(repeats)]
        first_runs = []
        for _ in range(repeats):                                # the first listing: nothing cached
            shutil.rmtree(hostile / "cache", ignore_errors=True)
            first_runs.append(_measure(hostile, env))
        later_runs = [_measure(hostile, env) for _ in range(repeats)]
    hostile_runs = first_runs + later_runs
    return {
        "packs_plain_s": round(min(run[0] for run in plain_runs), 3),
        "packs_hostile_first_s": round(min(run[0] for run in first_runs), 3),
        "packs_hostile_s": round(min(run[0] for run in later_runs), 3),
        # CPU seconds: on a shared machine the wall time above also holds the neighbours' work
        "packs_hostile_first_cpu_s": round(min(run[3] for run in first_runs), 3),
        "packs_hostile_cpu_s": round(min(run[3] for run in later_runs), 3),
        "packs_hostile_peak_mb": round(max(run[1] for run in hostile_runs), 1),
        # 0 when the command listed the packs; anything else means a hostile file stopped it
        "packs_hostile_exit_status": max(run[2] for run in hostile_runs),
    }


if __name__ == "__main__":
    for figure, value in run("--quick" in sys.argv).items():
        print(f"{figure}  {value}")
