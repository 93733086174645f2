"""JSON Schema of pack format v1, for editors with a YAML language server.

The schema file shipped beside this module is written by `build_schema()`; a test keeps the
two, and the model's fields, in step. The schema is a help while typing: `relayquiz
validate` remains the judge (it also checks what a schema cannot, like unique ids).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game.packs.model import DIFFICULTIES, MAX_WRONG_OPTIONS, QUESTION_TYPES, TIME_LIMIT_RANGE
from game.packs.validate import MAX_ID_LENGTH, MAX_OPTION_LENGTH, MAX_POINTS, MAX_PROMPT_LENGTH, QUESTION_KEYS

SCHEMA_PATH = Path(__file__).with_name("relayquiz-pack-v1.schema.json")
SCHEMA_ID = "https://relayquiz.invalid/schema/pack-v1.json"

# YAML reads `id: 2014` or `title: 1984` as numbers; the game accepts them as text.
_SLUG = {"type": ["string", "integer"], "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": MAX_ID_LENGTH}
_TEXT = {"type": ["string", "number"], "minLength": 1}
_PROSE = {"type": "string", "minLength": 1}
_OPTION = {"type": ["string", "number"], "minLength": 1, "maxLength": MAX_OPTION_LENGTH}
_TEXT_LIST = {"type": "array", "items": {"type": ["string", "number"], "minLength": 1}}


def _question_schema(qtype: str) -> dict[str, Any]:
    answer: dict[str, Any]
    if qtype == "truefalse":
        answer = {"type": "boolean"}
    elif qtype == "number":
        answer = {"type": "number"}
    else:
        answer = dict(_OPTION)
    properties: dict[str, Any] = {
        "id": _SLUG,
        "type": {"const": qtype},
        "prompt": {"type": "string", "minLength": 1, "maxLength": MAX_PROMPT_LENGTH},
        "answer": answer,
        "difficulty": {"enum": list(DIFFICULTIES)},
        "time_limit": {"type": "integer", "minimum": TIME_LIMIT_RANGE[0], "maximum": TIME_LIMIT_RANGE[1]},
        "explanation": {"type": "string"},
        "image": {"$ref": "#/$defs/image"},
        "tags": _TEXT_LIST,
        "source": {"$ref": "#/$defs/citation"},
        "meta": {"type": "object"},
    }
    if qtype in ("choice", "text"):
        properties["wrong"] = {"type": "array", "items": _OPTION, "maxItems": MAX_WRONG_OPTIONS,
                               "minItems": 1 if qtype == "choice" else 0}
    if qtype == "number":
        properties["tolerance"] = {"type": "number", "minimum": 0}
        properties["unit"] = {"type": "string"}
        properties["wrong"] = {"type": "array", "items": {"type": "number"}, "maxItems": MAX_WRONG_OPTIONS}
    if qtype == "text":
        properties["accept"] = _TEXT_LIST
    required = ["id", "type", "prompt", "answer"] + (["wrong"] if qtype == "choice" else [])
    ordered = {key: properties[key] for key in QUESTION_KEYS[qtype]}
    return {"type": "object", "properties": ordered, "required": required, "additionalProperties": False}


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
            "tags": _TEXT_LIST,
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
