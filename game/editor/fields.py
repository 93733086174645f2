"""Which fields each question type has, and how text typed into them becomes pack data.

The editor keeps questions as plain data (what the YAML file holds), so that a question can be
wrong for a while as it is typed. Text that reads as a number becomes a number; text that does
not is kept as typed, and the pack validator says what is wrong with it, in its own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from game.packs.model import DIFFICULTIES, QUESTION_TYPES, format_number
from game.packs.questiontypes import ABSENT, FILE_KEY_ORDER, edited_fields, question_fields
from game.packs.questiontypes import QUESTION_TYPES as TYPE_DECLARATIONS

# The dumper's key order for a question; the editor keeps every question's keys in it.
QUESTION_KEY_ORDER = FILE_KEY_ORDER
# Keys a question of each type must always carry while edited (even when empty).
REQUIRED_KEYS = {qtype: tuple(rule.key for rule in question_fields(qtype) if rule.required) for qtype in QUESTION_TYPES}
LIST_KEYS = ("wrong", "accept", "tags")
# How many items the editor lets a list have: the format's limit, or the editor's own.
MAX_LIST_ITEMS = {rule.key: rule.editor_max_items for qtype in QUESTION_TYPES for rule in question_fields(qtype)
                  if rule.key in LIST_KEYS}
# How the window names each type ('typed answer'), as declared.
TYPE_SHAPES = {name: declared.label for name, declared in TYPE_DECLARATIONS.items()}


@dataclass(frozen=True)
class FieldSpec:
    """One editable field: its key in the data, its label, and what kind of value it takes."""

    key: str
    label: str
    kind: str  # text, long_text, number, whole_number, truth, difficulty, text_list, number_list, tags
    hint: str = ""


def fields_for(qtype: str) -> tuple[FieldSpec, ...]:
    """Every field a question of `qtype` has, in the order the editor shows them."""
    return tuple(FieldSpec(rule.key, rule.label, rule.edit_kind or "text", rule.hint) for rule in edited_fields(qtype))


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
    data: dict[str, Any] = {"id": question_id, "type": qtype}
    for rule in question_fields(qtype):
        if rule.blank is not ABSENT:
            data[rule.key] = list(rule.blank) if isinstance(rule.blank, list) else rule.blank
    return data
