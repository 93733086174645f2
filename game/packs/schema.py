"""JSON Schema of pack format v1, for editors with a YAML language server.

The schema file shipped beside this module is written by `build_schema()`; a test keeps the
two, and the model's fields, in step. The schema is a help while typing: `relayquiz
validate` remains the judge (it also checks what a schema cannot, like unique ids).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game.packs.model import QUESTION_TYPES
from game.packs.questiontypes import (
    DIFFICULTIES,
    MAX_ID_LENGTH,
    MAX_OPTION_LENGTH,
    MAX_TAG_LENGTH,
    TIME_LIMIT_RANGE,
    FieldRule,
    question_fields,
    schema_order,
)
from game.packs.validate import MAX_POINTS

SCHEMA_PATH = Path(__file__).with_name("relayquiz-pack-v1.schema.json")
SCHEMA_ID = "https://relayquiz.invalid/schema/pack-v1.json"

# YAML reads `id: 2014` or `title: 1984` as numbers; the game accepts them as text.
_SLUG = {"type": ["string", "integer"], "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": MAX_ID_LENGTH}
_TEXT = {"type": ["string", "number"], "minLength": 1}
_PROSE = {"type": "string", "minLength": 1}
_TEXT_LIST = {"type": "array", "items": {"type": ["string", "number"], "minLength": 1}}
_TAGS = {"type": "array", "items": {"type": ["string", "number"], "minLength": 1, "maxLength": MAX_TAG_LENGTH}}


def _field_schema(rule: FieldRule, qtype: str) -> dict[str, Any]:
    """What a question field holds, as JSON Schema, from its declared kind and limits."""
    kind = rule.kind
    if kind == "slug":
        return _SLUG
    if kind == "type":
        return {"const": qtype}
    if kind == "prose":
        return {"type": "string", "minLength": 1, "maxLength": rule.max_length}
    if kind == "option":
        return {"type": ["string", "number"], "minLength": 1, "maxLength": rule.max_length}
    if kind == "short_text":
        return {"type": "string", "maxLength": rule.max_length}
    if kind == "truth":
        return {"type": "boolean"}
    if kind == "number":
        return {"type": "number", **({"minimum": rule.minimum} if rule.minimum is not None else {})}
    if kind == "whole_number":
        low, high = rule.value_range or (None, None)
        return {"type": "integer", "minimum": low, "maximum": high}
    if kind == "difficulty":
        return {"enum": list(DIFFICULTIES)}
    if kind in ("option_list", "text_list"):
        items = {"type": ["string", "number"], "minLength": 1, "maxLength": rule.max_length or MAX_OPTION_LENGTH}
        schema: dict[str, Any] = {"type": "array", "items": items}
        if rule.max_items is not None:
            schema.update(maxItems=rule.max_items, minItems=rule.min_items)
        return schema
    if kind == "number_list":
        return {"type": "array", "items": {"type": "number"}, "maxItems": rule.max_items}
    if kind == "image":
        return {"$ref": "#/$defs/image"}
    if kind == "citation":
        return {"$ref": "#/$defs/citation"}
    if kind == "meta":
        return {"type": "object"}
    raise ValueError(f"no schema for a field of kind {kind!r}")


def _question_schema(qtype: str) -> dict[str, Any]:
    rules = {rule.key: rule for rule in question_fields(qtype)}
    properties = {key: _field_schema(rules[key], qtype) for key in schema_order(qtype)}
    required = [key for key in schema_order(qtype) if rules[key].required]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def build_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Torch Relay Quiz pack, format v1",
        "type": "object",
        "properties": {
            "relayquiz": {"const": 1, "description": "format version"},
            "id": _SLUG,
            "title": _TEXT,
            "description": {"type": "string"},
            "language": {"type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"},
            "author": {"type": ["string", "number"]},
            "license": {"type": ["string", "number"]},
            "tags": _TAGS,
            "defaults": {
                "type": "object",
                "properties": {
                    "time_limit": {"type": "integer", "minimum": TIME_LIMIT_RANGE[0],
                                   "maximum": TIME_LIMIT_RANGE[1]},
                    "points": {"type": "integer", "minimum": 0, "maximum": MAX_POINTS},
                },
                "additionalProperties": False,
            },
            "sources": {"type": "array", "items": {"$ref": "#/$defs/source"}},
            "questions": {"type": "array", "items": {"$ref": "#/$defs/question"}},
            "meta": {"type": "object", "description": "free-form; anything goes here"},
        },
        "required": ["relayquiz", "id", "title", "questions"],
        "additionalProperties": False,
        "$defs": {
            "source": {
                "type": "object",
                "properties": {
                    "id": _SLUG,
                    "title": _TEXT,
                    "path": {"type": "string"},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                },
                "required": ["id", "title"],
                "additionalProperties": False,
            },
            "image": {
                "type": "object",
                "properties": {
                    "file": {"type": "string", "pattern": "\\.([Pp][Nn][Gg]|[Jj][Pp][Ee]?[Gg])$"},
                    "alt": _PROSE,
                },
                "required": ["file", "alt"],
                "additionalProperties": False,
            },
            "citation": {
                "type": "object",
                "properties": {"doc": {"type": ["string", "integer"]}, "quote": _PROSE},
                "required": ["quote"],
                "additionalProperties": False,
            },
            "question": {"oneOf": [{"$ref": f"#/$defs/{t}"} for t in QUESTION_TYPES]},
            **{qtype: _question_schema(qtype) for qtype in QUESTION_TYPES},
        },
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> None:
    path.write_text(schema_text(), encoding="utf-8")
