"""The figures page that bench/run.py writes: merged, dated, never hand-typed."""

from __future__ import annotations

from bench.run import record_figures


def _rows(page):
    return {line.split("|")[2].strip(): [c.strip() for c in line.strip().strip("|").split("|")]
            for line in page.read_text(encoding="utf-8").splitlines()
            if line.startswith("| ") and not line.startswith("| area")}


def test_a_run_records_each_figure_with_its_date_and_machine(tmp_path):
    page = tmp_path / "figures.md"
    record_figures(page, [("pack loading", "load_ms", 3.25)], today="2026-12-06", machine="box, 2 cores")
    assert _rows(page)["load_ms"] == ["pack loading", "load_ms", "3.25", "2026-12-06", "box, 2 cores"]


def test_a_later_partial_run_keeps_the_figures_it_did_not_measure(tmp_path):
    page = tmp_path / "figures.md"
    record_figures(page, [("pack loading", "load_ms", 3.25), ("game window", "frame_p99_ms", 12.0)],
                   today="2026-12-06", machine="a")
    record_figures(page, [("pack loading", "load_ms", 4.5)], today="2026-12-07", machine="b")
    rows = _rows(page)
    assert rows["load_ms"][2:] == ["4.5", "2026-12-07", "b"]
    assert rows["frame_p99_ms"][2:] == ["12", "2026-12-06", "a"]


def test_figures_are_listed_in_the_order_of_the_benches(tmp_path):
    page = tmp_path / "figures.md"
    record_figures(page, [("game window", "frame_p99_ms", 12.0), ("pack loading", "load_ms", 1.0)],
                   today="2026-12-06", machine="a")
    assert list(_rows(page)) == ["load_ms", "frame_p99_ms"]
