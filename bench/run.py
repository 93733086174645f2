"""Every benchmark of the game, printed as one table.

    python bench/run.py [--quick] [--json FILE] [--only NAME,...]

Each bench module has `run(quick) -> {figure: number}`. Timed assertions do not belong in
tests (machines are noisy); this table is where speed is read.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Module name -> what it measures; the order is the order of the table.
BENCHES = {
    "bench_load": "pack loading",
    "bench_hostile_packs": "hostile packs folder",
    "bench_records": "quiz and records",
    "bench_formats": "import and export",
    "bench_generate": "question generation",
    "bench_frames": "game window",
    "bench_editor": "pack editor",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the benchmarks and print a table of figures.")
    parser.add_argument("--quick", action="store_true", help="smaller inputs and fewer repeats")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as {name: number}")
    parser.add_argument("--only", metavar="NAMES", help="comma-separated bench modules to run")
    args = parser.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(BENCHES)
    figures: dict[str, float] = {}
    rows: list[tuple[str, str, float]] = []
    run_started = time.perf_counter()
    for name in chosen:
        module = importlib.import_module(f"bench.{name}")
        start = time.perf_counter()
        results = module.run(args.quick)
        elapsed = time.perf_counter() - start
        for figure, value in results.items():
            figures[figure] = value
            rows.append((BENCHES.get(name, name), figure, value))
        print(f"{name} took {elapsed:.1f} s", file=sys.stderr, flush=True)
    width = max((len(r[1]) for r in rows), default=6)
    area_width = max((len(r[0]) for r in rows), default=4)
    print(f"{'area'.ljust(area_width)}  {'figure'.ljust(width)}  value")
    print(f"{'-' * area_width}  {'-' * width}  -----")
    for area, figure, value in rows:
        print(f"{area.ljust(area_width)}  {figure.ljust(width)}  {value}")
    print(f"\nwhole run: {time.perf_counter() - run_started:.1f} s{' (quick)' if args.quick else ''}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
