"""Generation speed: seconds per megabyte of text, how time grows with size, and peak memory.

The input is varied prose (the test documents, the seed and, when present, the shared
encyclopedia fixtures) concatenated to the wanted size, read as one document. The full run
uses about 1 MB, 4 MB and 16 MB; `--quick` uses 32 KB, 128 KB and 512 KB. The check that a
document is English is also timed on its own at the smallest size, as a share of generation.

Each size runs in a fresh child process, so every size gets its own CPU time and its own peak
memory (the most resident memory the process ever held, input and output included), with
nothing left over from the size before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
FACTORS = (1, 4, 16)


def _sources() -> list[str]:
    from game.generate import read_document

    paths = sorted((ROOT / "tests" / "data" / "generate").iterdir()) + sorted((ROOT / "seeds").glob("*.txt"))
    squad = Path(os.environ.get("RELAYQUIZ_SHARED") or ROOT.parent / "shared") / "fixtures" / "squad"
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


def _peak_kb() -> int:
    """The most resident memory this process has held, in kilobytes. Linux's VmHWM starts
    afresh with the program; getrusage's figure can carry the parent's peak across exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _measure_child(size: int) -> None:
    """Run in a child: build the input, generate once, print CPU seconds and peak memory."""
    from game.generate import document_from_bytes, generate_pack
    from game.generate.language import detect

    data = varied_text(size)
    start = time.process_time()
    document = document_from_bytes(data, "bench.txt")
    pack = generate_pack([document])
    seconds = time.process_time() - start
    # The check that the document is English (part of the time above), on its own: the best of
    # five runs, since one run is too short to time alone.
    checks = []
    for _ in range(5):
        began = time.process_time()
        assert detect(document.text) is None
        checks.append(time.process_time() - began)
    print(json.dumps({"seconds": seconds, "bytes": len(data), "peak_kb": _peak_kb(),
                      "questions": len(pack.questions), "language_check_seconds": min(checks)}))


def _measure(size: int) -> dict[str, float]:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); "
            "from bench.bench_generate import _measure_child; _measure_child(int(sys.argv[2]))")
    done = subprocess.run([sys.executable, "-c", code, str(ROOT), str(size)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(quick: bool) -> dict[str, float]:
    base = 32 * 1024 if quick else MB
    runs = {factor: _measure(base * factor) for factor in FACTORS}
    seconds = {factor: r["seconds"] for factor, r in runs.items()}
    megabytes = {factor: r["bytes"] / MB for factor, r in runs.items()}
    peak = {factor: r["peak_kb"] / 1024 for factor, r in runs.items()}
    return {
        "generate_s_per_mb": round(seconds[16] / megabytes[16], 2),
        "generate_s_per_mb_1x": round(seconds[1] / megabytes[1], 2),
        "generate_scaling_4x": round(seconds[4] / seconds[1], 2),
        "generate_scaling_16x": round(seconds[16] / seconds[1], 2),
        "generate_peak_mb": round(peak[16], 1),
        "generate_peak_mb_1x": round(peak[1], 1),
        "generate_peak_mb_4x": round(peak[4], 1),
        "generate_input_1x_mb": round(megabytes[1], 2),
        "generate_input_16x_mb": round(megabytes[16], 2),
        "generate_language_check_ms_1x": round(runs[1]["language_check_seconds"] * 1000, 2),
        "generate_language_check_share_1x_pct": round(100 * runs[1]["language_check_seconds"] / seconds[1], 3),
    }
