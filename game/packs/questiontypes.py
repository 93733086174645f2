"""Each question type of pack format v1, declared once: its fields, their kinds and limits, its
label and how it is played.

The model's classes, the validator, the JSON Schema, the dumper, the pack editor's fields and
the window's labels all read these declarations, so a new field or a changed limit is written
here and nowhere else (a test holds the model's dataclasses to the same fields).

    QUESTION_TYPES["number"].label              'number' (as the window names the type)
    QUESTION_TYPES["number"].own_fields         answer, tolerance, unit, wrong
    question_fields("number")                   every field in the file's order
    field_rule("choice", "wrong").max_items     5
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Limits of the format.
TIME_LIMIT_RANGE = (5, 240)
MAX_WRONG_OPTIONS = 5
MAX_ID_LENGTH = 80
MAX_PROMPT_LENGTH = 1000
MAX_OPTION_LENGTH = 300
MAX_EXPLANATION_LENGTH = 2000
MAX_UNIT_LENGTH = 30
MAX_TAG_LENGTH = 60
DIFFICULTIES = ("easy", "medium", "hard")
# The editor's own limit on a list the format leaves open (tags, other accepted answers).
EDITOR_LIST_LIMIT = 20


class _Absent:
    """Marks a field a new question does not carry until it is filled in."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()


@dataclass(frozen=True)
class FieldRule:
    """One field of a question: what it holds, its limits, and how the editor shows it.

    `kind` is what the file holds there:
      slug          an id: a-z, 0-9 and single hyphens (numbers read as text)
      type          the question type's name
      prose         text a person wrote (the prompt, the explanation)
      option        an answer or option: text, or a number read as text
      short_text    a short label that may be empty (a unit)
      truth         true or false
      number        a finite number (text that reads as one is taken)
      whole_number  a whole number within `value_range`
      difficulty    one of DIFFICULTIES
      option_list   a list of options (wrong options)
      text_list     a list of texts (other accepted answers, tags)
      number_list   a list of numbers (a number question's wrong options)
      image         {file, alt}
      citation      {doc, quote}
      meta          a free-form mapping
    `edit_kind` is the pack editor's widget for it (None: not edited as a field).
    """

    key: str
    kind: str
    label: str = ""
    edit_kind: str | None = None
    hint: str = ""
    required: bool = False           # the key must be in the file
    max_length: int | None = None    # of the text, or of each item of a list
    min_items: int = 0
    max_items: int | None = None
    minimum: float | None = None     # a number's lowest value
    value_range: tuple[int, int] | None = None
    always_written: bool = False     # the dumper writes it even when empty or zero
    blank: Any = ABSENT              # its value in a new, empty question (ABSENT: not there)
    noun: str = ""                   # how messages name it, when not as 'key'

    @property
    def editor_max_items(self) -> int:
        return self.max_items if self.max_items is not None else EDITOR_LIST_LIMIT

    @property
    def named(self) -> str:
        return self.noun or f"'{self.key}'"


@dataclass(frozen=True)
class QuestionType:
    """A question type: its name in the file, how the window names it, how it is played, and
    the fields it has besides those every question has."""

    name: str
    label: str                       # 'typed answer': in lists of packs, the setup, the type picker
    heading: str                     # 'Typed answer': on the editor's badge
    instruction: str                 # 'Type the answer': above the question while it is played
    shape: str                       # options | truth | number | text: what the player does
    own_fields: tuple[FieldRule, ...]
    summary: str = ""                # one line for authors

    def own(self, key: str) -> FieldRule | None:
        for rule in self.own_fields:
            if rule.key == key:
                return rule
        return None


def _answer(kind: str, label: str = "Right answer", **more: Any) -> FieldRule:
    return FieldRule("answer", kind, label, edit_kind={"option": "text"}.get(kind, kind), required=True,
                     always_written=True, **more)


def _wrong(kind: str, hint: str, min_items: int = 0, required: bool = False, blank: Any = ABSENT) -> FieldRule:
    return FieldRule("wrong", kind, "Wrong options", edit_kind="text_list" if kind == "option_list" else kind,
                     hint=hint, required=required, max_length=MAX_OPTION_LENGTH if kind == "option_list" else None,
                     min_items=min_items, max_items=MAX_WRONG_OPTIONS, blank=blank)


# Fields every question has, before and after its type's own fields in the file's order.
LEADING_FIELDS = (
    FieldRule("id", "slug", "Id", "text", "a-z, 0-9 and hyphens", required=True, max_length=MAX_ID_LENGTH,
              noun="question id"),
    FieldRule("type", "type", required=True),
    FieldRule("prompt", "prose", "Question", "long_text", required=True, max_length=MAX_PROMPT_LENGTH, blank=""),
)
TRAILING_FIELDS = (
    FieldRule("difficulty", "difficulty", "Difficulty", "difficulty"),
    FieldRule("time_limit", "whole_number", "Time limit", "whole_number", "seconds; empty for the pack's",
              value_range=TIME_LIMIT_RANGE),
    FieldRule("explanation", "prose", "Explanation", "long_text", "shown on the reveal",
              max_length=MAX_EXPLANATION_LENGTH),
    FieldRule("image", "image"),
    FieldRule("tags", "text_list", "Tags", "tags", "separated by commas", max_length=MAX_TAG_LENGTH),
    FieldRule("source", "citation"),
    FieldRule("meta", "meta"),
)

QUESTION_TYPES: dict[str, QuestionType] = {qtype.name: qtype for qtype in (
    QuestionType("choice", "choice", "Choice", "Choose one", "options", (
        _answer("option", max_length=MAX_OPTION_LENGTH, blank=""),
        _wrong("option_list", f"1 to {MAX_WRONG_OPTIONS}", min_items=1, required=True, blank=["", "", ""]),
    ), "one right answer among wrong options"),
    QuestionType("truefalse", "true/false", "True or false", "True or false?", "truth", (
        _answer("truth", "Answer", blank=True),
    ), "a statement that is true or false"),
    QuestionType("number", "number", "Number", "Type a number", "number", (
        _answer("number", blank=None, noun="a number answer"),
        FieldRule("tolerance", "number", "Tolerance", "number", "how far off still counts", minimum=0,
                  always_written=True, blank=0),
        FieldRule("unit", "short_text", "Unit", "text", "shown after the answer box", max_length=MAX_UNIT_LENGTH),
        _wrong("number_list", "for team play as choices"),
    ), "a number typed in; the closest wins a tie-break"),
    QuestionType("text", "typed answer", "Typed answer", "Type the answer", "text", (
        _answer("option", max_length=MAX_OPTION_LENGTH, blank=""),
        FieldRule("accept", "text_list", "Also accepted", "text_list", "other answers that count",
                  max_length=MAX_OPTION_LENGTH),
        _wrong("option_list", "for team play as choices"),
    ), "a word or phrase typed in; case, accents and small typos forgiven"),
)}
TYPE_NAMES = tuple(QUESTION_TYPES)


def question_fields(qtype: str) -> tuple[FieldRule, ...]:
    """Every field of a question of `qtype`, in the order the file (and the dumper) has them."""
    return (*LEADING_FIELDS, *QUESTION_TYPES[qtype].own_fields, *TRAILING_FIELDS)


def schema_order(qtype: str) -> tuple[str, ...]:
    """The keys as the format description lists them: the shared ones, then the type's own."""
    own = [rule.key for rule in QUESTION_TYPES[qtype].own_fields if rule.key != "answer"]
    shared = [rule.key for rule in (*LEADING_FIELDS, *TRAILING_FIELDS)]
    return (*shared[:3], "answer", *shared[3:], *own)


def field_rule(qtype: str, key: str) -> FieldRule | None:
    for rule in question_fields(qtype):
        if rule.key == key:
            return rule
    return None


def edited_fields(qtype: str) -> tuple[FieldRule, ...]:
    """The fields the pack editor shows, in its order: the prompt, the type's own, then the rest."""
    if qtype not in QUESTION_TYPES:
        raise ValueError(f"unknown question type {qtype!r}")
    prompt = [rule for rule in LEADING_FIELDS if rule.key == "prompt"]
    later = ("explanation", "difficulty", "time_limit", "tags")
    trailing = sorted((rule for rule in TRAILING_FIELDS if rule.key in later), key=lambda rule: later.index(rule.key))
    ident = [rule for rule in LEADING_FIELDS if rule.key == "id"]
    return (*prompt, *QUESTION_TYPES[qtype].own_fields, *trailing, *ident)


def _merged(orders: list[tuple[str, ...]]) -> tuple[str, ...]:
    """One order of every key that keeps each given order (a key goes before the first of its
    followers already placed)."""
    result: list[str] = []
    for order in orders:
        for index, key in enumerate(order):
            if key not in result:
                later = [result.index(k) for k in order[index + 1:] if k in result]
                result.insert(min(later) if later else len(result), key)
    return tuple(result)


# Every key of any question in the file's (and the dumper's) order.
FILE_KEY_ORDER = _merged([tuple(rule.key for rule in question_fields(qtype)) for qtype in QUESTION_TYPES])
# Every key any question may have (for messages about unknown keys).
ALL_QUESTION_KEYS = tuple(dict.fromkeys(key for qtype in QUESTION_TYPES for key in schema_order(qtype)))


def types_with(key: str) -> tuple[str, ...]:
    """The types that have the field `key` of their own ('wrong': choice, number and text)."""
    return tuple(name for name, qtype in QUESTION_TYPES.items() if qtype.own(key) is not None)


def types_with_text(key: str) -> str:
    """'choice, number or text': the types with the field `key`, for a message."""
    names = types_with(key)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
