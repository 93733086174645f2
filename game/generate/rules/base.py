"""The pieces every wh-placement rule is made of: the `Slot` a rule reads, what it answers
(`Placement`, `REFUSE` or None) and the `rule` decorator that registers it with its example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from game.generate.kinds import Span
from game.generate.lastword import last_word_start
from game.generate.phrasing import Draft

_EXAMPLE = re.compile(r"^\s*Example:\s*\n\s*(?P<sentence>\S.*?)\s*\n\s*->\s*(?P<question>.+?)\s*\[(?P<answer>[^\]]+)\]\s*$",
                      re.M)
NO_QUESTION = "no question"


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the wh-phrase goes: text[start:end] of the draft's sentence is replaced by `wh`.
    `rule` names the rule that placed it (kept with the fact, for review and for confidence)."""

    start: int
    end: int
    wh: str
    rule: str = ""
    widened_by: tuple[str, ...] = ()  # rules that took more of the sentence along with the answer
    more: tuple[tuple[int, int, str], ...] = ()  # other edits of the clause the question needs

    def as_edit(self) -> tuple[int, int, str]:
        return self.start, self.end, self.wh


class _Refuse:
    """The answer's place takes no question word: no question is asked about this span here."""

    def __repr__(self) -> str:
        return "REFUSE"


REFUSE = _Refuse()


@dataclass
class Slot:
    """The answer's place in its clause, as the rules read it.

    `start`/`end` first cover the answer as found; rules may widen them to take along what
    belongs to it (its "the", a possessive, an age between commas) and call `moved()` so that
    `before`, `before_word` and `after` follow."""

    draft: Draft
    span: Span
    spans: list[Span]
    start: int = 0
    end: int = 0
    possessive: re.Match | None = None
    at_clause_start: bool = False
    opening: bool = False
    before: re.Match | None = field(default=None, repr=False)
    before_word: str = ""
    after: str = ""
    notes: dict[str, object] = field(default_factory=dict)  # what a rule found for the rules after it

    @property
    def text(self) -> str:
        return self.draft.text

    @property
    def lead(self) -> str:
        """The clause before the answer: text[draft.start:start]."""
        return self.draft.text[self.draft.start:self.start]

    @property
    def kind(self) -> str:
        return self.span.kind

    def moved(self) -> None:
        """Read `before`, `before_word` and `after` again after `start` or `end` changed."""
        self.before = word_before(self.text, self.start)
        self.before_word = self.before.group(1).lower() if self.before else ""
        self.after = self.text[self.end:self.draft.end]

    def place(self, wh: str, start: int | None = None, end: int | None = None) -> Placement:
        return Placement(self.start if start is None else start, self.end if end is None else end, wh)


_LAST_WORD = re.compile(r"([\w'\u2019]+)\s*$")


def word_before(text: str, position: int) -> re.Match | None:
    """The last word before `position` (read in the last hundred characters), matched where it
    begins: a pattern that ends in "$" is tried at every place of the text it is given."""
    return _LAST_WORD.match(text, last_word_start(text, max(0, position - 100), position, "'\u2019"), position)


@dataclass(frozen=True)
class Example:
    """One sentence of a rule's docstring, the question it must give about `answer` (or none)."""

    sentence: str
    question: str | None
    answer: str


@dataclass(frozen=True)
class Rule:
    name: str                      # "people.role_in_apposition"
    check: Callable[[Slot], object]
    examples: tuple[Example, ...]

    def __call__(self, slot: Slot) -> object:
        return self.check(slot)


def examples_of(doc: str | None) -> tuple[Example, ...]:
    """The examples written in a rule's docstring:

        Example:
            SENTENCE
            -> QUESTION  [ANSWER]

    where QUESTION is "no question" for a rule that refuses."""
    found = []
    for match in _EXAMPLE.finditer(doc or ""):
        question = match.group("question")
        found.append(Example(match.group("sentence"), None if question == NO_QUESTION else question,
                             match.group("answer")))
    return tuple(found)


def rule_list(module_name: str) -> tuple[list[Rule], Callable[[Callable], Callable]]:
    """A module's list of rules (in the order they are written, which is the order they run)
    and the decorator that adds a function to it."""
    rules: list[Rule] = []
    short = module_name.rsplit(".", 1)[-1]

    def rule(function: Callable[[Slot], object]) -> Callable[[Slot], object]:
        examples = examples_of(function.__doc__)
        if not examples:
            raise ValueError(f"rule {short}.{function.__name__} has no example in its docstring")
        rules.append(Rule(f"{short}.{function.__name__}", function, examples))
        return function

    return rules, rule
