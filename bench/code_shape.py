"""The shape of the code, per package: how many modules, and the largest module and function.

    python bench/code_shape.py [--json FILE]

Not a speed figure: a reading aid for whoever restructures a package. Lines are counted as in
the file (blank lines and docstrings included); a function's length runs from its `def` line
to its last line, methods included.
"""

from __future__ import annotations

import argparse
import ast
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAME = ROOT / "game"


def _package_of(path: Path) -> str:
    """The dotted package a module belongs to (`game.ui.kit`); top-level modules count as `game`."""
    return ".".join(path.parent.relative_to(ROOT).parts)


def measure() -> dict[str, dict[str, object]]:
    shapes: dict[str, dict[str, object]] = {}
    for path in sorted(GAME.rglob("*.py")):
        package = _package_of(path)
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        shape = shapes.setdefault(package, {"modules": 0, "lines": 0, "largest_module": ("", 0),
                                            "largest_function": ("", 0)})
        shape["modules"] = int(shape["modules"]) + 1
        shape["lines"] = int(shape["lines"]) + lines
        if lines > shape["largest_module"][1]:
            shape["largest_module"] = (path.name, lines)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > shape["largest_function"][1]:
                    shape["largest_function"] = (f"{path.stem}.{node.name}", length)
    return shapes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Module count and largest module and function per package.")
    parser.add_argument("--json", metavar="FILE", help="also write the table as JSON")
    args = parser.parse_args(argv)
    shapes = measure()
    rows = [(name, str(s["modules"]), str(s["lines"]), f"{s['largest_module'][0]} ({s['largest_module'][1]})",
             f"{s['largest_function'][0]} ({s['largest_function'][1]})") for name, s in shapes.items()]
    header = ("package", "modules", "lines", "largest module (lines)", "largest function (lines)")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    if args.json:
        Path(args.json).write_text(json.dumps(shapes, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
