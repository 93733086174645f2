"""Which fields each question type has, and how text typed into them becomes pack data.

The editor keeps questions as plain data (what the YAML file holds), so that a question can be
wrong for a while as it is typed. Text that reads as a number becomes a number; text that does
not is kept as typed, and the pack validator says what is wrong with it, in its own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from game.packs.model import DIFFICULTIES, MAX_WRONG_OPTIONS, QUESTION_TYPES, format_number

# The dumper's key order for a question; the editor keeps every question's keys in it.
QUESTION_KEY_ORDER = ("id", "type", "prompt", "answer", "tolerance", "unit", "accept", "wrong",
                      "difficulty", "time_limit", "explanation", "image", "tags", "source", "meta")
# Keys a question of each type must always carry while edited (even when empty).
REQUIRED_KEYS = {"choice": ("id", "type", "prompt", "answer", "wrong"),
                 "truefalse": ("id", "type", "prompt", "answer"),
                 "number": ("id", "type", "prompt", "answer"),
                 "text": ("id", "type", "prompt", "answer")}
LIST_KEYS = ("wrong", "accept", "tags")
MAX_LIST_ITEMS = {"wrong": MAX_WRONG_OPTIONS, "accept": 20, "tags": 20}
TYPE_SHAPES = {"choice": "choice", "truefalse": "true/false", "number": "number", "text": "typed answer"}


@dataclass(frozen=True)
class FieldSpec:
    """One editable field: its key in the data, its label, and what kind of value it takes."""

    key: str
    label: str
    kind: str  # text, long_text, number, whole_number, truth, difficulty, text_list, number_list, tags
    hint: str = ""


def fields_for(qtype: str) -> tuple[FieldSpec, ...]:
    """Every field a question of `qtype` has, in the order the editor shows them."""
    if qtype not in QUESTION_TYPES:
        raise ValueError(f"unknown question type {qtype!r}")
    fields: list[FieldSpec] = [FieldSpec("prompt", "Question", "long_text")]
    if qtype == "choice":
        fields += [FieldSpec("answer", "Right answer", "text"),
                   FieldSpec("wrong", "Wrong options", "text_list", f"1 to {MAX_WRONG_OPTIONS}")]
    elif qtype == "truefalse":
        fields += [FieldSpec("answer", "Answer", "truth")]
    elif qtype == "number":
        fields += [FieldSpec("answer", "Right answer", "number"),
                   FieldSpec("tolerance", "Tolerance", "number", "how far off still counts"),
                   FieldSpec("unit", "Unit", "text", "shown after the answer box"),
                   FieldSpec("wrong", "Wrong options", "number_list", "for team play as choices")]
    else:
        fields += [FieldSpec("answer", "Right answer", "text"),
                   FieldSpec("accept", "Also accepted", "text_list", "other answers that count"),
                   FieldSpec("wrong", "Wrong options", "text_list", "for team play as choices")]
    fields += [FieldSpec("explanation", "Explanation", "long_text", "shown on the reveal"),
               FieldSpec("difficulty", "Difficulty", "difficulty"),
               FieldSpec("time_limit", "Time limit", "whole_number", "seconds; empty for the pack's"),
               FieldSpec("tags", "Tags", "tags", "separated by commas"),
               FieldSpec("id", "Id", "text", "a-z, 0-9 and hyphens")]
    return tuple(fields)


DIFFICULTY_CHOICES: tuple[str | None, ...] = (None, *DIFFICULTIES)

_NUMBER = re.compile(r"^[+-]?(\d[\d,_]*)?(\.\d+)?([eE][+-]?\d+)?$")


def parse_number(text: str) -> int | float | str | None:
    """A typed number as a number ('1,000' -> 1000, '2.5' -> 2.5); other text stays text."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if _NUMBER.match(cleaned) and any(ch.isdigit() for ch in cleaned):
        plain = cleaned.replace(",", "").replace("_", "")
        try:
            return int(plain)
        except ValueError:
            try:
                return float(plain)
            except ValueError:
                return text
    return text


def split_tags(text: str) -> list[str]:
    """'places, history' -> ['places', 'history']; empty pieces are dropped."""
    return [piece.strip() for piece in text.split(",") if piece.strip()]


def value_from_text(kind: str, text: str) -> Any:
    """The data value a field of `kind` holds once `text` is typed into it."""
    if kind in ("number", "whole_number", "number_list"):
        return parse_number(text)
    if kind == "tags":
        return split_tags(text)
    return text


def text_of(value: Any) -> str:
    """A data value as the text shown in its field."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, list):
        return ", ".join(text_of(item) for item in value)
    return str(value)


def ordered(question: dict[str, Any]) -> dict[str, Any]:
    """The question's keys in the dumper's order (unknown keys last, so nothing is lost)."""
    known = {key: question[key] for key in QUESTION_KEY_ORDER if key in question}
    known.update((key, value) for key, value in question.items() if key not in known)
    return known


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def template(qtype: str, question_id: str) -> dict[str, Any]:
    """A new, empty question of `qtype`: the fields to fill in, nothing invented."""
    if qtype not in QUESTION_TYPES:
        raise ValueError(f"unknown question type {qtype!r}")
    data: dict[str, Any] = {"id": question_id, "type": qtype, "prompt": ""}
    if qtype == "choice":
        data.update(answer="", wrong=["", "", ""])
    elif qtype == "truefalse":
        data["answer"] = True
    elif qtype == "number":
        data.update(answer=None, tolerance=0)
    else:
        data["answer"] = ""
    return data
