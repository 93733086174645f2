"""Round trips: for every pack a format can express, export -> import gives the same questions.

`tests/formatgen.py` draws packs inside what each format holds. The exporter must then need
no note at all (nothing shortened, changed or dropped), and importing its bytes must give
back every question with the fields that format keeps.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from game.packs.formats import EXTENSIONS, IMPORTERS, export_pack
from game.packs.model import Pack
from tests.formatgen import CAPABILITIES, PICTURES, packs

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def pack_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pack")
    for relative, data in PICTURES.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(data)
    return folder


def comparable(pack: Pack, fmt: str, files: dict[str, bytes], folder: Path | None) -> list[dict]:
    caps = CAPABILITIES[fmt]
    result = []
    for question in pack.questions:
        entry = {"type": question.type, "prompt": question.prompt, "answer": question.answer}
        for name in ("wrong", "accept", "tolerance", "unit"):
            if hasattr(question, name):
                entry[name] = getattr(question, name)
        if caps.ids:
            entry["id"] = question.id
        if caps.times:
            entry["time"] = pack.time_limit_for(question)
        if caps.explanation:
            entry["explanation"] = question.explanation
        if caps.tags:
            entry["tags"] = question.tags
        if caps.difficulty:
            entry["difficulty"] = question.difficulty
        if caps.image and question.image is not None:
            data = files[question.image.file] if files else (folder / question.image.file).read_bytes()
            entry["image"] = (question.image.alt, data)
        result.append(entry)
    return result


def round_trip(pack: Pack, fmt: str, folder: Path) -> None:
    pack.path = folder / "pack.yaml"
    target = folder / f"exported{EXTENSIONS[fmt]}"
    exported = export_pack(pack, fmt, target)
    assert [str(n) for n in exported.notes] == []
    assert exported.written == len(pack.questions)
    target.write_bytes(exported.data)
    back = IMPORTERS[fmt](exported.data, str(target), "round-trip", None)
    assert [str(n) for n in back.notes] == []
    assert comparable(back.pack, fmt, back.files, None) == comparable(pack, fmt, {}, folder)


@SETTINGS
@given(pack=packs("kahoot"))
def test_kahoot_round_trip(pack, pack_folder):
    round_trip(pack, "kahoot", pack_folder)


@SETTINGS
@given(pack=packs("quizizz"))
def test_quizizz_round_trip(pack, pack_folder):
    round_trip(pack, "quizizz", pack_folder)


@SETTINGS
@given(pack=packs("moodlexml"))
def test_moodle_xml_round_trip(pack, pack_folder):
    round_trip(pack, "moodlexml", pack_folder)


@SETTINGS
@given(pack=packs("gift"))
def test_gift_round_trip(pack, pack_folder):
    round_trip(pack, "gift", pack_folder)


@SETTINGS
@given(pack=packs("aiken"))
def test_aiken_round_trip(pack, pack_folder):
    round_trip(pack, "aiken", pack_folder)


@SETTINGS
@given(pack=packs("csv"))
def test_csv_round_trip(pack, pack_folder):
    round_trip(pack, "csv", pack_folder)
