"""Each reader on hostile input: how long it takes to refuse, and the peak memory meanwhile.

    python bench/run.py --only bench_hostile_reading [--quick]

The inputs are the ones that once cost minutes and gigabytes: a 30 MB pack of 15 million tiny
YAML values, YAML and JSON nested 100,000 deep, aliases that expand a billionfold, 60 MB of
JSON values and of XML elements, a workbook under 1 MB whose shared strings unpack to 243 MB,
`/dev/zero` given to import and to generate, and an endless pipe into `generate -`.

Each runs once in a fresh child process that imports the reader first, then reads. Its
figures are the CPU seconds from the call to the refusal (`*_s`; on a shared machine the
wall time says more about the neighbours, so only the worst is given, `reading_worst_wall_s`)
and the child's peak resident memory in MB (`*_peak_mb`, the interpreter and its imports
included, about 30 MB of it). The promise is under a second and bounded memory for every one;
`reading_worst_s` and `reading_worst_peak_mb` are the largest of them. A figure of -1 means the reader did not
refuse the input (that is a failure, whatever the time).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024

# What the child runs: `case` names the reader, `path` the input. It prints one JSON line.
_CHILD = r"""
import json, resource, sys, time
case, path = sys.argv[1], sys.argv[2]
from game.generate import GenerateError, read_document
from game.packs import PackError, load_pack
from game.packs.formats import FormatError, import_file
readers = {
    "pack": lambda: load_pack(path),
    "import": lambda: import_file(path, None, "p"),
    "generate": lambda: read_document(path),
}
start, cpu = time.perf_counter(), time.process_time()
try:
    readers[case]()
    refused = ""
except (PackError, FormatError, GenerateError) as exc:
    refused = str(exc).splitlines()[0][:160]
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_mb": peak, "refused": refused}))
"""


def _write_repeated(path: Path, head: bytes, unit: bytes, count: int, tail: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(head)
        block = unit * 65_536
        for _ in range(count // 65_536):
            handle.write(block)
        handle.write(unit * (count % 65_536))
        handle.write(tail)


def _strings_bomb(path: Path, strings: int) -> None:
    """A Kahoot-shaped workbook whose shared strings unpack to `strings` times 17 bytes."""
    from game.packs.formats import export_pack
    from game.packs.model import ChoiceQuestion, Pack

    pack = Pack(id="p", title="T", questions=[ChoiceQuestion(id="q", prompt="Where?", answer="Sochi",
                                                             wrong=["Turin"])])
    source = zipfile.ZipFile(__import__("io").BytesIO(export_pack(pack, "kahoot", "").data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for info in source.infolist():
            if info.filename != "xl/sharedStrings.xml":
                archive.writestr(info.filename, source.read(info.filename))
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
                       b'spreadsheetml/2006/main">')
            block = b"<si><t>a</t></si>" * 65_536
            for _ in range(strings // 65_536):
                part.write(block)
            part.write(b"</sst>")


def _inputs(folder: Path, quick: bool) -> dict[str, tuple[str, str]]:
    """Figure name -> (reader, path) for every hostile input, written into `folder`."""
    scale = 4 if quick else 1
    cases: dict[str, tuple[str, str]] = {}
    nodes = folder / "nodes.yaml"
    _write_repeated(nodes, b"relayquiz: 1\nmeta: [", b"1,", 15_000_000 // scale, b"1]\n")
    cases["yaml_15m_nodes"] = ("pack", str(nodes))
    deep = folder / "deep.yaml"
    deep.write_text("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    cases["yaml_deep_100k"] = ("pack", str(deep))
    laughs = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    laughs += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    (folder / "laughs.yaml").write_text("\n".join(laughs) + "\n")
    cases["yaml_billion_laughs"] = ("pack", str(folder / "laughs.yaml"))
    json_deep = folder / "deep.json"
    json_deep.write_text('{"response_code": 0, "results": ' + "[" * 100_000 + "]" * 100_000 + "}")
    cases["json_deep_100k"] = ("import", str(json_deep))
    json_many = folder / "many.json"
    _write_repeated(json_many, b'{"response_code": 0, "results": [', b"1,", 30_000_000 // scale, b"1]}")
    cases["json_60mb_values"] = ("import", str(json_many))
    xml_many = folder / "many.xml"
    _write_repeated(xml_many, b'<?xml version="1.0"?><quiz>', b"<a/>", 15_000_000 // scale, b"</quiz>")
    cases["xml_60mb_elements"] = ("import", str(xml_many))
    bomb = folder / "bomb.xlsx"
    _strings_bomb(bomb, 15_000_000 // scale)
    cases["xlsx_strings_bomb"] = ("import", str(bomb))
    if Path("/dev/zero").exists():
        cases["import_dev_zero"] = ("import", "/dev/zero")
        cases["generate_dev_zero"] = ("generate", "/dev/zero")
    return cases


def _child(reader: str, path: str, stdin=None) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, reader, path], cwd=ROOT, stdin=stdin,
                          capture_output=True, text=True, timeout=600)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"seconds": -1.0, "cpu": -1.0, "peak_mb": -1.0, "refused": ""}
    return json.loads(lines[-1])


def _endless_pipe() -> dict:
    """`generate -` with an endless pipe of prose on its standard input."""
    with subprocess.Popen(["yes", "The Danube flows through Vienna and Budapest."],
                          stdout=subprocess.PIPE) as endless:
        try:
            return _child("generate", "-", stdin=endless.stdout)
        finally:
            endless.kill()


def run(quick: bool) -> dict[str, float]:
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, (reader, path) in _inputs(Path(scratch), quick).items():
            results[name] = _child(reader, path)
    if os.path.exists("/usr/bin/yes") or os.path.exists("/bin/yes"):
        results["generate_endless_pipe"] = _endless_pipe()
    figures: dict[str, float] = {}
    for name, result in results.items():
        refused = bool(result["refused"])
        figures[f"{name}_s"] = round(result["cpu"], 3) if refused else -1
        figures[f"{name}_peak_mb"] = round(result["peak_mb"], 1) if refused else -1
    measured = [r for r in results.values() if r["refused"]]
    figures["reading_worst_s"] = round(max(r["cpu"] for r in measured), 3) if measured else -1
    figures["reading_worst_wall_s"] = round(max(r["seconds"] for r in measured), 3) if measured else -1
    figures["reading_worst_peak_mb"] = round(max(r["peak_mb"] for r in measured), 1) if measured else -1
    figures["reading_not_refused"] = len(results) - len(measured)
    return figures


if __name__ == "__main__":
    if "--show" in sys.argv:  # each input's message, to see which limit refused it
        with tempfile.TemporaryDirectory() as scratch:
            for name, (reader, path) in _inputs(Path(scratch), "--quick" in sys.argv).items():
                print(f"{name}: {_child(reader, path)}")
    else:
        for figure, value in run("--quick" in sys.argv).items():
            print(f"{figure}  {value}")
