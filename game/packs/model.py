"""The pack model: format v1 as plain dataclasses.

These classes are what every other part of the game speaks: the loader builds them, the
dumper writes them, the generator and the importers produce them and the quiz plays them.
They hold values only; the rules that make a pack valid live in `validate.py` so that a
pack being edited can be invalid for a while. Each question type's fields and limits are
declared once in `questiontypes.py`; a test holds these classes to the declarations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Union

# The limits are declared with the question types; they stay importable from here.
from game.packs.questiontypes import DIFFICULTIES as DIFFICULTIES
from game.packs.questiontypes import MAX_WRONG_OPTIONS as MAX_WRONG_OPTIONS
from game.packs.questiontypes import TIME_LIMIT_RANGE as TIME_LIMIT_RANGE
from game.packs.questiontypes import TYPE_NAMES
from game.packs.questiontypes import QUESTION_TYPES as TYPE_DECLARATIONS
from game.packs.questiontypes import QuestionType

FORMAT_VERSION = 1

QUESTION_TYPES = TYPE_NAMES     # choice, truefalse, number, text: declared in questiontypes.py
DEFAULT_TIME_LIMIT = 20
DEFAULT_POINTS = 1000


@dataclass
class Defaults:
    time_limit: int = DEFAULT_TIME_LIMIT
    points: int = DEFAULT_POINTS


@dataclass
class Source:
    """A document that questions cite."""

    id: str
    title: str
    path: str | None = None
    sha256: str | None = None


@dataclass
class Image:
    """A picture shown with the prompt; `file` is relative to the pack file."""

    file: str
    alt: str


@dataclass
class Citation:
    """Where a question came from: a document of the pack and the exact sentence."""

    quote: str
    doc: str | None = None


@dataclass(kw_only=True)
class Question:
    """Fields shared by every question type."""

    type: ClassVar[str] = ""

    id: str
    prompt: str
    difficulty: str | None = None
    time_limit: int | None = None
    explanation: str | None = None
    image: Image | None = None
    tags: list[str] = field(default_factory=list)
    source: Citation | None = None
    meta: dict[str, Any] | None = None

    @property
    def declared(self) -> QuestionType:
        """This question's type as declared: its label, how it is played, its fields."""
        return TYPE_DECLARATIONS[self.type]

    def options(self) -> list[str]:
        """Every option shown when played as a choice question (answer first)."""
        return []

    @property
    def playable_as_choice(self) -> bool:
        return bool(self.options())


@dataclass(kw_only=True)
class ChoiceQuestion(Question):
    type: ClassVar[str] = "choice"

    answer: str
    wrong: list[str] = field(default_factory=list)

    def options(self) -> list[str]:
        return [self.answer, *self.wrong]


@dataclass(kw_only=True)
class TrueFalseQuestion(Question):
    type: ClassVar[str] = "truefalse"

    answer: bool

    def options(self) -> list[str]:
        return ["True", "False"]


@dataclass(kw_only=True)
class NumberQuestion(Question):
    type: ClassVar[str] = "number"

    answer: int | float
    tolerance: int | float = 0
    unit: str = ""
    wrong: list[int | float] = field(default_factory=list)

    def options(self) -> list[str]:
        if not self.wrong:
            return []
        return [format_number(v) for v in (self.answer, *self.wrong)]


@dataclass(kw_only=True)
class TextQuestion(Question):
    type: ClassVar[str] = "text"

    answer: str
    accept: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def options(self) -> list[str]:
        return [self.answer, *self.wrong] if self.wrong else []


AnyQuestion = Union[ChoiceQuestion, TrueFalseQuestion, NumberQuestion, TextQuestion]

QUESTION_CLASSES: dict[str, type[Question]] = {
    cls.type: cls for cls in (ChoiceQuestion, TrueFalseQuestion, NumberQuestion, TextQuestion)
}


@dataclass(kw_only=True)
class Pack:
    relayquiz: int = FORMAT_VERSION
    id: str
    title: str
    description: str = ""
    language: str = "en"
    author: str | None = None
    license: str | None = None
    tags: list[str] = field(default_factory=list)
    defaults: Defaults = field(default_factory=Defaults)
    sources: list[Source] = field(default_factory=list)
    questions: list[AnyQuestion] = field(default_factory=list)
    meta: dict[str, Any] | None = None
    # Not part of the file: where the pack was loaded from, if anywhere.
    path: Path | None = field(default=None, compare=False, repr=False)

    def source(self, doc_id: str | None) -> Source | None:
        for src in self.sources:
            if src.id == doc_id:
                return src
        return None

    def question(self, question_id: str) -> AnyQuestion | None:
        for q in self.questions:
            if q.id == question_id:
                return q
        return None

    def counts_by_type(self) -> dict[str, int]:
        counts = {t: 0 for t in QUESTION_TYPES}
        for q in self.questions:
            counts[q.type] += 1
        return counts

    def time_limit_for(self, question: Question) -> int:
        return question.time_limit if question.time_limit is not None else self.defaults.time_limit

    @property
    def base_dir(self) -> Path | None:
        return self.path.parent if self.path else None


def format_number(value: int | float) -> str:
    """A number as a player would write it: 1996, 2.5, 1,000,000 stays 1000000."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)
