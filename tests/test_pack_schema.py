"""The shipped JSON Schema matches the model and the validator."""

from __future__ import annotations

import dataclasses
import json

import yaml

from game.packs import model
from game.packs.schema import SCHEMA_PATH, build_schema, schema_text
from game.packs.validate import PACK_KEYS, QUESTION_KEYS


def fields_of(cls) -> set[str]:
    return {f.name for f in dataclasses.fields(cls) if f.compare}  # Pack.path is not part of the file


def test_shipped_schema_file_is_up_to_date():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "regenerate with: python -c 'from game.packs.schema import write_schema; write_schema()'"
    )


def test_schema_properties_match_the_model():
    schema = build_schema()
    assert set(schema["properties"]) == fields_of(model.Pack) == set(PACK_KEYS)
    defs = schema["$defs"]
    assert set(defs["source"]["properties"]) == fields_of(model.Source)
    assert set(defs["image"]["properties"]) == fields_of(model.Image)
    assert set(defs["citation"]["properties"]) == fields_of(model.Citation)
    assert set(schema["properties"]["defaults"]["properties"]) == fields_of(model.Defaults)
    for qtype, cls in model.QUESTION_CLASSES.items():
        assert set(defs[qtype]["properties"]) == fields_of(cls) | {"type"} == set(QUESTION_KEYS[qtype])


def test_schema_accepts_the_shipped_packs_in_shape():
    """A light structural check without a schema library: every key used is described."""
    schema = build_schema()
    for path in SCHEMA_PATH.parent.parent.parent.joinpath("questions").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(data) <= set(schema["properties"])
        for question in data["questions"]:
            assert set(question) <= set(schema["$defs"][question["type"]]["properties"])
    json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
