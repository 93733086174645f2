"""The answers a player may type for a `text` question, beyond the forms the game itself forgives
(case, accents, a leading article, one typo, singular or plural, small numbers as words).

- a named place or feature without the kind word the prompt already asks for: "which river?"
  is answered "Chagres" for the Chagres River, "which island?" "Robben" for Robben Island;
  never when the name left is a plain adjective ("Great" for the Great Hall) or when a wrong
  option has the same name with another kind word;
- the usual short form of a kind word, either way: "Bridge St" for Bridge Street, "Mt Etna"
  for Mount Etna, "Saint Paul's Church" for St Paul's Church;
- each name of an answer that gives two names with "or": "Hansa" and "Hanse" for "Hansa or
  Hanse";
- the other name the sentence gives the answer right after it: "Copper Age" for "the
  Chalcolithic, or Copper Age", "the Chalcolithic (Copper Age)", "the Chalcolithic, also called
  the Copper Age";
- the answer with the class noun the sentence puts before it: "sugar maltose" for "maltose" in
  "into the sugar maltose";
- the other adjective of one meaning a term opens with: "optimal temperature" for "optimum
  temperature".

Never a form the prompt itself gives: "which temperature is called the optimum?" is not
answered by "temperature".
"""

from __future__ import annotations

import re

from game.generate.facts import Fact
from game.generate.lexicon import FUNCTION_WORDS, fold, word_map, word_set
from game.generate.select import accepted_forms

_NAMED_HEADS = word_set("named_place_heads")
_PLAIN_ADJECTIVES = word_set("name_adjectives") | word_set("direction_words") | word_set("colour_words")
_SHORT_HEADS = word_map("head_abbreviations")
# the first words whose short form is theirs only at the start of a name ("St Paul's", "Mt Etna")
_FIRST_WORD_HEADS = frozenset({"mount", "saint", "fort"})


def typed_forms(fact: Fact) -> list[str]:
    """Every other answer a player may type for the fact's question, the short names first."""
    forms = list(accepted_forms(fact))
    answer = fact.answer
    extra = alternatives(answer)
    extra += without_asked_head(answer, fact.question or "", fact.wrong)
    extra += named_again(fact.sentence.text, fact.span.start, fact.span.end)
    extra += with_class_noun(fact.sentence.text, fact.span.start, answer)
    extra += adjective_variant(answer)
    for name in (answer, *forms, *extra):
        extra += other_spellings(name)
    seen = {fold(answer)} | {fold(f) for f in forms}
    for form in extra:
        if fold(form) not in seen and fold(form) not in {fold(w) for w in fact.wrong}:
            seen.add(fold(form))
            forms.append(form)
    return [f for f in forms if not given_by_prompt(f, answer, fact.question or "")]


def given_by_prompt(form: str, answer: str, prompt: str) -> bool:
    """Whether a shorter form of the answer is only words the prompt itself gives: "temperature"
    for "optimum temperature" asked "The temperature at which the rate is highest is called
    what?" (typing the prompt's own class word is no answer)."""
    if fold(form) == fold(answer) or not set(fold(form).split()) <= set(fold(answer).split()):
        return False
    said = set(fold(prompt).split())
    return all(word in said for word in fold(form).split())


# The other name a sentence gives a thing right after naming it: ", or Copper Age" at the end of
# the sentence or of a clause, " (Copper Age)", ", also called the Copper Age".
_NAMED_AGAIN = (
    re.compile(r",\s+or\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s*(?=[.;:!?]|,|$)"),
    re.compile(r"\s+\((?:or\s+|also\s+(?:called|known\s+as)\s+)?(?:the\s+)?"
               r"([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\)"),
    re.compile(r",\s+(?:also\s+)?(?:called|known\s+as)\s+(?:the\s+)?"
               r"([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s*(?=[.;:!?]|,|$)"),
)
_LIST_BEFORE = re.compile(r",\s*(?:the\s+)?$")


def named_again(text: str, start: int, end: int) -> list[str]:
    """The other name the sentence gives the answer that ends at `end`: "Copper Age" in "is often
    called the Chalcolithic, or Copper Age."; [] for the last of a list ("Iron, Tin, or Lead")
    or a name in brackets that is a short form or a language's name ("(EPA)", "(French: ...)")."""
    for pattern in _NAMED_AGAIN:
        match = pattern.match(text, end)
        if not match:
            continue
        name = match.group(1)
        if pattern is _NAMED_AGAIN[0] and _LIST_BEFORE.search(text[:start]):
            return []  # "copper, tin, or lead": one of a list, not a second name
        if name.isupper() or len(name.split()) > 4:
            return []
        return [name]
    return []


_CLASS_NOUNS = word_set("class_nouns")


def with_class_noun(text: str, start: int, answer: str) -> list[str]:
    """The answer with the class noun the sentence writes before it: "sugar maltose" for
    "maltose" in "into the sugar maltose"."""
    before = re.search(r"\bthe\s+([a-z]+)\s+$", text[:start])
    if before and before.group(1) in _CLASS_NOUNS:
        return [f"{before.group(1)} {answer}"]
    return []


_VARIANTS = word_map("adjective_variants")
_VARIANTS = {**_VARIANTS, **{v: k for k, v in _VARIANTS.items()}}


def adjective_variant(answer: str) -> list[str]:
    """The term with the other adjective of one meaning: "optimal temperature" for "optimum
    temperature"; [] for a word alone ("optimum" is its own term)."""
    words = answer.split()
    if len(words) >= 2 and words[0] in _VARIANTS:
        return [" ".join([_VARIANTS[words[0]], *words[1:]])]
    return []


def _asks_for(prompt: str, head: str) -> bool:
    """Whether the prompt asks "which HEAD" or "what HEAD", with at most one word between
    ("which English river")."""
    return bool(re.search(rf"\b(?:which|what)\s+(?:[\w'\u2019-]+\s+)?{re.escape(head)}s?\b", prompt, re.I))


def without_asked_head(answer: str, prompt: str, wrong: list[str] = ()) -> list[str]:
    """The name alone when the prompt asks for its kind: "Chagres" for "Chagres River" asked with
    "which river"; [] when the prompt asks for another kind, when what is left is no name of its
    own, or when a wrong option has the same name."""
    words = answer.split()
    if len(words) < 2:
        return []
    head = fold(words[-1])
    if head not in _NAMED_HEADS or not _asks_for(prompt, head):
        return []
    name = " ".join(words[:-1])
    name_words = fold(name).split()
    if not name_words or not all(w[:1].isupper() or w[:1].isdigit() for w in words[:-1]):
        return []
    if len(name_words) == 1 and (name_words[0] in _PLAIN_ADJECTIVES or name_words[0] in FUNCTION_WORDS):
        return []
    if any(fold(option).split()[:len(name_words)] == name_words for option in wrong):
        return []  # "Bridge Road" among the options: "Bridge" would answer it too
    return [name]


def other_spellings(name: str) -> list[str]:
    """The name with its kind word shortened or written out: "Bridge St" for "Bridge Street",
    "Mount Etna" for "Mt Etna"."""
    words = name.split()
    if len(words) < 2:
        return []
    found = []
    for at in (0, len(words) - 1):
        word = words[at].rstrip(".")
        first = at == 0
        for full, short in _SHORT_HEADS.items():
            if (full in _FIRST_WORD_HEADS) != first:
                continue
            if fold(word) == full:
                found.append(" ".join(words[:at] + [short] + words[at + 1:]))
            elif word == short:
                found.append(" ".join(words[:at] + [full.capitalize()] + words[at + 1:]))
    return found


_EITHER = re.compile(r"^(.+?)\s+or\s+(.+)$")


def alternatives(answer: str) -> list[str]:
    """Each of two names an answer gives with "or": "Hansa" and "Hanse" for "Hansa or Hanse"."""
    match = _EITHER.match(answer)
    if not match:
        return []
    sides = [match.group(1).strip(" ,"), match.group(2).strip(" ,")]
    if all(side[:1].isupper() and len(side.split()) <= 3 for side in sides):
        return sides
    return []
