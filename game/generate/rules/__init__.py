"""Where the question word goes: named rules, one module per family of answers.

A fact's sentence is first shaped into a clause (`phrasing.shape`); then these rules decide
how the answer's place in that clause becomes a question: "Russia hosts the Games in *Sochi*"
-> "Russia hosts the Games in *which city*?". Each rule is a small function that reads a
`Slot` (the answer's place: the words before and after it, whether it opens the clause, the
other answers of the sentence) and returns one of:

- a `Placement` (`slot.place("which city", start=..., end=...)`): text[start:end] of the
  sentence is replaced by the wh-phrase, and the question is written;
- `REFUSE`: no question word fits here ("which city and Houston", "the 2014 Winter Games");
  the fact may still be stated in a true/false question, but is not asked;
- None: the rule does not apply; the next rule is tried. A rule may also widen the slot
  before returning None (take an age between commas along with a name, a country with its
  city), so that the rules after it read the wider slot.

Rules run in order: `shared.py` first (an answer moved out of its clause, and the places no
question word can take whatever the answer is), then the module of the answer's family:

    people.py    who, whom, whose, which goldsmith, which Russian president
    places.py    which city, which river, which space agency, the coast of which sea
                 (places, organisations, events and things alike)
    times.py     what year, what date, which decade, which century
    amounts.py   how many weeks, how many ... are there, what percentage, how much
    terms.py     what, do what, doing what

The first rule that returns a Placement or REFUSE decides; the fact records the rule's name
(`people.role_in_apposition`), which review mode and the confidence features read.

Definitions, makers, reasons and purposes are asked another way: their question is written
whole from a clause the rules understand ("What is the term for ...?", "Who invented ...?",
"Why do plants wilt on hot days?"), so their rules read a `clauses.Clause` instead of a Slot and
return the questions they write (see `clauses.py`):

    definitions.py  What is the term for ...?  What is an oxbow lake?  What is ... called?
    makers.py       Who invented ...?  What did ... discover?  Who is ... named after?
    reasons.py      Why ...?  What led to ...?  What caused ...?
    purposes.py     What is ... used for?  What is the main role of ...?  What does ... do?

`game/generate/clause_facts.py` runs them over every sentence and makes their questions facts.

Adding a rule
-------------
Write one function in the module of its family, above the rule it must run before, and
decorate it with that module's `@rule`. Its docstring says in a line or two why it exists and
holds at least one example, exactly in this form (the test `tests/test_generate_rules.py`
runs every example through the whole generator and fails when the question differs, or when
a rule has no example):

    Example:
        Johannes Gutenberg, a goldsmith from Mainz, built a printing press around 1440.
        -> Which goldsmith from Mainz built a printing press around 1440?  [Johannes Gutenberg]

The line after "Example:" is a whole document (a sentence, or two when the answer is a key
term the text must repeat); after "->" comes the question the generator must write about the
answer in square brackets, or "no question" for a rule that refuses (then the example must
reach that rule: no earlier rule may refuse first). A rule that only widens the slot shows the
question the later rule then writes.

Adding an answer kind
---------------------
1. Register it in `game/generate/kinds.py`: a `Kind(name, family, tag, noun=..., weight=...)`
   in `_FIXED` (and a name constant). A new family is a new constant there too, such as
   `DEFINITIONS` or `REASONS`.
2. Find its spans: a finder returning `Span(start, end, text, kind)` for a sentence, called
   from `spans.find_spans` (see `quantities.number_spans`, `terms.term_spans`).
3. Write its rules: a new module here with `FAMILIES = (YOUR_FAMILY,)`,
   `RULES, rule = rule_list(__name__)` and its `@rule` functions, added to `_MODULES` below.
   A rule that writes the whole prompt its own way (a template such as "What is the term for
   ...?") returns `slot.place(...)` over the whole clause: `start=slot.draft.start`,
   `end=slot.draft.end`, the question's words as the wh-phrase.
4. Give it wrong options: `distractors.options_for` picks them by kind; add its own branch
   there when the document's other spans of the kind are not enough.
5. Its confidence features (`game/generate/confidence.py`) and the word sets it needs
   (`game/generate/data/word_sets.txt`, read with `lexicon.word_set(name)`).
"""

from __future__ import annotations

from dataclasses import dataclass

from game.generate.kinds import Span
from game.generate.phrasing import Draft
from game.generate.rules import amounts, definitions, makers, people, places, purposes, reasons, shared, terms, times
from game.generate.rules.base import REFUSE, Placement, Rule, Slot

_MODULES = (people, places, times, amounts, terms)
# Families whose questions are written whole from a clause (rules reading a `clauses.Clause`).
CLAUSE_MODULES = (definitions, makers, reasons, purposes)
FAMILY_RULES: dict[str, tuple[Rule, ...]] = {
    family: tuple(module.RULES) for module in _MODULES for family in module.FAMILIES
}
# The rules run for an answer of each family, in order: the shared ones, then the family's own.
_RUN_FOR: dict[str, tuple[Rule, ...]] = {family: (*shared.RULES, *chain) for family, chain in FAMILY_RULES.items()}


@dataclass(frozen=True, slots=True)
class Refused:
    """No question word fits: `rule` is the rule that said so."""

    rule: str


def all_rules() -> list[Rule]:
    """Every rule, shared ones first, each once."""
    seen: list[Rule] = list(shared.RULES)
    for module in (*_MODULES, *CLAUSE_MODULES):
        seen.extend(module.RULES)
    return seen


def _slot(draft: Draft, span: Span, spans: list[Span]) -> Slot:
    text = draft.text
    start, end = span.start, span.end
    if start > 0 and text[start - 1] in "\"\u201c" and text[end:end + 1] in ("\"", "\u201d"):
        start, end = start - 1, end + 1  # 'called the "first oil shock"': the marks go with the answer
    slot = Slot(draft, span, spans, start, end)
    slot.at_clause_start = not draft.render((draft.start, start, "")).strip() or start == draft.start
    slot.moved()
    if slot.before_word == "the" and slot.before.start(1) >= draft.start:
        slot.start = slot.before.start(1)  # "the" in front goes with the answer
        slot.moved()
    slot.opening = not text[draft.start:slot.start].strip()  # the answer (with its "the") opens the clause
    return slot


def place_wh(draft: Draft, span: Span, spans: list[Span]) -> Placement | Refused:
    """Where the wh-phrase goes in the draft to ask about `span`, or which rule refused."""
    chain = _RUN_FOR.get(span.family)
    if chain is None:
        return Refused("no rules for the family " + span.family)
    slot = _slot(draft, span, spans)
    widened: list[str] = []
    for rule in chain:
        start, end, possessive = slot.start, slot.end, slot.possessive
        outcome = rule.check(slot)
        if outcome is None:
            if start != slot.start or end != slot.end or possessive is not slot.possessive:
                widened.append(rule.name)
            continue
        if outcome is REFUSE:
            return Refused(rule.name)
        more = slot.notes.get("more", ())
        if more:
            widened.append(str(slot.notes.get("more_by", "shared.answer_in_a_participle_aside")))
        return Placement(outcome.start, outcome.end, outcome.wh, rule.name, tuple(widened), more)
    return Refused("no rule placed a question word")


__all__ = ["CLAUSE_MODULES", "FAMILY_RULES", "Placement", "Refused", "all_rules", "place_wh"]
