"""Import and export speed of every format, on a pack of 2,000 questions of all four types.

Figures are milliseconds per 1,000 questions (best of a few runs), for export then import of
the same bytes; a teacher's real files are far smaller, so these bound the worst case.
"""

from __future__ import annotations

import time

from bench.packgen import big_pack
from game.packs.formats import EXPORTERS, IMPORTERS, export_pack


def _best_of(repeats: int, action) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def run(quick: bool) -> dict[str, float]:
    count = 500 if quick else 2000
    repeats = 2 if quick else 3
    pack = big_pack(count)
    figures: dict[str, float] = {}
    for fmt in EXPORTERS:
        seconds, exported = _best_of(repeats, lambda: export_pack(pack, fmt, ""))
        figures[f"{fmt} export ms per 1000 questions"] = round(seconds * 1000 * 1000 / count, 1)
        imported_seconds, result = _best_of(
            repeats, lambda: IMPORTERS[fmt](exported.data, f"bench.{fmt}", "bench", None))
        figures[f"{fmt} import ms per 1000 questions"] = round(imported_seconds * 1000 * 1000 / count, 1)
        figures[f"{fmt} questions kept of {count}"] = len(result.pack.questions)
    return figures
