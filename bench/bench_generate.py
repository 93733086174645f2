"""Generation speed: seconds per megabyte of text, how time grows with size, and peak memory.

The input is varied prose (the test documents, the seed and, when present, the shared
encyclopedia fixtures) concatenated to the wanted size, read as one document.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

from game.generate import document_from_bytes, generate_pack, read_document

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


def _sources() -> list[str]:
    paths = sorted((ROOT / "tests" / "data" / "generate").iterdir()) + sorted((ROOT / "seeds").glob("*.txt"))
    squad = ROOT.parent / "shared" / "fixtures" / "squad"
    if squad.is_dir():
        paths += sorted(squad.glob("*.txt"))
    return [read_document(p).text for p in paths]


def varied_text(size: int) -> bytes:
    """About `size` bytes of prose made by repeating the sources in turn."""
    texts = _sources()
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        text = texts[index % len(texts)]
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        index += 1
    return "\n\n".join(parts).encode("utf-8")


def _time(data: bytes) -> float:
    """CPU seconds of this process: a fair figure for "one core" on a busy shared machine."""
    start = time.process_time()
    generate_pack([document_from_bytes(data, "bench.txt")])
    return time.process_time() - start


def run(quick: bool) -> dict[str, float]:
    base = 24 * 1024 if quick else 128 * 1024
    sizes = {factor: varied_text(base * factor) for factor in (1, 4, 16)}
    seconds = {factor: min(_time(data) for _ in range(1 if quick or factor == 16 else 2))
               for factor, data in sizes.items()}
    megabytes = {factor: len(data) / MB for factor, data in sizes.items()}
    tracemalloc.start()
    generate_pack([document_from_bytes(sizes[4], "bench.txt")])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "generate_s_per_mb": round(seconds[16] / megabytes[16], 2),
        "generate_scaling_16x": round(seconds[16] / seconds[1], 2),
        "generate_peak_mb": round(peak / MB, 1),
        "generate_input_16x_mb": round(megabytes[16], 2),
    }
