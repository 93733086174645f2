"""Pack loading speed: the game's loader against a bare CSafeLoader parse of the same file."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import yaml

from bench.packgen import big_pack
from game.packs.dump import pack_to_data
from game.packs.load import load_pack


def _best_of(repeats: int, action) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def run(quick: bool) -> dict[str, float]:
    count = 10_000
    repeats = 2 if quick else 7
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.yaml"
        # The input is written with the C emitter: only its content matters here, and the
        # pure-Python dumper would take longer than the measurement itself.
        text = yaml.dump(pack_to_data(big_pack(count)), Dumper=yaml.CSafeDumper, sort_keys=False,
                         allow_unicode=True, default_flow_style=False)
        path.write_text(text, encoding="utf-8")

        def bare() -> None:
            with open(path, encoding="utf-8") as handle:
                yaml.load(handle, Loader=yaml.CSafeLoader)

        def ours() -> None:
            load_pack(path)

        # Interleave so that a noisy neighbour hurts both sides alike.
        bare_times, our_times = [], []
        for _ in range(repeats):
            bare_times.append(_best_of(1, bare))
            our_times.append(_best_of(1, ours))
        bare_s, our_s = min(bare_times), min(our_times)
    return {"load_10k_s": round(our_s, 3), "load_bare_10k_s": round(bare_s, 3),
            "load_ratio": round(our_s / bare_s, 3)}
