"""Every benchmark of the game, printed as one table.

    python bench/run.py [--quick] [--json FILE] [--only NAME,...] [--no-figures]

Each bench module has `run(quick) -> {figure: number}`. Timed assertions do not belong in
tests (machines are noisy); this table is where speed is read. A full run (not `--quick`)
also writes its figures into docs/figures.md, each with the date and the machine it was
measured on, keeping the figures of benches that were not run this time.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Module name -> what it measures; the order is the order of the table.
BENCHES = {
    "bench_load": "pack loading",
    "bench_hostile_packs": "hostile packs folder",
    "bench_hostile_reading": "hostile input, each reader",
    "bench_records": "quiz and records",
    "bench_formats": "import and export",
    "bench_generate": "question generation",
    "bench_shapes": "generation, awkward shapes",
    "bench_frames": "game window",
    "bench_largest_window": "game window at 7680x4320",
    "bench_idle": "idle window",
    "bench_startup": "first window",
    "bench_cli": "command line",
    "bench_editor": "pack editor",
    "bench_phones": "phones",
    "bench_phones_window": "phones",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the benchmarks and print a table of figures.")
    parser.add_argument("--quick", action="store_true", help="smaller inputs and fewer repeats")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as {name: number}")
    parser.add_argument("--only", metavar="NAMES", help="comma-separated bench modules to run")
    parser.add_argument("--no-figures", action="store_true",
                        help="do not record the figures in docs/figures.md")
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
    if not args.quick and not args.no_figures and rows:
        record_figures(FIGURES_PAGE, rows)
        print(f"figures recorded in {FIGURES_PAGE.relative_to(ROOT)}", file=sys.stderr)
    return 0


FIGURES_PAGE = ROOT / "docs" / "figures.md"
_FIGURES_HEAD = """# Measured figures

Written by `python bench/run.py` (a full run, not `--quick`); do not edit by hand. Each figure
keeps the date and the machine of the run that last measured it. What each figure means is
said where it matters: docs/generator.md, docs/playing.md, docs/editor.md and the bench
modules' docstrings.

| area | figure | value | measured | machine |
|---|---|---|---|---|
"""


def machine_description() -> str:
    """A short, stable name for the machine a figure was measured on."""
    cores = os.cpu_count() or 1
    return (f"{platform.system()} {platform.machine()}, {cores} core{'s' if cores != 1 else ''}, "
            f"Python {platform.python_version()}")


def _format_value(value: float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.4g}"
    return str(int(value)) if isinstance(value, (int, float)) else str(value)


def record_figures(page: Path, rows: list[tuple[str, str, float]], today: str | None = None,
                   machine: str | None = None) -> None:
    """Merge this run's figures into the figures page, keeping figures this run did not measure."""
    today = today or date.today().isoformat()
    machine = machine or machine_description()
    kept: dict[str, tuple[str, str, str, str]] = {}
    if page.exists():
        for line in page.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) == 5 and line.startswith("|") and cells[1] not in ("figure", "---"):
                kept[cells[1]] = (cells[0], cells[2], cells[3], cells[4])
    for area, figure, value in rows:
        kept[figure] = (area, _format_value(value), today, machine)
    area_order = {area: i for i, area in enumerate(BENCHES.values())}
    ordered = sorted(kept.items(), key=lambda item: (area_order.get(item[1][0], len(area_order)), item[1][0]))
    body = "".join(f"| {area} | {figure} | {value} | {when} | {where} |\n"
                   for figure, (area, value, when, where) in ordered)
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(_FIGURES_HEAD + body, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
