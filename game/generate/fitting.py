"""Wrong options that fit the prompt: of the answer's kind, inside every bound the prompt itself
states, and never something the document may make right too.

- a year offered for "in the 1880s" is in the 1880s, for "in the 19th century" in that
  century, and on the same side as the answer of every other year the prompt names ("after the
  first closure in what year?" beside "opened on 8 May 1984": no year after 1984);
- an entity the document lists beside the answer ("NASA, ESA and JAXA"), or puts in the same
  relation ("partners, including NASA" and "partners, including ESA"), is no wrong option:
  it may be right as well;
- an option that shares a distinctive word with the prompt ("Pierre Curie" for "the Curies
  shared the prize with whom?") is no option either.
Too few options left, and the question is typed or stated, never padded (see `select.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.generate.distractors import year_options
from game.generate.kinds import PERSON, YEAR, Span
from game.generate.lexicon import FUNCTION_WORDS, fold, word_set
from game.generate.phrasing import PREPOSITIONS

_LIST_GAP = re.compile(r",\s+(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or|&)\s+(?:the\s+)?|\s*/\s*")
_COMMON = word_set("common_name_words")


_WORD = re.compile(r"[\w'\u2019]+")


@dataclass
class Mates:
    """Who the document puts beside whom: in one list, or in one relation."""

    listed: dict[str, set[str]] = field(default_factory=dict)       # folded name -> its list-mates
    related: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (kind, words before) -> names
    context_of: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # folded name -> its relations

    def of(self, span: Span) -> set[str]:
        key = fold(span.text)
        found = set(self.listed.get(key, ()))
        for relation in self.context_of.get(key, ()):
            found |= self.related.get(relation, set())
        found.discard(key)
        return found


def _left_context(text: str, span: Span) -> str:
    """The two words before a span when one of them says something ("won by", "including"):
    "in the" says nothing of a relation."""
    words = _WORD.findall(text, max(0, span.start - 60), span.start)[-2:]
    folded = [fold(w) for w in words]
    if not folded or all(w in FUNCTION_WORDS or w in PREPOSITIONS for w in folded):
        return ""
    return " ".join(folded)


def read_mates(texts: list[str], spans_by_sentence: list[list[Span]]) -> Mates:
    mates = Mates()
    for text, spans in zip(texts, spans_by_sentence):
        names = [s for s in spans if s.names_a_kind]
        # Lists: neighbouring spans of one family joined by commas, "and", "or".
        group: list[Span] = []
        for span in names:
            if group and span.family == group[-1].family and _LIST_GAP.fullmatch(text[group[-1].end:span.start]):
                group.append(span)
            else:
                _keep_list(mates, group)
                group = [span]
        _keep_list(mates, group)
        for span in names:
            context = _left_context(text, span)
            if context:
                relation = (span.kind, context)
                mates.related.setdefault(relation, set()).add(fold(span.text))
                mates.context_of.setdefault(fold(span.text), set()).add(relation)
    return mates


def _keep_list(mates: Mates, group: list[Span]) -> None:
    if len(group) < 2:
        return
    keys = {fold(s.text) for s in group}
    for key in keys:
        mates.listed.setdefault(key, set()).update(keys - {key})


def _shares_a_word(option: str, prompt_words: set[str]) -> bool:
    """Whether a distinctive word of the option is in the prompt: "Pierre Curie" and "the Curies"."""
    for word in fold(option).split():
        if len(word) >= 4 and word not in _COMMON and (word in prompt_words or word + "s" in prompt_words):
            return True
    return False


_DECADE = re.compile(r"\b(?:in|during|by) the (1[0-9]{2}0|20[0-9]0)s\b")
_CENTURY = re.compile(r"\b(?:in|during|by) the (\d{1,2})(?:st|nd|rd|th)[\s-]century\b", re.I)
_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?![\ds])")


def year_bounds(prompt: str, answer: int) -> tuple[int, int]:
    """The years an option may take so that the prompt does not rule it out, as (low, high)."""
    low, high = 1, 2100
    decade = _DECADE.search(prompt)
    if decade and int(decade.group(1)) <= answer <= int(decade.group(1)) + 9:
        low, high = int(decade.group(1)), int(decade.group(1)) + 9
    century = _CENTURY.search(prompt)
    if century:
        first = (int(century.group(1)) - 1) * 100 + 1
        if first <= answer <= first + 99:
            low, high = max(low, first), min(high, first + 99)
    for match in _YEAR.finditer(prompt):
        other = int(match.group(1))
        if other < answer:
            low = max(low, other + 1)
        elif other > answer:
            high = min(high, other - 1)
    return low, high


def fitting_options(span: Span, wrong: list[str], prompt: str, mates: Mates | None, seed: object) -> list[str]:
    """The wrong options that fit the prompt (`wrong` in its order), refilled with fitting years."""
    taken = mates.of(span) if mates is not None else set()
    prompt_words = set(fold(prompt).split())
    kept = [w for w in wrong if fold(w) not in taken
            and not (span.names_a_kind and _shares_a_word(w, prompt_words))]
    if span.kind == YEAR and span.value is not None and span.text.isdigit():
        answer = int(span.value)
        low, high = year_bounds(prompt, answer)
        kept = [w for w in kept if w.isdigit() and low <= int(w) <= high]
        if len(kept) < 3:
            for year in year_options(answer, [], 12, seed):
                if low <= year <= high and str(year) not in kept and year != answer:
                    kept.append(str(year))
    if span.kind == PERSON:
        kept = [w for w in kept if fold(w).split()[-1:] != fold(span.text).split()[-1:]]  # "Pierre Curie" for "Marie Curie"
    return kept
