"""Check that a change to the generator leaves every pack it writes byte-identical.

    python bench/same_packs.py write FILE     record a digest of every pack
    python bench/same_packs.py check FILE     regenerate and list every pack that differs

The packs: each document of tests/data/generate/ and of seeds/, as a default pack and with
`--all` (every candidate that passes the hard rules), the seed pack as shipped, the SQuAD
articles of the shared fixtures when present, and about 1 MB of the speed bench's input read
as one document. Run `write` before a change that must not alter the output (a speed-up, a
tidy-up) and `check` after it; both must run on the same test documents.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _documents() -> list[Path]:
    paths = sorted((ROOT / "tests" / "data" / "generate").iterdir()) + sorted((ROOT / "seeds").glob("*.txt"))
    squad = Path(os.environ.get("RELAYQUIZ_SHARED") or ROOT.parent / "shared") / "fixtures" / "squad"
    if squad.is_dir():
        paths += sorted(squad.glob("*.txt"))
    return [p for p in paths if p.is_file()]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digests(progress=None) -> dict[str, str]:
    """Name of each pack -> SHA-256 of its YAML, or of the error it raised."""
    from bench.bench_generate import varied_text
    from game.generate import GenerateError, GenerateOptions, document_from_bytes, generate_pack
    from game.packs.dump import dump_pack

    os.chdir(ROOT)  # paths relative to the project, so that two copies of it write the same packs
    runs: list[tuple[str, list, GenerateOptions]] = []
    for path in _documents():
        path = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        name = path.as_posix() if not path.is_absolute() else f"squad/{path.name}"
        runs.append((f"{name} default", [path], GenerateOptions()))
        runs.append((f"{name} --all", [path], GenerateOptions(keep_all=True)))
    seed = sorted(Path("seeds").glob("*.txt"))
    runs.append(("shipped seed pack", seed, GenerateOptions(pack_id="sochi-torch-spacewalk", title="Torch in Space")))
    runs.append(("bench 1 MB", [document_from_bytes(varied_text(1024 * 1024), "bench.txt")], GenerateOptions()))
    found: dict[str, str] = {}
    for name, inputs, options in runs:
        try:
            found[name] = _digest(dump_pack(generate_pack(inputs, options)))
        except GenerateError as error:
            found[name] = _digest(f"error: {error}")
        if progress:
            progress(name)
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("write", "check"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    action, file = argv
    now = digests()
    if action == "write":
        Path(file).write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(now)} packs recorded in {file}")
        return 0
    before = json.loads(Path(file).read_text(encoding="utf-8"))
    differ = sorted(name for name in set(before) | set(now) if before.get(name) != now.get(name))
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(now) - len(differ)} of {len(set(before) | set(now))} packs identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
