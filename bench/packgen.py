"""Synthetic packs for benchmarks and tests: many valid questions of every type."""

from __future__ import annotations

from game.packs.model import (
    ChoiceQuestion, Citation, NumberQuestion, Pack, Source, TextQuestion, TrueFalseQuestion,
)

CITIES = ["Sochi", "Vancouver", "Turin", "Nagano", "Oslo", "Calgary", "Sapporo", "Lillehammer"]


def big_pack(count: int) -> Pack:
    questions = []
    for index in range(count):
        kind = index % 4
        common = dict(id=f"q-{index}", difficulty=("easy", "medium", "hard")[index % 3],
                      source=Citation(doc="doc-1", quote=f"Sentence number {index} says that the host city was Sochi."),
                      tags=["bench"])
        if kind == 0:
            questions.append(ChoiceQuestion(prompt=f"Which city hosted event number {index}?", answer=CITIES[index % 8],
                                            wrong=[CITIES[(index + k) % 8] for k in (1, 2, 3)],
                                            explanation="Chosen by the committee.", **common))
        elif kind == 1:
            questions.append(TrueFalseQuestion(prompt=f"Event {index} took place on the Black Sea coast.",
                                               answer=index % 2 == 0, **common))
        elif kind == 2:
            questions.append(NumberQuestion(prompt=f"In what year did event {index} happen?", answer=1900 + index % 120,
                                            tolerance=0, unit="", **common))
        else:
            questions.append(TextQuestion(prompt=f"On the coast of which sea does city {index} lie?",
                                          answer="Black Sea", accept=["the Black Sea"], **common))
    return Pack(id="bench-pack", title="Benchmark pack", description="Synthetic questions for timing.",
                sources=[Source(id="doc-1", title="Synthetic document", path="seeds/none.txt", sha256="0" * 64)],
                questions=questions)


def big_library(folder, packs: int = 100, per_pack: int = 100) -> list:
    """Write `packs` pack files of `per_pack` questions each into `folder` (a library of
    packs * per_pack questions); returns their paths. Written with the C emitter: only the
    content matters, and the pure-Python dumper would take longer than what it is used to time."""
    from pathlib import Path

    import yaml

    from game.packs.dump import pack_to_data

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    template = pack_to_data(big_pack(per_pack))
    files = []
    for number in range(packs):
        data = dict(template, id=f"bench-pack-{number:03d}", title=f"Benchmark pack {number}")
        path = folder / f"bench-{number:03d}.yaml"
        path.write_text(yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True,
                                  default_flow_style=False), encoding="utf-8")
        files.append(path)
    return files
