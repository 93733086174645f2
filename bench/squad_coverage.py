"""Does the generator ask about what people ask about? A table over the ten SQuAD articles.

    python bench/squad_coverage.py [--json FILE]

For each article of `shared/fixtures/squad/` (found through RELAYQUIZ_SHARED, else `../shared`
beside the project) it writes a pack with the default options and scores it with
`shared/tools/coverage.py`: recall (the share of people's questions whose answer the pack also
asks for, token F1 >= 0.5) and precision (the share of the pack's answers that some person asked
about). Beside it, the tool's naive baseline (every capitalised run and every number) in full,
and held to the generator's own number of answers: its first N in the text, and N drawn at
random (the mean of 50 seeded draws). Not part of `bench/run.py`: it needs the shared fixtures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
DRAWS = 50


def _shared() -> Path:
    return Path(os.environ.get("RELAYQUIZ_SHARED") or ROOT.parent / "shared")


def _coverage_tool():
    path = _shared() / "tools" / "coverage.py"
    spec = importlib.util.spec_from_file_location("squad_coverage_tool", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure() -> dict[str, dict[str, float]]:
    from game.generate import generate_pack
    from game.packs.dump import write_pack

    tool = _coverage_tool()
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for text_path in sorted((_shared() / "fixtures" / "squad").glob("*.txt")):
            gold = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))["questions"]
            text = text_path.read_text(encoding="utf-8")
            pack_path = Path(folder) / f"{text_path.stem}.yaml"
            write_pack(generate_pack([str(text_path)]), pack_path)
            ours = tool.pack_answers(str(pack_path))
            naive: list[str] = []
            seen: set[str] = set()
            for span in tool.naive_spans(text):
                if tool.norm(span) not in seen:
                    seen.add(tool.norm(span))
                    naive.append(span)
            budget = min(len(ours), len(naive))
            pack_score = tool.score(ours, gold)
            naive_score = tool.score(naive, gold)
            drawn = [tool.score(random.Random(seed).sample(naive, budget), gold)["recall_f1_50"]
                     for seed in range(DRAWS)]
            rows[text_path.stem] = {
                "answers": len(ours),
                "recall": pack_score["recall_f1_50"],
                "precision": pack_score["precision_f1_50"],
                "naive_answers": len(naive),
                "naive_recall": naive_score["recall_f1_50"],
                "naive_precision": naive_score["precision_f1_50"],
                "naive_first_n_recall": tool.score(naive[:budget], gold)["recall_f1_50"],
                "naive_random_n_recall": round(sum(drawn) / len(drawn), 3),
            }
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score generated packs against the SQuAD questions.")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if not (_shared() / "fixtures" / "squad").is_dir():
        print(f"no SQuAD fixtures under {_shared()}; set RELAYQUIZ_SHARED", file=sys.stderr)
        return 1
    rows = measure()
    columns = list(next(iter(rows.values())))
    mean = {c: round(sum(r[c] for r in rows.values()) / len(rows), 3) for c in columns}
    widths = {c: max(len(c), 6) for c in columns}
    print(f"{'article':24}  " + "  ".join(c.rjust(widths[c]) for c in columns))
    for name, row in [*rows.items(), ("mean", mean)]:
        print(f"{name:24}  " + "  ".join(f"{row[c]:g}".rjust(widths[c]) for c in columns))
    if args.json:
        Path(args.json).write_text(json.dumps({"articles": rows, "mean": mean}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
