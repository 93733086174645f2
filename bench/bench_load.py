"""Pack loading speed: the game's loader against a bare CSafeLoader parse of the same files.

- load_10k_s, load_bare_10k_s, load_ratio: one 10,000-question pack file, read by the game's
  loader (located problems, validation) and by `yaml.load(..., Loader=yaml.CSafeLoader)`.
  load_gc_speedup: how much slower the game's loader is with the garbage collector left
  running during the parse (the loader pauses it).
- library_warm_ratio: a library of 100 pack files of 100 questions (10,000 questions), unchanged
  since the last start, read the way the window reads it (on its own thread, from the pack
  cache) until it is ready for the pack list, divided by `yaml.load(CSafeLoader)` of the same
  files in the same run (target: at most 0.1). library_cold_ratio: the same with an empty cache
  (every file parsed and checked, and its cache entry written). library_warm_s, library_cold_s,
  library_bare_s: the times themselves.
- library_rss_warm_mb, library_rss_cold_mb: how much the resident memory of a fresh process
  grows by reading that library (warm: from the cache; cold: parsing every file), beside
  library_packs_mb, the size of the pack objects themselves (every object they hold, once).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from bench.packgen import big_library, big_pack
from game.packs.dump import pack_to_data
from game.packs.load import load_pack

ROOT = Path(__file__).resolve().parent.parent


def _best_of(repeats: int, action) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def _one_big_pack(repeats: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.yaml"
        # The input is written with the C emitter: only its content matters here, and the
        # pure-Python dumper would take longer than the measurement itself.
        text = yaml.dump(pack_to_data(big_pack(10_000)), Dumper=yaml.CSafeDumper, sort_keys=False,
                         allow_unicode=True, default_flow_style=False)
        path.write_text(text, encoding="utf-8")

        def bare() -> None:
            with open(path, encoding="utf-8") as handle:
                yaml.load(handle, Loader=yaml.CSafeLoader)

        def ours() -> None:
            load_pack(path)

        def ours_collecting() -> None:
            from contextlib import nullcontext
            from unittest import mock

            with mock.patch("game.packs.load.paused_gc", nullcontext):
                load_pack(path)

        # Interleave so that a noisy neighbour hurts both sides alike.
        bare_times, our_times, collecting_times = [], [], []
        for _ in range(repeats):
            bare_times.append(_best_of(1, bare))
            our_times.append(_best_of(1, ours))
            collecting_times.append(_best_of(1, ours_collecting))
        bare_s, our_s, collecting_s = min(bare_times), min(our_times), min(collecting_times)
    return {"load_10k_s": round(our_s, 3), "load_bare_10k_s": round(bare_s, 3),
            "load_ratio": round(our_s / bare_s, 3), "load_gc_speedup": round(collecting_s / our_s, 2)}


def read_like_the_window(folder: Path, cache_folder: Path):
    """The library read as the window reads it: on a thread, through the pack cache."""
    from game.packs.background import LibraryLoading
    from game.packs.cache import PackCache
    from game.packs.library import load_library

    cache = PackCache(cache_folder)
    return LibraryLoading(lambda progress: load_library([(folder, False)], cache=cache, progress=progress)).result()


def _library(repeats: int, root: Path) -> dict[str, float]:
    folder, cache_folder = root / "packs", root / "cache"
    files = big_library(folder, packs=100, per_pack=100)

    def bare() -> None:
        for path in files:
            with open(path, encoding="utf-8") as handle:
                yaml.load(handle, Loader=yaml.CSafeLoader)

    def cold() -> None:
        shutil.rmtree(cache_folder, ignore_errors=True)
        read_like_the_window(folder, cache_folder)

    def warm() -> None:
        read_like_the_window(folder, cache_folder)

    bare_times, cold_times, warm_times = [], [], []
    for _ in range(repeats):
        bare_times.append(_best_of(1, bare))
        cold_times.append(_best_of(1, cold))
        warm_times.append(_best_of(1, warm))
    bare_s, cold_s, warm_s = min(bare_times), min(cold_times), min(warm_times)
    return {"library_warm_ratio": round(warm_s / bare_s, 3), "library_cold_ratio": round(cold_s / bare_s, 3),
            "library_warm_s": round(warm_s, 3), "library_cold_s": round(cold_s, 3), "library_bare_s": round(bare_s, 3)}


# -- memory, in a fresh process each ----------------------------------------------------------

def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        pages = int(handle.read().split()[1])
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _own_size_mb(library) -> float:
    """Every object the packs hold, counted once (strings, lists, the dataclasses' dicts)."""
    import gc

    seen: set[int] = set()
    total = 0
    stack = [entry.pack for entry in library.entries]
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, type):
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        stack.extend(gc.get_referents(item))
    return total / (1024 * 1024)


def _memory_part(folder: Path, cache_folder: Path) -> dict[str, float]:
    import game.packs.background  # noqa: F401 - imported first, so only the reading is counted
    import game.packs.cache  # noqa: F401
    import game.packs.library  # noqa: F401

    before = _rss_mb()
    library = read_like_the_window(folder, cache_folder)
    grown = _rss_mb() - before
    return {"rss_mb": grown, "packs_mb": _own_size_mb(library)}


def _memory(root: Path) -> dict[str, float]:
    folder, cache_folder = root / "packs", root / "cache"
    if sys.platform != "linux":
        return {}

    def part() -> dict:
        done = subprocess.run([sys.executable, "-m", "bench.bench_load", "--memory", str(folder), str(cache_folder)],
                              cwd=ROOT, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            raise RuntimeError(f"memory part failed:\n{done.stderr}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    shutil.rmtree(cache_folder, ignore_errors=True)
    cold = part()
    warm = part()
    return {"library_rss_warm_mb": round(warm["rss_mb"], 1), "library_rss_cold_mb": round(cold["rss_mb"], 1),
            "library_packs_mb": round(warm["packs_mb"], 1)}


def run(quick: bool) -> dict[str, float]:
    repeats = 2 if quick else 5
    figures = _one_big_pack(2 if quick else 7)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        figures.update(_library(repeats, root))
        figures.update(_memory(root))
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--memory", nargs=2, metavar=("FOLDER", "CACHE"))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.memory:
        print(json.dumps(_memory_part(Path(args.memory[0]), Path(args.memory[1]))))
    else:
        print(json.dumps(run(args.quick)))
