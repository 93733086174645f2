"""What an answer span is: where it sits in its sentence, its kind and its value; and what
the whole document says about names, gathered before any sentence is read for questions.
"""

from __future__ import annotations

from dataclasses import dataclass

PERSON = "person"
NAME = "name"  # a proper name of unknown kind
NUMBER_KINDS = frozenset({"count", "percent", "money"})


@dataclass(frozen=True, slots=True)
class Span:
    """A candidate answer: where it is in the sentence, what it is, and what it says."""

    start: int
    end: int
    text: str
    kind: str
    value: float | None = None      # numbers, years
    unit: str = ""                  # "weeks", "%", "million people"
    role: str = ""                  # "cosmonaut" for "cosmonaut Oleg Kotov"
    group: str = ""                 # a city's country, a name's culture

    @property
    def is_number(self) -> bool:
        return self.kind in NUMBER_KINDS or self.kind in ("year", "decade", "century")


@dataclass
class Context:
    """What the whole document says about names, gathered before spans are classified."""

    mid_sentence_names: set[str]
    people: dict[str, str]         # folded surname or full name -> full name
    kinds: dict[str, str]          # folded name -> kind decided from a clearer mention
    common_nouns: set[str] = None  # words the document also writes in lower case
    keywords: set[str] = None      # lower-case words the document is about (its key terms)
    nouns: set[str] = None         # words the document uses as the head of a noun phrase

    def __post_init__(self) -> None:
        if self.common_nouns is None:
            self.common_nouns = set()
        if self.keywords is None:
            self.keywords = set()
        if self.nouns is None:
            self.nouns = set()

    @classmethod
    def empty(cls) -> "Context":
        return cls(set(), {}, {})
